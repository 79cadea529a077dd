"""Texts for the batch, frame and display tests: news, golden-rule sentences and odd inputs."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (ROOT / "examples" / "seed_article.txt").read_text(encoding="utf-8")

#: A short story of dialogue, our own: turns without cues, and addressees.
STORY = (ROOT / "examples" / "ferry_story.txt").read_text(encoding="utf-8")

ODD = [
    "",
    " ",
    "\n\n",
    "“",
    "”Unbalanced” “quote marks “everywhere.",
    "Zoë said: “Ça va?” 😀 Then she left.\r\nNext line.",
    "Bad \ud800 byte. “Lone \udfff surrogate,” she said.",
    "\x00. \x00.",
    "<script>alert('x')</script> “<b>bold</b>,” Tom said.",
    "«Bonjour», a dit Marie. „Guten Tag“, sagte Hans.",
]


def golden_texts() -> list[str]:
    lines = (ROOT / "tests" / "data" / "golden_rules_en.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def paragraphs() -> list[str]:
    return [p for p in ARTICLE.split("\n\n") if p.strip()]


def mixed(count: int) -> list[str]:
    """``count`` texts cycling through articles, a story, paragraphs, golden rules and odd inputs.

    Long and short texts alternate, so that chunks finish out of order on several threads.
    """
    pool = [ARTICLE, STORY, *paragraphs(), *golden_texts(), *ODD, ARTICLE * 3]
    return [pool[(i * 7) % len(pool)] for i in range(count)]
