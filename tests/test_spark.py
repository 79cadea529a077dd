"""spark_quotes, spark_statements and spark_schema on a local Spark session, against the frames.
Run: make test-spark."""

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
    statements = quotehound.spark_schema(doc="string", kind="statements")
    assert statements.names == list(quotehound.STATEMENTS_COLUMNS)
    assert statements["quotes"].dataType == T.ArrayType(T.LongType(), containsNull=False)
    assert not statements["rule"].nullable and quotehound.spark_schema()["rule"].nullable


def plain(frame: pd.DataFrame, name: str) -> list:
    """A column's values as plain Python values: missing ones as None, sequences as lists."""
    values = frame[name].astype(object).where(frame[name].notna(), None).tolist()
    return [list(v) if isinstance(v, (tuple, list)) or hasattr(v, "tolist") else v for v in values]


@pytest.mark.parametrize(
    "spark_frames, frame, kind",
    [(quotehound.spark_quotes, quotehound.quotes_frame, "quotes"), (quotehound.spark_statements, quotehound.statements_frame, "statements")],
)
def test_map_in_pandas_equals_the_frame(spark, spark_frames, frame, kind):
    # Spark moves strings as UTF-8, so texts with lone surrogates cannot go through it.
    texts = [t for t in corpus(1200) if t.encode("utf-8", "surrogatepass").decode("utf-8", "ignore") == t]
    articles = pd.DataFrame({"url": [f"u{i:05d}" for i in range(len(texts))], "body": texts})
    df = spark.createDataFrame(articles).repartition(4)
    found = df.mapInPandas(
        lambda it: spark_frames(it, text="body", id="url"), schema=quotehound.spark_schema(doc="string", kind=kind)
    )
    got = found.toPandas()
    expected = frame(articles, text="body", id="url")
    keys = ["doc", "start", "end"]
    got = got.sort_values(keys).reset_index(drop=True)
    expected = expected.sort_values(keys).reset_index(drop=True)
    assert len(got) == len(expected) > 1000
    assert list(got.columns) == list(expected.columns)
    for name in expected.columns:
        assert plain(got, name) == plain(expected, name), name


@pytest.mark.parametrize("spark_frames", [quotehound.spark_quotes, quotehound.spark_statements, quotehound.spark_sentences])
def test_spark_functions_need_an_id(spark_frames):
    batch = pd.DataFrame({"text": ["“Go,” Ann said."]})
    with pytest.raises(TypeError, match="id="):
        list(spark_frames([batch], id=None))
