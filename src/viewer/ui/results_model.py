"""The search results shown in the sidebar in place of the tree: every match, fetched
a page at a time as the list scrolls (canFetchMore/fetchMore), so a query matching
20,000 records costs what its first screen costs; snippets are made for the rows drawn.

The rows are counted on the C++ side (a ``QStringListModel`` of empty strings, one per
row fetched): a list view asks its model's row count twice per row at every layout, and
with a Python ``rowCount`` each page of 50 added below 30,000 rows stalled the window
for a quarter of a second. Only ``data`` (for the rows drawn) and the fetching are Python.
"""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt, QTimer

if TYPE_CHECKING:
    from viewer.core.search import Hit, SearchResult
from viewer.ui.row_labels import short_label
from viewer.ui.tree_model import SYMBOL_ROLE

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3
MATCHED_LANG_ROLE = Qt.ItemDataRole.UserRole + 4  # "fr" when the record matched in French
PAGE_ROWS = 50
NAMING_SECONDS = 0.004  # paragraphs named per idle slice: a key waits at most this
WAITING_KEPT = 64  # rows drawn waiting for their paragraph (older ones: drawn again later)
NAMING_PAUSE_MS = 120  # rows are named once the list has stood still this long

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultsModel(QStringListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetched = 0  # rows fetched (the result holds the hits of the rows drawn)
        self._lang = "en"
        self._fetching = False  # a view (or the model tester) may ask again mid-insert
        # Rows drawn before their paragraph was named (parsing a long text takes up to
        # 15 ms, nine new rows a page): named once the list stands still, newest first,
        # a slice at a time, so that neither scrolling nor typing waits for them.
        self._waiting: dict[int, None] = {}
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(NAMING_PAUSE_MS)
        self._naming = QTimer(self)
        self._naming.setInterval(0)
        self._naming.timeout.connect(self._name_paragraphs)
        self._pause.timeout.connect(self._naming.start)
        self.result: SearchResult | None = None

    def set_result(self, result: SearchResult | None, lang: str) -> None:
        self.result = result
        # The first page's rows, ranked with the search (their hits are made when drawn).
        self._fetched = min(result.limit, result.total, result.ranked) if result else 0
        self._waiting.clear()
        self._pause.stop()
        self._naming.stop()
        self._lang = lang
        self.setStringList([""] * self._fetched)  # resets the model: views ask again

    @property
    def total(self) -> int:
        """Every match, fetched or not ("143 results")."""
        return self.result.total if self.result else 0

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and self._fetched < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.result is None or self._fetching:
            return
        start = self._fetched
        page = self.result.page(start, start + PAGE_ROWS)
        if not page:
            return
        self._fetching = True
        try:
            self._fetched += len(page)  # before the rows exist: a view reads them at once
            self.insertRows(start, len(page))
        finally:
            self._fetching = False

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Read-only rows (a string list's rows are editable and draggable).
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._fetched or self.result is None:
            return None
        hit = self.result.hit(index.row())
        if hit is None:
            return None
        res = hit.resolution
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{res.symbol}  {short_label(res, self._lang)}"
        if role == SYMBOL_ROLE:
            return res.symbol
        if role == LABEL_ROLE:
            return short_label(res, self._lang)
        if role == SNIPPET_ROLE:
            return self._snippet(index.row(), hit)
        if role == MATCHED_LANG_ROLE:
            return hit.matched_lang
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{res.symbol}\n{short_label(res, self._lang)}"
        return None

    def _snippet(self, row: int, hit: Hit) -> str:
        """The row's snippet led by its paragraph (both kept by the hit); without it
        until the paragraph is named, when that would hold up the paint (see
        ``_name_paragraphs``)."""
        from viewer.core import hit_place  # the structure reader, at the first result drawn

        if hit.place_known or hit_place.quick(hit.resolution, hit.passage):
            return _with_paragraph(hit, self._lang)
        if row in self._waiting:
            return hit.snippet_html  # drawn again (a hover, a repaint): no new row
        self._waiting[row] = None  # the newest last
        while len(self._waiting) > WAITING_KEPT:
            del self._waiting[next(iter(self._waiting))]
        self._naming.stop()  # new rows drawn: wait until the list stands still
        self._pause.start()
        return hit.snippet_html

    def _name_paragraphs(self) -> None:
        deadline = time.perf_counter() + NAMING_SECONDS
        while self._waiting and time.perf_counter() < deadline:
            row = self._waiting.popitem()[0]  # the newest: most likely on screen now
            hit = self.result.hit(row) if self.result is not None else None
            if hit is not None and row < self._fetched and not hit.place_known:
                _ = hit.place  # found now, kept by the hit for the repaint
                changed = self.index(row, 0)
                self.dataChanged.emit(changed, changed, [SNIPPET_ROLE])
        if not self._waiting:
            self._naming.stop()


def _with_paragraph(hit: Hit, lang: str) -> str:
    """The snippet, led by the paragraph of the full text it is in ("para 17 …")."""
    from viewer.core import hit_place  # the structure reader, at the first result drawn

    paragraph = hit.place
    name = hit_place.label(paragraph, lang) if paragraph is not None else ""
    return f"<i>{html.escape(name)}</i> · {hit.snippet_html}" if name else hit.snippet_html
