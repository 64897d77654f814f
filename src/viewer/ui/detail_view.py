"""The detail pane: a read-only browser that never loads anything by itself.

Links are handled here: a related resolution selects it in the window; an official
document opens in the system browser, only on a click and only for http(s); an
``action:`` link (copy the citation, choose a style) is passed to the window. Nothing
else is followed and no image or stylesheet is ever fetched.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QWheelEvent
    from PySide6.QtWidgets import QMenu, QMessageBox


PAGE_MARGIN = 14
DEFAULT_DOCUMENT_MARGIN = 4  # QTextDocument's


class DetailView(QTextBrowser):
    resolution_link_activated = Signal(str)  # a symbol
    external_link_opened = Signal(str)  # a URL handed to the system browser
    action_requested = Signal(str)  # "copy-citation", "style/apa"
    zoomed = Signal(int)  # +1 / -1 from Ctrl+wheel
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._on_anchor)
        self.link_failure: QMessageBox | None = None  # the last "cannot be opened" note
        self.setObjectName("detailView")
        # Where the mouse was last pressed in the page (viewport coordinates): the
        # paragraph a followed link was in, for Back to return to (ui/reading.py).
        self.pressed_at: QPoint | None = None
        # The right-click menu at a point of the page (ui/reading.py); None: Qt's own.
        self.menu_for: Callable[[QPoint], QMenu] | None = None

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        # The page is built from data strings: it must never fetch a file or a URL.
        return None

    def show_page(self, page_html: str) -> None:
        self.pressed_at = None
        self.setHtml(page_html)
        self.document().setDocumentMargin(PAGE_MARGIN)

    def show_message(self, text: str) -> None:
        """A line where a page will be (the start's "Loading…"), at the page's margin:
        the document's default margin and the paragraph's make ``PAGE_MARGIN``, and the
        document itself (its Python class) is left alone before the first paint."""
        inner = PAGE_MARGIN - DEFAULT_DOCUMENT_MARGIN
        self.setHtml(f'<p style="margin: {inner}px">{html.escape(text)}</p>')

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        from viewer.core import render  # links are followed after the first paint

        symbol = render.symbol_from_link(text)
        if symbol is not None:
            self.resolution_link_activated.emit(symbol)  # "SYMBOL" or "SYMBOL#p2"
        elif text.startswith("#"):  # the table of contents, a footnote mark
            self.scrollToAnchor(text[1:])
            self.pressed_at = None  # the point clicked now shows another paragraph
        elif url.scheme() == render.ACTION_SCHEME:
            self.action_requested.emit(url.path())
        elif url.scheme().lower() in ("http", "https"):
            if not QtGui.QDesktopServices.openUrl(url):  # no browser: say so, offer a copy
                from viewer.ui import link_failure

                self.link_failure = link_failure.tell(self, text)
            self.external_link_opened.emit(text)

    def event(self, event: QEvent) -> bool:
        # QTextBrowser keeps Alt+Left/Right for a history of its own, which this pane
        # does not use: let the window's Back and Forward shortcuts have them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QtGui.QKeyEvent):
            from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

            if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Right,
            ):
                event.ignore()
                return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.menu_for is None:
            super().contextMenuEvent(event)
            return
        self.menu_for(event.pos()).popup(event.globalPos())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Ctrl+wheel zooms; the window keeps the level (and remembers it).
        from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomed.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
