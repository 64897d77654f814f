"""The in-memory full-text index (Tantivy) and the ranked search the window and CLI share.

Ranking, from the top: a symbol or number typed in any usual spelling (exact match);
then Tantivy's BM25 over fields weighted symbol > title/agenda item > the rest. Every
language of a record is indexed, each with its own stemmer, and searched at once.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import tantivy

from viewer.core import analysis, symbols
from viewer.core.collection import Collection, Resolution
from viewer.core.highlight import SNIPPET_CHARS, Highlighter, snippet
from viewer.core.markup import mark
from viewer.core.query import ParsedQuery, parse

DEFAULT_LIMIT = 50
# The engine's own query language is only for complete words; boosts rank the
# symbol and heading above the body.
FIELD_BOOSTS = {"symbol": 8.0, "head_en": 3.0, "head_fr": 3.0, "head_xx": 3.0}
TEXT_FIELDS = (
    "symbol",
    "head_en",
    "head_fr",
    "head_xx",
    "body_en",
    "body_fr",
    "body_xx",
    "text_en",
    "text_fr",
    "text_xx",
)
# Full texts are most of a collection's words. They are indexed folded but not stemmed
# (stemming 80 MB doubles the build); a query word is expanded instead to the words of
# the texts that share its stem (see _expand), which finds the same records.
FULL_TEXT_FIELDS = {"en": "text_en", "fr": "text_fr"}
# Close spellings are looked for among unstemmed words: the full texts', and a folded
# copy of the short texts (titles, summaries, topics), which are indexed stemmed.
FUZZY_FIELDS = ("symbol", "words", "text_en", "text_fr", "text_xx")
_MAX_VARIANTS = 16
_CANDIDATES = 300
# Writer: Tantivy needs at least 15 MB of heap per thread; two threads use both cores
# of a small machine (documents carry their own id, so their order does not matter).
_WRITER_HEAP = 200_000_000
_WRITER_THREADS = 2
_SYMBOL_SCORE_BONUS = 1000.0
# Where snippets look for a match, in stretches of each passage (see best_passage).
_HINT_TRIES = 8
_CHUNKS = (0, 400, 2000, 8000)  # past 8,000 characters: the passage's start, unmarked
_PROGRESS_EVERY = 2000
_SHORT_PREFIX = 3
_SHORT_PREFIX_TERMS = 200
_WORD = re.compile(r"\w+")


class Hit:
    """One ranked result. Its snippet is made when first asked for: a window shows
    a screenful of results, not all of them."""

    __slots__ = ("_highlighter", "_lang", "_scan", "_snippet", "by_symbol", "resolution", "score")

    def __init__(
        self,
        resolution: Resolution,
        score: float,
        by_symbol: bool,
        highlighter: Highlighter,
        lang: str,
        scan: bool = True,
    ) -> None:
        self.resolution = resolution
        self.score = score
        self.by_symbol = by_symbol
        self._highlighter = highlighter
        self._lang = lang
        self._scan = scan
        self._snippet: tuple[str, list[tuple[int, int]]] | None = None

    def _make_snippet(self) -> tuple[str, list[tuple[int, int]]]:
        if self._snippet is None:
            # A symbol look-up or a close spelling has no typed word in the text to
            # find: the passage's start serves, without analysing it.
            scan = not self.by_symbol and self._scan
            highlighter = self._highlighter if scan else None
            text, spans = best_passage(self.resolution, highlighter, self._lang)
            self._snippet = snippet(text, spans)
        return self._snippet

    @property
    def snippet(self) -> str:
        """Plain text around the first match."""
        return self._make_snippet()[0]

    @property
    def snippet_html(self) -> str:
        """The same, HTML-escaped, with the matched words in ``<b>``."""
        text, spans = self._make_snippet()
        return mark(text, spans)

    def __repr__(self) -> str:
        return f"Hit({self.resolution.symbol!r}, {self.score:.2f})"


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: ParsedQuery
    hits: list[Hit]
    total: int  # all matching records, not only those returned
    approximate: bool = False  # nothing matched exactly: close spellings instead

    @property
    def highlighter(self) -> Highlighter:
        return Highlighter(self.query)


def _field_of(lang: str, part: str) -> str:
    return f"{part}_{lang if lang in analysis.STEMMED else 'xx'}"


class SearchIndex:
    """An in-RAM index of one collection. Build once; query from any thread."""

    def __init__(
        self, collection: Collection, progress: Callable[[int, int], object] | None = None
    ) -> None:
        self.collection = collection
        self._progress = progress
        self._resolutions = collection.resolutions
        self._schema = self._build_schema()
        self._index = tantivy.Index(self._schema)
        for name in analysis.analyzer_names():
            self._index.register_tokenizer(name, analysis.analyzer(name))
        self._fill()
        self._searcher = self._index.searcher()
        self._rid_of = {res.key: rid for rid, res in enumerate(self._resolutions)}
        collection.resolve("")  # builds the look-up by number now, off the UI thread

    @staticmethod
    def _build_schema() -> tantivy.Schema:
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("rid", stored=False, indexed=False, fast=True)
        builder.add_text_field("symbol", tokenizer_name=analysis.PLAIN)
        for lang in (*analysis.STEMMED, "xx"):
            tokenizer = lang if lang in analysis.STEMMED else analysis.PLAIN
            builder.add_text_field(f"head_{lang}", tokenizer_name=tokenizer)
            builder.add_text_field(f"body_{lang}", tokenizer_name=tokenizer)
            builder.add_text_field(f"text_{lang}", tokenizer_name=analysis.PLAIN)
        builder.add_text_field("words", tokenizer_name=analysis.PLAIN, index_option="basic")
        return builder.build()

    def _fill(self) -> None:
        topics = {t.id: t.label.values for t in self.collection.topics}
        organs = {o.id: o.name.values for o in self.collection.organs}
        nfc = analysis.nfc
        writer = self._index.writer(_WRITER_HEAP, _WRITER_THREADS)
        total = len(self._resolutions)
        for rid, res in enumerate(self._resolutions):
            if self._progress is not None and rid % _PROGRESS_EVERY == 0:
                self._progress(rid, total)
            # The record's own texts, NFC-normalised here: building the Localized
            # objects of 30,000 full texts would cost more than indexing them.
            raw = res.raw
            doc = tantivy.Document()
            doc.add_integer("rid", rid)
            doc.add_text("symbol", f"{res.symbol} {res.number}")
            for key in ("title", "agenda_item"):
                for lang, text in raw.get(key, {}).items():
                    doc.add_text(_field_of(lang, "head"), nfc(text))
                    doc.add_text("words", nfc(text))
            body = [raw.get(key, {}) for key in ("summary", "relevance", "adoption")]
            body += [organs.get(res.organ, {})]
            body += [topics[t] for t in raw.get("topics", ()) if t in topics]
            for texts in body:
                for lang, text in texts.items():
                    doc.add_text(_field_of(lang, "body"), nfc(text))
                    doc.add_text("words", nfc(text))
            for lang, text in raw.get("text", {}).items():
                doc.add_text(_field_of(lang, "text"), nfc(text))
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        self._index.reload()
        if self._progress is not None:
            self._progress(total, total)

    def __len__(self) -> int:
        return len(self._resolutions)

    # -- querying --------------------------------------------------------------------

    def search(self, text: str, limit: int = DEFAULT_LIMIT, lang: str = "en") -> SearchResult:
        """Ranked hits for what the user typed; never raises on any input."""
        parsed = parse(text)
        by_symbol = self._symbol_hits(parsed.text)
        if parsed.is_empty and not by_symbol:
            return SearchResult(parsed, [], 0)
        found, total, approximate = self._engine_hits(parsed, limit + len(by_symbol))
        seen = set(by_symbol)
        ranked = [(rid, _SYMBOL_SCORE_BONUS, True) for rid in by_symbol]
        ranked += [(rid, score, False) for score, rid in found if rid not in seen]
        # Symbol hits the engine did not count (a number is not a word of the text).
        engine_rids = {rid for _, rid in found}
        total = max(total + sum(rid not in engine_rids for rid in by_symbol), len(ranked))
        highlighter = Highlighter(parsed)
        hits = [
            Hit(
                self._resolutions[rid], float(score), symbol_hit, highlighter, lang, not approximate
            )
            for rid, score, symbol_hit in ranked[:limit]
        ]
        return SearchResult(parsed, hits, total, approximate)

    def _symbol_hits(self, text: str) -> list[int]:
        if not symbols.looks_like_symbol(text):
            return []
        return [self._rid_of[r.key] for r in self.collection.resolve(text)]

    def _engine_hits(
        self, parsed: ParsedQuery, limit: int
    ) -> tuple[list[tuple[float, int]], int, bool]:
        if parsed.is_empty:
            return [], 0, False
        query = self._query(parsed)
        result = self._searcher.search(query, limit)
        approximate = False
        if result.count == 0:
            fuzzy = self._fuzzy_query(parsed)
            if fuzzy is not None:
                result = self._searcher.search(fuzzy, limit)
                approximate = result.count > 0
        rids = self._searcher.fast_field_values("rid", [address for _, address in result.hits])
        hits = [(score, int(rid)) for (score, _), rid in zip(result.hits, rids, strict=False)]
        return hits, result.count, approximate

    def _parse(self, text: str) -> tantivy.Query:
        query, _errors = self._index.parse_query_lenient(
            self._expand(text),
            list(TEXT_FIELDS),
            field_boosts=FIELD_BOOSTS,
            conjunction_by_default=True,
        )
        return query

    def _expand(self, text: str) -> str:
        """Each bare word (outside a phrase) becomes ``(word OR variant …)``, the variants
        being the full texts' words with the same French or English stem: "terroriste"
        also finds "terroristes" in an unstemmed full text."""
        parts = text.split('"')
        for i in range(0, len(parts), 2):  # even parts are outside quotes
            parts[i] = _WORD.sub(lambda m: self._variants(m.group(0)), parts[i])
        return '"'.join(parts)

    def _variants(self, word: str) -> str:
        if word in ("AND", "OR", "NOT"):
            return word
        folded = analysis.terms(word)
        if len(folded) != 1:
            return word
        found: list[str] = []
        for lang, field in FULL_TEXT_FIELDS.items():
            stem = analysis.terms(word, lang)
            if len(stem) != 1 or len(stem[0]) < 3:
                continue
            candidates = self._searcher.terms_with_prefix(field, stem[0], limit=_CANDIDATES)
            stemmer = analysis.analyzer(lang)
            found += [
                term
                for term, _count in candidates
                if term != folded[0] and stemmer.analyze(term) == stem
            ]
        variants = list(dict.fromkeys(found))[:_MAX_VARIANTS]
        return f"({' OR '.join([word, *variants])})" if variants else word

    def _query(self, parsed: ParsedQuery) -> tantivy.Query:
        must = tantivy.Occur.Must
        should = tantivy.Occur.Should
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if re.search(r"\w", parsed.complete):
            clauses.append((must, self._parse(parsed.complete)))
        for word, prefix in parsed.prefix_words:
            options = [(should, self._parse(word))]
            # Indexed terms are stems, and a stem begins like its word: the prefix
            # "terrorist" finds the stem of "terrorists". A prefix longer than its stem
            # ("terroris" -> "terror") is caught by the word's own parse above. A
            # one-word phrase-prefix query walks the term dictionary's prefix range
            # (Tantivy expands it to at most 50 terms): far cheaper than a regex.
            for name in TEXT_FIELDS:
                prefix_query = self._prefix_query(name, prefix)
                boost = FIELD_BOOSTS.get(name, 1.0)
                options.append((should, tantivy.Query.boost_query(prefix_query, boost)))
            clauses.append((must, tantivy.Query.boolean_query(options)))
        return tantivy.Query.boolean_query(clauses)

    def _prefix_query(self, field: str, prefix: str) -> tantivy.Query:
        if len(prefix) > _SHORT_PREFIX:
            return tantivy.Query.phrase_prefix_query(self._schema, field, [prefix])
        # A phrase prefix takes the first 50 terms in alphabetical order; "co" has
        # hundreds: take the most frequent ones instead, or most records are missed.
        terms = self._searcher.terms_with_prefix(field, prefix, limit=_SHORT_PREFIX_TERMS)
        if not terms:
            return tantivy.Query.empty_query()
        return tantivy.Query.term_set_query(self._schema, field, [term for term, _ in terms])

    def _fuzzy_query(self, parsed: ParsedQuery) -> tantivy.Query | None:
        """One typo per word (two in long words) when nothing matched exactly. Words are
        compared unstemmed, with the full texts' words and the folded words of titles,
        summaries and topics; excluded words stay excluded."""
        complete = parsed.complete
        if '"' in complete:
            return None
        excluded = re.findall(r"(?:^|\s)-(\w+)", complete)
        kept = re.sub(r"(?:^|\s)-\w+", " ", complete)
        words = [w for w in _WORD.findall(kept) if len(w) >= 4 and w not in ("AND", "NOT")]
        words += [w for w, _ in parsed.prefix_words if len(w) >= 4]
        clauses = []
        for word in words:
            term = analysis.terms(word)
            if len(term) != 1:
                continue
            options = [
                (
                    tantivy.Occur.Should,
                    tantivy.Query.fuzzy_term_query(
                        self._schema,
                        name,
                        term[0],
                        distance=1 if len(term[0]) < 8 else 2,
                        transposition_cost_one=True,
                        prefix=True,
                    ),
                )
                for name in FUZZY_FIELDS
            ]
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(options)))
        if not clauses:
            return None
        clauses += [(tantivy.Occur.MustNot, self._parse(word)) for word in excluded]
        return tantivy.Query.boolean_query(clauses)


def best_passage(
    res: Resolution, highlighter: Highlighter | None, lang: str
) -> tuple[str, list[tuple[int, int]]]:
    """The first passage of a record that holds a match, in the user's language first."""
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
        return "", []
    if highlighter:
        for text, text_lang in candidates:
            spans = _find_spans(text, text_lang, highlighter)
            if spans:
                return text, spans
    return candidates[0][0], []


def _find_spans(text: str, lang: str, highlighter: Highlighter) -> list[tuple[int, int]]:
    """The matched words of the first stretch of ``text`` that holds one.

    A cheap hint first: a query word's stem found as plain lower-case text (C-speed
    ``str.find``), and only the stretch around it analysed to confirm. A text in plain
    ASCII with no hint holds no match. Otherwise (accents, where lower-casing is not
    folding, or hints that all proved false) the text is analysed stretch by stretch.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        position = _first_hint(lowered, highlighter.needles, 0)
        for _ in range(_HINT_TRIES):
            if position < 0:
                break
            start = _boundary(text, max(0, position - 80))
            end = _boundary(text, position + SNIPPET_CHARS + 120)
            spans = _shifted(highlighter.spans(text[start:end], lang), start)
            if spans:
                return spans
            position = _first_hint(lowered, highlighter.needles, max(end, position + 1))
        if position < 0 and (text.isascii() or not _hint_in_folded(lowered, highlighter)):
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


def _hint_in_folded(lowered: str, highlighter: Highlighter) -> bool:
    """Whether a needle appears once accents are stripped ("sécurité" -> "securite"):
    only then can a text with accents hold a match that str.find did not see."""
    folded = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return any(needle in folded for needle in highlighter.needles)


def _first_hint(lowered: str, needles: tuple[str, ...], start: int) -> int:
    found = [p for p in (lowered.find(n, start) for n in needles) if p >= 0]
    return min(found) if found else -1


def _boundary(text: str, position: int) -> int:
    """``position``, moved back to a space so that no word is cut in two."""
    if position >= len(text):
        return len(text)
    space = text.rfind(" ", 0, position)
    return space if space > 0 else position


def _shifted(spans: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    return [(start + offset, end + offset) for start, end in spans]


def _cut(text: str, limit: int) -> str:
    space = text.rfind(" ", 0, limit)
    return text[: space if space > 0 else limit]
