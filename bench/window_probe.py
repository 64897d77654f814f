"""The real window, started as a user starts it, watched from inside its process.

Run by ``bench/run.py`` as a child process (``QT_QPA_PLATFORM=offscreen``):

    python bench/window_probe.py paint FILE    # first paint, then index ready, then quit
    python bench/window_probe.py typing FILE   # ... then type queries, then quit

The child runs ``viewer.cli.main(["--data", FILE, "--lang", "en"])``, the very entry point
of ``resolutions-viewer --data FILE``: the window is shown, paints, and only then loads
the file and builds the index on worker threads. An application-wide event filter
prints ``PAINTED`` at the first paint of the main window, and ``INDEXED`` when the window
emits ``index_ready``; the parent timestamps these lines against its own clock, taken
before it started the process. Meanwhile the search box's placeholder is sampled every
10 ms (it shows "Indexing… N%" while the index is built) and a 5 ms heartbeat timer
records how long the event loop was kept from running (longest gap between beats).

``typing``: once the index is ready (and 300 ms of quiet), each query of ``TYPED`` is
typed into ``sidebar.search_box`` with ``QTest.keyClick``, one key due every 100 ms (10
keys per second) from the first, by a precise single-shot ``QTimer``. A key is pressed
when due or, if the event loop was busy then, as soon as it is free (as a real key
would wait in the queue); its delay counts from when it was due. For each key: when
its results were painted, i.e. the first paint of the results list's viewport at which
``sidebar.is_answered()`` is true and the box holds that key's text (stamped by a
zero-delay timer posted from that paint, so after the paint completed). A key whose
results were not painted before the next key was pressed is "superseded". The 5 ms
heartbeat runs from the first key to 300 ms after the last key's results.

For the diagnosis, the time the UI thread spends in ``SearchPanel._show_result`` for
each answer is recorded too. The last line printed is ``RESULT <json>``, with the process's peak RSS
(``getrusage(RUSAGE_SELF).ru_maxrss``).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from viewer import cli
from viewer.ui.app import create_application

TYPED = ("security cou", "peacekeeping")
KEY_INTERVAL_MS = 100
HEARTBEAT_MS = 5
SETTLE_MS = 300
ANSWER_TIMEOUT_MS = 2000


class Heartbeat(QObject):
    """A precise timer; the longest gap between two beats is the longest stall."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.longest = 0.0
        self.longest_at = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()

    def stop(self) -> None:
        self._beat()
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > self.longest:
            self.longest, self.longest_at = gap, now
        self._last = now


class Typist(QObject):
    """Types each query of TYPED, one key per interval, and times its results' paint."""

    def __init__(self, window: Any, done: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.sidebar
        self.box = self.panel.search_box
        self._done = done
        self.heartbeat = Heartbeat(self)
        self.runs: list[dict[str, Any]] = []
        self._keys: list[dict[str, Any]] = []
        self._text = ""
        self._key_timer = QTimer(self)
        self._key_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._key_timer.setSingleShot(True)
        self._key_timer.timeout.connect(self._press_next)
        self._first_due = 0.0
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._finish_query)
        self.panel.results.viewport().installEventFilter(self)
        self._queue = list(TYPED)
        self._show_ms: dict[str, float] = {}
        self._time_show_result()

    def _time_show_result(self) -> None:
        """For the diagnosis only: how long the UI thread spends putting one answer on
        screen (``SearchPanel._show_result``, a private method: skipped if renamed)."""
        original = getattr(self.panel, "_show_result", None)
        if original is None:
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self._show_ms[self.box.text()] = (time.perf_counter() - start) * 1000

        self.panel._show_result = timed

    def start(self) -> None:
        self.box.setFocus()
        self._next_query()

    def _next_query(self) -> None:
        if not self._queue:
            self._done(self.runs)
            return
        self.panel.clear_search()
        self._text = self._queue.pop(0)
        self._keys = []
        self._show_ms = {}
        QTimer.singleShot(SETTLE_MS, self._begin)

    def _begin(self) -> None:
        self.heartbeat.start()
        self._first_due = time.perf_counter()
        self._press_next()

    def _press_next(self) -> None:
        """Press the next key. A key is due every interval from the first; when the
        event loop was busy at that time, the key is pressed late, as a real key would
        wait in the queue, and its delay still counts from when it was due."""
        index = len(self._keys)
        due = self._first_due + index * KEY_INTERVAL_MS / 1000
        pressed = time.perf_counter()
        QTest.keyClick(self.box, self._text[index])
        self._keys.append(
            {
                "text": self.box.text(),
                "due": due,
                "late_ms": (pressed - due) * 1000,
                "painted": None,
                "superseded": False,
            }
        )
        if index and self._keys[-2]["painted"] is None:
            self._keys[-2]["superseded"] = True
        if len(self._keys) < len(self._text):
            next_due = due + KEY_INTERVAL_MS / 1000
            wait_ms = max(0, round((next_due - time.perf_counter()) * 1000))
            self._key_timer.start(wait_ms)
        else:
            self._deadline.start(ANSWER_TIMEOUT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._keys
            and self._keys[-1]["painted"] is None
            and self.panel.is_answered()
            and self.box.text() == self._keys[-1]["text"]
        ):
            key = self._keys[-1]
            key["painted"] = -1.0  # claimed: stamped once this paint is over
            QTimer.singleShot(0, lambda: self._stamp(key))
        return False

    def _stamp(self, key: dict[str, Any]) -> None:
        key["painted"] = time.perf_counter()
        if key is self._keys[-1] and len(self._keys) == len(self._text):
            self._deadline.start(SETTLE_MS)  # the tail: keep the heartbeat a little longer

    def _finish_query(self) -> None:
        self.heartbeat.stop()
        first = self._first_due
        keys = [
            {
                "text": k["text"],
                "due_ms": round((k["due"] - first) * 1000, 1),
                "late_ms": round(k["late_ms"], 1),
                "painted_ms": (
                    round((k["painted"] - k["due"]) * 1000, 1)
                    if k["painted"] and k["painted"] > 0
                    else None
                ),
                "superseded": k["superseded"],
                "show_result_ms": (
                    round(self._show_ms[k["text"]], 1) if k["text"] in self._show_ms else None
                ),
            }
            for k in self._keys
        ]
        self.runs.append(
            {
                "query": self._text,
                "keys": keys,
                "longest_stall_ms": round(self.heartbeat.longest * 1000, 1),
                "longest_stall_at_ms": round((self.heartbeat.longest_at - first) * 1000, 1),
                "result_count_text": self.panel.count_label.text(),
            }
        )
        self._next_query()


class Probe(QObject):
    """Watches the whole application: first paint, index ready, progress, stalls."""

    def __init__(self, app: QApplication, mode: str) -> None:
        super().__init__(app)
        self.app = app
        self.mode = mode
        self.window: Any = None
        self.result: dict[str, Any] = {"mode": mode}
        self._start = time.perf_counter()
        self._placeholders: list[tuple[float, str]] = []
        self._sampler = QTimer(self)
        self._sampler.setInterval(10)
        self._sampler.timeout.connect(self._sample_placeholder)
        self.loading_heartbeat = Heartbeat(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.window is None and event.type() == QEvent.Type.Paint:
            window = watched.window() if hasattr(watched, "window") else None
            if isinstance(window, QMainWindow):
                self._on_first_paint(window)
        return False

    def _on_first_paint(self, window: Any) -> None:
        print("PAINTED", flush=True)
        self.window = window
        self.result["painted_s"] = time.perf_counter() - self._start
        window.index_ready.connect(self._on_index_ready)
        self._sampler.start()
        self.loading_heartbeat.start()
        self._sample_placeholder()

    def _sample_placeholder(self) -> None:
        text = self.window.sidebar.search_box.placeholderText()
        if not self._placeholders or self._placeholders[-1][1] != text:
            self._placeholders.append((time.perf_counter() - self._start, text))

    def _on_index_ready(self) -> None:
        print("INDEXED", flush=True)
        self._sample_placeholder()
        self._sampler.stop()
        self.loading_heartbeat.stop()
        self.result["indexed_s"] = time.perf_counter() - self._start
        self.result["index_seconds"] = self.window.index_seconds
        self.result["loading_longest_stall_ms"] = round(self.loading_heartbeat.longest * 1000, 1)
        self.result["placeholders"] = [
            {"at_s": round(at, 3), "text": text} for at, text in self._placeholders
        ]
        self.app.removeEventFilter(self)
        if self.mode == "typing":
            typist = Typist(self.window, self._typed)
            QTimer.singleShot(SETTLE_MS, typist.start)
        else:
            QTimer.singleShot(0, self.app.quit)

    def _typed(self, runs: list[dict[str, Any]]) -> None:
        self.result["typing"] = runs
        QTimer.singleShot(0, self.app.quit)


def main() -> None:
    mode, data = sys.argv[1], sys.argv[2]
    app = create_application()
    probe = Probe(app, mode)
    app.installEventFilter(probe)
    code = cli.main(["--data", data, "--lang", "en"])
    probe.result["exit_code"] = code
    probe.result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(probe.result), flush=True)


if __name__ == "__main__":
    main()
