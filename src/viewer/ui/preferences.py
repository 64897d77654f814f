"""Preferences: every remembered setting, typed, read and written in this one place.

Each key is declared once (``Option``): read and checked (a value of the wrong type or
out of range gives the default), written and then synced within a moment, so that a file
that cannot be written is known at the first change, not silently lost: ``save_failed``
says so, once. Without a store (the self-test) the values live in memory only. The
favourites keep their own file (``ui/favourites.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from viewer.core import labels
from viewer.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

MAX_RECENT = 10
ZOOM_LIMIT = 10  # steps either way
SYNC_DELAY_MS = 300

# The keys of the settings file: each is declared once, as an Option of Preferences.
LANGUAGE = "language"
APPEARANCE = "appearance"
ZOOM = "zoom"
CITATION_STYLE = "citationStyle"
LAST_SYMBOL = "lastSymbol"
LAST_FILE = "lastFile"
RECENT_FILES = "recentFiles"
LAST_FOLDER = "lastFolder"  # where the last Open or Export PDF dialog was left
GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"
SEARCH_SORT = "search/sort"
SORTS = ("relevance", "date", "-date")  # core/results.py's (not imported at start-up)

T = TypeVar("T")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _one_of(choices: tuple[str, ...], default: str | None) -> Callable[[object], str | None]:
    return lambda value: value if value in choices else default  # type: ignore[return-value]


def _zoom(value: object) -> int:
    try:
        steps = int(value or 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return max(-ZOOM_LIMIT, min(ZOOM_LIMIT, steps))


def _files(value: object) -> list[str]:
    # QSettings gives a one-item list back as a plain string.
    files = [value] if isinstance(value, str) else value
    if not isinstance(files, list):
        return []
    return [str(f) for f in files if f][:MAX_RECENT]


class Option(Generic[T]):
    """One key of the settings file: read through ``check`` (a value of the wrong type or
    out of range gives the default), written as given and synced at once."""

    def __init__(self, key: str, check: Callable[[object], T]) -> None:
        self.key = key
        self.check = check

    @overload
    def __get__(self, preferences: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, preferences: Preferences, owner: type) -> T: ...
    def __get__(self, preferences: Preferences | None, owner: type) -> T | Option[T]:
        if preferences is None:
            return self
        return self.check(preferences.read(self.key))

    def __set__(self, preferences: Preferences, value: T) -> None:
        preferences.write(self.key, value)


class Preferences(QObject):
    save_failed = Signal(str)  # the settings file that could not be written

    def __init__(self, store: QSettings | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._memory: dict[str, object] = {}  # without a store
        self._failure_said = False
        self._sync_timer: QTimer | None = None

    # -- the raw value and the write ---------------------------------------------------

    def read(self, key: str) -> object:
        if self.store is None:
            return self._memory.get(key)
        return self.store.value(key)

    def write(self, key: str, value: object) -> None:
        if self.store is None:
            self._memory[key] = value
            return
        self.store.setValue(key, value)
        # Written a moment later, once for a burst of changes (a reader going down the
        # tree changes lastSymbol at each row): still known within the second.
        if self._sync_timer is None:
            self._sync_timer = QTimer(self)
            self._sync_timer.setSingleShot(True)
            self._sync_timer.setInterval(SYNC_DELAY_MS)
            self._sync_timer.timeout.connect(self.sync)
        self._sync_timer.start()

    def sync(self) -> bool:
        """Write the file now; False (and ``save_failed`` the first time) when it cannot."""
        if self._sync_timer is not None:
            self._sync_timer.stop()
        if self.store is None:
            return True
        self.store.sync()
        if self.store.status() == QSettings.Status.NoError:
            return True
        if not self._failure_said:
            self._failure_said = True
            self.save_failed.emit(self.store.fileName())
        return False

    def clear(self) -> None:
        """Forget every setting (``--reset-settings``)."""
        if self.store is None:
            self._memory.clear()
        else:
            self.store.clear()  # written with the next change

    # -- typed keys: declared once, below the class -----------------------------------

    def geometry(self, key: str = GEOMETRY) -> QByteArray | None:
        """A saved window or splitter state (``GEOMETRY``, ``SPLITTER``), if there is one."""
        value = self.read(key)
        # Looked up only when a value is there: QByteArray is made on first use.
        if value is not None and isinstance(value, QtCore.QByteArray):
            return value  # type: ignore[return-value]
        return None

    def set_geometry(self, key: str, state: QByteArray) -> None:
        self.write(key, state)

    language = Option(LANGUAGE, _one_of(labels.LANGUAGES, None))
    appearance = Option(APPEARANCE, _one_of(theme.APPEARANCES, "system"))
    zoom = Option(ZOOM, _zoom)
    citation_style = Option(CITATION_STYLE, _text)  # the citing part checks the registry
    last_symbol = Option(LAST_SYMBOL, _text)
    last_file = Option(LAST_FILE, _text)
    recent_files = Option(RECENT_FILES, _files)
    last_folder = Option(LAST_FOLDER, _text)
    search_sort = Option(SEARCH_SORT, _one_of(SORTS, "relevance"))
