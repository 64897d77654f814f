"""Scrolling through every result of a broad query: the longest stall of the UI thread.

Usage: python bench/scroll_stall.py [--data FILE] [--query TEXT] [--sort relevance]
                                    [--interval 20] [--mode heartbeat|steps] [--json]
Without --data it builds the 32,000-record collection (bench/make_large.py) in a
temporary folder. Offscreen, the real window: the file is loaded and indexed as at a
start (the index cache in a temporary folder), the query is searched as typed, then the
results list is scrolled a page at a time to its very end.

``heartbeat`` (the budget's figure, as the typing test measures): a timer pages down
every ``--interval`` ms (50 pages a second, faster than a held Page Down) while a 5 ms
heartbeat runs; the longest gap between two beats is the longest stall of the event
loop: a row's paint, fetching a page, a slice of the work done when idle (naming the
rows' paragraphs, who cites whom), whichever came in one go.
``steps``: each page-down is forced to paint at once and every pending event is run
after it; a step's time is all of that together (an upper bound, not a stall).
The issue's budget is 50 ms. Prints figures; asserts nothing.
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
    parser.add_argument("--interval", type=int, default=20, help="ms between page-downs")
    parser.add_argument("--mode", choices=("heartbeat", "steps"), default="heartbeat")
    parser.add_argument("--json", action="store_true", help="also a RESULT line (run.py)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="scroll-stall-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    data = args.data or make_collection(work / "large.json")

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from viewer.ui import app as window_app
    from viewer.ui.main_window import MainWindow

    sys.setswitchinterval(window_app.UI_SWITCH_INTERVAL)  # as run_window sets it

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
    model = sidebar.results_model
    figures: dict[str, object] = {
        "records": len(window.collection.resolutions),
        "query": args.query,
        "sort": args.sort,
        "results": model.total,
        "first_answer_ms": round(first_ms, 1),
        "mode": args.mode,
    }
    if args.mode == "heartbeat":
        figures.update(scroll_with_heartbeat(app, window, args.interval))
    else:
        steps = scroll_in_steps(app, window)
        figures.update(
            steps=len(steps),
            longest_stall_ms=round(max(steps), 1),
            p99_stall_ms=round(statistics.quantiles(steps, n=100)[98], 1),
            median_step_ms=round(statistics.median(steps), 1),
        )
    figures["rows_reached"] = model.rowCount()
    figures["budget_ms"] = BUDGET_MS
    print(json.dumps(figures, indent=2))
    if args.json:
        print("RESULT " + json.dumps(figures), flush=True)
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


def at_end(window) -> bool:  # type: ignore[no-untyped-def]
    bar = window.sidebar.results.verticalScrollBar()
    model = window.sidebar.results_model
    return bar.value() >= bar.maximum() and model.rowCount() >= model.total


def scroll_with_heartbeat(app, window, interval_ms: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Page down on a timer to the end; the heartbeat's gaps, in ms."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    bar = window.sidebar.results.verticalScrollBar()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    loop = QEventLoop()
    pages = [0]

    def page_down() -> None:
        if at_end(window):
            loop.quit()
            return
        bar.setValue(bar.value() + bar.pageStep())
        pages[0] += 1

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(5)
    heart.timeout.connect(beat)
    scroller = QTimer()
    scroller.setTimerType(Qt.TimerType.PreciseTimer)
    scroller.setInterval(interval_ms)
    scroller.timeout.connect(page_down)
    begin = time.perf_counter()
    heart.start()
    scroller.start()
    loop.exec()
    heart.stop()
    scroller.stop()
    return {
        "pages": pages[0],
        "seconds": round(time.perf_counter() - begin, 1),
        "interval_ms": interval_ms,
        "longest_stall_ms": round(max(gaps), 1),
        "p99_gap_ms": round(statistics.quantiles(gaps, n=100)[98], 1),
        "gaps_over_budget": sum(1 for gap in gaps if gap > BUDGET_MS),
    }


def scroll_in_steps(app, window) -> list[float]:  # type: ignore[no-untyped-def]
    """Page down until the last result is on screen; each step's time, in ms."""
    view = window.sidebar.results
    bar = view.verticalScrollBar()
    steps = []
    while not at_end(window):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()  # painted now: the rows' snippets are made here
        app.processEvents()  # fetchMore, the idle slices, the rows named: all here
        steps.append((time.perf_counter() - start) * 1000)
    return steps


if __name__ == "__main__":
    sys.exit(main())
