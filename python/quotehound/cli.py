"""The ``quotehound`` command: quotations with their speakers, or sentences, from files or stdin.

    quotehound extract article.txt
    quotehound extract --format jsonl articles/ > quotes.jsonl
    quotehound sentences --format csv article.txt
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


def _quote_rows(name: str, doc: Document) -> Iterator[dict[str, object]]:
    for q in doc.quotes:
        yield {
            "file": name,
            "index": q.index,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "speaker": q.speaker,
            "mention": q.mention.text if q.mention else None,
            "cue": q.cue,
            "rule": q.rule,
            "text": q.text,
        }


def _table_line(row: dict[str, object]) -> str:
    text = " ".join(str(row["text"]).split())
    if "speaker" not in row:
        return f"{row['file']}:{row['start']}-{row['end']}\t{text}\n"
    who = row["speaker"] or "(nobody)"
    how = f"{row['kind']}, {row['rule']}" if row["rule"] else str(row["kind"])
    return f"{row['file']}:{row['start']}-{row['end']}\t{who} ({how}): “{text}”\n"


def _write(rows: Iterator[dict[str, object]], fmt: str, out, writer: csv.DictWriter | None) -> csv.DictWriter | None:
    """Writes rows in the chosen format; returns the CSV writer so the header is written once."""
    for row in rows:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        else:
            out.write(_table_line(row))
    return writer


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status (1 when any input could not be read)."""
    parser = argparse.ArgumentParser(prog="quotehound", description="Who said what: quotations, speakers and sentences of English prose.")
    commands = parser.add_subparsers(dest="command", required=True)
    for command, help_text in (
        ("sentences", "print the sentences of each input"),
        ("extract", "print the quotations of each input with their speakers"),
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
    rows = _quote_rows if args.command == "extract" else _sentence_rows
    writer = None
    try:
        for name, text in _inputs(args.paths, args.errors, failures):
            writer = _write(rows(name, analyze(text)), args.format, sys.stdout, writer)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`quotehound extract … | head`): stop quietly.
        sys.stdout = None  # type: ignore[assignment]
        return 0
    for failure in failures:
        print(f"quotehound: {failure}", file=sys.stderr)
    return 1 if failures else 0
