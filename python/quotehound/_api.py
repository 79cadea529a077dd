"""The single-text functions: each checks its argument and calls the core."""

from __future__ import annotations

from . import _core
from .types import Document, Quote, Sentence

__all__ = ["analyze", "quotes", "sentences"]


def _checked(text: object, name: str = "text") -> str:
    if isinstance(text, str):
        return text
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{name} must be str, not {type(text).__name__}{hint}")


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences.

    >>> [s.text for s in sentences("I live in the U.S. How about you?")]
    ['I live in the U.S.', 'How about you?']
    """
    return _core.sentences(_checked(text))


def quotes(text: str) -> list[Quote]:
    """Find the quotations in ``text``, each with its speaker where the text tells it.

    >>> [(q.text, q.kind, q.speaker) for q in quotes("Biden said Putin would “pay a price” for it.")]
    [('pay a price', 'partial', 'Biden')]
    """
    return _core.quotes(_checked(text))


def analyze(text: str) -> Document:
    """Run the whole pipeline on ``text``: sentences, quotations and speakers.

    >>> doc = analyze("Sen. Warren spoke. “Why?” she asked.")
    >>> [s.text for s in doc.sentences], [(q.text, q.speaker) for q in doc.quotes]
    (['Sen. Warren spoke.', '“Why?” she asked.'], [('Why?', 'Warren')])
    """
    return _core.analyze(_checked(text))
