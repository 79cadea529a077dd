"""``tally_speakers``, ``speakers_frame`` and ``quotehound speakers``: how much each speaker says,
against the quotations and statements of ``analyze``."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import quotehound
from quotehound import SPEAKERS_COLUMNS, SpeakerTally, tally_speakers
from quotehound.cli import main
from quotehound.tally import count_words
from sample_texts import ARTICLE, mixed

DIALOGUE = (
    "“Is the ferry late again?” asked Mira Holt.\n\n"
    "“It is,” said Jonas Pike. “The engine failed twice this week, and the spare part is still in Hull.”\n\n"
    "“Then we walk,” Mira Holt said."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [("", 0), ("—", 0), ("Yes.", 1), ("don't stop", 2), ("O’Brien's 3rd go", 3), ("twenty-two", 2), ("été à Zürich", 3)],
)
def test_count_words(text, words):
    assert count_words(text) == words


def expected(doc: quotehound.Document) -> dict[int, tuple[int, int, int]]:
    """Per speaker id: quotations, their words, statements; counted from the document itself (words as
``count_words``, tested on its own, counts them)."""
    counts: dict[int, list[int]] = {}
    for q in doc.quotes:
        if q.speaker_id is not None:
            c = counts.setdefault(q.speaker_id, [0, 0, 0])
            c[0] += 1
            c[1] += count_words(q.text)
    for s in doc.statements:
        if s.speaker_id is not None:
            counts.setdefault(s.speaker_id, [0, 0, 0])[2] += 1
    return {k: tuple(v) for k, v in counts.items()}


def test_a_dialogue_is_tallied_per_speaker_most_quotations_first():
    doc = quotehound.analyze(DIALOGUE)
    tallies = tally_speakers(doc)
    assert [(t.name, t.quotes) for t in tallies] == [("Mira Holt", 2), ("Jonas Pike", 2)]
    mira, jonas = tallies
    assert (mira.words, jonas.words) == (3 + 5, 2 + 14)
    assert all(t.kind == "person" and t.mentions == len(doc.speakers[t.speaker_id].mentions) for t in tallies)


@pytest.mark.parametrize("text", [ARTICLE, *mixed(40)])
def test_tallies_agree_with_the_documents_own_counts(text):
    doc = quotehound.analyze(text)
    tallies = tally_speakers(doc)
    assert {t.speaker_id: (t.quotes, t.words, t.statements) for t in tallies} == expected(doc)
    assert [t.speaker_id for t in tallies] == sorted((t.speaker_id for t in tallies), key=lambda k: (-expected(doc)[k][0], -expected(doc)[k][2], k))
    for t in tallies:
        speaker = doc.speakers[t.speaker_id]
        assert (t.name, t.kind, t.mentions) == (speaker.name, speaker.kind, len(speaker.mentions))


def test_a_text_nobody_speaks_in_has_no_tallies():
    assert tally_speakers(quotehound.analyze("The bridge reopened in May. Traffic was light.")) == []


def test_speakers_frame_rows_are_the_tallies_of_each_text():
    texts = [DIALOGUE, "No quotes here.", ARTICLE]
    frame = quotehound.speakers_frame(texts, threads=2)
    assert list(frame.columns) == list(SPEAKERS_COLUMNS)
    assert [str(t) for t in frame.dtypes] == [str(pd.Series(dtype=d).dtype) for d in SPEAKERS_COLUMNS.values()]
    rows = [tuple(r) for r in frame.itertuples(index=False)]
    want = [(position, *t) for position, text in enumerate(texts) for t in tally_speakers(quotehound.analyze(text))]
    assert rows == want
    assert list(frame["kind"].cat.categories) == ["person", "organization", "unknown"]


def test_speakers_frame_takes_ids_and_gives_empty_frames_their_types():
    articles = pd.DataFrame({"url": ["x", "y"], "body": ["Rain.", DIALOGUE]})
    frame = quotehound.speakers_frame(articles, text="body", id="url")
    assert set(frame["doc"]) == {"y"}
    empty = quotehound.speakers_frame(["Rain."])
    assert len(empty) == 0 and list(empty.columns) == list(SPEAKERS_COLUMNS)
    assert str(empty["quotes"].dtype) == "int64" and str(empty["kind"].dtype) == "category"


def test_speakers_frame_names_a_text_that_is_missing():
    with pytest.raises(TypeError, match=r"data\[1\]"):
        quotehound.speakers_frame([DIALOGUE, None])


def test_the_speakers_command_prints_the_tallies(capsys, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(DIALOGUE, encoding="utf-8")
    assert main(["speakers", "--format", "jsonl", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [{"file": str(path), **t._asdict()} for t in tally_speakers(quotehound.analyze(DIALOGUE))]
    assert main(["speakers", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}\tMira Holt (person): 2 quotations, 8 words, 2 statements, 2 mentions"
    assert len(lines) == 2


def test_a_tally_is_a_plain_named_tuple():
    t = SpeakerTally(3, "Ann Lee", "person", 1, 4, 2, 5)
    assert t._asdict()["words"] == 4 and tuple(t) == (3, "Ann Lee", "person", 1, 4, 2, 5)
