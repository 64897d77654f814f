"""The report of a finished import: what was written, the counts, and every input with
what it became or why it was skipped; Copy puts it on the clipboard as text (tab-
separated, so it pastes into a spreadsheet as well as into an e-mail)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.importing import model
from viewer.ui import plain_text

if TYPE_CHECKING:
    from viewer.core.importing.model import Outcome
    from viewer.ui.import_job import ImportDone

CONTEXT = "ImportReportDialog"
# The report's words for each outcome of core/importing/model.py.
STATUS = {
    model.IMPORTED: QT_TRANSLATE_NOOP("ImportReportDialog", "imported"),
    model.MERGED: QT_TRANSLATE_NOOP("ImportReportDialog", "merged"),
    model.NOT_SUPPORTED: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: not a supported file"),
    model.NOT_PDF: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: not a PDF"),
    model.DAMAGED: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: damaged"),
    model.ENCRYPTED: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: encrypted"),
    model.NO_TEXT: QT_TRANSLATE_NOOP(
        "ImportReportDialog", "skipped: no text layer (a scan: OCR it first)"
    ),
    model.NOT_RESOLUTION: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: not a UN resolution"),
    model.DUPLICATE: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: duplicate"),
    model.UNREADABLE: QT_TRANSLATE_NOOP("ImportReportDialog", "skipped: cannot be read"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportReportDialog", "File"),
    QT_TRANSLATE_NOOP("ImportReportDialog", "Result"),
    QT_TRANSLATE_NOOP("ImportReportDialog", "Resolution"),
    QT_TRANSLATE_NOOP("ImportReportDialog", "Details"),
)

# The widest the first three columns open (pixels): a skip reason in French fits.
WIDEST = (260, 340, 220)


def row_cells(outcome: Outcome) -> tuple[str, str, str, str]:
    """File name, result, symbols (language), details: one row of the table."""
    words = STATUS.get(outcome.status)
    status = QCoreApplication.translate(CONTEXT, words) if words else outcome.status
    symbols = ", ".join(outcome.symbols)
    if symbols and outcome.lang:
        symbols += f" ({outcome.lang})"
    return (Path(outcome.source).name, status, symbols, outcome.detail)


class ImportReportDialog(QDialog):
    def __init__(self, done: ImportDone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import Report"))
        self.done_import = done
        self.headline = self._label(self.headline_text(), "importHeadline")
        self.counts = self._label(self.counts_text(), "importCounts")
        self.table = self._table(done.report.outcomes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copy Report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("importCopy")
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # paths shown as written
        label.setWordWrap(True)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self, outcomes: list[Outcome]) -> QTableWidget:
        table = QTableWidget(len(outcomes), len(COLUMNS), self)
        table.setObjectName("importOutcomes")
        table.setHorizontalHeaderLabels(self.column_titles())
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        # What needs the user's attention first: the skipped inputs, then the rest, each
        # in the order read.
        ordered = sorted(outcomes, key=lambda o: not o.skipped)
        for row, outcome in enumerate(ordered):
            for column, text in enumerate(row_cells(outcome)):
                # Items are plain text; their tooltips are not: see ui/plain_text.py.
                item = QTableWidgetItem(text)
                item.setToolTip(plain_text.tooltip(outcome.source if column == 0 else text))
                if column == 1 and outcome.skipped:
                    item.setIcon(warning)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for column, widest in enumerate(WIDEST):  # long names must not push Details away
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # the order read until the user sorts by a column
        return table

    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, c) for c in COLUMNS]

    def headline_text(self) -> str:
        """What was written, in one sentence."""
        done = self.done_import
        if done.written is None:
            if done.target.add_to and done.report.record_count:
                text = self.tr("%1 already held everything read: it was left as it was.")
                return text.replace("%1", str(done.target.path))
            return self.tr("Nothing was written: no input was a UN resolution.")
        count = done.added + done.updated
        text = self.tr("%n resolution(s) written to %1", "", count).replace("%1", str(done.written))
        if done.target.add_to:
            changes = self.tr("%1 new, %2 updated").replace("%1", str(done.added))
            text += f" ({changes.replace('%2', str(done.updated))})"
        return text

    def counts_text(self) -> str:
        outcomes = self.done_import.report.outcomes
        imported = sum(o.status == model.IMPORTED for o in outcomes)
        merged = sum(o.status == model.MERGED for o in outcomes)
        skipped = sum(o.skipped for o in outcomes)
        text = self.tr("Imported: %1 · Merged: %2 · Skipped: %3")
        text = text.replace("%1", str(imported)).replace("%2", str(merged))
        return text.replace("%3", str(skipped))

    def as_text(self) -> str:
        """The whole report as plain text: the headline, the counts, a line per input."""
        lines = [self.headline_text(), self.counts_text(), "", "\t".join(self.column_titles())]
        for outcome in sorted(self.done_import.report.outcomes, key=lambda o: not o.skipped):
            _name, status, symbols, detail = row_cells(outcome)
            lines.append("\t".join((outcome.source, status, symbols, detail)))
        return "\n".join(lines) + "\n"

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.as_text())
