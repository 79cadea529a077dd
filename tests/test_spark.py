"""spark_quotes and spark_schema on a local Spark session, against quotes_frame. Run: make test-spark."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
pyspark = pytest.importorskip("pyspark")

from pyspark.sql import SparkSession  # noqa: E402

import quotehound  # noqa: E402
from test_dask import corpus  # noqa: E402

# pyspark's own warnings about pandas 3, not about quotehound.
pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated:Warning"),
]


@pytest.fixture(scope="module")
def spark():
    import os
    import sys

    # The Python workers must be this interpreter, which has quotehound.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("quotehound-test")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_schema_matches_the_columns():
    from pyspark.sql import types as T

    schema = quotehound.spark_schema(doc="string")
    assert schema.names == list(quotehound.QUOTES_COLUMNS)
    assert schema["doc"].dataType == T.StringType() and schema["speaker_id"].dataType == T.LongType()
    assert quotehound.spark_schema()["doc"].dataType == T.LongType()
    assert quotehound.spark_schema(kind="sentences").names == list(quotehound.SENTENCES_COLUMNS)


def test_map_in_pandas_equals_quotes_frame(spark):
    # Spark moves strings as UTF-8, so texts with lone surrogates cannot go through it.
    texts = [t for t in corpus(1200) if t.encode("utf-8", "surrogatepass").decode("utf-8", "ignore") == t]
    articles = pd.DataFrame({"url": [f"u{i:05d}" for i in range(len(texts))], "body": texts})
    df = spark.createDataFrame(articles).repartition(4)
    quotes = df.mapInPandas(
        lambda it: quotehound.spark_quotes(it, text="body", id="url"), schema=quotehound.spark_schema(doc="string")
    )
    got = quotes.toPandas()
    expected = quotehound.quotes_frame(articles, text="body", id="url")
    keys = ["doc", "start"]
    got = got.sort_values(keys).reset_index(drop=True)
    expected = expected.sort_values(keys).reset_index(drop=True)
    assert len(got) == len(expected) > 1000
    for name in quotehound.QUOTES_COLUMNS:
        left = got[name].astype(object).where(got[name].notna(), None).tolist()
        right = expected[name].astype(object).where(expected[name].notna(), None).tolist()
        assert left == right, name


def test_spark_quotes_needs_an_id():
    batch = pd.DataFrame({"text": ["“Go,” Ann said."]})
    with pytest.raises(TypeError, match="id="):
        list(quotehound.spark_quotes([batch], id=None))
