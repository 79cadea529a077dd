"""Scoring of predicted statements (reported speech, direct, mixed and indirect) against
annotated attributions, as the shared data's quotes/README.md defines it ("How statements are
scored"): content spans matched one to one, greedily by overlap ratio, exact or lenient (an
overlap of at least half the longer span); the source right when the predicted mention overlaps
the annotated source, the cue when the spans overlap; end to end, content and source both right.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, NamedTuple, Sequence

from scoring import QUOTE_MARKS, TRAILING_PUNCTUATION, Span, exact, lenient, match, overlap, prf

TYPES = ("direct", "mixed", "indirect")
"""The kinds of attribution, as annotated and as predicted."""

OUTER_PUNCTUATION = TRAILING_PUNCTUATION | frozenset("()[]")
"""Punctuation trimmed from both ends of a content span, with white space and quote marks."""


class GoldStatement(NamedTuple):
    """One attribution, annotated or predicted: its type, content, and, where known, the spans of
    its source and cue."""

    kind: str
    content: Span
    source: Span | None
    cue: Span | None

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> GoldStatement:
        """Reads one entry of a document's "attributions"."""

        def span(name: str) -> Span | None:
            start, end = entry.get(f"{name}_start"), entry.get(f"{name}_end")
            return (start, end) if start is not None and end is not None else None

        return cls(entry["type"], (entry["content_start"], entry["content_end"]), span("source"), span("cue"))


PredictedStatement = GoldStatement
"""A predicted statement has the fields of an annotated one."""


def trim_content(text: str, start: int, end: int) -> Span:
    """Narrows ``text[start:end]`` past white space, quote marks and punctuation at both ends; a
    span with nothing else in it is returned unchanged."""
    s, e = start, end
    strip = QUOTE_MARKS | OUTER_PUNCTUATION
    while s < e and (text[s] in strip or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in strip or text[e - 1].isspace()):
        e -= 1
    return (s, e) if s < e else (start, end)


def ratio(a: Span, b: Span) -> float:
    """The share of the longer span that two spans share."""
    return overlap(a, b) / max(a[1] - a[0], b[1] - b[0], 1)


def by_ratio(g: Span, p: Span) -> tuple[float, ...]:
    """The order in which statements are paired: the largest share of the longer span."""
    return (-ratio(g, p),)


@dataclass
class StatementCounts:
    """Tallies over one or more documents, from which every figure is computed (micro-averaged)."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    lenient: int = 0
    with_source: int = 0
    source_correct: int = 0
    with_cue: int = 0
    cue_correct: int = 0
    end_to_end: int = 0
    gold_by_type: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    found_by_type: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))

    def __iadd__(self, other: StatementCounts) -> StatementCounts:
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                for key, value in theirs.items():
                    mine[key] = mine.get(key, 0) + value
            else:
                setattr(self, f.name, mine + theirs)
        return self

    def figures(self) -> dict[str, Any]:
        """Content P/R/F1 (exact, lenient), recall by type, source and cue accuracy, end to end."""
        return {
            "exact": prf(self.exact, self.predicted, self.gold),
            "lenient": prf(self.lenient, self.predicted, self.gold),
            "recall_by_type": {t: (self.found_by_type[t] / self.gold_by_type[t] if self.gold_by_type[t] else 0.0) for t in TYPES},
            "source_accuracy": self.source_correct / self.with_source if self.with_source else 0.0,
            "cue_accuracy": self.cue_correct / self.with_cue if self.with_cue else 0.0,
            "end_to_end": prf(self.end_to_end, self.predicted, self.gold),
            "counts": asdict(self),
        }


@dataclass
class StatementScore:
    """The scoring of one document: its counts and, for inspection, what went wrong."""

    counts: StatementCounts
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)
    wrong_source: list[tuple[int, int]] = field(default_factory=list)


def score_statements(text: str, gold: Sequence[GoldStatement], predicted: Sequence[PredictedStatement]) -> StatementScore:
    """Scores the predicted statements of one document against its annotated attributions."""
    gold_spans = [trim_content(text, *g.content) for g in gold]
    predicted_spans = [trim_content(text, *p.content) for p in predicted]
    exact_pairs = match(gold_spans, predicted_spans, exact, by_ratio)
    lenient_pairs = match(gold_spans, predicted_spans, lenient, by_ratio)
    counts = StatementCounts(gold=len(gold), predicted=len(predicted), exact=len(exact_pairs), lenient=len(lenient_pairs))
    wrong_source = []
    for g in gold:
        counts.gold_by_type[g.kind] += 1
    for i, j in lenient_pairs:
        g, p = gold[i], predicted[j]
        counts.found_by_type[g.kind] += 1
        source_right = g.source is not None and p.source is not None and overlap(g.source, p.source) > 0
        if g.source is not None:
            counts.with_source += 1
            counts.source_correct += source_right
            if not source_right:
                wrong_source.append((i, j))
        if g.cue is not None:
            counts.with_cue += 1
            counts.cue_correct += p.cue is not None and overlap(g.cue, p.cue) > 0
        counts.end_to_end += source_right
    matched_gold = {i for i, _ in lenient_pairs}
    matched_predicted = {j for _, j in lenient_pairs}
    return StatementScore(
        counts,
        missed=[i for i in range(len(gold)) if i not in matched_gold],
        spurious=[j for j in range(len(predicted)) if j not in matched_predicted],
        wrong_source=wrong_source,
    )
