"""``Quote.addressee``: whom a quotation of dialogue is spoken to: a name said to someone inside
it, else the other person of the exchange; never in news."""

from __future__ import annotations

import quotehound
from sample_texts import ARTICLE, STORY

#: Enough turns without cues for a text to read as dialogue.
SCENES = 6


def dialogue(scene: str) -> quotehound.Document:
    """``scene`` (our own writing) told ``SCENES`` times, each time after a line of narration."""
    return quotehound.analyze("".join(f"The clock struck {n}.\n\n{scene}" for n in range(SCENES)))


def addressed(doc: quotehound.Document) -> list[tuple[str, str | None, str | None]]:
    """Each quotation's words, speaker and addressee's name."""
    return [(q.text, q.speaker, None if q.addressee is None else doc.speakers[q.addressee].name) for q in doc.quotes]


def test_two_people_speak_to_each_other():
    doc = dialogue("“Is the boat in?” asked Ann.\n\n“Not yet,” said Tom.\n\n“Then we wait.”\n\n“We do.”\n\n")
    assert addressed(doc)[:4] == [
        ("Is the boat in?", "Ann", "Tom"),
        ("Not yet,", "Tom", "Ann"),
        ("Then we wait.", "Ann", "Tom"),
        ("We do.", "Tom", "Ann"),
    ]


def test_the_first_turn_is_spoken_to_whoever_answers_it():
    # Nobody spoke in the paragraph before Ann's question: it goes to the person of the next.
    doc = dialogue("“Is the boat in?” asked Ann.\n\n“Not yet,” said Tom.\n\n“Then we wait.”\n\n“We do.”\n\n")
    assert doc.quotes[0].addressee is not None and doc.speakers[doc.quotes[0].addressee].name == "Tom"


def test_a_name_said_to_someone_beats_the_other_person_of_the_exchange():
    scene = (
        "“Are you coming, Ruth?” asked Ann.\n\n“In a minute,” said Tom.\n\n"
        "“Not you,” said Ann.\n\n“I am coming,” said Ruth.\n\n“Good.”\n\n“Fine.”\n\n“Go on.”\n\n"
    )
    doc = dialogue(scene)
    rows = addressed(doc)
    # The paragraph after names Tom, but Ann called Ruth by her name (from the second scene on,
    # when Ruth is a speaker of the text).
    assert rows[7] == ("Are you coming, Ruth?", "Ann", "Ruth")


def test_an_honorific_tells_which_of_two_people_of_one_surname():
    scene = (
        "“Thank you,” said Mrs. Bell.\n\n“Come in,” said Mr. Bell.\n\n“And you, Mrs. Bell, will you sit?” asked Ann.\n\n"
        "“I will.”\n\n“Good.”\n\n“Yes.”\n\n“No.”\n\n"
    )
    # Mr. Bell spoke last, and is the other person of the exchange; the honorific says it is his wife.
    rows = addressed(dialogue(scene))
    asked = [r for r in rows if r[0].startswith("And you")]
    assert asked and all(addressee == "Mrs. Bell" for _, _, addressee in asked)


def test_a_quotation_is_never_spoken_to_its_own_speaker():
    doc = quotehound.analyze(STORY)
    assert any(q.addressee is not None for q in doc.quotes)
    assert all(q.addressee is None or (0 <= q.addressee < len(doc.speakers) and q.addressee != q.speaker_id) for q in doc.quotes)


def test_news_has_no_addressees():
    doc = quotehound.analyze(ARTICLE)
    assert len(doc.quotes) > 10 and all(q.addressee is None for q in doc.quotes)
