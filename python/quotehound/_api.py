"""The single-text functions: each validates its argument, calls the core, builds dataclasses."""

from __future__ import annotations

import re
from typing import Any, Callable, TypeVar

from . import _core
from .types import Document, Quote, Sentence

__all__ = ["analyze", "quotes", "sentences"]

T = TypeVar("T")

_SURROGATE = re.compile("[\ud800-\udfff]")


def _checked(text: object, name: str = "text") -> str:
    if isinstance(text, str):
        return text
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{name} must be str, not {type(text).__name__}{hint}")


def _call(function: Callable[[str], T], text: str) -> T:
    """Calls a core function; lone surrogates, which UTF-8 cannot carry, become U+FFFD one for
    one, so lengths and offsets stay those of the original text."""
    try:
        return function(text)
    except UnicodeEncodeError:
        return function(_SURROGATE.sub("\ufffd", text))


def _sentences(text: str, columns: Any) -> tuple[Sentence, ...]:
    starts, ends, paragraphs = columns
    return tuple(map(Sentence, range(len(starts)), starts, ends, map(text.__getitem__, map(slice, starts, ends)), paragraphs))


def _quotes(text: str, columns: Any) -> tuple[Quote, ...]:
    starts, ends, kinds, sentence_ids, paragraphs = columns
    texts = map(text.__getitem__, map(slice, starts, ends))
    return tuple(map(Quote, range(len(starts)), starts, ends, texts, kinds, sentence_ids, paragraphs))


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences.

    >>> [s.text for s in sentences("I live in the U.S. How about you?")]
    ['I live in the U.S.', 'How about you?']
    """
    text = _checked(text)
    return list(_sentences(text, _call(_core.sentences, text)))


def quotes(text: str) -> list[Quote]:
    """Find the quotations in ``text``.

    >>> [(q.text, q.kind) for q in quotes("Biden said Putin would “pay a price” for it.")]
    [('pay a price', 'partial')]
    """
    text = _checked(text)
    return list(_quotes(text, _call(_core.quotes, text)))


def analyze(text: str) -> Document:
    """Run the whole pipeline on ``text``.

    >>> doc = analyze("Sen. Warren spoke. “Why?” she asked.")
    >>> [s.text for s in doc.sentences], [q.text for q in doc.quotes]
    (['Sen. Warren spoke.', '“Why?” she asked.'], ['Why?'])
    """
    text = _checked(text)
    sentence_columns, quote_columns = _call(_core.analyze, text)
    return Document(text, _sentences(text, sentence_columns), _quotes(text, quote_columns))
