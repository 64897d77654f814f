"""Paints a search result: the symbol in bold, its label, and the snippet with the
matched words highlighted (the snippet is HTML made by the core, already escaped)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.ui.results_model import LABEL_ROLE, SNIPPET_ROLE
from viewer.ui.tree_model import SYMBOL_ROLE

_MARGIN = 6


class ResultDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(_MARGIN)
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        symbol = html.escape(str(index.data(SYMBOL_ROLE) or ""))
        label = html.escape(str(index.data(LABEL_ROLE) or ""))
        snippet = str(index.data(SNIPPET_ROLE) or "")
        doc.setHtml(
            f'<b>{symbol}</b><br/>{label}<br/><span style="font-size: small">{snippet}</span>'
        )
        width = option.rect.width()  # type: ignore[attr-defined]
        doc.setTextWidth(width if width > 0 else 280)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        text_backup = option.text  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        if style is not None:
            # The background, focus and selection, drawn by the style as for any row.
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # type: ignore[attr-defined]
        option.text = text_backup  # type: ignore[attr-defined]
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
