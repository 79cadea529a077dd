"""Where the instructions of one pass of the Rust core go, by callgrind.

Builds the core's benchmark program (benches/core_throughput.rs), runs one pass of ``sentences``
or ``analyze`` over the news corpus under ``valgrind --tool=callgrind`` and prints the total and
the inclusive instructions of the functions whose names match ``--match``: instruction counts do
not drift with the machine's load, so two revisions or two designs compare on them.

    python3 benches/instructions.py sentences --match 'regex|informal'
    python3 benches/instructions.py analyze --novel PrideAndPrejudice --match 'speakers::resolve'
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus
from harness import write_corpus

NOVELS_FILE = Path("fiction") / "pdnc.dev.jsonl"
"""The novels of the shared data, one JSON object per line."""


def bench_program() -> Path:
    """Builds benches/core_throughput.rs in release mode and returns the program's path."""
    command = ["cargo", "bench", "--bench", "core_throughput", "--no-run", "--message-format=json"]
    out = subprocess.run(command, check=True, cwd=corpus.ROOT, stdout=subprocess.PIPE, text=True).stdout
    for line in out.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "core_throughput" and message.get("executable"):
            return Path(message["executable"])
    raise SystemExit("cargo built no core_throughput program")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["sentences", "analyze"], help="what the pass runs")
    parser.add_argument("--match", default="regex", help="regular expression over function names (default: regex)")
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED, help="shared data folder")
    parser.add_argument("--top", type=int, default=15, help="how many matching functions to print")
    parser.add_argument("--novel", metavar="NAME", help="one whole novel of the shared fiction folder (its id contains NAME) instead of the news")
    args = parser.parse_args(argv)
    if args.novel:
        texts = [n["text"] for n in map(json.loads, (args.shared / NOVELS_FILE).read_text(encoding="utf-8").splitlines()) if args.novel in n["id"]][:1]
        if not texts:
            raise SystemExit(f"no novel named {args.novel!r} in {args.shared / NOVELS_FILE}")
        print(f"text: the novel {args.novel}, {len(texts[0].encode()):,} bytes, in one call")
    else:
        source = corpus.load_source(args.shared)
        texts = source.articles
        print(f"corpus: {source.description}")
    program = bench_program()
    with tempfile.TemporaryDirectory() as folder:
        corpus_file = Path(folder) / "corpus.txt"
        write_corpus(texts, corpus_file)
        out_file = Path(folder) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", str(program), args.mode, str(corpus_file), "1"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        report = subprocess.run(["callgrind_annotate", "--inclusive=yes", str(out_file)], check=True, stdout=subprocess.PIPE, text=True).stdout
    total = re.search(r"^([\d,]+).*PROGRAM TOTALS", report, re.M)
    print(f"instructions, the whole run (reading the corpus included): {total.group(1) if total else '?'}")
    pattern = re.compile(args.match)
    rows = [line for line in report.splitlines() if re.match(r"^\s*[\d,]+ ", line) and pattern.search(line.split(" ", 2)[-1])]
    print(f"inclusive instructions of the functions matching {args.match!r}:")
    for line in rows[: args.top]:
        print("  " + line.strip()[:160])
    return 0


if __name__ == "__main__":
    sys.exit(main())
