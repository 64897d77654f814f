"""Query latency of the viewer's search API and of its peers, on the same records.

Run by ``bench/run.py`` in a child process of its own (so one engine's memory does not
count against another run's figures); prints one line ``RESULT <json>``.

    python bench/peers.py --data FILE --engines viewer,tantivy,fts5,scan [--records N]

Method. Every engine indexes the same records: the symbol, and as body every text of
the record in every language plus its organ's and topics' names (what the viewer puts
in its ``body_*`` fields). Each query of ``bench/queries.py`` is run once by every engine
unmeasured (warm-up), then ``--passes`` times, round-robin: for each pass, for each
query, every engine in turn, so that noise from other work on the machine falls on all
engines alike. The engines' order is shuffled for every query (a fixed seed, so runs
compare): an engine run just after ``scan`` (which reads 80 MB of text) finds the
processor's caches emptied, and a fixed order put the same engine there every time
(raw Tantivy's median doubles in that place). The viewer's variants share one index, so
they run together, ``viewer`` first: a variant just run on the same query would have
warmed it. ``--fixed-order`` runs the engines in the order given, as before.
A sample is the wall time (``perf_counter``) of one call that returns the top 50
results, query parsing included.

The engines:

* ``viewer``: ``SearchIndex.search(text, limit=50)``, then ``snippet_html`` of as many
  hits as the window's search worker makes on its thread (``workers.PREFETCHED_SNIPPETS``,
  read at run time). ``viewer_20`` reads the snippets of the first 20 hits,
  ``viewer_all50`` of all 50 (each only when it differs from ``viewer``);
  ``viewer_nosnippets`` none.
* ``tantivy``: raw Tantivy, a two-field schema (``symbol`` with the default tokenizer,
  ``body`` with the built-in ``en_stem``), no snippets, no document fetched: the top 50
  addresses. Words and phrases through ``parse_query`` (conjunctive); a prefix is the
  word as typed OR a one-word ``phrase_prefix_query`` on each field (Tantivy's prefix
  query, which expands to at most 50 terms: what the viewer does).
* ``fts5``: SQLite FTS5 in memory, ``tokenize='porter unicode61 remove_diacritics 2'``;
  ``MATCH '"w1" AND "a phrase" AND ("pre" OR "pre"*)' ORDER BY rank LIMIT 50``
  (bm25).
* ``whoosh``: Whoosh in RAM (``RamStorage``), ``StemmingAnalyzer`` + accent folding;
  ``MultifieldParser`` over symbol and body, AND group: ``w1 "a phrase" (pre OR pre*)``.
* ``lunr``: lunr.py, default pipeline (trimmer, stop words, stemmer); lunr has no
  phrases, so a phrase becomes all its words required (stop words left out, as they
  are not indexed); no OR inside a required term, so a prefix is the stem of the word
  as typed, then ``*``: ``+w1 +w2 +stem(pre)*``. Its
  documents are folded and their punctuation made spaces before indexing, as its
  tokenizer splits only on spaces and hyphens.
* ``scan``: a plain scan: each record's text folded, lower-cased, reduced to its words
  separated by one space (once, before timing); a query is ``" word "``, ``" a phrase "``
  and ``" pre"`` substring tests over every record, all matches counted, the first 50
  kept (no ranking, no stemming).
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import random
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from queries import Parts, all_parts, fold
from viewer.core import loader
from viewer.core.collection import Collection

LIMIT = 50
_TEXT_FIELDS = ("title", "agenda_item", "summary", "relevance", "text", "adoption")


@dataclass(frozen=True)
class Doc:
    symbol: str
    body: str


class Engine(Protocol):
    name: str

    def search(self, q: Parts) -> int:
        """Run one query; return how many results it gave (at most LIMIT)."""
        ...


# -- the records ----------------------------------------------------------------------


def read_data(path: Path, records: int | None) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if records is not None:
        data["resolutions"] = data["resolutions"][:records]
    return data


def documents(data: dict[str, Any]) -> list[Doc]:
    """What the peers index: the same texts as the viewer's symbol and body fields."""
    organs = {o["id"]: list(o["name"].values()) for o in data["organs"]}
    topics = {t["id"]: list(t["label"].values()) for t in data.get("topics", [])}
    docs = []
    for raw in data["resolutions"]:
        texts = [text for name in _TEXT_FIELDS for text in (raw.get(name) or {}).values()]
        texts += organs.get(raw["organ"], [])
        for topic in raw.get("topics", ()):
            texts += topics.get(topic, [])
        docs.append(Doc(f"{raw['symbol']} {raw['number']}", "\n".join(texts)))
    return docs


# -- the engines ----------------------------------------------------------------------


@dataclass
class Viewer:
    """The viewer's own API: SearchIndex.search, then the snippets of the first hits."""

    collection: Collection
    snippets: int
    name: str = "viewer"
    index: Any = None

    def build(self) -> None:
        from viewer.core.search import SearchIndex

        self.index = SearchIndex(self.collection)

    def forget(self) -> None:
        """Forget what the index remembers of typed words (their variants, short
        prefixes' terms): each pass starts as a user who never typed these queries,
        and a word typed again within a pass ("security c", "security co") is
        remembered as in the window."""
        self.index._variants_of.clear()
        self.index._short_prefix_terms.clear()

    def search(self, q: Parts) -> int:
        result = self.index.search(q.text, limit=LIMIT)
        for hit in result.page(0, self.snippets):  # as the window's search thread
            _ = hit.snippet_html
        return min(result.total, LIMIT)


@dataclass
class Tantivy:
    docs: list[Doc]
    name: str = "tantivy"
    _index: Any = None
    _searcher: Any = None
    _schema: Any = None

    def build(self) -> None:
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_text_field("symbol")
        builder.add_text_field("body", tokenizer_name="en_stem")
        self._schema = builder.build()
        self._index = tantivy.Index(self._schema)
        writer = self._index.writer(200_000_000, 2)
        for doc in self.docs:
            writer.add_document(tantivy.Document(symbol=doc.symbol, body=doc.body))
        writer.commit()
        writer.wait_merging_threads()
        self._index.reload()
        self._searcher = self._index.searcher()

    def search(self, q: Parts) -> int:
        import tantivy

        fields = ["symbol", "body"]
        must, should = tantivy.Occur.Must, tantivy.Occur.Should
        clauses = []
        complete = " ".join([*q.words, *(f'"{" ".join(p)}"' for p in q.phrases)])
        if complete:
            parsed = self._index.parse_query(complete, fields, conjunction_by_default=True)
            clauses.append((must, parsed))
        for prefix in q.prefixes:
            options = [(should, self._index.parse_query(prefix, fields))]
            options += [
                (should, tantivy.Query.phrase_prefix_query(self._schema, name, [prefix]))
                for name in fields
            ]
            clauses.append((must, tantivy.Query.boolean_query(options)))
        result = self._searcher.search(tantivy.Query.boolean_query(clauses), LIMIT)
        return len(result.hits)


@dataclass
class Fts5:
    docs: list[Doc]
    name: str = "fts5"
    _db: sqlite3.Connection | None = None

    def build(self) -> None:
        self._db = sqlite3.connect(":memory:")
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(symbol, body, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        self._db.executemany(
            "INSERT INTO docs(rowid, symbol, body) VALUES (?, ?, ?)",
            ((i, d.symbol, d.body) for i, d in enumerate(self.docs)),
        )
        self._db.commit()

    @staticmethod
    def syntax(q: Parts) -> str:
        parts = [f'"{w}"' for w in q.words]
        parts += [f'"{" ".join(p)}"' for p in q.phrases]
        parts += [f'("{p}" OR "{p}"*)' for p in q.prefixes]
        return " AND ".join(parts)  # FTS5 wants an explicit AND before a group

    def search(self, q: Parts) -> int:
        assert self._db is not None
        rows = self._db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?",
            (self.syntax(q), LIMIT),
        ).fetchall()
        return len(rows)


@dataclass
class Whoosh:
    docs: list[Doc]
    name: str = "whoosh"
    _searcher: Any = None
    _parser: Any = None

    def build(self) -> None:
        from whoosh import fields, qparser
        from whoosh.analysis import CharsetFilter, StemmingAnalyzer
        from whoosh.filedb.filestore import RamStorage
        from whoosh.support.charset import accent_map

        # Whoosh spills segments to temporary files even in RAM: a folder of its own.
        tempfile.tempdir = tempfile.mkdtemp(prefix="bench-whoosh-")
        atexit.register(shutil.rmtree, tempfile.tempdir, ignore_errors=True)
        analyzer = StemmingAnalyzer() | CharsetFilter(accent_map)
        schema = fields.Schema(
            rid=fields.ID(stored=True),
            symbol=fields.TEXT(analyzer=analyzer),
            body=fields.TEXT(analyzer=analyzer),
        )
        index = RamStorage().create_index(schema)
        writer = index.writer(limitmb=256)
        for i, doc in enumerate(self.docs):
            writer.add_document(rid=str(i), symbol=doc.symbol, body=doc.body)
        writer.commit()
        self._searcher = index.searcher()
        self._parser = qparser.MultifieldParser(["symbol", "body"], schema, group=qparser.AndGroup)

    @staticmethod
    def syntax(q: Parts) -> str:
        parts = list(q.words)
        parts += [f'"{" ".join(p)}"' for p in q.phrases]
        parts += [f"({p} OR {p}*)" for p in q.prefixes]
        return " ".join(parts)

    def search(self, q: Parts) -> int:
        query = self._parser.parse(self.syntax(q))
        return self._searcher.search(query, limit=LIMIT).scored_length()


@dataclass
class Lunr:
    docs: list[Doc]
    name: str = "lunr"
    _index: Any = None

    def build(self) -> None:
        from lunr import lunr

        records = [
            {"id": str(i), "symbol": _plain(d.symbol), "body": _plain(d.body)}
            for i, d in enumerate(self.docs)
        ]
        self._index = lunr(ref="id", fields=("symbol", "body"), documents=records)

    @staticmethod
    def syntax(q: Parts) -> str:
        from lunr.stemmer import porter_stemmer
        from lunr.stop_word_filter import WORDS

        # A stop word is not indexed: required, it would match nothing.
        words = [w for w in (*q.words, *(w for p in q.phrases for w in p)) if w not in WORDS]
        # A wildcard term is not stemmed, the index holds stems: the prefix of a stem.
        prefixes = [porter_stemmer.stem(p) for p in q.prefixes]
        return " ".join([*(f"+{w}" for w in words), *(f"+{p}*" for p in prefixes)])

    def search(self, q: Parts) -> int:
        syntax = self.syntax(q)
        return len(self._index.search(syntax)[:LIMIT]) if syntax else 0


@dataclass
class Scan:
    docs: list[Doc]
    name: str = "scan"
    _texts: list[str] = field(default_factory=list)

    def build(self) -> None:
        self._texts = [f" {_plain(d.symbol + ' ' + d.body)} " for d in self.docs]

    def search(self, q: Parts) -> int:
        needles = [f" {w} " for w in q.words]
        needles += [f" {' '.join(p)} " for p in q.phrases]
        needles += [f" {p}" for p in q.prefixes]
        found = [i for i, text in enumerate(self._texts) if all(n in text for n in needles)]
        return len(found[:LIMIT])


def _plain(text: str) -> str:
    """Folded words separated by single spaces."""
    folded = text.lower() if text.isascii() else fold(text)
    return " ".join(re.findall(r"\w+", folded))


# -- measuring ------------------------------------------------------------------------


def window_snippets() -> int:
    """How many snippets the window's search worker makes per search."""
    from viewer.ui import workers

    return min(workers.PREFETCHED_SNIPPETS, LIMIT)


def window_limit() -> int:
    """How many results the window asks for."""
    from viewer.ui import search_panel

    return int(search_panel.RESULTS_LIMIT)


def make_engines(names: list[str], data: dict[str, Any], path: Path) -> list[Any]:
    collection = loader.build(data, path)
    docs = documents(data)
    window = window_snippets()
    # A variant reading as many snippets as the window does would only repeat it.
    names = [n for n in names if (n, window) not in (("viewer_20", 20), ("viewer_all50", LIMIT))]
    factories: dict[str, Callable[[], Any]] = {
        "viewer": lambda: Viewer(collection, snippets=window),
        "viewer_20": lambda: Viewer(collection, snippets=20, name="viewer_20"),
        "viewer_all50": lambda: Viewer(collection, snippets=LIMIT, name="viewer_all50"),
        "viewer_nosnippets": lambda: Viewer(collection, snippets=0, name="viewer_nosnippets"),
        "tantivy": lambda: Tantivy(docs),
        "fts5": lambda: Fts5(docs),
        "whoosh": lambda: Whoosh(docs),
        "lunr": lambda: Lunr(docs),
        "scan": lambda: Scan(docs),
    }
    return [factories[name]() for name in names]


def build_all(engines: list[Any]) -> dict[str, float]:
    """Build each engine once; the viewer's variants share the first one's index."""
    seconds: dict[str, float] = {}
    shared = None
    for engine in engines:
        if isinstance(engine, Viewer) and shared is not None:
            engine.index = shared
            continue
        start = time.perf_counter()
        engine.build()
        seconds[engine.name] = time.perf_counter() - start
        if isinstance(engine, Viewer):
            shared = engine.index
    return seconds


ORDER_SEED = 14


def engine_groups(engines: list[Any]) -> list[list[Any]]:
    """The engines as they take turns: the viewer's variants together, ``viewer`` first."""
    viewers = sorted(
        (e for e in engines if isinstance(e, Viewer)), key=lambda e: e.name != "viewer"
    )
    others = [[e] for e in engines if not isinstance(e, Viewer)]
    return ([viewers] if viewers else []) + others


def measure(
    engines: list[Any], queries: list[Parts], passes: int, shuffled: bool = True
) -> dict[str, Any]:
    """Per engine: every sample in ms, wall and CPU time, by query, and the number of
    results. CPU time (user + system, this process) is what the call itself cost: on
    a shared machine, wall time also counts the waits for a core."""
    samples: dict[str, dict[str, list[float]]] = {
        e.name: {q.text: [] for q in queries} for e in engines
    }
    cpu: dict[str, dict[str, list[float]]] = {
        e.name: {q.text: [] for q in queries} for e in engines
    }
    hits: dict[str, dict[str, int]] = {e.name: {} for e in engines}
    groups = engine_groups(engines) if shuffled else [[e] for e in engines]
    order = random.Random(ORDER_SEED)
    for pass_number in range(passes + 1):  # pass 0 warms up, unmeasured
        for engine in engines:
            if isinstance(engine, Viewer):
                engine.forget()
        for q in queries:
            turns = order.sample(groups, len(groups)) if shuffled else groups
            for engine in (e for group in turns for e in group):
                start, start_cpu = time.perf_counter(), time.process_time()
                count = engine.search(q)
                elapsed = (time.perf_counter() - start) * 1000
                used = (time.process_time() - start_cpu) * 1000
                if pass_number:
                    samples[engine.name][q.text].append(elapsed)
                    cpu[engine.name][q.text].append(used)
                hits[engine.name][q.text] = count
    return {"samples": samples, "cpu_samples": cpu, "hits": hits}


# Queries of filters alone (issue 14: at most 20 ms): each lists every record it
# selects, newest first; the window reads the snippets of its first rows.
FILTER_QUERIES = [
    "organ:SC",
    "year:1990..1999",
    "year:2016",
    "organ:SC year:1960..1969",
    "has:text",
    "has:text year:2000..2020",
]


def measure_filters(engines: list[Any], passes: int) -> dict[str, Any]:
    """The viewer's filter-only queries, wall and CPU time per sample (ms)."""
    viewer = next((e for e in engines if isinstance(e, Viewer)), None)
    if viewer is None:
        return {}
    wall: list[float] = []
    cpu: list[float] = []
    totals = {}
    for pass_number in range(passes + 1):  # pass 0 warms up, unmeasured
        for text in FILTER_QUERIES:
            start, start_cpu = time.perf_counter(), time.process_time()
            result = viewer.index.search(text, limit=LIMIT)
            for hit in result.page(0, viewer.snippets):
                _ = hit.snippet_html
            if pass_number:
                wall.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            totals[text] = result.total
    return {"wall_ms": wall, "cpu_ms": cpu, "totals": totals}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--engines", default="viewer,tantivy,fts5,scan")
    parser.add_argument("--records", type=int, default=None)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument(
        "--fixed-order", action="store_true", help="engines in the order given, every query"
    )
    args = parser.parse_args()
    data = read_data(args.data, args.records)
    engines = make_engines(args.engines.split(","), data, args.data)
    # As the window does once a file is loaded (workers.CollectionLoader): the records
    # live as long as the index, the collector need not walk them again.
    gc.freeze()
    build_seconds = build_all(engines)
    gc.freeze()  # and the texts the index build made, as the window does
    result = measure(engines, all_parts(), args.passes, shuffled=not args.fixed_order)
    result["filters"] = measure_filters(engines, args.passes)
    result["build_seconds"] = build_seconds
    result["records"] = len(data["resolutions"])
    result["window_snippets"] = window_snippets()
    result["window_limit"] = window_limit()
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
