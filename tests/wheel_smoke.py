"""A smoke test of an installed wheel: the public API and the command line, with nothing else installed.

    python tests/wheel_smoke.py VERSION

``make test-wheel`` runs it with the interpreter of a fresh virtual environment into which only the
wheel was installed, from a folder outside the repository (so that ``import quotehound`` finds the
installed package, never the sources) and without a Rust toolchain on ``PATH``. It checks that
the extension module loads on this Python, that the calls give the spans and speakers a plain
article gives, and that the ``quotehound`` command runs; VERSION is the version the wheel must
carry. Prints one line per check and ``N passed, N failed`` at the end; the exit status is 1 when
any check failed.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ARTICLE = (
    "Harbour Council Votes on the Ferry\n\n"
    "The council met on Tuesday to settle the future of the night ferry.\n\n"
    "“We cannot keep a boat running for six passengers,” said Ines Varga, the council's treasurer.\n\n"
    "Tomas Reyes, who rides it home from the hospital, said the vote would strand shift workers. "
    "“Nobody asked us,” he said.\n"
)


def check_import(version: str) -> None:
    import quotehound

    assert quotehound.__version__ == version, (quotehound.__version__, version)
    assert importlib.metadata.version("quotehound") == version
    # Installed, not the sources: the extension module sits beside the package's modules.
    assert "site-packages" in quotehound.__file__, quotehound.__file__
    assert shutil.which("cargo") is None and shutil.which("rustc") is None, "a Rust toolchain is on PATH"


def check_analyze(version: str) -> None:
    import quotehound

    doc = quotehound.analyze(ARTICLE)
    assert [q.text for q in doc.quotes] == [
        "We cannot keep a boat running for six passengers,",
        "Nobody asked us,",
    ], doc.quotes
    assert [q.speaker for q in doc.quotes] == ["Ines Varga", "Tomas Reyes"]
    for span in [*doc.quotes, *doc.sentences, *doc.statements]:
        assert ARTICLE[span.start : span.end] == span.text, span
    assert doc.headline is not None and doc.headline.text == "Harbour Council Votes on the Ferry"
    assert any(s.speaker == "Tomas Reyes" and s.kind == "indirect" for s in doc.statements), doc.statements
    assert quotehound.Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def check_offsets(version: str) -> None:
    import quotehound

    # Offsets are string indices, whatever the characters: wide ones and a lone surrogate.
    text = "Zoë 🦀 \ud800 wrote: “Ça va,” she said. Then she left."
    sentences = quotehound.sentences(text)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    for span in [*sentences, *quotehound.quotes(text)]:
        assert text[span.start : span.end] == span.text


def check_many(version: str) -> None:
    import quotehound

    texts = [ARTICLE, "No quotation here.", ARTICLE.replace("Ines Varga", "Ada Okafor")]
    docs = list(quotehound.analyze_many(texts, threads=2))
    assert [d.text for d in docs] == texts
    assert docs[2].quotes[0].speaker == "Ada Okafor"


def check_cli(version: str) -> None:
    shown = subprocess.run(["quotehound", "--version"], check=True, capture_output=True, text=True).stdout
    assert shown.strip() == f"quotehound {version}", shown
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "ferry.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-m", "quotehound", "extract", "--format", "jsonl", str(article)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["speaker"] for r in rows] == ["Ines Varga", "Tomas Reyes"], rows


CHECKS: list[Callable[[str], None]] = [check_import, check_analyze, check_offsets, check_many, check_cli]


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    version = sys.argv[1]
    passed = failed = 0
    tag = f"Python {sys.version.split()[0]}"
    for check in CHECKS:
        try:
            check(version)
        except Exception as error:  # every check runs, and each failure is shown
            failed += 1
            print(f"{tag}: {check.__name__}: FAILED: {type(error).__name__}: {error}")
        else:
            passed += 1
            print(f"{tag}: {check.__name__}: ok")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.pop("PYTHONPATH", None)
    sys.exit(main())
