"""Speed of the batch layer: ``quotes_frame`` and ``analyze_many`` against a plain loop of ``analyze``.

    .venv/bin/python benches/bench_frames.py [--shared ../shared/data] [--texts 10000] [--runs 5]

The corpus is ``--texts`` texts (default 10,000) made by repeating, in turn, the 518 distinct
news articles of the shared data (``quotes/polnear.dev.jsonl``): 10,000 texts are those articles
about 19 times over, not 10,000 different articles. Without that file, the corpus repeats the
bundled sample article. Every call runs ``--runs``
times on the whole corpus, the calls taking turns, and the median is reported. The baseline is a
single-threaded loop of ``quotehound.analyze`` that drops each document, the least any
per-object path can cost.

Then ``quotes_frame`` on one thread and the Rust core alone (``cargo bench --bench
core_throughput -- analyze FILE 3``, on the same texts) take ``--frame-turns`` turns, each in
fresh processes, and the median of each turn's ratio of their throughputs is reported.

A last table splits the time of ``_core.analyze``, on a typical article (the corpus's median
length) and over all the distinct articles, into the Rust core, reading the ``str`` as UTF-8
and converting offsets, all three timed by the same Rust program on the same texts, and the
rest: building the dataclasses, and the call itself. ``_core.analyze`` is timed for it in a
fresh process that imports neither pandas nor numpy, as the core's own program is a fresh
process: the corpus and frames of the first part would otherwise slow the core inside Python
and count against the binding. Each timing is the median of ``--split-runs`` runs of
milliseconds; the Python process and the Rust programs take ``--split-turns`` turns, and each
figure is the median over the turns.
A document's sentences are built when first read; what that read costs is printed apart.
Prints markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import quotehound
from quotehound import _core

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import DEFAULT_SHARED, ROOT, load_source

if TYPE_CHECKING:
    import pandas as pd

#: Separates the articles of a corpus file for ``core_throughput``.
SEPARATOR = "\x1e"


def median_seconds(call: Callable[[], Any], runs: int) -> float:
    """The median wall time of ``runs`` calls (after one warm-up call)."""
    return round_robin({"call": call}, runs)["call"]


def round_robin(calls: dict[str, Callable[[], Any]], runs: int) -> dict[str, float]:
    """The median wall time of each call over ``runs`` rounds that run every call once, in turn.

    Taking turns spreads any change in the machine's load over all calls alike.
    """
    for call in calls.values():
        call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            start = time.perf_counter()
            result = call()
            times[name].append(time.perf_counter() - start)
            del result
    return {name: statistics.median(values) for name, values in times.items()}


def loop_of_analyze(texts: list[str]) -> int:
    return sum(len(quotehound.analyze(text).quotes) for text in texts)


def rows_from_objects(texts: list[str]) -> pd.DataFrame:
    """The naive frame: documents one by one, a dict per quotation, then ``pd.DataFrame(rows)``."""
    import pandas as pd

    rows = []
    for doc_id, text in enumerate(texts):
        for q in quotehound.analyze(text).quotes:
            rows.append(
                {
                    "doc": doc_id,
                    "index": q.index,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "sentence": q.sentence,
                    "paragraph": q.paragraph,
                    "speaker": q.speaker,
                    "speaker_id": q.speaker_id,
                    "mention": q.mention.text if q.mention else None,
                    "mention_start": q.mention.start if q.mention else None,
                    "mention_end": q.mention.end if q.mention else None,
                    "cue": q.cue,
                    "cue_start": q.cue_start,
                    "cue_end": q.cue_end,
                    "rule": q.rule,
                }
            )
    return pd.DataFrame(rows)


def many(texts: list[str], threads: int) -> int:
    return sum(len(doc.quotes) for doc in quotehound.analyze_many(texts, threads=threads))


def core_binary() -> tuple[Path | None, str]:
    """The ``core_throughput`` benchmark program, built by cargo; or None and why not."""
    if not (ROOT / "benches" / "core_throughput.rs").is_file():
        return None, "benches/core_throughput.rs is absent"
    command = ["cargo", "bench", "--bench", "core_throughput", "--no-run", "--message-format=json"]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, timeout=1800)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"`{' '.join(command)}` failed: {exc}"
    for line in reversed(done.stdout.splitlines()):
        message = json.loads(line) if line.startswith("{") else {}
        if message.get("executable"):
            return Path(message["executable"]), ""
    return None, "cargo built no core_throughput program"


def core_run(program: Path, corpus: Path, runs: int) -> subprocess.Popen[str]:
    """Starts ``core_throughput analyze`` on ``corpus``; its last line is JSON with the median
    seconds of the core, of reading the texts as UTF-8 and of converting offsets."""
    return subprocess.Popen([str(program), "analyze", str(corpus), str(runs)], stdout=subprocess.PIPE, text=True)


def timings_of(run: subprocess.Popen[str]) -> dict[str, float]:
    """The seconds that a :func:`core_run` printed: ``core``, ``reading`` and ``offsets``."""
    out, _ = run.communicate(timeout=1800)
    found = json.loads([line for line in out.splitlines() if line.startswith("{")][-1])
    if found.get("mode") != "analyze":
        raise ValueError(f"core_throughput printed {found}")
    return {"core": float(found["seconds"]), "reading": float(found["reading_seconds"]), "offsets": float(found["offsets_seconds"])}


def frame_seconds(shared: Path, count: int, runs: int) -> float:
    """The median seconds of ``quotes_frame(texts, threads=1)`` on the corpus of ``count`` texts
    (the distinct articles repeated), over ``runs`` calls after a warm-up one: what
    ``--frame-timing`` prints."""
    source = load_source(shared)
    texts = [source.articles[i % len(source.articles)] for i in range(count)]
    return median_seconds(lambda: quotehound.quotes_frame(texts, threads=1), runs)


def frame_against_core(args: argparse.Namespace, program: Path, corpus: Path) -> list[tuple[float, float]]:
    """Seconds of ``quotes_frame`` on one thread and of the Rust core alone on the same texts,
    taking ``--frame-turns`` turns, so that a change in the machine's load weighs on both alike.

    Each turn times both in fresh processes, each the median of three passes over the texts:
    the Rust program's, and one of this script. How fast a process runs the same code varies
    by a few per cent with where its memory lands; a fresh process each turn lets the median
    even that out on both sides alike."""
    command = [sys.executable, __file__, "--shared", str(args.shared), "--texts", str(args.texts), "--frame-timing"]
    turns = []
    for _ in range(args.frame_turns):
        done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=1800)
        turns.append((float(json.loads(done.stdout.splitlines()[-1])), timings_of(core_run(program, corpus, 3))["core"]))
    return turns


def write_corpus(articles: list[str], folder: str, name: str) -> Path:
    path = Path(folder) / name
    path.write_text(SEPARATOR.join(articles), encoding="utf-8")
    return path


def analyze_timings(shared: Path, runs: int, copies: int) -> dict[str, float]:
    """Seconds of ``_core.analyze`` on ``copies`` copies of the typical article, on every distinct
    article, and on the copies with their sentences read: what ``--analyze-timings`` prints.

    Each is timed apart, as the core's program times the copies and the distinct articles in
    runs of its own: a pass over other articles, or over 5,600 sentences, between two passes over
    the copies would leave the caches to the copies' cost."""
    articles = load_source(shared).articles
    typical = sorted(articles, key=len)[len(articles) // 2]
    calls: dict[str, Callable[[], Any]] = {
        "typical": lambda: [_core.analyze(typical) for _ in range(copies)],
        "typical, sentences read": lambda: [_core.analyze(typical).sentences for _ in range(copies)],
        "all": lambda: [_core.analyze(article) for article in articles],
    }
    return {name: median_seconds(call, runs) for name, call in calls.items()}


def analyze_timings_apart(shared: Path, runs: int, copies: int) -> dict[str, float]:
    """:func:`analyze_timings`, run in a fresh process of this script."""
    command = [sys.executable, __file__, "--shared", str(shared), "--runs", str(runs), "--analyze-timings", str(copies)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=1800)
    timings: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return timings


def split_sections(args: argparse.Namespace, articles: list[str], texts: list[str], program: Path) -> None:
    """Prints ``quotes_frame`` against the Rust core alone, then where ``_core.analyze`` spends its time."""
    typical = sorted(articles, key=len)[len(articles) // 2]
    copies = 200
    count = len(articles)
    runs = args.split_runs
    with tempfile.TemporaryDirectory() as folder:
        frame_turns = frame_against_core(args, program, write_corpus(texts, folder, "corpus.txt"))
        copied = write_corpus([typical] * copies, folder, "typical.txt")
        distinct = write_corpus(articles, folder, "distinct.txt")
        # Python and Rust take turns, so that a change in the machine's load weighs on both alike.
        turns = [
            (
                analyze_timings_apart(args.shared, runs, copies),
                timings_of(core_run(program, copied, runs)),
                timings_of(core_run(program, distinct, runs)),
            )
            for _ in range(args.split_turns)
        ]
        pair = [core_run(program, distinct, runs) for _ in range(2)]
        together = max(timings_of(run)["core"] for run in pair)

    chars = sum(map(len, texts))
    ratios = [rust / frame for frame, rust in frame_turns]
    frame, rust = (statistics.median(turn[i] for turn in frame_turns) for i in (0, 1))
    print(f"\n## `quotes_frame` on one thread against the Rust core alone, on the same {len(texts):,} texts\n")
    print(
        table(
            ["", "seconds", "M chars/s"],
            [[name, f"{t:.3f}", f"{chars / t / 1e6:.1f}"] for name, t in (("`quotes_frame`, threads=1", frame), ("Rust core", rust))],
        )
    )
    print(
        f"\n- Throughput of `quotes_frame` ÷ the Rust core's: **{statistics.median(ratios):.2f}×** "
        f"(median of {len(ratios)} turns: {', '.join(f'{r:.2f}' for r in ratios)}). The Rust core is "
        f"`cargo bench --bench core_throughput -- analyze FILE 3` on the same texts, in turn with the frame, each turn in fresh processes, both the median of 3 passes."
    )

    print("\n## Where `analyze` spends its time: the Rust core and the rest\n")

    def per_article(key: str, rust: list[dict[str, float]], articles: int) -> dict[str, tuple[float, float]]:
        """Median seconds per article of each step and the median of each turn's share of it.
        Timings taken apart can cross under load: the building is then none."""
        steps = []
        for (python, _, _), r in zip(turns, rust):
            total = python[key]
            built = max(total - r["core"] - r["reading"], 0)
            steps.append({"core": r["core"], "reading": r["reading"], "offsets": r["offsets"], "building": built, "total": total})
        return {
            step: (statistics.median(s[step] / articles for s in steps), statistics.median(s[step] / s["total"] for s in steps))
            for step in steps[0]
        }

    columns = [per_article("typical", [turn[1] for turn in turns], copies), per_article("all", [turn[2] for turn in turns], count)]
    names = {
        "core": "Rust core (`quotehound::analyze`)",
        "reading": "reading the `str` as UTF-8",
        "building": "**converting offsets, building the dataclasses, the call**",
        "offsets": "… of which converting offsets",
        "total": "`_core.analyze` in all",
    }
    rows = [[name, *(f"{column[step][0] * 1e6:.1f} µs ({column[step][1]:.0%})" for column in columns)] for step, name in names.items()]
    headers = ["per article", f"typical article ({len(typical):,} characters)", f"mean of the {count} articles"]
    print(table(headers, rows))
    print(
        f"\nThe typical article is the one of median length. The Rust core, reading and converting offsets are timed "
        f"by `cargo bench --bench core_throughput -- analyze FILE {runs}` on {copies} copies of it and on the {count} "
        f"articles, the way the binding reads and converts; `_core.analyze` likewise, in {args.split_turns} turns; "
        "the building is what `_core.analyze` takes beyond the core and the reading, and the shares are the medians "
        f"of each turn's. Two of those programs at once, on the {count} articles, do "
        f"{2 * statistics.median(turn[2]['core'] for turn in turns) / together:.2f}× the work of one in the same time: "
        "the most that two threads can gain on this machine."
    )
    python = {name: statistics.median(turn[0][name] for turn in turns) for name in turns[0][0]}
    read = max(python["typical, sentences read"] - python["typical"], 0) / copies
    print(
        f"\nA document builds its sentences when `doc.sentences` is first read: that read adds "
        f"{read * 1e6:.1f} µs to the typical article ({read / columns[0]['total'][0]:.0%} of `_core.analyze`)."
    )


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument(
        "--texts", "--articles", type=int, default=10_000, help="texts in the corpus, the distinct articles repeated (default 10,000)"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of each call; the median is reported (default 5)")
    parser.add_argument("--frame-turns", type=int, default=9, help="turns of quotes_frame and the Rust core alone (default 9)")
    parser.add_argument("--split-runs", type=int, default=21, help="runs of each timing of the last table (default 21)")
    parser.add_argument("--split-turns", type=int, default=5, help="turns that Python and Rust take for it (default 5)")
    parser.add_argument("--no-cargo", action="store_true", help="skip the comparisons with the Rust core alone")
    parser.add_argument("--analyze-timings", type=int, metavar="COPIES", help=argparse.SUPPRESS)
    parser.add_argument("--frame-timing", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.analyze_timings:
        print(json.dumps(analyze_timings(args.shared, args.runs, args.analyze_timings)))
        return 0
    if args.frame_timing:
        print(json.dumps(frame_seconds(args.shared, args.texts, 3)))
        return 0
    import pandas as pd

    source = load_source(args.shared)
    texts = [source.articles[i % len(source.articles)] for i in range(args.texts)]
    chars = sum(map(len, texts))
    expected = loop_of_analyze(texts)
    frame = quotehound.quotes_frame(texts, threads=2)
    if len(frame) != expected or not frame.equals(quotehound.quotes_frame(texts, threads=1)):
        print(f"quotes_frame found {len(frame)} quotations, analyze {expected}", file=sys.stderr)
        return 1

    calls: list[tuple[str, Callable[[], Any]]] = [
        ("loop of `analyze` (baseline)", lambda: loop_of_analyze(texts)),
        ("loop of `analyze` → `pd.DataFrame(rows)`", lambda: rows_from_objects(texts)),
        ("`analyze_many`, threads=1", lambda: many(texts, 1)),
        ("`analyze_many`, threads=2", lambda: many(texts, 2)),
        ("`quotes_frame`, threads=1", lambda: quotehound.quotes_frame(texts, threads=1)),
        ("`quotes_frame`, threads=2", lambda: quotehound.quotes_frame(texts, threads=2)),
        ("`sentences_frame`, threads=1", lambda: quotehound.sentences_frame(texts, threads=1)),
        ("`sentences_frame`, threads=2", lambda: quotehound.sentences_frame(texts, threads=2)),
    ]
    seconds = round_robin(dict(calls), args.runs)
    baseline = seconds[calls[0][0]]
    rows = [
        [name, f"{s:.3f}", f"{len(texts) / s:,.0f}", f"{chars / s / 1e6:.1f}", f"{baseline / s:.2f}×"]
        for name, s in seconds.items()
    ]
    one, two = seconds["`quotes_frame`, threads=1"], seconds["`quotes_frame`, threads=2"]

    distinct = len(source.articles)
    print(
        f"## quotes_frame on {len(texts):,} texts: {distinct:,} distinct articles repeated "
        f"({len(texts) / distinct:.1f} times; {chars / 1e6:.1f} M characters, {expected:,} quotations)\n"
    )
    print(f"Corpus: {source.description}, repeated. Median of {args.runs} rounds in which every call runs once in turn.\n")
    print(table(["call", "seconds", "texts/s", "M chars/s", "speed-up vs baseline"], rows))
    print(
        f"\n- `quotes_frame` vs the loop of `analyze`: {baseline / one:.2f}× on one thread, {baseline / two:.2f}× on two."
        f"\n- `quotes_frame` threads=2 vs threads=1: {one / two:.2f}×."
    )

    if not args.no_cargo:
        program, why = core_binary()
        if program is None:
            print(f"\nThe Rust core's time is not available ({why}); the comparisons with it are skipped.")
        else:
            split_sections(args, source.articles, texts, program)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\nPython {platform.python_version()}, pandas {pd.__version__}, quotehound {quotehound.__version__}, "
        f"{os.cpu_count()} CPUs, load average {load:.1f} at the end."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
