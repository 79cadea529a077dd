"""How much each speaker of a document says: the per-speaker summary of ``quotehound speakers``
and :func:`quotehound.speakers_frame`.

A speaker's words are the words of the quotations credited to them (a word is a run of letters
and digits, with inner apostrophes: ``don't`` is one word); reported speech is counted apart, as
statements, since its words are the writer's.

>>> import quotehound
>>> doc = quotehound.analyze("“Come in, come in,” said Ann Lee. “Thank you,” Tom Cole said. “Sit down,” Ann Lee said.")
>>> [(t.name, t.quotes, t.words) for t in tally_speakers(doc)]
[('Ann Lee', 2, 6), ('Tom Cole', 1, 2)]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .types import Document, SpeakerKind

__all__ = ["SpeakerTally", "tally_speakers", "count_words"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def count_words(text: str) -> int:
    """The words of ``text``: runs of letters and digits, with inner apostrophes.

    >>> count_words("“I don't know — 42 times,” she said")
    7
    """
    return sum(1 for _ in _WORD.finditer(text))


class SpeakerTally(NamedTuple):
    """What one speaker of a document says, in counts.

    >>> SpeakerTally(0, "Ann Lee", "person", 3, 41, 4, 5).words
    41
    """

    speaker_id: int
    """Index into ``Document.speakers``."""
    name: str
    """The speaker's name, as ``Speaker.name``."""
    kind: SpeakerKind
    """``"person"``, ``"organization"`` or ``"unknown"``."""
    quotes: int
    """Quotations credited to the speaker."""
    words: int
    """Words in those quotations."""
    statements: int
    """Statements credited to the speaker: quoted, partly quoted or reported."""
    mentions: int
    """Times the text refers to the speaker."""


def tally_speakers(doc: Document) -> list[SpeakerTally]:
    """One tally per speaker of ``doc``, most quotations first (then most statements, then first
    speaker first); speakers credited with nothing are left out.

    >>> import quotehound
    >>> doc = quotehound.analyze("The mayor said the bridge would reopen. “Soon,” she said.")
    >>> tally_speakers(doc)
    [SpeakerTally(speaker_id=0, name='mayor', kind='person', quotes=1, words=1, statements=2, mentions=2)]
    """
    quotes = [0] * len(doc.speakers)
    words = [0] * len(doc.speakers)
    statements = [0] * len(doc.speakers)
    for q in doc.quotes:
        if q.speaker_id is not None:
            quotes[q.speaker_id] += 1
            words[q.speaker_id] += count_words(q.text)
    for s in doc.statements:
        if s.speaker_id is not None:
            statements[s.speaker_id] += 1
    tallies = [
        SpeakerTally(sp.id, sp.name, sp.kind, quotes[sp.id], words[sp.id], statements[sp.id], len(sp.mentions))
        for sp in doc.speakers
        if quotes[sp.id] or statements[sp.id]
    ]
    tallies.sort(key=lambda t: (-t.quotes, -t.statements, t.speaker_id))
    return tallies
