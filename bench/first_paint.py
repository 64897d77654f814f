"""Time from process start to the first paint of the window, with a given collection.

Usage: python bench/first_paint.py [--data FILE] [--runs N]
Starts a fresh interpreter each run (the real start-up cost: imports, loading, index,
window) and stops it at the main window's first paint event. Needs a display
(Xvfb) or QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
from viewer.ui.app import create_application
from viewer import cli

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(
            getattr(obj, "window", lambda: None)(), QMainWindow
        ):
            self.done = True
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = create_application()
watch = FirstPaint()
app.installEventFilter(watch)
cli.main(["--data", sys.argv[1]] if sys.argv[1] else [])
"""


def one_run(data: str) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, data], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit("the window never painted")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = [one_run(args.data) for _ in range(args.runs)]
    name = Path(args.data).name if args.data else "bundled collection"
    print(
        f"first paint ({name}, {os.environ['QT_QPA_PLATFORM']}): "
        f"median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
