"""Scoring of predicted quotations against annotated ones, as the shared data's quotes/README.md
defines it: span matching (exact and lenient, one to one), speaker correctness and end to end.

Spans are (start, end) pairs of Python string indices into the document text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Callable, NamedTuple, Sequence

QUOTE_MARKS = frozenset(
    "\"'`"  # straight marks, and the grave accent of ``TeX-style'' quotes
    "\u00ab\u00bb\u2039\u203a"  # « » ‹ ›
    "\u2018\u2019\u201a\u201b"  # ‘ ’ ‚ ‛
    "\u201c\u201d\u201e\u201f"  # “ ” „ ‟
    "\u275b\u275c\u275d\u275e"  # ❛ ❜ ❝ ❞
    "\u2e42"  # ⹂
    "\u300c\u300d\u300e\u300f\u301d\u301e\u301f"  # 「 」 『 』 〝 〞 〟
    "\ufe41\ufe42\ufe43\ufe44"  # ﹁ ﹂ ﹃ ﹄
    "\uff02\uff07\uff62\uff63"  # ＂ ＇ ｢ ｣
)
"""Every Unicode quotation mark (the Quotation_Mark property, the dingbat ornaments and the grave accent)."""

TRAILING_PUNCTUATION = frozenset(".,;:!?\u2026-\u2010\u2011\u2012\u2013\u2014\u2015")
"""Punctuation trimmed from the end of a span: . , ; : ! ? … and the hyphens and dashes."""

PRONOUNS = frozenset("i me he him she her it we us they them you one who this that".split())
"""Words that name nobody by themselves: such a speaker is right only through its span."""

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words after a last name that are not the last name."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APPOSITION = re.compile(r"[,(\u2013\u2014]")
_POSSESSIVE = re.compile(r"['’]s$")

Span = tuple[int, int]


class Mention(NamedTuple):
    """The words that name a speaker."""

    start: int
    end: int
    text: str


class Gold(NamedTuple):
    """An annotated quotation, with the fields of one entry of a document's "quotes"."""

    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity: str | None = None

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> Gold:
        """Builds a Gold from one annotation entry, ignoring the fields scoring does not use."""
        return cls(*(entry.get(name) for name in cls._fields))


class Predicted(NamedTuple):
    """A predicted quotation: its span, the resolved speaker name and the mention that names it."""

    start: int
    end: int
    speaker: str | None = None
    mention: Mention | None = None


def trim(text: str, start: int, end: int) -> Span:
    """Narrows ``text[start:end]`` past quote marks and white space at both ends and trailing
    punctuation at the end; a span with nothing else in it is returned unchanged, so it can
    still be matched."""
    s, e = start, end
    while s < e and (text[s] in QUOTE_MARKS or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in QUOTE_MARKS or text[e - 1] in TRAILING_PUNCTUATION or text[e - 1].isspace()):
        e -= 1
    return (s, e) if s < e else (start, end)


def overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def exact(a: Span, b: Span) -> bool:
    """Whether two trimmed spans are the same."""
    return a == b


def lenient(a: Span, b: Span) -> bool:
    """Whether two trimmed spans overlap by at least half of the longer one."""
    shared = overlap(a, b)
    return shared > 0 and 2 * shared >= max(a[1] - a[0], b[1] - b[0])


def closest_fit(g: Span, p: Span) -> tuple[float, ...]:
    """The order in which quotations are paired: largest overlap, then smallest union."""
    return (-overlap(g, p), max(g[1], p[1]) - min(g[0], p[0]))


def match(
    gold: Sequence[Span],
    predicted: Sequence[Span],
    accept: Callable[[Span, Span], bool],
    order: Callable[[Span, Span], tuple[float, ...]] = closest_fit,
) -> list[tuple[int, int]]:
    """Pairs gold and predicted spans one to one: among the pairs ``accept`` allows, greedily in
    ``order`` (by default the largest overlap, then the smallest union: the closer fit), then
    earliest gold and prediction. Returns sorted (gold index, predicted index) pairs."""
    candidates = sorted(
        (*order(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted) if accept(g, p)
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def name_words(name: str) -> list[str]:
    """The lower-cased words of a name, without possessive endings, up to the comma, dash or
    parenthesis that starts an apposition ("Ann Lee, Institute for Rural
    Studies scholar", "Sam Cole — a nurse from Dayton —")."""
    head = _APPOSITION.split(name, 1)[0]
    return [_POSSESSIVE.sub("", word) for word in _WORD.findall(head.casefold())]


def last_name(words: Sequence[str]) -> str:
    """The last word of a name that is not a suffix such as "Jr."."""
    kept = [w for w in words if w not in NAME_SUFFIXES] or list(words)
    return kept[-1]


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    return f" {' '.join(inner)} " in f" {' '.join(outer)} "


def names_agree(a: str | None, b: str | None) -> bool:
    """Whether two names denote the same speaker: equal, one contained in the other (whole
    words), or the same last name; case-insensitive. A bare pronoun agrees with nothing."""
    wa, wb = name_words(a or ""), name_words(b or "")
    if not wa or not wb or any(len(w) == 1 and w[0] in PRONOUNS for w in (wa, wb)):
        return False
    return _contains(wa, wb) or _contains(wb, wa) or last_name(wa) == last_name(wb)


def speaker_correct(gold: Gold, predicted: Predicted) -> bool:
    """Whether a prediction credits the annotated speaker of a gold quotation that has one: the
    mention spans overlap, or a predicted name (resolved speaker or mention text) agrees with
    the gold speaker mention or entity."""
    if gold.speaker is None:
        return False
    mention = predicted.mention
    if mention is not None and gold.speaker_start is not None and gold.speaker_end is not None:
        if overlap((mention.start, mention.end), (gold.speaker_start, gold.speaker_end)) > 0:
            return True
    ours = (predicted.speaker, mention.text if mention else None)
    theirs = (gold.speaker, gold.speaker_entity)
    return any(names_agree(p, g) for p in ours for g in theirs)


def attribution_right(gold: Gold, predicted: Predicted) -> bool:
    """Whether a matched prediction's speaker is right for end-to-end scoring. A gold quotation
    annotated without a speaker is right only when the prediction credits nobody either
    (no speaker, no mention): crediting someone the annotation does not is an error."""
    if gold.speaker is None:
        return predicted.speaker is None and predicted.mention is None
    return speaker_correct(gold, predicted)


def right_person(gold: Gold, predicted: Predicted) -> bool:
    """Whether the resolved speaker name names the annotated entity (or, without one, the
    annotated mention)."""
    return names_agree(predicted.speaker, gold.speaker_entity or gold.speaker)


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1; 0.0 where a denominator is zero."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass
class Counts:
    """Tallies over one or more documents, from which every figure is computed (micro-averaged)."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    lenient: int = 0
    with_speaker: int = 0
    speaker_correct: int = 0
    end_to_end: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def figures(self) -> dict[str, Any]:
        """Precision, recall and F1 (exact, lenient, end to end), speaker accuracy and the counts."""
        accuracy = self.speaker_correct / self.with_speaker if self.with_speaker else 0.0
        return {
            "exact": prf(self.exact, self.predicted, self.gold),
            "lenient": prf(self.lenient, self.predicted, self.gold),
            "speaker_accuracy": accuracy,
            "end_to_end": prf(self.end_to_end, self.predicted, self.gold),
            "counts": asdict(self),
        }


@dataclass
class DocumentScore:
    """The scoring of one document: its counts and, for inspection, what went wrong."""

    counts: Counts
    exact_pairs: list[tuple[int, int]] = field(default_factory=list)
    lenient_pairs: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    """Gold indices without a lenient match."""
    spurious: list[int] = field(default_factory=list)
    """Predicted indices without a lenient match."""
    wrong_speaker: list[tuple[int, int]] = field(default_factory=list)
    """Lenient (gold, predicted) pairs whose gold has a speaker the prediction does not credit."""

    @property
    def errors(self) -> int:
        """Missed, spurious and wrongly credited quotations together."""
        return len(self.missed) + len(self.spurious) + len(self.wrong_speaker)


def score_document(text: str, gold: Sequence[Gold], predicted: Sequence[Predicted]) -> DocumentScore:
    """Scores the predictions of one document against its annotation."""
    gold_spans = [trim(text, g.start, g.end) for g in gold]
    predicted_spans = [trim(text, p.start, p.end) for p in predicted]
    exact_pairs = match(gold_spans, predicted_spans, exact)
    lenient_pairs = match(gold_spans, predicted_spans, lenient)
    with_speaker = [(i, j) for i, j in lenient_pairs if gold[i].speaker is not None]
    wrong = [(i, j) for i, j in with_speaker if not speaker_correct(gold[i], predicted[j])]
    matched_gold = {i for i, _ in lenient_pairs}
    matched_predicted = {j for _, j in lenient_pairs}
    counts = Counts(
        gold=len(gold),
        predicted=len(predicted),
        exact=len(exact_pairs),
        lenient=len(lenient_pairs),
        with_speaker=len(with_speaker),
        speaker_correct=len(with_speaker) - len(wrong),
        end_to_end=sum(attribution_right(gold[i], predicted[j]) for i, j in lenient_pairs),
    )
    return DocumentScore(
        counts=counts,
        exact_pairs=exact_pairs,
        lenient_pairs=lenient_pairs,
        missed=[i for i in range(len(gold)) if i not in matched_gold],
        spurious=[j for j in range(len(predicted)) if j not in matched_predicted],
        wrong_speaker=wrong,
    )
