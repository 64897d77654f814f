"""Text analysis shared by the index and the highlighter, so both see the same words.

Every analyzer splits on non-alphanumerics, lower-cases and folds accents to ASCII
(``CYBERCRIMINALITÉ`` -> ``cybercriminalite``); the French and English ones also stem
(``terroristes`` -> ``terror``). Text is NFC-normalised before it reaches them, so a
decomposed accent folds like a composed one.
"""

from __future__ import annotations

import unicodedata
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


def terms(text: str, name: str = PLAIN) -> list[str]:
    return list(analyzer(name).analyze(text))


# The stems of folded words, per stemmed language: snippets stem the same few thousand
# words of a collection over and over (stemming is two thirds of analysing a stretch).
# Bounded: started again when full, a few MB at most.
_STEMS: dict[str, dict[str, str]] = {lang: {} for lang in STEMMED}
_STEMS_KEPT = 20_000


def stems(folded: list[str], lang: str) -> list[str] | None:
    """The stems in ``lang`` of terms of the plain analyzer, in order, as
    ``terms(text, lang)`` gives them; None when a term is not a plain ASCII word (the
    caller analyses the text itself: such a term may not stem alone as in its text)."""
    known = _STEMS[lang]
    missing = [w for w in dict.fromkeys(folded) if w not in known]
    if not missing:
        return [known[w] for w in folded]
    if not all(len(w) < 64 and w.isascii() and w.isalnum() for w in missing):
        return None
    found = analyzer(lang).analyze(" ".join(missing))
    if len(found) != len(missing):
        return None
    # Most words are their own stem: keep one string, not two equal ones.
    new = {w: w if s == w else s for w, s in zip(missing, found, strict=True)}
    # A full table is replaced, never emptied in place: ``known`` keeps every word it
    # held for this answer, whatever another thread (snippets are made on the search
    # thread and the UI thread) does to the table meanwhile.
    answer = [new[w] if w in new else known[w] for w in folded]
    if len(known) + len(new) > _STEMS_KEPT:
        _STEMS[lang] = new  # full: start again rather than walk it to evict
    else:
        known.update(new)
    return answer


# Function words of the two stemmed languages. The engine matches them like any word, but
# marked alone they say nothing ("des" in every French text): the highlighter marks
# them only inside a phrase or between two marked words.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "il",
        "ils",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "par",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "un",
        "une",
    ]
)


def is_stop(word: str) -> bool:
    folded = terms(word)
    return len(folded) == 1 and folded[0] in STOP_WORDS
