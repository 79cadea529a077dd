"""The native core: each function returns the dataclasses of ``quotehound.types``, or columns."""

from .types import Document, Quote, QuoteKind, Rule, Sentence, StatementKind, StatementRule

__all__ = [
    "sentences",
    "quotes",
    "analyze",
    "quote_columns",
    "statement_columns",
    "sentence_columns",
    "QUOTE_KINDS",
    "RULES",
    "STATEMENT_KINDS",
    "STATEMENT_RULES",
    "__version__",
]

__version__: str

#: The values of a quotation's ``kind``, in the order of the ``kind`` codes of ``quote_columns``.
QUOTE_KINDS: tuple[QuoteKind, ...]
#: The attribution rules, in the order of the ``rule`` codes of ``quote_columns``.
RULES: tuple[Rule, ...]
#: The values of a statement's ``kind``, in the order of the ``kind`` codes of ``statement_columns``.
STATEMENT_KINDS: tuple[StatementKind, ...]
#: The values of a statement's ``rule`` (quotations' rules, then the patterns of reported speech), in
#: the order of the ``rule`` codes of ``statement_columns``.
STATEMENT_RULES: tuple[StatementRule, ...]

def sentences(text: str) -> list[Sentence]: ...
def quotes(text: str) -> list[Quote]: ...
def analyze(text: str) -> Document: ...
def _guards_fired() -> int:
    """How many times a stage of the core panicked in this process and had its results given up
    for an empty fallback: 0 unless the core has a bug. Tests assert that it stays put."""

def _defer(cls: type, source: str) -> None:
    """Makes the fields that the slot ``source`` stands in for filled on first read: ``"_spans"``
    for a sentence's start, end and text, ``"_sentences"`` for a document's sentences."""

def quote_columns(texts: list[str]) -> dict[str, bytes | list[str | None]]:
    """One row per quotation of every text, column by column, analysed with the GIL released.

    ``doc`` (the text's position in ``texts``), ``index``, ``start``, ``end``, ``sentence``,
    ``paragraph``, ``speaker_id``, ``mention_start``, ``mention_end``, ``cue_start``,
    ``cue_end`` and ``addressee`` are the native bytes of ``int64`` arrays, -1 where a value is
    missing; ``kind`` and ``rule`` are ``int8`` codes into ``QUOTE_KINDS`` and ``RULES``, -1 for
    none; ``text``, ``speaker``, ``mention`` and ``cue`` are lists of ``str`` or ``None``.
    """

def sentence_columns(texts: list[str]) -> dict[str, bytes | list[str]]:
    """One row per sentence of every text: ``doc``, ``index``, ``start``, ``end`` and
    ``paragraph`` as ``int64`` bytes, ``text`` as a list of ``str``."""

def statement_columns(texts: list[str]) -> dict[str, bytes | list[str | None] | list[tuple[int, ...]]]:
    """One row per statement of every text, column by column, analysed with the GIL released.

    The columns of ``quote_columns`` but ``addressee``, with ``kind`` and ``rule`` as ``int8`` codes into
    ``STATEMENT_KINDS`` and ``STATEMENT_RULES``, and ``quotes``: per statement, the tuple of the
    indices of the quotations inside its content.
    """
