"""The right-hand column: the overview's timeline above the detail pane, the find bar
below it. The timeline and the find bar are made when first needed, after the first
paint (their modules and painting classes are not on the start-up path)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.ui.detail_view import DetailView

if TYPE_CHECKING:
    from viewer.core.collection import Collection
    from viewer.ui.find_bar import FindBar
    from viewer.ui.timeline import Timeline


class PagePane(QWidget):
    resolution_clicked = Signal(str)  # a mark of the timeline: a symbol

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.detail = DetailView(self)
        self._collection: Collection | None = None
        self._lang = "en"
        self._timeline: Timeline | None = None  # made with the first overview
        self._find_bar: FindBar | None = None  # made at the first Ctrl+F
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.detail, 1)

    def set_collection(self, collection: Collection | None, lang: str) -> None:
        self._collection = collection
        self._lang = lang
        if self._timeline is not None:  # else made with this collection when needed
            self._timeline.set_collection(collection, lang)

    def show_timeline(self, shown: bool) -> None:
        """On the overview only; not made until an overview is shown."""
        if shown or self._timeline is not None:
            self.timeline.setVisible(shown)

    def retranslate(self) -> None:
        self.detail.setAccessibleName(self.tr("Resolution details"))
        if self._find_bar is not None:
            self._find_bar.retranslate()

    @property
    def find_bar(self) -> FindBar:
        """Find in page, under the detail pane (Ctrl+F, F3)."""
        if self._find_bar is None:
            from viewer.ui.find_bar import FindBar

            self._find_bar = FindBar(self.detail, self)
            self._layout.addWidget(self._find_bar)
        return self._find_bar

    @property
    def timeline(self) -> Timeline:
        """The overview's timeline, above the page."""
        if self._timeline is None:
            from viewer.ui.timeline import Timeline

            self._timeline = Timeline(self)
            self._timeline.set_collection(self._collection, self._lang)
            self._timeline.resolution_clicked.connect(self.resolution_clicked)
            self._layout.insertWidget(0, self._timeline)
        return self._timeline
