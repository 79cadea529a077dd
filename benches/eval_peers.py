"""Quotations and speakers found by quotehound's peers, scored by the same scorer on the same
articles as quotehound, and printed beside it.

    make eval-peers
    .venv/bin/python benches/eval_peers.py --shared ../shared/data [--limit N] [--json PATH]

The systems:

- quotehound, as ``benches/eval.py`` runs it;
- textacy's ``direct_quotations`` over spaCy's small English pipeline (``benches/peer_textacy.py``,
  run in the environment ``benches/install_textacy.sh`` makes: ``make eval-peers`` installs it).
  textacy gives up on an article with an odd number of quote marks; such an article counts as
  one where it found nothing, and the table says how many there were;
- a plain regular-expression baseline (``benches/peer_regex.py``): quote-mark pairs, the nearest
  verb of saying, the nearest capitalised name or pronoun. The simplest honest way to do the
  task, and the floor every other figure stands on.

The sentence segmenters pySBD and sentencex (installed by ``benches/install_peers.sh``, which
``make eval-peers`` runs) are scored on the golden rules beside quotehound, as ``make eval``
scores quotehound.

sayswho is not compared: it will not start without spaCy's experimental coreference pipeline
(``en_coreference_web_trf``) and ``en_core_web_lg``, neither of which is on PyPI.

Every system is scored by ``benches/scoring.py`` on the sample article and on PolNeAR's
development articles, whole and in the two halves of ``benches/eval.py`` (tuning: even positions
in the file; confirming: odd positions). The figures are written to ``--json`` as well.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

import peer_regex
from eval import DATASETS, GOLDEN_RULES, HALVED, HALVES, figure, golden_rules, predictions, quotehound_sentences, ratio, read_jsonl
from scoring import Counts, Gold, Mention, Predicted, score_document

HERE = Path(__file__).resolve().parent
TEXTACY_PYTHON = HERE / ".venv-textacy" / "bin" / "python"
RESULTS = HERE / "results" / "peers.json"

ROWS = {
    "exact": "quotations, exact: P / R / F1",
    "lenient": "quotations, lenient: P / R / F1",
    "speaker_accuracy": "speaker accuracy",
    "end_to_end": "end to end: P / R / F1",
}

Predict = Callable[[Sequence[dict[str, Any]]], list[list[Predicted]]]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Reads the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"), help="shared data folder (holds quotes/)")
    parser.add_argument("--limit", type=int, metavar="N", help="evaluate only the first N articles of each file")
    parser.add_argument("--textacy-python", type=Path, default=TEXTACY_PYTHON, help="the Python of textacy's environment")
    parser.add_argument("--json", type=Path, default=RESULTS, metavar="PATH", help=f"write every figure to PATH (default {RESULTS})")
    return parser.parse_args(argv)


def quotehound_predictions(docs: Sequence[dict[str, Any]]) -> list[list[Predicted]]:
    """quotehound's quotations in each document."""
    return [predictions(doc["text"]) for doc in docs]


def regex_predictions(docs: Sequence[dict[str, Any]]) -> list[list[Predicted]]:
    """The regular-expression baseline's quotations in each document."""
    return [peer_regex.predictions(doc["text"]) for doc in docs]


def textacy_runner(python: Path, notes: dict[str, Any]) -> Predict:
    """A function that runs textacy, in its own environment, on documents and returns its
    quotations; the articles it gave up on and its versions go into ``notes``."""

    def run(docs: Sequence[dict[str, Any]]) -> list[list[Predicted]]:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl") as articles:
            for doc in docs:
                articles.write(json.dumps({"id": doc["id"], "text": doc["text"]}) + "\n")
            articles.flush()
            done = subprocess.run(
                [str(python), str(HERE / "peer_textacy.py"), articles.name], capture_output=True, text=True, check=True
            )
        out = json.loads(done.stdout)
        notes["versions"] = out["versions"]
        notes.setdefault("gave_up", []).append([i for i, a in enumerate(out["articles"]) if a["error"]])
        found = []
        for doc, article in zip(docs, out["articles"], strict=True):
            text = doc["text"]
            found.append(
                [Predicted(s, e, text[ss:se], Mention(ss, se, text[ss:se])) for s, e, ss, se in article["quotes"]]
            )
        return found

    return run


def score(docs: Sequence[dict[str, Any]], predicted: Sequence[list[Predicted]], halved: bool) -> dict[str, Any]:
    """The figures of one system on one data set, and on its halves if ``halved``."""
    counts = [
        score_document(doc["text"], [Gold.from_json(q) for q in doc["quotes"]], found).counts
        for doc, found in zip(docs, predicted, strict=True)
    ]
    parts = {"whole": counts}
    if halved:
        parts.update({half: counts[parity::2] for half, parity in HALVES.items()})
    result = {}
    for part, part_counts in parts.items():
        total = Counts()
        for c in part_counts:
            total += c
        result[part] = total.figures()
    return result


def cell(figures: dict[str, Any], row: str) -> str:
    """One figure for the table, with its counts for the speaker accuracy."""
    value = figure(figures[row])
    if row == "speaker_accuracy":
        value += f" ({ratio(figures['counts']['speaker_correct'], figures['counts']['with_speaker'])})"
    return value


def table(results: dict[str, dict[str, Any]], systems: Sequence[str]) -> str:
    """Every figure of every system as a markdown table, one column per system."""
    lines = ["| figure | " + " | ".join(systems) + " |", "| --- |" + " --- |" * len(systems)]
    for key, (_, label) in DATASETS.items():
        figures = results[key]
        if "skipped" in figures:
            lines.append(f"| {label} | skipped |" + " |" * (len(systems) - 1))
            continue
        for part in figures[systems[0]]:
            name = label if part == "whole" else f"{label}, {part} half"
            for row, what in ROWS.items():
                cells = [cell(figures[s][part], row) if s in figures else "not run" for s in systems]
                lines.append(f"| {name}: {what} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def gave_up_note(label: str, indices: list[int], total: int, halved: bool, handled: dict[str, Any]) -> str:
    """How many articles textacy gave up on, in all and, if ``halved``, in each half, and its
    figures on the ``handled`` articles, the others."""
    note = f"textacy gave up on {len(indices)} of the {total} article{'s' * (total != 1)} of {label} (an odd number of quote marks)"
    if halved:
        note += ": " + ", ".join(f"{sum(i % 2 == parity for i in indices)} in the {half} half" for half, parity in HALVES.items())
    if indices and len(indices) < total:
        note += (
            f"; on the other {total - len(indices)} ({handled['counts']['gold']:,} quotations) its lenient F1 is "
            f"{handled['lenient']['f1']:.3f}, speaker accuracy {handled['speaker_accuracy']:.3f}, "
            f"end-to-end F1 {handled['end_to_end']['f1']:.3f}"
        )
    return note


def sentence_peers() -> dict[str, Callable[[str], list[str]]]:
    """The sentence segmenters to score on the golden rules: quotehound and those installed."""
    segmenters: dict[str, Callable[[str], list[str]]] = {"quotehound": quotehound_sentences}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        segmenters["pySBD"] = segmenter.segment
    except ImportError:
        print("pysbd not installed (run benches/install_peers.sh): left out of the golden rules", file=sys.stderr)
    try:
        import sentencex

        segmenters["sentencex"] = lambda text: list(sentencex.segment("en", text))
    except ImportError:
        print("sentencex not installed (run benches/install_peers.sh): left out of the golden rules", file=sys.stderr)
    return segmenters


def golden_rules_table() -> tuple[str, dict[str, Any]]:
    """Every segmenter's passes on the golden rules, as a table and as figures."""
    figures = {name: golden_rules(GOLDEN_RULES, segment) for name, segment in sentence_peers().items()}
    lines = ["| golden rules | " + " | ".join(figures) + " |", "|---" * (len(figures) + 1) + "|"]
    lines.append("| all | " + " | ".join(ratio(f["passed"], f["total"]) for f in figures.values()) + " |")
    lines.append("| pySBD's 48 | " + " | ".join(ratio(f["pysbd48_passed"], f["pysbd48_total"]) for f in figures.values()) + " |")
    return "\n".join(lines), figures


def main(argv: Sequence[str] | None = None) -> int:
    """Runs every system on every data set, prints the table and writes the JSON."""
    args = parse_args(argv)
    rules_table, rules = golden_rules_table()
    print(rules_table)
    print()
    textacy_notes: dict[str, Any] = {}
    systems: dict[str, Predict] = {"quotehound": quotehound_predictions}
    if args.textacy_python.is_file():
        systems["textacy"] = textacy_runner(args.textacy_python, textacy_notes)
    else:
        print(f"{args.textacy_python} not found (run benches/install_textacy.sh): textacy is left out", file=sys.stderr)
    systems["regex baseline"] = regex_predictions

    results: dict[str, dict[str, Any]] = {}
    notes = []
    for key, (filename, label) in DATASETS.items():
        path = args.shared / "quotes" / filename
        if not path.is_file():
            notes.append(f"{path} not found: {label} skipped")
            results[key] = {"skipped": notes[-1]}
            continue
        docs = read_jsonl(path, args.limit)
        results[key] = {}
        for name, predict in systems.items():
            found = predict(docs)
            results[key][name] = score(docs, found, key in HALVED)
            if name == "textacy":
                gave_up = textacy_notes["gave_up"][-1]
                kept = [i for i in range(len(docs)) if i not in set(gave_up)]
                handled = score([docs[i] for i in kept], [found[i] for i in kept], False)["whole"]
                results[key][name].update(gave_up=[docs[i]["id"] for i in gave_up], handled=handled)
                notes.append(gave_up_note(label, gave_up, len(docs), key in HALVED, handled))

    print(table(results, list(systems)))
    print()
    for note in notes:
        print(f"- {note}")
    if "versions" in textacy_notes:
        v = textacy_notes["versions"]
        print(f"- textacy {v['textacy']}, spaCy {v['spacy']}, {v['model']}")
    results["textacy_versions"] = textacy_notes.get("versions", {})
    results["golden_rules"] = rules
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"- every figure written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
