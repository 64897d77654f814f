"""The progress of an import: a small non-modal window with the file being read, a
progress bar and Cancel. The main window stays usable beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Wide enough for "12 of 60 — A_RES_78_101.pdf"; longer names are elided in the middle.
LABEL_WIDTH = 460


class ImportPanel(QDialog):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.setModal(False)
        self.setWindowTitle(self.tr("Importing Documents"))
        self.status = QLabel(self.tr("Looking for files…"), self)
        self.status.setObjectName("importStatus")
        # File names are shown as written, never taken for HTML.
        self.status.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.status.setMinimumWidth(LABEL_WIDTH)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)  # busy until the first file is read
        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._on_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)

    def show_progress(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        text = self.tr("%1 of %2 — %3").replace("%1", str(done)).replace("%2", str(total))
        self._set_status(text.replace("%3", Path(path).name))
        self.status.setToolTip("")  # the full path is in the report

    def show_writing(self, target: str) -> None:
        """The reading is over: writing cannot be cancelled (it is atomic, and short)."""
        self.bar.setRange(0, 0)
        self._set_status(self.tr("Writing %1…").replace("%1", Path(target).name))
        self.cancel_button.setEnabled(False)

    def _set_status(self, text: str) -> None:
        metrics = self.status.fontMetrics()
        width = max(self.status.width(), LABEL_WIDTH)
        self.status.setText(metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideMiddle, width))

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self._set_status(self.tr("Cancelling: nothing will be written…"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Esc or the window's close button cancel too: an import never runs unseen."""
        if self.cancel_button.isEnabled():
            self._on_cancel()
