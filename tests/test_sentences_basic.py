"""Sentence splitting through the Python API: offsets, types and the golden rules."""

import json
from pathlib import Path

import pytest

import quotehound

DATA = Path(__file__).parent / "data"
GOLDEN = [json.loads(line) for line in (DATA / "golden_rules_en.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
KNOWN_FAILURES = {
    18: "`a.m. Mr.` and `P.M. Mr.` read the same: only the meaning tells the second is a boundary",
    40: "a short line break inside a sentence reads like a one-line list item (rule 42)",
}


def _normalise(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(r, id=f"rule{r['id']:02d}", marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[r["id"]], strict=True)] if r["id"] in KNOWN_FAILURES else [])
        for r in GOLDEN
    ],
)
def test_golden_rule(rule):
    got = [_normalise(s.text) for s in quotehound.sentences(rule["text"])]
    assert got == [_normalise(s) for s in rule["sentences"]]


def test_offsets_are_python_string_indices():
    text = "Zoë said “yes.” 😀 Then she left.\r\nNext line."
    found = quotehound.sentences(text)
    assert [s.text for s in found] == ["Zoë said “yes.”", "😀 Then she left.", "Next line."]
    for s in found:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize("bad", [None, b"bytes", 3, 1.5, ["a list"]])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError, match="must be str"):
        quotehound.sentences(bad)
