"""The benchmark of issue 6, in one command: ``make bench`` (not part of ``make test``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--passes 5] [--runs 3]

Every figure is measured by this run, printed beside its budget with PASS or FAIL, and
written to ``bench/results/latest.json`` and ``docs/performance.md`` (both generated:
edit this script, never the figures).

Method, step by step (each step in fresh child processes, so that no measurement
inherits another's caches or memory):

1. ``bench/results/large.json``: the 800 real texts of ``../shared/corpora/unsc-en.json``
   repeated with renumbered symbols to 32,000 records (``bench/make_large.py``).
2. Load + validation, index build, headless peak memory: ``bench/load_index.py``,
   ``--runs`` fresh processes, median (memory: the largest).
3. First paint and index ready: ``bench/window_probe.py paint``, the real
   ``resolutions-viewer --data large.json`` entry point; times from before the process
   was started to the first paint of the main window, and to its ``index_ready``;
   ``--runs`` processes, median. The search box's placeholder is sampled meanwhile.
4. Responsiveness: ``bench/scroll_stall.py`` pages down through every result of a
   query matching all 32,000 records, 50 pages a second, under a 5 ms heartbeat (the
   longest gap is the longest stall); and ``bench/window_probe.py typing``: the same
   window, once indexed,
   gets two 12-character queries typed at 10 keys per second; a 5 ms heartbeat gives
   the longest stall of the event loop, and each key the delay until its results were
   painted. This process's peak RSS is the peak memory figure (load, index, window,
   searches).
5. Query latency: ``bench/peers.py`` on all 32,000 records (viewer, raw Tantivy, SQLite
   FTS5, plain scan), then on the first ``--subset`` records (the same and Whoosh,
   lunr.py, which take minutes and gigabytes to index all 32,000 in pure Python).
   ``--passes`` timed passes of the 62 queries of ``bench/queries.py`` after a warm-up
   pass, engines interleaved; median and p95 over all samples.
6. ``resolutions-viewer search QUERY --data large.json`` against
   ``bench/bare_search.py`` (json.load, a plain Tantivy index, the query), both as whole
   processes, alternated, ``--cli-runs`` each, medians (wall time; CPU time too): the
   search command with a warm index cache and with an empty one (it builds and caches).
7. Soak (issue 11): ``bench/soak.py``, the window through 2,000 tree moves and 500
   typed searches; the references to True/None lost (PySide6 6.12.0 lost one per emit).
8. Extreme files (issue 11): ``bench/extreme_files.py``, the longest stall of the UI
   thread on a 1,000,000-character word, a 500,000-character title, 50 MB of words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import make_large
import report
from queries import QUERIES
from stats import median, p95

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
LARGE = RESULTS / "large.json"
LATEST = RESULTS / "latest.json"
DOC = ROOT / "docs" / "performance.md"
RECORDS = 32_000
CLI_QUERY = "security council"
MAIN_ENGINES = (
    "viewer",
    "viewer_20",
    "viewer_all50",
    "viewer_nosnippets",
    "tantivy",
    "fts5",
    "scan",
)
SUBSET_ENGINES = ("viewer", "tantivy", "fts5", "whoosh", "lunr", "scan")
PACKAGES = (
    "resolutions-viewer",
    "tantivy",
    "PySide6-Essentials",
    "jsonschema-rs",
    "Whoosh",
    "lunr",
    "psutil",
)
_STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:6.1f} s] {message}", flush=True)


# -- child processes ------------------------------------------------------------------


@dataclass
class ChildRun:
    result: dict[str, Any]
    stamps: dict[str, float]  # a marker line printed by the child -> seconds from start
    seconds: float


class ChildError(RuntimeError):
    pass


def child_env(config_home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Settings of their own: a user's remembered window or language changes nothing.
    env["XDG_CONFIG_HOME"] = config_home
    # An empty index cache of their own: each child starts as at a first start (the
    # command-line figures set the cache they measure, see timed_process).
    env["XDG_CACHE_HOME"] = str(Path(config_home) / "cache")
    return env


def run_child(args: list[str], timeout: float) -> ChildRun:
    """Run a child; timestamp its marker lines on our clock; parse its RESULT line."""
    stamps: dict[str, float] = {}
    result: dict[str, Any] | None = None
    with (
        tempfile.TemporaryFile(mode="w+") as errors,
        tempfile.TemporaryDirectory(prefix="bench-config-") as config,
    ):
        start = time.perf_counter()
        process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=errors, text=True, env=child_env(config), cwd=ROOT
        )
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                now = time.perf_counter() - start
                if line.startswith("RESULT "):
                    result = json.loads(line[len("RESULT ") :])
                elif line.strip().isupper():
                    stamps.setdefault(line.strip(), now)
            code = process.wait()
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - start
        if result is None or code != 0:
            errors.seek(0)
            tail = errors.read()[-2000:]
            killed = " (killed: time limit)" if seconds >= timeout else ""
            raise ChildError(f"{' '.join(args[1:3])} failed{killed}, exit {code}:\n{tail}")
    return ChildRun(result, stamps, seconds)


def python(script: str, *args: str) -> list[str]:
    return [sys.executable, str(BENCH / script), *args]


# -- the steps ------------------------------------------------------------------------


def ensure_large() -> dict[str, Any]:
    """Write the 32,000-record file unless an up-to-date one is there."""
    sources = (make_large.CORPUS, BENCH / "make_large.py")
    fresh = LARGE.exists() and all(LARGE.stat().st_mtime > s.stat().st_mtime for s in sources)
    if not fresh:
        RESULTS.mkdir(parents=True, exist_ok=True)
        document = make_large.build(RECORDS)
        LARGE.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return {
        "path": str(LARGE.relative_to(ROOT)),
        "records": RECORDS,
        "megabytes": round(LARGE.stat().st_size / 1e6, 1),
        "source": "the 800 texts of ../shared/corpora/unsc-en.json, repeated, renumbered",
    }


def measure_load_index(runs: int) -> dict[str, Any]:
    done = [run_child(python("load_index.py", str(LARGE)), 300).result for _ in range(runs)]
    keys = [k for k in done[0] if k.endswith("_s")]
    summary = {k: median(r[k] for r in done) for k in keys}
    summary["peak_rss_mb"] = max(r["peak_rss_mb"] for r in done)
    return {"runs": done, "median": summary}


def measure_paint(runs: int) -> dict[str, Any]:
    done = []
    for _ in range(runs):
        child = run_child(python("window_probe.py", "paint", str(LARGE)), 300)
        done.append(
            {
                "first_paint_s": child.stamps.get("PAINTED"),
                "index_ready_s": child.stamps.get("INDEXED"),
                "index_seconds": child.result.get("index_seconds"),
                "loading_longest_stall_ms": child.result.get("loading_longest_stall_ms"),
                "placeholders": child.result.get("placeholders", []),
                "peak_rss_mb": child.result.get("peak_rss_mb"),
            }
        )
    return {
        "runs": done,
        "first_paint_s": median(r["first_paint_s"] for r in done),
        "index_ready_s": median(r["index_ready_s"] for r in done),
    }


def measure_typing() -> dict[str, Any]:
    child = run_child(python("window_probe.py", "typing", str(LARGE)), 300)
    result = child.result
    result["first_paint_s"] = child.stamps.get("PAINTED")
    result["index_ready_s"] = child.stamps.get("INDEXED")
    return result


def measure_peers(records: int | None, engines: tuple[str, ...], passes: int) -> dict[str, Any]:
    args = ["--data", str(LARGE), "--engines", ",".join(engines), "--passes", str(passes)]
    if records is not None:
        args += ["--records", str(records)]
    try:
        raw = run_child(python("peers.py", *args), 1200).result
    except ChildError as error:
        return {"error": str(error), "records": records, "engines": {}}
    return summarise_peers(raw)


def _cpu_summary(by_query: dict[str, list[float]]) -> dict[str, float]:
    """Median and p95 of the CPU time samples, when the child measured them."""
    samples = [s for values in by_query.values() for s in values]
    if not samples:
        return {}
    return {"cpu_median_ms": median(samples), "cpu_p95_ms": p95(samples)}


def summarise_peers(raw: dict[str, Any]) -> dict[str, Any]:
    categories = dict((text, category) for category, text in QUERIES)
    engines: dict[str, Any] = {}
    for name, by_query in raw["samples"].items():
        samples = [s for values in by_query.values() for s in values]
        by_category: dict[str, list[float]] = {}
        for text, values in by_query.items():
            by_category.setdefault(categories[text], []).extend(values)
        engines[name] = {
            "build_s": raw["build_seconds"].get(name, raw["build_seconds"].get("viewer")),
            "median_ms": median(samples),
            "p95_ms": p95(samples),
            "samples": len(samples),
            **_cpu_summary(raw.get("cpu_samples", {}).get(name, {})),
            "category_median_ms": {c: median(v) for c, v in by_category.items()},
            "query_median_ms": {q: round(median(v), 3) for q, v in by_query.items()},
            "hits": raw["hits"][name],
        }
    window = {k: raw[k] for k in ("window_snippets", "window_limit")}
    filters = raw.get("filters") or {}
    if filters.get("wall_ms"):
        filters = {
            "p95_ms": p95(filters["wall_ms"]),
            "median_ms": median(filters["wall_ms"]),
            "cpu_p95_ms": p95(filters["cpu_ms"]),
            "samples": len(filters["wall_ms"]),
            "totals": filters["totals"],
        }
    return {"records": raw["records"], **window, "engines": engines, "filters": filters}


def timed_process(command: list[str], cache: str | None = None) -> tuple[float, float]:
    """Wall seconds of a whole process, and the CPU seconds (user + system) it used;
    ``cache``: the XDG_CACHE_HOME it is given (the index cache lives there)."""
    with tempfile.TemporaryDirectory(prefix="bench-config-") as config:
        env = child_env(config)
        if cache is not None:
            env["XDG_CACHE_HOME"] = cache
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, used


def measure_cli(runs: int) -> dict[str, Any]:
    """The search command with a warm cache (its index built by an earlier run), with
    no cache (an empty cache folder: it builds, and writes the cache), and the bare
    script; alternated, so that noise falls on all three."""
    viewer_cli = Path(sys.executable).with_name("resolutions-viewer")
    viewer = [str(viewer_cli), "search", CLI_QUERY, "--data", str(LARGE)]
    commands = {
        "warm": viewer,
        "cold": viewer,
        "bare": python("bare_search.py", str(LARGE), CLI_QUERY),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as warm_cache:
        timed_process(viewer, warm_cache)  # fills the warm cache
        for _ in range(runs):
            for name, command in commands.items():
                with tempfile.TemporaryDirectory(prefix="bench-cold-") as cold_cache:
                    cache = {"warm": warm_cache, "cold": cold_cache}.get(name, cold_cache)
                    wall, used = timed_process(command, cache)
                times[name].append(wall)
                cpu[name].append(used)
    warm, cold, bare = (median(times[name]) for name in ("warm", "cold", "bare"))
    return {
        "query": CLI_QUERY,
        "viewer_s": cold,
        "warm_s": warm,
        "bare_s": bare,
        "ratio": cold / bare,
        "warm_ratio": warm / bare,
        "cpu_ratio": median(cpu["cold"]) / median(cpu["bare"]),
        "times": times,
        "cpu_seconds": cpu,
        "commands": {
            "viewer": f"resolutions-viewer search {CLI_QUERY!r} --data {LARGE.relative_to(ROOT)}",
            "bare": f"python bench/bare_search.py {LARGE.relative_to(ROOT)} {CLI_QUERY!r}",
        },
    }


# -- facts about the machine ----------------------------------------------------------


def machine_facts() -> dict[str, Any]:
    import psutil

    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    versions["sqlite"] = sqlite3.sqlite_version
    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu_physical": psutil.cpu_count(logical=False),
        "cpu_model": _cpu_model(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "packages": versions,
        "git": _git_state(),
        "load_average_at_start": os.getloadavg(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _git_state() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--", "src", "pyproject.toml")
    return commit + (" (src/ with uncommitted changes)" if changed else " (src/ as committed)")


# -- main -----------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=5, help="timed passes of the queries")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure")
    parser.add_argument("--subset", type=int, default=4000, help="records for Whoosh, lunr")
    parser.add_argument("--cli-runs", type=int, default=5, help="runs of each command line")
    parser.add_argument("--no-write", action="store_true", help="print only")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: dict[str, Any] = {"machine": machine_facts()}
    log(f"collection: {LARGE.relative_to(ROOT)}")
    results["collection"] = ensure_large()
    log(f"load + validation + index build: {args.runs} fresh processes")
    results["load_index"] = measure_load_index(args.runs)
    log(f"window: first paint and index ready, {args.runs} fresh processes")
    results["paint"] = measure_paint(args.runs)
    log("window: typing at 10 keys per second")
    results["typing"] = measure_typing()
    log("window: paging down through every result of 'council', 50 pages a second")
    scroll = python("scroll_stall.py", "--data", str(LARGE), "--json")
    results["scroll"] = run_child(scroll, 900).result
    log(f"scroll: {results['scroll']}")
    log(f"query latency on {RECORDS} records: {', '.join(MAIN_ENGINES)}")
    results["peers"] = measure_peers(None, MAIN_ENGINES, args.passes)
    log(f"query latency on {args.subset} records: {', '.join(SUBSET_ENGINES)}")
    results["peers_subset"] = measure_peers(args.subset, SUBSET_ENGINES, args.passes)
    log("soak: the window through 2,000 tree moves and 500 searches (issue 11)")
    results["soak"] = run_child(python("soak.py"), 900).result
    log(f"soak: {results['soak']}")
    log("extreme files: the longest stall opening and showing each (issue 11)")
    results["extreme_files"] = run_child(python("extreme_files.py"), 900).result
    log(f"extreme files: {results['extreme_files']}")
    log(f"command line against a bare script, {args.cli_runs} runs each")
    results["reading"] = {  # issue 12: structure, longest page, reference index
        "structure": run_child(python("structure.py", "--json"), 600).result,
        "references": run_child(python("references.py", "--json"), 900).result,
    }
    log(f"reading: {results['reading']}")
    results["cli"] = measure_cli(args.cli_runs)
    results["machine"]["load_average_at_end"] = os.getloadavg()
    results["settings"] = {
        "passes": args.passes,
        "runs": args.runs,
        "subset": args.subset,
        "cli_runs": args.cli_runs,
    }
    results["seconds"] = time.perf_counter() - _STARTED
    log("done")

    figures = report.evaluate(results)
    results["figures"] = [figure.as_json() for figure in figures]
    print()
    print(report.text_table(figures))
    print()
    print(report.text_peers(results))
    if not args.no_write:
        LATEST.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        DOC.write_text(report.markdown(results, figures), encoding="utf-8")
        print(f"\nwritten: {LATEST.relative_to(ROOT)}, {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
