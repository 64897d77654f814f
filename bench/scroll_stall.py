"""Scrolling through every result of a broad query: the longest stall of the UI thread.

Usage: python bench/scroll_stall.py [--data FILE] [--query TEXT] [--sort relevance]
Without --data it builds the 32,000-record collection (bench/make_large.py) in a
temporary folder. Offscreen, the real window: the file is loaded and indexed as at a
start (the index cache in a temporary folder), the query is searched as typed, then the
results list is scrolled a page at a time to its very end, each step painted. Each
step's time (scroll, fetchMore when the list reaches its end, the rows' snippets and
paint) is one stall of the event loop; the issue's budget is 50 ms for the longest.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path)
    parser.add_argument("--query", default="council")
    parser.add_argument("--sort", default="relevance")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="scroll-stall-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    data = args.data or make_collection(work / "large.json")

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from viewer.ui.main_window import MainWindow

    window = MainWindow(None, "en", None)
    window.resize(1200, 800)
    window.show()
    window.load_file(str(data))
    wait(app, lambda: window.sidebar.index is not None, 600)
    sidebar = window.sidebar
    sidebar.set_sort(args.sort)
    start = time.perf_counter()
    sidebar.search_for(args.query)
    wait(app, sidebar.is_answered, 60)
    first_ms = (time.perf_counter() - start) * 1000
    steps = scroll_to_end(app, window)
    model = sidebar.results_model
    figures = {
        "records": len(window.collection.resolutions),
        "query": args.query,
        "sort": args.sort,
        "results": model.total,
        "rows_reached": model.rowCount(),
        "first_answer_ms": round(first_ms, 1),
        "steps": len(steps),
        "longest_stall_ms": round(max(steps), 1),
        "p99_stall_ms": round(statistics.quantiles(steps, n=100)[98], 1),
        "median_step_ms": round(statistics.median(steps), 1),
        "budget_ms": BUDGET_MS,
    }
    print(json.dumps(figures, indent=2))
    window.shutdown()
    return 0


def make_collection(out: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_large

    out.write_text(json.dumps(make_large.build(32_000)), encoding="utf-8")
    return out


def wait(app, ready, seconds: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.005)


def scroll_to_end(app, window) -> list[float]:  # type: ignore[no-untyped-def]
    """Page down until the last result is on screen; each step's time, in ms."""
    view = window.sidebar.results
    model = window.sidebar.results_model
    bar = view.verticalScrollBar()
    steps = []
    while True:
        at_end = bar.value() >= bar.maximum() and model.rowCount() >= model.total
        if at_end:
            return steps
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()  # painted now: the rows' snippets are made here
        app.processEvents()  # fetchMore, when the list reached its end, runs here
        steps.append((time.perf_counter() - start) * 1000)


if __name__ == "__main__":
    sys.exit(main())
