"""Type information: the stub of the native core matches the module, and users' code type-checks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import quotehound

pytest.importorskip("mypy")


def mypy_run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Runs a mypy tool with this interpreter, its cache kept out of the source tree."""
    env = {**os.environ, "MYPY_CACHE_DIR": str(cwd / ".mypy_cache")}
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_package_is_marked_as_typed():
    assert (Path(quotehound.__file__).parent / "py.typed").is_file()


def test_the_core_stub_matches_the_native_module(tmp_path):
    result = mypy_run(["mypy.stubtest", "quotehound._core"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_using_the_package_type_checks_strictly(tmp_path):
    (tmp_path / "use.py").write_text(
        textwrap.dedent(
            """
            import quotehound
            from quotehound import _core

            doc: quotehound.Document = quotehound.analyze("“Go,” Ann said.")
            speakers: list[str | None] = [q.speaker for q in doc.quotes]
            starts: list[int] = [s.start for s in quotehound.sentences("One. Two.")]
            many: list[quotehound.Document] = list(quotehound.analyze_many(["a", "b"], threads=2))
            kinds: tuple[str, ...] = _core.QUOTE_KINDS
            html: str = doc._repr_html_()
            reveal_type(doc.quotes)
            """
        ),
        encoding="utf-8",
    )
    result = mypy_run(["mypy", "--strict", "--no-incremental", "use.py"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Revealed type is "tuple[quotehound.types.Quote, ...]"' in result.stdout
