"""Work that must not freeze the window: loading a collection, building its index,
answering searches. Each runs on a Python thread of its own and reports through
signals, which Qt delivers on the UI thread (the receivers live there)."""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

if TYPE_CHECKING:  # the engine and the validator load on the worker, after first paint
    from viewer.core.collection import Collection
    from viewer.core.index_cache import KnownContent
    from viewer.core.search import SearchIndex, SearchResult

# The snippets of the first screen of results are made on the worker thread too, so
# the UI thread only paints: a results row is about 85 pixels high, so 12 fill a list
# as tall as a full-HD screen; a row scrolled into view later makes its own (0.2 ms).
PREFETCHED_SNIPPETS = 12
RANK_AHEAD_AFTER = 0.3  # seconds without a newer query before the rest is ranked


class CollectionLoader(QObject):
    """Loads and validates a file, then builds its index: two steps, two signals.

    A daemon thread, not a QThread: reading a file may never end (a stalled network
    disk, a FUSE mount) and quitting must not wait on it. A QThread still running when
    the window goes makes Qt abort; a daemon thread ends with the process. The index
    build is waited for (:meth:`wait`): it always ends, and the engine's threads must
    not be cut off mid-write."""

    loaded = Signal(object)  # Collection
    failed = Signal(object)  # loader.CollectionError
    progress = Signal(int, int)  # documents indexed, total
    indexed = Signal(object, float)  # SearchIndex, seconds it took
    finished = Signal()

    def __init__(
        self,
        path: Path | str | None = None,
        collection: Collection | None = None,
        parent: QObject | None = None,
        read: Callable[[Path | str], Collection] | None = None,
        use_cache: bool = True,
    ) -> None:
        # No Qt parent: the thread holds this object until its last signal, even when
        # the window that asked for it is gone (``parent`` is kept for the callers).
        super().__init__()
        del parent
        self._path = path
        self._collection = collection
        self._read = read  # None: loader.load (another reader: tests of a stuck disk)
        self._use_cache = use_cache  # False: --no-cache (neither read nor written)
        self.how = ""  # how the index was had: "opened" (cache), "built", "memory"
        self._interrupted = threading.Event()
        self._reading = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="collection", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def requestInterruption(self) -> None:
        self._interrupted.set()

    def isInterruptionRequested(self) -> bool:
        return self._interrupted.is_set()

    def isRunning(self) -> bool:
        return self._thread.is_alive()

    def is_reading(self) -> bool:
        """True while the file is read and parsed, the step quitting never waits on."""
        return self._reading.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end, unless it is still reading its file (see the
        class): True when it has ended."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._thread.is_alive() and not self._done.wait(0.02):
            if self._reading.is_set():
                return False
            if deadline is not None and time.monotonic() > deadline:
                return False
        return True

    def _run(self) -> None:
        try:
            self._work()
        except Exception as error:
            # A bug or a MemoryError must not leave the window on "Loading…" for good:
            # the file is refused as a bad one is, with what went wrong.
            from viewer.core import loader

            place = str(self._path or "the collection")
            what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            problem = loader.Problem("", f"cannot be opened: {what}")
            self._emit(self.failed, loader.CollectionError(place, [problem]))
        finally:
            self._done.set()
            self._emit(self.finished)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        # RuntimeError: this object is gone (the window was closed meanwhile).
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def _work(self) -> None:
        from viewer.core import index_cache, loader

        # Bytes the cache holds an index of were validated before: they skip the schema
        # (the cross-checks still run), and their key spares hashing them twice.
        known = index_cache.KnownContent() if self._use_cache else None
        collection = self._collection
        if collection is None:
            assert self._path is not None
            self._reading.set()
            try:
                if self._read is not None:
                    collection = self._read(self._path)
                else:
                    collection = loader.load(self._path, trusted=known)
            except loader.CollectionError as error:
                self._emit(self.failed, error)
                return
            finally:
                self._reading.clear()
            if self._interrupted.is_set():
                return  # quit or replaced while reading: no index for nobody
            # The loaded records live as long as the window: keep the collector from
            # walking them again and again (a full collection over 30,000 records
            # holds the interpreter for 100 ms and more).
            gc.freeze()
            self._emit(self.loaded, collection)
        start = time.perf_counter()
        index = self._index(collection, known)
        gc.freeze()  # the texts the index build made are here to stay, too
        if not self._interrupted.is_set():
            self._emit(self.indexed, index, time.perf_counter() - start)

    def _index(self, collection: Collection, known: KnownContent | None) -> SearchIndex:
        """The collection's index: opened from the cache, or built (and cached)."""
        from viewer.core import index_cache
        from viewer.core.search import SearchIndex

        def progress(done: int, total: int) -> None:
            self._emit(self.progress, done, total)

        if known is None:
            self.how = "memory"
            return SearchIndex(collection, progress=progress)
        index, self.how = index_cache.open_index(collection, progress, key=known.key)
        return index


class SearchWorker(QObject):
    """Answers searches on one thread; a newer query replaces one not yet started, and
    the window drops results of queries older than the last one typed."""

    finished = Signal(int, object)  # request id, SearchResult

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._condition = threading.Condition()
        self._pending: tuple[int, SearchIndex, str, str, int, str] | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None  # started by the first search

    def request(
        self,
        request_id: int,
        index: SearchIndex,
        text: str,
        lang: str,
        limit: int,
        sort: str = "relevance",
    ) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="search", daemon=True)
            self._thread.start()
        with self._condition:
            self._pending = (request_id, index, text, lang, limit, sort)
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
                request_id, index, text, lang, limit, sort = self._pending  # type: ignore[misc]
                self._pending = None
            result = index.search(text, limit=limit, lang=lang, sort=sort)
            for hit in result.page(0, PREFETCHED_SNIPPETS):
                # The snippet only: naming a hit's paragraph parses its text (up to
                # 15 ms each), Python that would hold the interpreter against the UI
                # thread while a word is typed; the list names them when it stands still.
                _ = hit.snippet_html
            # The chips' counts: one aggregation, here rather than on the UI thread.
            result.facets()
            self.finished.emit(request_id, result)
            self._rank_ahead(result)

    def _rank_ahead(self, result: SearchResult) -> None:
        """While no newer query waits, rank the rest of the results here, so that the
        list scrolled to its end finds its rows ranked instead of stalling the UI
        thread on the engine (ranking 30,000 rows takes hundreds of milliseconds).
        Not while a word is being typed: its Python would hold the interpreter against
        the UI thread for keys whose results are replaced at the next key anyway."""
        with self._condition:
            if self._condition.wait_for(
                lambda: self._pending is not None or self._stopping, RANK_AHEAD_AFTER
            ):
                return
        while result.ranked < result.total:
            with self._condition:
                if self._pending is not None or self._stopping:
                    return
            before = result.ranked
            result.rank_ahead(max(2 * before, 100))
            if result.ranked == before:
                return  # nothing more to rank (no engine query behind the result)
