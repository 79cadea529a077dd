"""``quotes_frame``, ``statements_frame``, ``sentences_frame`` and the ``Series.quotehound`` accessor
against ``analyze``."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

import quotehound
import quotehound.pandas  # registers the Series accessor
from quotehound import QUOTES_COLUMNS, SENTENCES_COLUMNS, STATEMENTS_COLUMNS
from sample_texts import ARTICLE, ODD, mixed

TEXTS = mixed(120)
CREDITED_FIELDS = ["index", "start", "end", "text", "kind", "sentence", "paragraph", "speaker", "speaker_id", "cue", "cue_start", "cue_end", "rule"]
QUOTE_FIELDS = [*CREDITED_FIELDS, "addressee"]
STATEMENT_FIELDS = [*CREDITED_FIELDS, "quotes"]


def attributed_row(doc, found, fields):
    """The row a quotation or a statement should have: its fields, and its mention's in three."""
    row = {"doc": doc}
    row.update({name: getattr(found, name) for name in fields})
    row["mention"] = found.mention.text if found.mention else None
    row["mention_start"] = found.mention.start if found.mention else None
    row["mention_end"] = found.mention.end if found.mention else None
    return row


def expected_quote_rows(texts, ids=None):
    return [
        attributed_row(position if ids is None else ids[position], q, QUOTE_FIELDS)
        for position, text in enumerate(texts)
        for q in quotehound.analyze(text).quotes
    ]


def expected_statement_rows(texts):
    return [attributed_row(position, s, STATEMENT_FIELDS) for position, text in enumerate(texts) for s in quotehound.analyze(text).statements]


def expected_sentence_rows(texts):
    return [
        {"doc": position, "index": s.index, "start": s.start, "end": s.end, "text": s.text, "paragraph": s.paragraph}
        for position, text in enumerate(texts)
        for s in quotehound.analyze(text).sentences
    ]


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows as plain Python values, missing values as None."""
    plain = frame.astype(object).where(frame.notna(), None)
    return plain.to_dict("records")


CATEGORIES = {
    id(QUOTES_COLUMNS): (quotehound.QUOTE_KINDS, quotehound.RULES),
    id(STATEMENTS_COLUMNS): (quotehound.STATEMENT_KINDS, quotehound.STATEMENT_RULES),
}


def assert_dtypes(frame: pd.DataFrame, columns: dict[str, str]) -> None:
    assert list(frame.columns) == list(columns)
    for name, dtype in columns.items():
        assert frame[name].dtype == dtype, (name, frame[name].dtype)
    if "kind" in columns:
        kinds, rules = CATEGORIES[id(columns)]
        assert list(frame["kind"].cat.categories) == list(kinds)
        assert list(frame["rule"].cat.categories) == list(rules)
    if "quotes" in columns:
        assert all(type(cell) is tuple and all(type(i) is int for i in cell) for cell in frame["quotes"])


@pytest.fixture(scope="module")
def quotes_rows():
    return expected_quote_rows(TEXTS)


# ---------------------------------------------------------------------------------------------
# Rows and types
# ---------------------------------------------------------------------------------------------


def test_quote_rows_are_those_of_analyze(quotes_rows):
    frame = quotehound.quotes_frame(TEXTS, threads=1)
    assert len(frame) == sum(len(quotehound.analyze(t).quotes) for t in TEXTS) == len(quotes_rows)
    assert len(frame) > 100
    assert frame["addressee"].notna().sum() > 10  # the story's dialogue
    assert records(frame) == quotes_rows
    assert_dtypes(frame, QUOTES_COLUMNS)


def test_statement_rows_are_those_of_analyze():
    frame = quotehound.statements_frame(TEXTS, threads=1)
    rows = expected_statement_rows(TEXTS)
    assert len(frame) == len(rows) > 100
    # The texts hold every kind of statement, some credited to nobody, some holding two quotations.
    assert set(frame["kind"]) == set(quotehound.STATEMENT_KINDS)
    assert frame["speaker"].isna().any() and frame["speaker"].notna().any()
    assert frame["quotes"].map(len).max() >= 2
    assert records(frame) == rows
    assert_dtypes(frame, STATEMENTS_COLUMNS)


def test_a_statement_names_the_quotation_rows_inside_its_content():
    quotes = quotehound.quotes_frame(TEXTS)
    statements = quotehound.statements_frame(TEXTS)
    # As the frames' docstring says: one row per statement and quotation, merged on the indices.
    pairs = statements.explode("quotes").dropna(subset=["quotes"]).astype({"quotes": "int64"})
    merged = pairs.merge(quotes, left_on=["doc", "quotes"], right_on=["doc", "index"], suffixes=("", "_quote"))
    assert len(merged) == len(pairs) == statements["quotes"].map(len).sum() > 50
    assert ((merged["start"] <= merged["start_quote"]) & (merged["end_quote"] <= merged["end"])).all()
    # A direct statement is its quotations; reported speech holds none; mixed speech holds some.
    count = statements["quotes"].map(len)
    assert (count[statements["kind"] == "direct"] > 0).all()
    assert (count[statements["kind"] == "indirect"] == 0).all()
    assert (count[statements["kind"] == "mixed"] > 0).all()


def test_a_statement_frame_goes_to_arrow_with_its_quotations_as_lists_of_integers():
    pa = pytest.importorskip("pyarrow")
    # Arrow's strings are UTF-8, which a lone surrogate cannot be written in.
    encodable = [t for t in TEXTS if not any("\ud800" <= c <= "\udfff" for c in t)]
    frame = quotehound.statements_frame(encodable[:40])
    table = pa.Table.from_pandas(frame)
    assert table.schema.field("quotes").type == pa.list_(pa.int64())
    assert [tuple(cell) for cell in table.column("quotes").to_pylist()] == frame["quotes"].tolist()


def test_sentence_rows_are_those_of_analyze_and_of_sentences():
    frame = quotehound.sentences_frame(TEXTS)
    assert records(frame) == expected_sentence_rows(TEXTS)
    assert len(frame) == sum(len(quotehound.sentences(t)) for t in TEXTS)
    assert_dtypes(frame, SENTENCES_COLUMNS)


@pytest.mark.parametrize("make", [quotehound.quotes_frame, quotehound.statements_frame, quotehound.sentences_frame])
def test_same_frame_whatever_the_number_of_threads(make):
    one = make(TEXTS, threads=1)
    for threads in (2, 4, None):
        pd.testing.assert_frame_equal(make(TEXTS, threads=threads), one)


def test_spans_are_the_text_sliced_at_their_offsets():
    texts = [*ODD, ARTICLE]
    frame = quotehound.quotes_frame(texts)
    for row in records(frame):
        text = texts[row["doc"]]
        assert text[row["start"] : row["end"]] == row["text"]
        if row["mention"] is not None:
            assert text[row["mention_start"] : row["mention_end"]] == row["mention"]
        if row["cue"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]
    sentences = quotehound.sentences_frame(texts)
    assert all(texts[r["doc"]][r["start"] : r["end"]] == r["text"] for r in records(sentences))
    statements = records(quotehound.statements_frame(texts))
    assert statements
    for row in statements:
        text = texts[row["doc"]]
        assert text[row["start"] : row["end"]] == row["text"]
        assert text[row["mention_start"] : row["mention_end"]] == row["mention"]
        if row["cue"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]


def test_a_short_word_repeated_in_a_column_is_one_string():
    # The cue, mention and speaker of every row are equal words; each column holds one object
    # for them, and a word with a character beyond ASCII is still cut exactly from its text.
    texts = [f'"We will win {n}," Zoë Brown said. "Again," Brown said.' for n in range(40)]
    frame = quotehound.quotes_frame(texts, threads=1)
    assert len(frame) == 80 and set(frame["cue"]) == {"said"} and set(frame["speaker"]) == {"Zoë Brown"}
    cues = frame["cue"].to_numpy()
    assert len({id(cue) for cue in cues}) == 1
    assert list(frame["mention"][:2]) == ["Zoë Brown", "Brown"]
    assert len({id(m) for m in frame["mention"].to_numpy()[1::2]}) == 1


@pytest.mark.parametrize(
    "make, columns",
    [(quotehound.quotes_frame, QUOTES_COLUMNS), (quotehound.statements_frame, STATEMENTS_COLUMNS), (quotehound.sentences_frame, SENTENCES_COLUMNS)],
)
def test_no_texts_give_an_empty_frame_of_the_same_types(make, columns):
    unattributed = ["", "No quotes.", "The bridge reopened in May."]
    for data in ([], pd.Series([], dtype=object), pd.DataFrame({"text": pd.Series([], dtype=object)}), [] if make is quotehound.sentences_frame else unattributed):
        frame = make(data)
        assert len(frame) == 0
        assert_dtypes(frame, columns)


def test_columns_spec_serves_as_an_empty_meta():
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in QUOTES_COLUMNS.items()})
    frame = quotehound.quotes_frame([ARTICLE])
    assert list(meta.columns) == list(frame.columns)
    assert [str(t) for t in meta.dtypes] == [str(t) for t in frame.dtypes]


@pytest.mark.parametrize("make, columns", [(quotehound.quotes_frame, QUOTES_COLUMNS), (quotehound.statements_frame, STATEMENTS_COLUMNS)])
def test_frames_of_different_texts_concatenate_keeping_their_types(make, columns):
    a = make([ARTICLE])
    b = make(["“Yes,” Bo said.", "No."])
    both = pd.concat([a, b], ignore_index=True)
    assert len(both) == len(a) + len(b) and len(b) == 1
    assert_dtypes(both, columns)


def test_text_columns_hold_any_python_string():
    frame = quotehound.quotes_frame(["“Lone \ud800 surrogate,” she said."])
    assert frame["text"].tolist() == ["Lone \ud800 surrogate,"]
    statements = quotehound.statements_frame(["“Lone \udc00 words,” Zoë Brown said. Zoë Brown said the \ud800 bridge would reopen."])
    assert statements["text"].tolist() == ["Lone \udc00 words,", "the \ud800 bridge would reopen"]
    assert statements["mention"].tolist() == ["Zoë Brown", "Zoë Brown"]


# ---------------------------------------------------------------------------------------------
# Inputs: DataFrame, Series, iterables; ids
# ---------------------------------------------------------------------------------------------


def test_dataframe_with_text_and_id_columns(quotes_rows):
    urls = [f"https://news.example/{i}" for i in range(len(TEXTS))]
    articles = pd.DataFrame({"url": urls, "body": pd.Series(TEXTS, dtype=object), "other": range(len(TEXTS))})
    frame = quotehound.quotes_frame(articles, text="body", id="url", threads=2)
    assert frame["doc"].tolist() == [urls[row["doc"]] for row in quotes_rows]
    assert frame["doc"].dtype == articles["url"].dtype
    assert records(frame.drop(columns="doc")) == [{k: v for k, v in r.items() if k != "doc"} for r in quotes_rows]


@pytest.mark.parametrize("ids", [np.arange(100, 100 + len(TEXTS)), pd.array(range(len(TEXTS)), dtype="Int64"), pd.date_range("2021-03-17", periods=len(TEXTS))])
def test_id_columns_keep_their_type(ids):
    articles = pd.DataFrame({"text": pd.Series(TEXTS, dtype=object), "id": ids})
    frame = quotehound.sentences_frame(articles, id="id")
    assert frame["doc"].dtype == articles["id"].dtype
    positions = [r["doc"] for r in expected_sentence_rows(TEXTS)]
    assert frame["doc"].tolist() == articles["id"].take(positions).tolist()


def test_a_dataframe_index_labels_fill_doc():
    articles = pd.DataFrame({"text": ["One. Two.", "Three."]}, index=[10, 20])
    assert quotehound.sentences_frame(articles)["doc"].tolist() == [10, 10, 20]


@pytest.mark.parametrize(
    "index",
    [
        pd.RangeIndex(len(TEXTS)),
        pd.RangeIndex(500, 500 + 3 * len(TEXTS), 3),
        pd.Index([f"story-{i}" for i in range(len(TEXTS))]),
        pd.date_range("2021-03-17", periods=len(TEXTS)),
        pd.Index(np.arange(len(TEXTS))[::-1] * 7),
    ],
    ids=["default", "range", "strings", "dates", "integers"],
)
def test_doc_is_the_label_of_the_row_however_the_frame_is_cut(index, quotes_rows):
    articles = pd.DataFrame({"text": pd.Series(TEXTS, dtype=object, index=index), "n": range(len(TEXTS))})
    labels = articles.index
    whole = quotehound.quotes_frame(articles, threads=2)
    assert whole["doc"].tolist() == [labels[row["doc"]] for row in quotes_rows]
    assert whole["doc"].dtype == (np.int64 if isinstance(index, pd.RangeIndex) else labels.dtype)
    for cut in (articles.sort_values("n", ascending=False), articles.iloc[37:], articles.iloc[::2], articles.sample(frac=1, random_state=1)):
        frame = quotehound.quotes_frame(cut)
        # Every row's doc finds its text in the frame it came from, and in the whole frame.
        assert all(articles.loc[doc, "text"][start:end] == text for doc, start, end, text in frame[["doc", "start", "end", "text"]].values)
        expected = whole[whole["doc"].isin(cut.index)]
        pd.testing.assert_frame_equal(frame.sort_values(["doc", "index"]).reset_index(drop=True), expected.sort_values(["doc", "index"]).reset_index(drop=True))
        # A Series of the texts, and the accessor, say the same.
        pd.testing.assert_frame_equal(quotehound.quotes_frame(cut["text"]), frame)
        pd.testing.assert_frame_equal(cut["text"].quotehound.quotes(), frame)
        pd.testing.assert_frame_equal(cut["text"].quotehound.sentences(), quotehound.sentences_frame(cut))
        pd.testing.assert_frame_equal(cut["text"].quotehound.statements(), quotehound.statements_frame(cut))


@pytest.mark.parametrize("dtype", [object, "string", "string[pyarrow]", "str"])
def test_series_give_labels_and_iterables_positions(dtype):
    series = pd.Series(TEXTS[:30], index=range(100, 130), dtype=dtype)
    positions = quotehound.quotes_frame(TEXTS[:30])
    labelled = quotehound.quotes_frame(series)
    assert labelled["doc"].tolist() == [100 + p for p in positions["doc"]]
    pd.testing.assert_frame_equal(labelled.drop(columns="doc"), positions.drop(columns="doc"))
    pd.testing.assert_frame_equal(quotehound.quotes_frame(series.reset_index(drop=True)), positions)
    pd.testing.assert_frame_equal(quotehound.quotes_frame(iter(TEXTS[:30])), positions)
    pd.testing.assert_frame_equal(quotehound.quotes_frame(tuple(TEXTS[:30]), threads=2), positions)


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


def test_a_column_that_is_not_there():
    articles = pd.DataFrame({"body": ["A."], "url": ["u"]})
    with pytest.raises(ValueError, match=r"text='text' is not a column of the DataFrame; pass one of \['body', 'url'\]"):
        quotehound.quotes_frame(articles)
    with pytest.raises(ValueError, match="id='id' is not a column"):
        quotehound.quotes_frame(articles, text="body", id="id")


def test_id_or_text_with_data_that_is_not_a_dataframe():
    with pytest.raises(TypeError, match="data must be a DataFrame"):
        quotehound.quotes_frame(["A."], id="url")
    with pytest.raises(TypeError, match="data must be a DataFrame"):
        quotehound.sentences_frame(pd.Series(["A."]), text="body")


@pytest.mark.parametrize("data", ["One text.", b"bytes", 3])
def test_data_that_is_no_collection_of_texts(data):
    with pytest.raises(TypeError, match="data must be an iterable of str"):
        quotehound.quotes_frame(data)


@pytest.mark.parametrize("threads", [1, 2])
def test_a_missing_text_names_its_row(threads):
    bodies = ["A."] * 100 + [None] + ["B."]
    with pytest.raises(TypeError, match=r"data\['body'\]\[100\] must be str, not (NoneType|float) \(a missing text"):
        quotehound.quotes_frame(pd.DataFrame({"body": bodies}), text="body", threads=threads)
    with pytest.raises(TypeError, match=r"data\[1\] must be str, not float"):
        quotehound.sentences_frame(pd.Series(["A.", np.nan]), threads=threads)


def test_bad_threads_and_progress():
    with pytest.raises(ValueError, match="threads must be a positive int"):
        quotehound.quotes_frame(["A."], threads=0)
    with pytest.raises(TypeError, match="progress must be True or False"):
        quotehound.sentences_frame(["A."], progress=1)


def test_progress_bar(capsys):
    quotehound.quotes_frame(pd.DataFrame({"text": pd.Series(TEXTS, dtype=object)}), threads=2, progress=True)
    assert f"{len(TEXTS)}/{len(TEXTS)}" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# The Series accessor
# ---------------------------------------------------------------------------------------------


def test_accessor_frames_carry_the_series_index():
    series = pd.Series(TEXTS[:20], index=[f"a{i}" for i in range(20)], name="body")
    quotes = series.quotehound.quotes(threads=2)
    positions = quotehound.quotes_frame(TEXTS[:20])
    assert quotes["doc"].tolist() == [f"a{p}" for p in positions["doc"]]
    pd.testing.assert_frame_equal(quotes.drop(columns="doc"), positions.drop(columns="doc"))
    sentences = series.quotehound.sentences()
    assert sentences["doc"].tolist() == [f"a{p}" for p in quotehound.sentences_frame(TEXTS[:20])["doc"]]
    statements = series.quotehound.statements(threads=2)
    positions = quotehound.statements_frame(TEXTS[:20])
    assert len(statements) > 0
    assert statements["doc"].tolist() == [f"a{p}" for p in positions["doc"]]
    pd.testing.assert_frame_equal(statements.drop(columns="doc"), positions.drop(columns="doc"))


def test_accessor_analyze_keeps_index_and_name():
    series = pd.Series(TEXTS[:10], index=range(50, 60), name="body", dtype="string")
    docs = series.quotehound.analyze(threads=2)
    assert docs.index.tolist() == list(range(50, 60)) and docs.name == "body"
    assert docs.tolist() == [quotehound.analyze(t) for t in TEXTS[:10]]


@pytest.mark.parametrize("dtype", [object, "string", "string[pyarrow]", "str", pd.ArrowDtype(__import__("pyarrow").string())])
def test_accessor_on_string_series(dtype):
    assert hasattr(pd.Series(["A. B."], dtype=dtype), "quotehound")


@pytest.mark.parametrize("series", [pd.Series([1, 2]), pd.Series([1.5]), pd.Series(["a", 3]), pd.Series([b"x"]), pd.Series([True])])
def test_accessor_is_absent_for_other_data(series):
    with pytest.raises(AttributeError, match="Can only use .quotehound accessor with string values"):
        series.quotehound
    assert not hasattr(series, "quotehound")


def test_accessor_on_a_series_with_missing_texts_says_which():
    series = pd.Series(["A.", None, "B."], index=["x", "y", "z"])
    with pytest.raises(TypeError, match=r"series\[1\] must be str"):
        series.quotehound.quotes()


# ---------------------------------------------------------------------------------------------
# Optional dependencies
# ---------------------------------------------------------------------------------------------


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False)


def test_import_works_without_pandas_pyarrow_numpy_and_tqdm():
    result = run(
        """
        import sys
        for name in ("pandas", "pyarrow", "numpy", "tqdm", "tqdm.auto"):
            sys.modules[name] = None
        import quotehound
        docs = list(quotehound.analyze_many(["“Go,” Ann said.", "Hi."], threads=2))
        assert [len(d.quotes) for d in docs] == [1, 0]
        assert "doc" in quotehound.QUOTES_COLUMNS
        for call in (lambda: quotehound.quotes_frame(["Hi."]), lambda: quotehound.analyze_many(["Hi."], progress=True)):
            try:
                call()
            except ImportError as exc:
                print(exc)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "pip install quotehound[pandas]" in result.stdout
    assert "pip install quotehound[progress]" in result.stdout


def test_import_does_not_load_pandas():
    result = run("import sys, quotehound; print('pandas' in sys.modules, 'numpy' in sys.modules)")
    assert result.stdout.split() == ["False", "False"], result.stderr


@pytest.mark.parametrize("module", [quotehound.frames, quotehound.pandas])
def test_examples_in_the_docstrings_hold(module):
    import doctest

    assert doctest.testmod(module).failed == 0


def test_the_accessor_module_says_what_to_install_without_pandas():
    result = run(
        """
        import sys
        sys.modules["pandas"] = None
        try:
            import quotehound.pandas  # registers the Series accessor
        except ImportError as exc:
            print(exc)
        """
    )
    assert "pip install quotehound[pandas]" in result.stdout, result.stderr
