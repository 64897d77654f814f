"""Printing and PDF: the page on display, its citation on the first page and its symbol
in a running head on every page; a PDF has the resolution as its title (File ▸ Print,
File ▸ Export PDF; the self-test prints through it too).

Made when first needed (the window's ``printing``): Qt Print Support is loaded with this
module, never at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QIODevice, QObject, QSaveFile, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from viewer.core import render
from viewer.core.labels import label
from viewer.ui import folders, paged
from viewer.ui.navigation import window_title

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextBrowser, QWidget

    from viewer.core.collection import Collection, Resolution
    from viewer.ui.preferences import Preferences

    # What is on display: the collection, the resolution (None: the overview), language,
    # citation style id.
    Shown = Callable[[], tuple[Collection | None, Resolution | None, str, str]]


class Printing(QObject):
    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(
        self, window: QWidget, detail: QTextBrowser, shown: Shown, preferences: Preferences
    ) -> None:
        super().__init__(window)
        self._window = window
        self._detail = detail
        self._shown = shown
        self._preferences = preferences

    def printable_document(self) -> QTextDocument:
        """The page on display, its citation under the title, without the links that
        only make sense on screen."""
        collection, current, lang, style_id = self._shown()
        document = QtGui.QTextDocument(self)
        if collection is not None and current is not None:
            html = render.resolution_html(
                collection, current, lang, None, style_id, interactive=False
            )
            document.setHtml(html)
            paged.move_to_top(document, label("cite", lang))
        else:
            document.setHtml(self._detail.toHtml())
        return document

    def _title_and_head(self) -> tuple[str, str]:
        """The document's title (its metadata) and its running head."""
        collection, current, lang, _style = self._shown()
        title = window_title(collection, current, lang)
        return title, current.symbol if current is not None else title

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        title, head = self._title_and_head()
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paged.paint(self.printable_document(), printer, head)

    def choose_pdf(self) -> None:
        _collection, current, _lang, _style = self._shown()
        name = (current.symbol if current else "overview").replace("/", "-")
        start = Path(folders.start_folder(self._preferences)) / f"{name}.pdf"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._window, self.tr("Export PDF"), str(start), self.tr("PDF files (*.pdf)")
        )
        if path:
            folders.remember(self._preferences, path)
            self.export_pdf(path)

    def export_pdf(self, path: str) -> None:
        title, head = self._title_and_head()
        file = QSaveFile(path)  # written whole, or the file there before is left as it was
        if file.open(QIODevice.OpenModeFlag.WriteOnly):
            writer = QtGui.QPdfWriter(file)
            writer.setTitle(title)  # the PDF's metadata: what a reader's title bar shows
            writer.setCreator("Resolutions Viewer")
            writer.setResolution(300)
            writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
            if paged.paint(self.printable_document(), writer, head) and file.commit():
                self.message.emit(self.tr("Saved %1").replace("%1", path), 8000)
                return
        text = self.tr("%1 cannot be written: %2").replace("%1", path)
        self.message.emit(text.replace("%2", file.errorString()), 0)
