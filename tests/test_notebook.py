"""examples/quickstart.ipynb runs from top to bottom and shows what it promises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sample_texts import ROOT

os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")  # the current Jupyter paths, without a migration warning

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
KERNEL = "python3"


def kernel_folder(folder: Path) -> Path:
    """A Jupyter data folder whose "python3" kernel is run by this very interpreter."""
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (tests)",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    return folder


#: Runs a notebook in its own process, so that no kernel client, messaging socket or thread of
#: Jupyter's lives on in the test process (their clean-up can block at a later garbage
#: collection, in whatever test happens to trigger it).
RUNNER = """
import sys, nbclient, nbformat
source, target, folder, kernel = sys.argv[1:]
notebook = nbformat.read(source, as_version=4)
nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=60, resources={"metadata": {"path": folder}}).execute()
nbformat.write(notebook, target)
"""


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert notebook.metadata.kernelspec.name == KERNEL
    notebook.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    work = tmp_path_factory.mktemp("notebook")
    source, target = work / "source.ipynb", work / "executed.ipynb"
    nbformat.write(notebook, source)
    # The folders of JUPYTER_PATH come first in the search for kernels, before any installed ones.
    env = {**os.environ, "JUPYTER_PATH": str(kernel_folder(work / "jupyter"))}
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(source), str(target), str(NOTEBOOK.parent), KERNEL],
        env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return nbformat.read(target, as_version=4)


def outputs(notebook: nbformat.NotebookNode, kind: str) -> list[str]:
    """Every output of the given MIME type (``stream`` for printed text), in order."""
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{output.ename}: {output.evalue}"
            if kind == "stream" and output.output_type == "stream":
                found.append(output.text)
            elif kind in output.get("data", {}):
                found.append(output.data[kind])
    return found


def test_the_committed_notebook_carries_no_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    assert all(not cell.get("outputs") and cell.get("execution_count") is None for cell in notebook.cells if cell.cell_type == "code")


def test_it_runs_on_this_interpreter(executed):
    assert outputs(executed, "stream")[-1].strip() == sys.executable


def test_the_document_shows_as_html_with_its_speakers(executed):
    (page,) = outputs(executed, "text/html")
    assert page.startswith('<div class="quotehound-document">')
    for speaker in ("Joe Biden", "Maria Zakharova", "Jen Psaki", "Dmitry Peskov"):
        assert f">{speaker}</span>" in page  # the label after each of their quotations
    assert page.count('class="qh-label"') == 20
    assert "font-weight:bold" in page  # the cues


def test_it_prints_the_counts_and_the_quotations(executed):
    printed = "".join(outputs(executed, "stream"))
    assert "34 sentences, 20 quotations, 8 speakers" in printed
    assert "Joe Biden" in printed and "'He will pay a price.'" in printed
    assert "attributed quotations" in printed


def test_it_draws_the_bar_chart_of_who_is_quoted_most(executed):
    (counts,) = [text for text in outputs(executed, "text/plain") if text.startswith("[(")]
    assert "('Joe Biden', 5)" in counts and "('Jen Psaki', 5)" in counts
    (png,) = outputs(executed, "image/png")
    assert len(png) > 5_000  # base64 of a real chart, not an empty figure
