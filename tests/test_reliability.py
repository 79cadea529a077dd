"""Reliability: hostile text never raises and always gives well-formed results.

Covers the contracts of DESIGN.md that hold whatever the text: offsets round-trip
(``text[x.start:x.end] == x.text`` for sentences, quotations, mentions and cues), speaker ids
point into ``Document.speakers``, lone surrogates count as U+FFFD, documents pickle, results
repeat (also across processes), threads give what one thread gives, and wrong argument types
raise ``TypeError`` naming the argument and what to pass.

Hostile inputs are generated here (nothing large is stored): markup and scripts left in scraped
text, 100,000 quote marks, quotations nested 10,000 levels deep, 5 MB lines, punctuation alone,
mixed scripts, zero-width and bidirectional controls, lone surrogates, NUL, and every Unicode
quotation mark; ``tests/data/hostile/`` holds a few small hand-written files. The large inputs
run in a child process with a time limit, so a quadratic stage fails the test instead of
stalling the suite. ``benches/bench_hostile.py`` times the same inputs up to 100 MB.
"""

from __future__ import annotations

import copy
import hashlib
import json
import pickle
import random
import subprocess
import sys
import threading
import time
import unicodedata
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quotehound
from quotehound import Document, Mention, Quote, Sentence, Speaker

HERE = Path(__file__).resolve().parent
HOSTILE_FILES = sorted((HERE / "data" / "hostile").glob("*.txt"))
SEED_ARTICLE = (HERE.parent / "examples" / "seed_article.txt").read_text(encoding="utf-8")

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
    assert quoted_speakers == set(range(len(doc.speakers))), "every speaker is credited with a quotation"


def check_text(text: str) -> Document:
    """Analyses ``text`` with every entry point and checks that they agree and repeat."""
    doc = quotehound.analyze(text)
    check_document(text, doc)
    assert quotehound.sentences(text) == list(doc.sentences)
    assert quotehound.quotes(text) == list(doc.quotes)
    assert quotehound.analyze(text) == doc
    return doc


def spans(doc: Document) -> list:
    """Everything of a document but the texts cut from it."""
    return [
        [(s.start, s.end, s.paragraph) for s in doc.sentences],
        [(q.start, q.end, q.kind, q.sentence, q.paragraph, q.speaker, q.speaker_id, q.cue_start, q.cue_end, q.rule) for q in doc.quotes],
        [(q.mention.start, q.mention.end) if q.mention else None for q in doc.quotes],
        [(sp.name, sp.kind, sp.titles, [(m.start, m.end) for m in sp.mentions]) for sp in doc.speakers],
    ]


# ---------------------------------------------------------------------------------------------
# Hostile inputs
# ---------------------------------------------------------------------------------------------

#: The Unicode Quotation_Mark property.
QUOTATION_MARK_PROPERTY = [
    0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A,
    0x2E42, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E, 0x301F, 0xFE41, 0xFE42, 0xFE43, 0xFE44, 0xFF02,
    0xFF07, 0xFF62, 0xFF63,
]  # fmt: skip

#: Every quotation mark: the property, initial and final punctuation (Pi, Pf), ornaments and
#: the characters typed in their place.
QUOTATION_MARKS = sorted(
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
    "every quotation mark": lambda n: "".join(f"{a}x{b} " for a in QUOTATION_MARKS for b in QUOTATION_MARKS),
}

#: Inputs generated at this size run in a child process with a time limit.
LARGE = {
    "one long word": 5_000_000,
    "words, no full stop": 5_000_000,
    "short sentences": 5_000_000,
    "quotations in one sentence": 1_000_000,
    "markup": 1_000_000,
    "straight double marks": 100_000,
    "curly opening marks": 100_000,
    "curly closing marks": 100_000,
    "single marks": 100_000,
    "alternating curly marks": 200_000,
    "reversed curly marks": 200_000,
    "quoted letters": 400_000,
    "opening marks before words": 300_000,
    "closing marks after words": 300_000,
    "attributed quotations": 1_200_000,
    "marks between paragraphs": 300_000,
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
}


@pytest.mark.parametrize("name", sorted(LARGE))
def test_large_hostile_input_is_well_formed(name):
    # How long these take, next to ordinary news, is measured by benches/bench_hostile.py.
    text = GENERATORS[name](LARGE[name])
    check_document(text, quotehound.analyze(text))


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_small_hostile_input_is_well_formed(name):
    check_text(GENERATORS[name](2_000))


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.name)
def test_hostile_file_is_well_formed(path):
    check_text(path.read_bytes().decode("utf-8", errors="surrogateescape"))


def test_hostile_files_are_there():
    assert {p.name for p in HOSTILE_FILES} >= {"scraped_page.txt", "every_quotation_mark.txt", "bidi_and_zero_width.txt"}


def test_every_quotation_mark_is_listed_in_the_hostile_file():
    first_line = (HERE / "data" / "hostile" / "every_quotation_mark.txt").read_text(encoding="utf-8").splitlines()[0]
    assert list(first_line) == QUOTATION_MARKS


@pytest.mark.parametrize("mark", QUOTATION_MARKS, ids=lambda m: f"U+{ord(m):04X}")
def test_each_quotation_mark_in_every_position(mark):
    for text in [mark, mark * 3, f"{mark}word{mark}", f"He said {mark}yes{mark} and {mark}no.", f"{mark}It is fine,{mark} she said.", f"{mark}\n\n{mark}a{mark}\n\n{mark}"]:
        check_text(text)


def test_empty_and_blank_texts():
    for text in ["", " ", "\n", "\n\n\n", "\t\r\n\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\u3000", "\0", "\ufeff"]:
        doc = check_text(text)
        assert doc.quotes == ()


# ---------------------------------------------------------------------------------------------
# Arbitrary text
# ---------------------------------------------------------------------------------------------

PIECES = [
    "“", "”", "‘", "’", '"', "'", "''", "``", "«", "»", "„", "‹", "›", "「", "」", "＂", " ", " ", "\n", "\n\n",
    "\r\n", "\r", "\t", "\x85", "\u2028", "\u00a0", "\0", ".", "?", "!", "…", "...", ",", ":", ";", "—", "-", "(",
    ")", "<", ">", "<p>", "</p>", "=", "said", "says", "told", "asked", "according to", "he", "she", "they", "I",
    "Mr.", "Sen.", "U.S.", "Smith", "Warren", "Dmitry Peskov", "Kremlin spokesperson", "the report", "ORTIZ:",
    "don’t", "O’Brien", "’90s", "e\u0301", "😀", "👨‍👩‍👧", "中文", "。", "שלום", "مرحبا", "The", "It",
]  # fmt: skip

hostile_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(QUOTATION_MARKS),
        st.sampled_from(INVISIBLE),
        st.sampled_from(SURROGATES),
        st.characters(),
        st.integers(0xD800, 0xDFFF).map(chr),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
@example("“a”report P\"\"a")
@example("„＇a'\n“")
@example("é" * 200 + ' "a" she said')
@example("“He said: ‘We will win.’ Then he left.\n\n“It will last,” she said.")
def test_any_text_gives_a_well_formed_result(text):
    check_text(text)


@settings(max_examples=150, deadline=None)
@given(hostile_text)
@example("Bad \ud800 byte. “Quote \udfff,” she said. \ud83d\ude00 “Fine,” Smith said.")
def test_lone_surrogates_count_as_replacement_characters(text):
    replaced = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    doc = quotehound.analyze(text)
    check_document(text, doc)
    assert spans(doc) == spans(quotehound.analyze(replaced))


def test_lone_surrogates_stay_in_the_cut_texts():
    text = "“Bad \ud800 byte,” she said. Smith said: “Next \udfff one.”"
    doc = check_text(text)
    assert any("\ud800" in q.text for q in doc.quotes) and any("\udfff" in q.text for q in doc.quotes)


# ---------------------------------------------------------------------------------------------
# Pickling, copying, determinism
# ---------------------------------------------------------------------------------------------

DOCUMENT_TEXTS = [
    SEED_ARTICLE,
    NEWS,
    "Bad \ud800 byte. “Quote \udfff,” said Sen. Warren. “More,” she added.",
    "",
    MARKUP,
]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_documents_survive_pickling(protocol):
    for text in DOCUMENT_TEXTS:
        doc = quotehound.analyze(text)
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back == doc
        assert type(back) is Document and all(type(q) is Quote for q in back.quotes)
        assert [q.mention for q in back.quotes] == [q.mention for q in doc.quotes]
        check_document(text, back)


def test_documents_survive_copying():
    for text in DOCUMENT_TEXTS:
        doc = quotehound.analyze(text)
        assert copy.copy(doc) == doc
        assert copy.deepcopy(doc) == doc


def test_results_stay_out_of_the_cyclic_collector():
    # A corpus of results kept in memory must not make every full collection walk it; a result
    # can hold no cycle, so reference counting alone frees it.
    import gc

    text = "“We will win,” Ann Lee said. “Yes,” she added. Mr. Smith left."
    doc = quotehound.analyze(text)
    parts = [doc, doc.quotes, doc.speakers, *doc.quotes, *doc.speakers, doc.quotes[0].mention, doc.sentences, *doc.sentences]
    parts += quotehound.sentences(text) + quotehound.quotes(text)
    assert parts and not [p for p in parts if gc.is_tracked(p)]


def test_the_same_text_gives_the_same_result():
    for text in DOCUMENT_TEXTS + [GENERATORS[name](20_000) for name in sorted(GENERATORS)]:
        first = quotehound.analyze(text)
        assert quotehound.analyze(text) == first
        assert quotehound.analyze("".join(list(text))) == first  # an equal string, another object


def test_a_text_gives_the_same_result_whatever_was_read_before_it():
    # Each thread reuses the room of its last UTF-8 copy, and gives up a room of over 1 MiB:
    # texts of every width and of either side of that size, in two orders, give each the same.
    assert not SEED_ARTICLE.isascii()
    texts = [
        SEED_ARTICLE * (2_000_000 // len(SEED_ARTICLE)),  # over 1 MiB of UTF-8, two-byte units
        SEED_ARTICLE,
        SEED_ARTICLE.encode("ascii", "replace").decode("ascii"),  # ASCII, read in place
        "Zoë said: “Ça va.” " * 50,  # one-byte units
        "“Yes 😀,” she said. " * 50,  # four-byte units
        "",
    ]
    first = [quotehound.analyze(text) for text in texts]
    again = [quotehound.analyze(text) for text in reversed(texts)][::-1]
    assert again == first
    for text, doc in zip(texts, first):
        check_document(text, doc)


def _digest(texts: list[str]) -> str:
    """A digest of the analyses of ``texts``, independent of object identity."""
    h = hashlib.sha256()
    for text in texts:
        h.update(json.dumps(asdict(quotehound.analyze(text)), ensure_ascii=True, default=str).encode())
    return h.hexdigest()


_DIGEST_CHILD = """
import sys
sys.path.insert(0, {tests!r})
import test_reliability as t
print(t._digest(t.DIGEST_TEXTS))
"""

DIGEST_TEXTS = DOCUMENT_TEXTS + [GENERATORS[name](5_000) for name in ("markup", "every quotation mark", "mixed scripts", "punctuation")]


def test_results_are_the_same_in_every_process():
    # Hash seeds differ per process, in Python and in Rust's hash maps: nothing may depend on them.
    expected = _digest(DIGEST_TEXTS)
    code = _DIGEST_CHILD.format(tests=str(HERE))
    for seed in ("0", "1", "random"):
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.strip() == expected, f"PYTHONHASHSEED={seed} gives other results"


# ---------------------------------------------------------------------------------------------
# Threads
# ---------------------------------------------------------------------------------------------


def _shared_inputs() -> list[str]:
    texts = [SEED_ARTICLE, NEWS, MARKUP] + [p.read_text(encoding="utf-8", errors="replace") for p in HOSTILE_FILES]
    texts += [GENERATORS[name](30_000) for name in ("mixed scripts", "lone surrogates", "attributed quotations", "every quotation mark")]
    return texts


def test_eight_threads_give_what_one_thread_gives():
    texts = _shared_inputs()
    expected = [quotehound.analyze(t) for t in texts]
    expected_sentences = [quotehound.sentences(t) for t in texts]
    seconds, threads = 3.0, 8
    start = threading.Barrier(threads, timeout=120)
    deadline = [0.0]
    rounds = [0] * threads
    failures: list[str] = []

    def work(k: int) -> None:
        try:
            start.wait()
            if k == 0:
                deadline[0] = time.monotonic() + seconds
            order = list(range(len(texts)))
            random.Random(k).shuffle(order)
            while rounds[k] == 0 or time.monotonic() < (deadline[0] or time.monotonic() + seconds):
                for i in order:
                    if quotehound.analyze(texts[i]) != expected[i]:
                        failures.append(f"thread {k}: analyze differs on text {i}")
                    if k % 2 and quotehound.sentences(texts[i]) != expected_sentences[i]:
                        failures.append(f"thread {k}: sentences differs on text {i}")
                rounds[k] += 1
        except BaseException as e:  # noqa: BLE001 - reported below, whatever it is
            failures.append(f"thread {k}: {type(e).__name__}: {e}")

    workers = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert not any(w.is_alive() for w in workers), "threads did not finish"
    assert failures == []
    assert all(r >= 1 for r in rounds)


def test_analysis_releases_the_gil():
    text = (SEED_ARTICLE + "\n\n") * 400  # about 2 MB
    counted = [0]
    counting, stop = threading.Event(), threading.Event()

    def count() -> None:
        counting.set()
        while not stop.is_set():
            counted[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    counting.wait()  # counting before the call, whenever the thread was first scheduled
    started = time.perf_counter()
    before = counted[0]
    quotehound.sentences(text)
    during = counted[0] - before
    elapsed = time.perf_counter() - started
    stop.set()  # ends the counter whatever it saw so far
    counter.join()
    # Holding the GIL throughout would leave the counter still for the whole call.
    assert during > 1000 or elapsed < 0.02, f"{during} counts in {elapsed:.3f} s"


# ---------------------------------------------------------------------------------------------
# Wrong argument types
# ---------------------------------------------------------------------------------------------

FUNCTIONS = [quotehound.analyze, quotehound.sentences, quotehound.quotes]
NOT_TEXTS = [None, 42, 3.5, ["a text"], ("a",), {"text": "a"}, object(), memoryview(b"a")]


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", NOT_TEXTS, ids=lambda b: type(b).__name__)
def test_a_non_text_raises_type_error_naming_the_argument(function, bad):
    with pytest.raises(TypeError) as raised:
        function(bad)
    message = str(raised.value)
    assert "text" in message and "str" in message and type(bad).__name__ in message, message


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("data", [b"\xe2\x80\x9cYes\xe2\x80\x9d", bytearray(b"Yes")], ids=["bytes", "bytearray"])
def test_bytes_raise_type_error_saying_to_decode(function, data):
    with pytest.raises(TypeError, match=r"text must be str.*decode"):
        function(data)


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
def test_the_text_can_be_passed_by_keyword_and_checked_there_too(function):
    assert function(text="“Yes,” she said.") == function("“Yes,” she said.")
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        function(text=None)


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
def test_a_missing_text_raises_type_error(function):
    with pytest.raises(TypeError, match="text"):
        function()


@pytest.mark.parametrize("name", ["analyze", "sentences", "quotes"])
def test_the_core_itself_refuses_non_texts_with_type_error(name):
    core = getattr(quotehound._core, name)
    with pytest.raises(TypeError, match="text"):
        core(None)
    with pytest.raises(TypeError, match="text"):
        core(b"bytes")


def test_many_texts_refuse_a_single_text_or_a_non_text():
    with pytest.raises(TypeError, match="texts"):
        list(quotehound.analyze_many("one text"))
    with pytest.raises(TypeError, match="texts"):
        list(quotehound.analyze_many(None))
    with pytest.raises(TypeError):
        list(quotehound.analyze_many(["fine", None]))


# ---------------------------------------------------------------------------------------------
# The garbage collector, paused while results are built
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("function", [quotehound.analyze, quotehound.sentences, quotehound.quotes])
def test_the_collector_is_as_the_caller_left_it(function):
    import gc

    text = "“We will win,” Mayor Ann Lee said. She added: “Soon.”"
    try:
        for enabled in (True, False, True):
            (gc.enable if enabled else gc.disable)()
            function(text)
            assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_the_collector_runs_again_after_many_threads_built_results():
    import gc

    assert gc.isenabled()
    texts = [SEED_ARTICLE, NEWS] * 40
    assert len(list(quotehound.analyze_many(texts, threads=4))) == len(texts)
    assert gc.isenabled()
