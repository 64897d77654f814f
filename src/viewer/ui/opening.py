"""Opening collections: the loader threads, File ▸ Open and Open Recent, a dropped file.

A file is read, checked and indexed on a worker thread (``ui/workers.py``); only the
newest load counts, and a refused file leaves the collection on display in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject, Signal

from viewer.core import resources
from viewer.ui import folders, plain_text
from viewer.ui.preferences import MAX_RECENT
from viewer.ui.workers import CollectionLoader

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMenu, QWidget

    from viewer.core.collection import Collection
    from viewer.core.search import SearchIndex
    from viewer.ui.preferences import Preferences

# What a drop hands to the import (core/importing/runner.py reads these kinds and folders).
IMPORTED = (".pdf", ".txt", ".text", ".xml")


class Opening(QObject):
    loaded = Signal(object)  # a Collection, to show
    failed = Signal(object)  # a loader.CollectionError
    progress = Signal(int, int)  # records indexed, of
    indexed = Signal(object, float)  # the SearchIndex, seconds it took
    message = Signal(str, int)  # for the status bar: text, milliseconds (0: until replaced)

    def __init__(self, window: QWidget, preferences: Preferences, recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        self._loader: CollectionLoader | None = None
        self.use_cache = True  # False: --no-cache (the index is neither read nor kept)
        self.index_source = ""  # how the last index was had: "opened", "built", "memory"
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self.fill_recent_menu)

    # -- loading ---------------------------------------------------------------------

    def index(self, collection: Collection) -> None:
        """A collection already loaded: index it on a worker thread."""
        self._start(CollectionLoader(collection=collection, parent=self, use_cache=self.use_cache))

    def load_file(self, path: str) -> None:
        self.message.emit(self.tr("Opening %1…").replace("%1", path), 0)
        self._start(CollectionLoader(path=path, parent=self, use_cache=self.use_cache))

    def _start(self, loader: CollectionLoader) -> None:
        if self._loader is not None:
            self._loader.requestInterruption()
        self._loader = loader
        # Each signal names its loader: the answers of a load given up are dropped.
        loader.loaded.connect(lambda c, lo=loader: self._on_loaded(lo, c))
        loader.failed.connect(lambda e, lo=loader: self._if_newest(lo, self.failed, e))
        loader.progress.connect(lambda d, t, lo=loader: self._if_newest(lo, self.progress, d, t))
        loader.indexed.connect(lambda i, s, lo=loader: self._on_indexed(lo, i, s))
        loader.finished.connect(lambda lo=loader: self._on_finished(lo))
        loader.start()

    def _if_newest(self, loader: CollectionLoader, signal: Signal, *args: object) -> None:
        if loader is self._loader:
            signal.emit(*args)  # type: ignore[attr-defined]

    def _on_loaded(self, loader: CollectionLoader, collection: Collection) -> None:
        if loader is not self._loader:
            return
        self.loaded.emit(collection)
        if collection.path is not None:
            self.remember_file(str(collection.path))
        if collection.warning_problems:
            # Dangling references are warnings: said once; `validate` lists them all.
            lang = getattr(self._window, "lang", "en")
            problem = collection.warning_problems[0]
            first = (
                f"{problem.where}: {problem.text(lang)}" if problem.where else problem.text(lang)
            )
            more = len(collection.warning_problems) - 1
            note = self.tr("%n more", "", more) if more else ""
            self.message.emit(f"⚠ {first} {note}".strip(), 20_000)

    def _on_indexed(self, loader: CollectionLoader, index: SearchIndex, seconds: float) -> None:
        if loader is self._loader:
            self.index_source = loader.how
        self._if_newest(loader, self.indexed, index, seconds)

    def _on_finished(self, loader: CollectionLoader) -> None:
        if loader is self._loader:
            self._loader = None
        loader.deleteLater()

    def shutdown(self) -> None:
        """Stop the loader (an index build cannot be cut short: wait for it)."""
        if self._loader is not None:
            self._loader.requestInterruption()
            self._loader.wait()
            self._loader = None

    # -- the index cache -------------------------------------------------------------

    def clear_cache(self) -> None:
        """Help ▸ Clear Search Cache: every kept index goes; the one in use keeps
        working (its files stay mapped until it is replaced), and the next start builds."""
        from viewer.core import index_cache

        freed = index_cache.clear()
        self.message.emit(
            self.tr("Search cache cleared: %1 freed").replace("%1", Opening.size_text(freed)),
            10_000,
        )

    @staticmethod
    def size_text(size: int) -> str:
        """A size in the interface's language: "312.4 MB", "312,4 Mo" (decimal units)."""
        locale = QtCore.QLocale()  # the interface language's (i18n.install sets it)
        return locale.formattedDataSize(size, 1, QtCore.QLocale.DataSizeFormat.DataSizeSIFormat)

    # -- choosing a file -------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a Collection"),
            folders.start_folder(self._preferences),
            self.tr("Collections (*.json);;All files (*)"),
        )
        if path:
            folders.remember(self._preferences, path)
            self.load_file(path)

    def open_bundled(self) -> None:
        """File ▸ Open Bundled Collection: the collection that comes with the program."""
        self.load_file(str(resources.bundled_collection()))

    def recent_files(self) -> list[str]:
        return self._preferences.recent_files

    def remember_file(self, path: str) -> None:
        """A file opened: first of the recent ones, and opened again at start. The
        bundled collection is neither (it opens when nothing else does)."""
        if Path(path) == resources.bundled_collection():
            self._preferences.last_file = ""
            return
        files = [path] + [f for f in self.recent_files() if f != path]
        self._preferences.recent_files = files[:MAX_RECENT]
        self._preferences.last_file = path

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.recent_files()
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(plain_text.tooltip(path))  # a path may look like HTML
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.load_file(p))
        if not files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        menu.addSeparator()
        # Always there: the way back to the bundled collection after opening others.
        bundled = menu.addAction(self.tr("Bundled Collection"), self.open_bundled)
        bundled.setObjectName("recentBundled")
        bundled.setStatusTip(str(resources.bundled_collection()))
        if files:
            menu.addAction(self.tr("Clear the List"), self.clear_recent)

    def clear_recent(self) -> None:
        self._preferences.recent_files = []

    # -- a dropped file --------------------------------------------------------------

    @staticmethod
    def dropped(urls: list[QUrl]) -> tuple[str, list[str]] | None:
        """What a drop does: ("open", [a .json]) or ("import", [every path dropped]) when
        documents (PDF, text, MARC XML) or folders are among them: then nothing dropped is
        left out silently (the import's report says what it could not read)."""
        local = [url.toLocalFile() for url in urls if url.isLocalFile()]
        if any(Path(p).is_dir() or p.lower().endswith(IMPORTED) for p in local):
            return "import", local
        collection = Opening.dropped_file(urls)
        return ("open", [collection]) if collection is not None else None

    @staticmethod
    def dropped_file(urls: list[QUrl]) -> str | None:
        """The first local .json among dropped addresses."""
        for url in urls:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return url.toLocalFile()
        return None
