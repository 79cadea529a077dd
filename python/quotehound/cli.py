"""The ``quotehound`` command: quotations or statements with their speakers, how much each speaker
says, or sentences, from files or stdin.

    quotehound extract article.txt
    quotehound extract --statements --format csv article.txt
    quotehound extract --format jsonl --jobs 4 --progress articles/ > quotes.jsonl
    quotehound sentences --format csv article.txt
    quotehound speakers --format csv novel.txt
    cat article.txt | quotehound extract -

Files are read one at a time as the analysis gets to them, and printed in the order given (the
files of a folder in sorted order), whatever the number of ``--jobs``. A folder is searched through
its subfolders for text files (``*.txt``, ``*.text``, ``*.md``, or the ``--glob`` patterns given),
leaving out hidden files and folders (``.DS_Store``, ``.git``); a file named on the command line is
always read. A file that cannot be read, or is not UTF-8, is reported on stderr once everything
else is printed, the other files are still analysed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ._core import __version__
from .batch import analyze_many
from .tally import tally_speakers
from .types import Document, Quote, Statement

__all__ = ["FORMATS", "TEXT_FILES", "main"]

FORMATS = ("table", "jsonl", "csv")
#: The files of a folder that are read when no ``--glob`` is given: plain text, and Markdown, which
#: is plain text with light markup. Other formats (HTML, JSON Lines, PDF) need their text taken out
#: first; ``--glob`` reads them as they are.
TEXT_FILES = ("*.txt", "*.text", "*.md")

Row = dict[str, object]


class _Source:
    """One input: a file, or stdin (``path`` is ``None``)."""

    __slots__ = ("name", "path")

    def __init__(self, name: str, path: Path | None) -> None:
        self.name, self.path = name, path

    def read(self) -> bytes:
        """The input's bytes; ``OSError`` when it cannot be read."""
        return sys.stdin.buffer.read() if self.path is None else self.path.read_bytes()


def _sources(paths: Sequence[str], patterns: Sequence[str], failures: list[str]) -> list[_Source]:
    """Every input named, with the files of named folders that match ``patterns`` (sorted); '-'
    is stdin.

    Only names are gathered here, so the files are read one by one as the analysis needs them.
    """
    found: list[_Source] = []
    for raw in paths or ["-"]:
        if raw == "-":
            found.append(_Source("<stdin>", None))
            continue
        path = Path(raw)
        if not path.is_dir():
            found.append(_Source(raw, path))  # a missing file is reported when it is read
            continue
        reported = len(failures)
        files = _folder_files(path, patterns, failures)
        if not files and len(failures) == reported:  # an unlisted folder is reported as such
            failures.append(f"{raw}: no file in the folder matches {' '.join(patterns)} (choose others with --glob)")
        found.extend(_Source(str(p), p) for p in files)
    return found


def _folder_files(folder: Path, patterns: Sequence[str], failures: list[str]) -> list[Path]:
    """The files under ``folder`` whose names match one of ``patterns`` (case aside), hidden files
    and folders left out, in sorted order; a subfolder that cannot be listed is reported."""
    lowered = [p.lower() for p in patterns]

    def unlisted(exc: OSError) -> None:
        failures.append(f"{exc.filename or folder}: {exc.strerror or exc}")

    files: list[Path] = []
    for top, folders, names in os.walk(folder, onerror=unlisted):
        folders[:] = [f for f in folders if not f.startswith(".")]  # not descended into
        for name in names:
            if not name.startswith(".") and any(fnmatch.fnmatchcase(name.lower(), p) for p in lowered):
                path = Path(top, name)
                if path.is_file():  # not a broken link, a socket or a fifo
                    files.append(path)
    return sorted(files)


class _Texts:
    """The texts of the sources, in order, with their names queued in ``names``.

    A source that cannot be read or decoded stands as an empty text with the name ``None``, so
    that there is one text per source (the progress bar knows its total) and its output is
    skipped; the reason is added to ``failures``.
    """

    def __init__(self, sources: list[_Source], errors: str, failures: list[str]) -> None:
        self.sources, self.errors, self.failures = sources, errors, failures
        self.names: deque[str | None] = deque()

    def __len__(self) -> int:
        return len(self.sources)

    def __iter__(self) -> Iterator[str]:
        for source in self.sources:
            text = self._text(source)
            self.names.append(source.name if text is not None else None)
            yield text or ""

    def _text(self, source: _Source) -> str | None:
        try:
            data = source.read()
        except OSError as exc:
            self.failures.append(f"{source.name}: {exc.strerror or exc}")
            return None
        try:
            return data.decode("utf-8", errors=self.errors)
        except UnicodeDecodeError as exc:
            self.failures.append(
                f"{source.name}: not UTF-8 at byte {exc.start} ({exc.reason}); "
                "pass --errors replace to read it anyway"
            )
            return None


def _sentence_rows(name: str, doc: Document) -> Iterator[Row]:
    for s in doc.sentences:
        yield {"file": name, "index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph, "text": s.text}


def _attributed(name: str, x: Quote | Statement) -> Row:
    """The columns a quotation's row and a statement's share: where it is, its kind and its source."""
    return {
        "file": name,
        "index": x.index,
        "start": x.start,
        "end": x.end,
        "kind": x.kind,
        "speaker": x.speaker,
        "mention": x.mention.text if x.mention else None,
        "cue": x.cue,
        "rule": x.rule,
    }


def _quote_rows(name: str, doc: Document) -> Iterator[Row]:
    for q in doc.quotes:
        addressee = None if q.addressee is None else doc.speakers[q.addressee].name
        yield {**_attributed(name, q), "addressee": addressee, "text": q.text}


def _statement_rows(name: str, doc: Document) -> Iterator[Row]:
    for s in doc.statements:
        yield {**_attributed(name, s), "quotes": list(s.quotes), "text": s.text}


#: The counts of a speaker's row, and the noun each counts.
_TALLIED = (("quotes", "quotation"), ("words", "word"), ("statements", "statement"), ("mentions", "mention"))


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _speaker_rows(name: str, doc: Document) -> Iterator[Row]:
    for t in tally_speakers(doc):
        yield {"file": name, **t._asdict()}


def _table_line(row: Row) -> str:
    if "words" in row:
        counts = ", ".join(_counted(row[key], noun) for key, noun in _TALLIED)  # type: ignore[arg-type]
        return f"{row['file']}\t{row['name']} ({row['kind']}): {counts}\n"
    text = " ".join(str(row["text"]).split())
    if "speaker" not in row:
        return f"{row['file']}:{row['start']}-{row['end']}\t{text}\n"
    who = row["speaker"] or "(nobody)"
    how = f"{row['kind']}, {row['rule']}" if row["rule"] else str(row["kind"])
    if "quotes" in row:
        # A statement's content may be the writer's words, not the source's: it is shown as written,
        # after its cue, without quote marks.
        return f"{row['file']}:{row['start']}-{row['end']}\t{who} ({how}) {row['cue'] or '-'}: {text}\n"
    to = f" to {row['addressee']}" if row.get("addressee") else ""
    return f"{row['file']}:{row['start']}-{row['end']}\t{who}{to} ({how}): “{text}”\n"


def _csv_cell(value: object) -> object:
    """A CSV cell: a list of indices (a statement's quotations) as the numbers and spaces ``"0 2"``."""
    return " ".join(map(str, value)) if isinstance(value, list) else value


def _write(rows: Iterator[Row], fmt: str, out: TextIO, writer: csv.DictWriter[str] | None) -> csv.DictWriter[str] | None:
    """Writes rows in the chosen format; returns the CSV writer so the header is written once."""
    for row in rows:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({key: _csv_cell(value) for key, value in row.items()})
        else:
            out.write(_table_line(row))
    return writer


def _jobs(value: str) -> int:
    """``--jobs``: a positive number of threads, or 0 for every core."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (every core) or more, not {jobs}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotehound", description="Who said what: quotations, speakers and sentences of English prose."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for command, help_text in (
        ("sentences", "print the sentences of each input"),
        ("extract", "print the quotations of each input with their speakers (--statements: all reported speech)"),
        ("speakers", "print each speaker of each input with the quotations, words quoted, statements and mentions credited to them, most quotations first"),
    ):
        sub = commands.add_parser(command, help=help_text, description=help_text)
        sub.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="files or folders; '-' or nothing reads stdin. A file named is always read; in a folder and its "
            f"subfolders, the files matching --glob ({' '.join(TEXT_FILES)} by default), hidden files and folders "
            "left out",
        )
        sub.add_argument(
            "--glob",
            action="append",
            metavar="PATTERN",
            help="read the files of folders whose names match PATTERN (shell wildcards, any case; repeat for more "
            f"patterns) instead of {' '.join(TEXT_FILES)}, e.g. --glob '*.html'",
        )
        sub.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        sub.add_argument(
            "--errors",
            choices=("strict", "replace"),
            default="strict",
            help="what to do with bytes that are not UTF-8: report the file and skip it (strict, the default) "
            "or read them as U+FFFD (replace)",
        )
        sub.add_argument(
            "--jobs",
            "-j",
            type=_jobs,
            default=1,
            metavar="N",
            help="analyse N files at once on N threads; 0 uses every core (default: 1). "
            "The output is the same, in the same order",
        )
        sub.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs tqdm)")
        if command == "extract":
            sub.add_argument(
                "--statements",
                action="store_true",
                help="print every statement instead of the quotations: what each source is reported to have said, "
                "quoted (direct), partly quoted (mixed) or not (indirect), with its cue and the indices of the "
                "quotations inside it (a list in jsonl, numbers and spaces in csv)",
            )
    return parser


def _stdout_gone() -> None:
    """After a broken pipe: point stdout at devnull so that the flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (a test's capture): nothing will flush it at exit


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status (1 when any input could not be read)."""
    args = _parser().parse_args(argv)
    failures: list[str] = []
    rows: Callable[[str, Document], Iterator[Row]] = _sentence_rows
    if args.command == "extract":
        rows = _statement_rows if args.statements else _quote_rows
    elif args.command == "speakers":
        rows = _speaker_rows
    texts = _Texts(_sources(args.paths, args.glob or TEXT_FILES, failures), args.errors, failures)
    try:
        documents = analyze_many(texts, threads=args.jobs or None, progress=args.progress)
    except ImportError:
        print("quotehound: --progress needs tqdm, which is not installed: pip install 'quotehound[progress]'", file=sys.stderr)
        return 2
    writer = None
    try:
        for doc in documents:
            name = texts.names.popleft()
            if name is not None:
                writer = _write(rows(name, doc), args.format, sys.stdout, writer)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`quotehound extract … | head`): stop quietly.
        _stdout_gone()
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        close = getattr(documents, "close", None)
        if close is not None:
            close()
    for failure in failures:
        print(f"quotehound: {failure}", file=sys.stderr)
    return 1 if failures else 0
