"""Find the words a query matched in a text: for snippets and for the detail pane.

The same analyzers as the index decide what matches, so a highlighted word is one the
engine matched: ``terroristes`` for the query ``terroriste`` (same stem), ``terrorist``
while ``terror`` is being typed (prefix), ``États`` for ``etats`` (folding).
"""

from __future__ import annotations

import re

from viewer.core import analysis
from viewer.core.markup import Span
from viewer.core.query import ParsedQuery

SNIPPET_CHARS = 180
_CONTEXT_BEFORE = 50
_WHITESPACE = re.compile(r"\s")


class Highlighter:
    def __init__(self, query: ParsedQuery) -> None:
        # One regular expression per analyzer, run over its terms joined by newlines: the
        # scan happens in C, and only the matched words cost Python time.
        prefixes = "|".join(re.escape(p) for p in query.prefixes)
        self._patterns: dict[str, re.Pattern[str]] = {}
        for name, terms in query.highlight.items():
            alternatives = (
                [f"(?:{'|'.join(re.escape(t) for t in sorted(terms))})$"] if terms else []
            )
            if name == analysis.PLAIN and prefixes:
                alternatives.append(f"(?:{prefixes})[^\n]*$")
            if alternatives:
                self._patterns[name] = re.compile("^(?:" + "|".join(alternatives) + ")", re.M)

        # What to look for with a plain str.find before analysing: each term and
        # prefix, a stem without its last letter ("citi" is the stem of "city").
        words = {t for terms in query.highlight.values() for t in terms} | set(query.prefixes)
        self.needles = tuple(sorted({w[: max(3, len(w) - 1)] for w in words if w}))

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def spans(self, text: str, lang: str | None = None) -> list[Span]:
        """Character ranges of the matched words in ``text`` (written in ``lang``)."""
        if not self._patterns or not text:
            return []
        names = [analysis.PLAIN]
        if lang in analysis.STEMMED:
            names.append(lang)
        matched: set[int] = set()
        for name in names:
            pattern = self._patterns.get(name)
            if pattern is not None:
                matched.update(_matching_positions(pattern, analysis.terms(text, name)))
        if not matched:
            return []
        # Every analyzer yields the same words in the same order (same tokenizer, and
        # no filter drops one), so a position is a position in the plain tokens.
        tokens = analysis.analyzer(analysis.PLAIN).pre_tokenize(text).tokens
        return [(tokens[i].char_offset_from, tokens[i].char_offset_to) for i in sorted(matched)]


def _matching_positions(pattern: re.Pattern[str], terms: list[str]) -> list[int]:
    joined = "\n".join(terms)
    positions = []
    line = 0
    scanned = 0
    for match in pattern.finditer(joined):
        line += joined.count("\n", scanned, match.start())
        scanned = match.start()
        positions.append(line)
    return positions


def snippet(text: str, spans: list[Span], size: int = SNIPPET_CHARS) -> tuple[str, list[Span]]:
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
