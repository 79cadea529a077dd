"""Accuracy of quotehound: the golden rules of sentence splitting, quotations with their
speakers and every attribution on the annotated articles of the shared data folder, scored as
its quotes/README.md says, and dialogue with its characters in the novels, scored as its
fiction/README.md says.

    python benches/eval.py --shared ../shared/data [--limit N] [--show N] [--json PATH]

Prints a markdown table of every figure beside the targets. The peers, scored the same way on the
same articles, are ``benches/eval_peers.py``'s (``make eval-peers``): they need installs this
evaluation does without.

PolNeAR's articles are also scored in two halves, alternating in file order: the tuning half
(even positions), whose failures ``--show`` prints and from which rules may be written, and the
confirming half (odd positions), which is only scored. A rule that lifts the tuning half alone
is fitted to it. The halves were drawn after the quotation rules had been written from all the
articles, so for those the confirming half is a check on spread, not held-out data; the rules
of reported speech (statements) were written from the tuning half only. The novels are halved
the same way, by their position in the file.

The English Web Treebank's development split (the shared sbd folder) scores sentences on web and
informal text by boundary F1, as its README says, whole and in the same two halves of documents;
``--show`` also lists the boundaries the tuning half misses or invents.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

import quotehound
from dialogue_scoring import QUOTE_TYPES, Cast, DialogueCounts, GoldDialogue, NovelScore, PredictedDialogue, score_novel
from scoring import Counts, DocumentScore, Gold, Mention, Predicted, right_person, score_document
from statement_scoring import GoldStatement, PredictedStatement, StatementCounts, score_statements

GOLDEN_RULES = Path(__file__).resolve().parent.parent / "tests" / "data" / "golden_rules_en.jsonl"

DATASETS = {
    "seed": ("seed_article.jsonl", "seed article"),
    "polnear": ("polnear.dev.jsonl", "PolNeAR dev"),
}
"""Key in the results: (file in the shared quotes folder, label)."""

TARGETS = {"exact": 0.93, "lenient": 0.95, "speaker_accuracy": 0.95, "end_to_end": 0.90}
"""The figures quotehound aims for (F1 for the span and end-to-end rows)."""

HALVED = {"polnear"}
"""Data sets scored in two halves as well as whole."""

HALVES = {"tuning": 0, "confirming": 1}
"""Half of a data set: the parity of its articles' positions in the file."""


class Scored(NamedTuple):
    """One document with its annotation, quotehound's predictions and their scoring."""

    doc: dict[str, Any]
    gold: list[Gold]
    predicted: list[Predicted]
    score: DocumentScore


ROWS = {
    "exact": "quotations, exact: P / R / F1",
    "lenient": "quotations, lenient: P / R / F1",
    "speaker_accuracy": "speaker accuracy",
    "end_to_end": "end to end: P / R / F1",
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Reads the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"), help="shared data folder (holds quotes/)")
    parser.add_argument("--limit", type=int, metavar="N", help="evaluate only the first N articles of each file")
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="print the failures of the worst N documents (of PolNeAR's tuning half only)"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write every figure to PATH as JSON")
    return parser.parse_args(argv)


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file, the first ``limit`` of them if given."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit is not None else rows


def normalise(text: str) -> str:
    """Collapses every run of white space to one space and trims the ends."""
    return " ".join(text.split())


def quotehound_sentences(text: str) -> list[str]:
    """The sentences quotehound finds in ``text``, as strings."""
    return [s.text for s in quotehound.sentences(text)]


def golden_rules(path: Path, segment: Callable[[str], list[str]] = quotehound_sentences) -> dict[str, Any]:
    """Passes and failures of a segmenter (quotehound's by default) on the golden rules, white
    space normalised."""
    rules = read_jsonl(path)
    failing = [
        r["id"] for r in rules if [normalise(s) for s in segment(r["text"])] != [normalise(s) for s in r["sentences"]]
    ]
    pysbd = {r["id"] for r in rules if r.get("pysbd48")}
    pysbd_failing = [i for i in failing if i in pysbd]
    return {
        "total": len(rules),
        "passed": len(rules) - len(failing),
        "failing": failing,
        "pysbd48_total": len(pysbd),
        "pysbd48_passed": len(pysbd) - len(pysbd_failing),
        "pysbd48_failing": pysbd_failing,
    }


EWT_FILE = "ud_ewt_dev.jsonl"
"""The English Web Treebank's development split, in the shared sbd folder."""

EWT_TARGETS = {"f1": 0.93, "precision": 0.97}
"""The boundary figures quotehound aims for on web text."""


def boundaries(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """The sentence boundaries of ``spans`` in ``text``: each sentence's end, trailing white
    space trimmed, other than the end of the text."""
    last = len(text.rstrip())
    ends = {len(text[:end].rstrip()) for _, end in spans}
    return {e for e in ends if 0 < e < last}


class BoundaryCounts(NamedTuple):
    """Boundaries found right, annotated and predicted."""

    correct: int = 0
    gold: int = 0
    predicted: int = 0

    def __add__(self, other: tuple[int, ...]) -> BoundaryCounts:  # type: ignore[override]
        return BoundaryCounts(*(a + b for a, b in zip(self, other)))

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (each 0 when undefined)."""
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def lower_case_openers(texts: Sequence[str]) -> tuple[int, int]:
    """Sentences of ``texts`` that open in lower case inside a paragraph, and all sentences.

    Edited prose opens every sentence with a capital: in news, such a boundary is one only the
    rules for informal text (or a URL) make, and most are wrong."""
    opened, total = 0, 0
    for text in texts:
        found = quotehound.sentences(text)
        total += len(found)
        opened += sum(1 for a, b in zip(found, found[1:]) if a.paragraph == b.paragraph and text[b.start].islower())
    return opened, total


def ewt_figures(args: argparse.Namespace) -> dict[str, Any]:
    """Sentence boundaries on the English Web Treebank, whole and in halves; or why not."""
    path = args.shared / "sbd" / EWT_FILE
    if not path.is_file():
        message = f"{path} not found: web text (EWT) sentence figures skipped"
        print(message)
        return {"skipped": message}
    docs = read_jsonl(path, args.limit)
    found: list[tuple[set[int], set[int]]] = []
    for doc in docs:
        text = doc["text"]
        predicted = boundaries(text, [(s.start, s.end) for s in quotehound.sentences(text)])
        found.append((boundaries(text, doc["sentences"]), predicted))
    result: dict[str, Any] = {}
    for part, chosen in {"all": found, **{half: found[parity::2] for half, parity in HALVES.items()}}.items():
        counts = BoundaryCounts()
        for gold, predicted in chosen:
            counts += BoundaryCounts(len(gold & predicted), len(gold), len(predicted))
        result[part] = {**counts.figures(), "counts": counts._asdict()}
    print(f"web text (EWT dev): {len(docs)} documents, {result['all']['counts']['gold']} boundaries")
    news = args.shared / "quotes" / "polnear.dev.jsonl"
    if news.is_file():
        opened, total = lower_case_openers([doc["text"] for doc in read_jsonl(news, args.limit)])
        result["news_lower_case_openers"] = {"opened": opened, "sentences": total}
    if args.show:
        tuning = HALVES["tuning"]
        show_boundary_failures(docs[tuning::2], found[tuning::2])
    return result


def show_boundary_failures(docs: Sequence[dict[str, Any]], found: Sequence[tuple[set[int], set[int]]]) -> None:
    """Prints every boundary missed (``missed``) or invented (``false``) in ``docs``, with the
    text around it, a ``‖`` where the boundary is."""
    for doc, (gold, predicted) in zip(docs, found):
        text = doc["text"]
        for kind, where in (("missed", gold - predicted), ("false", predicted - gold)):
            for at in sorted(where):
                before = text[max(0, at - 50) : at].replace("\n", "⏎")
                after = text[at : at + 40].replace("\n", "⏎")
                print(f"  ewt {kind:6} {doc['id'][:28]:28} …{before}‖{after}…")


def ewt_table(result: dict[str, Any]) -> str:
    """The web text figures as a markdown table: all documents, then each half."""
    parts = ["all", *HALVES]
    goal = f"F1 ≥ {EWT_TARGETS['f1']:.2f}, P ≥ {EWT_TARGETS['precision']:.2f}"
    reached = result["all"]["f1"] >= EWT_TARGETS["f1"] and result["all"]["precision"] >= EWT_TARGETS["precision"]
    rows = [
        "| sentence boundaries (EWT dev, web text) | all | tuning half | confirming half | target |",
        "| --- | --- | --- | --- | --- |",
        "| P / R / F1 | " + " | ".join(figure(result[p]) for p in parts) + f" | {goal} {'✓' if reached else '✗'} |",
    ]
    news = result.get("news_lower_case_openers")
    if news:
        rows.append(f"| news (PolNeAR dev): sentences opening in lower case inside a paragraph | {news['opened']} of {news['sentences']:,} | | | few |")
    return "\n".join(rows)


def predictions(text: str) -> list[Predicted]:
    """The quotations quotehound finds in ``text``, reduced to what scoring uses. Those of the
    headline are left out: the annotation counts a quotation once, where the article gives it."""
    doc = quotehound.analyze(text)
    body = doc.headline.end if doc.headline else 0
    return [
        Predicted(q.start, q.end, q.speaker, Mention(q.mention.start, q.mention.end, q.mention.text) if q.mention else None)
        for q in doc.quotes
        if q.start >= body
    ]


STATEMENTS_FILE = "polnear_attr.dev.jsonl"
"""Every attribution of the PolNeAR development articles, in the shared quotes folder."""

STATEMENT_TARGETS = {"lenient": 0.70, "source_accuracy": 0.90, "cue_accuracy": 0.90, "end_to_end": 0.62}
"""The figures quotehound aims for on statements (F1 for the span and end-to-end rows)."""

RECALL_TARGETS = {"direct": 0.95, "mixed": 0.80, "indirect": 0.60}
"""Recall by annotated type that quotehound aims for."""


def predicted_statements(text: str) -> list[PredictedStatement]:
    """The statements quotehound finds in ``text``, reduced to what scoring uses."""
    return [
        PredictedStatement(
            s.kind,
            (s.start, s.end),
            (s.mention.start, s.mention.end) if s.mention else None,
            (s.cue_start, s.cue_end) if s.cue_start is not None and s.cue_end is not None else None,
        )
        for s in quotehound.analyze(text).statements
    ]


def statement_figures(args: argparse.Namespace) -> dict[str, Any]:
    """Statements scored against every attribution, whole and in halves; or why not."""
    path = args.shared / "quotes" / STATEMENTS_FILE
    if not path.is_file():
        message = f"{path} not found: statement figures skipped"
        print(message)
        return {"skipped": message}
    docs = read_jsonl(path, args.limit)
    scores = []
    for doc in docs:
        gold = [GoldStatement.from_json(a) for a in doc["attributions"]]
        scores.append(score_statements(doc["text"], gold, predicted_statements(doc["text"])))
    result: dict[str, Any] = {}
    for part, chosen in {"all": scores, **{half: scores[parity::2] for half, parity in HALVES.items()}}.items():
        counts = StatementCounts()
        for score in chosen:
            counts += score.counts
        result[part] = counts.figures()
    if args.show:
        show_statement_failures(docs[HALVES["tuning"] :: 2], scores[HALVES["tuning"] :: 2], args.show)
    return result


def show_statement_failures(docs: Sequence[dict[str, Any]], scores: Sequence[Any], n: int) -> None:
    """Prints the missed and spurious statements of the ``n`` worst documents."""
    worst = sorted(range(len(docs)), key=lambda k: -(len(scores[k].missed) + len(scores[k].spurious)))[:n]
    for k in worst:
        doc, score = docs[k], scores[k]
        text = doc["text"]
        predicted = predicted_statements(text)
        print(f"\n### statements: {doc['id']}: {len(score.missed)} missed, {len(score.spurious)} spurious")
        for i in score.missed:
            a = doc["attributions"][i]
            source = a.get("source") or ""
            print(f"  missed    {a['type']:8} {snippet(text, a['content_start'], a['content_end'])} ← {source!r} {a.get('cue')!r}")
        for j in score.spurious:
            p = predicted[j]
            print(f"  spurious  {p.kind:8} {snippet(text, *p.content)} ← {text[p.source[0]:p.source[1]] if p.source else ''!r}")


def statement_table(result: dict[str, Any]) -> str:
    """The statement figures as a markdown table: all articles, then each half."""
    lines = ["| statements (PolNeAR dev, every attribution) | all | tuning half | confirming half | target |", "| --- | --- | --- | --- | --- |"]
    parts = ["all", *HALVES]
    rows = [
        ("content, exact: P / R / F1", lambda r: figure(r["exact"]), ""),
        ("content, lenient: P / R / F1", lambda r: figure(r["lenient"]), f"F1 ≥ {STATEMENT_TARGETS['lenient']:.2f}"),
        *[
            (f"recall, {kind}", lambda r, kind=kind: f"{r['recall_by_type'][kind]:.3f}", f"≥ {RECALL_TARGETS[kind]:.2f}")
            for kind in RECALL_TARGETS
        ],
        ("source accuracy", lambda r: f"{r['source_accuracy']:.3f}", f"≥ {STATEMENT_TARGETS['source_accuracy']:.2f}"),
        ("cue accuracy", lambda r: f"{r['cue_accuracy']:.3f}", f"≥ {STATEMENT_TARGETS['cue_accuracy']:.2f}"),
        ("end to end: P / R / F1", lambda r: figure(r["end_to_end"]), f"F1 ≥ {STATEMENT_TARGETS['end_to_end']:.2f}"),
    ]
    for label, show, goal in rows:
        lines.append(f"| {label} | " + " | ".join(show(result[p]) for p in parts) + f" | {goal} |")
    return "\n".join(lines)


DIALOGUE_FILE = "pdnc.dev.jsonl"
"""Novels with every quotation's speaker annotated, in the shared fiction folder."""

DIALOGUE_TARGETS = {"lenient": 0.97, "exact": 0.93, "right_character": 0.60}
"""The figures quotehound aims for on novels (F1 for the span rows)."""

DIALOGUE_TYPE_TARGETS = {"Explicit": 0.90, "Anaphoric": 0.60, "Implicit": 0.45}
"""The share of each type of gold quotation credited to the right character that quotehound aims for."""


def predicted_dialogue(text: str) -> list[PredictedDialogue]:
    """The quotations quotehound finds in a novel, with the names of their speakers and addressees."""
    doc = quotehound.analyze(text)
    names = [s.name for s in doc.speakers]
    return [PredictedDialogue(q.start, q.end, q.speaker, None if q.addressee is None else names[q.addressee]) for q in doc.quotes]


def dialogue_figures(args: argparse.Namespace) -> dict[str, Any]:
    """Quotations and their characters in the novels, whole and in halves (novels at even
    positions of the file tune, those at odd positions confirm); or why not."""
    path = args.shared / "fiction" / DIALOGUE_FILE
    if not path.is_file():
        message = f"{path} not found: dialogue figures skipped"
        print(message)
        return {"skipped": message}
    novels = read_jsonl(path, args.limit)
    scores = []
    seconds = 0.0
    for novel in novels:
        gold = [GoldDialogue.from_json(q) for q in novel["quotes"]]
        began = time.perf_counter()
        predicted = predicted_dialogue(novel["text"])
        seconds += time.perf_counter() - began
        scores.append(score_novel(novel["text"], Cast(novel["characters"]), gold, predicted))
    chars = sum(len(n["text"]) for n in novels)
    print(f"PDNC dev: {len(novels)} novels, {chars:,} characters, analysed in {seconds:.2f} s")
    result: dict[str, Any] = {}
    for part, chosen in {"all": scores, **{half: scores[parity::2] for half, parity in HALVES.items()}}.items():
        counts = DialogueCounts()
        for score in chosen:
            counts += score.counts
        result[part] = counts.figures()
    result["novels"] = {half: [n["id"] for n in novels[parity::2]] for half, parity in HALVES.items()}
    if args.show:
        tuning = HALVES["tuning"]
        show_dialogue_failures(novels[tuning::2], scores[tuning::2], args.show)
    return result


def show_dialogue_failures(novels: Sequence[dict[str, Any]], scores: Sequence[NovelScore], n: int) -> None:
    """Prints the first ``n`` missed, spurious and wrongly credited quotations of each novel."""
    for novel, score in zip(novels, scores):
        text = novel["text"]
        predicted = predicted_dialogue(text)
        print(f"\n### dialogue: {novel['id']}: {len(score.missed)} missed, {len(score.spurious)} spurious, {len(score.wrong_speaker)} wrong speaker")
        for i in score.missed[:n]:
            q = novel["quotes"][i]
            print(f"  missed    {snippet(text, q['start'], q['end'])}")
        for j in score.spurious[:n]:
            print(f"  spurious  {snippet(text, predicted[j].start, predicted[j].end)}")
        for i, j in score.wrong_speaker[:n]:
            q = novel["quotes"][i]
            print(f"  speaker   {q['type']:9} {snippet(text, q['start'], q['end'], 50)}: got {predicted[j].speaker!r}, gold {q['speaker_entity']!r}")


def dialogue_table(result: dict[str, Any]) -> str:
    """The dialogue figures as a markdown table: all novels, then each half."""
    lines = ["| dialogue (PDNC dev, novels) | all | tuning half | confirming half | target |", "| --- | --- | --- | --- | --- |"]
    parts = ["all", *HALVES]
    rows = [
        ("quotations, exact: P / R / F1", lambda r: figure(r["exact"]), f"F1 ≥ {DIALOGUE_TARGETS['exact']:.2f}"),
        ("quotations, lenient: P / R / F1", lambda r: figure(r["lenient"]), f"F1 ≥ {DIALOGUE_TARGETS['lenient']:.2f}"),
        (
            "right character, of all gold quotations",
            lambda r: f"{r['right_character']:.3f}",
            f"≥ {DIALOGUE_TARGETS['right_character']:.2f}",
        ),
        *[
            (f"right character, {kind}", lambda r, kind=kind: f"{r['right_character_by_type'][kind]:.3f}", f"≥ {DIALOGUE_TYPE_TARGETS[kind]:.2f}")
            for kind in QUOTE_TYPES
        ],
        ("addressee accuracy", lambda r: f"{r['addressee_accuracy']:.3f}", ""),
    ]
    for label, show, goal in rows:
        lines.append(f"| {label} | " + " | ".join(show(result[p]) for p in parts) + f" | {goal} |")
    lines.append("")
    lines.append("Tuning novels: " + ", ".join(result["novels"]["tuning"]) + "; confirming: " + ", ".join(result["novels"]["confirming"]) + ".")
    return "\n".join(lines)


def seed_check(s: Scored) -> dict[str, int]:
    """Quotations found with exact spans, and quotations with a speaker credited to the right person."""
    matched = dict(s.score.lenient_pairs)
    with_speaker = [i for i, g in enumerate(s.gold) if g.speaker is not None]
    return {
        "found_exact": len(s.score.exact_pairs),
        "gold": len(s.gold),
        "right_person": sum(i in matched and right_person(s.gold[i], s.predicted[matched[i]]) for i in with_speaker),
        "with_speaker": len(with_speaker),
    }


def evaluate(docs: Sequence[dict[str, Any]]) -> tuple[Counts, list[Scored], float]:
    """Analyses and scores every document: the summed counts, each document's scoring and the
    seconds spent analysing."""
    counts = Counts()
    scored = []
    seconds = 0.0
    for doc in docs:
        gold = [Gold.from_json(q) for q in doc["quotes"]]
        began = time.perf_counter()
        predicted = predictions(doc["text"])
        seconds += time.perf_counter() - began
        score = score_document(doc["text"], gold, predicted)
        counts += score.counts
        scored.append(Scored(doc, gold, predicted, score))
    return counts, scored, seconds


def snippet(text: str, start: int, end: int, width: int = 90) -> str:
    """``text[start:end]`` on one line, shortened to ``width`` characters, with its offsets."""
    words = text[start:end].replace("\n", " ⏎ ")
    if len(words) > width:
        words = words[: width - 1] + "…"
    return f"[{start}:{end}] “{words}”"


def credited(p: Predicted) -> str:
    """Who a prediction credits, for display."""
    mention = f" via “{p.mention.text}” [{p.mention.start}:{p.mention.end}]" if p.mention else ""
    return f"{p.speaker or 'nobody'}{mention}"


def annotated(g: Gold) -> str:
    """Who the annotation credits, for display."""
    entity = f" = {g.speaker_entity}" if g.speaker_entity else ""
    return f"“{g.speaker}” [{g.speaker_start}:{g.speaker_end}]{entity}"


def show_failures(label: str, scored: Sequence[Scored], n: int) -> None:
    """Prints the missed, spurious and wrongly credited quotations of the ``n`` worst documents."""
    worst = sorted((s for s in scored if s.score.errors), key=lambda s: -s.score.errors)[:n]
    for doc, gold, predicted, score in worst:
        text = doc["text"]
        c = score.counts
        print(f"\n### {label}: {doc['id']}: {c.gold} gold, {c.predicted} predicted, {score.errors} errors")
        for i in score.missed:
            print(f"  missed    {snippet(text, gold[i].start, gold[i].end)}")
        for j in score.spurious:
            print(f"  spurious  {snippet(text, predicted[j].start, predicted[j].end)}")
        for i, j in score.wrong_speaker:
            where = snippet(text, gold[i].start, gold[i].end, 60)
            print(f"  speaker   {where}: got {credited(predicted[j])}, gold {annotated(gold[i])}")


def run_dataset(key: str, args: argparse.Namespace) -> dict[str, Any]:
    """Evaluates one annotated file of the shared folder, or says in one line why it cannot."""
    filename, label = DATASETS[key]
    path = args.shared / "quotes" / filename
    if not path.is_file():
        message = f"{path} not found: {label} figures skipped"
        print(message)
        return {"skipped": message}
    docs = read_jsonl(path, args.limit)
    counts, scored, seconds = evaluate(docs)
    chars = sum(len(d["text"]) for d in docs)
    print(
        f"{label}: {len(docs)} article{'s' * (len(docs) != 1)}, {chars:,} characters, {counts.gold} gold and "
        f"{counts.predicted} predicted quotations, analysed in {seconds:.2f} s"
    )
    result = counts.figures()
    if key == "seed" and scored:
        result["seed_check"] = seed_check(scored[0])
    if key in HALVED:
        for half, parity in HALVES.items():
            part = Counts()
            for s in scored[parity::2]:
                part += s.score.counts
            result[half] = part.figures()
        scored = scored[HALVES["tuning"] :: 2]
    if args.show:
        show_failures(label, scored, args.show)
    return result


def ratio(part: int, whole: int) -> str:
    """``part/whole``."""
    return f"{part}/{whole}"


def figure(value: Any) -> str:
    """A figure for the table: P / R / F1 for a dict of them, else the number."""
    if isinstance(value, dict):
        return f"{value['precision']:.3f} / {value['recall']:.3f} / {value['f1']:.3f}"
    return f"{value:.3f}"


def target(key: str, value: Any) -> str:
    """The target of a figure, marked ✓ when reached."""
    reached = (value["f1"] if isinstance(value, dict) else value) >= TARGETS[key]
    prefix = "F1 " if isinstance(value, dict) else ""
    return f"{prefix}≥ {TARGETS[key]:.2f} {'✓' if reached else '✗'}"


def table(results: dict[str, Any]) -> str:
    """Every figure as a markdown table."""
    lines = [
        "| figure | quotehound | target |",
        "| --- | --- | --- |",
    ]
    g = results["golden_rules"]
    lines.append(f"| golden rules, all | {ratio(g['passed'], g['total'])} | |")
    lines.append(f"| golden rules, pySBD's 48 | {ratio(g['pysbd48_passed'], g['pysbd48_total'])} | |")
    for key, (_, label) in DATASETS.items():
        result = results[key]
        if "skipped" in result:
            lines.append(f"| {label} | skipped | |")
            continue
        check = result.get("seed_check")
        if check:
            lines.append(f"| {label}: found, spans exact | {ratio(check['found_exact'], check['gold'])} | all |")
            lines.append(f"| {label}: right person (speaker_entity) | {ratio(check['right_person'], check['with_speaker'])} | all |")
        for row, name in ROWS.items():
            value = figure(result[row])
            if row == "speaker_accuracy":
                value += f" ({ratio(result['counts']['speaker_correct'], result['counts']['with_speaker'])})"
            lines.append(f"| {label}: {name} | {value} | {target(row, result[row])} |")
            for half in HALVES:
                if half in result:
                    part = result[half]
                    value = figure(part[row])
                    if row == "speaker_accuracy":
                        value += f" ({ratio(part['counts']['speaker_correct'], part['counts']['with_speaker'])})"
                    lines.append(f"| {label}, {half} half: {name} | {value} | |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs every evaluation, prints the table and writes the JSON if asked."""
    args = parse_args(argv)
    results: dict[str, Any] = {"golden_rules": golden_rules(GOLDEN_RULES)}
    g = results["golden_rules"]
    print(
        f"golden rules: {g['passed']}/{g['total']} passed; failing: {', '.join(map(str, g['failing'])) or 'none'}"
        f" (of pySBD's 48: {', '.join(map(str, g['pysbd48_failing'])) or 'none'})"
    )
    results["ewt"] = ewt_figures(args)
    for key in DATASETS:
        results[key] = run_dataset(key, args)
    results["statements"] = statement_figures(args)
    results["dialogue"] = dialogue_figures(args)
    print()
    print(table(results))
    print()
    print(ewt_table(results["ewt"]) if "skipped" not in results["ewt"] else "| sentence boundaries (EWT dev) | skipped |")
    if "skipped" not in results["statements"]:
        print()
        print(statement_table(results["statements"]))
    if "skipped" not in results["dialogue"]:
        print()
        print(dialogue_table(results["dialogue"]))
    if args.json:
        results["targets"] = TARGETS
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
