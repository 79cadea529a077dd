"""A whole novel in one call: `quotehound.analyze` on Pride and Prejudice (0.7 MB) and on the novel
repeated two and four times, beside the news corpus one article a call, in one run.

    python benches/bench_novel.py [--shared DIR] [--repetitions N] [--quick]

A novel is one long text of dialogue: its exchanges, speakers and pronouns run through the whole
of it, so a stage that looked back over all the speakers or paragraphs so far would slow down as
the novel grows. The figures are medians over the passes, each on fresh copies of the strings;
the novels' MB/s over the news' is the ratio to read, as both share the machine's load. Reads
``fiction/pdnc.dev.jsonl`` of the shared data (never copied into the repository) and says so
where it is absent. Prints a markdown table and writes it to benches/results/novel.md.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import corpus
import harness
import quotehound
from harness import MB, Contender, announce, table

RESULTS = harness.RESULTS / "novel.md"
NOVEL_FILE = Path("fiction") / "pdnc.dev.jsonl"
NOVEL = "pdnc:PrideAndPrejudice"


@dataclass(frozen=True)
class Settings:
    repetitions: int
    copies: tuple[int, ...]


FULL = Settings(repetitions=7, copies=(1, 2, 4))
QUICK = Settings(repetitions=2, copies=(1, 2))


def load_novel(shared: Path) -> str | None:
    """The text of the novel, or None where the shared fiction file is absent."""
    path = shared / NOVEL_FILE
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            novel = json.loads(line)
            if novel["id"] == NOVEL:
                return str(novel["text"])
    return None


def measure(settings: Settings, shared: Path) -> dict:
    novel = load_novel(shared)
    if novel is None:
        return {"skipped": f"{shared / NOVEL_FILE} not found (or {NOVEL} not in it): no novel to time"}
    source = corpus.load_source(shared)
    corpora = {"news": source.articles, **{f"novel x{n}": ["\n\n".join([novel] * n)] for n in settings.copies}}
    contenders = [Contender(name, quotehound.analyze, name, count=lambda doc: len(doc.quotes)) for name in corpora]
    announce(f"timing analyze on news and on {NOVEL} ×{settings.copies}, {settings.repetitions} passes")
    timings = harness.time_contenders(contenders, corpora, settings.repetitions)
    load = os.getloadavg()[0]
    return {"timings": timings, "news": source.description, "load": load}


def render(result: dict) -> str:
    lines = ["# A whole novel in one call", ""]
    if "skipped" in result:
        return "\n".join([*lines, result["skipped"], ""])
    timings = result["timings"]
    news = timings["news"].throughput
    rows = []
    for name, timing in timings.items():
        ratio = "1.00" if name == "news" else f"{timing.throughput / news:.2f}"
        rows.append([name, f"{timing.megabytes:.2f}", f"{timing.median:.3f}", f"{timing.throughput:.1f}", ratio, f"{timing.found:,}"])
    lines.append(table(["text", "MB", "seconds (median)", "MB/s", "× news MB/s", "quotations"], rows))
    lines += [
        "",
        f"- news: {result['news']}, one `analyze` call per article; a novel: one call on the whole text.",
        harness.load_line(result["load"]),
        "",
        "## Command",
        "",
        f"    {harness.this_command()}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    harness.run(argv, description=__doc__.split("\n\n")[0], results=RESULTS, full=FULL, quick=QUICK, measure=measure, render=render)


if __name__ == "__main__":
    main()
