"""Favourite resolutions, kept as JSON in the user's data folder.

Every change re-reads the file and applies itself to what is there, then writes
atomically (QSaveFile): two windows open at once add to each other's favourites
instead of overwriting them. A file that cannot be read is kept aside as ``.bak`` with
a warning; nothing is lost silently and nothing crashes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal

FILE_NAME = "favourites.json"


def default_path() -> Path:
    paths = QtCore.QStandardPaths  # made on first use: see viewer/ui/__init__.py
    folder = paths.writableLocation(paths.StandardLocation.AppDataLocation)
    return Path(folder) / FILE_NAME


class FavouritesStore(QObject):
    changed = Signal()
    warning = Signal(str)  # something the user should know (a file set aside)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        # Read at first use, not here: the window makes its store before its first paint
        # and shows no favourite until a collection is there; and a warning about the
        # file then reaches the window, which connects to it after making the store.
        self._symbols: list[str] | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = default_path()
        return self._path

    @property
    def symbols(self) -> list[str]:
        return list(self._known())

    def contains(self, symbol: str) -> bool:
        return symbol in self._known()

    def _known(self) -> list[str]:
        if self._symbols is None:
            self._symbols = self._read()
        return self._symbols

    def toggle(self, symbol: str) -> bool:
        """Add or remove; True when the symbol is now a favourite."""
        adding = symbol not in self._known()
        self._change(symbol, adding)
        return adding

    def add(self, symbol: str) -> None:
        self._change(symbol, True)

    def remove(self, symbol: str) -> None:
        self._change(symbol, False)

    def reload(self) -> None:
        self._symbols = self._read()
        self.changed.emit()

    def _change(self, symbol: str, add: bool) -> None:
        current = self._read()  # merge with what another window may have written
        if add and symbol not in current:
            current.append(symbol)
        elif not add and symbol in current:
            current.remove(symbol)
        self._write(current)
        self._symbols = current
        self.changed.emit()

    def _read(self) -> list[str]:
        if not self.path.exists():
            return []
        import json  # here: a first start, with no favourites yet, does without it

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            symbols = data.get("favourites") if isinstance(data, dict) else None
            if not isinstance(symbols, list) or not all(isinstance(s, str) for s in symbols):
                raise ValueError('no list of symbols under "favourites"')
            return list(dict.fromkeys(symbols))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            self._set_aside(error)
            return []

    def _set_aside(self, error: Exception) -> None:
        backup = self.path.with_suffix(self.path.suffix + ".bak")
        try:
            self.path.replace(backup)
        except OSError:
            backup = self.path
        self.warning.emit(
            self.tr(
                "Favourites could not be read ({error}); the file was kept as {backup}."
            ).format(error=error, backup=backup)
        )

    def _write(self, symbols: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = QtCore.QSaveFile(str(self.path))  # made on first use, not at start
        if not file.open(QtCore.QSaveFile.OpenModeFlag.WriteOnly):
            self.warning.emit(
                self.tr("Favourites could not be saved: {error}").format(error=file.errorString())
            )
            return
        import json

        payload = json.dumps({"favourites": symbols}, ensure_ascii=False, indent=2)
        file.write(payload.encode("utf-8"))
        if not file.commit():
            self.warning.emit(
                self.tr("Favourites could not be saved: {error}").format(error=file.errorString())
            )
