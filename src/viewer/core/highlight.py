"""Find the words a query matched in a text, and make snippets: for results and pages.

The same analyzers as the index decide what matches, so a highlighted word is one the
engine matched: ``terroristes`` for the query ``terroriste`` (same stem), ``terrorist``
while ``terror`` is being typed (prefix), ``États`` for ``etats`` (folding). A phrase is
marked only where its words stand together; a stop word ("des", "the") only inside a
phrase or between two marked words, never alone.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from viewer.core import analysis
from viewer.core.collection import Resolution
from viewer.core.markup import Span, mark
from viewer.core.query import ParsedQuery

SNIPPET_CHARS = 180
_CONTEXT_BEFORE = 50
_WHITESPACE = re.compile(r"\s")
_WORD_AT = re.compile(r"[^\W_]+")  # a word as the engine's tokenizer cuts it
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# The next word of a lower-cased ASCII text, after what the tokenizer splits on; a
# word running on into a letter outside ASCII is no whole word.
_NEXT_ASCII_WORD = re.compile(r"[\x00-\x2f\x3a-\x60\x7b-\x7f]*([a-z0-9]+)(?![^\W_])")
_LONGEST_TERM = 64  # bytes: the analyzers drop longer tokens (remove_long)
# Where snippets look for a match, in stretches of each passage (see best_passage).
_HINT_TRIES = 5
_HINT_READS = 32  # the same where hints are read, not analysed (about as far into a text)
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
            # A stop word typed alone is marked alone already: no rule for it.
            stop = query.stop.get(name, frozenset()) - terms
            if stop:
                self._stop[name] = re.compile(f"^(?:{_alternatives(stop)})$", re.M)
        # What to look for with a plain str.find before analysing a text, per language:
        # the folded words and prefixes whole, and that language's stems without their
        # last letter ("citi" is the stem of "city"). Another language's stems would
        # be false hints ("securit", French for "sécurité", begins "security").
        # A phrase is looked for by its first word: where that is not, the phrase is not
        # (its other words, "General" for "Secretary-General", would each be a false
        # hint to analyse). A phrase opening on a stop word is looked for by them all.
        plain = set(query.highlight.get(analysis.PLAIN, ())) | set(query.prefixes)
        plain |= {t for phrase in query.phrases.get(analysis.PLAIN, ()) for t in _openers(phrase)}
        self._needles: dict[str | None, tuple[str, ...]] = {}
        for lang in (*analysis.STEMMED, None):
            stems = set(query.highlight.get(lang, ())) if lang else set()
            stems |= (
                {t for phrase in query.phrases.get(lang, ()) for t in _openers(phrase)}
                if lang
                else set()
            )
            found = {w for w in plain if w} | {w[: max(3, len(w) - 1)] for w in stems if w}
            self._needles[lang] = tuple(sorted(found))
        self.needles = tuple(sorted({n for ns in self._needles.values() for n in ns}))
        self._phrase_terms = {
            name: {t for phrase in phrases for t in phrase}
            for name, phrases in query.phrases.items()
        }
        self._verdicts: dict[tuple[str, str | None], bool] = {}
        self._phrase_runs = {name: runs for name, runs in query.phrases.items() if runs}
        self._alone: dict[tuple[str, str | None], bool] = {}

    @property
    def reads_hints(self) -> bool:
        """Whether a stretch can be read from its hints alone: each word is marked on
        its own or as the start of a phrase that follows it, never (a stop word) for
        the words on both sides of it."""
        return not self._stop

    def spans_at(self, lowered: str, position: int, word: str, lang: str) -> list[Span]:
        """What is marked from the hint ``word`` at ``position`` of a lower-cased
        ASCII text: the word when marked alone, and each phrase that opens on it and
        follows it there."""
        found = [(position, position + len(word))] if self._marks_alone(word, lang) else []
        for name in _analyzers_for(lang):
            runs = self._phrase_runs.get(name)
            if not runs:
                continue
            opener = _term_of(word, name)
            for phrase in runs:
                if phrase[0] == opener:
                    found += _phrase_at(lowered, position, word, phrase[1:], name)
        return found

    def _marks_alone(self, word: str, lang: str) -> bool:
        key = (word, lang)
        verdict = self._alone.get(key)
        if verdict is None:
            verdict = any(
                pattern.match(term)
                for name in _analyzers_for(lang)
                if (pattern := self._patterns.get(name)) is not None
                for term in _word_terms(word, name)
            )
            self._alone[key] = verdict
        return verdict

    def needles_for(self, lang: str) -> tuple[str, ...]:
        """The hints worth looking for in a text written in ``lang``."""
        return self._needles.get(lang if lang in analysis.STEMMED else None, ())

    def may_match(self, word: str, lang: str | None) -> bool:
        """Whether ``word``, analysed alone, is a term this query marks (a phrase's
        word counts: its neighbours decide). Remembered: texts repeat their words."""
        key = (word, lang)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = any(
                self._term_matches(term, name)
                for name in _analyzers_for(lang)
                for term in _word_terms(word, name)
            )
            self._verdicts[key] = verdict
        return verdict

    def _term_matches(self, term: str, name: str) -> bool:
        pattern = self._patterns.get(name)
        if pattern is not None and pattern.match(term):
            return True
        return term in self._phrase_terms.get(name, ())

    def __bool__(self) -> bool:
        return bool(self._patterns or self._phrases)

    def spans(self, text: str, lang: str | None = None) -> list[Span]:
        """Character ranges of the matched words in ``text`` (written in ``lang``; with
        no language, every stemmer is tried)."""
        if not self or not text:
            return []
        names = _analyzers_for(lang)
        matched: set[int] = set()
        stops: set[int] = set()
        # One analysis gives the folded words and where each stands; the stems come
        # from them (remembered per word), not from analysing the text again.
        tokens = analysis.analyzer(analysis.PLAIN).pre_tokenize(text).tokens
        folded = [token.text for token in tokens]
        for name in names:
            if not (name in self._patterns or name in self._phrases or name in self._stop):
                continue
            terms = folded if name == analysis.PLAIN else analysis.stems(folded, name)
            if terms is None:
                terms = analysis.terms(text, name)
            joined = "\n".join(terms)
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
        # the stemmer drops none), so a position is a position in the plain tokens.
        return [(tokens[i].char_offset_from, tokens[i].char_offset_to) for i in sorted(matched)]


def _word_terms(word: str, name: str) -> list[str]:
    """The terms of one word of a text; a lower-case ASCII word's from the stems
    remembered across searches (each search meets the same words of other texts)."""
    if word.isascii() and word.isalnum() and word.islower():
        term = _term_of(word, name)
        return [term] if term else []
    return analysis.terms(word, name)


def _term_of(word: str, name: str) -> str:
    """The term of a lower-case ASCII word for an analyzer ("" for none)."""
    if name == analysis.PLAIN:
        return word if len(word) < _LONGEST_TERM else ""
    stems = analysis.stems([word], name)
    return stems[0] if stems else ""


def _phrase_at(
    lowered: str, position: int, word: str, rest: tuple[str, ...], name: str
) -> list[Span]:
    """The spans of a phrase opening with ``word`` at ``position`` when the words after
    it are ``rest`` (terms of analyzer ``name``), else none."""
    spans = [(position, position + len(word))]
    at = position + len(word)
    for expected in rest:
        following = _NEXT_ASCII_WORD.match(lowered, at)
        if following is None or _term_of(following.group(1), name) != expected:
            return []
        spans.append(following.span(1))
        at = following.end()
    return spans


def _openers(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """The words a phrase is looked for by: its first, or all when that is a stop word."""
    return phrase[:1] if phrase and phrase[0] not in analysis.STOP_WORDS else phrase


def _analyzers_for(lang: str | None) -> list[str]:
    """Folded words always; the text's own stemmer, or every stemmer when unknown."""
    if lang in analysis.STEMMED:
        return [analysis.PLAIN, lang]
    return [analysis.PLAIN] if lang else [analysis.PLAIN, *analysis.STEMMED]


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

    A cheap hint first: a query word's stem found as plain lower-case text at a
    word's start (C-speed ``str.find``), and the word there checked alone (one short
    analysis, remembered per query) before the stretch around it is analysed to
    confirm. A text in plain ASCII with no confirmed hint holds no match. Otherwise
    (accents, where lower-casing is not folding) the text is analysed stretch by
    stretch.
    """
    lowered = _lowered(text)
    needles = highlighter.needles_for(lang)
    if len(lowered) == len(text):
        tries = reads = 0
        hints = _hint_words(lowered, needles)
        for position, word in hints:
            if not highlighter.may_match(word, lang):
                continue  # "security" for "sécurité": a stem's false hint, seen cheaply
            # The hint begins a word and no confirmed hint comes before it: the
            # snippet starts at most 50 characters before it and ends at most
            # SNIPPET_CHARS after, so only that stretch needs analysing.
            start = position
            end = _boundary(text, position + SNIPPET_CHARS + _CONTEXT_BEFORE)
            if highlighter.reads_hints and lowered[start:end].isascii():
                # In plain ASCII every match begins with a hint: the hints and the
                # words after a phrase's first are read, the stretch is not analysed.
                spans = highlighter.spans_at(lowered, position, word, lang)
                if spans:
                    return _with_later(spans, hints, end, lowered, lang, highlighter)
                # Read, not analysed: a try costs microseconds, so more are allowed
                # (a phrase opening on "the" meets one at every line).
                reads += 1
                if reads >= _HINT_READS:
                    return []
                continue
            spans = _shifted(highlighter.spans(text[start:end], lang), start)
            if spans:
                return spans
            tries += 1
            if tries >= _HINT_TRIES:
                # A phrase's words that stand apart, again and again: give up
                # rather than analyse the whole text.
                return []
        if text.isascii() or not _hint_in_folded(lowered, needles, lang, highlighter):
            return []
    return _scan_chunks(text, lang, highlighter)


def _with_later(
    spans: list[Span],
    hints: Iterator[tuple[int, str]],
    end: int,
    lowered: str,
    lang: str,
    highlighter: Highlighter,
) -> list[Span]:
    """``spans`` and those of the later hints that begin before ``end``, in order."""
    for position, word in hints:
        if position >= end:
            break
        if highlighter.may_match(word, lang):
            spans = spans + highlighter.spans_at(lowered, position, word, lang)
    return sorted(set(spans))


@functools.lru_cache(maxsize=64)
def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the last texts: as a word is typed one key at
    a time, each search makes the snippets of mostly the same records (a long text
    takes a quarter of a millisecond to lower-case)."""
    return text.lower()


def _hint_words(lowered: str, needles: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """Each place a needle begins a word, in text order, with that whole word."""
    found = {n: _word_start(lowered, n, 0) for n in needles}
    while True:
        live = [(p, n) for n, p in found.items() if p >= 0]
        if not live:
            return
        position = min(live)[0]
        match = _WORD_AT.match(lowered, position)
        end = match.end() if match else position + 1
        yield position, lowered[position:end]
        for at, needle in live:
            if at < end:
                found[needle] = _word_start(lowered, needle, end)


def _scan_chunks(text: str, lang: str, highlighter: Highlighter) -> list[Span]:
    """The matched words of the first of growing stretches of ``text`` holding one."""
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


def _hint_in_folded(
    lowered: str, needles: tuple[str, ...], lang: str, highlighter: Highlighter
) -> bool:
    """Whether a word with accents begins with a hint once they are stripped
    ("sécurité" -> "securite") and may match: only then can a text with accents hold a
    match that str.find did not see (its positions moved: the text is then analysed).
    Words in plain ASCII were all seen by str.find already."""
    for word in _accented_words(lowered):
        folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        if folded.startswith(needles) and highlighter.may_match(word, lang):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _accented_words(lowered: str) -> tuple[str, ...]:
    """The words of ``lowered`` holding a letter or digit outside ASCII, in order;
    remembered like the lower-cased text (finding them reads the whole text)."""
    return tuple(_each_accented_word(lowered))


def _each_accented_word(lowered: str) -> Iterator[str]:
    end = 0
    for found in _NON_ASCII.finditer(lowered):
        position = found.start()
        if position < end or not lowered[position].isalnum():
            continue  # inside the last word, or a quotation mark, a dash
        start = position
        while start > 0 and lowered[start - 1].isalnum():
            start -= 1
        word = _WORD_AT.match(lowered, start)
        if word is None:  # never: the character at start is a letter or digit
            continue
        end = word.end()
        yield word.group()


def _word_start(lowered: str, needle: str, start: int) -> int:
    """The first place from ``start`` where ``needle`` begins a word (a term always
    begins one: the engine's tokenizer splits at anything not a letter or digit)."""
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
