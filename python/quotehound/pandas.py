"""The ``quotehound`` accessor of pandas Series, registered when this module is imported.

>>> import pandas as pd
>>> import quotehound.pandas
>>> bodies = pd.Series(["“Go,” Ann said.", "Rain."], index=["a", "b"])
>>> bodies.quotehound.quotes()[["doc", "text", "speaker"]].values.tolist()
[['a', 'Go,', 'Ann']]
>>> bodies.quotehound.statements()[["doc", "text", "kind", "quotes"]].values.tolist()
[['a', 'Go,', 'direct', (0,)]]
>>> bodies.quotehound.analyze().map(lambda doc: len(doc.sentences)).tolist()
[1, 1]

Like pandas' own ``.str``, the accessor exists only for Series of strings: on other data,
``series.quotehound`` raises ``AttributeError``.
"""

from __future__ import annotations

try:
    import pandas as pd
except ImportError as exc:
    raise ImportError("quotehound.pandas needs pandas, which is not installed: pip install quotehound[pandas]", name="pandas") from exc

from .batch import analyze_many
from .frames import series_frame

__all__ = ["QuotehoundAccessor"]


def _holds_strings(series: pd.Series) -> bool:
    dtype = series.dtype
    if isinstance(dtype, pd.StringDtype):
        return True
    arrow = getattr(pd, "ArrowDtype", None)
    if arrow is not None and isinstance(dtype, arrow):
        import pyarrow

        return bool(pyarrow.types.is_string(dtype.pyarrow_dtype) or pyarrow.types.is_large_string(dtype.pyarrow_dtype))
    if dtype == object:
        return pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty")
    return False


@pd.api.extensions.register_series_accessor("quotehound")
class QuotehoundAccessor:
    """Quotations, statements, sentences and documents of a Series of texts, on every core.

    Results keep the Series' index: the frames' ``doc`` column holds its labels, and
    ``analyze()`` returns a Series with the same index.

    >>> import pandas as pd
    >>> import quotehound.pandas
    >>> pd.Series(["One. Two."]).quotehound.sentences()["text"].tolist()
    ['One.', 'Two.']
    """

    def __init__(self, series: pd.Series) -> None:
        if not _holds_strings(series):
            raise AttributeError(f"Can only use .quotehound accessor with string values, not {series.dtype}")
        self._series = series

    def quotes(self, *, threads: int | None = None, progress: bool = False) -> pd.DataFrame:
        """One row per quotation, with the columns of ``quotehound.QUOTES_COLUMNS``.

        >>> import pandas as pd
        >>> import quotehound.pandas
        >>> pd.Series(["“Yes,” Bo said."]).quotehound.quotes()["speaker"].tolist()
        ['Bo']
        """
        return series_frame("quotes", self._series, threads=threads, progress=progress)

    def statements(self, *, threads: int | None = None, progress: bool = False) -> pd.DataFrame:
        """One row per statement, quoted or reported, with the columns of
        ``quotehound.STATEMENTS_COLUMNS``.

        >>> import pandas as pd
        >>> import quotehound.pandas
        >>> pd.Series(["Bo said it rained."]).quotehound.statements()[["text", "speaker", "rule"]].values.tolist()
        [['it rained', 'Bo', 'speaker_cue_content']]
        """
        return series_frame("statements", self._series, threads=threads, progress=progress)

    def sentences(self, *, threads: int | None = None, progress: bool = False) -> pd.DataFrame:
        """One row per sentence, with the columns of ``quotehound.SENTENCES_COLUMNS``.

        >>> import pandas as pd
        >>> import quotehound.pandas
        >>> pd.Series(["One. Two.", "Three."]).quotehound.sentences()["doc"].tolist()
        [0, 0, 1]
        """
        return series_frame("sentences", self._series, threads=threads, progress=progress)

    def analyze(self, *, threads: int | None = None, progress: bool = False) -> pd.Series:
        """A Series of :class:`quotehound.Document`, with the same index and name.

        >>> import pandas as pd
        >>> import quotehound.pandas
        >>> pd.Series(["“Yes,” Bo said."]).quotehound.analyze()[0].speakers[0].name
        'Bo'
        """
        series = self._series
        documents = list(analyze_many(series, threads=threads, progress=progress))
        return pd.Series(documents, index=series.index, name=series.name, dtype=object)
