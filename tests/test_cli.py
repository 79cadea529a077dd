"""The ``quotehound`` command: formats, folders, stdin, --jobs, --progress, bad input, broken pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotehound
from quotehound.cli import main
from sample_texts import ARTICLE, ROOT, STORY

SEED = str(ROOT / "examples" / "seed_article.txt")
SHORT = "“We will win,” Mayor Ann Lee said on Monday. Nobody answered.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Runs the command in-process; returns its exit status, stdout and stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of news texts, one in a subfolder, in an order that sorting changes."""
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("“Fine,” said Bob. " * 3, encoding="utf-8")
    for i in range(12):
        (folder / f"n{i:02}.txt").write_text(f"“Item {i},” Carol Diaz said. " + ARTICLE[: 200 * i], encoding="utf-8")
    return folder


def test_table_lists_each_quotation_with_its_speaker(capsys):
    status, out, err = run(capsys, "extract", SEED)
    doc = quotehound.analyze(ARTICLE)
    lines = out.splitlines()
    assert status == 0 and err == ""
    assert len(lines) == len(doc.quotes) > 0
    first = doc.quotes[0]
    assert lines[0].startswith(f"{SEED}:{first.start}-{first.end}\t{first.speaker} ({first.kind}, {first.rule}): “")


def test_jsonl_rows_match_the_document(capsys):
    status, out, _ = run(capsys, "extract", "--format", "jsonl", SEED)
    rows = [json.loads(line) for line in out.splitlines()]
    doc = quotehound.analyze(ARTICLE)
    assert status == 0
    assert [(r["start"], r["end"], r["speaker"], r["text"]) for r in rows] == [
        (q.start, q.end, q.speaker, q.text) for q in doc.quotes
    ]
    assert all(ARTICLE[r["start"] : r["end"]] == r["text"] for r in rows)
    assert set(rows[0]) == {"file", "index", "start", "end", "kind", "speaker", "mention", "cue", "rule", "addressee", "text"}


def test_dialogue_shows_whom_each_quotation_is_spoken_to(capsys, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    doc = quotehound.analyze(STORY)
    status, out, _ = run(capsys, "extract", "--format", "jsonl", str(story))
    rows = [json.loads(line) for line in out.splitlines()]
    names = [None if q.addressee is None else doc.speakers[q.addressee].name for q in doc.quotes]
    assert status == 0 and [r["addressee"] for r in rows] == names and any(names)
    status, out, _ = run(capsys, "extract", str(story))
    spoken_to = [q for q in doc.quotes if q.addressee is not None and q.speaker is not None]
    assert f"\t{spoken_to[0].speaker} to {doc.speakers[spoken_to[0].addressee].name} (" in out


def test_csv_has_one_header_for_many_files(capsys, corpus):
    status, out, _ = run(capsys, "sentences", "--format", "csv", str(corpus / "a.txt"), SEED)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert out.count("file,index,start,end,paragraph,text") == 1
    assert [r["text"] for r in rows] == [s.text for s in quotehound.sentences(SHORT) + quotehound.sentences(ARTICLE)]
    assert {r["file"] for r in rows} == {str(corpus / "a.txt"), SEED}


def test_a_folder_is_read_recursively_in_sorted_order(capsys, corpus):
    status, out, _ = run(capsys, "sentences", "--format", "jsonl", str(corpus))
    files = list(dict.fromkeys(json.loads(line)["file"] for line in out.splitlines()))
    expected = sorted(str(p) for p in corpus.rglob("*.txt"))
    assert status == 0
    assert files == expected


# ---------------------------------------------------------------------------------------------
# extract --statements: every statement, quoted or reported, in each format
# ---------------------------------------------------------------------------------------------

#: Reported speech around a quotation: an indirect statement, then a direct one by a pronoun.
REPORTED = "Mayor Ann Lee said the ferry would run again in June. “The harbour is ready,” she told the council.\n"
STATEMENT_KEYS = ["file", "index", "start", "end", "kind", "speaker", "mention", "cue", "rule", "quotes", "text"]


def statement_rows(text: str) -> list[dict[str, object]]:
    """The rows the command should print for ``text`` read from stdin, built from the document."""
    doc = quotehound.analyze(text)
    return [
        {
            "file": "<stdin>", "index": s.index, "start": s.start, "end": s.end, "kind": s.kind, "speaker": s.speaker,
            "mention": s.mention.text if s.mention else None, "cue": s.cue, "rule": s.rule, "quotes": list(s.quotes),
            "text": s.text,
        }
        for s in doc.statements
    ]


@pytest.fixture
def reported_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REPORTED.encode("utf-8"))))


def test_the_example_has_an_indirect_and_a_direct_statement():
    doc = quotehound.analyze(REPORTED)
    assert [(s.kind, s.speaker, s.text) for s in doc.statements] == [
        ("indirect", "Ann Lee", "the ferry would run again in June"),
        ("direct", "Ann Lee", "The harbour is ready,"),
    ]
    assert doc.statements[1].quotes == (0,)


def test_statements_as_jsonl_are_the_documents(capsys, reported_stdin):
    status, out, err = run(capsys, "extract", "--statements", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert (status, err) == (0, "")
    assert rows == statement_rows(REPORTED) and len(rows) == 2
    assert all(list(row) == STATEMENT_KEYS for row in rows)
    assert all(REPORTED[r["start"] : r["end"]] == r["text"] for r in rows)


def test_statements_as_csv_give_the_quotations_as_numbers_and_spaces(capsys, reported_stdin):
    status, out, _ = run(capsys, "extract", "--statements", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = statement_rows(REPORTED)
    assert status == 0
    assert out.splitlines()[0] == ",".join(STATEMENT_KEYS)
    assert [[int(i) for i in r["quotes"].split()] for r in rows] == [e["quotes"] for e in expected]
    assert [(r["kind"], r["speaker"], r["cue"], r["text"]) for r in rows] == [
        (e["kind"], e["speaker"], e["cue"], e["text"]) for e in expected
    ]


def test_statements_as_a_table_show_speaker_kind_cue_and_content(capsys, reported_stdin):
    status, out, _ = run(capsys, "extract", "--statements")
    doc = quotehound.analyze(REPORTED)
    indirect, direct = doc.statements
    assert status == 0
    assert out.splitlines() == [
        f"<stdin>:{indirect.start}-{indirect.end}\tAnn Lee (indirect, {indirect.rule}) said: "
        "the ferry would run again in June",
        f"<stdin>:{direct.start}-{direct.end}\tAnn Lee (direct, {direct.rule}) told: The harbour is ready,",
    ]


def test_statements_of_an_article_are_its_documents(capsys):
    status, out, _ = run(capsys, "extract", "--statements", "--format", "jsonl", SEED)
    rows = [json.loads(line) for line in out.splitlines()]
    doc = quotehound.analyze(ARTICLE)
    assert status == 0
    assert [(r["start"], r["end"], r["kind"], r["quotes"]) for r in rows] == [
        (s.start, s.end, s.kind, list(s.quotes)) for s in doc.statements
    ]
    assert {r["kind"] for r in rows} == {"direct", "mixed", "indirect"}
    assert all(r["file"] == SEED and ARTICLE[r["start"] : r["end"]] == r["text"] for r in rows)


def test_statements_is_an_option_of_extract_only(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["sentences", "--statements", SEED])
    assert exit_.value.code == 2
    assert "--statements" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["-"], []])
def test_stdin(capsys, monkeypatch, argv):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SHORT.encode("utf-8"))))
    status, out, _ = run(capsys, "extract", "--format", "jsonl", *argv)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["file"], r["speaker"], r["text"]) for r in rows] == [("<stdin>", "Ann Lee", "We will win,")]


@pytest.mark.parametrize("command", [["extract"], ["extract", "--statements"], ["sentences"]], ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_jobs_give_the_same_output_in_the_same_order(capsys, corpus, command, fmt):
    one = run(capsys, *command, "--format", fmt, "--jobs", "1", str(corpus), SEED)
    for jobs in ("2", "0"):
        assert run(capsys, *command, "--format", fmt, "--jobs", jobs, str(corpus), SEED) == one
    assert one[0] == 0 and one[1]


def test_jobs_must_be_a_number(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--jobs", "-1", SEED])
    assert exit_.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_progress_bar_goes_to_stderr(capsys, corpus):
    status, out, err = run(capsys, "extract", "--progress", "--jobs", "2", str(corpus))
    assert status == 0
    assert out == run(capsys, "extract", str(corpus))[1]
    total = len(list(corpus.rglob("*.txt")))
    assert f"{total}/{total}" in err


def test_progress_without_tqdm_says_what_to_install(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    status, out, err = run(capsys, "extract", "--progress", SEED)
    assert status == 2 and out == ""
    assert "tqdm" in err and "pip install" in err


def test_bad_utf8_names_the_file_and_the_byte(capsys, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("“Très bien,” said Zoë.".encode("utf-8")[:20] + b" caf\xe9 " + "“Go,” Ann said.".encode("utf-8"))
    offset = 20 + len(b" caf")
    status, out, err = run(capsys, "extract", str(bad), SEED)
    assert status == 1
    assert out == run(capsys, "extract", SEED)[1]  # the other file is still printed
    assert f"{bad}: not UTF-8 at byte {offset}" in err
    assert "--errors replace" in err

    status, out, err = run(capsys, "extract", "--errors", "replace", "--format", "jsonl", str(bad))
    assert status == 0 and err == ""
    assert [json.loads(line)["speaker"] for line in out.splitlines()][-1] == "Ann"


def test_a_missing_path_is_reported_after_the_rest(capsys, corpus):
    missing = str(corpus / "missing.txt")
    status, out, err = run(capsys, "extract", str(corpus / "a.txt"), missing, SEED)
    assert status == 1
    assert out == run(capsys, "extract", str(corpus / "a.txt"), SEED)[1]
    assert err == f"quotehound: {missing}: No such file or directory\n"


def test_an_unreadable_file_in_a_folder_skips_only_that_file(capsys, corpus, monkeypatch):
    locked = corpus / "a.txt"
    read_bytes = Path.read_bytes

    def refuse_locked(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    # Permissions do not bind every user (root reads anything): refuse the read itself.
    monkeypatch.setattr(Path, "read_bytes", refuse_locked)
    status, out, err = run(capsys, "sentences", "--format", "jsonl", str(corpus))
    files = {json.loads(line)["file"] for line in out.splitlines()}
    assert status == 1
    assert str(locked) not in files and str(corpus / "b.txt") in files
    assert f"{locked}: Permission denied" in err


@pytest.fixture
def mixed_folder(corpus: Path) -> Path:
    """The corpus, with what a real folder of articles holds besides: an image, Markdown, data,
    hidden files and a hidden folder (with a text file in it), a text file with a capital suffix."""
    (corpus / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    (corpus / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\xff")
    (corpus / ".draft.txt").write_text("“Hidden,” said Dee.", encoding="utf-8")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "notes.txt").write_text("“Hidden too,” said Dee.", encoding="utf-8")
    (corpus / "sub" / "notes.md").write_text("# Notes\n\n“In Markdown,” said Eve.\n", encoding="utf-8")
    (corpus / "LOUD.TXT").write_text("“Capitals,” said Flo.", encoding="utf-8")
    (corpus / "rows.jsonl").write_text('{"text": "not prose"}\n', encoding="utf-8")
    (corpus / "page.html").write_text("“On the web,” said Gus.", encoding="utf-8")  # the text alone: no markup to read through
    return corpus


def speakers_by_file(out: str, folder: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in out.splitlines():
        row = json.loads(line)
        found.setdefault(str(Path(row["file"]).relative_to(folder)), []).append(row["speaker"])
    return found


def test_a_folder_gives_its_text_files_and_leaves_hidden_ones_out(capsys, mixed_folder):
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(mixed_folder))
    assert (status, err) == (0, "")
    read = speakers_by_file(out, mixed_folder)
    texts = sorted(str(p.relative_to(mixed_folder)) for p in mixed_folder.rglob("*.txt") if not p.name.startswith(".") and ".git" not in p.parts)
    assert sorted(read) == sorted([*texts, "LOUD.TXT", "sub/notes.md"])
    assert read["sub/notes.md"] == ["Eve"] and read["LOUD.TXT"] == ["Flo"]
    assert "Dee" not in out and "Gus" not in out


def test_glob_chooses_the_files_of_folders(capsys, mixed_folder):
    status, out, err = run(capsys, "extract", "--format", "jsonl", "--glob", "*.html", "--glob", "*.MD", str(mixed_folder))
    assert (status, err) == (0, "")
    assert speakers_by_file(out, mixed_folder) == {"page.html": ["Gus"], "sub/notes.md": ["Eve"]}


def test_a_file_named_is_read_whatever_its_name(capsys, mixed_folder):
    status, out, _ = run(capsys, "extract", "--format", "jsonl", str(mixed_folder / ".draft.txt"), str(mixed_folder / "page.html"))
    assert status == 0
    assert speakers_by_file(out, mixed_folder) == {".draft.txt": ["Dee"], "page.html": ["Gus"]}


def test_each_file_that_is_not_utf8_is_reported_and_the_others_are_read(capsys, mixed_folder):
    (mixed_folder / "latin1.txt").write_bytes("\"Très bien,\" said Zoë.".encode("latin-1"))
    status, out, err = run(capsys, "extract", "--format", "jsonl", "--glob", "*", str(mixed_folder))
    assert status == 1
    failed = sorted(line.split(": ")[1] for line in err.splitlines())
    assert failed == [str(mixed_folder / "latin1.txt"), str(mixed_folder / "photo.png")]
    assert all("not UTF-8 at byte" in line and "--errors replace" in line for line in err.splitlines())
    read = speakers_by_file(out, mixed_folder)
    assert read["page.html"] == ["Gus"] and read["b.txt"] and "photo.png" not in read and ".draft.txt" not in read


def test_a_subfolder_that_cannot_be_listed_is_reported_and_the_rest_read(capsys, corpus, monkeypatch):
    locked = corpus / "sub"
    scandir = os.scandir

    def refuse_locked(path: str | Path = ".") -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    # Permissions do not bind every user (root reads anything): refuse the listing itself.
    monkeypatch.setattr(os, "scandir", refuse_locked)
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(corpus))
    assert status == 1
    assert err == f"quotehound: {locked}: Permission denied\n"
    read = speakers_by_file(out, corpus)
    assert "a.txt" in read and "b.txt" in read and not any(name.startswith("sub") for name in read)


def test_a_folder_without_text_files_says_so(capsys, tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    status, out, err = run(capsys, "extract", str(tmp_path))
    assert (status, out) == (1, "")
    assert err == f"quotehound: {tmp_path}: no file in the folder matches *.txt *.text *.md (choose others with --glob)\n"


def test_help_tells_which_files_of_a_folder_are_read(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "*.txt *.text *.md by default" in text and "hidden files and folders left out" in text and "--glob PATTERN" in text


def test_python_dash_m_reads_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "quotehound", "extract", "--format", "jsonl", "-"],
        input=SHORT.encode("utf-8"),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["speaker"] for line in result.stdout.decode("utf-8").splitlines()] == ["Ann Lee"]


def test_python_dash_m_exit_status_for_a_missing_file(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "quotehound", "extract", SEED, str(tmp_path / "nope.txt")],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.decode("utf-8").count("\n") == len(quotehound.analyze(ARTICLE).quotes)
    assert "nope.txt: No such file or directory" in result.stderr.decode("utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_quietly(jobs):
    """`quotehound … | head -n 1`: no traceback, no 'Exception ignored' at exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "quotehound", "sentences", "--jobs", jobs, "-", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write((ARTICLE * 300).encode("utf-8"))  # far more output than a pipe holds
    process.stdin.close()
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert first.startswith(b"<stdin>:0-")
    assert err == ""
