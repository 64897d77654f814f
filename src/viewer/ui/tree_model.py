"""The sidebar tree: organs (file order, with a count), then their resolutions.

An organ with more than ``GROUP_BY_YEAR_ABOVE`` resolutions gets a level of years
between it and them, so that a collection of thousands stays easy to browse.
"""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.core.collection import Collection, Organ, Resolution
from viewer.core.dates import long_date
from viewer.ui.row_labels import RowLabels

GROUP_BY_YEAR_ABOVE = 50
SYMBOL_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class Node:
    __slots__ = ("children", "count", "favourites", "organ", "parent", "resolution", "row", "year")

    def __init__(
        self,
        parent: Node | None,
        row: int,
        organ: Organ | None = None,
        year: int | None = None,
        resolution: Resolution | None = None,
    ) -> None:
        self.parent = parent
        self.row = row
        self.organ = organ
        self.year = year
        self.resolution = resolution
        self.children: list[Node] = []
        self.count = 0
        self.favourites = False  # the group of starred resolutions

    def add(self, **kwargs: object) -> Node:
        child = Node(self, len(self.children), **kwargs)  # type: ignore[arg-type]
        self.children.append(child)
        return child


class TreeModel(QAbstractItemModel):
    def __init__(self, collection: Collection, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._root = Node(None, 0)
        self._by_key: dict[str, Node] = {}
        self._collection = collection
        self._labels: RowLabels | None = None  # made at the first row shown, per language
        self._build(collection)

    def _build(self, collection: Collection) -> None:
        # The favourites group comes first, as in Zeal and every browser's bookmarks.
        self._favourites = self._root.add()
        self._favourites.favourites = True
        for organ in collection.organs:
            members = collection.by_organ(organ.id)
            organ_node = self._root.add(organ=organ)
            organ_node.count = len(members)
            if len(members) > GROUP_BY_YEAR_ABOVE:
                ordered = sorted(members, key=lambda r: r.date)
                for year, group in groupby(ordered, key=lambda r: r.date.year):
                    year_node = organ_node.add(year=year)
                    for res in group:
                        self._by_key[res.key] = year_node.add(resolution=res)
                    year_node.count = len(year_node.children)
            else:
                for res in members:
                    self._by_key[res.key] = organ_node.add(resolution=res)

    def favourites_index(self) -> QModelIndex:
        return self.createIndex(0, 0, self._favourites)

    def set_favourites(self, resolutions: list[Resolution]) -> None:
        """Replace the favourites group's rows (rows removed, then rows inserted)."""
        parent = self.favourites_index()
        old = len(self._favourites.children)
        if old:
            self.beginRemoveRows(parent, 0, old - 1)
            self._favourites.children.clear()
            self.endRemoveRows()
        if resolutions:
            self.beginInsertRows(parent, 0, len(resolutions) - 1)
            for res in resolutions:
                self._favourites.add(resolution=res)
            self.endInsertRows()
        self._favourites.count = len(resolutions)
        self.dataChanged.emit(parent, parent)

    def set_language(self, lang: str) -> None:
        if lang == self._lang:
            return
        self._lang = lang
        self._labels = None
        self._changed_below(QModelIndex())

    def _changed_below(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows == 0:
            return
        self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 0, parent))
        for row in range(rows):
            self._changed_below(self.index(row, 0, parent))

    def _node(self, index: AnyIndex) -> Node:
        if index.isValid():
            return index.internalPointer()  # type: ignore[no-any-return]
        return self._root

    # -- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node)
        if role == Qt.ItemDataRole.ToolTipRole and node.resolution is not None:
            res = node.resolution
            return f"{res.symbol}\n{long_date(res.date, self._lang)}\n{res.label(self._lang)}"
        if role == SYMBOL_ROLE and node.resolution is not None:
            return node.resolution.symbol
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(node)
        return None

    def _display(self, node: Node) -> str:
        if node.resolution is not None:
            if self._labels is None:
                self._labels = RowLabels(self._collection.resolutions, self._lang)
            return self._labels.text(node.resolution)
        if node.favourites:
            name = self.tr("Favourites")
            return f"★ {name} ({node.count})"
        if node.organ is not None:
            return f"{node.organ.name.get(self._lang)} ({node.count})"
        return f"{node.year} ({node.count})"

    # -- look-ups --------------------------------------------------------------------

    def index_of(self, key: str) -> QModelIndex:
        """The index of the resolution with this normalised symbol (``Resolution.key``)."""
        node = self._by_key.get(key)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def resolution_at(self, index: AnyIndex) -> Resolution | None:
        return self._node(index).resolution if index.isValid() else None
