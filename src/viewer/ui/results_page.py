"""The sidebar's second page: the count of results and their order, the chips that
narrow them, then their list. Made at the first search (the result delegate's imports
cost more than the rest of the sidebar, and the window paints first), so its module is
imported then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.facet_chips import FacetChips
from viewer.ui.result_delegate import ResultDelegate
from viewer.ui.results_model import ResultsModel
from viewer.ui.sort_box import SortBox


class ResultsPage(QWidget):
    """The count and the order above the chips and the list (the sidebar's second page)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        self.count_label.setWordWrap(True)  # a long count must not widen the sidebar
        # Rich text: the close spelling used is in italics (the core's words, escaped).
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.sort_box = SortBox(self)
        self.chips = FacetChips(self)
        self.chips.setVisible(False)
        self.model = ResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformItemSizes(True)  # see ResultDelegate
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        heading = QHBoxLayout()
        heading.setContentsMargins(4, 2, 2, 0)
        heading.addWidget(self.count_label, 1)
        heading.addWidget(self.sort_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(heading)
        layout.addWidget(self.chips)
        layout.addWidget(self.view, 1)
