"""The result types: frozen, slotted dataclasses whose offsets are Python string indices.

For every span ``x`` of a text ``t``: ``t[x.start:x.end] == x.text``.

quotehound builds the sentences of a document with their offsets and text not yet filled in: each
holds the document's text and a buffer of offsets, and fills its fields the first time one of them
is read, then lets the document go. A text's thousands of sentences cost one small object each
until used, and a sentence never read never copies its text. A document from ``analyze`` likewise
makes its sentences the first time ``sentences`` is read. Reading, comparing, hashing, printing,
pickling and ``dataclasses`` functions all see the fields as if they had been set at once. (A
sentence kept but never read keeps its document's text alive.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from . import _core

__all__ = [
    "Sentence",
    "Span",
    "Mention",
    "Quote",
    "Statement",
    "Speaker",
    "Document",
    "QuoteKind",
    "Rule",
    "SpeakerKind",
    "StatementKind",
    "StatementRule",
]

#: The values of ``Quote.kind`` (``quotehound.QUOTE_KINDS`` at run time).
QuoteKind = Literal["direct", "partial"]
#: The values of ``Quote.rule`` when a speaker is credited (``quotehound.RULES`` at run time).
Rule = Literal[
    "quote_speaker_cue",
    "quote_cue_speaker",
    "speaker_cue_quote",
    "according_to",
    "quote_dash_speaker",
    "colon_intro",
    "transcript_label",
    "continuation",
    "sentence_subject",
    "previous_sentence",
    "signature_line",
    "conversation_turn",
]
#: The values of ``Speaker.kind``.
SpeakerKind = Literal["person", "organization", "unknown"]
#: The values of ``Statement.kind``.
StatementKind = Literal["direct", "mixed", "indirect"]
#: The values of ``Statement.rule``: a direct statement's quotation's rule, or the pattern of
#: reported speech that found it.
StatementRule = Literal[Rule, "speech_noun", "content_cue_speaker", "content_speaker_cue", "speaker_cue_content", "partial_quotation"]

#: Characters of text that a document's notebook view shows by default.
HTML_LIMIT = 20_000

#: The functions behind :class:`Document`'s views (``to_html``, ``to_displacy``, ``to_dict``,
#: ``from_dict``), by name. :mod:`quotehound.display` fills the table when the package loads, so
#: that the dependency goes one way: this module defines the data and imports nothing that shows it.
_VIEWS: dict[str, Callable[..., Any]] = {}


def _view(name: str) -> Callable[..., Any]:
    """The view function ``name`` that :mod:`quotehound.display` gave :data:`_VIEWS`."""
    try:
        return _VIEWS[name]
    except KeyError:
        raise RuntimeError(f"Document.{name} needs quotehound.display, which the package loads: import quotehound") from None


def _short(text: str, most: int = 40) -> str:
    """``text`` cut to ``most`` characters, with an ellipsis when cut."""
    return text if len(text) <= most else text[: most - 1] + "…"


class _Deferred:
    """The slot ``_spans`` of a sentence the extension module built: ``(document text, buffer)``,
    the buffer being the ``int64`` bytes of every sentence's start, end and paragraph, from which
    its fields are filled on first read. It is not a dataclass field, so it stays out of
    comparisons, reprs and pickles; a sentence made by calling the class has no ``_spans``."""

    __slots__ = ("_spans",)


@dataclass(frozen=True, slots=True)
class Sentence(_Deferred):
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
class Span:
    """A stretch of text: the headline of a document.

    >>> import quotehound
    >>> quotehound.analyze("Mayor Vows to Rebuild Pier\\n\\n“It will open in May,” she said.").headline
    Span(start=0, end=26, text='Mayor Vows to Rebuild Pier')
    """

    start: int
    """Index of the first character in the text."""
    end: int
    """Index just past the last character."""
    text: str
    """The span as written."""


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
    """The fullest proper name the text gives, without titles; a surname alone keeps its honorific (``Mrs. Bell``)."""
    kind: SpeakerKind
    """``"person"``, ``"organization"`` or ``"unknown"``."""
    mentions: tuple[Mention, ...]
    """Every mention of the speaker, in text order."""
    titles: tuple[str, ...] = ()
    """Titles and roles given to the speaker (``"Kremlin spokesperson"``)."""

    def __repr__(self) -> str:
        """A one-line summary: id, name, kind, how many mentions, titles.

        >>> Speaker(0, "Maria Zakharova", "person", (Mention(0, 3, "She"),), ("spokesperson",))
        Speaker(0, 'Maria Zakharova', person, 1 mention, titles=('spokesperson',))
        """
        count = len(self.mentions)
        titles = f", titles={self.titles!r}" if self.titles else ""
        return f"Speaker({self.id}, {self.name!r}, {self.kind}, {count} mention{'' if count == 1 else 's'}{titles})"


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
    kind: QuoteKind
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
    rule: Rule | None = None
    """The name of the attribution rule that credited the speaker."""
    addressee: int | None = None
    """Index into ``Document.speakers`` of whom the quotation is spoken to, or ``None``. Only
    dialogue has addressees: a name said to someone inside the quotation (``"Ann, come here"``),
    else the other person of the exchange, the speaker of the paragraph before or after."""

    def __repr__(self) -> str:
        """A one-line summary: index, span, the words (cut to 40 characters), kind, speaker, rule.

        >>> Quote(0, 1, 4, "Go,", "direct", 0, 0, "Ann", 0, Mention(6, 9, "Ann"), "said", 10, 14, "quote_speaker_cue")
        Quote(0, 1:4, 'Go,', direct, speaker='Ann', rule='quote_speaker_cue')
        """
        return (
            f"Quote({self.index}, {self.start}:{self.end}, {_short(self.text)!r}, {self.kind}, "
            f"speaker={self.speaker!r}, rule={self.rule!r})"
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """Something the text attributes to a source: a quotation, reported speech, or a mix.

    ``start``/``end`` cover the content, what is attributed, without the cue or the source.

    >>> import quotehound
    >>> text = "The mayor said the bridge would reopen in May."
    >>> s = quotehound.analyze(text).statements[0]
    >>> (s.text, s.kind, s.mention.text, s.cue, s.rule)
    ('the bridge would reopen in May', 'indirect', 'The mayor', 'said', 'speaker_cue_content')
    """

    index: int
    """Position of the statement in the document, from 0."""
    start: int
    """Index of the content's first character."""
    end: int
    """Index just past the content's last character."""
    text: str
    """The content: ``text[start:end]`` of the document."""
    kind: StatementKind
    """``"direct"`` (a quotation), ``"mixed"`` (reported speech holding quoted words) or
    ``"indirect"`` (no quote marks)."""
    sentence: int
    """Index of the sentence the content starts in."""
    paragraph: int
    """Index of the paragraph the content starts in."""
    speaker: str | None = None
    """The resolved name of the source, or ``None``."""
    speaker_id: int | None = None
    """Index into ``Document.speakers``."""
    mention: Mention | None = None
    """The words that name the source here (``"the report"``, ``"she"``)."""
    cue: str | None = None
    """The cue: ``"said"``, ``"according to"``, ``"believes"``."""
    cue_start: int | None = None
    """Index of the cue's first character."""
    cue_end: int | None = None
    """Index just past the cue."""
    rule: StatementRule | None = None
    """The pattern that found it: a quotation's attribution rule for a direct statement (or a
    partial quotation's), else ``"according_to"``, ``"speech_noun"``, ``"speaker_cue_content"``,
    ``"content_speaker_cue"``, ``"content_cue_speaker"`` or ``"partial_quotation"``."""
    quotes: tuple[int, ...] = ()
    """Indices into ``Document.quotes`` of the quotations inside the content."""

    def __repr__(self) -> str:
        """A one-line summary: index, span, the content (cut to 40 characters), kind, speaker, rule.

        >>> Statement(0, 0, 4, "Soon", "indirect", 0, 0, None, None, Mention(5, 8, "Ann"), "said", 9, 13, "speaker_cue_content")
        Statement(0, 0:4, 'Soon', indirect, mention='Ann', rule='speaker_cue_content')
        """
        mention = self.mention.text if self.mention else None
        return (
            f"Statement({self.index}, {self.start}:{self.end}, {_short(self.text)!r}, {self.kind}, "
            f"mention={mention!r}, rule={self.rule!r})"
        )


class _DeferredSentences:
    """The slot ``_sentences`` of a document the extension module built: the ``int64`` bytes of each
    of its sentences' start, end and paragraph, from which ``sentences`` is built on first read. Like
    ``_spans``, it is not a field."""

    __slots__ = ("_sentences",)


@dataclass(frozen=True, slots=True)
class Document(_DeferredSentences):
    """Everything quotehound finds in one text.

    A document from :func:`quotehound.analyze` builds its sentences the first time they are read:
    many uses of a document never read them.

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
    statements: tuple[Statement, ...] = field(default=())
    """Everything attributed to a source, quoted or reported, in text order."""
    headline: Span | None = None
    """The headline, when the text's first paragraph reads as one (a single short line in title
    case, or without final punctuation, or ``Name: “…”``). Its quotations are in ``quotes`` like
    any other; a headline mostly restates the article's own quotations, so counting who speaks
    may leave out those with ``q.end <= doc.headline.end``."""

    def __repr__(self) -> str:
        head = self.text[:40] + ("…" if len(self.text) > 40 else "")
        return (
            f"Document({head!r}, {len(self.text)} chars, {len(self.sentences)} sentences, "
            f"{len(self.quotes)} quotes, {len(self.speakers)} speakers)"
        )

    def _repr_html_(self) -> str:
        """The notebook's view: :meth:`to_html` with its default limit."""
        return self.to_html()

    def to_html(self, limit: int | None = HTML_LIMIT) -> str:
        """HTML of the text with each quotation highlighted and labelled by its speaker.

        Speakers have a colour each; the words naming a speaker are underlined in a shade of it, cues
        are in bold, reported speech (mixed and indirect statements) is in a paler shade with a
        dotted underline, and hovering shows each quotation's or statement's kind and rule. At most ``limit`` characters
        of text are shown (``None``: all), with a note saying what was left out. All text is escaped.

        >>> import quotehound
        >>> html = quotehound.analyze("“Go,” Ann said.").to_html()
        >>> html.startswith('<div class="quotehound-document">'), "Ann" in html
        (True, True)
        """
        html: str = _view("to_html")(self, limit)
        return html

    def to_displacy(self, *, statements: bool = False) -> dict[str, Any]:
        """spaCy's ``manual=True`` input: ``displacy.render(doc.to_displacy(), style="ent", manual=True)``.

        Each quotation is an entity labelled with its speaker's name; with ``statements=True``, each
        statement instead, labelled with its speaker's name and its kind (a statement inside an
        earlier one's content is left out: the ``ent`` style shows no entity inside another).

        >>> import quotehound
        >>> quotehound.analyze("“Go,” Ann said.").to_displacy()["ents"]
        [{'start': 1, 'end': 4, 'label': 'Ann'}]
        >>> quotehound.analyze("Ann said it was late.").to_displacy(statements=True)["ents"]
        [{'start': 9, 'end': 20, 'label': 'Ann · indirect'}]
        """
        data: dict[str, Any] = _view("to_displacy")(self, statements=statements)
        return data

    def to_dict(self) -> dict[str, Any]:
        """The document as plain dicts and lists, for ``json.dumps``; :meth:`from_dict` reverses it.

        >>> import quotehound
        >>> quotehound.analyze("Hi.").to_dict()["sentences"]
        [{'index': 0, 'start': 0, 'end': 3, 'text': 'Hi.', 'paragraph': 0}]
        """
        data: dict[str, Any] = _view("to_dict")(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The document :meth:`to_dict` made ``data`` of; raises ``ValueError`` if its spans do not fit its text.

        >>> import json, quotehound
        >>> doc = quotehound.analyze("“Go,” Ann said.")
        >>> quotehound.Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
        True
        """
        doc: Document = _view("from_dict")(data)
        return doc


# Sentences' start, end and text, and documents' sentences, as built by the extension module, are
# filled on first read from what `_spans` and `_sentences` hold.
_core._defer(Sentence, "_spans")
_core._defer(Document, "_sentences")
