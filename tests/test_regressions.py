"""Inputs that once broke quotehound, kept so they never do again.

Each gives what it should, not only well-formed offsets; and none may make a stage of the core
panic (the core would give that stage's results up for empty ones, which could pass unseen).
"""

import pytest

import quotehound
from quotehound import _core


def analyzed(text: str) -> quotehound.Document:
    """The analysis of ``text``, with no stage of the core panicking on it."""
    before = _core._guards_fired()
    doc = quotehound.analyze(text)
    assert _core._guards_fired() == before, "a stage of the core panicked and its results were given up"
    return doc


@pytest.mark.parametrize(
    "text, quoted, mention, cue",
    [
        # A window read back a fixed number of bytes from a quotation landed inside a character:
        # the attribution, which reads that window, still finds the pronoun and the verb.
        ("é" * 250 + " “Yes,” she said.", "Yes,", "she", "said"),
        # An unclosed quotation at the end, after stray closing marks: still a quotation.
        ("word” word’ " * 25 + "said “word", "word", None, None),
        # The verb is glued to the next letters (`said.üüü`, one word by UAX #29), so it is no
        # cue; a quotation of several words stays (one word would need a verb to be one).
        ("中文" * 300 + "“Yes, we will,” he said." + "ü" * 500, "Yes, we will,", None, None),
    ],
)
def test_windows_around_quotations_stay_on_character_boundaries(text, quoted, mention, cue):
    doc = analyzed(text)
    [q] = doc.quotes
    assert (q.text, text[q.start : q.end]) == (quoted, quoted)
    assert (q.mention.text if q.mention else None, q.cue) == (mention, cue)
    if q.mention is not None:
        assert text[q.mention.start : q.mention.end] == q.mention.text


def test_many_distinct_speakers_each_get_their_own_entry():
    names = [f"Person{chr(65 + i % 26)}{chr(65 + i // 26 % 26)} Surname{i}" for i in range(2000)]
    text = " ".join(f"“We agree,” {name} said." for name in names)
    doc = analyzed(text)
    assert len(doc.quotes) == len(names)
    assert [s.name for s in doc.speakers] == names
    assert all(q.speaker_id == i for i, q in enumerate(doc.quotes))
