"""Who cites whom (core/reference_index.py), built in the window's idle moments once
the collection's search index is ready: 6-8 s of CPU for 32,000 records, in slices of a
few milliseconds every 20 ms when no event waits, so that it slows neither typing nor scrolling.
(On a thread it held the GIL against the UI thread: each call from Qt into Python waited
up to the interpreter's switch interval, and scrolling stalled for hundreds of ms.)
A newer collection cancels the build under way."""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from viewer.core.collection import Collection
    from viewer.core.reference_index import Builder

SLICE_SECONDS = 0.005  # a key pressed meanwhile waits at most this long
INTERVAL_MS = 20


class ReferenceWorker(QObject):
    built = Signal(object, object)  # the Collection, its ReferenceIndex

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._builder: Builder | None = None
        # A slice every 20 ms, once the events waiting are handled: a quarter of the
        # interpreter at most, so the search thread is not starved of it while typing
        # (back to back, slices left it the GIL only at each switch interval).
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._slice)

    def build(self, collection: Collection) -> None:
        """Index ``collection`` a slice at a time, from the next idle moment."""
        from viewer.core.reference_index import Builder

        self._builder = Builder(collection)
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._builder = None

    def shutdown(self) -> None:
        self.cancel()

    def _slice(self) -> None:
        builder = self._builder
        if builder is None:
            self._timer.stop()
            return
        done = builder.step(SLICE_SECONDS)
        # What the slice made stays as long as the collection: out of the collector's
        # passes, which walk everything not frozen (150 ms over a finished index of
        # 32,000 records, and they come the more often the more it grows). The young
        # garbage is collected first (a few thousand objects) so that none is kept.
        gc.collect(1)
        gc.freeze()
        if done:
            self.cancel()
            # RuntimeError: the window is gone meanwhile.
            with contextlib.suppress(RuntimeError):
                self.built.emit(builder.collection, builder.index)
