"""The DataFrame functions on Dask and Spark: metas, a Spark schema and a ``mapInPandas`` recipe.

Dask runs :func:`quotehound.quotes_frame` (and ``statements_frame``, ``sentences_frame``) on each
partition as it is; ``QUOTES_META``, ``STATEMENTS_META`` and ``SENTENCES_META`` tell it the columns
without running anything:

>>> import dask.dataframe as dd, pandas as pd, quotehound
>>> articles = pd.DataFrame({"body": ["Rain.", "“Go,” Ann said.", "“Stop,” Bo said."]})
>>> ddf = dd.from_pandas(articles, npartitions=2)
>>> quotes = ddf.map_partitions(quotehound.quotes_frame, text="body", threads=1, meta=quotehound.QUOTES_META)
>>> quotes.compute()[["doc", "text", "speaker"]].values.tolist()
[[1, 'Go,', 'Ann'], [2, 'Stop,', 'Bo']]

``doc`` is the row's index label, as in pandas: the partitions of ``dd.from_pandas`` keep the
labels of the whole frame, so their rows concatenate unambiguously (with an index of other than
``int64`` labels, give its type in the meta: ``quotes_meta(doc=df.index.dtype)``). Partitions
read from files are each numbered from 0, so their labels repeat: pass ``id="url"`` (any column
that names the article), with the id column's type in the meta: ``quotes_meta(doc="string")``.

Each Dask worker runs one task per thread it has, so inside a worker ``threads=None`` means one
thread; pass ``threads=1`` to be explicit (and on Dask's local threaded scheduler, where it is not
detected).

On Spark, :func:`spark_quotes` is the function of ``mapInPandas`` and :func:`spark_schema` its schema
(:func:`spark_statements` and :func:`spark_sentences` with ``spark_schema(kind=...)`` likewise):

.. code-block:: python

    quotes = articles.mapInPandas(
        lambda batches: quotehound.spark_quotes(batches, text="body", id="url"),
        schema=quotehound.spark_schema(doc="string"),
    )

pandas is needed only to build the metas, pyspark only for :func:`spark_schema`: both are
imported when used, so ``import quotehound`` works without them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .frames import _KINDS_OF_FRAME, _Kind, _pandas, quotes_frame, sentences_frame, statements_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "QUOTES_META",
    "STATEMENTS_META",
    "SENTENCES_META",
    "quotes_meta",
    "statements_meta",
    "sentences_meta",
    "spark_schema",
    "spark_quotes",
    "spark_statements",
    "spark_sentences",
]

#: The Spark SQL type of each pandas dtype of the frames' columns (a statement's ``quotes``, of
#: dtype ``object``, is an array of ``long``: see ``_spark_schema``).
_SPARK_TYPES = {
    "int64": "long",
    "Int64": "long",
    "string[python]": "string",
    "string": "string",
    "category": "string",
    "object": "string",
    "float64": "double",
    "bool": "boolean",
}


def _meta(kind: _Kind, doc: str | None) -> pd.DataFrame:
    pandas = _pandas()
    data: dict[str, Any] = {}
    for name, dtype in kind.columns.items():
        if name == "doc" and doc is not None:
            data[name] = pandas.Series([], dtype=doc)
        elif dtype == "category":
            data[name] = pandas.Series(pandas.Categorical([], categories=list(kind.categories[name])))
        elif dtype == "string[python]":
            data[name] = pandas.Series([], dtype=pandas.StringDtype("python"))
        else:
            data[name] = pandas.Series([], dtype=dtype)
    frame: pd.DataFrame = pandas.DataFrame(data)
    return frame


def quotes_meta(doc: str | None = None) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of :func:`quotehound.quotes_frame`.

    ``doc`` is the dtype of the ``doc`` column when ``id=`` names a column (``"string"``, ...), or
    when the index whose labels fill it is not of ``int64`` labels.

    >>> meta = quotes_meta(doc="string")
    >>> len(meta), str(meta["doc"].dtype), str(meta["start"].dtype), list(meta["kind"].cat.categories)
    (0, 'string', 'int64', ['direct', 'partial'])
    """
    return _meta(_KINDS_OF_FRAME["quotes"], doc)


def statements_meta(doc: str | None = None) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of :func:`quotehound.statements_frame`.

    >>> meta = statements_meta()
    >>> str(meta["quotes"].dtype), list(meta["kind"].cat.categories)
    ('object', ['direct', 'mixed', 'indirect'])
    """
    return _meta(_KINDS_OF_FRAME["statements"], doc)


def sentences_meta(doc: str | None = None) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of :func:`quotehound.sentences_frame`.

    >>> list(sentences_meta().columns)
    ['doc', 'index', 'start', 'end', 'text', 'paragraph']
    """
    return _meta(_KINDS_OF_FRAME["sentences"], doc)


_METAS = {"QUOTES_META": quotes_meta, "STATEMENTS_META": statements_meta, "SENTENCES_META": sentences_meta}


def __getattr__(name: str) -> Any:
    """``QUOTES_META``, ``STATEMENTS_META`` and ``SENTENCES_META``, built (with pandas) the first time
    they are read."""
    if name in _METAS:
        value = _METAS[name]()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _spark_schema(kind: str, doc: Any) -> Any:
    try:
        from pyspark.sql import types as T
    except ImportError as exc:
        raise ImportError("quotehound.spark_schema needs pyspark, which is not installed: pip install pyspark", name="pyspark") from exc

    named = {"long": T.LongType(), "string": T.StringType(), "double": T.DoubleType(), "boolean": T.BooleanType(), "integer": T.IntegerType()}

    def spark_type(dtype: Any) -> Any:
        if isinstance(dtype, T.DataType):
            return dtype
        name = _SPARK_TYPES.get(str(dtype), str(dtype))
        if name not in named:
            raise ValueError(f"no Spark type for {dtype!r}; pass a pyspark DataType, or one of {sorted(named)!r}")
        return named[name]

    fields = []
    for name, dtype in _KINDS_OF_FRAME[kind].columns.items():
        if name == "quotes":
            # A statement's quotations: a tuple of indices, never missing, possibly empty.
            fields.append(T.StructField(name, T.ArrayType(T.LongType(), containsNull=False), nullable=False))
            continue
        wanted = doc if name == "doc" and doc is not None else dtype
        # A quotation may have no rule; a statement always has one.
        missing_rule = name == "rule" and kind == "quotes"
        nullable = dtype not in ("int64", "category") or missing_rule or (name == "doc" and doc is not None)
        fields.append(T.StructField(name, spark_type(wanted), nullable=nullable))
    return T.StructType(fields)


def spark_schema(doc: Any = None, *, kind: str = "quotes") -> Any:
    """The pyspark ``StructType`` of the rows :func:`spark_quotes` yields: the columns of
    ``QUOTES_COLUMNS`` in order; with ``kind="statements"`` or ``kind="sentences"``, those of
    :func:`spark_statements` or :func:`spark_sentences`.

    ``doc`` is the type of the ``doc`` column when ``id=`` names a column: a Spark DataType or a
    type name (``"string"``, ``"long"``); by default ``long``. Integers are
    ``long``, texts and categories ``string``, a statement's ``quotes`` an array of ``long``;
    columns that may be missing are nullable.

    >>> schema = spark_schema(doc="string")  # doctest: +SKIP
    >>> schema["doc"].dataType, schema["speaker_id"].dataType  # doctest: +SKIP
    (StringType(), LongType())
    """
    if kind not in _KINDS_OF_FRAME:
        raise ValueError(f"kind must be 'quotes', 'statements' or 'sentences', not {kind!r}")
    return _spark_schema(kind, doc)


def _for_arrow(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with categories as plain strings and a statement's quotations as a list, which
    every Arrow conversion of Spark accepts."""
    for name in ("kind", "rule"):
        if name in frame.columns:
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    if "quotes" in frame.columns:
        frame["quotes"] = [list(quotes) for quotes in frame["quotes"]]
    return frame


def _spark_frames(which: Any, batches: Iterable[pd.DataFrame], text: Hashable, id: Hashable | None, threads: int) -> Iterator[pd.DataFrame]:
    for batch in batches:
        if id is None:
            raise TypeError(
                "id=None: Spark batches are numbered from 0 each, so the doc column would not tell articles "
                "apart; pass id= with a column that names each article"
            )
        yield _for_arrow(which(batch, text=text, id=id, threads=threads))


def spark_quotes(
    batches: Iterable[pd.DataFrame], *, text: Hashable = "text", id: Hashable | None = "id", threads: int = 1
) -> Iterator[pd.DataFrame]:
    """The function of Spark's ``mapInPandas``: :func:`quotehound.quotes_frame` of each batch.

    ``batches`` are pandas DataFrames with the column ``text``; ``id`` names the column that fills
    ``doc`` (required: Spark's batches carry no row numbers). Each Spark task has one core, hence
    ``threads=1``. Categories come out as strings, to match :func:`spark_schema`.

    .. code-block:: python

        quotes = articles.mapInPandas(
            lambda batches: quotehound.spark_quotes(batches, text="body", id="url"),
            schema=quotehound.spark_schema(doc="string"),
        )

    >>> import pandas as pd
    >>> batch = pd.DataFrame({"url": ["a", "b"], "body": ["Rain.", "“Go,” Ann said."]})
    >>> [f[["doc", "text", "rule"]].values.tolist() for f in spark_quotes([batch], text="body", id="url")]
    [[['b', 'Go,', 'quote_speaker_cue']]]
    """
    return _spark_frames(quotes_frame, batches, text, id, threads)


def spark_statements(
    batches: Iterable[pd.DataFrame], *, text: Hashable = "text", id: Hashable | None = "id", threads: int = 1
) -> Iterator[pd.DataFrame]:
    """:func:`spark_quotes` for statements, with ``spark_schema(kind="statements")``: each
    statement's ``quotes`` comes out as a list.

    >>> import pandas as pd
    >>> batch = pd.DataFrame({"id": [7], "text": ["“Go,” Ann said. Bo said it rained."]})
    >>> [f[["doc", "text", "quotes"]].values.tolist() for f in spark_statements([batch])]
    [[[7, 'Go,', [0]], [7, 'it rained', []]]]
    """
    return _spark_frames(statements_frame, batches, text, id, threads)


def spark_sentences(
    batches: Iterable[pd.DataFrame], *, text: Hashable = "text", id: Hashable | None = "id", threads: int = 1
) -> Iterator[pd.DataFrame]:
    """:func:`spark_quotes` for sentences, with ``spark_schema(kind="sentences")``.

    >>> import pandas as pd
    >>> batch = pd.DataFrame({"id": [7], "text": ["One. Two."]})
    >>> [f[["doc", "text"]].values.tolist() for f in spark_sentences([batch])]
    [[[7, 'One.'], [7, 'Two.']]]
    """
    return _spark_frames(sentences_frame, batches, text, id, threads)
