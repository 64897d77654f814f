"""The ranked search results shown in the sidebar in place of the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from viewer.core.search import Hit, SearchResult
from viewer.ui.tree_model import SYMBOL_ROLE

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._lang = "en"
        self.result: SearchResult | None = None

    def set_result(self, result: SearchResult | None, lang: str) -> None:
        self.beginResetModel()
        self.result = result
        self._hits = list(result.hits) if result else []
        self._lang = lang
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        res = hit.resolution
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{res.symbol}  {res.label(self._lang)}"
        if role == SYMBOL_ROLE:
            return res.symbol
        if role == LABEL_ROLE:
            return res.label(self._lang)
        if role == SNIPPET_ROLE:
            return hit.snippet_html
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{res.symbol}\n{res.label(self._lang)}"
        return None
