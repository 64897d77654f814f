"""Help ▸ Keyboard shortcuts and Help ▸ About."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer import __version__

if TYPE_CHECKING:
    from viewer.core.collection import Collection


def _typed_keys(action: QAction) -> list[str]:
    """The action's shortcuts a person types: with a modifier, or a function key (not
    the dedicated Back or Find keys some keyboards have)."""
    keys = []
    for sequence in action.shortcuts():
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if "+" in portable.rstrip("+") or re.fullmatch(r"F\d+", portable):
            keys.append(text)
    return list(dict.fromkeys(keys))


class ShortcutsDialog(QDialog):
    """Every shortcut of the window: its actions' and the keys of the search box."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # Each action once, its keys as the reader's keyboard names them (Qt's own
        # catalogue: "Maj", "Gauche" in French); below, only what no action holds.
        rows = list(
            dict.fromkeys(
                (action.text().replace("&", ""), ", ".join(_typed_keys(action)))
                for action in actions
                if _typed_keys(action)
            )
        )
        rows += [
            (self.tr("Move through the results"), self.tr("Up, Down, Page Up, Page Down")),
            (self.tr("Open the highlighted result"), self.tr("Enter")),
            (self.tr("Clear the search, back to the tree"), self.tr("Esc")),
            (self.tr("Back / forward"), self.tr("Mouse side buttons")),
            (self.tr("Zoom"), self.tr("Ctrl+wheel")),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(680, 520)

    def entries(self) -> dict[str, str]:
        return {
            self.table.item(row, 0).text(): self.table.item(row, 1).text()
            for row in range(self.table.rowCount())
        }


def about_text(collection: Collection | None, lang: str) -> str:
    source = ""
    if collection is not None:
        title = html.escape(collection.title.get(lang))
        origin = (
            html.escape(collection.source.name)
            if collection.source
            else QCoreApplication.translate("About", "not stated")
        )
        collection_label = QCoreApplication.translate("About", "Collection:")
        source_label = QCoreApplication.translate("About", "Source:")
        source = f"<p>{collection_label} {title}<br/>{source_label} {origin}</p>"
    lines = [
        QCoreApplication.translate("About", "Resolutions Viewer: MIT licence."),
        QCoreApplication.translate("About", "Qt 6 and Qt for Python (PySide6): LGPL v3."),
        QCoreApplication.translate(
            "About", "Tantivy (search engine) and jsonschema-rs: MIT licence."
        ),
        QCoreApplication.translate("About", "Python: PSF licence."),
        QCoreApplication.translate(
            "About",
            "Bundled data: facts from UN documents and INTERPOL’s public page; summaries "
            "written by the project. The test corpus CR-UNSC (Fobbe) is CC0.",
        ),
    ]
    intro = QCoreApplication.translate(
        "About",
        "An offline reference viewer for the UN General Assembly and Security Council "
        "resolutions concerning INTERPOL.",
    )
    summaries = QCoreApplication.translate(
        "About",
        "The summaries are the project’s own words, not official text; the official "
        "documents are at undocs.org.",
    )
    licences = QCoreApplication.translate("About", "Licences")
    return (
        f"<h3>Resolutions Viewer {__version__}</h3><p>{intro}</p>{source}<p>{summaries}</p>"
        f"<p><b>{licences}</b><br/>{'<br/>'.join(lines)}</p>"
    )


def show_about(parent: QWidget, collection: Collection | None, lang: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About Resolutions Viewer"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(collection, lang))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
    return box
