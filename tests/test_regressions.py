"""Inputs that once broke quotehound, kept so they never do again."""

import pytest

import quotehound


@pytest.mark.parametrize(
    "text",
    [
        # A window read back a fixed number of bytes from a quotation landed inside a character.
        "é" * 250 + " “Yes,” she said.",
        "word” word’ " * 25 + "said “word",
        "中文" * 300 + "“Yes,” he said." + "ü" * 500,
    ],
)
def test_windows_around_quotations_stay_on_character_boundaries(text):
    doc = quotehound.analyze(text)
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start : q.mention.end] == q.mention.text


def test_many_distinct_speakers_each_get_their_own_entry():
    names = [f"Person{chr(65 + i % 26)}{chr(65 + i // 26 % 26)} Surname{i}" for i in range(2000)]
    text = " ".join(f"“We agree,” {name} said." for name in names)
    doc = quotehound.analyze(text)
    assert len(doc.quotes) == len(names)
    assert [s.name for s in doc.speakers] == names
    assert all(q.speaker_id == i for i, q in enumerate(doc.quotes))
