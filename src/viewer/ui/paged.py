"""A document laid out on pages with a running head: the symbol at the left and the
page number at the right of every page (QTextDocument.print_ has no head of its own)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextCursor,
    QTextDocument,
)

HEAD_GAP_LINES = 1.5  # the head's height, in lines of its font, gap included
RULE_WIDTH = 0.5  # points: the line under the head


def move_to_top(document: QTextDocument, heading: str, after_blocks: int = 2) -> bool:
    """Move everything from the level-2 heading ``heading`` (the citation block at the
    page's foot) to after the first ``after_blocks`` blocks (the title and its line), so
    that the citation is on the first page. False when there is no such heading."""
    block = document.lastBlock()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2 and block.text().strip() == heading:
            break
        block = block.previous()
    else:
        return False
    cursor = QTextCursor(document)
    cursor.setPosition(block.position())
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    fragment = cursor.selection()
    cursor.removeSelectedText()
    cursor.deletePreviousChar()  # the empty block the cut left at the end
    # At the end of the title's line, in a block of its own: the next block may be a
    # table's first cell, which must not take the citation in.
    target = document.findBlockByNumber(after_blocks - 1)
    cursor.setPosition(target.position() + target.length() - 1)
    cursor.insertBlock()
    cursor.insertFragment(fragment)
    return True


def paint(document: QTextDocument, device: QPagedPaintDevice, head: str) -> int:
    """Paint ``document`` on ``device``'s pages under a running head; returns the number
    of pages, 0 when the device cannot be painted on (a file that cannot be written)."""
    painter = QPainter(device)
    if not painter.isActive():
        return 0
    try:
        return _paint_pages(painter, document, device, head)
    finally:
        painter.end()


def _paint_pages(
    painter: QPainter, document: QTextDocument, device: QPagedPaintDevice, head: str
) -> int:
    page = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
    font = QFont(document.defaultFont())
    font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
    painter.setFont(font)
    head_height = QFontMetricsF(font, device).lineSpacing() * HEAD_GAP_LINES
    body = QRectF(0, 0, page.width(), page.height() - head_height)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body.size())
    pages = document.pageCount()
    for number in range(pages):
        if number:
            device.newPage()
        line = QRectF(0, 0, page.width(), head_height * 0.7)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, head)
        painter.drawText(
            line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{number + 1}/{pages}"
        )
        pen = painter.pen()
        pen.setWidthF(RULE_WIDTH * device.resolution() / 72)
        painter.setPen(pen)
        painter.drawLine(0, int(head_height * 0.75), int(page.width()), int(head_height * 0.75))
        painter.save()
        painter.translate(0, head_height - number * body.height())
        clip = QRectF(0, number * body.height(), body.width(), body.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        # A point inside the page: a line of the page before that touches its edge by a
        # rounding is not drawn (clipped, its text would still be in the PDF's text).
        context.clip = clip.adjusted(0, 1, 0, -1)
        document.documentLayout().draw(painter, context)
        painter.restore()
    return pages
