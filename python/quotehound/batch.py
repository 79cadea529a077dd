"""Many texts at once: every core busy, results in input order, memory bounded on endless input.

The core releases the GIL while it analyses a text, so plain threads run texts side by side; only
the building of the Python results holds the GIL. Texts are sent to the threads in chunks (at most
``CHUNK_TEXTS`` texts and about ``CHUNK_CHARS`` characters each), and at most two chunks per thread
are in flight at any time: an endless iterator is read only as far as the consumer has got, plus
that window.

>>> import quotehound
>>> docs = quotehound.analyze_many(["“Yes,” she said.", "No quotes here."], threads=2)
>>> [len(doc.quotes) for doc in docs]
[1, 0]
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from . import _core
from .types import Document

__all__ = ["analyze_many", "CHUNK_TEXTS", "CHUNK_CHARS"]

#: Most texts sent to a thread at once.
CHUNK_TEXTS = 16
#: A chunk is closed once its texts reach this many characters (a single longer text is a chunk).
CHUNK_CHARS = 1_000_000
#: Chunks in flight per thread: one being analysed, one waiting.
WINDOW_PER_THREAD = 2

T = TypeVar("T")
R = TypeVar("R")


class _Progress(Protocol):
    def update(self, n: int = 1) -> Any: ...

    def close(self) -> Any: ...


def checked_threads(threads: object) -> int:
    """The number of threads to use: ``threads``, or every core for ``None``.

    >>> checked_threads(3)
    3
    """
    if threads is None:
        count = getattr(os, "process_cpu_count", os.cpu_count)()
        return max(1, count or 1)
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"threads must be a positive int or None (every core), not {type(threads).__name__}")
    if threads < 1:
        raise ValueError(f"threads must be a positive int or None (every core), not {threads}")
    return threads


def checked_iterable(texts: object, name: str = "texts") -> Iterable[object]:
    """``texts`` when it is an iterable of texts rather than one text.

    >>> checked_iterable(["a", "b"])
    ['a', 'b']
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"{name} must be an iterable of str, not a single {type(texts).__name__}; "
            f"pass a list such as [text], or call quotehound.analyze(text) for one text"
        )
    try:
        iter(texts)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"{name} must be an iterable of str (a list, a generator, a Series), not {type(texts).__name__}") from None
    return texts  # type: ignore[return-value]


def not_a_text(value: object, where: str) -> TypeError:
    """The error for a value that should have been a text, with a hint at what to do.

    >>> not_a_text(None, "texts[3]")
    TypeError("texts[3] must be str, not NoneType (a missing text: drop it or fill it with '' first)")
    """
    hint = ""
    if isinstance(value, (bytes, bytearray)):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))"
    elif value is None or (isinstance(value, float) and math.isnan(value)) or type(value).__name__ in ("NAType", "NaTType"):
        hint = " (a missing text: drop it or fill it with '' first)"
    return TypeError(f"{where} must be str, not {type(value).__name__}{hint}")


def progress_bar(progress: object, unit: str) -> Callable[[int | None], _Progress] | None:
    """A maker of tqdm progress bars (called with the total) when ``progress`` is true, else ``None``.

    tqdm is imported at once, so that a missing install is reported when the call is made, not
    when its results are first read: ``ImportError`` then says what to install.

    >>> progress_bar(False, "doc") is None
    True
    """
    if not isinstance(progress, bool):
        raise TypeError(f"progress must be True or False, not {type(progress).__name__}")
    if not progress:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError as exc:
        raise ImportError(
            "progress=True needs tqdm, which is not installed: pip install quotehound[progress]", name="tqdm"
        ) from exc

    def make(total: int | None) -> _Progress:
        bar: _Progress = tqdm(total=total, unit=unit, dynamic_ncols=True)
        return bar

    return make


def length(values: object) -> int | None:
    """``len(values)`` when it has one, else ``None`` (generators).

    >>> length(["a", "b"]), length(iter(["a"]))
    (2, None)
    """
    try:
        return len(values)  # type: ignore[arg-type]
    except TypeError:
        return None


def chunks(values: Iterable[T], size: int = CHUNK_TEXTS, chars: int = CHUNK_CHARS) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` values and about ``chars`` characters of text.

    >>> list(chunks("abcde", size=2))
    [['a', 'b'], ['c', 'd'], ['e']]
    """
    chunk: list[T] = []
    total = 0
    iterator = iter(values)
    while True:
        try:
            value = next(iterator)
        except StopIteration:
            break
        except Exception:
            # The values read before an error still make their chunk.
            if chunk:
                yield chunk
            raise
        chunk.append(value)
        total += len(value) if isinstance(value, str) else 0
        if len(chunk) >= size or total >= chars:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def ordered_map(function: Callable[[T], R], items: Iterable[T], threads: int) -> Generator[R, None, None]:
    """``map(function, items)`` on ``threads`` threads, in order, with few items in flight.

    At most ``WINDOW_PER_THREAD * threads`` items are submitted and not yet yielded, so an
    endless ``items`` is read only a little ahead of the consumer. Closing the iterator cancels
    the work not yet started and waits for the rest.

    >>> list(ordered_map(len, ["a", "bb", "ccc"], threads=2))
    [1, 2, 3]
    """
    if threads == 1:
        yield from map(function, items)
        return
    window: deque[Future[R]] = deque()
    source = iter(items)
    failure: BaseException | None = None
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="quotehound")

    def refill() -> None:
        # An error of `items` waits until the results before it have been handed over.
        nonlocal failure
        while failure is None and len(window) < WINDOW_PER_THREAD * threads:
            try:
                item = next(source)
            except StopIteration:
                return
            except Exception as exc:
                failure = exc
                return
            window.append(pool.submit(function, item))

    try:
        refill()
        while window:
            result = window.popleft().result()
            refill()  # before handing the result over, so that the threads work while the caller does
            yield result
        if failure is not None:
            raise failure
    finally:
        for future in window:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _analyze_chunk(chunk: tuple[int, list[object]]) -> tuple[list[Document], TypeError | None]:
    """The documents of a chunk's texts, up to the first value that is not a text, and its error."""
    first, texts = chunk
    documents: list[Document] = []
    for offset, text in enumerate(texts):
        if not isinstance(text, str):
            return documents, not_a_text(text, f"texts[{first + offset}]")
        documents.append(_core.analyze(text))
    return documents, None


def _numbered(texts: Iterable[T]) -> Iterator[tuple[int, list[T]]]:
    first = 0
    for chunk in chunks(texts):
        yield first, chunk
        first += len(chunk)


def _one_by_one(texts: Iterable[object], bar: _Progress | None) -> Iterator[Document]:
    """The documents of ``texts`` on the calling thread, each made just before it is yielded.

    Nothing is held back, so documents the caller drops are freed at once rather than aged by
    the garbage collector (which a chunk of documents waiting its turn costs).
    """
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise not_a_text(text, f"texts[{position}]")
        yield _core.analyze(text)
        if bar is not None:
            bar.update(1)


def _documents(
    texts: Iterable[object], threads: int, make_bar: Callable[[int | None], _Progress] | None, total: int | None
) -> Iterator[Document]:
    # The bar appears when reading starts, not when the iterator is made.
    bar = make_bar(total) if make_bar is not None else None
    try:
        if threads == 1:
            yield from _one_by_one(texts, bar)
            return
        results = ordered_map(_analyze_chunk, _numbered(texts), threads)
        try:
            for documents, error in results:
                if bar is not None:
                    bar.update(len(documents))
                yield from documents
                if error is not None:
                    raise error
        finally:
            results.close()
    finally:
        if bar is not None:
            bar.close()


def analyze_many(texts: Iterable[str], *, threads: int | None = None, progress: bool = False) -> Iterator[Document]:
    """Analyse many texts on ``threads`` threads; yield their documents in input order.

    ``texts`` may be any iterable of ``str``, endless ones included: it is read lazily, only a
    bounded window ahead of the consumer. ``threads=None`` uses every core; results are the
    same whatever the number of threads. ``progress=True`` shows a tqdm progress bar (``pip
    install quotehound[progress]``). Arguments are checked at once; a value of ``texts`` that is
    not a ``str`` raises ``TypeError`` when its turn comes, after the documents before it.

    >>> import quotehound
    >>> texts = ["“We will win,” she said.", "Mr. Smith left. He was tired."]
    >>> [(len(d.sentences), len(d.quotes)) for d in quotehound.analyze_many(texts, threads=2)]
    [(1, 1), (2, 0)]
    """
    checked_iterable(texts)
    workers = checked_threads(threads)
    return _documents(texts, workers, progress_bar(progress, "doc"), length(texts))
