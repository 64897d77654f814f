"""Favourites in the window: the star on the page, Ctrl+D, the Favourites menu and the
group at the top of the tree. The list itself is kept by ``FavouritesStore``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QToolButton

from viewer.ui.actions import icon
from viewer.ui.row_labels import short_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QTextBrowser

    from viewer.core.collection import Collection, Resolution
    from viewer.ui.favourites import FavouritesStore


class Starring(QObject):
    changed = Signal()  # the list changed: the tree's group and the star follow
    open_requested = Signal(str)  # a symbol chosen in the Favourites menu
    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(
        self,
        detail: QTextBrowser,
        store: FavouritesStore,
        action: QAction,
        menu: QMenu,
    ) -> None:
        super().__init__(detail)
        self.store = store
        self._detail = detail
        self._action = action
        self._menu = menu
        # The resolution on display, asked when needed (set by the window).
        self.current: Callable[[], Resolution | None] = lambda: None
        self.collection: Collection | None = None
        self.lang = "en"
        self.star = QToolButton(detail)
        self.star.setObjectName("favouriteStar")
        self.star.setCheckable(True)
        self.star.setAutoRaise(True)
        self.star.setIconSize(QSize(22, 22))
        self.star.clicked.connect(self.toggle)
        detail.resized.connect(self.place_star)
        store.changed.connect(self.changed)
        menu.aboutToShow.connect(self.fill_menu)

    def favourites(self) -> list[Resolution]:
        """The favourites this collection has, in the order they were starred."""
        if self.collection is None:
            return []
        found = [self.collection.find(s) for s in self.store.symbols]
        return [r for r in found if r is not None]

    def toggle(self) -> None:
        current = self.current()
        if current is None:
            return
        added = self.store.toggle(current.symbol)
        if self.store.last_error is not None:
            return  # its warning stays on the status bar: not replaced by "Added…"
        message = (
            self.tr("Added to favourites: %1") if added else self.tr("Removed from favourites: %1")
        )
        self.message.emit(message.replace("%1", current.symbol), 5000)

    def show_state(self) -> None:
        """The star and the action say whether the page on display is a favourite."""
        current = self.current()
        favourite = current is not None and self.store.contains(current.symbol)
        self._action.setEnabled(current is not None)
        self._action.setChecked(favourite)
        self.star.setVisible(current is not None)
        self.star.setChecked(favourite)
        self.star.setIcon(icon("star-filled" if favourite else "star"))

    def retranslate(self) -> None:
        self.star.setToolTip(self._action.toolTip())
        self.star.setAccessibleName(self.tr("Favourite"))

    def place_star(self) -> None:
        """At the page's top right corner, clear of its scroll bar."""
        scrollbar = self._detail.verticalScrollBar()
        offset = scrollbar.width() if scrollbar.isVisible() else 0
        self.star.adjustSize()
        self.star.move(self._detail.width() - self.star.width() - offset - 10, 8)
        self.star.raise_()
        if self.current() is None:
            return  # no resolution (the start): its document is not made before the paint
        # The text keeps clear of the star: a title never runs under it, at any width.
        root = self._detail.document().rootFrame()
        frame = root.frameFormat()
        frame.setRightMargin(self.star.width() + 10)
        root.setFrameFormat(frame)

    def fill_menu(self) -> None:
        menu = self._menu
        menu.clear()
        menu.addAction(self._action)
        menu.addSeparator()
        shown = self.favourites()
        for res in shown:
            menu.addAction(
                f"{res.symbol}  {short_label(res, self.lang)}",
                lambda s=res.symbol: self.open_requested.emit(s),
            )
        if not shown:
            menu.addAction(self.tr("No favourites yet: Ctrl+D stars a resolution")).setEnabled(
                False
            )
