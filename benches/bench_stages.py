"""Where the time of `quotehound.analyze` goes: each stage of the Rust core, then the binding's
steps, on the news corpus, in one run.

    python benches/bench_stages.py [--shared DIR] [--repetitions N]

The core's stages are timed apart by `cargo bench --bench core_throughput -- stages CORPUS N`
(paragraphs, sentences, quote marks, kinds, attribution, mentions, statements, speakers), the
binding's steps around the core (reading a `str` as UTF-8, byte offsets to character offsets) by
`core_throughput analyze`, and `quotehound.analyze` itself in this process, once per article; what
`quotehound.analyze` takes beyond the core and those two steps is the building of the Python
objects. Every figure is a median over the passes. Prints a markdown table and writes it to
benches/results/stages.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
from pathlib import Path

import corpus
import harness
import quotehound
from harness import MB, announce, table

RESULTS = harness.RESULTS / "stages.md"


def python_seconds(articles: list[str], repetitions: int) -> float:
    """The median seconds of `quotehound.analyze` on every article once, each pass on fresh
    copies of the strings, as if just read."""
    quotehound.analyze(articles[0])
    passes = []
    for _ in range(repetitions):
        texts = harness.fresh_copies(articles)
        gc.collect()
        seconds, _ = harness.one_pass(quotehound.analyze, lambda doc: len(doc.quotes), texts)
        passes.append(seconds)
    return statistics.median(passes)


def render(source: corpus.Source, megabytes: float, stages: dict, core: dict, python: float, commands: list[str], load: float) -> str:
    """The report: one row per stage of the core, then the binding's steps, then the whole call."""
    rows = []

    def row(step: str, seconds: float) -> None:
        alone = f"{megabytes / seconds:,.0f}" if seconds > 0 else "–"
        rows.append([step, f"{seconds / megabytes * 1e3:.2f}", f"{seconds / python:.1%}", alone])

    for stage in stages["stages"]:
        row(f"core: {stage['stage']}", stage["seconds"])
    row("binding: reading the str as UTF-8", core["reading_seconds"])
    row("binding: byte offsets → character offsets", core["offsets_seconds"])
    row("binding: building the Python objects", python - stages["seconds"] - core["reading_seconds"] - core["offsets_seconds"])
    row("**`quotehound.analyze`**", python)
    return "\n".join(
        [
            f"# Where the time of `quotehound.analyze` goes\n\n{source.description}, {megabytes:.2f} MB, single thread.\n",
            table(["step", "ms per MB", "share", "MB/s of the step alone"], rows),
            "",
            f"- Rust core, all stages: {megabytes / stages['seconds']:.1f} MB/s; `quotehound.analyze`: {megabytes / python:.1f} MB/s.",
            "- The binding's building of objects is `quotehound.analyze` less the other rows: medians of separate runs, "
            "so within the noise it can come out a little off.",
            f"- {harness.cpu_model()}",
            harness.load_line(load),
            "",
            harness.commands_section(commands),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--repetitions", type=int, default=7, help="passes over the corpus (default: %(default)s)")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    source = corpus.load_source(args.shared)
    megabytes = corpus.utf8_size(source.articles) / MB
    notes: list[str] = []
    commands = [harness.this_command()]
    announce("the Rust core's stages…")
    stages = harness.rust_core("stages", source.articles, args.repetitions, notes, commands)
    core = harness.rust_core("analyze", source.articles, args.repetitions, notes, commands)
    if stages is None or core is None:
        sys.exit("\n".join(notes))
    announce("quotehound.analyze…")
    python = python_seconds(source.articles, args.repetitions)
    report = render(source, megabytes, stages, core, python, commands, load)
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report + "\n", encoding="utf-8")
    announce(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
