"""Importing documents into a collection (File ▸ Import Documents…, or documents dropped
on the window): choose the inputs and the target, read them on a worker thread with a
progress panel and Cancel, then the report, and the collection written is opened.

Made when first needed (the window's ``importing``): the importing core is not on the
start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.core import resources
from viewer.ui.import_job import ImportDone, ImportJob, ImportTarget
from viewer.ui.import_panel import ImportPanel
from viewer.ui.import_report import ImportReportDialog
from viewer.ui.import_setup import ImportSetupDialog

if TYPE_CHECKING:
    from viewer.core.collection import Collection


class Importing(QObject):
    message = Signal(str, int)  # for the status bar: text, milliseconds (0: until replaced)
    open_requested = Signal(str)  # the collection written: the window opens it
    progressed = Signal(int, int, str)  # the running import's progress (files done, of, file)

    def __init__(self, window: QWidget, displayed: Callable[[], Collection | None]) -> None:
        super().__init__(window)
        self._window = window
        self._displayed = displayed
        self.job: ImportJob | None = None
        self.panel: ImportPanel | None = None
        self.setup: ImportSetupDialog | None = None
        self.report: ImportReportDialog | None = None
        self._opened_note = ""  # said in the status bar once the written file is shown

    # -- choosing --------------------------------------------------------------------

    def writable_file(self) -> Path | None:
        """The collection on display, when an import may write into it: a file the user
        opened, never the bundled collection."""
        collection = self._displayed()
        if collection is None or collection.path is None:
            return None
        path = Path(collection.path)
        return None if is_bundled(path) else path

    def choose(self, paths: list[Path] | None = None) -> ImportSetupDialog | None:
        """File ▸ Import Documents… (and a drop, with the dropped paths): the inputs and
        the target in a dialog; Import starts the work."""
        if self._busy():
            return None
        self.setup = ImportSetupDialog(list(paths or []), self.writable_file(), self._window)
        self.setup.accepted.connect(self._on_setup_accepted)
        self.setup.open()
        return self.setup

    def import_dropped(self, paths: list[str]) -> None:
        self.choose([Path(p) for p in paths])

    def _on_setup_accepted(self) -> None:
        setup = self.setup
        if setup is not None and setup.target is not None:
            self.start(setup.paths(), setup.target)

    # -- running ---------------------------------------------------------------------

    def start(self, paths: list[Path], target: ImportTarget) -> ImportJob | None:
        """Import ``paths`` into ``target`` on a worker thread (the dialogs' choice)."""
        if self._busy():
            return None
        if is_bundled(target.path):
            self._warn(self.tr("The bundled collection is never changed: choose another file."))
            return None
        self.job = job = ImportJob(paths, target, self)
        self.panel = panel = ImportPanel(self._window)
        panel.cancel_requested.connect(job.cancel)
        job.progress.connect(panel.show_progress)
        job.progress.connect(self.progressed)
        job.writing.connect(panel.show_writing)
        job.done.connect(self._on_done)
        job.cancelled.connect(self._on_cancelled)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        panel.show()
        self.message.emit(self.tr("Importing documents…"), 0)
        job.start()
        return job

    def _busy(self) -> bool:
        if self.job is None:
            return False
        self.message.emit(self.tr("An import is already running."), 5000)
        if self.panel is not None:
            self.panel.raise_()
        return True

    def _on_done(self, done: ImportDone) -> None:
        self.report = ImportReportDialog(done, self._window)
        self.report.open()
        if done.written is None:
            self.message.emit(self.tr("Nothing was imported."), 8000)
            return
        count = done.added + done.updated
        note = self.tr("%n resolution(s) imported into %1", "", count)
        self._opened_note = note.replace("%1", str(done.written))
        self.open_requested.emit(str(done.written))

    def collection_shown(self, collection: Collection) -> None:
        """The window showed a collection: the one just written gets its note."""
        if self._opened_note and collection.path is not None:
            self.message.emit(self._opened_note, 15_000)
            self._opened_note = ""

    def _on_cancelled(self) -> None:
        self.message.emit(self.tr("Import cancelled: no file was changed."), 8000)

    def _on_failed(self, reason: str) -> None:
        self.message.emit(self.tr("Import failed: no file was changed."), 8000)
        self._warn(self.tr("Nothing was imported, and no file was changed.") + "\n\n" + reason)

    def _on_finished(self) -> None:
        if self.panel is not None:
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None

    def _warn(self, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Import Documents"), text, parent=self._window
        )
        box.setObjectName("importWarning")
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # paths and reasons are shown as written
        box.open()
        return box

    def shutdown(self) -> None:
        """Quitting: cancel the import and wait for its thread (the workers stop at once)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()


def is_bundled(path: Path) -> bool:
    try:
        return path.resolve() == resources.bundled_collection().resolve()
    except OSError:
        return False
