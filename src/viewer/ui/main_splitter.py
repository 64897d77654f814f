"""The sidebar beside the page: how the room is shared, and the shares remembered.

Both sides grow with the window, the page more; neither gets too narrow to read. The
remembered sizes are put back when the splitter is first shown, at its real width:
restored earlier, the first resize would share the difference between both sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

from viewer.ui.preferences import SPLITTER

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from viewer.ui.preferences import Preferences

SIDEBAR_MIN_WIDTH = 220
PAGE_MIN_WIDTH = 380  # below this a page's words break inside ("Sec urit y")
SIDEBAR_STRETCH, PAGE_STRETCH = 1, 3


class MainSplitter(QSplitter):
    def __init__(self, sidebar: QWidget, page: QWidget, preferences: Preferences) -> None:
        # Horizontal by default. QSplitter(parent) would build PySide's Qt namespace to
        # rule out its QSplitter(orientation, parent) overload: see viewer/ui/__init__.py.
        super().__init__()
        self.setObjectName("mainSplitter")
        self._preferences = preferences
        self._restored = False
        self.addWidget(sidebar)
        self.addWidget(page)
        self.setStretchFactor(0, SIDEBAR_STRETCH)
        self.setStretchFactor(1, PAGE_STRETCH)
        sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        page.setMinimumWidth(PAGE_MIN_WIDTH)
        self.setSizes([360, 720])
        self.setChildrenCollapsible(False)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            state = self._preferences.geometry(SPLITTER)
            if state is not None:
                self.restoreState(state)
        super().showEvent(event)

    def remember(self) -> None:
        self._preferences.set_geometry(SPLITTER, self.saveState())
