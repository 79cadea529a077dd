"""A griffe extension for the API reference: the package's docstrings are written for ``help()``
and doctest, in reStructuredText's small change, and the site renders Markdown.

- A run of ``>>>`` lines with their output becomes a fenced ``pycon`` block, so that examples
  show as code (and a list in an output is not read as a Markdown link).
- Sphinx roles (``:func:`quotes_frame```, ``:meth:`to_html```) become plain code spans: the
  names they give are in the reference anyway.
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Object

ROLE = re.compile(r":(?:func|meth|class|attr|mod|data|obj):`~?([^`]+)`")


def markdown(docstring: str) -> str:
    """``docstring`` with its doctest blocks fenced and its roles turned into code spans."""
    out: list[str] = []
    lines = docstring.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(">>> "):
            indent = line[: len(line) - len(line.lstrip())]
            block = []
            while i < len(lines) and lines[i].strip() and lines[i].startswith(indent):
                block.append(lines[i][len(indent) :])
                i += 1
            out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
            continue
        out.append(ROLE.sub(r"`\1`", line))
        i += 1
    return "\n".join(out)


class DoctestBlocks(Extension):
    """Rewrites every docstring of the package as :func:`markdown` says."""

    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)

    def on_package(self, *, pkg: Object, **kwargs: Any) -> None:
        # The root package is loaded apart from its members.
        self.on_object(obj=pkg)
