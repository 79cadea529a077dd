"""The requirements of pyproject.toml's ``test`` extra, one per line: what the Makefile installs
into the virtual environment before the package is built, and what test_packaging checks.

    python tests/extra_requirements.py
"""

from __future__ import annotations

import re
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def extra_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """The requirements of the ``test`` extra, as written."""
    text = pyproject.read_text(encoding="utf-8")
    found = re.search(r"^test = \[(.*?)\]$", text, flags=re.MULTILINE | re.DOTALL)
    if found is None:
        raise SystemExit(f"no test extra in {pyproject}")
    return re.findall(r'"([^"]+)"', found.group(1))


if __name__ == "__main__":
    print("\n".join(extra_requirements()))
