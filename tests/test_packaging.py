"""The package's metadata: the ``test`` extra installs every package the tests import."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

from sample_texts import ROOT

TESTS = ROOT / "tests"
#: Modules of the repository that the tests import: their own helpers, the package and the
#: benchmarks' modules (the scorers, the baseline).
LOCAL = {p.stem for p in TESTS.glob("*.py")} | {p.stem for p in (ROOT / "benches").glob("*.py")} | {"quotehound"}
#: Imported only by the tests that `make test-spark` runs, after installing it.
SPARK_ONLY = {"pyspark"}


def extra_requirements() -> list[str]:
    """The requirements of the ``test`` extra of pyproject.toml, as written."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r"^test = \[(.*?)\]$", text, flags=re.MULTILINE | re.DOTALL)
    assert found, "no test extra in pyproject.toml"
    return re.findall(r'"([^"]+)"', found.group(1))


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
