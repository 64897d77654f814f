"""The sidebar's second page: the count of results above their list. Made at the first
search (the result delegate's imports cost more than the rest of the sidebar, and the
window paints first), so its module is imported then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from viewer.ui.result_delegate import ResultDelegate
from viewer.ui.results_model import ResultsModel


class ResultsPage(QWidget):
    """The count of results above their list (the sidebar's second page)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        self.count_label.setWordWrap(True)  # a long count must not widen the sidebar
        self.model = ResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformItemSizes(True)  # see ResultDelegate
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view)
