"""Finding quotations: golden rules for quote marks in English news text.

Each table row is ``(text, expected)`` and states what a careful reader of the text takes to be
quoted: the words between the marks of every quotation, in text order, and for some rows the
kind of each quotation. Rows the library does not meet yet are strict expected failures whose
reason says what goes wrong.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quotehound


def quoted(text: str) -> list[str]:
    return [q.text for q in quotehound.quotes(text)]


def known_failure(text, expected, reason: str):
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


# ---------------------------------------------------------------------------------------------
# 1. Every quotation style
# ---------------------------------------------------------------------------------------------

QUOTATION_STYLES = [
    # Curly double marks.
    ("“We will not back down,” the minister said.", ["We will not back down,"]),
    ("The minister said: “We will not back down.”", ["We will not back down."]),
    # Straight double marks.
    ('"We will not back down," the minister said.', ["We will not back down,"]),
    ('The minister said: "We will not back down."', ["We will not back down."]),
    # Single marks alone, curly and straight (British style).
    ("‘We will not back down,’ the minister said.", ["We will not back down,"]),
    ("The minister said: ‘We will not back down.’", ["We will not back down."]),
    ("'We will not back down,' the minister said.", ["We will not back down,"]),
    ("The minister said: 'We will not back down.'", ["We will not back down."]),
    # Single inside double, and double inside single.
    (
        "“He told me, ‘Go home,’ and then he left,” she said.",
        ["He told me, ‘Go home,’ and then he left,"],
    ),
    (
        "‘He told me, “Go home,” and then he left,’ she said.",
        ["He told me, “Go home,” and then he left,"],
    ),
    (
        "\"He told me, 'Go home,' and then he left,\" she said.",
        ["He told me, 'Go home,' and then he left,"],
    ),
    (
        "'He told me, \"Go home,\" and then he left,' she said.",
        ["He told me, \"Go home,\" and then he left,"],
    ),
    # A nested quotation that ends where the outer one ends.
    (
        "“I said, ‘I know you and you know me’,” Biden said.",
        ["I said, ‘I know you and you know me’,"],
    ),
    # Apostrophes inside a quotation do not end it.
    ("“We don’t talk to O’Brien’s people,” she said.", ["We don’t talk to O’Brien’s people,"]),
    ("‘We don’t talk to O’Brien’s people,’ she said.", ["We don’t talk to O’Brien’s people,"]),
    ("'We don't talk to O'Brien's people,' she said.", ["We don't talk to O'Brien's people,"]),
    # Guillemets.
    ("«We will not back down,» the minister said.", ["We will not back down,"]),
    ("The minister said: «We will not back down.»", ["We will not back down."]),
    ("The minister said: ‹We will not back down.›", ["We will not back down."]),
    # German-style low-high marks.
    ("„We will not back down,“ the minister said.", ["We will not back down,"]),
    ("The minister said: „We will not back down.“", ["We will not back down."]),
    # Newswire ``…'' and the New York Times' ''…''.
    ("``We will not back down,'' the minister said.", ["We will not back down,"]),
    ("The minister said: ``We will not back down.''", ["We will not back down."]),
    ("''We will not back down,'' the minister said.", ["We will not back down,"]),
    ("The minister said: ''We will not back down.''", ["We will not back down."]),
    # Corner brackets.
    ("The minister said: 「We will not back down.」", ["We will not back down."]),
    ("「We will not back down,」 the minister said.", ["We will not back down,"]),
    ("The minister said: 『We will not back down.』", ["We will not back down."]),
    # Full-width straight marks.
    ("＂We will not back down,＂ the minister said.", ["We will not back down,"]),
    # Several quotations in one sentence and in one text.
    (
        "She called the talks “constructive” and the offer “a serious basis for work.”",
        ["constructive", "a serious basis for work."],
    ),
    (
        "“We will win,” she said.\n\n“They will lose,” he said.",
        ["We will win,", "They will lose,"],
    ),
    # A quotation at the very start and the very end of the text.
    ("“Yes.”", ["Yes."]),
    ("Asked whether he would run again, the senator said: “Absolutely.”", ["Absolutely."]),
    # After a dash, in parentheses, after a line-opening dash.
    (
        "The choice was stark — “surrender or fight,” as one aide put it.",
        ["surrender or fight,"],
    ),
    (
        "The plan (“a disaster waiting to happen,” according to critics) was dropped.",
        ["a disaster waiting to happen,"],
    ),
    # Apostrophes and nested marks at a quotation's edges.
    ("He said: 'It's fine.'", ["It's fine."]),
    ("‘It was the ’90s,’ he said.", ["It was the ’90s,"]),
    ("“He said ‘no.’”", ["He said ‘no.’"]),
    ("\"He said 'no.'\"", ["He said 'no.'"]),
    ("“We have ‘concerns’,” she said.", ["We have ‘concerns’,"]),
    ("She said it was ‘game over’ for them.", ["game over"]),
    ("‘Rock ’n’ roll is not dead,’ he said.", ["Rock ’n’ roll is not dead,"]),
    ("“We won’t,” she said, “not ’til the ’90s end.”", ["We won’t,", "not ’til the ’90s end."]),
    ("He described the ’92 Olympics as ‘a turning point’.", ["a turning point"]),
    ("“It is the players’ call,” he said.", ["It is the players’ call,"]),
    ("He said it was 'game over' for them.", ["game over"]),
    known_failure(
        "‘I met the players’ parents,’ he said.",
        ["I met the players’ parents,"],
        "inside an open single quotation, the possessive `players’` before a space closes it "
        "(marks::apostrophe), so the quotation is cut at `players`",
    ),
    known_failure(
        "'The players' union wants more,' he said.",
        ["The players' union wants more,"],
        "inside an open single quotation, the possessive `players'` before a space closes it "
        "(marks::apostrophe), so the quotation is cut at `players`",
    ),
    # A quotation broken off, a missing space, a hard-wrapped line.
    ("“We were going to —” she began.", ["We were going to —"]),
    ("The minister said:“We will not back down.”", ["We will not back down."]),
    (
        "“We came here to talk about peace and we are leaving with a real\nplan for the region,” the envoy said.",
        ["We came here to talk about peace and we are leaving with a real\nplan for the region,"],
    ),
    # A quotation that opens with a digit or a decade.
    ("“2020 was a hard year for everyone,” she said.", ["2020 was a hard year for everyone,"]),
    (
        "‘’90s music is back in fashion,’ the DJ said.",
        ["’90s music is back in fashion,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATION_STYLES)
def test_quotation_styles(text, expected):
    assert quoted(text) == expected


# ---------------------------------------------------------------------------------------------
# 2. Quotations over several paragraphs, and quotations broken by a cue
# ---------------------------------------------------------------------------------------------

LEAD = "The envoy spoke to reporters after the talks ended on Friday.\n\n"

LONG_QUOTATIONS = [
    # Each paragraph re-opens with a mark; only the last closes: one quotation.
    (
        LEAD + "“We came here to talk about peace.\n\n“We leave with a plan,” the envoy said.",
        ["We came here to talk about peace.\n\n“We leave with a plan,"],
    ),
    (
        "The envoy said:\n\n“We came here to talk about peace.\n\n“We will meet again.\n\n“We leave with a plan.”",
        ["We came here to talk about peace.\n\n“We will meet again.\n\n“We leave with a plan."],
    ),
    (
        LEAD + "\"We came here to talk about peace.\n\n\"We leave with a plan,\" the envoy said.",
        ["We came here to talk about peace.\n\n\"We leave with a plan,"],
    ),
    (
        LEAD + "«We came here to talk about peace.\n\n«We leave with a plan,» the envoy said.",
        ["We came here to talk about peace.\n\n«We leave with a plan,"],
    ),
    (
        LEAD + "``We came here to talk about peace.\n\n``We leave with a plan,'' the envoy said.",
        ["We came here to talk about peace.\n\n``We leave with a plan,"],
    ),
    # The quotation opens in mid-paragraph, after its cue.
    (
        LEAD + "The envoy said: “We came here to talk about peace.\n\n“We leave with a plan.”",
        ["We came here to talk about peace.\n\n“We leave with a plan."],
    ),
    # A paragraph with a closed quotation and then one carried on.
    (
        LEAD + "She said: “We won,” and added: “We will keep going.\n\n“We start tomorrow.”",
        ["We won,", "We will keep going.\n\n“We start tomorrow."],
    ),
    # The continued quotation is followed by one of its own.
    (
        LEAD + "“We came here to talk about peace.\n\n“We leave with a plan,” the envoy said.\n\n“Good,” he said.",
        ["We came here to talk about peace.\n\n“We leave with a plan,", "Good,"],
    ),
    # A paragraph that closes its quotation does not carry it on.
    (
        "“We came here to talk about peace,” the envoy said.\n\n“We leave with a plan,” he added.",
        ["We came here to talk about peace,", "We leave with a plan,"],
    ),
    # The text opens with the quotation: its first paragraph is no headline.
    (
        "“We came here to talk about peace.\n\n“We leave with a plan,” the envoy said.",
        ["We came here to talk about peace.\n\n“We leave with a plan,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_QUOTATIONS)
def test_a_quotation_continued_over_paragraphs_is_one_quotation(text, expected):
    assert quoted(text) == expected


def test_a_continued_quotation_spans_the_paragraph_break():
    text = LEAD + "“We came here to talk about peace.\n\n“We leave with a plan,” the envoy said."
    [q] = quotehound.quotes(text)
    assert q.start == len(LEAD) + 1
    assert q.end == text.index("”")
    assert "\n\n“We leave" in q.text
    assert q.paragraph == 1


BROKEN_BY_A_CUE = [
    ("“We will win,” he said, “and we will do it soon.”", ["We will win,", "and we will do it soon."]),
    ("“The economy,” she said, “is doing well.”", ["The economy,", "is doing well."]),
    (
        "“It is not over,” said Sen. Elizabeth Warren, “not by a long shot.”",
        ["It is not over,", "not by a long shot."],
    ),
    ("\"The economy,\" she said, \"is doing well.\"", ["The economy,", "is doing well."]),
    ("‘The economy,’ she said, ‘is doing well.’", ["The economy,", "is doing well."]),
    (
        "“We tried,” the coach said. “We just did not score.”",
        ["We tried,", "We just did not score."],
    ),
    (
        "“We tried” — the coach paused — “but we did not score.”",
        ["We tried", "but we did not score."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_BY_A_CUE)
def test_a_quotation_broken_by_a_cue_keeps_both_parts(text, expected):
    assert quoted(text) == expected


# ---------------------------------------------------------------------------------------------
# 3. Direct and partial quotations
# ---------------------------------------------------------------------------------------------

KINDS = [
    ("Biden said: “I do.”", [("I do.", "direct")]),
    ("“We will win,” she said.", [("We will win,", "direct")]),
    ("She said, “We will win.”", [("We will win.", "direct")]),
    ("“Why?” she asked.", [("Why?", "direct")]),
    (
        "Biden said Putin would “pay a price” for election meddling.",
        [("pay a price", "partial")],
    ),
    (
        "She said relations were “in a difficult state” after the vote.",
        [("in a difficult state", "partial")],
    ),
    (
        "She said that relations were “in a difficult state, which Washington has brought to a dead end”.",
        [("in a difficult state, which Washington has brought to a dead end", "partial")],
    ),
    (
        "The report said the operations aimed at “denigrating” the candidate.",
        [("denigrating", "partial")],
    ),
    (
        "He called the offer “a serious basis for work” and left.",
        [("a serious basis for work", "partial")],
    ),
    (
        "“We will win,” she said, “and we will do it soon.”",
        [("We will win,", "direct"), ("and we will do it soon.", "direct")],
    ),
    (
        "She said the plan was “dead.” Then she added: “We start again tomorrow.”",
        [("dead.", "partial"), ("We start again tomorrow.", "direct")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_quotation_kinds(text, expected):
    assert [(q.text, q.kind) for q in quotehound.quotes(text)] == expected


# ---------------------------------------------------------------------------------------------
# 4. Quote marks that do not make a quotation
# ---------------------------------------------------------------------------------------------

NOT_QUOTATIONS = [
    # Titles of works.
    "She watched the film “Dune” twice.",
    "He read the book “How the Grinch Stole Christmas” to his children.",
    "The song “Bohemian Rhapsody” topped the charts again.",
    "She starred in “The Crown” for two seasons.",
    # Scare quotes and nicknames.
    "The so-called “experts” were wrong again.",
    "He was dubbed “the Donald” by the tabloids.",
    "The senator, known as “the Hammer,” retired.",
    # Apostrophes.
    "Don’t ask O’Brien.",
    "Don't ask O'Brien.",
    "They love rock ’n’ roll.",
    "They love rock 'n' roll.",
    "It was the music of the ’90s.",
    "It was the music of the '90s.",
    "The players’ union rejected the offer.",
    "The players' union rejected the offer.",
    "The '16 election changed everything.",
    "The ’16 election changed everything.",
    "We’ll see ’em in the spring, ’til then we wait.",
    "The Joneses’ dog and the boss’ car were towed.",
    "It was the workers’ and the owners’ fault.",
    "The workers' and the owners' unions met.",
    # Inch and foot marks.
    "He is 6'2\" tall.",
    "The 6'2\" forward scored twice.",
    "The screen measures 55\" across.",
    "They ordered a 12\" pizza and a 16\" pizza.",
    # Markup left in scraped text.
    '<a href="https://example.com/story">Read more</a> about the plan.',
    '<img src="photo.jpg" alt="The minister at the podium"> The minister spoke.',
    '<tweet author="@someone" id="7713">The minister spoke.</tweet>',
    # Stray unbalanced marks.
    "The talks ended without a deal.” Officials went home.",
    "He typed a single \" by mistake.",
    "The committee ” adjourned at noon.",
    # Marks with nothing between them.
    "She said “” and left.",
    "He wrote \"\" in the box.",
    "The tabloids dubbed him “the Donald” in the 1980s.",
]


@pytest.mark.parametrize("text", NOT_QUOTATIONS)
def test_quote_marks_that_make_no_quotation(text):
    assert quoted(text) == []


QUOTATIONS_BESIDE_NON_QUOTATIONS = [
    (
        "After the film “Dune,” she said the sequel would “break every record in the book.”",
        ["break every record in the book."],
    ),
    (
        "The so-called “experts” were wrong, the minister said: “We told you so.”",
        ["We told you so."],
    ),
    (
        "“We don’t know what the players’ union wants,” O’Brien said.",
        ["We don’t know what the players’ union wants,"],
    ),
    ("He is 6'2\" tall and said \"I can play.\"", ["I can play."]),
    (
        '<a href="https://example.com">Link</a> “We will win,” she said.',
        ["We will win,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATIONS_BESIDE_NON_QUOTATIONS)
def test_quotations_beside_titles_apostrophes_and_markup(text, expected):
    assert quoted(text) == expected


# ---------------------------------------------------------------------------------------------
# 5. Stray marks cost at most their own paragraph
# ---------------------------------------------------------------------------------------------

LATER = "The minister said: “We will not back down.”"
LATER_QUOTE = "We will not back down."

STRAY_PARAGRAPHS = [
    "A stray “ mark stands here.",
    "An unclosed “quotation runs on to the end.",
    "An unclosed \"quotation runs on to the end.",
    "An unclosed ‘quotation runs on to the end.",
    "An unclosed 'quotation runs on to the end.",
    "An unclosed «quotation runs on to the end.",
    "An unclosed ``quotation runs on to the end.",
    "A closing mark” with no opening one.",
    "A closing mark\" with no opening one.",
    "A closing mark’ with no opening one.",
    "Three marks \"a\" and \"b here.",
    "Mixed “marks ‘here” and ’there.",
    "He is 6'2\" and 180 pounds.",
    "“” “” ‘’ «» \"\" ''",
    "“ ” ‘ ’ « » \" ' `` ''",
    "”“”“ ’‘’‘ »«»«",
]


@pytest.mark.parametrize("stray", STRAY_PARAGRAPHS)
def test_a_stray_mark_costs_at_most_its_own_paragraph(stray):
    text = f"{stray}\n\n{LATER}"
    later_start = text.index(LATER)
    later = [q for q in quotehound.quotes(text) if q.end > later_start]
    assert [(q.text, q.start, q.paragraph) for q in later] == [
        (LATER_QUOTE, text.index(LATER_QUOTE), 1)
    ]


@pytest.mark.parametrize("stray", STRAY_PARAGRAPHS)
def test_a_stray_mark_between_two_quotations_leaves_both(stray):
    first = "“We will win,” she said."
    text = f"{first}\n\n{stray}\n\n{LATER}"
    found = quotehound.quotes(text)
    assert (found[0].text, found[0].start) == ("We will win,", 1)
    later_start = text.index(LATER)
    assert [(q.text, q.paragraph) for q in found if q.end > later_start] == [(LATER_QUOTE, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "“",
        "”",
        "\"",
        "'",
        "''",
        "``",
        "`",
        "«",
        "»",
        "„",
        "「",
        "」",
        "“\n\n“\n\n“",
        "\"\n\n\"\n\n\"",
        "'''''",
        "``''``''",
        "“‘«„「『‹",
        "』」›»“’”",
        "<a href=\"",
        "<\"",
        "=\"",
        "\"=\"",
        "'\ud800'",
        "“\ud800”",
        "“😀”",
        "“" * 1000,
        "\"" * 1001,
        "“a" * 500 + "”" * 500,
    ],
)
def test_odd_marks_never_raise(text):
    for q in quotehound.quotes(text):
        assert text[q.start : q.end] == q.text


# ---------------------------------------------------------------------------------------------
# 6. Properties over random news-like text
# ---------------------------------------------------------------------------------------------

QUOTE_MARKS = [
    "“", "”", "‘", "’", '"', "'", "``", "''", "«", "»", "‹", "›", "„", "‚", "‛", "‟",
    "「", "」", "『", "』", "＂", "＇", "❝", "❞", "〝", "〞",
]

NEWS_PIECES = [
    "The", "minister", "said", "said:", "she", "he", "Biden", "Putin", "told", "reporters",
    "would", "pay", "a", "price", "we", "will", "win", "according", "to", "the", "report",
    "Sen.", "Dr.", "U.S.", "don’t", "don't", "O’Brien", "’90s", "'16", "players’", "rock ’n’ roll",
    "6'2\"", "55\"", "<a href=\"x\">", "</a>", "so-called", "film", "Dune", ".", ",", ":", "?",
    "!", "—", "(", ")", "…", "😀", "Zoë", "\ud800",
]

SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\r\n", "\n \n", "\t"]

quote_text = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(QUOTE_MARKS), st.sampled_from(NEWS_PIECES)),
        st.sampled_from(SEPARATORS),
    ),
    max_size=60,
).map(lambda parts: "".join(piece + separator for piece, separator in parts))

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

EXAMPLES = [
    "“We came here to talk.\n\n“We leave with a plan,” the envoy said.",
    "“I said, ‘I know you’,” Biden said. ``Fine,'' he said. ''Yes,'' she said.",
    "«Oui,» dit-il. 「Yes.」 『Yes.』 „Ja,“ he said.",
    "An unclosed “quotation\n\nShe said: “Fine.”",
]


ANY_MARK = "“”‘’\"'`«»‹›„‚‛‟「」『』＂＇❝❞❛❜〝〞〟⹂"


def _opening_mark_before(text: str, start: int) -> bool:
    return start >= 1 and text[start - 1] in ANY_MARK


@PROPERTY_SETTINGS
@given(quote_text)
@example(EXAMPLES[0])
@example(EXAMPLES[1])
@example(EXAMPLES[2])
@example(EXAMPLES[3])
def test_quotation_text_is_the_input_sliced_at_its_offsets(text):
    for q in quotehound.quotes(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text


@PROPERTY_SETTINGS
@given(quote_text)
@example(EXAMPLES[0])
@example(EXAMPLES[1])
def test_quotations_are_numbered_ordered_and_disjoint(text):
    found = quotehound.quotes(text)
    assert [q.index for q in found] == list(range(len(found)))
    for a, b in zip(found, found[1:]):
        assert a.end < b.start


@PROPERTY_SETTINGS
@given(quote_text)
@example(EXAMPLES[0])
@example(EXAMPLES[1])
@example(EXAMPLES[2])
def test_every_quotation_opens_right_after_a_quote_mark(text):
    for q in quotehound.quotes(text):
        assert _opening_mark_before(text, q.start), (text[max(0, q.start - 3) : q.start], q)


@PROPERTY_SETTINGS
@given(quote_text)
@example(EXAMPLES[0])
@example(EXAMPLES[3])
def test_every_quotation_ends_at_a_quote_mark_or_its_paragraph_end(text):
    for q in quotehound.quotes(text):
        assert q.end == len(text) or text[q.end] in ANY_MARK or text[q.end].isspace()


@PROPERTY_SETTINGS
@given(quote_text)
@example(EXAMPLES[0])
@example(EXAMPLES[1])
def test_quotation_sentence_and_paragraph_are_valid_and_hold_its_opening(text):
    doc = quotehound.analyze(text)
    paragraphs = {s.paragraph for s in doc.sentences}
    for q in doc.quotes:
        assert 0 <= q.sentence < len(doc.sentences)
        assert q.paragraph in paragraphs
        sentence = doc.sentences[q.sentence]
        assert sentence.paragraph == q.paragraph
        holds_start = sentence.start <= q.start < sentence.end
        holds_mark = any(sentence.start <= q.start - n < sentence.end for n in (1, 2))
        assert holds_start or holds_mark, (sentence, q)


@PROPERTY_SETTINGS
@given(quote_text)
@example("She said “” and left.")
@example("“ ")
def test_quotations_hold_words(text):
    for q in quotehound.quotes(text):
        assert any(c.isalnum() for c in q.text), q


@PROPERTY_SETTINGS
@given(quote_text)
@example(EXAMPLES[0])
def test_quotes_and_analyze_find_the_same_quotations(text):
    assert [(q.start, q.end, q.kind) for q in quotehound.quotes(text)] == [
        (q.start, q.end, q.kind) for q in quotehound.analyze(text).quotes
    ]


# ---------------------------------------------------------------------------------------------
# Headlines: marked on their own evidence, their quotations kept
# ---------------------------------------------------------------------------------------------

HEADLINES = [
    # (text, its headline, the quotations of the headline): title case, no final punctuation,
    # or a label and a colon; it starts at its first word.
    (
        "Mayor Vows to Fight Cuts, Calls Plan ‘a Disgrace.’\n\nThe mayor spoke on Monday.",
        "Mayor Vows to Fight Cuts, Calls Plan ‘a Disgrace.’",
        ["a Disgrace."],
    ),
    (
        "Storm batters coast as “the worst is yet to come”\n\nThousands lost power.",
        "Storm batters coast as “the worst is yet to come”",
        ["the worst is yet to come"],
    ),
    (
        "Okafor: ‘We will rebuild the bridge.’\n\nThe governor toured the site.",
        "Okafor: ‘We will rebuild the bridge.’",
        ["We will rebuild the bridge."],
    ),
    (
        "Live Updates: Council backs plan to ‘keep rents fair.’\n\nThe vote was close.",
        "Live Updates: Council backs plan to ‘keep rents fair.’",
        ["keep rents fair."],
    ),
    # A byte order mark before the first word is no part of the headline.
    (
        "\ufeffMayor Vows to Rebuild Pier\n\n“It will open in May,” she said.",
        "Mayor Vows to Rebuild Pier",
        [],
    ),
]

NO_HEADLINES = [
    # A first paragraph that reads as a sentence of the body, whatever its verb.
    "“We will win,” Warren told reporters.\n\nShe spoke in Ohio.",
    "“Taxes will fall next year,” the mayor promised.\n\nShe gave no figures.",
    "The governor called the plan “a fair deal for renters.”\n\nCritics disagreed.",
    # A single paragraph; a first paragraph of several lines, or of too many words.
    "Storm batters coast as “the worst is yet to come”",
    "Storm batters coast as “the worst is yet to come”\nas rivers rise\n\nThousands lost power.",
    "Officials " + " ".join(["warned"] * 20) + " that “the worst is yet to come”\n\nThousands lost power.",
    # A byline or a dateline standing alone as the first paragraph.
    "By Ann Lee\n\n“We will rebuild,” the mayor said.",
    "By ANN LEE and TOM ROSS\n\n“We will rebuild,” the mayor said.",
    "\ufeffBy Ann Lee, Maria Ruiz and Tom Ross\n\n“We will rebuild,” the mayor said.",
    "WASHINGTON —\n\n“We will rebuild,” the mayor said.",
    "NEW YORK (Reuters) -\n\n“We will rebuild,” the mayor said.",
]


@pytest.mark.parametrize(("text", "headline", "quoted_in_headline"), HEADLINES)
def test_a_headline_is_marked_and_its_quotations_kept(text, headline, quoted_in_headline):
    doc = quotehound.analyze(text)
    assert doc.headline is not None
    assert (doc.headline.start, doc.headline.text) == (text.index(headline), headline)
    assert text[doc.headline.start : doc.headline.end] == doc.headline.text
    assert [q.text for q in doc.quotes if q.end <= doc.headline.end] == quoted_in_headline


@pytest.mark.parametrize("text", NO_HEADLINES)
def test_a_first_paragraph_without_a_headline_s_evidence_is_body_text(text):
    doc = quotehound.analyze(text)
    assert doc.headline is None
    assert doc.quotes and doc.quotes[0].start == text.index("“") + 1, "the text's first quotation is kept"


def test_a_first_paragraph_of_body_text_keeps_its_quotation_and_speaker():
    doc = quotehound.analyze("“We will win,” Warren told reporters.\n\nShe spoke in Ohio.")
    [q] = doc.quotes
    assert (q.text, q.speaker, q.cue, q.kind) == ("We will win,", "Warren", "told", "direct")


def test_the_headline_survives_a_round_trip_through_a_dict():
    doc = quotehound.analyze("Okafor: ‘We will rebuild the bridge.’\n\nThe governor toured the site.")
    again = quotehound.Document.from_dict(doc.to_dict())
    assert again.headline == doc.headline
