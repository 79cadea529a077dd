"""Concurrency soak: many Python threads analysing shared texts for a while give what one thread gives.

    .venv/bin/python benches/bench_soak.py [--seconds 60] [--threads 8] [--shared ../shared/data]

The texts are the bundled sample article, news articles of the shared corpus (when present), the
hostile files of ``tests/data/hostile`` and a few generated hostile texts. Each is analysed once on
the main thread first; then ``--threads`` threads, released together, take turns for ``--seconds``
between ``analyze`` on one text and ``analyze_many`` on a batch (with two threads of its own), in an
order of their own, and compare every document with the first one. Any difference, exception or
thread still running at the end is a failure: the command prints it and exits with status 1.

Prints a markdown table: calls and documents per thread kind, documents per second, differences.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import threading
import time
from pathlib import Path

import quotehound

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from corpus import DEFAULT_SHARED, ROOT, load_source  # noqa: E402

#: Generated hostile texts mixed in, with their size in characters.
GENERATED = {"mixed scripts": 30_000, "lone surrogates": 30_000, "attributed quotations": 30_000, "every quotation mark": 30_000}
BATCH = 8


def shared_texts(shared: Path, news_articles: int) -> list[str]:
    """The texts every thread reads: sample, news, hostile files and generated hostile texts."""
    import test_reliability as reliability

    texts = [(ROOT / "examples" / "seed_article.txt").read_text(encoding="utf-8")]
    texts += load_source(shared).articles[:news_articles]
    texts += [path.read_text(encoding="utf-8", errors="replace") for path in sorted((ROOT / "tests" / "data" / "hostile").glob("*.txt"))]
    texts += [reliability.GENERATORS[name](size) for name, size in GENERATED.items()]
    return texts


class Soak:
    """The shared texts, their one-thread documents, and what the threads saw."""

    def __init__(self, texts: list[str], seconds: float, threads: int) -> None:
        self.texts = texts
        self.expected = [quotehound.analyze(text) for text in texts]
        self.seconds = seconds
        self.threads = threads
        self.start = threading.Barrier(threads + 1)
        self.deadline = 0.0
        self.lock = threading.Lock()
        self.calls = {"analyze": 0, "analyze_many": 0}
        self.documents = {"analyze": 0, "analyze_many": 0}
        self.failures: list[str] = []

    def work(self, k: int) -> None:
        rng = random.Random(k)
        calls = {"analyze": 0, "analyze_many": 0}
        documents = {"analyze": 0, "analyze_many": 0}
        failures: list[str] = []
        try:
            self.start.wait()
            while time.monotonic() < self.deadline:
                if rng.random() < 0.5:
                    i = rng.randrange(len(self.texts))
                    if quotehound.analyze(self.texts[i]) != self.expected[i]:
                        failures.append(f"thread {k}: analyze differs on text {i}")
                    calls["analyze"] += 1
                    documents["analyze"] += 1
                else:
                    chosen = [rng.randrange(len(self.texts)) for _ in range(BATCH)]
                    docs = list(quotehound.analyze_many((self.texts[i] for i in chosen), threads=2))
                    failures += [f"thread {k}: analyze_many differs on text {i}" for i, doc in zip(chosen, docs) if doc != self.expected[i]]
                    calls["analyze_many"] += 1
                    documents["analyze_many"] += len(docs)
        except BaseException as error:  # noqa: BLE001 - reported, whatever it is
            failures.append(f"thread {k}: {type(error).__name__}: {error}")
        with self.lock:
            for name in calls:
                self.calls[name] += calls[name]
                self.documents[name] += documents[name]
            self.failures += failures

    def run(self) -> float:
        """Runs the threads; returns the seconds they took."""
        workers = [threading.Thread(target=self.work, args=(k,), name=f"soak-{k}") for k in range(self.threads)]
        for worker in workers:
            worker.start()
        self.deadline = time.monotonic() + self.seconds
        began = time.monotonic()
        self.start.wait()
        for worker in workers:
            worker.join(timeout=self.seconds + 300)
        if any(worker.is_alive() for worker in workers):
            self.failures.append("a thread was still running five minutes after the end")
        return time.monotonic() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--news", type=int, default=40, help="news articles of the shared corpus to include (default 40)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()

    texts = shared_texts(args.shared, args.news)
    soak = Soak(texts, args.seconds, args.threads)
    elapsed = soak.run()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    print(f"quotehound {quotehound.__version__}, Python {sys.version.split()[0]}; {args.threads} threads for {elapsed:.1f} s "
          f"on {len(texts)} shared texts ({size_mb:.2f} MB)\n")
    print("| call | calls | documents | documents/s |")
    print("|---|---:|---:|---:|")
    for name in soak.calls:
        print(f"| {name} | {soak.calls[name]:,} | {soak.documents[name]:,} | {soak.documents[name] / elapsed:,.0f} |")
    print(f"\ndifferences from one thread, errors and stuck threads: {len(soak.failures)}; peak RSS {peak_mb:,.0f} MB")
    for failure in soak.failures[:20]:
        print(f"- {failure}")
    return 1 if soak.failures else 0


if __name__ == "__main__":
    sys.exit(main())
