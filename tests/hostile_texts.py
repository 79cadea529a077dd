"""Hostile inputs and the checker of a result, for the reliability tests and the benchmarks.

Kept apart from ``test_reliability.py`` (which imports everything here) so that a child process
that times one large input starts in a fraction of a second: this module imports neither pytest
nor hypothesis, and lists every quotation mark of Unicode only when first asked.
"""

from __future__ import annotations

import functools
import random
import sys
import unicodedata
from pathlib import Path

from quotehound import Document, Mention, Quote, Sentence, Speaker

SEED_ARTICLE = (Path(__file__).resolve().parent.parent / "examples" / "seed_article.txt").read_text(encoding="utf-8")

QUOTE_KINDS = {"direct", "partial"}
SPEAKER_KINDS = {"person", "organization", "unknown"}

# ---------------------------------------------------------------------------------------------
# Checking a result
# ---------------------------------------------------------------------------------------------


def _check_span(text: str, what: str, start: object, end: object, cut: object) -> None:
    assert type(start) is int and type(end) is int, f"{what}: offsets {start!r}, {end!r}"
    assert 0 <= start <= end <= len(text), f"{what}: {start}..{end} outside 0..{len(text)}"
    assert text[start:end] == cut, f"{what}: text[{start}:{end}] is {text[start:end]!r}, not {cut!r}"


def check_document(text: str, doc: Document) -> None:
    """Asserts that ``doc`` is a well-formed analysis of ``text``."""
    assert type(doc) is Document
    assert doc.text == text
    assert type(doc.sentences) is tuple and type(doc.quotes) is tuple and type(doc.speakers) is tuple

    previous_end, previous_paragraph = 0, 0
    for i, s in enumerate(doc.sentences):
        assert type(s) is Sentence and s.index == i
        _check_span(text, f"sentence {i}", s.start, s.end, s.text)
        assert s.start < s.end, f"sentence {i} is empty"
        assert s.start >= previous_end, f"sentence {i} overlaps the one before"
        assert previous_paragraph <= s.paragraph <= previous_paragraph + 1 or i == 0, f"sentence {i}: paragraph {s.paragraph}"
        previous_end, previous_paragraph = s.end, s.paragraph
    if doc.sentences:
        assert doc.sentences[0].paragraph == 0

    quoted_speakers = set()
    previous_end = 0
    for i, q in enumerate(doc.quotes):
        assert type(q) is Quote and q.index == i
        _check_span(text, f"quote {i}", q.start, q.end, q.text)
        assert q.start >= previous_end, f"quote {i} at {q.start} overlaps the one before, ending at {previous_end}"
        previous_end = q.end
        assert q.kind in QUOTE_KINDS, f"quote {i}: kind {q.kind!r}"
        assert 0 <= q.sentence < len(doc.sentences), f"quote {i}: sentence {q.sentence} of {len(doc.sentences)}"
        assert q.paragraph == doc.sentences[q.sentence].paragraph, f"quote {i}: paragraph {q.paragraph}"
        if q.mention is not None:
            assert type(q.mention) is Mention
            _check_span(text, f"quote {i} mention", q.mention.start, q.mention.end, q.mention.text)
        assert (q.rule is None) == (q.mention is None), f"quote {i}: rule {q.rule!r} with mention {q.mention!r}"
        assert q.rule is None or isinstance(q.rule, str)
        if q.cue is None:
            assert q.cue_start is None and q.cue_end is None
        else:
            _check_span(text, f"quote {i} cue", q.cue_start, q.cue_end, q.cue)
        if q.speaker_id is None:
            assert q.speaker is None
        else:
            assert type(q.speaker_id) is int and 0 <= q.speaker_id < len(doc.speakers), f"quote {i}: speaker id {q.speaker_id}"
            assert q.speaker == doc.speakers[q.speaker_id].name
            quoted_speakers.add(q.speaker_id)

    for i, sp in enumerate(doc.speakers):
        assert type(sp) is Speaker and sp.id == i
        assert isinstance(sp.name, str) and sp.name.strip(), f"speaker {i} has no name"
        assert sp.kind in SPEAKER_KINDS
        assert type(sp.mentions) is tuple and type(sp.titles) is tuple
        assert all(isinstance(t, str) for t in sp.titles)
        for k, m in enumerate(sp.mentions):
            assert type(m) is Mention
            _check_span(text, f"speaker {i} mention {k}", m.start, m.end, m.text)
    for i, st in enumerate(doc.statements):
        _check_span(text, f"statement {i}", st.start, st.end, st.text)
        assert all(0 <= k < len(doc.quotes) for k in st.quotes), f"statement {i}: quotations {st.quotes}"
        if st.speaker_id is not None:
            assert 0 <= st.speaker_id < len(doc.speakers) and st.speaker == doc.speakers[st.speaker_id].name
            quoted_speakers.add(st.speaker_id)
    assert quoted_speakers == set(range(len(doc.speakers))), "every speaker is credited with a quotation or a statement"


# ---------------------------------------------------------------------------------------------
# Hostile inputs
# ---------------------------------------------------------------------------------------------

#: The Unicode Quotation_Mark property.
QUOTATION_MARK_PROPERTY = [
    0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A,
    0x2E42, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E, 0x301F, 0xFE41, 0xFE42, 0xFE43, 0xFE44, 0xFF02,
    0xFF07, 0xFF62, 0xFF63,
]  # fmt: skip

@functools.cache
def quotation_marks() -> list[str]:
    """Every quotation mark: the property, initial and final punctuation (Pi, Pf), ornaments and
    the characters typed in their place."""
    return sorted(
        {chr(c) for c in QUOTATION_MARK_PROPERTY}
        | {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) in ("Pi", "Pf")}
        | set("❛❜❝❞🙶🙷🙸`´〃")
    )

INVISIBLE = [
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060",
    "\u2061", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u180e", "\u00ad", "\u034f", "\u061c", "\ufff9",
    "\ufffb", "\U000e0001", "\U000e007f",
]  # fmt: skip

SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"]

NEWS = (
    "WASHINGTON (AP) — Sen. Elizabeth Warren said on Tuesday that the U.S. would “pay a price.” "
    "“We are not going anywhere,” she told reporters. “It is ‘fine’,” said Kremlin spokesperson Dmitry Peskov. "
    'According to the report, “the talks failed.” "Why?" he asked. Mr. Smith said: ‘We won’t.’'
)

MARKUP = """<html><head><script type="text/javascript">var s = "a" + 'b'; if (a < b && c > "d") { document.write('<div class="x">' + s + "</div>"); }
window.dataLayer = [{"event": "view", "title": "“Quoted” title"}];</script><style>q:before { content: "“"; }</style></head>
<body><div class="article" data-author="@someone"><p>“It is groundless,” Kremlin spokesperson Dmitry Peskov said.</p>
<p>She said: <q>we won&rsquo;t</q> &ldquo;leave&rdquo; &#8220;now&#8221;.</p><img alt="A &quot;photo&quot;" src='x.jpg'><!-- "a comment -->
<tweet tweet-id="7713" author="@x"></tweet>< not a tag "and a quote" > <p>Unclosed <b "tag with “quote marks and no end</p>
"""


def nested(depth: int, opens: str = "“‘", closes: str = "”’") -> str:
    head = "".join(opens[i % len(opens)] + "he said " for i in range(depth))
    tail = "".join(closes[i % len(closes)] + " she said" for i in reversed(range(depth)))
    return head + tail


#: Reports inside reports, each cue's content the next report, with no full stop: every word
#: around a cue is a source, an object or the start of a content.
CUE_CHAIN = (
    "Ann said that Bo told Cy that Dee argued that Eli warned the court that Fay claimed that "
    "Gus wrote on Twitter that Hal believes that Ivy asked whether Jo added that according to Kim, "
)


def cue_chain(n: int) -> str:
    """``n`` characters of :data:`CUE_CHAIN` over and over: one sentence of cues."""
    return (CUE_CHAIN * (n // len(CUE_CHAIN) + 1))[:n]


def many_names(n: int) -> str:
    """Dialogue of ``n`` characters (roughly) in which every line is spoken by a new character,
    named by two made-up capitalised words: a speaker for every twenty-odd characters."""
    letters = "abcdefghijklmnopqrstuvwxyz"

    def word(k: int) -> str:
        out = ""
        for _ in range(4):
            k, r = divmod(k, 26)
            out += letters[r]
        return out.capitalize()

    lines = []
    size, k = 0, 0
    while size < n:
        line = f'"Yes," said {word(k)} {word(k + 7919)}.\n\n'
        lines.append(line)
        size += len(line)
        k += 1
    return "".join(lines)


#: A novel's line, hard-wrapped, opening a quotation it never closes.
UNCLOSED_LINE = '"The road ran on past the mill and the river, and nobody on it\nlooked back at the town they had left behind them that day\n\n'


def sprinkle(text: str, extra: list[str], seed: int) -> str:
    rng = random.Random(seed)
    return "".join(c + rng.choice(extra) for c in text)


#: Hostile inputs, by name: a function of the size wanted, in characters (roughly).
GENERATORS = {
    "markup": lambda n: (MARKUP * (n // len(MARKUP) + 1))[:n],
    "straight double marks": lambda n: '"' * n,
    "curly opening marks": lambda n: "“" * n,
    "curly closing marks": lambda n: "”" * n,
    "single marks": lambda n: "'" * n,
    "alternating curly marks": lambda n: "“”" * (n // 2),
    "reversed curly marks": lambda n: "”“" * (n // 2),
    "quoted letters": lambda n: '"a" ' * (n // 4),
    "opening marks before words": lambda n: "“a " * (n // 3),
    "closing marks after words": lambda n: "a” " * (n // 3),
    "attributed quotations": lambda n: "“a” said X. " * (n // 12),
    "quotations in one sentence": lambda n: "“Yes,” he said " * (n // 15),
    "marks between paragraphs": lambda n: "“\n\n" * (n // 3),
    "nested 10,000 levels": lambda n: nested(10_000),
    "nested, four families": lambda n: nested(10_000, "“‘«‹", "”’»›"),
    "nested, unclosed": lambda n: "“he said ‘" * 10_000,
    "nested straight marks": lambda n: ' "a' * 10_000 + "x" + 'b" ' * 10_000,
    "one long word": lambda n: "x" * n,
    "a line of chat, no punctuation": lambda n: "ok i think so lol " * (n // 18),
    "emoticons": lambda n: ":) " * (n // 3),
    "chat with emoticons": lambda n: "so fun! :) see u :P " * (n // 20),
    "one long URL": lambda n: "See http://" + "a.example/b" * (n // 11) + " Then",
    "dotted token": lambda n: "a." * (n // 2),
    "wrapped lines of two lengths": lambda n: (
        "i think a line like this is long enough to read as wrapped\nand one a little shorter than that, in lower case\n" * (n // 100)
    ),
    "words, no full stop": lambda n: "word " * (n // 5),
    "short sentences": lambda n: "It rained. " * (n // 11),
    "abbreviations": lambda n: "Mr. " * (n // 4),
    "full stops": lambda n: "." * n,
    "spaced full stops": lambda n: ". " * (n // 2),
    "question marks": lambda n: "?!" * (n // 2),
    "ellipses": lambda n: "…" * n,
    "punctuation": lambda n: "".join(random.Random(1).choices(".?!…,;:-—()[]{}<>/\\|@#$%^&*_+=~“”‘’\"'«» ", k=n)),
    "mixed scripts": lambda n: (
        "Путин сказал: «Мы победим». 習近平說：「我們會贏。」 قال الرئيس \"سننتصر\". הוא אמר ״כן״. "
        "प्रधानमंत्री ने कहा, “हम जीतेंगे।” ผู้นำกล่าวว่า “เราจะชนะ” 😀👨‍👩‍👧🇺🇸 He said “naïve café Zoë ß İ ǅ”. "
    )
    * (n // 300 + 1),
    "zero-width and bidi controls": lambda n: sprinkle(NEWS, INVISIBLE, 1) * (n // (2 * len(NEWS)) + 1),
    "lone surrogates": lambda n: sprinkle(NEWS, SURROGATES + [""] * 6, 2) * (n // (2 * len(NEWS)) + 1),
    "surrogates alone": lambda n: "".join(random.Random(3).choice(SURROGATES) for _ in range(n)),
    "NUL": lambda n: NEWS.replace(" ", "\0") * (n // len(NEWS) + 1),
    "NUL alone": lambda n: "\0" * n,
    "every quotation mark": lambda n: "".join(f"{a}x{b} " for a in quotation_marks() for b in quotation_marks()),
    "cues, no full stop": cue_chain,
    "that clauses, nested": lambda n: "she said that he said that " * (n // 27),
    "said said said": lambda n: "said " * (n // 5),
    "quotations and cues in one sentence": lambda n: "“Yes,” Ann said that “no” and Bo told Cy " * (n // 41),
    "alternating one-word quotations": lambda n: '"Yes," said Ann.\n\n"No."\n\n"Why?"\n\n"Rain."\n\n' * (n // 44),
    "a novel with no closing mark": lambda n: UNCLOSED_LINE * (n // len(UNCLOSED_LINE) + 1),
    "a character on every line": many_names,
}

#: The inputs full of cues of reported speech, which may take no more than ten times as long as
#: news of their size (``CUE_NEWS_FACTOR`` of ``test_reliability.py``), where the others may take
#: fifty. (Quotations and cues in one sentence cost what their quotations cost, twenty times as
#: many to the megabyte as news has, as quotations in one sentence do.)
CUE_INPUTS = ["cues, no full stop", "that clauses, nested", "said said said"]

#: The inputs shaped like fiction: dialogue whose turns are told from the turns around them, a
#: novel whose quotations never close, a new character on every line. They too may take no more
#: than ten times as long as news of their size.
FICTION_INPUTS = ["alternating one-word quotations", "a novel with no closing mark", "a character on every line"]

#: Inputs generated at this size (in characters) run in a child process with a time limit: large
#: enough that a stage quadratic in the number of quote marks takes seconds where news takes
#: milliseconds. (The nested ones are as deep as their names say.)
LARGE = {
    "one long word": 5_000_000,
    "a line of chat, no punctuation": 10_000_000,
    "emoticons": 3_000_000,
    "chat with emoticons": 1_000_000,
    "one long URL": 1_000_000,
    "dotted token": 1_000_000,
    "wrapped lines of two lengths": 1_000_000,
    "words, no full stop": 5_000_000,
    "short sentences": 5_000_000,
    "quotations in one sentence": 1_000_000,
    "markup": 1_000_000,
    "straight double marks": 1_000_000,
    "curly opening marks": 1_000_000,
    "curly closing marks": 1_000_000,
    "single marks": 1_000_000,
    "alternating curly marks": 1_000_000,
    "reversed curly marks": 1_000_000,
    "quoted letters": 1_000_000,
    "opening marks before words": 1_000_000,
    "closing marks after words": 1_000_000,
    "attributed quotations": 1_200_000,
    "marks between paragraphs": 1_000_000,
    "nested 10,000 levels": 0,
    "nested, four families": 0,
    "nested, unclosed": 0,
    "nested straight marks": 0,
    "full stops": 1_000_000,
    "punctuation": 500_000,
    "mixed scripts": 500_000,
    "zero-width and bidi controls": 500_000,
    "lone surrogates": 500_000,
    "NUL": 500_000,
    # 100,000 words in one sentence, 10,000 `that` clauses one inside the next.
    "cues, no full stop": 525_000,
    "that clauses, nested": 135_000,
    "said said said": 1_000_000,
    "quotations and cues in one sentence": 1_000_000,
    # 10 MB of one-word turns is `make bench-hostile`'s; here a million characters.
    "alternating one-word quotations": 1_000_000,
    "a novel with no closing mark": 1_000_000,
    # 100,000 characters, each with a line.
    "a character on every line": 2_400_000,
}


def news_like(size: int) -> str:
    """News of ``size`` characters: the sample article, paragraph after paragraph."""
    return ((SEED_ARTICLE + "\n\n") * (size // (len(SEED_ARTICLE) + 2) + 1))[:size]
