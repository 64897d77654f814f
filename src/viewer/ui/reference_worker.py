"""Who cites whom (core/reference_index.py), built on a thread once the collection's
search index is ready: 6-8 s of CPU for 32,000 records that must slow neither the first
paint nor the search index. A newer collection cancels the build under way."""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from viewer.core.collection import Collection


class ReferenceWorker(QObject):
    built = Signal(object, object)  # the Collection, its ReferenceIndex

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None

    def build(self, collection: Collection) -> None:
        """Index ``collection`` on a daemon thread (quitting never waits for it)."""
        self.cancel()
        cancel = threading.Event()
        self._cancel = cancel
        thread = threading.Thread(
            target=self._run, args=(collection, cancel), name="references", daemon=True
        )
        thread.start()
        self._thread = thread

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def shutdown(self, seconds: float = 2.0) -> None:
        """Cancel and wait a little: the build stops within a few hundred records, and
        a thread still running Python code while the interpreter ends may crash it."""
        self.cancel()
        if self._thread is not None:
            self._thread.join(seconds)
            self._thread = None

    def _run(self, collection: Collection, cancel: threading.Event) -> None:
        from viewer.core import reference_index

        def cancelled() -> bool:
            time.sleep(0)  # let the UI thread have the GIL between stretches
            return cancel.is_set()

        index = reference_index.build(collection, cancelled)
        if not cancel.is_set():
            # RuntimeError: the window is gone meanwhile.
            with contextlib.suppress(RuntimeError):
                self.built.emit(collection, index)
