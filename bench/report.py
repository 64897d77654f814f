"""The budgets of issue 6, the verdicts, and the report: printed and ``docs/performance.md``.

Nothing here measures: every number comes from the results ``bench/run.py`` gathered.
"""

from __future__ import annotations

import math
from typing import Any

from figures import PEER_NAMES, Figure, at_most
from queries import QUERIES
from search_budgets import cli_figures, latency_figures

# -- verdicts ---------------------------------------------------------------------------


def evaluate(results: dict[str, Any]) -> list[Figure]:
    figures = load_figures(results)
    figures += window_figures(results)
    figures += latency_figures(results)
    figures += typing_figures(results)
    figures += scroll_figures(results)
    figures += cli_figures(results)
    figures += reliability_figures(results)
    figures += reading_figures(results)
    return figures


def reading_figures(results: dict[str, Any]) -> list[Figure]:
    """Issue 12 (bench/structure.py, bench/references.py)."""
    reading = results.get("reading")
    if not reading:
        return [Figure("reading (issue 12)", "not measured", "", None)]
    structure, references = reading["structure"], reading["references"]
    large = references["large"]
    return [
        Figure(
            f"structure of the {structure['texts']} corpus texts (best, CPU)",
            f"{structure['parse_all_cpu_s']:.2f} s",
            "≤ 1 s",
            structure["parse_all_cpu_s"] <= 1,
        ),
        Figure(
            f"longest page rendered ({structure['longest_symbol']}, best)",
            f"{structure['longest_page_ms']:.1f} ms",
            "≤ 50 ms",
            structure["longest_page_ms"] <= 50,
        ),
        Figure(
            f"reference index, {large['records']:,} records "
            "(in one go; the window builds it when idle)",
            f"{large['build_s']:.1f} s ({large['build_cpu_s']:.1f} s CPU)",
            "",
            None,
            info=True,
        ),
        Figure(
            "'Cited by' of the most cited record placed",
            f"{structure['place_most_cited_ms']:.0f} ms",
            "",
            None,
            info=True,
        ),
    ]


def reliability_figures(results: dict[str, Any]) -> list[Figure]:
    """Issue 11: the soak's reference counts, and the longest stall on extreme files
    (bench/soak.py, bench/extreme_files.py)."""
    figures: list[Figure] = []
    soak = results.get("soak")
    if soak:
        lost = -min(soak["true_drift"], soak["none_drift"])
        figures.append(
            Figure(
                f"soak: {soak['moves']} tree moves, {soak['searches']} searches "
                "(references to True/None lost)",
                f"{max(lost, 0)} ({soak['seconds']:.0f} s)",
                "≤ 100",
                lost <= 100,
            )
        )
    for name, phases in (results.get("extreme_files") or {}).items():
        step, worst = max(phases.items(), key=lambda item: item[1])
        figures.append(
            Figure(
                f"extreme file {name}: longest UI stall (at {step})",
                f"{worst} ms",
                "≤ 250 ms",
                worst <= 250,
                info=name == "baseline",  # the window's own cold start, for comparison
            )
        )
    return figures


def load_figures(results: dict[str, Any]) -> list[Figure]:
    li = results["load_index"]["median"]
    runs = len(results["load_index"]["runs"])
    peak = results["typing"].get("peak_rss_mb")
    return [
        Figure(
            f"load + validation, 32,000 records (median of {runs})",
            f"{li['load_s']:.2f} s",
            "≤ 1.5 s",
            at_most(li["load_s"], 1.5),
        ),
        Figure(
            f"index build (median of {runs})",
            f"{li['index_s']:.2f} s",
            "≤ 3 s",
            at_most(li["index_s"], 3.0),
        ),
        Figure(
            "peak memory, window process (load, index, typing)",
            f"{peak:.0f} MB",
            "≤ 500 MB (issue 14)",
            at_most(peak, 500),
        ),
        Figure(
            "peak memory, headless load + index",
            f"{li['peak_rss_mb']:.0f} MB",
            "—",
            None,
            info=True,
        ),
    ]


def window_figures(results: dict[str, Any]) -> list[Figure]:
    paint = results["paint"]
    runs = paint["runs"]
    first_before_index = all(
        r["first_paint_s"] is not None
        and r["index_ready_s"] is not None
        and r["first_paint_s"] < r["index_ready_s"]
        for r in runs
    )
    progress = [progress_shown(r["placeholders"]) for r in runs]
    stalls = [r["loading_longest_stall_ms"] for r in runs]
    waits = [p["waiting_s"] for p in progress if p["waiting_s"] is not None]
    return [
        Figure(
            f"process start to first paint (median of {len(runs)})",
            f"{paint['first_paint_s']:.2f} s",
            "≤ 1.5 s",
            at_most(paint["first_paint_s"], 1.5),
        ),
        Figure(
            "window paints before the index is ready; index ready at",
            f"{paint['index_ready_s']:.2f} s",
            "paint first",
            first_before_index,
        ),
        Figure(
            "search box shows progress while indexing, until ready",
            progress_text(progress),
            "shown",
            all(p["shown"] for p in progress),
        ),
        Figure(
            "first paint to the first progress shown (loading the file)",
            f"{min(waits):.2f} s" if waits else "never",
            "—",
            None,
            info=True,
        ),
        Figure(
            "longest UI stall while loading and indexing",
            f"{max(stalls):.0f} ms",
            "—",
            None,
            info=True,
        ),
    ]


def progress_shown(placeholders: list[dict[str, Any]]) -> dict[str, Any]:
    """Did the box say "Indexing… N%" from the start of indexing until it was ready?"""
    texts = [p["text"] for p in placeholders]
    indexing = [i for i, t in enumerate(texts) if t.startswith(("Indexing", "Indexation"))]
    if not indexing:
        return {"shown": False, "updates": 0, "waiting_s": None}
    first, last = indexing[0], indexing[-1]
    steady = all(i in indexing for i in range(first, last + 1)) and last == len(texts) - 2
    waiting = placeholders[first]["at_s"] - placeholders[0]["at_s"]
    return {"shown": steady, "updates": len(indexing), "waiting_s": waiting, "last": texts[last]}


def progress_text(progress: list[dict[str, Any]]) -> str:
    shown = sum(p["shown"] for p in progress)
    updates = min((p["updates"] for p in progress), default=0)
    return f"{shown}/{len(progress)} runs, ≥ {updates} updates"


def engine_label(name: str, pool: dict[str, Any]) -> str:
    return PEER_NAMES[name].replace("{n}", str(pool.get("window_snippets", "?")))


def typing_figures(results: dict[str, Any]) -> list[Figure]:
    runs = results["typing"].get("typing", [])
    if not runs:
        return [Figure("typing", "not measured", "", None)]
    keys = [k for run in runs for k in run["keys"]]
    superseded = [k for k in keys if k["superseded"]]
    painted = [k["painted_ms"] for k in keys if k["painted_ms"] is not None]
    unpainted = [k for k in keys if k["painted_ms"] is None and not k["superseded"]]
    worst = max(painted, default=math.nan)
    finals = ", ".join(
        f"{run['keys'][-1]['painted_ms']} ms" if run["keys"][-1]["painted_ms"] else "never"
        for run in runs
    )
    ok = not superseded and not unpainted and worst <= 100
    return [
        Figure(
            "longest UI stall while typing (5 ms heartbeat)",
            f"{max(run['longest_stall_ms'] for run in runs):.0f} ms",
            "≤ 50 ms",
            max(run["longest_stall_ms"] for run in runs) <= 50,
        ),
        Figure(
            "each key's results painted, from when the key was due",
            f"worst {worst:.0f} ms; {len(superseded)}/{len(keys)} keys superseded; "
            f"last keys {finals}",
            "≤ 100 ms, none superseded",
            ok,
        ),
    ]


def scroll_figures(results: dict[str, Any]) -> list[Figure]:
    """Issue 14: scrolling through every result (bench/scroll_stall.py)."""
    scroll = results.get("scroll")
    if not scroll:
        return [Figure("scrolling through all results", "not measured", "", None)]
    longest = scroll["longest_stall_ms"]
    return [
        Figure(
            f"scrolling through all {scroll['results']:,} results of '{scroll['query']}', "
            "longest UI stall (5 ms heartbeat)",
            f"{longest:.0f} ms ({scroll['pages']} pages in {scroll['seconds']:.0f} s; "
            f"p99 gap {scroll['p99_gap_ms']:.0f} ms)",
            "≤ 50 ms (issue 14)",
            longest <= 50,
        )
    ]


# -- text -------------------------------------------------------------------------------


def text_table(figures: list[Figure]) -> str:
    width = max(len(f.name) for f in figures)
    lines = [f"{'figure':<{width}}  {'measured':<46} {'budget':<26} verdict"]
    lines += [f"{f.name:<{width}}  {f.measured:<46} {f.budget:<26} {f.verdict}" for f in figures]
    failed = [f for f in figures if f.ok is False]
    lines.append(f"\n{len(failed)} budget(s) failed" if failed else "\nall budgets met")
    return "\n".join(lines)


def peer_rows(pool: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    engines = pool.get("engines", {})
    base = engines.get("viewer")
    rows = []
    for name, engine in engines.items():
        ratio = engine["p95_ms"] / base["p95_ms"] if base else math.nan
        median_ratio = engine["median_ms"] / base["median_ms"] if base else math.nan
        rows.append(
            (
                engine_label(name, pool),
                f"{engine['build_s']:.2f}",
                f"{engine['median_ms']:.2f}",
                f"{engine['p95_ms']:.2f}",
                f"{median_ratio:.2f}×",
                f"{ratio:.2f}×",
            )
        )
    return rows


PEER_HEADER = ("engine", "build s", "median ms", "p95 ms", "median / viewer", "p95 / viewer")


def text_peers(results: dict[str, Any]) -> str:
    out = []
    for key in ("peers", "peers_subset"):
        pool = results[key]
        if pool.get("error"):
            out.append(f"{key}: not measured: {pool['error']}")
            continue
        out.append(f"query latency, {pool['records']} records, {len(QUERIES)} queries:")
        for row in [PEER_HEADER, *peer_rows(pool)]:
            out.append(
                f"  {row[0]:<62} {row[1]:>8} {row[2]:>10} {row[3]:>8} {row[4]:>16} {row[5]:>13}"
            )
    return "\n".join(out)


# -- docs/performance.md ----------------------------------------------------------------


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def markdown(results: dict[str, Any], figures: list[Figure]) -> str:
    machine = results["machine"]
    parts = [
        "# Performance",
        "",
        "Generated by `make bench` (`bench/run.py`): do not edit by hand, run it again. "
        "The raw figures are in `bench/results/latest.json`.",
        "",
        f"Run of {machine['date']} on {machine['cpu_count']} CPUs ({machine['cpu_model']}), "
        f"{machine['memory_gb']} GB, Python {machine['python']}, "
        f"Qt platform `{machine['qt_platform']}`, commit {machine['git']}. Load average "
        f"at start {_load(machine['load_average_at_start'])}, at end "
        f"{_load(machine.get('load_average_at_end'))}: other work shares this machine, "
        "so figures vary from run to run.",
        "",
        f"Collection: {results['collection']['records']:,} records, "
        f"{results['collection']['megabytes']} MB: {results['collection']['source']}.",
        "",
        "## Budgets",
        "",
        _md_table(
            ("figure", "measured", "budget", "verdict"),
            [(f.name, f.measured, f.budget, f"**{f.verdict}**") for f in figures],
        ),
        "",
        breakdown_md(results),
        "## Query latency against the peers",
        "",
        "The same 62 queries, in the same run; ratios are the engine's figure over the "
        "viewer's (above 1: the viewer is faster). Build: seconds to index the records.",
        "",
    ]
    for key, note in (
        ("peers", "all records"),
        ("peers_subset", "the subset on which Whoosh and lunr.py are measured, see Method"),
    ):
        pool = results[key]
        if pool.get("error"):
            parts += [f"Not measured ({note}): {pool['error']}", ""]
            continue
        parts += [f"### {pool['records']:,} records ({note})", ""]
        parts += [_md_table(PEER_HEADER, peer_rows(pool)), ""]
    parts += [category_md(results["peers"]), typing_md(results), method_md(results)]
    return "\n".join(parts) + "\n"


def _load(value: Any) -> str:
    return " / ".join(f"{v:.2f}" for v in value) if value else "?"


def breakdown_md(results: dict[str, Any]) -> str:
    li = results["load_index"]["median"]
    paint = results["paint"]
    cli = results["cli"]
    return "\n".join(
        [
            "Where the time goes (medians):",
            "",
            f"- loading: reading and parsing the JSON {li['parse_s']:.2f} s "
            f"(`loader.read_json`), schema validation {li['validate_s']:.2f} s "
            "(`loader.validate`), both timed again alone after the load; the rest is "
            "cross-checks and the model;",
            f"- index build: {li['index_until_last_progress_s']:.2f} s until the last "
            f"progress report (documents added), {li['index_tail_s']:.2f} s after it (the "
            "last documents, commit, merge);",
            f"- window: first paint at {paint['first_paint_s']:.2f} s, index ready at "
            f"{paint['index_ready_s']:.2f} s after the process started;",
            f"- command line: `{cli['commands']['viewer']}` {cli['viewer_s']:.2f} s, "
            f"`{cli['commands']['bare']}` {cli['bare_s']:.2f} s.",
            "",
        ]
    )


def category_md(pool: dict[str, Any]) -> str:
    engines = pool.get("engines", {})
    if not engines:
        return ""
    names = list(engines)
    categories = list(dict.fromkeys(c for c, _ in QUERIES))
    rows = [(c, *(f"{engines[n]['category_median_ms'][c]:.2f}" for n in names)) for c in categories]
    return "\n".join(
        [
            f"### Median ms by kind of query, {pool['records']:,} records",
            "",
            _md_table(("queries", *names), rows),
            "",
        ]
    )


def typing_md(results: dict[str, Any]) -> str:
    runs = results["typing"].get("typing", [])
    out = [
        "## Typing in the window",
        "",
        "Per key: when it was due, how late the event loop let it be pressed, when its "
        "results were painted (from when it was due), and the time the UI thread spent "
        "in `SearchPanel._show_result` for its answer.",
        "",
    ]
    for run in runs:
        out += [
            f"`{run['query']}`, one key due every 100 ms; longest stall "
            f"{run['longest_stall_ms']:.0f} ms, at {run['longest_stall_at_ms']:.0f} ms; "
            f"finally: {run['result_count_text']}.",
            "",
        ]
        rows = [
            (
                f"`{k['text']}`",
                f"{k['due_ms']:.0f}",
                f"{max(0.0, k['late_ms']):.0f}",
                "superseded"
                if k["superseded"]
                else ("never" if k["painted_ms"] is None else f"{k['painted_ms']}"),
                "" if k.get("show_result_ms") is None else f"{k['show_result_ms']}",
            )
            for k in run["keys"]
        ]
        header = ("box", "due at ms", "pressed late by ms", "painted after ms", "UI ms to show")
        out += [_md_table(header, rows), ""]
    return "\n".join(out)


def _rates(results: dict[str, Any]) -> str:
    pool = results["peers_subset"]
    engines = pool.get("engines", {})
    rates = [
        f"{name} indexed {pool['records'] / engines[name]['build_s']:.0f} records a second"
        for name in ("whoosh", "lunr")
        if name in engines
    ]
    return " and ".join(rates) + " in this run" if rates else "not measured in this run"


def method_md(results: dict[str, Any]) -> str:
    settings = results["settings"]
    window = {k: results["peers"].get(k, "?") for k in ("window_snippets", "window_limit")}
    by_category: dict[str, list[str]] = {}
    for category, text in QUERIES:
        by_category.setdefault(category, []).append(f"`{text}`")
    queries = "\n".join(f"- {c}: {', '.join(texts)}" for c, texts in by_category.items())
    return f"""## How to run

```sh
make bench            # QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py
.venv/bin/python bench/run.py --passes 5 --runs 3 --subset 4000 --cli-runs 5  # defaults
.venv/bin/python bench/run.py --passes 1 --runs 1 --no-write   # a quick look
```

It builds `bench/results/large.json` ({results["collection"]["megabytes"]:.0f} MB, not
committed) when missing. This run took {results["seconds"] / 60:.1f} minutes.

## Method

Each measurement runs in fresh child processes, one at a time, so no figure inherits
another's caches or memory.

- **Load + validation**: `loader.load(large.json)` (read, JSON parse, JSON Schema
  validation, cross-checks, model), {settings["runs"]} fresh processes, median.
  **Index build**: `SearchIndex(collection)` after it, in the same processes
  (`bench/load_index.py`).
- **First paint**: the parent takes the time, starts `viewer.cli.main(["--data",
  large.json, "--lang", "en"])` (what `resolutions-viewer --data large.json` runs) in
  a child with an application-wide event filter; the child prints a line at the first
  paint of the main window and another when it emits `index_ready`; the parent
  timestamps both lines (`bench/window_probe.py paint`), {settings["runs"]} runs,
  median. The search box's placeholder is sampled every 10 ms meanwhile; a 5 ms
  heartbeat gives the longest stall of the event loop while loading and indexing.
- **Peak memory**: `getrusage(RUSAGE_SELF).ru_maxrss` of the window process of the
  typing test at its end: load, index, window and the searches typed.
- **Query latency** (`bench/peers.py`): the viewer's API is
  `SearchIndex.search(q, limit=50)` then `snippet_html` of the first
  {window["window_snippets"]} hits, which is what the window's search worker does
  (`workers.PREFETCHED_SNIPPETS`, read at run time; the window asks for
  {window["window_limit"]} results, `search_panel.RESULTS_LIMIT`). Other lines read the
  snippets of the first 20 or all 50, or none. After one warm-up pass,
  {settings["passes"]} passes over the queries, engines interleaved query by query in
  an order shuffled for each query (fixed seed; the viewer's variants together, `viewer`
  first): an engine run just after the scan finds the processor's caches emptied, and the
  fixed order used before 2 December put `viewer` there every time (`peers.py
  --fixed-order` keeps it); median and p95 (nearest rank) over all samples (queries ×
  passes). What the index remembers of typed words (variants, short prefixes' terms)
  is forgotten at each pass. The records'
  objects are frozen out of the garbage collector (`gc.freeze()`, after the load and
  after the index build) as the window's loader does.
- **Peers**: every engine indexes the same text (symbol; every text of the record,
  its organ and topics); each query is cut by the viewer's own parser into complete
  words (all required), quoted phrases and the word being typed (a prefix), and each
  peer gets that in its own syntax:
  - raw Tantivy: fields `symbol` and `body` (built-in `en_stem`), words and phrases
    through `parse_query` (conjunctive), a prefix as the word OR a one-word
    `phrase_prefix_query` per field (Tantivy's prefix query, at most 50 terms), as the
    viewer does; top 50 addresses, no document fetched, no snippet (`en_stem` folds no
    accents and a prefix meets stems: "securi", "securit", "sécurité", "Conseil de
    sécurité" and "réfugiés" find nothing there);
  - SQLite FTS5 in memory, `porter unicode61 remove_diacritics 2`:
    `"w1" AND "a phrase" AND ("pre" OR "pre"*)`, `ORDER BY rank LIMIT 50`;
  - Whoosh in RAM, stemming and accent folding, AND group over both fields:
    `w1 "a phrase" (pre OR pre*)`, top 50;
  - lunr.py: no phrase query, so a phrase is all its words required (stop words
    dropped: lunr does not index them); no OR inside a required term, so a prefix is
    the stem of the word typed then `*`: `+w1 +stem(pre)*`; documents folded and their
    punctuation made spaces, as lunr's tokenizer splits only on spaces and hyphens;
  - plain scan: records folded, lower-cased, reduced to words separated by one space
    (once, counted as its build); a query is substring tests (`" word "`,
    `" a phrase "`, `" pre"`) over every record, all matches counted, the first 50
    kept; no ranking, no stemming.
  Symbols are plain words for the peers (`S/RES/242 (1967)` is `s res 242 1967`); the
  viewer also looks them up as symbols. The viewer alone falls back on close spellings
  when nothing matches (the no-hit and French queries pay for that search too). The
  number of results each engine gave for each query is in `latest.json`.
- **Subset**: Whoosh and lunr.py are pure Python: on this machine they index about
  250 and 150 records a second and would take minutes and gigabytes for 32,000. They
  are measured on the first {settings["subset"]:,} records, with the viewer and the
  other peers again on the same records, and their verdicts compare them with the
  viewer at that size.
- **Typing** (`bench/window_probe.py typing`): the real window with the 32,000
  records, once `index_ready` was emitted; `security cou` then `peacekeeping` typed
  with `QTest.keyClick` on `sidebar.search_box`, one key due every 100 ms from the
  first (a key the busy event loop could not take when due is pressed as soon as it
  can, and its delay still counts from when it was due, as a real key waits in the
  queue). A key's results are painted at the first paint of the results list's
  viewport at which `sidebar.is_answered()` is true for that key's text (stamped by a
  zero-delay timer posted from that paint, so after it). A key is superseded when the
  next key is pressed before its results were painted: the debounce
  (`search_panel.DEBOUNCE_MS`) lets a search be skipped, but at 10 keys a second a
  superseded key means its results were not painted within 100 ms, so the budget
  "each key's results painted within 100 ms" counts it as a failure, as it does any
  painted key later than 100 ms.
- **Command line**: `resolutions-viewer search {results["cli"]["query"]!r} --data
  large.json` and `bench/bare_search.py` (json.load, a two-field Tantivy index with
  the default writer, the same query, 20 symbols printed) as whole processes,
  alternated, {settings["cli_runs"]} runs each, medians of the wall time (the budget)
  and of the CPU time (user + system of all threads, from `getrusage`), which other
  work on the machine disturbs less.

Queries ({len(QUERIES)}, `bench/queries.py`, typed as given; the word last typed with
no space after it is a prefix, as in the search box):

{queries}
"""
