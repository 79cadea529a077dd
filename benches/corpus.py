"""The benchmark corpus: English news articles, read at run time and repeated to the size wanted.

The articles come from the shared annotated data (``quotes/polnear.dev.jsonl``, field ``text``),
which may not be redistributed: they are only read, never copied into the repository. Where that
file is absent, the bundled sample article stands in, and the source says so.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
NEWS_FILE = Path("quotes") / "polnear.dev.jsonl"
FALLBACK_FILE = ROOT / "examples" / "seed_article.txt"
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Source:
    """The distinct articles that every corpus of the benchmark repeats."""

    articles: list[str]
    description: str
    fallback: bool


def load_source(shared: Path = DEFAULT_SHARED) -> Source:
    """The news articles of the shared data, or the bundled sample article if they are absent."""
    path = shared / NEWS_FILE
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            articles = [json.loads(line)["text"] for line in lines if line.strip()]
        return Source(articles, f"{len(articles)} news articles of {path}", fallback=False)
    print(f"WARNING: {path} not found: the corpus repeats {FALLBACK_FILE.name} instead", file=sys.stderr)
    article = FALLBACK_FILE.read_text(encoding="utf-8")
    return Source([article], f"FALLBACK: {FALLBACK_FILE.relative_to(ROOT)} only ({path} not found)", fallback=True)


def utf8_size(texts: list[str]) -> int:
    """The total size of ``texts`` in UTF-8 bytes."""
    return sum(len(text.encode("utf-8")) for text in texts)


def repeat_to_size(articles: list[str], min_bytes: int) -> list[str]:
    """The article list repeated, whole, until it holds at least ``min_bytes`` of UTF-8."""
    rounds = max(1, -(-min_bytes // utf8_size(articles)))
    return articles * rounds


def leading_subset(articles: list[str], min_bytes: int) -> list[str]:
    """The first articles, as many as it takes to reach ``min_bytes`` of UTF-8 (all if fewer)."""
    subset, size = [], 0
    for article in articles:
        if size >= min_bytes:
            break
        subset.append(article)
        size += len(article.encode("utf-8"))
    return subset


def news_text(articles: list[str]) -> str:
    """The articles as the paragraphs of one document, ending in a paragraph break so that
    copies of it follow each other as further paragraphs."""
    return PARAGRAPH_BREAK.join(articles) + PARAGRAPH_BREAK


def repeat_text(text: str, min_bytes: int) -> str:
    """``text`` repeated until it is at least ``min_bytes`` long in UTF-8, in one allocation."""
    return text * max(1, -(-min_bytes // len(text.encode("utf-8"))))


def text_of_size(text: str, nbytes: int) -> str:
    """``text`` repeated, then cut after the last paragraph break within ``nbytes`` of UTF-8."""
    head = repeat_text(text, nbytes).encode("utf-8")[:nbytes].decode("utf-8", errors="ignore")
    cut = head.rfind(PARAGRAPH_BREAK)
    return head[: cut + len(PARAGRAPH_BREAK)] if cut > 0 else head


def without_punctuation(text: str) -> str:
    """``text`` without any punctuation character and with its line breaks turned into spaces:
    one paragraph that holds a single sentence."""
    table = {ord(c): None for c in set(text) if unicodedata.category(c).startswith("P")}
    table.update({ord(c): " " for c in "\n\r"})
    return text.translate(table)


def without_spaces(text: str) -> str:
    """``text`` with all its white space removed: one word, punctuation and all."""
    return "".join(text.split())
