"""The DataFrame functions on a real Dask cluster of two processes, and pickling across processes."""

from __future__ import annotations

import pickle

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import quotehound  # noqa: E402
from quotehound import frames  # noqa: E402
from sample_texts import ARTICLE, mixed  # noqa: E402

NAMES = [
    ("Biden", "Ann Lee"),
    ("Putin", "Omar Diaz"),
    ("Antonov", "Mei Chen"),
    ("Trump", "Kofi Mensah"),
    ("Zakharova", "Ingrid Olsen"),
    ("Peskov", "Raj Patel"),
]


def corpus(count: int) -> list[str]:
    """``count`` varied texts: the seed article with other names, cut at different paragraphs,
    mixed with the short and odd texts of the other tests."""
    paragraphs = ARTICLE.split("\n\n")
    small = mixed(97)
    texts = []
    for i in range(count):
        if i % 4 == 3:
            texts.append(small[i % len(small)])
            continue
        text = "\n\n".join(paragraphs[i % 5 : len(paragraphs) - (i % 3)])
        old, new = NAMES[i % len(NAMES)]
        texts.append(text.replace(old, f"{new} {i}" if i % 2 else new))
    return texts


@pytest.fixture(scope="module", autouse=True)
def python_strings():
    """Dask turns object columns into Arrow strings, which cannot hold the lone surrogates of some
    test texts; keep the texts as they are."""
    import dask

    with dask.config.set({"dataframe.convert-string": False}):
        yield


@pytest.fixture(scope="module")
def client(python_strings):
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    texts = corpus(2400)
    urls = [f"https://news.example/{i}" for i in range(len(texts))]
    # object columns keep the lone surrogates of some texts, which Arrow strings cannot hold
    return pd.DataFrame({"url": pd.Series(urls, dtype=object), "body": pd.Series(texts, dtype=object)})


def ordered(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["doc", "start"], kind="stable").reset_index(drop=True)


def test_quotes_on_a_cluster_equal_one_process(client, articles):
    expected = quotehound.quotes_frame(articles, text="body")
    assert len(expected) > 5_000 and expected["doc"].nunique() > 1_500
    ddf = dd.from_pandas(articles, npartitions=7)
    quotes = ddf.map_partitions(quotehound.quotes_frame, text="body", meta=quotehound.QUOTES_META)
    got = client.compute(quotes).result()
    pd.testing.assert_frame_equal(ordered(got), ordered(expected))


def test_statements_on_a_cluster_equal_one_process(client, articles):
    expected = quotehound.statements_frame(articles, text="body", id="url")
    assert len(expected) > 5_000 and set(expected["kind"]) == set(quotehound.STATEMENT_KINDS)
    ddf = dd.from_pandas(articles, npartitions=6)
    meta = quotehound.statements_meta(doc=expected["doc"].dtype)
    statements = ddf.map_partitions(quotehound.statements_frame, text="body", id="url", threads=1, meta=meta)
    got = client.compute(statements).result()
    pd.testing.assert_frame_equal(ordered(got), ordered(expected))


def test_sentences_with_an_id_column_on_a_cluster(client, articles):
    expected = quotehound.sentences_frame(articles, text="body", id="url", threads=2)
    ddf = dd.from_pandas(articles, npartitions=5)
    meta = quotehound.sentences_meta(doc=expected["doc"].dtype)
    sentences = ddf.map_partitions(quotehound.sentences_frame, text="body", id="url", threads=1, meta=meta)
    got = client.compute(sentences).result()
    pd.testing.assert_frame_equal(ordered(got), ordered(expected))


def test_partitions_of_a_labelled_frame_give_its_labels(client, articles):
    # doc is the row's index label on a cluster as in pandas, whatever the labels.
    labelled = articles.set_index("url")
    expected = quotehound.quotes_frame(labelled, text="body")
    assert expected["doc"].str.startswith("https://news.example/").all()
    ddf = dd.from_pandas(labelled, npartitions=6)
    quotes = ddf.map_partitions(quotehound.quotes_frame, text="body", threads=1, meta=quotehound.quotes_meta(doc=labelled.index.dtype))
    got = client.compute(quotes).result()
    pd.testing.assert_frame_equal(ordered(got), ordered(expected))


def test_a_worker_task_uses_one_thread(client):
    assert client.submit(frames._default_threads, pure=False).result() == 1
    assert frames._default_threads() == quotehound.batch.checked_threads(None)


def test_a_partition_keeps_the_positions_of_the_whole_frame():
    frame = pd.DataFrame({"text": ["Hi.", "One. Two.", "Three."]})
    assert quotehound.sentences_frame(frame.iloc[1:])["doc"].tolist() == [1, 1, 2]
    assert quotehound.sentences_frame(frame)["doc"].tolist() == [0, 1, 1, 2]


def test_metas_match_the_frames():
    texts = ["“Go,” Ann said.", "Rain.", "Bo said it rained."]
    pd.testing.assert_frame_equal(quotehound.quotes_frame(texts).iloc[:0], quotehound.QUOTES_META)
    pd.testing.assert_frame_equal(quotehound.statements_frame(texts).iloc[:0], quotehound.STATEMENTS_META)
    pd.testing.assert_frame_equal(quotehound.sentences_frame(texts).iloc[:0], quotehound.SENTENCES_META)
    assert list(quotehound.QUOTES_META.columns) == list(quotehound.QUOTES_COLUMNS)
    assert list(quotehound.STATEMENTS_META.columns) == list(quotehound.STATEMENTS_COLUMNS)
    assert list(quotehound.SENTENCES_META.columns) == list(quotehound.SENTENCES_COLUMNS)
    # A meta is what a frame of no rows is, and a frame of rows of any text keeps its dtypes.
    for make, meta in ((quotehound.quotes_frame, quotehound.quotes_meta()), (quotehound.statements_frame, quotehound.statements_meta())):
        pd.testing.assert_frame_equal(make([]), meta)
        assert make(texts).dtypes.equals(meta.dtypes)


def test_examples_in_the_docstrings_hold():
    import doctest

    from quotehound import scale

    assert doctest.testmod(scale).failed == 0


def test_import_does_not_need_pandas():
    import subprocess
    import sys

    code = "import sys; sys.modules['pandas'] = None; import quotehound; print(quotehound.quotes('“Go,” Ann said.')[0].speaker)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Ann"


# ---------------------------------------------------------------------------------------------
# Pickling: everything that crosses a process boundary
# ---------------------------------------------------------------------------------------------


def round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_result_types_pickle():
    doc = quotehound.analyze(ARTICLE)
    assert doc.quotes and doc.speakers and doc.sentences
    assert round_trip(doc) == doc
    values = [*doc.sentences, *doc.quotes, *doc.speakers, *(m for s in doc.speakers for m in s.mentions)]
    for value in values:
        again = round_trip(value)
        assert again == value and type(again) is type(value)


def test_errors_pickle():
    errors = []
    for call in (
        lambda: quotehound.quotes_frame(["ok", None]),
        lambda: quotehound.quotes_frame(["ok"], threads=0),
        lambda: quotehound.analyze_many("one text"),
        lambda: quotehound.analyze(42),
    ):
        with pytest.raises(Exception) as info:
            call()
        errors.append(info.value)
    for error in errors:
        again = round_trip(error)
        assert type(again) is type(error) and str(again) == str(error)


def test_functions_and_options_pickle():
    import functools

    task = functools.partial(quotehound.quotes_frame, text="body", id="url", threads=1)
    again = round_trip(task)
    frame = pd.DataFrame({"url": ["a"], "body": ["“Go,” Ann said."]})
    pd.testing.assert_frame_equal(again(frame), task(frame))
    metas = (quotehound.QUOTES_META, quotehound.STATEMENTS_META, quotehound.SENTENCES_META)
    for value in (*metas, quotehound.QUOTE_KINDS, quotehound.RULES, quotehound.STATEMENT_KINDS, quotehound.STATEMENT_RULES):
        assert repr(round_trip(value)) == repr(value)


@pytest.mark.parametrize("make", [quotehound.quotes_frame, quotehound.statements_frame])
def test_frames_pickle(articles, make):
    frame = make(articles.head(50), text="body", id="url")
    assert len(frame) > 0
    pd.testing.assert_frame_equal(round_trip(frame), frame)
