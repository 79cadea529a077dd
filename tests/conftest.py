"""Test collection: the Spark tests run only through ``make test-spark`` (QUOTEHOUND_SPARK=1)."""

import os

collect_ignore = [] if os.environ.get("QUOTEHOUND_SPARK") == "1" else ["test_spark.py"]
