"""The single-text functions: each validates its argument, calls the core, builds dataclasses."""

from __future__ import annotations

import re
from typing import Any, Callable, TypeVar

from . import _core
from .types import Document, Sentence

__all__ = ["analyze", "sentences"]

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


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences.

    >>> [s.text for s in sentences("I live in the U.S. How about you?")]
    ['I live in the U.S.', 'How about you?']
    """
    text = _checked(text)
    return list(_sentences(text, _call(_core.sentences, text)))


def analyze(text: str) -> Document:
    """Run the whole pipeline on ``text``.

    >>> doc = analyze("Sen. Warren spoke. “Why?” she asked.")
    >>> [s.text for s in doc.sentences]
    ['Sen. Warren spoke.', '“Why?” she asked.']
    """
    text = _checked(text)
    return Document(text, _sentences(text, _call(_core.analyze, text)))
