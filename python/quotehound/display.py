"""How a :class:`~quotehound.Document` shows itself: notebook HTML, spaCy's displaCy and plain dicts.

The HTML shows the article with each quotation highlighted in its speaker's colour and labelled
with the speaker's name; the words that name the speaker are underlined in a darker shade of it and
the cue is in bold. Reported speech (mixed and indirect statements) is marked apart: a paler shade
of its speaker's colour with a dotted underline, the quotations inside it highlighted as ever.
Hovering shows each quotation's or statement's number, kind and attribution rule. Every piece of
text is escaped, so any article displays as text, whatever it contains.

>>> import quotehound
>>> doc = quotehound.analyze("“Go,” Ann said.")
>>> doc.to_displacy()
{'text': '“Go,” Ann said.', 'ents': [{'start': 1, 'end': 4, 'label': 'Ann'}], 'title': None}
>>> quotehound.Document.from_dict(doc.to_dict()) == doc
True
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, TypeVar

from .types import _VIEWS, HTML_LIMIT, Document, Mention, Quote, Sentence, Span, Speaker, Statement

__all__ = ["HTML_LIMIT", "NO_SPEAKER", "speaker_colour", "to_html", "to_displacy", "to_dict", "from_dict"]

#: The label of a quotation that nobody is credited with.
NO_SPEAKER = "no speaker"

#: Hues (degrees) of the first speakers' colours, far enough apart to tell; later ones go round by the golden angle.
HUES = (45, 150, 215, 330, 265, 25, 180, 0, 90, 295)
#: Characters that an HTML page cannot carry: control characters and lone surrogates.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
#: Quote marks that may enclose a quotation's words; the highlight takes them in.
_MARKS = frozenset("\"'«»‹›“”„‟‘’‚‛「」『』")
_INK = "#1f2328"
_QUIET = "font-size:0.85em;color:#6e7781;margin:0.2em 0"


def _hue(speaker_id: int) -> float:
    return HUES[speaker_id] if speaker_id < len(HUES) else speaker_id * 137.508 % 360


def speaker_colour(speaker_id: int | None, *, dark: bool = False) -> str:
    """A speaker's colour: light for highlights, ``dark=True`` for lines; grey for ``None``.

    >>> speaker_colour(0), speaker_colour(0, dark=True), speaker_colour(None)
    ('hsl(45.0,90%,80%)', 'hsl(45.0,80%,35%)', 'hsl(0,0%,88%)')
    """
    if speaker_id is None:
        return "hsl(0,0%,45%)" if dark else "hsl(0,0%,88%)"
    return f"hsl({_hue(speaker_id):.1f},80%,35%)" if dark else f"hsl({_hue(speaker_id):.1f},90%,80%)"


def _pale(speaker_id: int | None) -> str:
    """The paler shade of a speaker's colour that reported speech is shown in."""
    return "hsl(0,0%,94%)" if speaker_id is None else f"hsl({_hue(speaker_id):.1f},90%,93%)"


def _escape(text: str) -> str:
    """``text`` for an attribute value or an element's content."""
    return html.escape(text, quote=True)


def _attribute(text: str) -> str:
    """``text`` for an attribute value, line breaks kept."""
    return _escape(text).replace("\n", "&#10;")


def _cut(doc: Document, limit: int | None) -> int:
    """Where the shown text ends: the whole text, or the end of the last sentence within ``limit``."""
    if limit is None or len(doc.text) <= limit:
        return len(doc.text)
    ends = [s.end for s in doc.sentences if s.end <= limit]
    return ends[-1] if ends and ends[-1] >= limit // 2 else limit


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The quotation's span widened to the quote marks right around it."""
    if start > 0 and text[start - 1] in _MARKS:
        start -= 1
    if end < len(text) and text[end] in _MARKS:
        end += 1
    return start, end


#: What a stretch of the shown text belongs to: a quotation, or a statement of reported speech.
Said = Quote | Statement
#: The layers of marks, in the order their styles are written: a quotation's highlight comes after
#: (so shows over) the paler one of the reported speech around it.
_LAYERS = ("statement", "quote", "cue", "mention")
#: The statements shown as reported speech; a direct statement is its quotation, highlighted as such.
_REPORTED = ("mixed", "indirect")


class _Span:
    """A stretch of the shown text with the quotations or statements it belongs to."""

    __slots__ = ("start", "end", "layer", "owners")

    def __init__(self, start: int, end: int, layer: str, owner: Said) -> None:
        self.start, self.end, self.layer, self.owners = start, end, layer, [owner]


def _spans(doc: Document, cut: int) -> list[_Span]:
    found: dict[tuple[str, int, int], _Span] = {}

    def add(layer: str, start: int, end: int, owner: Said) -> None:
        end = min(end, cut)
        if start >= end:
            return
        key = (layer, start, end)
        if key in found:
            found[key].owners.append(owner)
        else:
            found[key] = _Span(start, end, layer, owner)

    def add_source(owner: Said) -> None:
        if owner.cue_start is not None and owner.cue_end is not None:
            add("cue", owner.cue_start, owner.cue_end, owner)
        if owner.mention is not None:
            add("mention", owner.mention.start, owner.mention.end, owner)

    for q in doc.quotes:
        add("quote", *_with_marks(doc.text, q.start, q.end), q)
        add_source(q)
    for s in doc.statements:
        if s.kind in _REPORTED:
            add("statement", s.start, s.end, s)
            add_source(s)
    return list(found.values())


def _numbers(owners: Iterable[Said]) -> str:
    """``quotation 0`` or ``quotations 0, 2 and statement 1``: what a cue or a mention serves."""
    parts = []
    for noun, kind in (("quotation", Quote), ("statement", Statement)):
        indices = [str(o.index) for o in owners if isinstance(o, kind)]
        if indices:
            parts.append(f"{noun}{'s' if len(indices) > 1 else ''} {', '.join(indices)}")
    return " and ".join(parts)


def _title(span: _Span) -> str:
    first = span.owners[0]
    who = first.speaker or NO_SPEAKER
    if span.layer in ("quote", "statement"):
        rule = f" · rule {first.rule}" if first.rule else ""
        noun = "quotation" if span.layer == "quote" else "statement"
        return f"{noun} {first.index} · {who} · {first.kind}{rule}"
    if span.layer == "cue":
        return f"cue of {_numbers(span.owners)}"
    source = "speaker" if isinstance(first, Quote) else "source"
    return f"names {who}, {source} of {_numbers(span.owners)}"


def _style(active: list[_Span]) -> str:
    rules = []
    for span in sorted(active, key=lambda span: (_LAYERS.index(span.layer), span.start, -span.end)):
        speaker_id = span.owners[0].speaker_id
        if span.layer == "quote":
            rules.append(f"background:{speaker_colour(speaker_id)};color:{_INK}")
        elif span.layer == "statement":
            rules.append(
                f"background:{_pale(speaker_id)};color:{_INK};"
                f"text-decoration:underline dotted {speaker_colour(speaker_id, dark=True)}"
            )
        elif span.layer == "cue":
            rules.append("font-weight:bold")
        else:
            rules.append(f"border-bottom:0.15em solid {speaker_colour(speaker_id, dark=True)}")
    return ";".join(rules)


def _label(quote: Quote) -> str:
    colour = speaker_colour(quote.speaker_id)
    return (
        f'<span class="qh-label" style="font-size:0.7em;font-weight:bold;background:{colour};color:{_INK};'
        'border-radius:0.3em;padding:0 0.35em;margin:0 0.25em;white-space:nowrap;vertical-align:0.1em" '
        f'title="{_attribute(_title(_Span(quote.start, quote.end, "quote", quote)))}">'
        f"{_escape(quote.speaker or NO_SPEAKER)}</span>"
    )


def _body(doc: Document, cut: int) -> str:
    spans = _spans(doc, cut)
    starts: dict[int, list[_Span]] = {}
    ends: dict[int, list[_Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    points = sorted({0, cut, *starts, *ends})
    active: list[_Span] = []
    out: list[str] = []
    for point, following in zip(points, points[1:] + [cut]):
        for span in ends.get(point, ()):
            active.remove(span)
            if span.layer == "quote":
                out.append("".join(_label(q) for q in span.owners if isinstance(q, Quote)))
        active.extend(starts.get(point, ()))
        piece = _escape(doc.text[point:following])
        if not piece:
            continue
        if active:
            title = "&#10;".join(_attribute(_title(span)) for span in active)
            out.append(f'<span style="{_style(active)}" title="{title}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _tally(quoted: int, reported: int) -> str:
    """``3``: quotations only; ``3 quoted, 2 reported`` where there is reported speech too."""
    return f"{quoted} quoted, {reported} reported" if reported else str(quoted)


def _legend(doc: Document, most: int = 30) -> str:
    counts = Counter(q.speaker_id for q in doc.quotes)
    reported = Counter(s.speaker_id for s in doc.statements if s.kind in _REPORTED)
    chips = []
    for speaker in doc.speakers[:most]:
        titles = f" · {', '.join(speaker.titles)}" if speaker.titles else ""
        chips.append(
            f'<span class="qh-speaker" style="background:{speaker_colour(speaker.id)};color:{_INK};border-radius:0.3em;'
            f'padding:0 0.35em;margin-right:0.4em;white-space:nowrap" '
            f'title="{_attribute(f"{speaker.kind}{titles}")}">{_escape(speaker.name)} '
            f"({_tally(counts[speaker.id], reported[speaker.id])})</span>"
        )
    if len(doc.speakers) > most:
        chips.append(f"and {len(doc.speakers) - most:,} more")
    if counts[None] or reported[None]:
        chips.append(
            f'<span class="qh-speaker" style="background:{speaker_colour(None)};color:{_INK};border-radius:0.3em;padding:0 0.35em">'
            f"{NO_SPEAKER} ({_tally(counts[None], reported[None])})</span>"
        )
    return f'<div class="qh-legend" style="margin:0.3em 0;line-height:1.8">{"".join(chips)}</div>' if chips else ""


def to_html(doc: Document, limit: int | None = HTML_LIMIT) -> str:
    """The document as HTML: quotations highlighted per speaker, reported speech in a paler shade
    of its speaker's colour with a dotted underline, with a legend and counts.

    Shows at most ``limit`` characters of text (ending at a sentence's end where one is near),
    with a note saying how much was left out; ``limit=None`` shows everything.

    >>> import quotehound
    >>> page = to_html(quotehound.analyze("<b>“Go,”</b> Ann said."))
    >>> "&lt;b&gt;" in page and "<b>" not in page
    True
    """
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a number of characters (an int >= 0) or None, not {limit!r}")
    cut = _cut(doc, limit)
    counts = (
        f"{len(doc.text):,} characters · {len(doc.sentences):,} sentences · {len(doc.quotes):,} quotations · "
        f"{len(doc.statements):,} statements · {len(doc.speakers):,} speakers"
    )
    parts = [
        '<div class="quotehound-document">',
        f'<div class="qh-counts" style="{_QUIET}">{counts}</div>',
        _legend(doc),
        (
            '<div class="qh-text" style="white-space:pre-wrap;line-height:1.7;max-height:40em;overflow-y:auto;'
            'padding:0.5em 0.8em;border:1px solid #d0d7de;border-radius:0.4em">'
        ),
        _body(doc, cut),
        "</div>",
    ]
    if cut < len(doc.text):
        shown = sum(1 for q in doc.quotes if q.start < cut)
        stated = sum(1 for s in doc.statements if s.start < cut)
        parts.append(
            f'<div class="qh-note" style="{_QUIET}">Showing the first {cut:,} of {len(doc.text):,} characters, {shown:,} of '
            f"{len(doc.quotes):,} quotations and {stated:,} of {len(doc.statements):,} statements; "
            "doc.to_html(limit=None) shows everything.</div>"
        )
    parts.append("</div>")
    return _UNSHOWABLE.sub("\ufffd", "".join(parts))


def to_displacy(doc: Document, *, statements: bool = False) -> dict[str, Any]:
    """spaCy's ``manual=True`` input for ``displacy.render(..., style="ent")``: quotations labelled by
    speaker, or with ``statements=True`` every statement labelled by speaker and kind.

    The ``ent`` style shows no entity inside another, so a statement within the content of an
    earlier one (``Ann said Bob thinks …``: Bob's) is left out there; ``doc.statements`` has it.

    >>> import quotehound
    >>> doc = quotehound.analyze("“Go,” Ann said. Bob said it was late.")
    >>> to_displacy(doc)["ents"]
    [{'start': 1, 'end': 4, 'label': 'Ann'}]
    >>> to_displacy(doc, statements=True)["ents"]
    [{'start': 1, 'end': 4, 'label': 'Ann · direct'}, {'start': 25, 'end': 36, 'label': 'Bob · indirect'}]
    """
    if not statements:
        ents = [{"start": q.start, "end": q.end, "label": q.speaker or NO_SPEAKER} for q in doc.quotes]
        return {"text": doc.text, "ents": ents, "title": None}
    ents, reached = [], 0
    for s in sorted(doc.statements, key=lambda s: (s.start, -s.end)):
        if s.start >= reached and s.end > s.start:
            ents.append({"start": s.start, "end": s.end, "label": f"{s.speaker or NO_SPEAKER} · {s.kind}"})
            reached = s.end
    return {"text": doc.text, "ents": ents, "title": None}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as dicts, lists, strings, ints and ``None``: ready for ``json.dumps``.

    >>> import quotehound
    >>> to_dict(quotehound.analyze("Hi."))
    {'text': 'Hi.', 'sentences': [{'index': 0, 'start': 0, 'end': 3, 'text': 'Hi.', 'paragraph': 0}], 'quotes': [], 'speakers': [], 'statements': [], 'headline': None}
    """
    plain: dict[str, Any] = _plain(doc)
    return plain


D = TypeVar("D")

#: The fields that hold other result types, and how: one value or a tuple of them.
_NESTED: dict[type, dict[str, tuple[type, bool]]] = {
    Document: {
        "sentences": (Sentence, True),
        "quotes": (Quote, True),
        "speakers": (Speaker, True),
        "statements": (Statement, True),
        "headline": (Span, False),
    },
    Quote: {"mention": (Mention, False)},
    Statement: {"mention": (Mention, False), "quotes": (int, True)},
    Speaker: {"mentions": (Mention, True), "titles": (str, True)},
}


def _build(cls: type[D], data: Any, path: str) -> D:
    if not isinstance(data, dict):
        raise TypeError(f"{path} must be a dict, not {type(data).__name__}")
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(names), key=str)
    if unknown:
        raise ValueError(f"{path} has unknown keys {unknown}; a {cls.__name__} has {names}")
    values: dict[str, Any] = {}
    for name in names:
        if name not in data:
            continue
        value = data[name]
        nested = _NESTED.get(cls, {}).get(name)
        if nested is not None and value is not None:
            kind, many = nested
            if many:
                if not isinstance(value, (list, tuple)):
                    raise TypeError(f"{path}.{name} must be a list, not {type(value).__name__}")
                value = tuple(
                    item if kind in (str, int) else _build(kind, item, f"{path}.{name}[{i}]") for i, item in enumerate(value)
                )
            else:
                value = _build(kind, value, f"{path}.{name}")
        values[name] = value
    try:
        return cls(**values)
    except TypeError as exc:
        raise ValueError(f"{path} lacks a field: {exc}") from None


def _check_spans(doc: Document) -> None:
    text = doc.text
    spans: list[tuple[str, Any]] = [(f"sentences[{s.index}]", s) for s in doc.sentences]
    for i, q in enumerate(doc.quotes):
        spans.append((f"quotes[{i}]", q))
        if q.addressee is not None and not 0 <= q.addressee < len(doc.speakers):
            raise ValueError(f"quotes[{i}].addressee is not one of the {len(doc.speakers)} speakers")
        if q.mention is not None:
            spans.append((f"quotes[{i}].mention", q.mention))
        if q.cue is not None and (q.cue_start is None or q.cue_end is None or text[q.cue_start : q.cue_end] != q.cue):
            raise ValueError(f"quotes[{i}].cue is not text[cue_start:cue_end]; was the dict made from another text?")
    for i, statement in enumerate(doc.statements):
        spans.append((f"statements[{i}]", statement))
        if statement.mention is not None:
            spans.append((f"statements[{i}].mention", statement.mention))
        cue = statement.cue
        if cue is not None and (statement.cue_start is None or statement.cue_end is None or text[statement.cue_start : statement.cue_end] != cue):
            raise ValueError(f"statements[{i}].cue is not text[cue_start:cue_end]; was the dict made from another text?")
        if any(not 0 <= q < len(doc.quotes) for q in statement.quotes):
            raise ValueError(f"statements[{i}].quotes holds an index that is not one of the {len(doc.quotes)} quotations")
    for i, speaker in enumerate(doc.speakers):
        spans.extend((f"speakers[{i}].mentions[{j}]", m) for j, m in enumerate(speaker.mentions))
    if doc.headline is not None:
        spans.append(("headline", doc.headline))
    for where, span in spans:
        if text[span.start : span.end] != span.text:
            raise ValueError(f"{where}.text is not text[start:end]; was the dict made from another text?")


def from_dict(data: dict[str, Any]) -> Document:
    """The document that :func:`to_dict` gave ``data`` for (checking that its spans fit its text).

    >>> import json, quotehound
    >>> doc = quotehound.analyze("“Go,” Ann said.")
    >>> from_dict(json.loads(json.dumps(to_dict(doc)))) == doc
    True
    """
    doc = _build(Document, data, "data")
    if not isinstance(doc.text, str):
        raise TypeError(f"data.text must be str, not {type(doc.text).__name__}")
    _check_spans(doc)
    return doc


# Document's methods call these through quotehound.types._VIEWS, which imports nothing of this module.
_VIEWS.update(to_html=to_html, to_displacy=to_displacy, to_dict=to_dict, from_dict=from_dict)
