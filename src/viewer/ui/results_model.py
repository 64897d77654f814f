"""The search results shown in the sidebar in place of the tree: every match, fetched
a page at a time as the list scrolls (canFetchMore/fetchMore), so a query matching
20,000 records costs what its first screen costs; snippets are made for the rows drawn."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from viewer.core.search import Hit, SearchResult
from viewer.ui.row_labels import short_label
from viewer.ui.tree_model import SYMBOL_ROLE

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3
MATCHED_LANG_ROLE = Qt.ItemDataRole.UserRole + 4  # "fr" when the record matched in French
PAGE_ROWS = 50

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._lang = "en"
        self._fetching = False  # a view (or the model tester) may ask again mid-insert
        self.result: SearchResult | None = None

    def set_result(self, result: SearchResult | None, lang: str) -> None:
        self.beginResetModel()
        self.result = result
        self._hits = list(result.hits) if result else []
        self._lang = lang
        self.endResetModel()

    @property
    def total(self) -> int:
        """Every match, fetched or not ("143 results")."""
        return self.result.total if self.result else 0

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._hits) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.result is None or self._fetching:
            return
        start = len(self._hits)
        page = self.result.page(start, start + PAGE_ROWS)
        if not page:
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._hits.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        res = hit.resolution
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{res.symbol}  {short_label(res, self._lang)}"
        if role == SYMBOL_ROLE:
            return res.symbol
        if role == LABEL_ROLE:
            return short_label(res, self._lang)
        if role == SNIPPET_ROLE:
            return _with_paragraph(hit, self._lang)
        if role == MATCHED_LANG_ROLE:
            return hit.matched_lang
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{res.symbol}\n{short_label(res, self._lang)}"
        return None


def _with_paragraph(hit: Hit, lang: str) -> str:
    """The snippet, led by the paragraph of the full text it is in ("para 17 …")."""
    from viewer.core import hit_place  # the structure reader, at the first result drawn

    paragraph = hit_place.paragraph_of(hit.resolution, hit.passage)
    name = hit_place.label(paragraph, lang) if paragraph is not None else ""
    return f"<i>{html.escape(name)}</i> · {hit.snippet_html}" if name else hit.snippet_html
