"""The result types: frozen, slotted dataclasses whose offsets are Python string indices.

For every span ``x`` of a text ``t``: ``t[x.start:x.end] == x.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Sentence", "Document"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text.

    >>> import quotehound
    >>> s = quotehound.sentences("Hello World. My name is Jonas.")[1]
    >>> (s.index, s.start, s.end, s.text, s.paragraph)
    (1, 13, 30, 'My name is Jonas.', 0)
    """

    index: int
    """Position of the sentence in the document, from 0."""
    start: int
    """Index of the first character in the text."""
    end: int
    """Index just past the last character (final punctuation and closing quotes included)."""
    text: str
    """The sentence as written: ``text[start:end]`` of the document."""
    paragraph: int
    """Index of the paragraph the sentence lies in, from 0."""


@dataclass(frozen=True, slots=True)
class Document:
    """Everything quotehound finds in one text.

    >>> import quotehound
    >>> doc = quotehound.analyze("Hello World. My name is Jonas.")
    >>> [s.text for s in doc.sentences]
    ['Hello World.', 'My name is Jonas.']
    """

    text: str
    """The text that was analysed."""
    sentences: tuple[Sentence, ...] = field(default=())
    """The sentences, in text order."""

    def __repr__(self) -> str:
        head = self.text[:40] + ("…" if len(self.text) > 40 else "")
        return f"Document({head!r}, {len(self.text)} chars, {len(self.sentences)} sentences)"
