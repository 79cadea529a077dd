"""What the benchmarks share: timing calls over a corpus, the Rust core and memory probes in
processes of their own, and the pieces of a markdown report.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import corpus

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CORE_SEPARATOR = "\x1e"
"""Separates the articles of a corpus file handed to another process."""
MB = 1e6


@dataclass(frozen=True)
class Contender:
    """A function called once per article, and how to count what it returns."""

    name: str
    call: Callable[[str], Any]
    corpus: str
    count: Callable[[Any], int] = len
    diagnostic: bool = False
    rounds: int = 1
    """Times the corpus is gone through in each pass, for a pass long enough to time well."""


@dataclass
class Timing:
    """The seconds each pass over a corpus took, and the items found in one pass."""

    name: str
    corpus: str
    megabytes: float
    seconds: list[float] = field(default_factory=list)
    found: int = 0
    diagnostic: bool = False

    @property
    def median(self) -> float:
        """Median seconds of a pass."""
        return statistics.median(self.seconds)

    @property
    def throughput(self) -> float:
        """Median megabytes of UTF-8 per second."""
        return self.megabytes / self.median


def run(
    argv: list[str] | None,
    *,
    description: str | None,
    results: Path,
    full: Any,
    quick: Any,
    measure: Callable[[Any, Path], Any],
    render: Callable[[Any], str],
) -> None:
    """The command line every benchmark shares: `--quick` (the `quick` settings instead of
    `full`), `--shared` and `--repetitions`; measures, prints the report and writes it to
    `results`."""
    import argparse
    from dataclasses import replace

    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="less text, for a smoke test")
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--repetitions", type=int, help="passes over the corpus (default: as the settings say)")
    args = parser.parse_args(argv)
    settings = quick if args.quick else full
    if args.repetitions:
        settings = replace(settings, repetitions=max(1, args.repetitions))
    text = render(measure(settings, args.shared))
    print(text)
    results.parent.mkdir(exist_ok=True)
    results.write_text(text, encoding="utf-8")
    announce(f"written to {results.relative_to(corpus.ROOT)}")


def announce(message: str) -> None:
    """Tells on standard error what the benchmark is doing."""
    print(message, file=sys.stderr, flush=True)


def shell_line(command: list[str]) -> str:
    """A command as it would be typed, with paths under the repository made relative to it."""
    root = f"{corpus.ROOT}{os.sep}"
    return shlex.join(part.removeprefix(root) for part in command)


def this_command() -> str:
    """The command line this process was started with."""
    return shell_line([os.path.relpath(sys.executable, corpus.ROOT), *sys.argv])


# --- timing in this process -----------------------------------------------------------------------


def gc_paused(call: Callable[[str], Any]) -> Callable[[str], Any]:
    """``call`` with Python's cyclic garbage collector paused during each call."""

    def run(text: str) -> Any:
        gc.disable()
        try:
            return call(text)
        finally:
            gc.enable()

    return run


def fresh_copies(texts: list[str]) -> list[str]:
    """New string objects equal to ``texts``, as if just read from disk: none of them carries the
    UTF-8 copy that CPython caches on a string once an extension has asked for it."""
    return [text.encode("utf-8").decode("utf-8") for text in texts]


def one_pass(call: Callable[[str], Any], count: Callable[[Any], int], texts: list[str]) -> tuple[float, int]:
    """Seconds to call ``call`` on every text once, and the number of items found."""
    found = 0
    start = time.perf_counter()
    for text in texts:
        found += count(call(text))
    return time.perf_counter() - start, found


def time_contenders(contenders: list[Contender], corpora: dict[str, list[str]], repetitions: int) -> dict[str, Timing]:
    """Median-ready timings of every contender; the passes of the contenders interleave, so that
    a slow drift of the machine affects them all alike."""
    timings = {c.name: Timing(c.name, c.corpus, corpus.utf8_size(corpora[c.corpus]) / MB, diagnostic=c.diagnostic) for c in contenders}
    for contender in contenders:
        contender.call(corpora[contender.corpus][0])
    for repetition in range(repetitions):
        for contender in contenders:
            texts = fresh_copies(corpora[contender.corpus] * contender.rounds)
            gc.collect()
            seconds, found = one_pass(contender.call, contender.count, texts)
            timings[contender.name].seconds.append(seconds / contender.rounds)
            timings[contender.name].found = found // contender.rounds
        announce(f"  pass {repetition + 1}/{repetitions} done")
    return timings


# --- other processes ------------------------------------------------------------------------------


def write_corpus(articles: list[str], path: Path) -> None:
    """Writes ``articles`` to ``path``, separated by U+001E, for another process to read."""
    path.write_text(CORE_SEPARATOR.join(articles), encoding="utf-8")


def rust_core(mode: str, articles: list[str], repetitions: int, notes: list[str], commands: list[str]) -> dict | None:
    """Builds and runs the Rust benchmark (benches/core_throughput.rs) in ``mode`` on the same
    articles, and returns its figures; None, with a note, where it cannot run."""
    if any(CORE_SEPARATOR in article for article in articles):
        notes.append("Rust core not measured: an article contains the separator U+001E.")
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        write_corpus(articles, path)
        command = ["cargo", "bench", "--bench", "core_throughput", "--", mode, str(path), str(repetitions)]
        announce("$ " + shell_line(command))
        run = subprocess.run(command, check=False, cwd=corpus.ROOT, stdout=subprocess.PIPE, text=True)
    commands.append(shell_line([*command[:-2], "CORPUS", command[-1]]))
    if run.returncode != 0:
        notes.append(f"Rust core ({mode}) not measured: `{shell_line(command[:4])}` exited with {run.returncode}.")
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def probe_memory(call: str, megabytes: float, shared: Path, commands: list[str]) -> dict:
    """Peak memory of one call on one long news text, measured by benches/memory_probe.py in a
    fresh interpreter."""
    command = [sys.executable, str(HERE / "memory_probe.py"), call, f"{megabytes:g}", "--shared", str(shared)]
    commands.append(shell_line([os.path.relpath(sys.executable, corpus.ROOT), *command[1:]]))
    return json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout)


# --- the report -----------------------------------------------------------------------------------


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


def size(nbytes: int) -> str:
    """A size in MB, or in kB when below a tenth of an MB."""
    return f"{nbytes / MB:.2f} MB" if nbytes >= MB / 10 else f"{nbytes / 1e3:.1f} kB"


def run_line(versions: str) -> str:
    """When and where the run happened, with the versions of what ran."""
    return f"- Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {cpu_model()}, one thread; {versions}."


def load_line(load: float) -> str:
    """The load of the machine when the run began."""
    return f"- Load average when the run began: {load:.2f} (on {os.cpu_count()} cores); figures drift when other work shares the machine."


FALLBACK_WARNING = "**FALLBACK CORPUS: the shared news data was not found; figures come from one sample article repeated.**\n"


def commands_section(commands: list[str]) -> str:
    """The command lines that produced the figures."""
    return "## Commands\n\n" + "\n".join(f"    {command}" for command in commands)


def memory_row(probe: dict, name: str, found: str) -> list[str]:
    """One row of a memory table: the sizes and peaks of one probe."""
    nbytes, increase = probe["input_bytes"], probe["peak_bytes"] - probe["baseline_bytes"]
    return [
        name,
        f"{nbytes / MB:.1f}",
        f"{probe['str_bytes'] / MB:.0f}",
        f"{probe['baseline_bytes'] / MB:.0f}",
        f"{probe['peak_bytes'] / MB:.0f}",
        f"{increase / MB:.0f}",
        f"**{increase / nbytes:.2f}×**",
        f"{probe['peak_bytes'] / nbytes:.2f}×",
        found,
        f"{probe['seconds']:.2f}",
    ]


MEMORY_HEADERS = [
    "call",
    "input MB (UTF-8)",
    "str object MB",
    "RSS before MB",
    "peak RSS MB",
    "increase MB",
    "increase ÷ input",
    "peak ÷ input",
    "found",
    "s (cold process)",
]

MEMORY_NOTE = (
    "\n\nEach call runs once in a fresh interpreter on one string of news text repeated; RSS before is the resident "
    "size once the string is built, when the peak is reset (`benches/peak_memory.py`), and includes the string itself "
    "(its size in memory: str object MB); the increase is the peak during the call over it."
)


def verdict(met: bool | None) -> str:
    """How a target's verdict reads in a table."""
    return {None: "not measured", True: "met", False: "**NOT MET**"}[met]


def split_section(call: str, core_step: str, public: Timing, paused: Timing, rust: dict) -> str:
    """Where the time of the public ``call`` goes, in milliseconds per MB of corpus: the Rust core,
    reading the strings as UTF-8 and converting offsets (from the Rust benchmark), the binding's
    building of the results, and the cyclic GC."""
    core, reading, offsets = rust["seconds"], rust["reading_seconds"], rust["offsets_seconds"]
    steps = [
        (f"Rust core: {core_step}", core, "Rust benchmark"),
        ("Rust: reading the str as UTF-8", reading, "Rust benchmark"),
        ("Rust: byte offsets → character offsets", offsets, "Rust benchmark"),
        ("binding: building the dataclasses, the call", public.median - core - reading - offsets, "public − the three above"),
        ("… of which the cyclic garbage collector", public.median - paused.median, "public − public with GC paused"),
        (f"total: {call}", public.median, "measured"),
    ]
    rows = [[step, f"{seconds / public.megabytes * 1e3:.2f}", f"{seconds / public.median:.0%}", how] for step, seconds, how in steps]
    note = (
        "\n\nThe Rust benchmark is a separate release build of the core without the Python feature; the differences "
        "are between medians, and one within the noise can come out below zero."
    )
    return f"## Where the time of {call} goes\n\n" + table(["step", "ms per MB", "share", "how"], rows) + note
