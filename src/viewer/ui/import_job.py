"""One import on a worker thread: read the inputs (core/importing/runner.py, which uses
worker processes), merge them into the target, write it (validated, atomically).

The thread only reports through signals; the window stays usable meanwhile. A cancel
before the writing starts leaves every file as it was (nothing is written at all).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from viewer.core import loader
from viewer.core.importing import merge, runner, writing


@dataclass(frozen=True)
class ImportTarget:
    """Where an import goes: an existing collection (added to in place) or a new file
    (``overwrite``: the user confirmed replacing a file of that name)."""

    path: Path
    add_to: bool
    overwrite: bool = False


@dataclass(frozen=True)
class ImportDone:
    """A finished import: the report, and what was written (``written`` None: nothing)."""

    report: runner.ImportReport
    target: ImportTarget
    written: Path | None
    added: int
    updated: int


class ImportJob(QThread):
    progress = Signal(int, int, str)  # files done, files in all, the file just read
    writing = Signal(str)  # the reading is over: the target is being written
    done = Signal(object)  # an ImportDone
    cancelled = Signal()
    failed = Signal(str)  # why nothing was written

    def __init__(self, paths: list[Path], target: ImportTarget, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.target = target
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the runner checks the flag between files and while it waits."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self.done.emit(self._import())
        except runner.ImportCancelledError:
            self.cancelled.emit()
        except (writing.WriteError, loader.CollectionError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # never a traceback for the user; the files are untouched
            self.failed.emit(f"{type(error).__name__}: {error}")

    def _import(self) -> ImportDone:
        existing: dict[str, Any] | None = None
        if self.target.add_to:
            # A target that cannot be read is refused before any reading work.
            loader.load(self.target.path)
            existing = loader.read_json(self.target.path)
        report = runner.import_paths(self.paths, progress=self.progress.emit, cancel=self._cancel)
        if self._cancel.is_set():  # asked while the last file was read: still nothing written
            raise runner.ImportCancelledError
        self.writing.emit(str(self.target.path))
        written, added, updated = self._write(report, existing)
        return ImportDone(report, self.target, written, added, updated)

    def _write(
        self, report: runner.ImportReport, existing: dict[str, Any] | None
    ) -> tuple[Path | None, int, int]:
        target = self.target.path
        if existing is not None:
            data, added, updated = merge.add_to(existing, report.merged)
            if not (added or updated):
                return None, 0, 0  # nothing new: the file is left as it was
            writing.write(data, target, overwrite=True)
            return target, added, updated
        if not report.record_count:
            return None, 0, 0
        data = merge.new_collection(report.merged)
        writing.write(data, target, overwrite=self.target.overwrite)
        return target, report.record_count, 0
