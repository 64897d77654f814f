"""Favourite resolutions, kept as JSON in the user's data folder.

Every change takes a lock (QLockFile beside the file), re-reads the file, applies
itself to what is there and writes atomically (QSaveFile): windows and processes
changing favourites at once add to each other's instead of overwriting them. The file
is read as any other: a regular file only, within a size limit (a FIFO or a device in
its place never blocks the window). A file that cannot be read is kept aside as
``.bak`` with a warning; a save that fails says so; nothing crashes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal

from viewer.core import safe_read

FILE_NAME = "favourites.json"
# A list of symbols: 100,000 favourites take 3 MB. Anything larger is not this file.
MAX_FILE_BYTES = 16 * 2**20
# How long a change waits for another window's change (each holds the lock for
# milliseconds; the margin is for a machine under load), and when a lock left by a
# process that died is taken over.
LOCK_WAIT_MS = 15_000
STALE_LOCK_MS = 10_000


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
        self.last_error: str | None = None  # the last change's failed save, if it failed

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
        """Apply the change to what the file holds now, under the lock. When it cannot
        be saved, the change still holds in this window and ``warning`` says so."""
        self.last_error = None
        lock = self._lock()
        try:
            current = self._read()  # merge with what another window may have written
            if add and symbol not in current:
                current.append(symbol)
            elif not add and symbol in current:
                current.remove(symbol)
            if self.last_error is None:  # no lock, no folder: not written over blindly
                self._write(current)
        finally:
            if lock is not None:
                lock.unlock()
        self._symbols = current
        self.changed.emit()

    def _lock(self) -> QtCore.QLockFile | None:
        """The lock of a read-modify-write, or None (and ``last_error``) when the
        folder cannot be made or another process holds the lock too long."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            # FileExistsError when a file stands where the folder should be.
            where = error.filename or self.path.parent
            self._save_failed(
                self.tr("{where} cannot be made: {error}").format(where=where, error=error.strerror)
            )
            return None
        lock = QtCore.QLockFile(str(self.path) + ".lock")
        lock.setStaleLockTime(STALE_LOCK_MS)
        if not lock.tryLock(LOCK_WAIT_MS):
            self._save_failed(self.tr("another window holds the favourites file"))
            return None
        return lock

    def _save_failed(self, reason: str) -> None:
        self.last_error = self.tr("Favourites could not be saved: {error}").format(error=reason)
        self.warning.emit(self.last_error)

    def _read(self) -> list[str]:
        if not self.path.exists() and not self.path.is_symlink():
            return []
        import json  # here: a first start, with no favourites yet, does without it

        try:
            raw = safe_read.read_bytes(self.path, MAX_FILE_BYTES)
            data = json.loads(raw.decode("utf-8"))
            symbols = data.get("favourites") if isinstance(data, dict) else None
            if not isinstance(symbols, list) or not all(isinstance(s, str) for s in symbols):
                raise ValueError('no list of symbols under "favourites"')
            return list(dict.fromkeys(symbols))
        except safe_read.ReadRefusedError as refusal:
            if refusal.reason == "no such file":  # removed meanwhile: no favourites
                return []
            self._set_aside(refusal.reason)
        except RecursionError:  # [[[[…]]]] nested deeper than the parser goes
            self._set_aside("nested too deeply")
        except (UnicodeDecodeError, ValueError) as error:
            self._set_aside(str(error))
        return []

    def _set_aside(self, error: str) -> None:
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
        file = QtCore.QSaveFile(str(self.path))  # made on first use, not at start
        if not file.open(QtCore.QSaveFile.OpenModeFlag.WriteOnly):
            self._save_failed(file.errorString())
            return
        import json

        payload = json.dumps({"favourites": symbols}, ensure_ascii=False, indent=2)
        file.write(payload.encode("utf-8"))
        if not file.commit():
            self._save_failed(file.errorString())
