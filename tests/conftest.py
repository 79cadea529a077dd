"""Test collection and a check that runs around every test.

The Spark tests run only through ``make test-spark`` (QUOTEHOUND_SPARK=1).

Should a stage of the core panic, the core gives up that stage's results for empty ones and goes
on, so a test could pass on what is really a fallback. The core counts each time this happens;
every test fails if the count moved while it ran (in this process: tests that analyse in child
processes check the count there).
"""

import os

import pytest

from quotehound import _core

# The checker of results lives in a helper module: its asserts explain themselves as in tests.
pytest.register_assert_rewrite("hostile_texts")

collect_ignore = [] if os.environ.get("QUOTEHOUND_SPARK") == "1" else ["test_spark.py"]


@pytest.fixture(autouse=True)
def no_stage_of_the_core_panics():
    before = _core._guards_fired()
    yield
    fired = _core._guards_fired() - before
    assert fired == 0, f"a stage of the core panicked {fired} time(s) during the test, and its results were given up"
