"""Quotations of a folder of JSONL articles, through Dask, into Parquet.

    python examples/dask_jsonl_to_parquet.py articles/ quotes.parquet --text body --id url --workers 4

Each line of each ``*.jsonl`` file is an article with a text field (``--text``) and, optionally,
a field that names it (``--id``; without it, ``doc`` is ``file:line``). Each worker process runs
one thread, so the cluster uses ``--workers`` cores.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import quotehound


def read_articles(folder: Path, text: str, id: str | None, blocksize: str) -> dd.DataFrame:
    """The articles of every ``*.jsonl`` file in ``folder``, with ``text`` and ``id`` columns.

    >>> import json, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text(json.dumps({"body": "“Go,” Ann said."}) + "\\n")
    >>> read_articles(folder, "body", None, "64MB").compute()["id"].tolist()
    ['a.jsonl:0']
    """
    files = sorted(str(p) for p in folder.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no *.jsonl files in {folder}")
    if id is None:
        # One partition per file, numbered by line, so every article has a name.
        parts = [dd.read_json(f, lines=True, blocksize=None, dtype=False) for f in files]

        def named(frame: pd.DataFrame, name: str) -> pd.DataFrame:
            return frame.assign(id=[f"{name}:{i}" for i in range(len(frame))])

        parts = [
            p.map_partitions(named, Path(f).name, meta={**p._meta.dtypes.to_dict(), "id": object})
            for p, f in zip(parts, files)
        ]
        frame = dd.concat(parts)
        id = "id"
    else:
        frame = dd.read_json(files, lines=True, blocksize=blocksize, dtype=False)
    return frame[[text, id]].rename(columns={text: "text", id: "id"})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of *.jsonl files")
    parser.add_argument("output", type=Path, help="Parquet folder to write")
    parser.add_argument("--text", default="text", help="field holding the article text (default: text)")
    parser.add_argument("--id", default=None, help="field naming the article (default: file:line)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes, one thread each")
    parser.add_argument("--blocksize", default="64MB", help="bytes of JSONL per partition")
    parser.add_argument("--sentences", action="store_true", help="write sentences rather than quotations")
    args = parser.parse_args(argv)

    # Arrow strings cannot hold lone surrogates; keep texts as Python strings until written.
    with dask.config.set({"dataframe.convert-string": False}), LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True
    ) as cluster, Client(cluster):
        articles = read_articles(args.folder, args.text, args.id, args.blocksize)
        articles = articles.dropna(subset=["text"])
        function = quotehound.sentences_frame if args.sentences else quotehound.quotes_frame
        meta = (quotehound.sentences_meta if args.sentences else quotehound.quotes_meta)(doc="string")
        found = articles.map_partitions(function, id="id", threads=1, meta=meta).astype({"doc": "string"})
        found.to_parquet(args.output, write_index=False)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
