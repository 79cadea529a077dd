"""The Rust core's speed at two git revisions, measured in one run, so that a claim such as
"analyze is at least as fast as before" can be checked by anyone with the repository.

    python3 benches/compare_revisions.py A [B] [--turns N] [--shared DIR]   (B defaults to HEAD)

Each revision is checked out in a temporary worktree and its ``core_throughput`` benchmark
built there, in a target folder of its own under ``target/revisions/<sha>``: builds are kept
between runs, and the main target folder is left alone. Both programs then run ``analyze`` on
the same news corpus, in turn, the order flipped every turn, so that a change in the load of a
shared machine falls on both alike. Where valgrind is installed, each program's instruction
count on one pass is reported too: it does not depend on the load at all.

Revisions from ab9540e onwards are supported: their ``core_throughput`` takes
``analyze CORPUS REPETITIONS`` and prints one JSON line with ``mb_s``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus
from harness import CORE_SEPARATOR, announce, cpu_model, shell_line, table, write_corpus

REVISIONS = corpus.ROOT / "target" / "revisions"
RESULTS = corpus.ROOT / "benches" / "results" / "revisions.json"
#: The command line ``core_throughput`` must accept; older revisions took other arguments.
USAGE = "core_throughput sentences|analyze CORPUS [REPETITIONS]"
#: The line of cachegrind's summary that counts the instructions executed.
INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")


def git(*args: str) -> str:
    """The output of a git command run in the repository, stripped."""
    return subprocess.run(["git", *args], cwd=corpus.ROOT, check=True, capture_output=True, text=True).stdout.strip()


def resolve(revision: str) -> tuple[str, str]:
    """The full commit id of ``revision`` and its subject line; exits if the revision's
    benchmark does not take the command line this script gives it."""
    try:
        sha = git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except subprocess.CalledProcessError:
        sys.exit(f"{revision}: no such commit")
    try:
        source = git("show", f"{sha}:benches/core_throughput.rs")
    except subprocess.CalledProcessError:
        source = ""
    if USAGE not in source:
        sys.exit(f"{revision} ({sha[:7]}): benches/core_throughput.rs does not take `{USAGE}`; use a revision from ab9540e on")
    return sha, git("log", "-1", "--format=%s", sha)


def build(sha: str) -> Path:
    """The ``core_throughput`` program of commit ``sha``, built in a worktree of its own
    (removed afterwards) into ``target/revisions/<sha>``, or the one built there before."""
    target = REVISIONS / sha
    remembered = target / "core_throughput.path"
    if remembered.is_file() and Path(remembered.read_text().strip()).is_file():
        return Path(remembered.read_text().strip())
    target.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"quotehound-{sha[:7]}-"))
    checkout = folder / "checkout"
    git("worktree", "add", "--detach", str(checkout), sha)
    try:
        command = ["cargo", "bench", "--bench", "core_throughput", "--no-run", "--message-format=json"]
        announce(f"$ CARGO_TARGET_DIR={shell_line([str(target)])} {shell_line(command)}   # at {sha[:7]}")
        done = subprocess.run(
            command, cwd=checkout, env={**os.environ, "CARGO_TARGET_DIR": str(target)}, check=True, stdout=subprocess.PIPE, text=True
        )
    finally:
        git("worktree", "remove", "--force", str(checkout))
        shutil.rmtree(folder, ignore_errors=True)
    for line in reversed(done.stdout.splitlines()):
        message = json.loads(line) if line.startswith("{") else {}
        if message.get("executable") and message.get("target", {}).get("name") == "core_throughput":
            remembered.write_text(message["executable"])
            return Path(message["executable"])
    sys.exit(f"cargo built no core_throughput program at {sha[:7]}")


def megabytes_per_second(program: Path, corpus_file: Path, repetitions: int) -> float:
    """The ``mb_s`` that one run of ``program analyze`` prints: the median of its passes."""
    out = subprocess.run([str(program), "analyze", str(corpus_file), str(repetitions)], check=True, stdout=subprocess.PIPE, text=True).stdout
    found = json.loads([line for line in out.splitlines() if line.startswith("{")][-1])
    if found.get("mode") != "analyze":
        raise ValueError(f"core_throughput printed {found}")
    return float(found["mb_s"])


def instructions(program: Path, corpus_file: Path) -> int:
    """The instructions one run of ``program analyze CORPUS 1`` executes, as cachegrind counts them."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", str(program), "analyze", str(corpus_file), "1"]
    done = subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    match = INSTRUCTIONS.search(done.stderr)
    if match is None:
        raise ValueError(f"no 'I refs' line in cachegrind's output:\n{done.stderr}")
    return int(match.group(1).replace(",", ""))


def summary(speeds: list[float]) -> dict:
    """Median, least and greatest of a revision's MB/s, with every figure."""
    return {"median_mb_s": statistics.median(speeds), "min_mb_s": min(speeds), "max_mb_s": max(speeds), "mb_s": speeds}


def render(report: dict) -> str:
    """The report as markdown: one row per revision, then the ratios of B to A."""
    rows = []
    for side in ("A", "B"):
        entry = report[side]
        count = entry.get("instructions")
        rows.append(
            [
                side,
                f"`{entry['revision']}`" + ("" if entry["sha"].startswith(entry["revision"]) else f" ({entry['sha'][:7]})"),
                f"{entry['median_mb_s']:.2f}",
                f"{entry['min_mb_s']:.2f}–{entry['max_mb_s']:.2f}",
                f"{count:,}" if count is not None else "n/a",
            ]
        )
    lines = [
        f"Rust core, `analyze`, {report['corpus']} ({report['bytes'] / 1e6:.2f} MB); {report['turns']} turns, "
        f"each program's median of {report['repetitions']} passes per turn, order flipped every turn.",
        "",
        table(["", "revision", "median MB/s", "min–max MB/s", "instructions of `analyze CORPUS 1`"], rows),
        "",
        f"- B/A of the median MB/s: {report['ratio_mb_s']:.3f}",
    ]
    if report.get("ratio_instructions") is not None:
        lines.append(
            f"- B/A of the instructions: {report['ratio_instructions']:.4f} (cachegrind; the run reads the corpus, "
            "counts what one pass finds, times one pass and the offsets: the core's calls are most of it)"
        )
    lines += [f"- {report['machine']}", f"- `{report['command']}`"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("a", metavar="A", help="the revision measured first (the one before)")
    parser.add_argument("b", metavar="B", nargs="?", default="HEAD", help="the revision compared with it (default: HEAD)")
    parser.add_argument("--turns", type=int, default=15, help="runs of each program, alternating (default: %(default)s)")
    parser.add_argument("--repetitions", type=int, default=5, help="passes over the corpus in each run (default: %(default)s)")
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--no-valgrind", action="store_true", help="skip the instruction counts even if valgrind is installed")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the JSON report goes (default: %(default)s)")
    args = parser.parse_args(argv)

    revisions = {"A": (args.a, *resolve(args.a)), "B": (args.b, *resolve(args.b))}
    programs = {side: build(sha) for side, (_, sha, _) in revisions.items()}
    source = corpus.load_source(args.shared)
    if any(CORE_SEPARATOR in article for article in source.articles):
        sys.exit("an article contains the separator U+001E: the corpus cannot be written for core_throughput")
    speeds: dict[str, list[float]] = {"A": [], "B": []}
    counts: dict[str, int | None] = {"A": None, "B": None}
    with tempfile.TemporaryDirectory() as folder:
        corpus_file = Path(folder) / "corpus.txt"
        write_corpus(source.articles, corpus_file)
        for side in ("A", "B"):  # one run each, untimed, so that neither meets a cold cache first
            megabytes_per_second(programs[side], corpus_file, 1)
        for turn in range(max(1, args.turns)):
            for side in ("A", "B") if turn % 2 == 0 else ("B", "A"):
                speeds[side].append(megabytes_per_second(programs[side], corpus_file, args.repetitions))
            announce(f"turn {turn + 1}/{args.turns}: A {speeds['A'][-1]:.2f} MB/s, B {speeds['B'][-1]:.2f} MB/s")
        if not args.no_valgrind and shutil.which("valgrind"):
            for side in ("A", "B"):
                announce(f"cachegrind: {side}")
                counts[side] = instructions(programs[side], corpus_file)

    report: dict = {
        "command": shell_line(["python3", *sys.argv]),
        "machine": f"{cpu_model()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end",
        "corpus": source.description,
        "bytes": corpus.utf8_size(source.articles),
        "turns": max(1, args.turns),
        "repetitions": args.repetitions,
    }
    for side, (revision, sha, subject) in revisions.items():
        report[side] = {"revision": revision, "sha": sha, "subject": subject, "instructions": counts[side], **summary(speeds[side])}
    report["ratio_mb_s"] = report["B"]["median_mb_s"] / report["A"]["median_mb_s"]
    report["ratio_instructions"] = counts["B"] / counts["A"] if counts["A"] and counts["B"] else None
    print(render(report))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    announce(f"written to {shell_line([str(args.out.resolve())])}")


if __name__ == "__main__":
    main()
