"""``analyze_many``: same results as one by one, in order, on any number of threads, lazily."""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Iterator

import pytest

import quotehound
from quotehound import batch
from sample_texts import ARTICLE, mixed

TEXTS = mixed(150)


@pytest.fixture(scope="module")
def expected() -> list[quotehound.Document]:
    return [quotehound.analyze(text) for text in TEXTS]


@pytest.mark.parametrize("threads", [1, 2, 4])
def test_same_documents_in_the_same_order_as_one_by_one(threads, expected):
    assert list(quotehound.analyze_many(TEXTS, threads=threads)) == expected


@pytest.mark.parametrize("threads", [None, 1, 2, 4])
def test_a_generator_gives_the_same_documents(threads, expected):
    assert list(quotehound.analyze_many((text for text in TEXTS), threads=threads)) == expected


def test_more_threads_than_texts_and_no_texts():
    assert list(quotehound.analyze_many(["One. Two."], threads=8)) == [quotehound.analyze("One. Two.")]
    assert list(quotehound.analyze_many([], threads=3)) == []
    assert list(quotehound.analyze_many(iter(()))) == []


def test_huge_and_tiny_texts_mixed_keep_their_order():
    texts = [ARTICLE * 40 if i % 5 == 0 else f"Text {i}. “Yes,” he said." for i in range(60)]
    docs = list(quotehound.analyze_many(texts, threads=4))
    assert [doc.text for doc in docs] == texts
    assert docs[0] == quotehound.analyze(texts[0])


class Endless:
    """An endless iterator of texts that counts how many were read."""

    def __init__(self) -> None:
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            self.read += 1
            yield f"Story {i}. “We will win,” Mayor Ann Lee said on day {i}."


@pytest.mark.parametrize("threads", [1, 2, 4])
def test_an_endless_iterator_is_read_only_a_window_ahead(threads):
    source = Endless()
    docs = quotehound.analyze_many(source, threads=threads)
    taken = list(itertools.islice(docs, 100))
    assert [doc.text for doc in taken] == [f"Story {i}. “We will win,” Mayor Ann Lee said on day {i}." for i in range(100)]
    window = batch.WINDOW_PER_THREAD * threads * batch.CHUNK_TEXTS
    assert 100 <= source.read <= 100 + window + batch.CHUNK_TEXTS
    docs.close()  # type: ignore[attr-defined]
    read = source.read
    assert not [t for t in threading.enumerate() if t.name.startswith("quotehound")]
    assert source.read == read


def test_threads_do_the_work():
    seen: set[str] = set()
    for _ in quotehound.analyze_many(Endless().__iter__(), threads=2):
        seen.update(t.name for t in threading.enumerate() if t.name.startswith("quotehound"))
        if len(seen) >= 2:
            break
    assert len(seen) >= 2


def test_abandoned_iterator_stops_its_threads():
    docs = quotehound.analyze_many(Endless(), threads=2)
    next(docs)
    del docs
    assert not [t for t in threading.enumerate() if t.name.startswith("quotehound")]


def test_chunks_are_bounded_by_count_and_characters():
    assert [len(c) for c in batch.chunks(["a"] * 40, size=16)] == [16, 16, 8]
    assert [len(c) for c in batch.chunks(["x" * 600, "y" * 600, "z"], size=16, chars=1000)] == [2, 1]
    assert [len(c) for c in batch.chunks(["x" * 5000, "y"], size=16, chars=1000)] == [1, 1]


# ---------------------------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ("One text.", "quotehound.analyze"),
        (b"bytes", "iterable of str"),
        (42, "iterable of str"),
        (None, "iterable of str"),
    ],
)
def test_texts_must_be_an_iterable_of_texts(texts, message):
    with pytest.raises(TypeError, match="texts") as info:
        quotehound.analyze_many(texts)
    assert message in str(info.value)


@pytest.mark.parametrize(("threads", "error"), [(0, ValueError), (-2, ValueError), ("2", TypeError), (2.0, TypeError), (True, TypeError)])
def test_threads_must_be_a_positive_int_or_none(threads, error):
    with pytest.raises(error, match="threads must be a positive int or None"):
        quotehound.analyze_many(["x"], threads=threads)


def test_progress_must_be_a_bool():
    with pytest.raises(TypeError, match="progress must be True or False"):
        quotehound.analyze_many(["x"], progress="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize("threads", [1, 3])
@pytest.mark.parametrize(
    ("bad", "hint"), [(None, "missing text"), (float("nan"), "missing text"), (b"x", "decode"), (7, "int")]
)
def test_a_value_that_is_not_a_text_fails_in_its_turn(threads, bad, hint):
    texts = ["One.", "Two.", "Three.", bad, "Five."] + ["More."] * 40
    docs = quotehound.analyze_many(texts, threads=threads)
    assert [d.text for d in itertools.islice(docs, 3)] == ["One.", "Two.", "Three."]
    with pytest.raises(TypeError, match=r"texts\[3\] must be str") as info:
        next(docs)
    assert hint in str(info.value)


# ---------------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------------


def test_progress_bar_counts_the_documents(capsys):
    docs = list(quotehound.analyze_many(TEXTS[:40], threads=2, progress=True))
    assert len(docs) == 40
    err = capsys.readouterr().err
    assert "40/40" in err and "doc" in err


def test_progress_without_a_total_on_a_generator(capsys):
    assert len(list(quotehound.analyze_many((t for t in TEXTS[:5]), progress=True))) == 5
    assert "5doc" in capsys.readouterr().err.replace(" ", "")


def test_progress_without_tqdm_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(ImportError, match=r"pip install quotehound\[progress\]"):
        quotehound.analyze_many(["x"], progress=True)


@pytest.mark.parametrize("threads", [1, 2])
def test_an_error_of_the_iterator_comes_after_the_documents_before_it(threads):
    def texts():
        yield from (f"Text {i}." for i in range(50))
        raise OSError("disk gone")

    docs = quotehound.analyze_many(texts(), threads=threads)
    assert len(list(itertools.islice(docs, 50))) == 50
    with pytest.raises(OSError, match="disk gone"):
        next(docs)


def test_examples_in_the_docstrings_hold():
    import doctest

    assert doctest.testmod(batch).failed == 0
