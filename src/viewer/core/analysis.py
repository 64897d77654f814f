"""Text analysis shared by the index and the highlighter, so both see the same words.

Every analyzer splits on non-alphanumerics, lower-cases and folds accents to ASCII
(``CYBERCRIMINALITÉ`` -> ``cybercriminalite``); the French and English ones also stem
(``terroristes`` -> ``terror``). Text is NFC-normalised before it reaches them, so a
decomposed accent folds like a composed one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import tantivy

# Languages with a stemmer of their own; any other language is folded but not stemmed.
STEMMED = {"en": "english", "fr": "french"}
PLAIN = "plain"


def _builder() -> tantivy.TextAnalyzerBuilder:
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(64))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
    )


@cache
def analyzer(name: str) -> tantivy.TextAnalyzer:
    """``plain`` (folded) or a language code of :data:`STEMMED` (folded and stemmed)."""
    if name == PLAIN:
        return _builder().build()
    return _builder().filter(tantivy.Filter.stemmer(STEMMED[name])).build()


def analyzer_names() -> list[str]:
    return [PLAIN, *STEMMED]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as analysed
    start: int  # character offsets into the analysed string
    end: int


def tokens(text: str, name: str = PLAIN) -> list[Token]:
    """The analysed words of ``text`` with their character offsets."""
    return [
        Token(t.text, t.char_offset_from, t.char_offset_to)
        for t in analyzer(name).pre_tokenize(text).tokens
    ]


def terms(text: str, name: str = PLAIN) -> list[str]:
    return list(analyzer(name).analyze(text))
