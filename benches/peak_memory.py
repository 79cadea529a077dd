"""The peak resident memory of this process from a chosen moment on.

``getrusage`` gives the peak since the process started, so whatever a benchmark allocated to build
its input (and freed) can hide the peak of the call it measures. On Linux, writing ``5`` to
``/proc/self/clear_refs`` resets the peak to the current size; elsewhere the figures fall back to
``getrusage``, which can only understate the rise.

    >>> rss = mark()
    >>> peak() >= rss
    True
"""

from __future__ import annotations

import gc
import resource
import sys
from pathlib import Path

STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_bytes(field: str) -> int | None:
    """A ``kB`` field of ``/proc/self/status`` (``VmRSS``, ``VmHWM``) in bytes, if there is one."""
    try:
        for line in STATUS.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _lifetime_peak() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def mark() -> int:
    """Collects garbage, resets the peak where the system allows, and returns the resident size now."""
    gc.collect()
    try:
        CLEAR_REFS.write_text("5")
    except OSError:
        return _lifetime_peak()
    return _status_bytes("VmRSS") or _lifetime_peak()


def peak() -> int:
    """The peak resident size since the last :func:`mark` (since the start where it cannot be reset)."""
    return _status_bytes("VmHWM") or _lifetime_peak()
