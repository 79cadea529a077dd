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
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

import corpus
import quotehound
from quotehound import _core

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "sentences.md"
CORE_SEPARATOR = "\x1e"
LINEAR_REPETITIONS = 3
MB = 1e6
STRESS_TEXTS: list[tuple[str, Callable[[str], str]]] = [
    ("ordinary news", str),
    ("no punctuation, no line breaks (one sentence)", corpus.without_punctuation),
    ("no white space (one word)", corpus.without_spaces),
]
"""The texts of the linear-time check: a name, and how to make the text from news text."""

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
        Contender(PUBLIC_SUBSET, quotehound.sentences, corpus=SUBSET),
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
            return [text[a:b] for a, b in zip(bounds, bounds[1:])]
        # ICU counts UTF-16 code units: characters beyond the BMP take two.
        units = text.encode("utf-16-le")
        return [units[2 * a : 2 * b].decode("utf-16-le") for a, b in zip(bounds, bounds[1:])]

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
            notes.append(f"{package} is not installed ({error}): skipped. `bash benches/install_peers.sh .venv/bin/python` installs the peers.")
    return found


# --- timing in this process -----------------------------------------------------------------------


def fresh_copies(texts: list[str]) -> list[str]:
    """New string objects equal to ``texts``, as if just read from disk: none of them carries the
    UTF-8 copy that CPython caches on a string once an extension has asked for it."""
    return [text.encode("utf-8").decode("utf-8") for text in texts]


def one_pass(contender: Contender, texts: list[str]) -> tuple[float, int]:
    """Seconds to split every text once, and the number of sentences found."""
    found = 0
    start = time.perf_counter()
    for text in texts:
        found += contender.count(contender.split(text))
    return time.perf_counter() - start, found


def time_contenders(contenders: list[Contender], corpora: dict[str, list[str]], repetitions: int) -> dict[str, Timing]:
    """Median-ready timings of every contender; the passes of the contenders interleave, so that
    a slow drift of the machine affects them all alike."""
    timings = {c.name: Timing(c.name, c.corpus, corpus.utf8_size(corpora[c.corpus]) / MB, diagnostic=c.diagnostic) for c in contenders}
    for contender in contenders:
        contender.split(corpora[contender.corpus][0])
    for repetition in range(repetitions):
        for contender in contenders:
            texts = fresh_copies(corpora[contender.corpus])
            gc.collect()
            seconds, found = one_pass(contender, texts)
            timings[contender.name].seconds.append(seconds)
            timings[contender.name].sentences = found
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
        run = subprocess.run(command, cwd=corpus.ROOT, stdout=subprocess.PIPE, text=True)
    if run.returncode != 0:
        notes.append(f"Rust core not measured: `{' '.join(command[:4])}` exited with {run.returncode}.")
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def probe_memory(call: str, megabytes: float, shared: Path) -> dict:
    """Peak memory of one call on one long text, measured by benches/memory_probe.py."""
    command = [sys.executable, str(HERE / "memory_probe.py"), call, str(megabytes), "--shared", str(shared)]
    return json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout)


def linear_check(articles: list[str], megabytes: float) -> list[dict]:
    """Seconds per MB of `quotehound.sentences` on one long text of each kind."""
    news = corpus.news_text(articles)
    rows = []
    for name, make in STRESS_TEXTS:
        text = corpus.repeat_text(make(news), int(megabytes * MB))
        samples = []
        for _ in range(LINEAR_REPETITIONS):
            gc.collect()
            seconds, found = one_pass(Contender(name, quotehound.sentences), [text])
            samples.append(seconds)
        size = len(text.encode("utf-8")) / MB
        rows.append({"text": name, "megabytes": size, "sentences": found, "seconds": statistics.median(samples)})
        del text
    return rows
