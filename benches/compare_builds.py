"""Two builds of the package side by side: ``analyze`` and ``quotes_frame`` on the news corpus.

    python3 benches/compare_builds.py VENV_A VENV_B [--shared ../shared/data] [--turns 7] [--runs 3]
    python3 benches/compare_builds.py VENV_A VENV_B --instructions [--mb 2.5]

Each VENV is a virtual environment with one build of quotehound installed (and pandas with
pyarrow, for the frame): a wheel for one CPython against the abi3 wheel, say. The builds take
``--turns`` turns, each turn a fresh process per build, in alternating order; in each process
a loop of ``quotehound.analyze`` over the corpus and ``quotes_frame(texts, threads=1)`` are each
timed ``--runs`` times after a warm-up, and the fastest run counts. The corpus is the 518
shared development articles repeated to ``--mb`` MB. Printed: each build's median MB/s over
the turns, and the median over the turns of B's time ÷ A's, so that 1.05 reads "B costs 5%
more". The machine is shared, so only the ratio of the same turn is worth reading.

With ``--instructions``, each build instead runs each call once (after its warm-up) under
valgrind's cachegrind, which counts the instructions executed: a figure that does not move with
the machine's load. A run that loads the corpus and calls nothing is counted too, and taken off,
so that the figures are the calls' own. Printed: each call's instructions per build, and B's ÷ A's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import DEFAULT_SHARED, load_source, repeat_to_size, utf8_size  # noqa: E402

CALLS = ("analyze", "quotes_frame")


def child(shared: Path, mb: float, runs: int, only: str | None = None) -> None:
    """In the build's own process: prints the best seconds of each call (or of ``only``, or of
    none with ``only="none"``) as JSON."""
    import pandas  # noqa: F401  (imported by every run alike, so that the calls' counts hold only the calls)

    import quotehound

    texts = repeat_to_size(load_source(shared).articles, int(mb * 1_000_000))
    calls = {
        "analyze": lambda: [quotehound.analyze(t) for t in texts],
        "quotes_frame": lambda: quotehound.quotes_frame(texts, threads=1),
    }
    best = {}
    for name, call in calls.items():
        if only is not None and name != only:
            continue
        call()  # warm-up: imports, the types' layouts, the allocator
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            call()
            times.append(time.perf_counter() - began)
        best[name] = min(times)
    print(json.dumps({"seconds": best, "bytes": utf8_size(texts), "version": quotehound.__version__}))


def timed(venv: Path, args: argparse.Namespace) -> dict:
    """One turn of one build, in a fresh process of its own interpreter."""
    command = [str(venv / "bin" / "python"), __file__, "--child", "--shared", str(args.shared)]
    command += ["--mb", str(args.mb), "--runs", str(args.runs)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=HERE)
    return json.loads(done.stdout.strip().splitlines()[-1])


def instructions(venv: Path, args: argparse.Namespace, only: str) -> int:
    """The instructions one run of the child executes, counted by cachegrind."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cachegrind.out"
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}"]
        command += [str(venv / "bin" / "python"), __file__, "--child", "--shared", str(args.shared)]
        command += ["--mb", str(args.mb), "--runs", "1", "--only", only]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=HERE)
        summary = next(line for line in out.read_text().splitlines() if line.startswith("summary:"))
        return int(summary.split()[1])


def count(a: Path, b: Path, args: argparse.Namespace) -> None:
    """Prints the instructions of each call for both builds, and B's ÷ A's."""
    counts = {str(v): {only: instructions(v, args, only) for only in ("none", *CALLS)} for v in (a, b)}
    print(f"| call | A: {a} instructions | B: {b} instructions | B ÷ A |")
    print("|---|---|---|---|")
    for call in CALLS:
        ca, cb = (counts[str(v)][call] - counts[str(v)]["none"] for v in (a, b))
        print(f"| `{call}` (warm-up and one run) | {ca:,} | {cb:,} | {cb / ca:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("venvs", nargs="*", type=Path, help="two virtual environments: A, then B")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--turns", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mb", type=float, default=10.0, help="size of the corpus in MB (default 10)")
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead of timing")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.shared, args.mb, args.runs, args.only)
        return
    if len(args.venvs) != 2:
        parser.error("give two virtual environments")
    a, b = args.venvs
    if args.instructions:
        count(a, b, args)
        return
    speeds: dict[str, dict[str, list[float]]] = {str(v): {c: [] for c in CALLS} for v in (a, b)}
    ratios: dict[str, list[float]] = {c: [] for c in CALLS}
    for turn in range(args.turns):
        order = (a, b) if turn % 2 == 0 else (b, a)
        results = {str(v): timed(v, args) for v in order}
        for call in CALLS:
            for v in (a, b):
                r = results[str(v)]
                speeds[str(v)][call].append(r["bytes"] / r["seconds"][call] / 1e6)
            ratios[call].append(results[str(b)]["seconds"][call] / results[str(a)]["seconds"][call])
        print(f"turn {turn + 1}: " + ", ".join(f"{c} B/A {ratios[c][-1]:.3f}" for c in CALLS), file=sys.stderr)
    print(f"| call | A: {a} MB/s | B: {b} MB/s | B's time ÷ A's (median of {args.turns} turns; range) |")
    print("|---|---|---|---|")
    for call in CALLS:
        sa, sb = (statistics.median(speeds[str(v)][call]) for v in (a, b))
        r = ratios[call]
        print(f"| `{call}` | {sa:.1f} | {sb:.1f} | {statistics.median(r):.3f} ({min(r):.3f}–{max(r):.3f}) |")


if __name__ == "__main__":
    main()
