"""The longest stall of the window on extreme but valid collections (issue 11, item 5).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/extreme_files.py [--cases NAME ...]

Budget: no step of the UI stalls more than 250 ms on any file the loader accepts.
Before the fix one unbroken word of 1,000,000 characters froze the window for 76 s, a
500,000-character title 41 s, 50 MB of ordinary words 21 s. Each case is the bundled
collection with one record made extreme, written to a file and opened by the real
window (loader thread, index, tree, page); a 5 ms heartbeat on the UI thread gives the
longest gap in each phase: loading (while the worker reads and indexes), opening the
record, the next part of its text, a search, the overview. Prints one line per case
and a RESULT line (JSON) for bench/run.py.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from viewer.core import resources
from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow

BUDGET_MS = 250
WORDS = "the council calls upon member states to cooperate with interpol on terrorism "


def word_1m(record: dict) -> None:
    record["text"] = {"en": "x" * 1_000_000}


def title_500k(record: dict) -> None:
    record["title"] = {"en": "t" * 500_000}


def words_50mb(record: dict) -> None:
    record["text"] = {"en": WORDS * (50_000_000 // len(WORDS))}


def baseline(record: dict) -> None:
    """The bundled collection as it is: the window's own floor on this machine."""


CASES: dict[str, Callable[[dict], None]] = {
    "baseline": baseline,
    "word_1m": word_1m,
    "title_500k": title_500k,
    "words_50mb": words_50mb,
}


class Heartbeat:
    """The longest gap between two ticks of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = self.clock.elapsed()
        self.longest = 0


def settle(app: QApplication, condition: Callable[[], bool], seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)


def phase(app: QApplication, beat: Heartbeat, action: Callable[[], None]) -> int:
    """The longest stall (ms) of an action run on the UI thread, and of what it
    leaves to the event loop (layout, paint) in the next 300 ms."""
    beat.reset()
    start = beat.clock.elapsed()
    action()
    longest = beat.clock.elapsed() - start
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        app.processEvents()
    return max(longest, beat.longest)


def run_case(app: QApplication, name: str, folder: Path) -> dict[str, int]:
    document = json.loads(resources.bundled_collection().read_text(encoding="utf-8"))
    document = copy.deepcopy(document)
    record = document["resolutions"][0]
    CASES[name](record)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, "en", settings, favourites=FavouritesStore(folder / "f.json"))
    window.resize(1100, 750)
    window.show()
    beat = Heartbeat()
    figures: dict[str, int] = {}
    beat.reset()
    window.load_file(str(path))
    settle(app, lambda: window.sidebar.index is not None)
    figures["loading"] = beat.longest
    figures["open"] = phase(app, beat, lambda: window.open_symbol(record["symbol"]))
    figures["next_part"] = phase(app, beat, lambda: window._on_page_action("text-part/1"))
    figures["search"] = phase(
        app,
        beat,
        lambda: (window.sidebar.search_for("interpol"), settle(app, window.sidebar.is_answered)),
    )
    figures["overview"] = phase(app, beat, window.navigation.show_overview)
    window.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", nargs="+", choices=tuple(CASES), default=list(CASES))
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="extreme-") as folder:
        for name in args.cases:
            results[name] = run_case(app, name, Path(folder))
            worst = max(results[name].values())
            verdict = "PASS" if worst <= BUDGET_MS else "FAIL"
            print(
                f"{name}: longest stall {worst} ms (budget {BUDGET_MS}) {verdict} {results[name]}",
                file=sys.stderr,
                flush=True,
            )
    print("RESULT " + json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
