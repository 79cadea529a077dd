"""The documentation site says what the package does: its examples run and its rule tables hold.

Every ``>>>`` example of a page in docs/ runs as a doctest. Each row of the rule tables of
docs/how-it-works.md gives an example, which must be credited by that rule: a rule renamed,
removed or changed so that its own example no longer reads as documented fails here.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import quotehound
from sample_texts import ROOT

DOCS = ROOT / "docs"
HOW_IT_WORKS = DOCS / "how-it-works.md"
#: In the examples of the rule tables, paragraph and line breaks, which a table cell cannot hold.
BREAKS = {"¶": "\n\n", "⏎": "\n"}


def pages_with_examples() -> list[Path]:
    return sorted(p for p in DOCS.glob("*.md") if ">>> " in p.read_text(encoding="utf-8"))


def test_the_pages_have_examples_to_run():
    # The examples of the first calls are where a reader starts: they must stay runnable.
    assert {"index.md", "getting-started.md"} <= {p.name for p in pages_with_examples()}


@pytest.mark.parametrize("page", pages_with_examples(), ids=lambda p: p.name)
def test_the_examples_of_a_page_run_as_shown(page):
    failed, attempted = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False)
    assert attempted > 0
    assert failed == 0, f"{failed} of the {attempted} examples of docs/{page.name} gave something else (shown above)"


def rule_rows(section: str) -> list[tuple[str, str]]:
    """The (rule, example) rows of the table under ``## section`` of how-it-works.md."""
    text = HOW_IT_WORKS.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in body.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"`[a-z_]+`", cells[0]):
            example = cells[2].strip("`")
            for mark, replacement in BREAKS.items():
                example = example.replace(mark, replacement)
            rows.append((cells[0].strip("`"), example))
    return rows


def test_every_rule_is_in_the_tables():
    documented = {rule for rule, _ in rule_rows("Quotations")}
    assert documented == set(quotehound.RULES), "the quotation rules of docs/how-it-works.md and quotehound.RULES differ"
    statements = {rule for rule, _ in rule_rows("Statements")}
    # The reported-speech patterns; `according_to` is a name both tables share.
    assert statements == set(quotehound.STATEMENT_RULES) - set(quotehound.RULES) | {"according_to"}
    assert all(example for _, example in rule_rows("Statements")), "a statement rule without an example"


@pytest.mark.parametrize(("rule", "example"), [r for r in rule_rows("Quotations") if r[1]])
def test_a_quotation_rule_credits_its_example(rule, example):
    assert rule in {q.rule for q in quotehound.analyze(example).quotes}


@pytest.mark.parametrize(("rule", "example"), [r for r in rule_rows("Statements") if r[1]])
def test_a_statement_rule_credits_its_example(rule, example):
    statements = quotehound.analyze(example).statements
    assert rule in {s.rule for s in statements}, statements
