"""Preferences: every remembered setting, typed, read and written in this one place.

Each key is read once, checked (a value of the wrong type or out of range gives the
default) and written back at once, then synced so that a file that cannot be written is
known at the first change, not silently lost: ``save_failed`` says so, once. Without a
store (the self-test) the values live in memory only. The favourites keep their own file
(``ui/favourites.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSettings, Signal

from viewer.core import labels
from viewer.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

MAX_RECENT = 10
ZOOM_LIMIT = 10  # steps either way

# The keys of the settings file: each one is read and written by one property below.
LANGUAGE = "language"
APPEARANCE = "appearance"
ZOOM = "zoom"
CITATION_STYLE = "citationStyle"
LAST_SYMBOL = "lastSymbol"
LAST_FILE = "lastFile"
RECENT_FILES = "recentFiles"
GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"


class Preferences(QObject):
    save_failed = Signal(str)  # the settings file that could not be written

    def __init__(self, store: QSettings | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._memory: dict[str, object] = {}  # without a store
        self._failure_said = False

    # -- the raw value and the write ---------------------------------------------------

    def _get(self, key: str) -> object:
        if self.store is None:
            return self._memory.get(key)
        return self.store.value(key)

    def _set(self, key: str, value: object) -> None:
        if self.store is None:
            self._memory[key] = value
            return
        self.store.setValue(key, value)
        self.sync()

    def sync(self) -> bool:
        """Write the file now; False (and ``save_failed`` the first time) when it cannot."""
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

    # -- typed keys ------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        value = self._get(LANGUAGE)
        return value if value in labels.LANGUAGES else None  # type: ignore[return-value]

    @language.setter
    def language(self, lang: str) -> None:
        self._set(LANGUAGE, lang)

    @property
    def appearance(self) -> str:
        value = self._get(APPEARANCE)
        return value if value in theme.APPEARANCES else "system"  # type: ignore[return-value]

    @appearance.setter
    def appearance(self, appearance: str) -> None:
        self._set(APPEARANCE, appearance)

    @property
    def zoom(self) -> int:
        try:
            steps = int(self._get(ZOOM) or 0)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0
        return max(-ZOOM_LIMIT, min(ZOOM_LIMIT, steps))

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self._set(ZOOM, steps)

    @property
    def citation_style(self) -> str | None:
        """The style id remembered; the citing part checks the registry still has it."""
        value = self._get(CITATION_STYLE)
        return value if isinstance(value, str) and value else None

    @citation_style.setter
    def citation_style(self, style_id: str) -> None:
        self._set(CITATION_STYLE, style_id)

    @property
    def last_symbol(self) -> str | None:
        value = self._get(LAST_SYMBOL)
        return value if isinstance(value, str) and value else None

    @last_symbol.setter
    def last_symbol(self, symbol: str) -> None:
        self._set(LAST_SYMBOL, symbol)

    @property
    def last_file(self) -> str | None:
        value = self._get(LAST_FILE)
        return value if isinstance(value, str) and value else None

    @last_file.setter
    def last_file(self, path: str) -> None:
        self._set(LAST_FILE, path)

    @property
    def recent_files(self) -> list[str]:
        value = self._get(RECENT_FILES)
        # QSettings gives a one-item list back as a plain string.
        files = [value] if isinstance(value, str) else value
        if not isinstance(files, list):
            return []
        return [str(f) for f in files if f][:MAX_RECENT]

    @recent_files.setter
    def recent_files(self, files: list[str]) -> None:
        self._set(RECENT_FILES, list(files)[:MAX_RECENT])

    def geometry(self, key: str = GEOMETRY) -> QByteArray | None:
        """A saved window or splitter state (``GEOMETRY``, ``SPLITTER``), if there is one."""
        value = self._get(key)
        # Looked up only when a value is there: QByteArray is made on first use.
        if value is not None and isinstance(value, QtCore.QByteArray):
            return value  # type: ignore[return-value]
        return None

    def set_geometry(self, key: str, state: QByteArray) -> None:
        self._set(key, state)
