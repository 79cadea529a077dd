"""How documents show themselves (HTML, displaCy, reprs), travel (dicts, JSON) and pickle."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotehound
from quotehound import Document, Mention, Quote, Sentence, Speaker, Statement
from quotehound.display import NO_SPEAKER, speaker_colour
from sample_texts import ARTICLE, ODD, STORY, mixed

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
    stated = re.search(r"([\d,]+) of ([\d,]+) statements", html).groups()
    assert [int(n.replace(",", "")) for n in stated] == [sum(s.start < cut for s in doc.statements), len(doc.statements)]
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


# ---------------------------------------------------------------------------------------------
# Reported speech in the HTML
# ---------------------------------------------------------------------------------------------


def reported(text: str, content: str, mention: str, cue: str, who: int | None, names: list[str], quoted: str | None = None) -> Document:
    """A document made by hand of one statement of ``text``: ``content`` attributed to ``mention``
    by ``cue``, of speaker ``who``; ``quoted``, a quotation inside the content, makes it mixed."""
    start, m, c = text.index(content), text.index(mention), text.index(cue)
    quotes: tuple[Quote, ...] = ()
    if quoted is not None:
        q = text.index(quoted)
        quotes = (Quote(0, q, q + len(quoted), quoted, "partial", 0, 0, names[who] if who is not None else None, who, None),)
    statement = Statement(
        0, start, start + len(content), content, "mixed" if quotes else "indirect", 0, 0,
        names[who] if who is not None else None, who, Mention(m, m + len(mention), mention),
        cue, c, c + len(cue), "speaker_cue_content", tuple(q.index for q in quotes),
    )
    speakers = tuple(Speaker(i, name, "person", (), ()) for i, name in enumerate(names))
    return Document(text, (Sentence(0, 0, len(text), text, 0),), quotes, speakers, (statement,))


def marked(html: str, what: str) -> list[tuple[str, str, str]]:
    """(style, title, text) of the innermost spans whose hover names ``what`` (``statement 0``)."""
    return [s for s in styled(html) if any(line.startswith(what + " ·") for line in s[1].split("&#10;"))]


def test_reported_speech_is_marked_apart_in_its_speakers_colour():
    text = "Ann Lee said the ferry would run in June."
    doc = reported(text, "the ferry would run in June", "Ann Lee", "said", 0, ["Ann Lee"])
    html = doc.to_html()
    spans = marked(html, "statement 0")
    assert "".join(s[2] for s in spans) == "the ferry would run in June"
    style = spans[0][0]
    assert f"text-decoration:underline dotted {speaker_colour(0, dark=True)}" in style
    background = re.search(r"background:([^;]+)", style).group(1)
    assert background != speaker_colour(0) and background.startswith(f"hsl({speaker_colour(0)[4:].split(',')[0]},")
    assert "statement 0 · Ann Lee · indirect · rule speaker_cue_content" in spans[0][1]
    assert [s[2] for s in styled(html) if s[1].startswith("cue of statement 0")] == ["said"]
    assert [s[2] for s in styled(html) if s[1].startswith("names Ann Lee, source of statement 0")] == ["Ann Lee"]
    assert parse(html).labels == []  # labels are the quotations' own
    assert "(0 quoted, 1 reported)" in html and " · 1 statements · " in html


def test_a_quotation_inside_reported_speech_shows_over_it():
    text = "Ann Lee said the ferry was “nearly ready” for June."
    doc = reported(text, "the ferry was “nearly ready” for June", "Ann Lee", "said", 0, ["Ann Lee"], quoted="nearly ready")
    html = doc.to_html()
    page = parse(html)
    assert "".join(page.article) == text and page.labels == ["Ann Lee"]
    inside = marked(html, "quotation 0")
    assert "".join(s[2] for s in inside) == "“nearly ready”"
    style = inside[0][0]
    backgrounds = re.findall(r"background:([^;]+)", style)
    assert backgrounds[-1] == speaker_colour(0) and len(backgrounds) == 2  # the quotation's, written last, shows
    assert "text-decoration:underline dotted" in style  # still within the statement
    around = marked(html, "statement 0")
    assert "".join(s[2] for s in around) == "the ferry was “nearly ready” for June"


def test_reported_speech_without_a_speaker_is_grey_and_counted():
    text = "The study found that sleep helps."
    doc = reported(text, "sleep helps", "The study", "found that", None, [])
    html = doc.to_html()
    (span,) = marked(html, "statement 0")
    assert f"underline dotted {speaker_colour(None, dark=True)}" in span[0] and NO_SPEAKER in span[1]
    assert f"{NO_SPEAKER} (0 quoted, 1 reported)" in html


def test_reported_speech_and_its_source_are_escaped():
    text = "<b>Dr. Ø</b> said <script>alert('x')</script> & more."
    doc = reported(text, "<script>alert('x')</script> & more", "<b>Dr. Ø</b>", "said", 0, ['<i>"Ø"</i>'])
    html = doc.to_html()
    page = parse(html)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "".join(page.article) == text
    assert set(page.tags) <= {"div", "span"}
    assert "&lt;i&gt;&quot;Ø&quot;&lt;/i&gt;" in html


def test_the_article_marks_each_reported_statement_over_its_content():
    doc = quotehound.analyze(ARTICLE)
    html = doc.to_html(limit=None)
    shown = [s for s in doc.statements if s.kind in ("mixed", "indirect")]
    assert shown and len(shown) < len(doc.statements)  # direct statements are their quotations
    for s in shown:
        spans = marked(html, f"statement {s.index}")
        assert unescape("".join(span[2] for span in spans)) == s.text
        assert all(f"underline dotted {speaker_colour(s.speaker_id, dark=True)}" in span[0] for span in spans)
    assert not marked(html, f"statement {next(s.index for s in doc.statements if s.kind == 'direct')}")


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


def test_displacy_can_show_the_statements_labelled_by_speaker_and_kind():
    doc = quotehound.analyze(ARTICLE)
    data = doc.to_displacy(statements=True)
    ents = data["ents"]
    assert set(data) == {"text", "ents", "title"} and data["text"] == ARTICLE
    assert {e["label"].rsplit(" · ", 1)[1] for e in ents} == {"direct", "mixed", "indirect"}
    by_span = {(s.start, s.end): s for s in doc.statements}
    for e in ents:
        s = by_span[(e["start"], e["end"])]
        assert e["label"] == f"{s.speaker or NO_SPEAKER} · {s.kind}" and ARTICLE[e["start"] : e["end"]] == s.text
    assert all(a["end"] <= b["start"] for a, b in zip(ents, ents[1:]))  # the ent style nests nothing
    left_out = [s for s in doc.statements if (s.start, s.end) not in {(e["start"], e["end"]) for e in ents}]
    assert all(any(e["start"] <= s.start < e["end"] for e in ents) for s in left_out if s.end > s.start)
    json.dumps(data)


def test_displacy_leaves_out_a_statement_inside_another():
    text = "Ann said Bob thinks it is late."
    outer = Statement(0, 9, 30, text[9:30], "indirect", 0, 0, "Ann", 0, Mention(0, 3, "Ann"), "said", 4, 8, "speaker_cue_content")
    inner = Statement(1, 20, 30, text[20:30], "indirect", 0, 0, "Bob", 1, Mention(9, 12, "Bob"), "thinks", 13, 19, "speaker_cue_content")
    speakers = (Speaker(0, "Ann", "person", ()), Speaker(1, "Bob", "person", ()))
    doc = Document(text, (Sentence(0, 0, len(text), text, 0),), (), speakers, (outer, inner))
    assert doc.to_displacy(statements=True)["ents"] == [{"start": 9, "end": 30, "label": "Ann · indirect"}]
    html = doc.to_html()
    assert "".join(s[2] for s in marked(html, "statement 1")) == "it is late"  # the HTML nests them
    assert "".join(s[2] for s in marked(html, "statement 0")) == "Bob thinks it is late"


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


def test_statements_travel_through_dicts_and_json():
    doc = quotehound.analyze(ARTICLE)
    data = json.loads(json.dumps(doc.to_dict()))
    assert len(data["statements"]) == len(doc.statements) > 0
    assert list(data["statements"][0]) == [f.name for f in dataclasses.fields(Statement)]
    again = Document.from_dict(data)
    assert again.statements == doc.statements
    assert all(type(s.quotes) is tuple and type(s.mention) in (Mention, type(None)) for s in again.statements)
    assert any(s.quotes for s in again.statements)


def test_from_dict_refuses_statements_that_do_not_fit():
    data = quotehound.analyze(REPORTED_TEXT).to_dict()
    with_quotes = next(i for i, s in enumerate(data["statements"]) if s["quotes"])
    bad_index = json.loads(json.dumps(data))
    bad_index["statements"][with_quotes]["quotes"] = [len(data["quotes"])]
    with pytest.raises(ValueError, match=r"statements\[\d+\].quotes holds an index"):
        Document.from_dict(bad_index)
    bad_cue = json.loads(json.dumps(data))
    bad_cue["statements"][0]["cue"] = "whispered"
    with pytest.raises(ValueError, match=r"statements\[0\].cue is not"):
        Document.from_dict(bad_cue)
    bad_text = json.loads(json.dumps(data))
    bad_text["statements"][0]["text"] += "!"
    with pytest.raises(ValueError, match=r"statements\[0\].text is not"):
        Document.from_dict(bad_text)


#: Two sentences with reported speech and a quotation, for the statement tests.
REPORTED_TEXT = "Mayor Ann Lee said the ferry would run again in June. “The harbour is ready,” she told the council."


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_statements_pickle_and_stay_equal(protocol):
    doc = quotehound.analyze(REPORTED_TEXT + " " + ARTICLE)
    assert {s.kind for s in doc.statements} == {"direct", "mixed", "indirect"}
    for statement in doc.statements:
        again = pickle.loads(pickle.dumps(statement, protocol=protocol))
        assert again == statement and type(again) is Statement and hash(again) == hash(statement)
    again = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert again == doc and again.statements == doc.statements
    assert copy.deepcopy(doc.statements[0]) == doc.statements[0]
    assert doc.statements[0] != dataclasses.replace(doc.statements[0], kind="mixed")


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_every_result_type_pickles(protocol):
    doc = quotehound.analyze(ARTICLE)
    values = [doc, doc.sentences[0], doc.quotes[0], doc.quotes[0].mention, doc.speakers[0], *doc.quotes, *doc.speakers, *doc.statements]
    for value in values:
        again = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert again == value and type(again) is type(value)
    assert copy.deepcopy(doc) == doc and copy.copy(doc) == doc


def test_types_stay_frozen_and_slotted():
    doc = quotehound.analyze("“Go,” Ann said.")
    for value in (doc, doc.sentences[0], doc.quotes[0], doc.quotes[0].mention, doc.speakers[0], doc.statements[0]):
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


# ---------------------------------------------------------------------------------------------
# Modules
# ---------------------------------------------------------------------------------------------


def imported(module: object) -> set[str]:
    """Every module that ``module``'s source imports, at its top or inside a function, relative
    names resolved within the package."""
    import ast
    import inspect

    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):  # type: ignore[arg-type]
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(("quotehound." * (node.level > 0) + (node.module or "")).rstrip("."))
            if not node.module:
                found.update(f"quotehound.{alias.name}" for alias in node.names)
    return found


def test_types_import_nothing_that_shows_them():
    assert "quotehound.display" not in imported(quotehound.types)
    assert "quotehound.types" in imported(quotehound.display)


def test_the_documents_views_are_the_display_functions():
    doc = quotehound.analyze(REPORTED_TEXT)
    assert doc.to_html(limit=None) == quotehound.display.to_html(doc, None)
    assert doc._repr_html_() == quotehound.display.to_html(doc)
    assert doc.to_displacy() == quotehound.display.to_displacy(doc)
    assert doc.to_displacy(statements=True) == quotehound.display.to_displacy(doc, statements=True)
    assert doc.to_dict() == quotehound.display.to_dict(doc)
    assert Document.from_dict(doc.to_dict()) == quotehound.display.from_dict(doc.to_dict()) == doc


def test_addressees_travel_through_dicts_and_a_wrong_one_is_refused():
    doc = quotehound.analyze(STORY)
    data = json.loads(json.dumps(doc.to_dict()))
    assert any(q["addressee"] is not None for q in data["quotes"])
    assert Document.from_dict(data) == doc
    data["quotes"][0]["addressee"] = len(data["speakers"])
    with pytest.raises(ValueError, match=r"quotes\[0\].addressee is not one of the \d+ speakers"):
        Document.from_dict(data)
