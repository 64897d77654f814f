"""Printing and PDF: the page on display with its citation at the foot (File ▸ Print,
File ▸ Export PDF; the self-test prints through it too).

Made when first needed (the window's ``printing``): Qt Print Support is loaded with this
module, never at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from viewer.core import render

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextBrowser, QWidget

    from viewer.core.collection import Collection, Resolution

    # What is on display: the collection, the resolution (None: the overview), language,
    # citation style id.
    Shown = Callable[[], tuple[Collection | None, Resolution | None, str, str]]


class Printing(QObject):
    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(self, window: QWidget, detail: QTextBrowser, shown: Shown) -> None:
        super().__init__(window)
        self._window = window
        self._detail = detail
        self._shown = shown

    def printable_document(self) -> QTextDocument:
        """The page on display with its citation at the foot, without the links that
        only make sense on screen."""
        collection, current, lang, style_id = self._shown()
        document = QtGui.QTextDocument(self)
        if collection is not None and current is not None:
            html = render.resolution_html(
                collection, current, lang, None, style_id, interactive=False
            )
            document.setHtml(html)
        else:
            document.setHtml(self._detail.toHtml())
        return document

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.printable_document().print_(printer)

    def choose_pdf(self) -> None:
        _collection, current, _lang, _style = self._shown()
        name = (current.symbol if current else "overview").replace("/", "-")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._window, self.tr("Export PDF"), f"{name}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.printable_document().print_(printer)
        self.message.emit(self.tr("Saved %1").replace("%1", path), 8000)
