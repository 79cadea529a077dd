"""Type information: the stub of the native core matches the module, and users' code type-checks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import typing
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
            rules: tuple[str, ...] = quotehound.STATEMENT_RULES + _core.STATEMENT_RULES
            reported: list[tuple[int, ...]] = [s.quotes for s in doc.statements]
            html: str = doc._repr_html_()
            reveal_type(doc.quotes)
            """
        ),
        encoding="utf-8",
    )
    result = mypy_run(["mypy", "--strict", "--no-incremental", "use.py"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Revealed type is "tuple[quotehound.types.Quote, ...]"' in result.stdout


def test_the_literal_types_name_every_value_the_core_gives():
    from quotehound import _core, types

    assert set(typing.get_args(types.QuoteKind)) == set(_core.QUOTE_KINDS)
    assert set(typing.get_args(types.Rule)) == set(_core.RULES)
    assert set(typing.get_args(types.SpeakerKind)) == {"person", "organization", "unknown"}
    doc = quotehound.analyze("“We will win,” Ann Lee said. Officials said the plan was “a start”.")
    assert {q.kind for q in doc.quotes} <= set(typing.get_args(types.QuoteKind))
    assert {q.rule for q in doc.quotes} - {None} <= set(typing.get_args(types.Rule))
    assert {s.kind for s in doc.speakers} <= set(typing.get_args(types.SpeakerKind))


def test_the_statement_literals_name_every_kind_and_pattern():
    from quotehound import _core, types

    text = (
        "“We will win,” Ann Lee said. Officials said the plan was “a start”. According to the mayor, it works. "
        "It works, the mayor said. It works, said the mayor. The mayor’s claim that it works held. "
        "The mayor said the city would “never give up.”"
    )
    doc = quotehound.analyze(text)
    rules = set(typing.get_args(types.StatementRule))
    assert {s.kind for s in doc.statements} == set(typing.get_args(types.StatementKind))
    assert {s.rule for s in doc.statements} <= rules
    # The frames' categories are the same values, every one of them.
    assert set(_core.STATEMENT_KINDS) == set(typing.get_args(types.StatementKind))
    assert set(_core.STATEMENT_RULES) == rules
    assert len(set(_core.STATEMENT_RULES)) == len(_core.STATEMENT_RULES)


def test_private_helpers_of_the_core_are_not_exported():
    from quotehound import _core

    assert not [name for name in _core.__all__ if name.startswith("_") and not name.startswith("__")]
    assert callable(_core._defer) and callable(_core._guards_fired)


def test_a_misspelt_kind_or_rule_fails_the_type_check(tmp_path):
    (tmp_path / "use.py").write_text(
        textwrap.dedent(
            """
            import quotehound

            q = quotehound.quotes("“Go,” Ann said.")[0]
            direct = q.kind == "direkt"
            by_cue = q.rule == "quote_speaker_cue"
            by_typo = q.rule == "quote_speaker_queue"
            person = quotehound.analyze("“Go,” Ann said.").speakers[0].kind == "persn"
            """
        ),
        encoding="utf-8",
    )
    result = mypy_run(["mypy", "--strict", "--no-incremental", "use.py"], tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["5", "7", "8"], result.stdout
    assert all("Non-overlapping equality check" in line for line in errors), result.stdout
