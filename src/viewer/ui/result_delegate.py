"""Paints a search result: the symbol in bold, its label, and the snippet with the
matched words in bold (the snippet is HTML made by the core, already escaped).

Every row has the same height (two lines and three small lines), so the list never
lays out a hundred rich-text documents to size its scroll bar: only the rows on
screen are drawn, and typing stays smooth.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.ui.results_model import LABEL_ROLE, MATCHED_LANG_ROLE, SNIPPET_ROLE
from viewer.ui.tree_model import SYMBOL_ROLE

MARGIN = 6
SNIPPET_LINES = 3
AnyIndex = QModelIndex | QPersistentModelIndex
# A record that matched in its other language says so beside its symbol.
MATCHED_IN = {
    "fr": QT_TRANSLATE_NOOP("ResultDelegate", "matched in French"),
    "en": QT_TRANSLATE_NOOP("ResultDelegate", "matched in English"),
}


def matched_note(lang: object) -> str:
    """ "matched in French" for a row whose passage is French, in the interface's words."""
    text = MATCHED_IN.get(str(lang or ""), "")
    return QCoreApplication.translate("ResultDelegate", text) if text else ""


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.86, 6.0))
    return small


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One document for every snippet, filled at each paint: making and setting up
        # one per row was a third of a row's paint.
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)
        self._doc_font: QFont | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        font: QFont = option.font  # type: ignore[attr-defined]
        line = QFontMetrics(font).lineSpacing()
        small = QFontMetrics(_small(font)).lineSpacing()
        return QSize(200, 2 * MARGIN + 2 * line + SNIPPET_LINES * small + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # The view's option (state, rectangle, palette) is all the background needs:
        # initStyleOption would ask the model for ten roles this delegate draws itself.
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
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
        note_width = self._paint_note(painter, rect, line, index)
        width = rect.width() - note_width
        painter.setFont(bold)
        painter.drawText(
            QRect(rect.left(), rect.top(), width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(symbol, Qt.TextElideMode.ElideRight, width),
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
        doc = self._doc
        if self._doc_font != font:
            self._doc_font = QFont(font)
            doc.setDefaultFont(_small(font))
        doc.setHtml(str(index.data(SNIPPET_ROLE) or ""))
        doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.translate(rect.left(), snippet_top)
        painter.setClipRect(QRectF(0, 0, rect.width(), height))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def _paint_note(painter: QPainter, rect: QRect, line: int, index: AnyIndex) -> int:
        """ "matched in French" at the right of the symbol's line, in small italics;
        returns the width it took (0: the row matched in the interface's language)."""
        note = matched_note(index.data(MATCHED_LANG_ROLE))
        if not note:
            return 0
        font = _small(painter.font())
        font.setBold(False)
        font.setItalic(True)
        metrics = QFontMetrics(font)
        # At most half the row: the symbol stays readable in a narrow sidebar.
        width = min(metrics.horizontalAdvance(note) + MARGIN, rect.width() // 2)
        painter.setFont(font)
        painter.drawText(
            QRect(rect.right() - width, rect.top(), width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(note, Qt.TextElideMode.ElideRight, width),
        )
        return width
