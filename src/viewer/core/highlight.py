"""Find the words a query matched in a text, and make snippets: for results and pages.

The same analyzers as the index decide what matches, so a highlighted word is one the
engine matched: ``terroristes`` for the query ``terroriste`` (same stem), ``terrorist``
while ``terror`` is being typed (prefix), ``États`` for ``etats`` (folding). A phrase is
marked only where its words stand together; a stop word ("des", "the") only inside a
phrase or between two marked words, never alone.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from viewer.core import analysis
from viewer.core.collection import Resolution
from viewer.core.markup import Span, mark
from viewer.core.query import ParsedQuery

SNIPPET_CHARS = 180
_CONTEXT_BEFORE = 50
_WHITESPACE = re.compile(r"\s")
# Where snippets look for a match, in stretches of each passage (see best_passage).
_HINT_TRIES = 5
_CHUNKS = (0, 400, 2000, 8000)  # past 8,000 characters: the passage's start, unmarked


def _alternatives(terms: frozenset[str] | set[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms))


class Highlighter:
    """Built once per query (one per result, shared by its rows and the page)."""

    def __init__(self, query: ParsedQuery) -> None:
        # One regular expression per analyzer, run over its terms joined by newlines: the
        # scan happens in C, and only the matched words cost Python time.
        prefixes = "|".join(re.escape(p) for p in query.prefixes)
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._phrases: dict[str, re.Pattern[str]] = {}
        self._stop: dict[str, re.Pattern[str]] = {}
        for name, terms in query.highlight.items():
            alternatives = [f"(?:{_alternatives(terms)})$"] if terms else []
            if name == analysis.PLAIN and prefixes:
                alternatives.append(f"(?:{prefixes})[^\n]*$")
            if alternatives:
                self._patterns[name] = re.compile("^(?:" + "|".join(alternatives) + ")", re.M)
            # A phrase: its terms on consecutive lines; the match starts a run of them.
            phrases = query.phrases.get(name, ())
            if phrases:
                runs = ["\n".join(re.escape(t) for t in phrase) for phrase in phrases]
                self._phrases[name] = re.compile(
                    "^(?=(" + "|".join(f"(?:{r})$" for r in runs) + "))", re.M
                )
            stop = query.stop.get(name)
            if stop:
                self._stop[name] = re.compile(f"^(?:{_alternatives(stop)})$", re.M)
        # What to look for with a plain str.find before analysing a text, per language:
        # the folded words and prefixes whole, and that language's stems without their
        # last letter ("citi" is the stem of "city"). Another language's stems would
        # be false hints ("securit", French for "sécurité", begins "security").
        plain = set(query.highlight.get(analysis.PLAIN, ())) | set(query.prefixes)
        plain |= {t for phrase in query.phrases.get(analysis.PLAIN, ()) for t in phrase}
        self._needles: dict[str | None, tuple[str, ...]] = {}
        for lang in (*analysis.STEMMED, None):
            stems = set(query.highlight.get(lang, ())) if lang else set()
            stems |= (
                {t for phrase in query.phrases.get(lang, ()) for t in phrase} if lang else set()
            )
            found = {w for w in plain if w} | {w[: max(3, len(w) - 1)] for w in stems if w}
            self._needles[lang] = tuple(sorted(found))
        self.needles = tuple(sorted({n for ns in self._needles.values() for n in ns}))

    def needles_for(self, lang: str) -> tuple[str, ...]:
        """The hints worth looking for in a text written in ``lang``."""
        return self._needles.get(lang if lang in analysis.STEMMED else None, ())

    def __bool__(self) -> bool:
        return bool(self._patterns or self._phrases)

    def spans(self, text: str, lang: str | None = None) -> list[Span]:
        """Character ranges of the matched words in ``text`` (written in ``lang``; with
        no language, every stemmer is tried)."""
        if not self or not text:
            return []
        names = [analysis.PLAIN]
        names += [lang] if lang in analysis.STEMMED else [] if lang else list(analysis.STEMMED)
        matched: set[int] = set()
        stops: set[int] = set()
        for name in names:
            joined = "\n".join(analysis.terms(text, name))
            pattern = self._patterns.get(name)
            if pattern is not None:
                matched.update(p for p, _ in _lines(pattern, joined))
            phrase = self._phrases.get(name)
            if phrase is not None:
                for line, match in _lines(phrase, joined):
                    matched.update(range(line, line + match.group(1).count("\n") + 1))
            stop = self._stop.get(name)
            if stop is not None:
                stops.update(p for p, _ in _lines(stop, joined))
        if not matched:
            return []
        matched |= {p for p in stops if p - 1 in matched and p + 1 in matched}
        # Every analyzer yields the same words in the same order (same tokenizer, and
        # no filter drops one), so a position is a position in the plain tokens.
        tokens = analysis.analyzer(analysis.PLAIN).pre_tokenize(text).tokens
        return [(tokens[i].char_offset_from, tokens[i].char_offset_to) for i in sorted(matched)]


def _lines(pattern: re.Pattern[str], joined: str) -> list[tuple[int, re.Match[str]]]:
    """Each match of ``pattern`` in newline-joined terms, with the term's position."""
    found = []
    line = 0
    scanned = 0
    for match in pattern.finditer(joined):
        line += joined.count("\n", scanned, match.start())
        scanned = match.start()
        found.append((line, match))
    return found


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str  # plain text around the first match, "…" where cut
    spans: tuple[Span, ...]  # the matched words inside it
    lang: str  # the language of the passage it comes from

    @property
    def html(self) -> str:
        """HTML-escaped, the matched words in ``<b>``."""
        return mark(self.text, list(self.spans))


def make_snippet(res: Resolution, highlighter: Highlighter | None, lang: str) -> Snippet:
    """The snippet of a record: its first passage holding a match, in ``lang`` first."""
    text, spans, text_lang = best_passage(res, highlighter, lang)
    window, shifted = cut(text, spans)
    return Snippet(window, tuple(shifted), text_lang)


def best_passage(
    res: Resolution, highlighter: Highlighter | None, lang: str
) -> tuple[str, list[Span], str]:
    """The first passage of a record that holds a match, in the user's language first:
    (text, spans, its language)."""
    sources = [res.summary, res.relevance, res.text, res.heading()]
    candidates: list[tuple[str, str]] = []
    for loc in sources:
        if loc is not None and lang in loc.values:
            candidates.append((loc.values[lang], lang))
    for loc in sources:
        for other, text in loc.items() if loc else ():
            if other != lang:
                candidates.append((text, other))
    if not candidates:
        return "", [], lang
    if highlighter:
        for text, text_lang in candidates:
            spans = _find_spans(text, text_lang, highlighter)
            if spans:
                return text, spans, text_lang
    return candidates[0][0], [], candidates[0][1]


def _find_spans(text: str, lang: str, highlighter: Highlighter) -> list[Span]:
    """The matched words of the first stretch of ``text`` that holds one.

    A cheap hint first: a query word's stem found as plain lower-case text (C-speed
    ``str.find``), and only the stretch around it analysed to confirm. A text in plain
    ASCII with no hint holds no match. Otherwise (accents, where lower-casing is not
    folding, or hints that all proved false) the text is analysed stretch by stretch.
    """
    lowered = text.lower()
    needles = highlighter.needles_for(lang)
    if len(lowered) == len(text):
        position = _first_hint(lowered, needles, 0)
        for _ in range(_HINT_TRIES):
            if position < 0:
                break
            start = _boundary(text, max(0, position - 80))
            end = _boundary(text, position + SNIPPET_CHARS + 120)
            spans = _shifted(highlighter.spans(text[start:end], lang), start)
            if spans:
                return spans
            position = _first_hint(lowered, needles, max(end, position + 1))
        if position >= 0 or text.isascii():
            # Too many hints proved false (a query whose words matched only a
            # record's organ or topic names), or every one was checked: give up
            # rather than analyse the whole text.
            return []
        if not _hint_in_folded(lowered, needles):
            return []
    for low, high in itertools.pairwise(_CHUNKS):
        start, end = _boundary(text, low), _boundary(text, high)
        if start >= end:
            continue
        spans = _shifted(highlighter.spans(text[start:end], lang), start)
        if spans:
            window_end = spans[0][0] + SNIPPET_CHARS + 20
            if window_end > end:  # the snippet reaches past the stretch
                more = text[end : _boundary(text, window_end)]
                spans += _shifted(highlighter.spans(more, lang), end)
            return spans
    return []


def _hint_in_folded(lowered: str, needles: tuple[str, ...]) -> bool:
    """Whether a needle appears once accents are stripped ("sécurité" -> "securite"):
    only then can a text with accents hold a match that str.find did not see."""
    folded = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return any(needle in folded for needle in needles)


def _first_hint(lowered: str, needles: tuple[str, ...], start: int) -> int:
    """The first place a needle begins a word (a term always begins one)."""
    found = [p for p in (_word_start(lowered, n, start) for n in needles) if p >= 0]
    return min(found) if found else -1


def _word_start(lowered: str, needle: str, start: int) -> int:
    position = lowered.find(needle, start)
    while position > 0 and lowered[position - 1].isalnum():
        position = lowered.find(needle, position + 1)
    return position


def _boundary(text: str, position: int) -> int:
    """``position``, moved back to a space so that no word is cut in two."""
    if position >= len(text):
        return len(text)
    space = text.rfind(" ", 0, position)
    return space if space > 0 else position


def _shifted(spans: list[Span], offset: int) -> list[Span]:
    return [(start + offset, end + offset) for start, end in spans]


def cut(text: str, spans: list[Span], size: int = SNIPPET_CHARS) -> tuple[str, list[Span]]:
    """A window of ``text`` around its first match, and the spans inside it, shifted."""
    text_len = len(text)
    start = 0
    if spans and spans[0][1] > size - 20:
        start = max(0, spans[0][0] - _CONTEXT_BEFORE)
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(text_len, start + size)
    if end < text_len:
        space = text.rfind(" ", start, end)
        end = space if space > start + size // 2 else end
    window = _WHITESPACE.sub(" ", text[start:end])  # same length: spans stay valid
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < text_len else ""
    shifted = [(s + len(prefix), e + len(prefix)) for s, e in inside]
    return prefix + window + suffix, shifted
