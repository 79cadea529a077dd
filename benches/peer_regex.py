"""A plain regular-expression baseline for quotations and their speakers: the simplest honest
way to do the task, written so that the other systems' figures have a floor to stand on.

    python benches/peer_regex.py FILE      # prints what it finds in a text file

It knows three things and nothing else:

1. A quotation is the text between a pair of double quote marks (“…” or "…") within one
   paragraph. Single marks are left alone: they are apostrophes too often.
2. Its cue is the nearest verb of a short fixed list of verbs of saying (``CUE``), looked for
   outside quote marks within ``WINDOW`` characters after the closing mark, else before the
   opening one, in the same paragraph.
3. Its speaker is the capitalised name (a run of capitalised words) or the personal pronoun
   nearest to that cue, within ``WINDOW`` characters on either side of it and outside quote marks.
   A quotation without a cue is predicted without a speaker.

No sentence splitting, no parse, no coreference (a pronoun stays a pronoun), no quotation
carried over paragraphs: each of those is what a real system adds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from scoring import Mention, Predicted

WINDOW = 60
"""How far from a quotation a cue, and from a cue a speaker, may stand (characters)."""

QUOTATION = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"")
"""Curly or straight double marks around text on one line."""

CUE = re.compile(
    r"\b(?:says?|said|saying|tells?|told|asks?|asked|adds?|added|writes?|wrote|notes?|noted|"
    r"explains?|explained|states?|stated|continues?|continued|argues?|argued|insists?|insisted|"
    r"claims?|claimed|declares?|declared|replies|replied|responds?|responded|announces?|announced|"
    r"according to)\b"
)
"""The cue: common verbs of saying in their usual forms, and `according to`."""

NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|[A-Z])\.|[A-Z][\w’'-]*)"
"""A capitalised word; one with a full stop only as an initial or a common abbreviated title
(`J.`, `Sen.`), so that a run of them stops at a sentence's end."""

SPEAKER = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b|\b{NAME_WORD}(?:\s+(?:{NAME_WORD}|(?:de|van|von|bin|al)\b))*")
"""A personal pronoun, or a run of capitalised words (with a few lower-case name particles)."""

NOT_NAMES = frozenset("The A An And But Or So In On At For Of To From With By As If It This That There When While After Before Then Now".split())
"""Capitalised words that open sentences rather than name anyone."""


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end of the paragraph (text between line breaks) holding ``position``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies outside every quotation (marks included)."""
    return all(end <= s or start >= e for s, e in spans)


def nearest(pattern: re.Pattern[str], text: str, lo: int, hi: int, anchor: int, quoted: list[tuple[int, int]]) -> re.Match[str] | None:
    """The match of ``pattern`` in ``text[lo:hi]``, outside quotations, nearest to ``anchor``."""
    found = [
        m
        for m in pattern.finditer(text, lo, hi)
        if outside(quoted, m.start(), m.end()) and m.group().split()[0] not in NOT_NAMES
    ]
    return min(found, key=lambda m: min(abs(m.start() - anchor), abs(m.end() - anchor)), default=None)


def predictions(text: str) -> list[Predicted]:
    """The quotations the baseline finds in ``text``, each with its speaker where it finds a cue."""
    matches = list(QUOTATION.finditer(text))
    quoted = [m.span() for m in matches]
    found = []
    for m in matches:
        start, end = m.span(1) if m.group(1) is not None else m.span(2)
        first, last = paragraph_bounds(text, m.start())
        cue = nearest(CUE, text, m.end(), min(last, m.end() + WINDOW), m.end(), quoted) or nearest(
            CUE, text, max(first, m.start() - WINDOW), m.start(), m.start(), quoted
        )
        speaker = None
        if cue is not None:
            lo, hi = max(first, cue.start() - WINDOW), min(last, cue.end() + WINDOW)
            speaker = nearest(SPEAKER, text, lo, hi, (cue.start() + cue.end()) // 2, quoted)
        if speaker is None:
            found.append(Predicted(start, end))
        else:
            found.append(Predicted(start, end, speaker.group(), Mention(speaker.start(), speaker.end(), speaker.group())))
    return found


def main() -> int:
    """Prints each quotation the baseline finds in the file named on the command line."""
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    for p in predictions(text):
        print(f"{p.speaker or '-'}\t{text[p.start : p.end]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
