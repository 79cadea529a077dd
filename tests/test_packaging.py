"""The package's metadata: the ``test`` extra installs every package the tests import, and the
version is set in one place."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

import quotehound

from extra_requirements import extra_requirements
from sample_texts import ROOT

TESTS = ROOT / "tests"
#: Modules of the repository that the tests import: their own helpers, the package and the
#: benchmarks' modules (the scorers, the baseline).
LOCAL = {p.stem for p in TESTS.glob("*.py")} | {p.stem for p in (ROOT / "benches").glob("*.py")} | {"quotehound"}
#: Imported only by the tests that `make test-spark` runs, after installing it.
SPARK_ONLY = {"pyspark"}


def imported_modules(path: Path) -> set[str]:
    """The top-level modules a test file imports, by statement or by ``pytest.importorskip``."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "importorskip" and node.args:
            if isinstance(node.args[0], ast.Constant):
                names.add(node.args[0].value)
    return {name.split(".")[0] for name in names}


def test_the_test_extra_installs_every_package_the_tests_import():
    requirements = extra_requirements()
    # A requirement names a distribution, and its extras (dask[distributed]) others.
    wanted = set()
    for requirement in requirements:
        name, extras = re.match(r"([A-Za-z0-9_.-]+)(?:\[([^\]]*)\])?", requirement).groups("")  # type: ignore[union-attr]
        wanted |= {name.lower(), *(e.strip().lower() for e in extras.split(",") if e.strip())}
    distributions = packages_distributions()
    missing = {}
    for path in sorted(TESTS.glob("*.py")):
        for module in imported_modules(path) - LOCAL - SPARK_ONLY - set(sys.stdlib_module_names):
            provided_by = {d.lower() for d in distributions.get(module, [module])}
            if not provided_by & wanted:
                missing.setdefault(module, []).append(path.name)
    assert missing == {}, f"imported by the tests but not in the test extra: {missing}"


def test_the_notebook_kernel_and_the_chart_are_in_the_extra():
    # The notebook test runs examples/quickstart.ipynb in a kernel, which draws with matplotlib:
    # neither is imported by a test file itself.
    names = {re.match(r"[A-Za-z0-9_.-]+", r).group(0).lower() for r in extra_requirements()}  # type: ignore[union-attr]
    assert {"ipykernel", "matplotlib", "nbclient", "nbformat"} <= names


def cargo_version() -> str:
    """The version of Cargo.toml's package: the one place it is set."""
    found = re.search(r'^\[package\]\n(?:[^\[].*\n)*?version = "([^"]+)"', (ROOT / "Cargo.toml").read_text(encoding="utf-8"), re.M)
    assert found is not None, "no version in Cargo.toml's [package]"
    return found.group(1)


def test_the_version_is_set_in_cargo_toml_alone():
    version = cargo_version()
    assert quotehound.__version__ == version
    assert importlib.metadata.version("quotehound") == version
    # pyproject.toml takes it from Cargo.toml through maturin, rather than repeating it.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dynamic = \[.*"version".*\]$', pyproject, re.M)
    assert not re.search(r"^version\s*=", pyproject, re.M)


def test_the_changelog_names_the_version_first():
    headings = re.findall(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    versions = [h for h in headings if h != "Unreleased"]
    assert versions and versions[0] == cargo_version(), f"the newest version of CHANGELOG.md is not {cargo_version()}"


def test_the_command_tells_its_version(capsys):
    from quotehound.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"quotehound {cargo_version()}\n"
