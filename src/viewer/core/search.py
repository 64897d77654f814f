"""The full-text index (Tantivy) and the ranked search the window and CLI share.

Ranking, from the top: a symbol or number typed in any usual spelling (exact match);
then Tantivy's BM25 over fields weighted symbol > title/agenda item > the rest. Every
language of a record is indexed, each with its own stemmer, and searched at once.
Filters (organ, year, topic, has:text) are indexed fields, so they narrow the query
inside the engine; a query of filters alone lists what they select, newest first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import tantivy

from viewer.core import analysis, symbols
from viewer.core.collection import Collection
from viewer.core.filters import Filters
from viewer.core.query import ParsedQuery, parse
from viewer.core.results import SORTS, Facets, Hit, SearchResult
from viewer.core.spelling import closest, typos_allowed

__all__ = ["DEFAULT_LIMIT", "SORTS", "Hit", "SearchIndex", "SearchResult"]

DEFAULT_LIMIT = 50
# Bump when the schema or what goes into a field changes: a cached index of another
# version is rebuilt (see index_cache).
INDEX_VERSION = 3
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
_FIRST_PAGE = 50  # rows the first engine call ranks, whatever the caller's limit
_PROGRESS_EVERY = 2000
_SHORT_PREFIX = 3
_SHORT_PREFIX_TERMS = 50
_REMEMBERED = 4096  # typed words' variants, short prefixes' terms (then forgotten at once)
_WORD = re.compile(r"\w+")


def _field_of(lang: str, part: str) -> str:
    return f"{part}_{lang if lang in analysis.STEMMED else 'xx'}"


def _date_key(res: object) -> int:
    date = res.date  # type: ignore[attr-defined]
    return date.year * 10_000 + date.month * 100 + date.day


class SearchIndex:
    """The index of one collection: built in RAM, or in (and later opened from) a
    folder of the cache. Build once; query from any thread."""

    def __init__(
        self,
        collection: Collection,
        progress: Callable[[int, int], object] | None = None,
        path: Path | None = None,
        prepare: bool = True,
    ) -> None:
        """``path``: an empty folder to build in, or a folder holding this collection's
        index (built by this code's INDEX_VERSION) to open without building.
        ``prepare``: build the look-up by number now (on the window's loader thread),
        not at the first symbol typed (a one-query command does without it)."""
        self.collection = collection
        self._progress = progress
        self._resolutions = collection.resolutions
        self._schema = build_schema()
        opening = path is not None and (path / "meta.json").exists()
        self._index = tantivy.Index(self._schema, path=str(path) if path else None, reuse=opening)
        for name in analysis.analyzer_names():
            self._index.register_tokenizer(name, analysis.analyzer(name))
        if opening:
            self._index.reload()
        else:
            self._fill()
        self._searcher = self._index.searcher()
        if opening and self._searcher.num_docs != len(self._resolutions):
            raise ValueError("the cached index does not hold this collection")
        # Fields no record has a word in are left out of every query: a collection in
        # English only has no French titles, and each field asked costs the engine a
        # look-up per word and per variant (4 fields of 10 for an SC corpus: 2-3x faster).
        # (Every record has a symbol; asking the engine walks a field's whole term
        # dictionary, 18 ms for the symbols of 32,000 records.)
        self._fields = tuple(f for f in TEXT_FIELDS if f == "symbol" or self._holds_terms(f))
        # A short prefix ("se") begins words of nearly every record: asked of the
        # folded copy of the short texts in every language ("words") rather than of
        # each language's stemmed field, the engine unites one set of records, not
        # two or three (0.4 ms of 2 for "se" at 32,000 records).
        short = tuple(f for f in self._fields if not f.startswith("body_"))
        self._short_prefix_fields = (*short, "words") if self._holds_terms("words") else short
        # What the engine's dictionary says of a typed word never changes for an index:
        # remembered, as each key typed asks again for the words before it
        # ("security c", "security co", ...) and for the word's first letters.
        self._variants_of: dict[str, str] = {}
        self._short_prefix_terms: dict[tuple[str, str], list[str]] = {}
        self._rid_of = {res.key: rid for rid, res in enumerate(self._resolutions)}
        self._years = [res.date.year for res in self._resolutions]
        if prepare:
            collection.resolve("")  # builds the look-up by number now, off the UI thread

    def _holds_terms(self, field: str) -> bool:
        return bool(self._searcher.terms_with_prefix(field, "", limit=1))

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
            doc.add_integer("date", _date_key(res))
            doc.add_integer("year", res.date.year)
            doc.add_text("organ", res.organ.upper())
            for topic in res.topics:
                doc.add_text("topic", topic.lower())
            doc.add_integer("has_text", 1 if raw.get("text") else 0)
            doc.add_text("symbol", f"{res.symbol} {res.number}")
            for key in ("title", "agenda_item"):
                for lang, text in raw.get(key, {}).items():
                    doc.add_text(_field_of(lang, "head"), nfc(text))
                    doc.add_text("words", nfc(text))
            body = [raw.get(key, {}) for key in ("summary", "relevance", "adoption")]
            body += [organs.get(res.organ, {})]
            body += [topics[t] for t in res.topics if t in topics]
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

    def search(
        self,
        text: str,
        limit: int = DEFAULT_LIMIT,
        lang: str = "en",
        sort: str = "relevance",
    ) -> SearchResult:
        """Every match of what the user typed (``limit``: the first page's size);
        ``sort``: relevance, date (oldest first) or -date (newest first). Never raises
        on any input."""
        parsed = parse(text)
        filters = parsed.filters
        by_symbol = [
            rid for rid in self._symbol_hits(parsed.text) if filters.matches(self._resolutions[rid])
        ]
        if parsed.is_empty and not by_symbol and not filters:
            return SearchResult(parsed, 0, self._resolutions, lang=lang, limit=limit)
        if sort not in SORTS:
            sort = "relevance"
        if parsed.is_empty and not by_symbol and sort == "relevance":
            sort = "-date"  # filters alone: no score to rank by, the newest first
        # One engine call gives the first page and the count of every match.
        # Never more than the collection: the engine sizes its heap by the limit.
        first = max(1, min(max(limit, _FIRST_PAGE), len(self._resolutions)))
        query, rows, count, corrections = self._engine_query(parsed, by_symbol, sort, first)

        def fetch(start: int, stop: int) -> Sequence[tuple[int, float]]:
            return self._page(query, by_symbol, sort, start, stop)

        result = SearchResult(
            parsed,
            len(by_symbol) + count,
            self._resolutions,
            fetch,
            lang=lang,
            limit=limit,
            approximate=corrections is not None,
            corrections=corrections or {},
            sort=sort,
            facet_counter=lambda: self._facets(query, by_symbol),
            marked=parse(_corrected(parsed.text, corrections)) if corrections else None,
        )
        result.prefetched([(-1 - rid, _SYMBOL_SCORE_BONUS) for rid in by_symbol] + rows)
        return result

    def _first(
        self, query: tantivy.Query, sort: str, limit: int
    ) -> tuple[list[tuple[int, float]], int]:
        """The first ``limit`` rows of a query and the count of all its matches."""
        return self._ranked(query, sort, 0, limit, count=True)  # type: ignore[return-value]

    def _page(
        self, query: tantivy.Query | None, by_symbol: list[int], sort: str, start: int, stop: int
    ) -> list[tuple[int, float]]:
        """Rows start..stop: symbol look-ups first (as -1 - rid), then the engine's."""
        rows = [(-1 - rid, _SYMBOL_SCORE_BONUS) for rid in by_symbol[start:stop]]
        engine_start = max(0, start - len(by_symbol))
        engine_stop = stop - len(by_symbol)
        if query is None or engine_stop <= engine_start:
            return rows
        found = self._ranked(query, sort, engine_start, engine_stop - engine_start)
        return rows + found  # type: ignore[operator]

    def _ranked(
        self, query: tantivy.Query, sort: str, offset: int, limit: int, count: bool = False
    ) -> list[tuple[int, float]] | tuple[list[tuple[int, float]], int]:
        """Rows ``offset`` to ``offset + limit`` as (rid, score); with ``count``, also
        the number of all matches (one pass of the engine for both)."""
        if sort == "relevance":
            result = self._searcher.search(query, limit, count=count, offset=offset)
        else:
            order = tantivy.Order.Asc if sort == "date" else tantivy.Order.Desc
            result = self._searcher.search(
                query, limit, count=count, order_by_field="date", offset=offset, order=order
            )
        addresses = [address for _, address in result.hits]
        rids = self._searcher.fast_field_values("rid", addresses)
        scores = [key if sort == "relevance" else 0.0 for key, _ in result.hits]
        rows = [(int(rid), float(score)) for rid, score in zip(rids, scores, strict=True)]
        return (rows, int(result.count)) if count else rows

    def _facets(self, query: tantivy.Query | None, by_symbol: list[int]) -> Facets:
        """Counts per organ and year: the engine's aggregation over its fast fields
        (under a millisecond for 32,000 matches), plus the symbol look-ups."""
        organs: Counter[str] = Counter()
        years: Counter[int] = Counter()
        for rid in by_symbol:
            organs[self._resolutions[rid].organ] += 1
            years[self._years[rid]] += 1
        if query is not None:
            spec = {
                "organ": {"terms": {"field": "organ", "size": 10_000}},
                "year": {"terms": {"field": "year", "size": 100_000}},
            }
            found = self._searcher.aggregate(query, spec)
            ids = {o.id.upper(): o.id for o in self.collection.organs}
            for bucket in found["organ"]["buckets"]:
                organs[ids.get(bucket["key"], bucket["key"])] += int(bucket["doc_count"])
            for bucket in found["year"]["buckets"]:
                years[int(bucket["key"])] += int(bucket["doc_count"])
        return Facets(dict(organs.most_common()), dict(sorted(years.items())))

    def _engine_query(
        self, parsed: ParsedQuery, by_symbol: list[int], sort: str, first: int
    ) -> tuple[tantivy.Query | None, list[tuple[int, float]], int, dict[str, str] | None]:
        """The engine's query (None: nothing beyond the symbol look-up), its first rows,
        the count of its matches, and the close spellings used (None: exact words)."""
        narrowing = self._filter_clauses(parsed.filters)
        narrowing += [
            (tantivy.Occur.MustNot, tantivy.Query.term_query(self._schema, "rid", rid))
            for rid in by_symbol
        ]
        if parsed.is_empty:
            if not parsed.filters:
                return None, [], 0, None
            query = _all_of([(tantivy.Occur.Must, tantivy.Query.all_query()), *narrowing])
            return query, *self._first(query, sort, first), None
        query = _all_of([(tantivy.Occur.Must, self._query(parsed)), *narrowing])
        rows, count = self._first(query, sort, first)
        fuzzy = None if count or by_symbol else self._fuzzy_query(parsed)
        if fuzzy is None:
            return query, rows, count, None
        close = _all_of([(tantivy.Occur.Must, fuzzy), *narrowing])
        close_rows, close_count = self._first(close, sort, first)
        if not close_count:
            return query, rows, count, None
        return close, close_rows, close_count, self._corrections(parsed, close_rows)

    def _filter_clauses(self, filters: Filters) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        must = tantivy.Occur.Must
        clauses = []
        if filters.organs:
            terms = sorted(filters.organs)
            clauses.append((must, tantivy.Query.term_set_query(self._schema, "organ", terms)))
        if filters.topics:
            terms = sorted(filters.topics)
            clauses.append((must, tantivy.Query.term_set_query(self._schema, "topic", terms)))
        if filters.years:
            ranges = [
                (
                    tantivy.Occur.Should,
                    tantivy.Query.range_query(
                        self._schema, "year", tantivy.FieldType.Integer, low, high
                    ),
                )
                for low, high in filters.years
            ]
            clauses.append((must, tantivy.Query.boolean_query(ranges)))
        if filters.has_text:
            clauses.append((must, tantivy.Query.term_query(self._schema, "has_text", 1)))
        return clauses

    def _corrections(self, parsed: ParsedQuery, rows: list[tuple[int, float]]) -> dict[str, str]:
        """Which close spelling of each typed word the best matches hold."""
        texts = [self._resolutions[rid] for rid, _ in rows[:3]]
        words = [(w, False) for w in parsed.words if len(w) >= 4]
        words += [(w, True) for w, _ in parsed.prefix_words if len(w) >= 4]
        found = {}
        for word, prefix in words:
            used = closest(word, texts, prefix)
            if used and analysis.terms(used) != analysis.terms(word):
                found[word] = used
        return found

    def _symbol_hits(self, text: str) -> list[int]:
        if not symbols.looks_like_symbol(text):
            return []
        return [self._rid_of[r.key] for r in self.collection.resolve(text)]

    def _parse(self, text: str) -> tantivy.Query:
        query, _errors = self._index.parse_query_lenient(
            self._expand(text),
            list(self._fields),
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
        found = self._variants_of.get(word)
        if found is None:
            found = self._find_variants(word)
            if len(self._variants_of) >= _REMEMBERED:
                self._variants_of.clear()
            self._variants_of[word] = found
        return found

    def _find_variants(self, word: str) -> str:
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
            # Named with their field: the stemmed fields find the variants through the
            # word itself, and asking them each variant again (the same stem, four
            # times over) made the engine's work four times as long.
            found += [
                f"{field}:{term}"
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
            fields = self._fields if len(prefix) > _SHORT_PREFIX else self._short_prefix_fields
            for name in fields:
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
        key = (field, prefix)
        terms = self._short_prefix_terms.get(key)
        if terms is None:
            found = self._searcher.terms_with_prefix(field, prefix, limit=_SHORT_PREFIX_TERMS)
            terms = [term for term, _ in found]
            if len(self._short_prefix_terms) >= _REMEMBERED:
                self._short_prefix_terms.clear()
            self._short_prefix_terms[key] = terms
        if not terms:
            return tantivy.Query.empty_query()
        return tantivy.Query.term_set_query(self._schema, field, terms)

    def _fuzzy_query(self, parsed: ParsedQuery) -> tantivy.Query | None:
        """One typo per word (two in long words) when nothing matched exactly. Words are
        compared unstemmed, with the full texts' words and the folded words of titles,
        summaries and topics; excluded words stay excluded."""
        if parsed.phrases.get(analysis.PLAIN):
            return None
        # A complete word matches whole; the word being typed also as a beginning, then
        # with one typo only: two typos in a beginning reach far ("terorist" would
        # match "territory" through "territ").
        words = [(w, False) for w in parsed.words if len(w) >= 4 and not analysis.is_stop(w)]
        words += [(w, True) for w, _ in parsed.prefix_words if len(w) >= 4]
        clauses = []
        for word, prefix in words:
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
                        distance=typos_allowed(term[0], prefix),
                        transposition_cost_one=True,
                        prefix=prefix,
                    ),
                )
                for name in FUZZY_FIELDS
            ]
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(options)))
        if not clauses:
            return None
        clauses += [(tantivy.Occur.MustNot, self._parse(f'"{w}"')) for w in parsed.excluded]
        return tantivy.Query.boolean_query(clauses)


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # rid: the record's place in the collection (indexed: a symbol hit is excluded from
    # the engine's rows by it); date and year: sorting and the year filter.
    builder.add_integer_field("rid", stored=False, indexed=True, fast=True)
    builder.add_integer_field("date", stored=False, indexed=False, fast=True)
    builder.add_integer_field("year", stored=False, indexed=True, fast=True)
    builder.add_integer_field("has_text", stored=False, indexed=True)
    builder.add_text_field("organ", tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_text_field("topic", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("symbol", tokenizer_name=analysis.PLAIN)
    for lang in (*analysis.STEMMED, "xx"):
        tokenizer = lang if lang in analysis.STEMMED else analysis.PLAIN
        builder.add_text_field(f"head_{lang}", tokenizer_name=tokenizer)
        builder.add_text_field(f"body_{lang}", tokenizer_name=tokenizer)
        builder.add_text_field(f"text_{lang}", tokenizer_name=analysis.PLAIN)
    builder.add_text_field("words", tokenizer_name=analysis.PLAIN, index_option="basic")
    return builder.build()


def _all_of(clauses: list[tuple[tantivy.Occur, tantivy.Query]]) -> tantivy.Query:
    return clauses[0][1] if len(clauses) == 1 else tantivy.Query.boolean_query(clauses)


def _corrected(text: str, corrections: dict[str, str]) -> str:
    """The typed text with each corrected word replaced by the spelling used."""
    return _WORD.sub(lambda m: corrections.get(m.group(0), m.group(0)), text)
