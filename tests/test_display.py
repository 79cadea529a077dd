"""How documents show themselves (HTML, displaCy, reprs), travel (dicts, JSON) and pickle."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotehound
from quotehound import Document, Mention, Quote, Sentence, Speaker
from quotehound.display import NO_SPEAKER, speaker_colour
from sample_texts import ARTICLE, ODD, mixed

VOID = {"br", "hr", "img", "input", "meta", "link", "wbr"}


class Page(HTMLParser):
    """Parses HTML, checking that every element is closed in order; keeps the shown article text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.article: list[str] = []
        self.labels: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.open.append((tag, dict(attrs).get("class") or ""))

    def handle_endtag(self, tag):
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data):
        classes = [c for _, c in self.open]
        if "qh-label" in classes:
            self.labels.append(data)
        elif "qh-text" in classes:
            self.article.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.open == [], f"unclosed: {page.open}"
    return page


def styled(html: str) -> list[tuple[str, str, str]]:
    """(style, title, text) of every span that holds no other element."""
    return re.findall(r'<span style="([^"]*)" title="([^"]*)">([^<]*)</span>', html)


def built(text: str, quotes: list[tuple[int, int, int | None]], names: list[str], cue: tuple[int, int] | None = None) -> Document:
    """A document made by hand: quotations (start, end, speaker id) of ``text``, speakers by name."""
    speakers = tuple(Speaker(i, name, "person", (), ()) for i, name in enumerate(names))
    made = []
    for i, (start, end, who) in enumerate(quotes):
        c = cue if i == 0 else None
        made.append(
            Quote(
                i, start, end, text[start:end], "direct", 0, 0,
                names[who] if who is not None else None, who, None,
                text[c[0] : c[1]] if c else None, c[0] if c else None, c[1] if c else None,
                "quote_speaker_cue" if who is not None else None,
            )
        )
    return Document(text, (Sentence(0, 0, len(text), text, 0),), tuple(made), speakers)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------


def test_article_html_is_well_formed_and_shows_the_whole_text():
    doc = quotehound.analyze(ARTICLE)
    html = doc._repr_html_()
    page = parse(html)
    assert "".join(page.article) == ARTICLE
    assert page.labels == [q.speaker or NO_SPEAKER for q in doc.quotes if q.end > q.start]
    assert "Showing the first" not in html


@pytest.mark.parametrize("text", [*ODD, "a < b & c > d “<i>quoted</i> & so,” she said. 'single' \"double\""])
def test_any_text_is_escaped(text):
    doc = quotehound.analyze(text)
    html = doc.to_html()
    page = parse(html)
    assert set(page.tags) <= {"div", "span"}
    assert "".join(page.article) == re.sub("[\x00\ud800-\udfff]", "\ufffd", text)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    html.encode("utf-8")  # no lone surrogates left


def test_script_in_text_and_names_is_shown_not_run():
    text = "<script>alert(1)</script> “<img src=x onerror=alert(2)>,” said the spokesman."
    doc = built(text, [(text.index("“") + 1, text.index("”"), 0)], ['<script>alert("name")</script>'])
    html = doc.to_html()
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;" in html
    assert set(parse(html).tags) <= {"div", "span"}


def test_each_speaker_has_a_colour_of_its_own():
    text = "“One,” A said. “Two,” B said. “Three,” A said. “Four,” nobody."
    spans = [(m.start() + 1, m.end() - 1, who) for m, who in zip(re.finditer("“[^”]*”", text), [0, 1, 0, None])]
    html = built(text, spans, ["Ann", "Bob"]).to_html()
    colour = {}
    for style, title, _ in styled(html):
        found = re.match(r"quotation (\d)", title)
        if found:
            colour[int(found.group(1))] = re.search(r"background:([^;]+)", style).group(1)
    assert colour[0] == colour[2] == speaker_colour(0)
    assert colour[1] == speaker_colour(1) != colour[0]
    assert colour[3] == speaker_colour(None) not in (colour[0], colour[1])
    assert len({speaker_colour(i) for i in range(200)}) == 200


def test_quotes_are_labelled_and_cues_marked_with_kind_and_rule_on_hover():
    text = "“We will win,” Ann Lee said."
    doc = built(text, [(1, 13, 0)], ["Ann Lee"], cue=(23, 27))
    html = doc.to_html()
    spans = styled(html)
    quote = [s for s in spans if s[1].startswith("quotation 0")]
    assert quote and "direct" in quote[0][1] and "quote_speaker_cue" in quote[0][1]
    assert "".join(s[2] for s in quote) == "“We will win,”"  # the marks are highlighted with the words
    cue = [s for s in spans if s[1].startswith("cue of quotation 0")]
    assert [c[2] for c in cue] == ["said"] and "font-weight:bold" in cue[0][0]
    assert parse(html).labels == ["Ann Lee"]


def test_unattributed_quotations_say_so():
    html = built("“Hmm.”", [(1, 5, None)], []).to_html()
    assert NO_SPEAKER in html


def test_a_long_article_is_cut_with_a_note():
    words = ARTICLE.split()
    long_text = " ".join(words[i % len(words)] for i in range(20_000))
    doc = quotehound.analyze(long_text)
    html = doc._repr_html_()
    page = parse(html)
    assert "Showing the first" in html and "doc.to_html(limit=None)" in html
    assert len(html) < 200_000
    shown = re.search(r"Showing the first ([\d,]+) of ([\d,]+) characters", html)
    cut, total = (int(n.replace(",", "")) for n in shown.groups())
    assert total == len(long_text) and 10_000 <= cut <= 20_000
    assert cut in {s.end for s in doc.sentences}
    assert "".join(page.article) == long_text[:cut]
    full = doc.to_html(limit=None)
    assert "Showing the first" not in full
    parse(full)


def test_a_cut_through_a_quotation_keeps_the_html_whole():
    text = "“" + "word " * 100 + "end,” she said."
    doc = built(text, [(1, len(text) - 11, 0)], ["She"])
    html = doc.to_html(limit=50)
    parse(html)
    assert "Showing the first 50 of" in html


def test_bad_limit():
    with pytest.raises(ValueError, match="limit must be"):
        quotehound.analyze("Hi.").to_html(limit=-1)


def test_repr_is_short_text():
    doc = quotehound.analyze(ARTICLE * 20)
    assert len(repr(doc)) < 200 and "\n" not in repr(doc)


# ---------------------------------------------------------------------------------------------
# displaCy
# ---------------------------------------------------------------------------------------------


def test_displacy_entities_are_the_quotations_labelled_by_speaker():
    doc = quotehound.analyze(ARTICLE)
    data = doc.to_displacy()
    assert set(data) == {"text", "ents", "title"} and data["title"] is None and data["text"] == ARTICLE
    assert [(e["start"], e["end"]) for e in data["ents"]] == [(q.start, q.end) for q in doc.quotes]
    assert [e["label"] for e in data["ents"]] == [q.speaker or NO_SPEAKER for q in doc.quotes]
    starts = [e["start"] for e in data["ents"]]
    assert starts == sorted(starts)
    for e, q in zip(data["ents"], doc.quotes):
        assert ARTICLE[e["start"] : e["end"]] == q.text
    json.dumps(data)


# ---------------------------------------------------------------------------------------------
# Dicts, JSON, pickling
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [ARTICLE, *ODD, *mixed(30)])
def test_dict_round_trip_through_json(text):
    doc = quotehound.analyze(text)
    data = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(data) == doc
    assert Document.from_dict(doc.to_dict()) == doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["“", "”", '"', "Ann said", "she said.", " ", "\n\n", "Yes,", "😀", "\ud800", "Mr. Lee", ",", ":"]), max_size=40).map("".join))
def test_dict_round_trip_of_any_text(text):
    doc = quotehound.analyze(text)
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_dict_shape():
    data = quotehound.analyze(ARTICLE).to_dict()
    assert list(data) == ["text", "sentences", "quotes", "speakers", "statements", "headline"]
    quote = data["quotes"][0]
    assert list(quote) == [f.name for f in dataclasses.fields(Quote)]
    assert set(quote["mention"]) == {"start", "end", "text"}
    assert isinstance(data["speakers"][0]["mentions"], list) and isinstance(data["speakers"][0]["titles"], list)


def test_from_dict_refuses_data_that_does_not_fit():
    data = quotehound.analyze(ARTICLE).to_dict()
    with pytest.raises(ValueError, match="was the dict made from another text"):
        Document.from_dict({**data, "text": data["text"].upper()})
    with pytest.raises(ValueError, match="unknown keys"):
        Document.from_dict({**data, "extra": 1})
    without_end = {**data, "sentences": [{k: v for k, v in data["sentences"][0].items() if k != "end"}]}
    with pytest.raises(ValueError, match="lacks a field"):
        Document.from_dict(without_end)
    with pytest.raises(TypeError, match="must be a dict"):
        Document.from_dict([])  # type: ignore[arg-type]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_every_result_type_pickles(protocol):
    doc = quotehound.analyze(ARTICLE)
    values = [doc, doc.sentences[0], doc.quotes[0], doc.quotes[0].mention, doc.speakers[0], *doc.quotes, *doc.speakers]
    for value in values:
        again = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert again == value and type(again) is type(value)
    assert copy.deepcopy(doc) == doc and copy.copy(doc) == doc


def test_types_stay_frozen_and_slotted():
    doc = quotehound.analyze("“Go,” Ann said.")
    for value in (doc, doc.sentences[0], doc.quotes[0], doc.quotes[0].mention, doc.speakers[0]):
        assert not hasattr(value, "__dict__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, dataclasses.fields(value)[0].name, 3)


# ---------------------------------------------------------------------------------------------
# Reprs
# ---------------------------------------------------------------------------------------------


def test_quote_and_speaker_reprs_are_short():
    text = "“" + "long words " * 1000 + "end,” Ann Lee said."
    doc = quotehound.analyze(text + " Ann Lee said it again. “Yes,” she said." * 30)
    quote, speaker = doc.quotes[0], doc.speakers[0]
    assert len(repr(quote)) < 150 and repr(quote).startswith("Quote(0, 1:")
    assert "Ann Lee" in repr(quote) and "direct" in repr(quote)
    assert len(repr(speaker)) < 150 and repr(speaker).startswith("Speaker(0, 'Ann Lee', person, ")
    assert repr(Mention(0, 3, "She")) == "Mention(start=0, end=3, text='She')"


@pytest.mark.parametrize("module", [quotehound.display, quotehound.types])
def test_examples_in_the_docstrings_hold(module):
    import doctest

    assert doctest.testmod(module).failed == 0
