"""Scoring of quotations and their speakers in novels, as the shared data's fiction/README.md
defines it: quotation spans matched as in news (exact and lenient, one to one), and the speaker
right when the predicted name names the annotated character and no other.

A novel holds thousands of quotations, so spans are paired through a sweep over the spans that
overlap (`match_overlapping`) instead of trying every pair; both ways of matching require an
overlap, so the pairs are those `scoring.match` gives.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, NamedTuple, Sequence

from scoring import Span, closest_fit, exact, lenient, prf, trim

QUOTE_TYPES = ("Explicit", "Anaphoric", "Implicit")
"""The quote types of the annotation: the speaker named next to the quotation, referred to by a
pronoun or description, or told only by the turns of the conversation."""

_PUNCTUATION = re.compile(r"[^\w\s]|_")


def normal_name(name: str) -> tuple[str, ...]:
    """The words of a name, case and punctuation ignored: ``Mr. Knightley`` → ``("mr", "knightley")``."""
    return tuple(_PUNCTUATION.sub(" ", name.casefold()).split())


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether ``inner`` is a run of whole words of ``outer``."""
    return bool(inner) and f" {' '.join(inner)} " in f" {' '.join(outer)} "


class Cast:
    """The characters of a novel and the names each goes by, to tell which one a name names."""

    def __init__(self, characters: Sequence[dict[str, Any]]):
        self.names = [c["name"] for c in characters]
        self.aliases = [{normal_name(a) for a in [c["name"], *c.get("aliases", [])]} - {()} for c in characters]

    def index(self, name: str) -> int | None:
        """The character whose main name is ``name``, if any."""
        try:
            return self.names.index(name)
        except ValueError:
            return None

    def named(self, name: str | None) -> int | None:
        """The one character that ``name`` names: the one with that alias, or failing that the one
        with an alias that contains the name's words or is contained in them; None where no
        character or several characters answer."""
        words = normal_name(name or "")
        if not words:
            return None
        same = [k for k, aliases in enumerate(self.aliases) if words in aliases]
        if same:
            return same[0] if len(same) == 1 else None
        near = [k for k, aliases in enumerate(self.aliases) if any(_contains(a, words) or _contains(words, a) for a in aliases)]
        return near[0] if len(near) == 1 else None


class GoldDialogue(NamedTuple):
    """One annotated quotation piece of a novel."""

    start: int
    end: int
    character: str
    type: str
    addressees: tuple[str, ...]

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> GoldDialogue:
        """From an entry of a novel's "quotes"."""
        return cls(entry["start"], entry["end"], entry["speaker_entity"], entry["type"], tuple(entry.get("addressees") or ()))


class PredictedDialogue(NamedTuple):
    """One quotation found, with the name of the speaker (and addressee) it is credited to."""

    start: int
    end: int
    speaker: str | None
    addressee: str | None = None


def match_overlapping(
    text: str, gold: Sequence[Span], predicted: Sequence[Span], accept: Callable[[Span, Span], bool]
) -> list[tuple[int, int]]:
    """Pairs gold and predicted spans one to one as `scoring.match` does (trimmed spans,
    greedily by largest overlap then smallest union, then earliest), trying only the pairs that
    overlap. Returns sorted (gold index, predicted index) pairs."""
    g_spans = [trim(text, *g) for g in gold]
    p_spans = [trim(text, *p) for p in predicted]
    order = sorted(range(len(p_spans)), key=lambda j: p_spans[j])
    starts = [p_spans[j][0] for j in order]
    longest = max((e - s for s, e in p_spans), default=0)
    candidates = []
    for i, g in enumerate(g_spans):
        # A predicted span that can match g starts no later than g ends and no earlier than g's
        # start less the longest predicted span.
        low = bisect.bisect_left(starts, g[0] - longest)
        high = bisect.bisect_right(starts, g[1])
        for j in order[low:high]:
            if accept(g, p_spans[j]):
                candidates.append((*closest_fit(g, p_spans[j]), i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class DialogueCounts:
    """Tallies over one or more novels, from which every figure is computed (micro-averaged)."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    lenient: int = 0
    right: int = 0
    gold_by_type: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUOTE_TYPES, 0))
    right_by_type: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUOTE_TYPES, 0))
    with_addressee: int = 0
    addressee_right: int = 0

    def __iadd__(self, other: DialogueCounts) -> DialogueCounts:
        for name in ("gold", "predicted", "exact", "lenient", "right", "with_addressee", "addressee_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind in QUOTE_TYPES:
            self.gold_by_type[kind] += other.gold_by_type[kind]
            self.right_by_type[kind] += other.right_by_type[kind]
        return self

    def figures(self) -> dict[str, Any]:
        """Span P/R/F1, the share of gold quotations credited to the right character (overall and
        by type) and the share of those with addressees whose addressee is right."""
        share = lambda part, whole: part / whole if whole else 0.0  # noqa: E731
        return {
            "exact": prf(self.exact, self.predicted, self.gold),
            "lenient": prf(self.lenient, self.predicted, self.gold),
            "right_character": share(self.right, self.gold),
            "right_character_by_type": {k: share(self.right_by_type[k], self.gold_by_type[k]) for k in QUOTE_TYPES},
            "addressee_accuracy": share(self.addressee_right, self.with_addressee),
            "counts": {"gold": self.gold, "right": self.right, "with_addressee": self.with_addressee},
        }


@dataclass
class NovelScore:
    """One novel's tallies, and what went wrong: gold indices missed, predicted indices
    spurious, and (gold, predicted) pairs credited to the wrong character."""

    counts: DialogueCounts
    missed: list[int]
    spurious: list[int]
    wrong_speaker: list[tuple[int, int]]


def score_novel(text: str, cast: Cast, gold: Sequence[GoldDialogue], predicted: Sequence[PredictedDialogue]) -> NovelScore:
    """Scores the quotations found in one novel against its annotation."""
    gold_spans = [(g.start, g.end) for g in gold]
    predicted_spans = [(p.start, p.end) for p in predicted]
    exact_pairs = match_overlapping(text, gold_spans, predicted_spans, exact)
    lenient_pairs = match_overlapping(text, gold_spans, predicted_spans, lenient)
    counts = DialogueCounts(gold=len(gold), predicted=len(predicted), exact=len(exact_pairs), lenient=len(lenient_pairs))
    for g in gold:
        if g.type in counts.gold_by_type:
            counts.gold_by_type[g.type] += 1
    wrong = []
    for i, j in lenient_pairs:
        g, p = gold[i], predicted[j]
        character = cast.index(g.character)
        if character is not None and cast.named(p.speaker) == character:
            counts.right += 1
            if g.type in counts.right_by_type:
                counts.right_by_type[g.type] += 1
        else:
            wrong.append((i, j))
    matched = dict(lenient_pairs)
    for i, g in enumerate(gold):
        if not g.addressees:
            continue
        counts.with_addressee += 1
        j = matched.get(i)
        wanted = {cast.index(a) for a in g.addressees} - {None}
        if j is not None and cast.named(predicted[j].addressee) in wanted:
            counts.addressee_right += 1
    found = {j for _, j in lenient_pairs}
    return NovelScore(
        counts,
        missed=[i for i in range(len(gold)) if i not in matched],
        spurious=[j for j in range(len(predicted)) if j not in found],
        wrong_speaker=wrong,
    )
