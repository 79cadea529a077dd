"""Sentence segmentation: speed and memory of quotehound against its peers, side by side in one run.

    python benches/bench_sentences.py [--quick] [--shared DIR] [--repetitions N]

Every segmenter runs single-threaded, once per article, as users call it, on the same corpus of
English news (at least 20 MB; `--quick`: at least 2 MB). pySBD is far slower than the rest and runs
on a leading subset of the corpus, next to quotehound on the same subset. Reports medians over the
repetitions, the split of quotehound's time between the Rust core and the binding, the peak
memory of one ~100 MB call in a fresh process and the time per MB on text without punctuation or
without spaces. Prints a markdown report and writes it to benches/results/sentences.md.

The peers are installed by benches/install_peers.sh (run by `make bench`); a missing one is
skipped with a note.
"""

from __future__ import annotations

import gc
import itertools
import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import corpus
import harness
import quotehound
from harness import MB, Contender, Timing, announce, gc_paused, table

RESULTS = harness.RESULTS / "sentences.md"
LINEAR_REPETITIONS = 3
SUBSET_ROUNDS = 20

MAIN = "main"
SUBSET = "subset"
PUBLIC = "`quotehound.sentences` (dataclasses)"
PUBLIC_NO_GC = "`quotehound.sentences`, cyclic GC paused"
PUBLIC_READ = "`quotehound.sentences`, every sentence's text read"
PUBLIC_SUBSET = "`quotehound.sentences` (dataclasses), pySBD subset"
SENTENCEX = "sentencex `segment('en', text)`"
ICU = "ICU `BreakIterator` sentence instance (PyICU)"
PYSBD = "pySBD `Segmenter(language='en', clean=False)`"
RUST_CORE = "Rust core `quotehound::sentences`"


@dataclass(frozen=True)
class Settings:
    """How much text each part of the benchmark uses, and how often it repeats."""

    corpus_bytes: int
    pysbd_bytes: int
    memory_megabytes: float
    repetitions: int


FULL = Settings(corpus_bytes=20_000_000, pysbd_bytes=1_000_000, memory_megabytes=100, repetitions=5)
QUICK = Settings(corpus_bytes=2_000_000, pysbd_bytes=100_000, memory_megabytes=10, repetitions=3)


@dataclass
class Report:
    """Everything measured, and what could not be."""

    settings: Settings
    source: corpus.Source
    corpora: dict[str, list[str]]
    timings: dict[str, Timing] = field(default_factory=dict)
    rust: dict | None = None
    memory: dict | None = None
    linear: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=lambda: [harness.this_command()])
    load: float = field(default_factory=lambda: os.getloadavg()[0])


# --- the contenders -------------------------------------------------------------------------------


def quotehound_contenders() -> list[Contender]:
    """quotehound's public call, the same without the cyclic GC, and on pySBD's subset."""
    return [
        Contender(PUBLIC, quotehound.sentences, MAIN),
        Contender(PUBLIC_NO_GC, gc_paused(quotehound.sentences), MAIN, diagnostic=True),
        # The peers return strings; a sentence makes its text when first read, so this is the like-for-like call.
        Contender(PUBLIC_READ, lambda text: [s.text for s in quotehound.sentences(text)], MAIN),
        Contender(PUBLIC_SUBSET, quotehound.sentences, SUBSET, rounds=SUBSET_ROUNDS),
    ]


def sentencex_contender() -> Contender:
    """sentencex, its generator consumed into a list."""
    import sentencex

    return Contender(SENTENCEX, lambda text: list(sentencex.segment("en", text)), MAIN)


def icu_contender() -> Contender:
    """ICU's UAX #29 sentence break iterator, its boundaries collected into a list of strings."""
    import icu

    breaker = icu.BreakIterator.createSentenceInstance(icu.Locale.getEnglish())

    def split(text: str) -> list[str]:
        breaker.setText(text)
        bounds = [0, *breaker]
        if text.isascii() or len(text) == len(text.encode("utf-16-le")) // 2:
            return [text[a:b] for a, b in itertools.pairwise(bounds)]
        # ICU counts UTF-16 code units: characters beyond the BMP take two.
        units = text.encode("utf-16-le")
        return [units[2 * a : 2 * b].decode("utf-16-le") for a, b in itertools.pairwise(bounds)]

    return Contender(ICU, split, MAIN)


def pysbd_contender() -> Contender:
    """pySBD with its text left as it is, on the subset."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return Contender(PYSBD, segmenter.segment, SUBSET)


def peer_contenders(notes: list[str]) -> list[Contender]:
    """The peers that are installed; a note for each one that is not."""
    found = []
    for make, package in ((sentencex_contender, "sentencex"), (icu_contender, "PyICU"), (pysbd_contender, "pysbd")):
        try:
            found.append(make())
        except ImportError as error:
            notes.append(
                f"{package} is not installed ({error}): skipped. `bash benches/install_peers.sh .venv/bin/python` installs the peers."
            )
    return found


# --- linear time ---------------------------------------------------------------------------------


def linear_cases() -> list[tuple[str, Callable[[str], str], Callable[[str], Any]]]:
    """The cases of the linear-time check: a name, how to make the text from news text, the call."""
    return [
        ("ordinary news", str, quotehound.sentences),
        ("_ordinary news, cyclic GC paused (diagnostic)_", str, gc_paused(quotehound.sentences)),
        ("no punctuation, no line breaks (one sentence)", corpus.without_punctuation, quotehound.sentences),
        ("no white space (one word)", corpus.without_spaces, quotehound.sentences),
    ]


def time_long_text(split: Callable[[str], Any], text: str) -> dict:
    """Median seconds of one call on ``text``, with the size of the text and the sentences found."""
    samples = []
    for _ in range(LINEAR_REPETITIONS):
        gc.collect()
        seconds, found = harness.one_pass(split, len, [text])
        samples.append(seconds)
    return {"megabytes": len(text.encode("utf-8")) / MB, "sentences": found, "seconds": statistics.median(samples)}


def linear_check(articles: list[str], megabytes: float) -> list[dict]:
    """Each case timed on one text of a tenth of ``megabytes`` and on one of ``megabytes``: in
    linear time, the seconds per MB stay the same."""
    news = corpus.news_text(articles)
    rows = []
    for name, make, split in linear_cases():
        base = make(news)
        small = time_long_text(split, corpus.repeat_text(base, int(megabytes * MB / 10)))
        rows.append({"text": name, "small": small, **time_long_text(split, corpus.repeat_text(base, int(megabytes * MB)))})
    return rows


# --- the report -----------------------------------------------------------------------------------

ORDER = [RUST_CORE, PUBLIC, PUBLIC_NO_GC, PUBLIC_READ, SENTENCEX, ICU, PUBLIC_SUBSET, PYSBD]


def versions() -> str:
    """The versions of Python, quotehound and the installed peers."""
    parts = [f"Python {platform.python_version()}", f"quotehound {quotehound.__version__} (release build)"]
    for package in ("sentencex", "PyICU", "pysbd"):
        try:
            parts.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    try:
        import icu

        parts.append(f"ICU {icu.ICU_VERSION}")
    except ImportError:
        pass
    return ", ".join(parts)


def header_section(report: Report) -> str:
    """What was run, on what, and how."""
    main, subset = report.corpora[MAIN], report.corpora[SUBSET]
    rounds = len(main) // len(report.source.articles)
    lines = [
        "# Sentence segmentation: speed and memory",
        "",
        harness.run_line(versions()),
        (
            f"- Corpus: {report.source.description}, {harness.size(corpus.utf8_size(report.source.articles))}, repeated {rounds}×: "
            f"{len(main)} articles, {harness.size(corpus.utf8_size(main))} (1 MB = 10^6 bytes of UTF-8). Each segmenter is called once per article."
        ),
        (
            f"- pySBD is too slow for the whole corpus: it runs on the first {len(subset)} articles ({harness.size(corpus.utf8_size(subset))}), "
            "and is compared with quotehound on that same subset."
        ),
        harness.load_line(report.load),
        (
            f"- Medians of {report.settings.repetitions} passes over the corpus; the segmenters take turns within each pass; "
            "every pass gets fresh copies of the strings, as texts just read would be."
        ),
    ]
    if report.source.fallback:
        lines.insert(2, harness.FALLBACK_WARNING)
    return "\n".join(lines)


def ratio_reference(report: Report, timing: Timing) -> Timing | None:
    """The `quotehound.sentences` timing on the same corpus as ``timing``."""
    return report.timings.get(PUBLIC_SUBSET if timing.corpus == SUBSET else PUBLIC)


def throughput_section(report: Report) -> str:
    """Median throughput of every segmenter, and how many times faster quotehound is."""
    rows = []
    for name in (n for n in ORDER if n in report.timings):
        timing = report.timings[name]
        reference = ratio_reference(report, timing)
        ratio = f"{timing.median / reference.median:.2f}×" if reference else "–"
        label = f"_{name} (diagnostic)_" if timing.diagnostic else name
        rows.append(
            [label, f"{timing.megabytes:.2f}", f"{timing.median:.3f}", f"**{timing.throughput:.1f}**", f"{timing.found:,}", ratio]
        )
    headers = ["segmenter", "MB", "median s", "MB/s", "sentences", "`quotehound.sentences` is … as fast"]
    return "## Throughput, per article\n\n" + table(headers, rows)


def memory_section(report: Report) -> str:
    """Peak resident memory of one call on one long text, against the size of that text."""
    row = harness.memory_row(report.memory, PUBLIC, f"{report.memory['found']['sentences']:,} sentences")
    return "## Memory: one long text\n\n" + table(harness.MEMORY_HEADERS, [row]) + harness.MEMORY_NOTE


def linear_section(report: Report) -> str:
    """Seconds per MB of `quotehound.sentences` on ordinary and degenerate long texts, at two sizes."""
    news = report.linear[0]["seconds"] / report.linear[0]["megabytes"]
    rows = []
    for row in report.linear:
        per_mb = row["seconds"] / row["megabytes"]
        small = row["small"]["seconds"] / row["small"]["megabytes"]
        rows.append(
            [
                row["text"],
                f"{row['megabytes']:.1f}",
                f"{row['sentences']:,}",
                f"{row['seconds']:.3f}",
                f"**{per_mb * 1e3:.2f}**",
                f"{per_mb / news:.2f}",
                f"{small * 1e3:.2f}",
                f"{per_mb / small:.2f}",
            ]
        )
    headers = [
        "text (one string)",
        "MB",
        "sentences",
        "median s",
        "ms per MB",
        "÷ ordinary news",
        "ms per MB at a tenth of the size",
        "growth",
    ]
    note = f"\n\nMedians of {LINEAR_REPETITIONS} calls. Growth is ms per MB on the full text ÷ ms per MB on a tenth of it: about 1 in linear time, about 10 if quadratic."
    return "## Linear time: `quotehound.sentences` on one long text\n\n" + table(headers, rows) + note


def targets(report: Report) -> list[tuple[str, str, bool | None]]:
    """Each target, the figure measured for it, and whether it is met (None: not measured)."""
    timings = report.timings

    def as_fast(peer: str, reference: str, least: float) -> tuple[str, bool | None]:
        if peer not in timings:
            return "–", None
        ratio = timings[peer].median / timings[reference].median
        return f"{ratio:.2f}× as fast", ratio > least

    rows = [
        ("`quotehound.sentences` faster than sentencex", *as_fast(SENTENCEX, PUBLIC, 1.0)),
        ("`quotehound.sentences` faster than ICU", *as_fast(ICU, PUBLIC, 1.0)),
        ("the same, every sentence's text read, faster than sentencex", *as_fast(SENTENCEX, PUBLIC_READ, 1.0)),
        ("the same, every sentence's text read, faster than ICU", *as_fast(ICU, PUBLIC_READ, 1.0)),
        ("`quotehound.sentences` ≥ 300× pySBD", *as_fast(PYSBD, PUBLIC_SUBSET, 300.0)),
    ]
    core = timings.get(RUST_CORE)
    rows.append(("Rust core ≥ 300 MB/s", *((f"{core.throughput:.0f} MB/s", core.throughput >= 300) if core else ("–", None))))
    public = report.memory
    if public:
        increase = (public["peak_bytes"] - public["baseline_bytes"]) / public["input_bytes"]
        rows.append((f"peak RSS increase < 4× input ({public['input_bytes'] / MB:.0f} MB)", f"{increase:.2f}×", increase < 4))
    return rows


def targets_section(report: Report) -> str:
    """Whether each target is met."""
    rows = [[name, measured, harness.verdict(met)] for name, measured, met in targets(report)]
    return "## Targets\n\n" + table(["target", "measured", "verdict"], rows)


def notes_section(report: Report) -> str:
    """What the figures need to be read right, and what could not be measured."""
    notes = report.notes + [
        (
            "Sentence counts are as each tool returns them: sentencex and ICU also return the white space between paragraphs "
            "as items of their own, and ICU's UAX #29 rules know no abbreviations."
        ),
        (
            "`quotehound.sentences` returns frozen, slotted dataclasses (index, start, end, text, paragraph); sentencex, ICU "
            "and pySBD return strings only."
        ),
    ]
    return "## Notes\n\n" + "\n".join(f"- {note}" for note in notes)


def render(report: Report) -> str:
    """The whole report, as markdown."""
    sections = [header_section(report), throughput_section(report)]
    if report.rust:
        timings = report.timings
        sections.append(harness.split_section(PUBLIC, "paragraphs and sentences", timings[PUBLIC], timings[PUBLIC_NO_GC], report.rust))
    sections += [memory_section(report), linear_section(report), targets_section(report), notes_section(report)]
    sections.append(harness.commands_section(report.commands))
    return "\n\n".join(sections) + "\n"


# --- the run --------------------------------------------------------------------------------------


def measure(settings: Settings, shared: Path) -> Report:
    """Runs every measurement, announcing each on standard error."""
    source = corpus.load_source(shared)
    main = corpus.repeat_to_size(source.articles, settings.corpus_bytes)
    report = Report(settings, source, {MAIN: main, SUBSET: corpus.leading_subset(main, settings.pysbd_bytes)})
    contenders = quotehound_contenders() + peer_contenders(report.notes)
    announce(f"timing {len(contenders)} segmenters, {settings.repetitions} passes…")
    report.timings = harness.time_contenders(contenders, report.corpora, settings.repetitions)
    announce("the Rust core…")
    report.rust = harness.rust_core("sentences", main, settings.repetitions, report.notes, report.commands)
    if report.rust:
        rust = report.rust
        report.timings[RUST_CORE] = Timing(RUST_CORE, MAIN, rust["bytes"] / MB, [rust["seconds"]], rust["sentences"])
    announce(f"memory on {settings.memory_megabytes:g} MB, in a fresh process…")
    report.memory = harness.probe_memory("sentences", settings.memory_megabytes, shared, report.commands)
    announce(f"linear time on {settings.memory_megabytes:g} MB texts…")
    report.linear = linear_check(source.articles, settings.memory_megabytes)
    return report


def main(argv: list[str] | None = None) -> None:
    """Measures, prints the report and writes it to benches/results/sentences.md."""
    harness.run(argv, description=__doc__, results=RESULTS, full=FULL, quick=QUICK, measure=measure, render=render)


if __name__ == "__main__":
    main()
