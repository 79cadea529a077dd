"""pandas DataFrames of quotations, statements and sentences for many texts, built column by column.

The core analyses a chunk of texts with the GIL released and hands back whole columns (integer
columns as ``int64`` buffers, categories as codes, texts as lists of ``str``); no object is made
per quotation, statement or sentence (but the tuple of a statement's quotations). Chunks run on
every core, as in :func:`quotehound.analyze_many`.

pandas is an optional dependency (``pip install quotehound[pandas]``); this module imports it only
when a frame is built, so ``QUOTES_COLUMNS``, ``STATEMENTS_COLUMNS`` and ``SENTENCES_COLUMNS`` can
be read without it.

Column types, chosen so that nothing is lost and a missing value is a missing value:

- ``int64`` for offsets and indices that are always there; ``Int64`` (pandas' nullable integer)
  for those of a speaker, mention or cue, which a quotation or a statement may lack.
- ``string[python]`` for texts: pandas' string type stored as Python strings, which keeps every
  text exactly as ``text[start:end]`` of the document, lone surrogates included (Arrow storage
  cannot hold them). ``df.astype({"text": "string[pyarrow]"})`` converts where that is safe.
  In the ``speaker``, ``mention`` and ``cue`` columns, a short ASCII word that recurs (``said``,
  ``he``, ``Donald Trump``) within a chunk of texts is one string shared by its cells, not a copy
  per cell.
- ``category`` for ``kind`` and ``rule``, with every possible value as a category
  (``quotehound.QUOTE_KINDS`` and ``quotehound.RULES`` for quotations,
  ``quotehound.STATEMENT_KINDS`` and ``quotehound.STATEMENT_RULES`` for statements), so frames of
  different texts concatenate without turning into objects.
- ``object`` for a statement's ``quotes``: the tuple of the indices (the ``index`` column of
  :func:`quotes_frame`, within the same ``doc``) of the quotations inside its content, as in
  ``Statement.quotes``; ``()`` for reported speech without quoted words. Arrow, and so Parquet,
  store it as ``list<int64>``.
  ``df.explode("quotes")`` gives one row per statement and quotation, to merge with the quotations
  on ``["doc", "quotes"]`` against ``["doc", "index"]``.
- ``doc`` names the text each row comes from: with ``id=``, the value of that column for the text;
  else, for a DataFrame or a Series, the text's index label (``df.loc[row.doc]`` is its row, however
  the frame was sorted, sliced or partitioned); for any other iterable, the text's position in it.
  It has the type of what it holds: ``int64`` for positions and for the default ``RangeIndex``.

On a cluster, the same functions run on each partition, one thread each as the engine already
spreads the partitions over the cores; with ``id=``, give ``doc`` the id column's type in the meta:
``ddf.map_partitions(quotes_frame, text="body", id="url", threads=1, meta={**QUOTES_COLUMNS, "doc": "string"})``.

>>> import quotehound
>>> df = quotehound.quotes_frame(["No quotes.", "“We will win,” Ann Lee said."])
>>> df[["doc", "text", "kind", "speaker", "cue", "rule"]].to_dict("records")
[{'doc': 1, 'text': 'We will win,', 'kind': 'direct', 'speaker': 'Ann Lee', 'cue': 'said', 'rule': 'quote_speaker_cue'}]
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Hashable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _core
from .batch import analyze_many, checked_iterable, checked_threads, chunks, length, not_a_text, ordered_map, progress_bar
from .tally import tally_speakers
from .types import SpeakerKind

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "QUOTES_COLUMNS",
    "STATEMENTS_COLUMNS",
    "SENTENCES_COLUMNS",
    "SPEAKERS_COLUMNS",
    "QUOTE_KINDS",
    "RULES",
    "STATEMENT_KINDS",
    "STATEMENT_RULES",
    "SPEAKER_KINDS",
    "quotes_frame",
    "statements_frame",
    "sentences_frame",
    "speakers_frame",
    "series_frame",
]

#: The columns that :func:`quotes_frame` and :func:`statements_frame` share, in order.
_CREDITED_COLUMNS: dict[str, str] = {
    "doc": "int64",
    "index": "int64",
    "start": "int64",
    "end": "int64",
    "text": "string[python]",
    "kind": "category",
    "sentence": "int64",
    "paragraph": "int64",
    "speaker": "string[python]",
    "speaker_id": "Int64",
    "mention": "string[python]",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "cue": "string[python]",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "rule": "category",
}

#: The columns of :func:`quotes_frame`, in order, with their pandas dtypes (usable as a Dask ``meta``;
#: with ``id=``, ``doc`` takes the type of the id column). ``addressee`` is the ``speaker_id`` of
#: whom the quotation is spoken to, in dialogue.
QUOTES_COLUMNS: dict[str, str] = {**_CREDITED_COLUMNS, "addressee": "Int64"}

#: The columns of :func:`statements_frame`, in order, with their pandas dtypes: those of
#: ``QUOTES_COLUMNS`` but ``addressee``, then ``quotes``, the tuple of the indices of the quotations
#: in the content.
STATEMENTS_COLUMNS: dict[str, str] = {**_CREDITED_COLUMNS, "quotes": "object"}

#: The columns of :func:`sentences_frame`, in order, with their pandas dtypes.
SENTENCES_COLUMNS: dict[str, str] = {
    "doc": "int64",
    "index": "int64",
    "start": "int64",
    "end": "int64",
    "text": "string[python]",
    "paragraph": "int64",
}

#: The columns of :func:`speakers_frame`, in order, with their pandas dtypes: one row per speaker of
#: a text, with the fields of :class:`quotehound.SpeakerTally`.
SPEAKERS_COLUMNS: dict[str, str] = {
    "doc": "int64",
    "speaker_id": "int64",
    "name": "string[python]",
    "kind": "category",
    "quotes": "int64",
    "words": "int64",
    "statements": "int64",
    "mentions": "int64",
}

#: Every value of the ``kind`` column of :func:`speakers_frame`, in category order.
SPEAKER_KINDS: tuple[str, ...] = typing.get_args(SpeakerKind)

#: Every value of the ``kind`` column of :func:`quotes_frame`, in category order.
QUOTE_KINDS: tuple[str, ...] = tuple(_core.QUOTE_KINDS)
#: Every value of the ``rule`` column of :func:`quotes_frame`, in category order.
RULES: tuple[str, ...] = tuple(_core.RULES)
#: Every value of the ``kind`` column of :func:`statements_frame`, in category order.
STATEMENT_KINDS: tuple[str, ...] = tuple(_core.STATEMENT_KINDS)
#: Every value of the ``rule`` column of :func:`statements_frame`, in category order: the rules of
#: quotations, then the patterns of reported speech.
STATEMENT_RULES: tuple[str, ...] = tuple(_core.STATEMENT_RULES)

#: Texts analysed by one call of the core; more than a batch of `analyze_many`, as no objects are kept.
#: Each chunk costs a call and a set of columns to join (about 0.1 ms); 256 news articles are about
#: 20 ms of work, and 10,000 of them still make 40 chunks to spread over the threads.
_CHUNK_TEXTS = 256


class _Kind(NamedTuple):
    """A kind of frame: the core's function that makes its columns, their dtypes, and the values of
    each category column."""

    core: Callable[[list[str]], dict[str, Any]]
    columns: dict[str, str]
    categories: dict[str, tuple[str, ...]]


_KINDS_OF_FRAME: dict[str, _Kind] = {
    "quotes": _Kind(_core.quote_columns, QUOTES_COLUMNS, {"kind": QUOTE_KINDS, "rule": RULES}),
    "statements": _Kind(_core.statement_columns, STATEMENTS_COLUMNS, {"kind": STATEMENT_KINDS, "rule": STATEMENT_RULES}),
    "sentences": _Kind(_core.sentence_columns, SENTENCES_COLUMNS, {}),
}


@functools.cache
def _category_dtype(categories: tuple[str, ...]) -> pd.CategoricalDtype:
    """The dtype of a category column of ``categories``, made once: making it costs milliseconds, as
    pandas builds and checks an index of its values."""
    dtype: pd.CategoricalDtype = _pandas().CategoricalDtype(categories)
    return dtype


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "quotehound's DataFrames need pandas, which is not installed: pip install quotehound[pandas]", name="pandas"
        ) from exc
    return pandas


class _Source:
    """The texts of ``data`` and what the ``doc`` column shows for each."""

    def __init__(self, texts: Iterable[object], ids: pd.Index | None, where: str, total: int | None) -> None:
        self.texts = texts
        self.ids = ids
        self.where = where
        self.total = total


def _source(data: object, text: Hashable, id: Hashable | None) -> _Source:
    pandas = _pandas()
    if isinstance(data, pandas.DataFrame):
        columns = list(data.columns)
        for argument, name in (("text", text), ("id", id)):
            if name is None and argument == "id":
                continue
            if name not in data.columns:
                raise ValueError(f"{argument}={name!r} is not a column of the DataFrame; pass one of {columns!r}")
            if columns.count(name) > 1:
                raise ValueError(f"{argument}={name!r} names {columns.count(name)} columns of the DataFrame; rename them apart")
        ids = _labels(data.index) if id is None else pandas.Index(data[id])
        return _Source(data[text], ids, f"data[{text!r}]", len(data))
    if id is not None:
        raise TypeError(
            f"id={id!r} names a column, so data must be a DataFrame, not {type(data).__name__}; "
            "without id the doc column holds each text's index label (of a Series) or position"
        )
    if text != "text":
        raise TypeError(f"text={text!r} names a column, so data must be a DataFrame, not {type(data).__name__}")
    if isinstance(data, pandas.Series):
        return _Source(data, _labels(data.index), "data", len(data))
    checked_iterable(data, "data")
    return _Source(data, None, "data", length(data))  # type: ignore[arg-type]


def _labels(index: pd.Index) -> pd.Index | None:
    """The labels that fill ``doc`` for the rows of ``index``; ``None`` when they are the rows'
    positions (a ``RangeIndex`` from 0 by 1, the default), which need no look-up."""
    pandas = _pandas()
    if isinstance(index, pandas.RangeIndex) and index.start == 0 and index.step == 1:
        return None
    return index


def _default_threads() -> int:
    """Threads for ``threads=None``: one inside a Dask worker's task (the worker runs one task per
    thread it has), else every core."""
    import sys

    distributed = sys.modules.get("distributed")
    if distributed is not None:
        try:
            distributed.get_worker()
        except ValueError:
            pass
        else:
            return 1
    return checked_threads(None)


def _numbered(texts: Iterable[object]) -> Iterator[tuple[int, list[object]]]:
    first = 0
    for chunk in chunks(texts, size=_CHUNK_TEXTS):
        yield first, chunk
        first += len(chunk)


class _Columns:
    """Gathers the columns of consecutive chunks, then makes one DataFrame of them."""

    def __init__(self, kind: _Kind) -> None:
        self.names = kind.columns
        self.categories = kind.categories
        self.parts: dict[str, list[Any]] = {name: [] for name in self.names}

    def add(self, first: int, columns: dict[str, Any]) -> None:
        import numpy as np

        for name, values in columns.items():
            if isinstance(values, bytes):
                array = np.frombuffer(values, dtype=np.int8 if name in self.categories else np.int64)
                self.parts[name].append(array + first if name == "doc" else array)
            else:
                self.parts[name].append(values)

    def frame(self, ids: pd.Index | None) -> pd.DataFrame:
        import numpy as np

        pandas = _pandas()
        data: dict[str, Any] = {}
        for name, dtype in self.names.items():
            parts = self.parts[name]
            if dtype == "string[python]":
                # An object array first: from a list, pandas would look into every string for nesting.
                strings = np.fromiter(chain.from_iterable(parts), dtype=object, count=sum(map(len, parts)))
                data[name] = pandas.array(strings, dtype=pandas.StringDtype("python"), copy=False)
                continue
            if dtype == "object":
                # Filled one by one: given a list of tuples, numpy would make a two-dimensional array.
                cells = np.empty(sum(map(len, parts)), dtype=object)
                for at, cell in enumerate(chain.from_iterable(parts)):
                    cells[at] = cell
                data[name] = cells
                continue
            numbers: Any = np.concatenate(parts) if parts else np.empty(0, np.int8 if name in self.categories else np.int64)
            if name == "doc" and ids is not None:
                taken = ids.take(numbers)
                data[name] = taken if isinstance(taken, pandas.MultiIndex) else taken.array
            elif dtype == "category":
                data[name] = pandas.Categorical.from_codes(numbers, dtype=_category_dtype(self.categories[name]))
            elif dtype == "Int64":
                data[name] = pandas.arrays.IntegerArray(numbers, numbers < 0)
            else:
                data[name] = numbers
        # Every array was made here and belongs to nothing else: no need for pandas to copy it.
        frame: pd.DataFrame = pandas.DataFrame(data, copy=False)
        return frame


def _frame(kind: _Kind, source: _Source, threads: int | None, progress: bool) -> pd.DataFrame:
    workers = _default_threads() if threads is None else checked_threads(threads)
    make_bar = progress_bar(progress, "doc")

    def work(chunk: tuple[int, list[object]]) -> tuple[int, int, dict[str, Any]]:
        first, texts = chunk
        for offset, value in enumerate(texts):
            if not isinstance(value, str):
                raise not_a_text(value, f"{source.where}[{first + offset}]")
        return first, len(texts), kind.core(texts)  # type: ignore[arg-type]

    columns = _Columns(kind)
    bar = make_bar(source.total) if make_bar is not None else None
    results = ordered_map(work, _numbered(source.texts), workers)
    try:
        for first, count, found in results:
            columns.add(first, found)
            if bar is not None:
                bar.update(count)
    finally:
        results.close()
        if bar is not None:
            bar.close()
    return columns.frame(source.ids)


def quotes_frame(
    data: Any,
    *,
    text: Hashable = "text",
    id: Hashable | None = None,
    threads: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per quotation of every text in ``data``, with the columns of ``QUOTES_COLUMNS``.

    ``data`` is a DataFrame (its column ``text`` holds the texts), a Series or any iterable of
    ``str``. The ``doc`` column tells which text a row comes from: the value of the column ``id``
    when given; else the text's index label for a DataFrame or a Series (so that a sorted frame,
    a slice such as ``df.iloc[500:]`` and the partitions of a Dask frame give the labels of the
    rows they came from, and ``series.quotehound.quotes()`` gives the same); else the text's
    position in the iterable. Texts are analysed on
    ``threads`` threads (``None``: every core, or one inside a Dask worker), with a tqdm
    progress bar when ``progress`` is true. A missing text (``None``, ``NaN``) raises
    ``TypeError``: drop or fill those rows first.

    >>> import pandas as pd, quotehound
    >>> articles = pd.DataFrame({"url": ["a", "b"], "body": ["Rain.", "“Go,” Ann said."]})
    >>> df = quotehound.quotes_frame(articles, text="body", id="url")
    >>> df[["doc", "start", "end", "text", "speaker", "rule"]].values.tolist()
    [['b', 1, 4, 'Go,', 'Ann', 'quote_speaker_cue']]
    """
    return _frame(_KINDS_OF_FRAME["quotes"], _source(data, text, id), threads, progress)


def statements_frame(
    data: Any,
    *,
    text: Hashable = "text",
    id: Hashable | None = None,
    threads: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per statement of every text in ``data``, with the columns of ``STATEMENTS_COLUMNS``:
    every attribution, quoted or reported, as ``Document.statements`` holds them.

    Takes the same arguments as :func:`quotes_frame`. The ``quotes`` column holds the tuple of the
    indices of the quotations inside each content (the ``index`` of :func:`quotes_frame`'s rows of
    the same ``doc``).

    >>> import quotehound
    >>> df = quotehound.statements_frame(["The mayor said the bridge would reopen. “Soon,” she said."])
    >>> df[["text", "kind", "speaker", "cue", "rule", "quotes"]].values.tolist()
    [['the bridge would reopen', 'indirect', 'mayor', 'said', 'speaker_cue_content', ()], ['Soon,', 'direct', 'mayor', 'said', 'quote_speaker_cue', (0,)]]
    """
    return _frame(_KINDS_OF_FRAME["statements"], _source(data, text, id), threads, progress)


def sentences_frame(
    data: Any,
    *,
    text: Hashable = "text",
    id: Hashable | None = None,
    threads: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per sentence of every text in ``data``, with the columns of ``SENTENCES_COLUMNS``.

    Takes the same arguments as :func:`quotes_frame`.

    >>> import quotehound
    >>> df = quotehound.sentences_frame(["Mr. Smith left. He was tired.", "Hi."])
    >>> df[["doc", "index", "text"]].values.tolist()
    [[0, 0, 'Mr. Smith left.'], [0, 1, 'He was tired.'], [1, 0, 'Hi.']]
    """
    return _frame(_KINDS_OF_FRAME["sentences"], _source(data, text, id), threads, progress)


def speakers_frame(
    data: Any,
    *,
    text: Hashable = "text",
    id: Hashable | None = None,
    threads: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per speaker of every text in ``data``, with the columns of ``SPEAKERS_COLUMNS``: how
    many quotations each is credited with, the words in them, their statements and mentions, most
    quotations first within a text (as :func:`quotehound.tally_speakers` orders them).

    Takes the same arguments as :func:`quotes_frame`; ``doc`` and ``speaker_id`` lead to the rows of
    :func:`quotes_frame` and :func:`statements_frame` of the same speaker. Speakers credited with
    nothing are left out.

    >>> import quotehound
    >>> df = quotehound.speakers_frame(["“Go,” said Ann Lee. “Now?” Tom asked. “Yes, now,” Ann Lee said."])
    >>> df[["doc", "name", "quotes", "words", "statements"]].values.tolist()
    [[0, 'Ann Lee', 2, 3, 2], [0, 'Tom', 1, 1, 1]]
    """
    pandas = _pandas()
    source = _source(data, text, id)
    workers = _default_threads() if threads is None else checked_threads(threads)
    rows: list[tuple[Any, ...]] = []
    for position, doc in enumerate(analyze_many(_checked_texts(source), threads=workers, progress=progress)):
        rows.extend((position, *tally) for tally in tally_speakers(doc))
    columns = list(zip(*rows)) or [()] * len(SPEAKERS_COLUMNS)
    data_by_name: dict[str, Any] = {}
    for (name, dtype), values in zip(SPEAKERS_COLUMNS.items(), columns):
        if dtype == "category":
            data_by_name[name] = pandas.Categorical(values, dtype=_category_dtype(SPEAKER_KINDS))
        elif name == "doc" and source.ids is not None:
            data_by_name[name] = source.ids.take(list(values)).array
        else:
            data_by_name[name] = pandas.array(list(values), dtype=dtype)
    frame: pd.DataFrame = pandas.DataFrame(data_by_name)
    return frame


def _checked_texts(source: _Source) -> Iterator[str]:
    """The texts of ``source``, each checked to be a ``str`` as it is read."""
    for position, value in enumerate(source.texts):
        if not isinstance(value, str):
            raise not_a_text(value, f"{source.where}[{position}]")
        yield value


def series_frame(which: str, series: pd.Series, *, threads: int | None = None, progress: bool = False) -> pd.DataFrame:
    """The ``"quotes"``, ``"statements"`` or ``"sentences"`` frame of a Series' texts, with its index
    labels in ``doc``.

    The Series accessor's work: ``series.quotehound.quotes()`` is ``series_frame("quotes", series)``.

    >>> import pandas as pd
    >>> series_frame("sentences", pd.Series(["One. Two."], index=["x"]))[["doc", "text"]].values.tolist()
    [['x', 'One.'], ['x', 'Two.']]
    """
    if which not in _KINDS_OF_FRAME:
        raise ValueError(f"which must be 'quotes', 'statements' or 'sentences', not {which!r}")
    pandas = _pandas()
    source = _Source(series, pandas.Index(series.index), "series", len(series))
    return _frame(_KINDS_OF_FRAME[which], source, threads, progress)
