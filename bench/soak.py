"""Soak: the real window through many tree moves and typed searches, with the
reference counts of True and None watched all along (issue 11, item 1).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py [--moves 2000] [--searches 500]
                                                             [--data FILE]

PySide6/shiboken6 6.12.0 on CPython 3.11 dropped one reference to True or None at each
``Signal.emit()``: the window aborted ("Fatal Python error: none_dealloc", exit 134)
after about 390 Down presses or 125 typed searches. This script drives what a user
does (Down in the tree, Home at its end; a query typed key by key, its results awaited,
Esc) and prints the figures: actions done, seconds, and how far each count moved.
Exit 1 when a count fell by more than ``--tolerance`` (counts rise as the window keeps
new objects that refer to None; only a fall is references lost); a broken release
rarely gets that far: it dies with exit 134. ``make bench`` runs the long version; the test suite
runs a short one (tests/ui/test_soak.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.core import loader, resources
from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "unsc-en.json"
QUERIES = ("terror", "interpol", "sanctions", "s/res/2396", "fo", "police coop", "2396", "xq")
SETTLE_SECONDS = 10.0  # the longest wait for one answer before the soak gives up


def wait_until(app: QApplication, condition, what: str) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"soak: gave up waiting for {what}")
        app.processEvents()
        time.sleep(0.001)


def tree_moves(app: QApplication, window: MainWindow, moves: int) -> None:
    tree = window.sidebar.tree
    tree.expandAll()
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(moves):
        before = tree.currentIndex()
        QTest.keyClick(tree, Qt.Key.Key_Down)
        if tree.currentIndex() == before:  # the last row: start again at the top
            QTest.keyClick(tree, Qt.Key.Key_Home)
        app.processEvents()


def searches(app: QApplication, window: MainWindow, count: int) -> None:
    box = window.sidebar.search_box
    for i in range(count):
        box.setFocus()
        QTest.keyClicks(box, QUERIES[i % len(QUERIES)])
        wait_until(app, lambda: window.sidebar.is_answered(), "a search's results")
        QTest.keyClick(box, Qt.Key.Key_Escape)
        app.processEvents()


def soak(data: Path, moves: int, searches_count: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    favourites = FavouritesStore(folder / "favourites.json")
    window = MainWindow(loader.load(data), "en", settings, favourites=favourites)
    window.show()
    wait_until(app, lambda: window.sidebar.index is not None, "the index")
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    start = time.perf_counter()
    tree_moves(app, window, moves)
    searches(app, window, searches_count)
    seconds = time.perf_counter() - start
    figures = {
        "moves": moves,
        "searches": searches_count,
        "seconds": round(seconds, 2),
        "true_drift": sys.getrefcount(True) - true_before,
        "none_drift": sys.getrefcount(None) - none_before,
    }
    window.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--moves", type=int, default=2000)
    parser.add_argument("--searches", type=int, default=500)
    parser.add_argument("--tolerance", type=int, default=100)
    default = CORPUS if CORPUS.exists() else resources.bundled_collection()
    parser.add_argument("--data", type=Path, default=default)
    args = parser.parse_args(argv)
    figures = soak(args.data, args.moves, args.searches)
    print("RESULT " + json.dumps(figures), flush=True)  # the line bench/run.py reads
    lost = -min(figures["true_drift"], figures["none_drift"])
    return 1 if lost > args.tolerance else 0


if __name__ == "__main__":
    sys.exit(main())
