"""A speaker's name is a name: it never runs over a line break or a tab, nor on into a clause.

A name that reaches into the line before it (a headline's last words) or on into the verb
after it (`Okafor did not`) is no one's name; counting voices by name would count it as a
person of its own.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotehound

CLAUSE_WORDS = frozenset(
    "am is are was were be been being do does did done has have had having will would shall should can could may "
    "might must not never that whether if because although though while when whereas unless until who whom whose "
    "which".split()
)
"""Words no name of more than one word holds in lower case: auxiliaries, modals, negation and
clause openers, written out here (as in ``tests/invariants.rs``) so that this test does not take
the core's word for it."""

BREAKS = frozenset("\n\r\t\v\f\x85\u2028\u2029")
"""White space no name runs over: line breaks, tabs and the like. A plain or no-break space
(U+00A0) joins the words of a name."""


def broken(name: str) -> str | None:
    """What is wrong with ``name`` as a speaker's name, or ``None``."""
    if any(c in BREAKS for c in name):
        return "runs over a line break"
    words = re.findall(r"[A-Za-z]+(?:['-][A-Za-z]+)*", name)
    clause = [w for w in words if w in CLAUSE_WORDS] if len(words) > 1 else []
    return f"holds the clause word {clause[0]!r}" if clause else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A headline's words on the line before the name that the paragraph opens with.
        ("Governor Warns on Flu Season\nMary Okafor spoke on Monday.\n\n“We are ready,” Okafor said.", "Mary Okafor"),
        ("Nurses Brace for Winter\nDr. Mary Okafor\n\n“We are ready,” Okafor said.", "Mary Okafor"),
        # A tab, a form feed or a line separator sets the name apart as a line break does.
        ("Pier Repairs Begin\tMary Okafor said: “We are ready.”", "Mary Okafor"),
        ("Pier Repairs Begin\fMary Okafor said: “We are ready.”", "Mary Okafor"),
        ("Pier Repairs Begin\u2028Mary Okafor said: “We are ready.”", "Mary Okafor"),
        # A no-break space is a space within the name.
        ("Pier repairs began. Mary\u00a0Okafor said: “We are ready.”", "Mary\u00a0Okafor"),
        # A nameless speaker and its relative clause.
        ("“We are ready,” said a nurse who did not give her name.", "nurse"),
    ],
)
def test_a_speaker_s_name_is_a_name(text, speaker):
    [q] = quotehound.analyze(text).quotes
    assert q.speaker == speaker


def test_the_checker_finds_broken_names():
    assert broken("Flu Season\nMary Okafor") == "runs over a line break"
    assert broken("Flu Season\tMary Okafor") == "runs over a line break"
    assert broken("Mary\u00a0Okafor") is None
    assert broken("Okafor did not") == "holds the clause word 'did'"
    assert broken("Mary Okafor") is None
    assert broken("who") is None


NAMES = st.sampled_from(["Mary Okafor", "Okafor", "Sen. Ann Lee", "the nurse", "a nurse who did not", "she"])
BEFORE = st.sampled_from(["", "Flu Season Looms\n", "Budget Talks Stall\t", "Rents Rise\u2028", "In Ohio, "])
VERBS = st.sampled_from(["said", "did not say", "told reporters", "added", "was quoted as saying"])
QUOTES = st.sampled_from(["“We are ready,”", "“It is over.”", "\"Not now,\""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(BEFORE, QUOTES, NAMES, VERBS, st.booleans()), min_size=1, max_size=6))
def test_no_speaker_s_name_runs_over_a_line_or_into_a_clause(parts):
    paragraphs = []
    for before, quote, name, verb, quote_first in parts:
        paragraphs.append(f"{before}{quote} {name} {verb}." if quote_first else f"{before}{name} {verb}: {quote}")
    doc = quotehound.analyze("\n\n".join(paragraphs))
    for speaker in doc.speakers:
        assert broken(speaker.name) is None, (speaker.name, broken(speaker.name))
