"""Texts built to defeat quotation finding and the resolution of speakers, each made from the
news text of the corpus or from scratch, at the size wanted.

Each maker is deterministic: the same news and sizes give the same text.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

import corpus

MIXED_MARKS = "“\"'‘"
"""The marks scattered where no quotation is: curly and straight, double and single."""
DOUBLE_MARKS = {ord(mark): None for mark in "“”\""}
SEED = 29


@dataclass(frozen=True)
class Case:
    """A hostile text: its name as the report shows it, and how to make it from news text."""

    name: str
    make: Callable[[str], str]


def scatter_marks(text: str, count: int, seed: int = SEED) -> str:
    """``text`` with ``count`` quote marks of :data:`MIXED_MARKS`, in turn, each glued to the
    start or the end (at random) of a word spread evenly through the text, one per word at most."""
    words = text.split(" ")
    if count > len(words):
        raise ValueError(f"{count} marks do not fit in {len(words)} words: make the text longer")
    rng = random.Random(seed)
    step = len(words) / count
    for k in range(count):
        i, mark = int(k * step), MIXED_MARKS[k % len(MIXED_MARKS)]
        words[i] = mark + words[i] if rng.random() < 0.5 else words[i] + mark
    return " ".join(words)


def nested_quotation(levels: int) -> str:
    """One paragraph holding a quotation nested ``levels`` deep: “ and ‘ open in turn, each
    followed by a word, then every one of them closes, innermost first."""
    openers = "".join(f"{'“‘'[i % 2]}word " for i in range(levels))
    closers = " ".join(f"word{'”’'[i % 2]}" for i in reversed(range(levels)))
    return f"He said {openers}{closers} today.{corpus.PARAGRAPH_BREAK}"


def without_double_marks(text: str) -> str:
    """``text`` without its double quote marks, straight or curly."""
    return text.translate(DOUBLE_MARKS)


def never_closing(news: str, min_bytes: int) -> str:
    """One quotation across the whole text that never closes: the news paragraphs without their
    double quote marks, each opening with “ as a quotation carried on into the next paragraph does."""
    paragraphs = [p for p in without_double_marks(news).split(corpus.PARAGRAPH_BREAK) if p.strip()]
    body = corpus.PARAGRAPH_BREAK.join("“" + p for p in paragraphs) + corpus.PARAGRAPH_BREAK
    return corpus.repeat_text(body, min_bytes)


def one_paragraph(news: str) -> str:
    """The news as a single paragraph: line breaks made spaces, double quote marks removed."""
    return " ".join(without_double_marks(news).split("\n"))


def surname(index: int) -> str:
    """A made-up surname, different for every ``index``: Zb, Zc, …, Zab, …"""
    letters, index = [], index + 1
    while index:
        index, rest = divmod(index, len(string.ascii_lowercase))
        letters.append(string.ascii_lowercase[rest])
    return "Z" + "".join(letters)


def credited_quotations(count: int, distinct: bool) -> str:
    """``count`` paragraphs of one quotation each, credited to one speaker throughout or, if
    ``distinct``, each to a speaker named nowhere else."""
    return "".join(
        f"“We will win the vote,” John {surname(i) if distinct else 'Smith'} said on day {i}.{corpus.PARAGRAPH_BREAK}" for i in range(count)
    )


@dataclass(frozen=True)
class Sizes:
    """How large the hostile texts are."""

    min_bytes: int
    """The size of the texts made by repeating or marking news."""
    unmatched_marks: int
    nesting_levels: int
    unclosed_bytes: int
    paragraph_marks: int
    distinct_speakers: int
    """Quotations by as many speakers; the size of that text follows from the count."""
    one_speaker_quotes: int
    """Quotations by one speaker; the size of that text follows from the count."""


def cases(sizes: Sizes) -> list[Case]:
    """The hostile texts: stray quote marks through news; a deeply nested quotation, repeated; a
    quotation that never closes; stray quote marks in one paragraph; many quotations credited to
    as many speakers, or to one."""
    s = sizes
    return [
        Case(
            f"{s.unmatched_marks:,} unmatched quote marks (“ \" ' ‘ in turn, at random word edges) in news",
            lambda news: scatter_marks(corpus.repeat_text(news, s.min_bytes), s.unmatched_marks),
        ),
        Case(
            f"{s.nesting_levels:,} levels of nesting (“‘“‘… with words), repeated",
            lambda _news: corpus.repeat_text(nested_quotation(s.nesting_levels), s.min_bytes),
        ),
        Case(f"a quotation of {s.unclosed_bytes / 1e6:g} MB or more that never closes", lambda news: never_closing(news, s.unclosed_bytes)),
        Case(
            f"{s.paragraph_marks:,} quote marks in one paragraph of news",
            lambda news: scatter_marks(corpus.repeat_text(one_paragraph(news), s.min_bytes), s.paragraph_marks),
        ),
        Case(f"{s.distinct_speakers:,} quotations by as many distinct speakers", lambda _news: credited_quotations(s.distinct_speakers, True)),
        Case(f"{s.one_speaker_quotes:,} quotations by one speaker", lambda _news: credited_quotations(s.one_speaker_quotes, False)),
    ]
