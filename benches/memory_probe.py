"""Peak memory of one sentence-splitting call on one long news text, in a fresh process.

    python benches/memory_probe.py {public,columns} MEGABYTES [--shared DIR]

Builds the text, reads the process's peak resident set size (ru_maxrss), makes the call once,
reads the peak again, and prints one JSON line. Run it in a fresh interpreter each time, so that
nothing else has raised the peak before.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import corpus
import quotehound
from quotehound import _core

CALLS = {"public": quotehound.sentences, "columns": _core.sentences}


def peak_rss_bytes() -> int:
    """The peak resident set size of this process so far, in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def probe(call: str, megabytes: float, shared: Path) -> dict:
    """Measures the call named ``call`` on about ``megabytes`` MB of news text."""
    text = corpus.repeat_text(corpus.news_text(corpus.load_source(shared).articles), int(megabytes * 1e6))
    str_bytes = sys.getsizeof(text)
    baseline = peak_rss_bytes()
    start = time.perf_counter()
    result = CALLS[call](text)
    seconds = time.perf_counter() - start
    peak = peak_rss_bytes()
    sentences = len(result[0]) if call == "columns" else len(result)
    # Measured only now: encoding the text is a large allocation of its own.
    input_bytes = len(text.encode("utf-8"))
    return {
        "call": call,
        "input_bytes": input_bytes,
        "str_bytes": str_bytes,
        "baseline_bytes": baseline,
        "peak_bytes": peak,
        "seconds": seconds,
        "sentences": sentences,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("call", choices=sorted(CALLS))
    parser.add_argument("megabytes", type=float)
    parser.add_argument("--shared", type=Path, default=corpus.DEFAULT_SHARED)
    args = parser.parse_args()
    print(json.dumps(probe(args.call, args.megabytes, args.shared)))


if __name__ == "__main__":
    main()
