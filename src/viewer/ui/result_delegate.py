"""Paints a search result: the symbol in bold, its label, and the snippet with the
matched words in bold (the snippet is HTML made by the core, already escaped).

Every row has the same height (two lines and three small lines), so the list never
lays out a hundred rich-text documents to size its scroll bar: only the rows on
screen are drawn, and typing stays smooth.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.ui.results_model import LABEL_ROLE, SNIPPET_ROLE
from viewer.ui.tree_model import SYMBOL_ROLE

MARGIN = 6
SNIPPET_LINES = 3
AnyIndex = QModelIndex | QPersistentModelIndex


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.86, 6.0))
    return small


class ResultDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        font: QFont = option.font  # type: ignore[attr-defined]
        line = QFontMetrics(font).lineSpacing()
        small = QFontMetrics(_small(font)).lineSpacing()
        return QSize(200, 2 * MARGIN + 2 * line + SNIPPET_LINES * small + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        option.text = ""  # type: ignore[attr-defined]
        if style is not None:
            # background, selection and focus, drawn by the style as for any row
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect: QRect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        line = QFontMetrics(font).lineSpacing()

        painter.save()
        painter.setPen(colour)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        symbol = str(index.data(SYMBOL_ROLE) or "")
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(symbol, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(font)
        label = str(index.data(LABEL_ROLE) or "")
        painter.drawText(
            QRect(rect.left(), rect.top() + line, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, rect.width()),
        )

        snippet_top = rect.top() + 2 * line
        height = rect.bottom() - snippet_top
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_small(font))
        doc.setHtml(str(index.data(SNIPPET_ROLE) or ""))
        doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.translate(rect.left(), snippet_top)
        painter.setClipRect(QRectF(0, 0, rect.width(), height))
        doc.documentLayout().draw(painter, context)
        painter.restore()
