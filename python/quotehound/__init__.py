"""quotehound: who said what, fast.

Sentences and quotations of English prose, above all news, with exact offsets: for every span,
``text[span.start:span.end] == span.text``.

>>> import quotehound
>>> [s.text for s in quotehound.sentences("Mr. Smith left at 5 p.m. on Friday. He was tired.")]
['Mr. Smith left at 5 p.m. on Friday.', 'He was tired.']
"""

from ._api import analyze, quotes, sentences
from ._core import __version__
from .types import Document, Mention, Quote, Sentence, Speaker

__all__ = ["Document", "Mention", "Quote", "Sentence", "Speaker", "analyze", "quotes", "sentences", "__version__"]
