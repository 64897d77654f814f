"""Turn what the user typed into the parts the index needs, whatever they typed.

The user's text is cut to a sane length, its filters taken out (``organ:SC``,
``year:2014..2017``… see :mod:`filters`), and stripped of control characters and of the
query-language syntax that only makes sense to a programmer (other ``a:b`` fields,
ranges, boosts). What remains keeps the syntax people use: ``"a phrase"``,
``-excluded``, ``OR``, ``AND``, parentheses and ``prefix*``. The word still being typed
(no space after it) also matches as a prefix.

The parse is done once: the engine's query, the close-spelling query and the
highlighter all read what it found (words, phrases, exclusions, filters).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from viewer.core import analysis
from viewer.core.filters import Filters, extract

# A longer query is cut short before it reaches the engine (qutebrowser does the same).
MAX_QUERY_CHARS = 256
# Shorter prefixes match too much of a large collection to be useful.
MIN_PREFIX_CHARS = 2

_SYNTAX = re.compile(r'[^\w\s"()*+\-]')  # everything else becomes a space
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what the user typed, cleaned (for the symbol look-up and display)
    complete: str  # complete words and phrases, for the engine's parser
    # Words that match exactly or as a prefix: (word as typed, folded prefix). The word
    # still being typed is one; so is every word the user ended with *.
    prefix_words: tuple[tuple[str, str], ...] = ()
    # analyzer -> terms of the words to mark alone (neither stop words nor phrase words)
    highlight: dict[str, frozenset[str]] = field(default_factory=dict)
    # analyzer -> each phrase's terms, marked only as the whole phrase
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # analyzer -> stop words typed, marked only between two marked words
    stop: dict[str, frozenset[str]] = field(default_factory=dict)
    words: tuple[str, ...] = ()  # complete words outside phrases, not excluded
    excluded: tuple[str, ...] = ()  # words and phrases after a minus
    filters: Filters = field(default_factory=Filters)

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(prefix for _, prefix in self.prefix_words)

    @property
    def is_empty(self) -> bool:
        """No words to look for (filters may still select records)."""
        return not _WORD.search(self.complete) and not self.prefix_words


def clean(text: str) -> str:
    """NFC, control characters (and direction marks) as spaces, cut to a sane length."""
    text = analysis.nfc(text[: MAX_QUERY_CHARS * 2])
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return text[:MAX_QUERY_CHARS].strip()


def parse(user_text: str) -> ParsedQuery:
    typing = bool(user_text.strip()) and not user_text[-1:].isspace()
    text, filters = extract(clean(user_text))
    # A filter typed last is complete: the word before it is no prefix.
    typing = typing and not filters_at_end(user_text)
    sanitized = _balance(_SYNTAX.sub(" ", text))

    prefix_words: list[tuple[str, str]] = []

    def take_prefix(match: re.Match[str]) -> str:
        folded = analysis.terms(match.group(2))
        if len(folded) == 1 and len(folded[0]) >= MIN_PREFIX_CHARS:
            prefix_words.append((match.group(2), folded[0]))
            return match.group(1) + " "
        return match.group(0).replace("*", " ")

    # Words ending with * are prefixes wherever they stand (not inside a phrase).
    if '"' not in sanitized:
        sanitized = re.sub(r"(^|[\s(+])(\w+)\*", take_prefix, sanitized)
    sanitized = sanitized.replace("*", " ")
    # The word being typed: the last one, when nothing follows it and it is not in a
    # phrase, not negated and not an operator.
    last = re.search(r"(^|[\s(+])(\w+)$", sanitized)
    # After OR (or AND, NOT) the last word belongs to that operator: taken out as a
    # required prefix it would turn "a OR b" into "a AND b*".
    after_operator = re.search(r"\b(?:AND|OR|NOT)\s+\w+$", sanitized)
    if (
        typing
        and last
        and last.group(2) not in _OPERATORS
        and not after_operator
        and not user_text.endswith('"')
    ):
        sanitized = re.sub(r"(^|[\s(+])(\w+)$", take_prefix, sanitized)

    positive = _strip_negated(sanitized)
    phrases = tuple(p for p in re.findall(r'"([^"]*)"', positive) if _WORD.search(p))
    words = [w for w in _WORD.findall(re.sub(r'"[^"]*"', " ", positive)) if w not in _OPERATORS]
    marked = words + [word for word, _ in prefix_words]
    return ParsedQuery(
        text=text,
        complete=" ".join(sanitized.split()),
        prefix_words=tuple(prefix_words),
        highlight=_terms(marked, keep_stop=not any(not analysis.is_stop(w) for w in marked)),
        phrases={
            name: tuple(t for t in (tuple(analysis.terms(p, name)) for p in phrases) if t)
            for name in analysis.analyzer_names()
        },
        stop={
            name: frozenset(
                t for w in marked if analysis.is_stop(w) for t in analysis.terms(w, name)
            )
            for name in analysis.analyzer_names()
        },
        words=tuple(words),
        excluded=tuple(m.strip('"') for m in re.findall(r'(?:^|\s)-("[^"]*"|\w+)', sanitized)),
        filters=filters,
    )


def filters_at_end(user_text: str) -> bool:
    last = user_text.split()[-1:] if user_text.strip() else []
    return bool(last) and ":" in last[0] and bool(re.match(r"(?i)(organ|year|topic|has):", last[0]))


def _terms(words: list[str], keep_stop: bool) -> dict[str, frozenset[str]]:
    """Each analyzer's terms of ``words``; stop words only when nothing else was typed
    ("the" alone is marked; in "traite des êtres humains", "des" is not)."""
    kept = [w for w in words if keep_stop or not analysis.is_stop(w)]
    return {
        name: frozenset(t for w in kept for t in analysis.terms(w, name))
        for name in analysis.analyzer_names()
    }


def _balance(text: str) -> str:
    """Drop an unmatched quote and unbalanced parentheses rather than fail."""
    if text.count('"') % 2:
        index = text.rfind('"')
        text = text[:index] + " " + text[index + 1 :]
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            break
    if depth != 0:
        text = text.replace("(", " ").replace(")", " ")
    return text


def _strip_negated(text: str) -> str:
    return re.sub(r'(?:^|\s)-("[^"]*"|\w+)', " ", text)
