"""quotehound: who said what, fast.

Sentences and quotations of English prose, above all news, with exact offsets: for every span,
``text[span.start:span.end] == span.text``.

>>> import quotehound
>>> [s.text for s in quotehound.sentences("Mr. Smith left at 5 p.m. on Friday. He was tired.")]
['Mr. Smith left at 5 p.m. on Friday.', 'He was tired.']

Many texts: ``analyze_many`` (every core, in order); with pandas installed, ``quotes_frame``,
``statements_frame``, ``sentences_frame`` and ``speakers_frame`` (one row per quotation, statement,
sentence or speaker), and
``import quotehound.pandas`` for the ``Series.quotehound`` accessor.
"""

# display gives Document its views (to_html, to_displacy, to_dict, from_dict); types imports nothing of it.
from . import display  # noqa: F401
from ._api import analyze, quotes, sentences
from ._core import __version__
from .batch import analyze_many
from .frames import (
    QUOTE_KINDS,
    QUOTES_COLUMNS,
    RULES,
    SENTENCES_COLUMNS,
    SPEAKER_KINDS,
    SPEAKERS_COLUMNS,
    STATEMENT_KINDS,
    STATEMENT_RULES,
    STATEMENTS_COLUMNS,
    quotes_frame,
    sentences_frame,
    speakers_frame,
    statements_frame,
)
from .scale import quotes_meta, sentences_meta, spark_quotes, spark_schema, spark_sentences, spark_statements, statements_meta
from .tally import SpeakerTally, tally_speakers
from .types import Document, Mention, Quote, Sentence, Span, Speaker, Statement

__all__ = [
    "Document",
    "Mention",
    "Quote",
    "Sentence",
    "Span",
    "Speaker",
    "Statement",
    "analyze",
    "quotes",
    "sentences",
    "analyze_many",
    "quotes_frame",
    "statements_frame",
    "sentences_frame",
    "speakers_frame",
    "tally_speakers",
    "SpeakerTally",
    "QUOTES_COLUMNS",
    "STATEMENTS_COLUMNS",
    "SENTENCES_COLUMNS",
    "SPEAKERS_COLUMNS",
    "QUOTE_KINDS",
    "RULES",
    "STATEMENT_KINDS",
    "STATEMENT_RULES",
    "SPEAKER_KINDS",
    "__version__",
    "QUOTES_META",
    "STATEMENTS_META",
    "SENTENCES_META",
    "quotes_meta",
    "statements_meta",
    "sentences_meta",
    "spark_schema",
    "spark_quotes",
    "spark_statements",
    "spark_sentences",
]


def __getattr__(name: str) -> object:
    """``QUOTES_META``, ``STATEMENTS_META`` and ``SENTENCES_META`` (Dask metas), built with pandas
    when first read."""
    if name in ("QUOTES_META", "STATEMENTS_META", "SENTENCES_META"):
        from . import scale

        return getattr(scale, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
