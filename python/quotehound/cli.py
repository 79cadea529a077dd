"""The ``quotehound`` command: sentences (and, as they land, quotations) from files or stdin.

    quotehound sentences article.txt
    quotehound sentences --format jsonl articles/ > sentences.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Iterator, Sequence

from ._api import analyze
from .types import Document

FORMATS = ("table", "jsonl", "csv")


def _inputs(paths: Sequence[str], errors: str, failures: list[str]) -> Iterator[tuple[str, str]]:
    """Yields (name, text) for every file named or found in a named folder; '-' is stdin."""
    for raw in paths or ["-"]:
        if raw == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
            files: list[tuple[str, bytes]] = [(name, data)]
        else:
            path = Path(raw)
            try:
                found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
                files = [(str(p), p.read_bytes()) for p in found]
            except OSError as exc:
                failures.append(f"{raw}: {exc.strerror or exc}")
                continue
        for name, data in files:
            try:
                yield name, data.decode("utf-8", errors=errors)
            except UnicodeDecodeError as exc:
                failures.append(
                    f"{name}: not UTF-8 at byte {exc.start} ({exc.reason}); pass --errors replace to read it anyway"
                )


def _sentence_rows(name: str, doc: Document) -> Iterator[dict[str, object]]:
    for s in doc.sentences:
        yield {"file": name, "index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph, "text": s.text}


def _write(rows: Iterator[dict[str, object]], fmt: str, out) -> None:
    writer = None
    for row in rows:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        else:
            text = " ".join(str(row["text"]).split())
            out.write(f"{row['file']}:{row['start']}-{row['end']}\t{text}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status (1 when any input could not be read)."""
    parser = argparse.ArgumentParser(prog="quotehound", description="Who said what: sentences of English prose.")
    commands = parser.add_subparsers(dest="command", required=True)
    for command, help_text in (
        ("sentences", "print the sentences of each input"),
        ("extract", "print what quotehound finds in each input"),
    ):
        sub = commands.add_parser(command, help=help_text)
        sub.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; '-' or nothing reads stdin")
        sub.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        sub.add_argument(
            "--errors",
            choices=("strict", "replace"),
            default="strict",
            help="what to do with bytes that are not UTF-8 (default: report the file and skip it)",
        )
    args = parser.parse_args(argv)
    failures: list[str] = []
    out = sys.stdout
    for name, text in _inputs(args.paths, args.errors, failures):
        _write(_sentence_rows(name, analyze(text)), args.format, out)
    for failure in failures:
        print(f"quotehound: {failure}", file=sys.stderr)
    return 1 if failures else 0
