"""Sentence segmentation: speed and memory of quotehound against its peers, side by side in one run.

    python benches/bench_sentences.py [--quick] [--shared DIR] [--repetitions N]

Every segmenter runs single-threaded, once per article, as users call it, on the same corpus of
English news (at least 20 MB; `--quick`: at least 2 MB). pySBD is far slower than the rest and runs
on a leading subset of the corpus, next to quotehound on the same subset. Reports medians over the
repetitions, the split of quotehound's time between the Rust core, the binding and the Python
layer, the peak memory of one ~100 MB call in a fresh process and the time per MB on text without
punctuation or without spaces. Prints a markdown report and writes it to benches/results/.

The peers are installed by benches/install_peers.sh (run by `make bench`); a missing one is
skipped with a note.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

import corpus
import quotehound
from quotehound import _core

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "sentences.md"
CORE_SEPARATOR = "\x1e"
LINEAR_REPETITIONS = 3
SUBSET_ROUNDS = 20
MB = 1e6

MAIN = "main"
SUBSET = "subset"
PUBLIC = "`quotehound.sentences` (dataclasses)"
COLUMNS = "`quotehound._core.sentences` (columns)"
PUBLIC_NO_GC = "`quotehound.sentences`, cyclic GC paused"
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


@dataclass(frozen=True)
class Contender:
    """A sentence splitter called once per article, and how to count what it returns."""

    name: str
    split: Callable[[str], Any]
    corpus: str = MAIN
    count: Callable[[Any], int] = len
    diagnostic: bool = False
    rounds: int = 1
    """Times the corpus is gone through in each pass, for a pass long enough to time well."""


@dataclass
class Timing:
    """The seconds each pass over a corpus took, and the sentences found in one pass."""

    name: str
    corpus: str
    megabytes: float
    seconds: list[float] = field(default_factory=list)
    sentences: int = 0
    diagnostic: bool = False

    @property
    def median(self) -> float:
        """Median seconds of a pass."""
        return statistics.median(self.seconds)

    @property
    def throughput(self) -> float:
        """Median megabytes of UTF-8 per second."""
        return self.megabytes / self.median


@dataclass
class Report:
    """Everything measured, and what could not be."""

    settings: Settings
    source: corpus.Source
    corpora: dict[str, list[str]]
    timings: dict[str, Timing] = field(default_factory=dict)
    slicing_seconds: float = 0.0
    rust: dict | None = None
    memory: list[dict] = field(default_factory=list)
    linear: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    load: float = field(default_factory=lambda: os.getloadavg()[0])


# --- the contenders -------------------------------------------------------------------------------


def columns_count(columns: tuple) -> int:
    """The number of sentences in the columns `_core.sentences` returns."""
    return len(columns[0])


def gc_paused(split: Callable[[str], Any]) -> Callable[[str], Any]:
    """``split`` with Python's cyclic garbage collector paused during each call."""

    def run(text: str) -> Any:
        gc.disable()
        try:
            return split(text)
        finally:
            gc.enable()

    return run


def quotehound_contenders() -> list[Contender]:
    """quotehound's public call, its binding alone, and the public call without the cyclic GC."""
    return [
        Contender(PUBLIC, quotehound.sentences),
        Contender(COLUMNS, _core.sentences, count=columns_count),
        Contender(PUBLIC_NO_GC, gc_paused(quotehound.sentences), diagnostic=True),
        Contender(PUBLIC_SUBSET, quotehound.sentences, corpus=SUBSET, rounds=SUBSET_ROUNDS),
    ]


def sentencex_contender() -> Contender:
    """sentencex, its generator consumed into a list."""
    import sentencex

    return Contender(SENTENCEX, lambda text: list(sentencex.segment("en", text)))


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

    return Contender(ICU, split)


def pysbd_contender() -> Contender:
    """pySBD with its text left as it is, on the subset."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return Contender(PYSBD, segmenter.segment, corpus=SUBSET)


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


# --- timing in this process -----------------------------------------------------------------------


def fresh_copies(texts: list[str]) -> list[str]:
    """New string objects equal to ``texts``, as if just read from disk: none of them carries the
    UTF-8 copy that CPython caches on a string once an extension has asked for it."""
    return [text.encode("utf-8").decode("utf-8") for text in texts]


def one_pass(split: Callable[[str], Any], count: Callable[[Any], int], texts: list[str]) -> tuple[float, int]:
    """Seconds to split every text once, and the number of sentences found."""
    found = 0
    start = time.perf_counter()
    for text in texts:
        found += count(split(text))
    return time.perf_counter() - start, found


def time_contenders(contenders: list[Contender], corpora: dict[str, list[str]], repetitions: int) -> dict[str, Timing]:
    """Median-ready timings of every contender; the passes of the contenders interleave, so that
    a slow drift of the machine affects them all alike."""
    timings = {c.name: Timing(c.name, c.corpus, corpus.utf8_size(corpora[c.corpus]) / MB, diagnostic=c.diagnostic) for c in contenders}
    for contender in contenders:
        contender.split(corpora[contender.corpus][0])
    for repetition in range(repetitions):
        for contender in contenders:
            texts = fresh_copies(corpora[contender.corpus] * contender.rounds)
            gc.collect()
            seconds, found = one_pass(contender.split, contender.count, texts)
            timings[contender.name].seconds.append(seconds / contender.rounds)
            timings[contender.name].sentences = found // contender.rounds
        print(f"  pass {repetition + 1}/{repetitions} done", file=sys.stderr)
    return timings


def time_slicing(articles: list[str], repetitions: int) -> float:
    """Median seconds to cut the sentence texts out of every article, given the columns: the
    step that `quotehound.sentences` adds to `_core.sentences` besides making dataclasses."""
    columns = [_core.sentences(text) for text in articles]
    samples = []
    for _ in range(repetitions):
        gc.collect()
        start = time.perf_counter()
        for text, (starts, ends, _paragraphs) in zip(articles, columns):
            list(map(text.__getitem__, map(slice, starts, ends)))
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


# --- the Rust core, memory and linear time, each in a process of its own ---------------------------


def rust_core(articles: list[str], repetitions: int, notes: list[str]) -> dict | None:
    """Builds and runs the Rust benchmark (benches/core_throughput.rs) on the same articles."""
    if any(CORE_SEPARATOR in article for article in articles):
        notes.append("Rust core not measured: an article contains the separator U+001E.")
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        path.write_text(CORE_SEPARATOR.join(articles), encoding="utf-8")
        command = ["cargo", "bench", "--bench", "core_throughput", "--", str(path), str(repetitions)]
        print("$ " + " ".join(command), file=sys.stderr)
        run = subprocess.run(command, check=False, cwd=corpus.ROOT, stdout=subprocess.PIPE, text=True)
    if run.returncode != 0:
        notes.append(f"Rust core not measured: `{' '.join(command[:4])}` exited with {run.returncode}.")
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def probe_memory(call: str, megabytes: float, shared: Path) -> dict:
    """Peak memory of one call on one long text, measured by benches/memory_probe.py."""
    command = [sys.executable, str(HERE / "memory_probe.py"), call, str(megabytes), "--shared", str(shared)]
    return json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout)


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
        seconds, found = one_pass(split, len, [text])
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

ORDER = [RUST_CORE, COLUMNS, PUBLIC, PUBLIC_NO_GC, SENTENCEX, ICU, PUBLIC_SUBSET, PYSBD]


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def cpu_model() -> str:
    """The processor's name, as the system gives it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


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


def size(nbytes: int) -> str:
    """A size in MB, or in kB when below a tenth of an MB."""
    return f"{nbytes / MB:.2f} MB" if nbytes >= MB / 10 else f"{nbytes / 1e3:.1f} kB"


def header_section(report: Report) -> str:
    """What was run, on what, and how."""
    main, subset = report.corpora[MAIN], report.corpora[SUBSET]
    rounds = len(main) // len(report.source.articles)
    lines = [
        "# Sentence segmentation: speed and memory",
        "",
        f"- Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {cpu_model()}, one thread; {versions()}.",
        (
            f"- Corpus: {report.source.description}, {size(corpus.utf8_size(report.source.articles))}, repeated {rounds}×: "
            f"{len(main)} articles, {size(corpus.utf8_size(main))} (1 MB = 10^6 bytes of UTF-8). Each segmenter is called once per article."
        ),
        (
            f"- pySBD is too slow for the whole corpus: it runs on the first {len(subset)} articles ({size(corpus.utf8_size(subset))}), "
            "and is compared with quotehound on that same subset."
        ),
        f"- Load average when the run began: {report.load:.2f} (on {os.cpu_count()} cores); figures drift when other work shares the machine.",
        (
            f"- Medians of {report.settings.repetitions} passes over the corpus; the segmenters take turns within each pass; "
            "every pass gets fresh copies of the strings, as texts just read would be."
        ),
    ]
    if report.source.fallback:
        lines.insert(2, "**FALLBACK CORPUS: the shared news data was not found; figures come from one sample article repeated.**\n")
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
            [label, f"{timing.megabytes:.2f}", f"{timing.median:.3f}", f"**{timing.throughput:.1f}**", f"{timing.sentences:,}", ratio]
        )
    headers = ["segmenter", "MB", "median s", "MB/s", "sentences", "`quotehound.sentences` is … as fast"]
    return "## Throughput, per article\n\n" + table(headers, rows)


def split_steps(report: Report) -> list[tuple[str, float, str]]:
    """The steps of `quotehound.sentences` with their seconds over the corpus and how each was had."""
    public, columns = report.timings[PUBLIC].median, report.timings[COLUMNS].median
    paused = report.timings[PUBLIC_NO_GC].median
    python_layer = public - columns - report.slicing_seconds
    steps = []
    if report.rust:
        core, offsets = report.rust["sentences_seconds"], report.rust["offsets_seconds"]
        steps += [
            ("Rust core: paragraphs and sentences", core, "Rust benchmark"),
            ("Rust: byte offsets → character offsets", offsets, "Rust benchmark"),
            ("binding: str → UTF-8, lists of ints", columns - core - offsets, "`_core.sentences` − the two above"),
        ]
    else:
        steps.append(("core and binding (`_core.sentences`)", columns, "measured"))
    steps += [
        ("Python: cutting out the sentence texts", report.slicing_seconds, "measured on the columns"),
        ("Python: making the dataclasses and the list", python_layer, "public − `_core` − cutting"),
        ("… of which the cyclic garbage collector", public - paused, "public − public with GC paused"),
        ("total: `quotehound.sentences`", public, "measured"),
    ]
    return steps


def split_section(report: Report) -> str:
    """Where the time of the public call goes, in milliseconds per MB of corpus."""
    public = report.timings[PUBLIC].median
    megabytes = report.timings[PUBLIC].megabytes
    rows = [[step, f"{seconds / megabytes * 1e3:.2f}", f"{seconds / public:.0%}", how] for step, seconds, how in split_steps(report)]
    note = "\n\nThe Rust benchmark is a separate release build of the core without the Python feature; the differences are between medians, and one within the noise can come out below zero."
    return "## Where the time of `quotehound.sentences` goes\n\n" + table(["step", "ms per MB", "share", "how"], rows) + note


def memory_section(report: Report) -> str:
    """Peak resident memory of one call on one long text, against the size of that text."""
    rows = []
    for probe in report.memory:
        nbytes, increase = probe["input_bytes"], probe["peak_bytes"] - probe["baseline_bytes"]
        name = PUBLIC if probe["call"] == "public" else COLUMNS
        rows.append(
            [
                name,
                f"{nbytes / MB:.1f}",
                f"{probe['str_bytes'] / MB:.0f}",
                f"{probe['baseline_bytes'] / MB:.0f}",
                f"{probe['peak_bytes'] / MB:.0f}",
                f"{increase / MB:.0f}",
                f"**{increase / nbytes:.2f}×**",
                f"{probe['peak_bytes'] / nbytes:.2f}×",
                f"{probe['sentences']:,}",
                f"{probe['seconds']:.2f}",
            ]
        )
    headers = [
        "call",
        "input MB (UTF-8)",
        "str object MB",
        "RSS before MB",
        "peak RSS MB",
        "increase MB",
        "increase ÷ input",
        "peak ÷ input",
        "sentences",
        "s (cold process)",
    ]
    note = (
        "\n\nEach call runs once in a fresh interpreter on one string of news text repeated; RSS before is the peak "
        "(`ru_maxrss`) once the string is built, and includes the string itself (its size in memory: str object MB)."
    )
    return "## Memory: one long text\n\n" + table(headers, rows) + note


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
        ("`quotehound.sentences` ≥ 300× pySBD", *as_fast(PYSBD, PUBLIC_SUBSET, 300.0)),
    ]
    core = timings.get(RUST_CORE)
    rows.append(("Rust core ≥ 300 MB/s", *((f"{core.throughput:.0f} MB/s", core.throughput >= 300) if core else ("–", None))))
    public = next((p for p in report.memory if p["call"] == "public"), None)
    if public:
        increase = (public["peak_bytes"] - public["baseline_bytes"]) / public["input_bytes"]
        rows.append((f"peak RSS increase < 4× input ({public['input_bytes'] / MB:.0f} MB)", f"{increase:.2f}×", increase < 4))
    return rows


def targets_section(report: Report) -> str:
    """Whether each target is met."""
    verdicts = {None: "not measured", True: "met", False: "**NOT MET**"}
    rows = [[name, measured, verdicts[met]] for name, measured, met in targets(report)]
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
    if all(name in report.timings for name in (PUBLIC, COLUMNS, PUBLIC_NO_GC)):
        sections.append(split_section(report))
    sections += [memory_section(report), linear_section(report), targets_section(report), notes_section(report)]
    return "\n\n".join(sections) + "\n"


# --- the run --------------------------------------------------------------------------------------


def measure(settings: Settings, shared: Path) -> Report:
    """Runs every measurement, announcing each on standard error."""
    source = corpus.load_source(shared)
    main = corpus.repeat_to_size(source.articles, settings.corpus_bytes)
    report = Report(settings, source, {MAIN: main, SUBSET: corpus.leading_subset(main, settings.pysbd_bytes)})
    contenders = quotehound_contenders() + peer_contenders(report.notes)
    print(f"timing {len(contenders)} segmenters, {settings.repetitions} passes…", file=sys.stderr)
    report.timings = time_contenders(contenders, report.corpora, settings.repetitions)
    report.slicing_seconds = time_slicing(main, settings.repetitions)
    print("the Rust core…", file=sys.stderr)
    report.rust = rust_core(main, settings.repetitions, report.notes)
    if report.rust:
        rust = report.rust
        report.timings[RUST_CORE] = Timing(RUST_CORE, MAIN, rust["bytes"] / MB, [rust["sentences_seconds"]], rust["sentences"])
    print(f"memory on {settings.memory_megabytes:g} MB, in fresh processes…", file=sys.stderr)
    report.memory = [probe_memory(call, settings.memory_megabytes, shared) for call in ("public", "columns")]
    print(f"linear time on {settings.memory_megabytes:g} MB texts…", file=sys.stderr)
    report.linear = linear_check(source.articles, settings.memory_megabytes)
    return report


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smaller corpus, for a smoke test")
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--repetitions", type=int, help="passes over the corpus (default: 5, or 3 with --quick)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Measures, prints the report and writes it to benches/results/sentences.md."""
    args = parse_arguments(argv)
    settings = QUICK if args.quick else FULL
    if args.repetitions:
        settings = Settings(settings.corpus_bytes, settings.pysbd_bytes, settings.memory_megabytes, max(1, args.repetitions))
    text = render(measure(settings, args.shared))
    print(text)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(f"written to {RESULTS.relative_to(corpus.ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
