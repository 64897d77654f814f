"""Work that must not freeze the window: loading a collection, building its index,
answering searches. Each runs on a thread of its own and reports through signals,
which Qt delivers on the UI thread."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:  # the engine and the validator load on the worker, after first paint
    from viewer.core.collection import Collection
    from viewer.core.search import SearchIndex

# The snippets of the first screens of results are made on the worker thread too, so
# the UI thread only paints; a row scrolled into view later makes its own (0.3 ms).
PREFETCHED_SNIPPETS = 20


class CollectionLoader(QThread):
    """Loads and validates a file, then builds its index: two steps, two signals."""

    loaded = Signal(object)  # Collection
    failed = Signal(object)  # loader.CollectionError
    progress = Signal(int, int)  # documents indexed, total
    indexed = Signal(object, float)  # SearchIndex, seconds it took

    def __init__(
        self,
        path: Path | str | None = None,
        collection: Collection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._collection = collection

    def run(self) -> None:
        from viewer.core import loader
        from viewer.core.search import SearchIndex

        collection = self._collection
        if collection is None:
            assert self._path is not None
            try:
                collection = loader.load(self._path)
            except loader.CollectionError as error:
                self.failed.emit(error)
                return
            # The loaded records live as long as the window: keep the collector from
            # walking them again and again (a full collection over 30,000 records
            # holds the interpreter for 100 ms and more).
            gc.freeze()
            self.loaded.emit(collection)
        start = time.perf_counter()
        index = SearchIndex(collection, progress=self.progress.emit)
        gc.freeze()  # the texts the index build made are here to stay, too
        if not self.isInterruptionRequested():
            self.indexed.emit(index, time.perf_counter() - start)


class SearchWorker(QObject):
    """Answers searches on one thread; a newer query replaces one not yet started, and
    the window drops results of queries older than the last one typed."""

    finished = Signal(int, object)  # request id, SearchResult

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._condition = threading.Condition()
        self._pending: tuple[int, SearchIndex, str, str, int] | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None  # started by the first search

    def request(
        self, request_id: int, index: SearchIndex, text: str, lang: str, limit: int
    ) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="search", daemon=True)
            self._thread.start()
        with self._condition:
            self._pending = (request_id, index, text, lang, limit)
            self._condition.notify()

    def stop(self) -> None:
        with self._condition:
            self._stopping = True
            self._condition.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                request_id, index, text, lang, limit = self._pending  # type: ignore[misc]
                self._pending = None
            result = index.search(text, limit=limit, lang=lang)
            for hit in result.hits[:PREFETCHED_SNIPPETS]:
                _ = hit.snippet_html
            self.finished.emit(request_id, result)
