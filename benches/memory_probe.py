"""Peak memory of one quotehound call on one long news text, in a fresh process.

    python benches/memory_probe.py {sentences,quotes,analyze} MEGABYTES [--shared DIR]

Builds the text, resets the process's peak resident set size (``peak_memory``), makes the call
once, reads the peak again, and prints one JSON line. Run it in a fresh interpreter each time, so that
nothing else has raised the peak before.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import corpus
import peak_memory
import quotehound


def document_counts(doc: quotehound.Document) -> dict[str, int]:
    """The sentences, quotations and speakers of a document."""
    return {"sentences": len(doc.sentences), "quotes": len(doc.quotes), "speakers": len(doc.speakers)}


CALLS: dict[str, tuple[Callable[[str], Any], Callable[[Any], dict[str, int]]]] = {
    "sentences": (quotehound.sentences, lambda found: {"sentences": len(found)}),
    "quotes": (quotehound.quotes, lambda found: {"quotes": len(found)}),
    "analyze": (quotehound.analyze, document_counts),
}
"""Each call by name, with what to count in its result."""


def probe(call: str, megabytes: float, shared: Path) -> dict:
    """Measures the call named ``call`` on about ``megabytes`` MB of news text."""
    function, count = CALLS[call]
    text = corpus.repeat_text(corpus.news_text(corpus.load_source(shared).articles), int(megabytes * 1e6))
    str_bytes = sys.getsizeof(text)
    baseline = peak_memory.mark()
    start = time.perf_counter()
    result = function(text)
    seconds = time.perf_counter() - start
    peak = peak_memory.peak()
    found = count(result)
    # Measured only now: encoding the text is a large allocation of its own.
    input_bytes = len(text.encode("utf-8"))
    return {
        "call": call,
        "input_bytes": input_bytes,
        "str_bytes": str_bytes,
        "baseline_bytes": baseline,
        "peak_bytes": peak,
        "seconds": seconds,
        "found": found,
    }


def main() -> None:
    """Reads the command line, measures and prints the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("call", choices=sorted(CALLS))
    parser.add_argument("megabytes", type=float)
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED)
    args = parser.parse_args()
    print(json.dumps(probe(args.call, args.megabytes, args.shared)))


if __name__ == "__main__":
    main()
