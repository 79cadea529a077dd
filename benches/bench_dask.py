"""Throughput on a local Dask cluster against one process, and the cost of a partition.

    python benches/bench_dask.py [--articles 6000] [--workers 2]

Prints a markdown table: articles per second for ``quotes_frame`` in one process (1 thread, and
one thread per core) and on a ``LocalCluster`` of ``--workers`` processes with one thread each,
split in 4 and 40 partitions; then the cost of one partition, the throughput per core and the
cores needed for 100 million articles a day at the corpus's mean article size.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster, wait

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import quotehound  # noqa: E402
from test_dask import corpus  # noqa: E402

PER_DAY = 100_000_000


def best(run, repeat: int) -> float:
    """The shortest of ``repeat`` timings of ``run()``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="1,000 articles, one run each")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.repeat = 1000, 1

    texts = corpus(args.articles)
    articles = pd.DataFrame({"body": pd.Series(texts, dtype=object)})
    mean_chars = sum(map(len, texts)) / len(texts)
    mean_bytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / len(texts)
    cores = quotehound.batch.checked_threads(None)
    rows = []

    one = best(lambda: quotehound.quotes_frame(articles, text="body", threads=1), args.repeat)
    rows.append(("quotes_frame, 1 process, 1 thread", 1, one))
    every = best(lambda: quotehound.quotes_frame(articles, text="body", threads=cores), args.repeat)
    rows.append((f"quotes_frame, 1 process, {cores} threads", cores, every))

    cluster_times = {}
    with dask.config.set({"dataframe.convert-string": False}), LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster, Client(cluster) as client:
        for parts in (4, 40):
            # The articles are on the workers before the clock starts, as when read from files there.
            ddf = dd.from_pandas(articles, npartitions=parts).persist()
            wait(ddf)

            def run() -> None:
                quotes = ddf.map_partitions(quotehound.quotes_frame, text="body", threads=1, meta=quotehound.QUOTES_META)
                client.compute(quotes.shape[0]).result()

            run()  # warm the workers: imports, first tasks
            cluster_times[parts] = best(run, args.repeat)
            rows.append((f"Dask LocalCluster, {args.workers} workers x 1 thread, {parts} partitions", args.workers, cluster_times[parts]))

    n = len(texts)
    print(f"{n:,} articles, mean {mean_chars:,.0f} characters ({mean_bytes:,.0f} bytes UTF-8); {cores} cores\n")
    print("| run | cores | seconds | articles/s | articles/s per core | MB/s per core |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, used, seconds in rows:
        rate = n / seconds
        print(f"| {name} | {used} | {seconds:.3f} | {rate:,.0f} | {rate / used:,.0f} | {rate / used * mean_bytes / 1e6:.2f} |")

    per_partition = (cluster_times[40] - cluster_times[4]) / 36 * args.workers
    per_core = n / one
    cluster_per_core = n / cluster_times[4] / args.workers
    needed = PER_DAY / 86_400
    print()
    print(f"- cost of one partition: {per_partition * 1000:.1f} ms of a worker ((t40 - t4) / 36 partitions x {args.workers} workers)")
    print(f"- throughput per core: {per_core:,.0f} articles/s in one thread; {cluster_per_core:,.0f} on the cluster (4 partitions)")
    print(
        f"- 100 million articles a day = {needed:,.0f} articles/s of {mean_chars:,.0f} characters: "
        f"{math.ceil(needed / cluster_per_core)} core(s) at the cluster's rate per core "
        f"({math.ceil(needed / per_core)} at the one-thread rate), before headroom, I/O and parsing"
    )


if __name__ == "__main__":
    main()
