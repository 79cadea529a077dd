"""The result types: frozen, slotted dataclasses whose offsets are Python string indices.

For every span ``x`` of a text ``t``: ``t[x.start:x.end] == x.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Sentence", "Mention", "Quote", "Speaker", "Document"]


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
class Mention:
    """A stretch of text that names a speaker: ``"she"``, ``"Kremlin spokesperson Dmitry Peskov"``.

    >>> Mention(0, 3, "She")
    Mention(start=0, end=3, text='She')
    """

    start: int
    """Index of the first character in the text."""
    end: int
    """Index just past the last character."""
    text: str
    """The mention as written."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or organisation quoted in the document, with every mention that refers to it.

    >>> Speaker(0, "Maria Zakharova", "person", (Mention(0, 15, "Maria Zakharova"),), ("spokesperson",)).name
    'Maria Zakharova'
    """

    id: int
    """Index into ``Document.speakers``."""
    name: str
    """The fullest proper name the text gives, without titles."""
    kind: str
    """``"person"``, ``"organization"`` or ``"unknown"``."""
    mentions: tuple[Mention, ...]
    """Every mention of the speaker, in text order."""
    titles: tuple[str, ...] = ()
    """Titles and roles given to the speaker (``"Kremlin spokesperson"``)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: words someone is reported to have said or written.

    ``start``/``end`` cover the quoted words without their quote marks.

    >>> import quotehound
    >>> text = "“We will win,” she said."
    >>> q = quotehound.quotes(text)[0]
    >>> (q.text, text[q.start:q.end], q.kind)
    ('We will win,', 'We will win,', 'direct')
    """

    index: int
    """Position of the quotation in the document, from 0."""
    start: int
    """Index of the first quoted character (after the opening mark)."""
    end: int
    """Index just past the last quoted character (before the closing mark)."""
    text: str
    """The quoted words: ``text[start:end]`` of the document."""
    kind: str
    """``"direct"`` (a quoted utterance) or ``"partial"`` (a fragment inside the writer's sentence)."""
    sentence: int
    """Index of the sentence the quotation starts in."""
    paragraph: int
    """Index of the paragraph the quotation starts in."""
    speaker: str | None = None
    """The resolved name of who said it, or ``None`` when nobody can be credited."""
    speaker_id: int | None = None
    """Index into ``Document.speakers``."""
    mention: Mention | None = None
    """The words that name the speaker for this quotation (``"she"``)."""
    cue: str | None = None
    """The reporting verb or phrase (``"said"``, ``"according to"``)."""
    cue_start: int | None = None
    """Index of the cue's first character."""
    cue_end: int | None = None
    """Index just past the cue."""
    rule: str | None = None
    """The name of the attribution rule that credited the speaker."""


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
    quotes: tuple[Quote, ...] = field(default=())
    """The quotations, in text order."""
    speakers: tuple[Speaker, ...] = field(default=())
    """Everyone quoted, in order of first quotation."""

    def __repr__(self) -> str:
        head = self.text[:40] + ("…" if len(self.text) > 40 else "")
        return (
            f"Document({head!r}, {len(self.text)} chars, {len(self.sentences)} sentences, "
            f"{len(self.quotes)} quotes, {len(self.speakers)} speakers)"
        )
