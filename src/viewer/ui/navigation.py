"""Where the detail pane is: the place on display, the history, back and forward.

What the pane shows is a ``Place`` (the overview, or a resolution and the search it came
from); every way of getting somewhere goes through ``go_to``, which keeps the history,
the sidebar's selection and the remembered last resolution in step, then says ``moved``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from viewer.core.history import History, Place

if TYPE_CHECKING:
    from collections.abc import Callable

    from viewer.core.collection import Collection, Resolution
    from viewer.core.search import SearchResult
    from viewer.ui.preferences import Preferences
    from viewer.ui.search_panel import SearchPanel


class Navigation(QObject):
    moved = Signal()  # the place on display changed: render it
    marks_changed = Signal()  # same place, other words to mark: render it again
    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(self, window: QWidget, sidebar: SearchPanel, preferences: Preferences) -> None:
        super().__init__(window)
        self._window = window
        self._sidebar = sidebar
        self._preferences = preferences
        self.collection: Collection | None = None
        self.history = History()
        self.current: Resolution | None = None
        self.result: SearchResult | None = None  # the search the current page came from
        self.anchor = ""  # the paragraph to scroll to once the place is shown ("p8")
        # The paragraph the reader is at (ui/reading.py), kept in the history on leaving.
        self.where: Callable[[], str] = lambda: ""

    def reset(self, collection: Collection) -> None:
        """Another collection: the overview, an empty history."""
        self.collection = collection
        self.current = None
        self.result = None
        self.history.clear()

    def open_symbol(
        self, symbol: str, result: SearchResult | None = None, anchor: str = ""
    ) -> bool:
        res = self.collection.find(symbol) if self.collection else None
        if res is None:
            self.message.emit(self.tr("Unknown symbol: %1").replace("%1", symbol), 5000)
            return False
        query = result.query.text if result is not None else ""
        self.go_to(Place(res.symbol, query, anchor), result)
        return True

    def go_to(self, place: Place, result: SearchResult | None = None, record: bool = True) -> None:
        """Show a place; ``record`` adds it to the history (not when going back)."""
        if self.collection is None:
            return
        res = self.collection.find(place.symbol) if place.symbol else None
        if record:
            self._remember_where()
        self.current = res
        self.result = result if res is not None else None
        self.anchor = place.anchor if res is not None else ""
        if record:
            self.history.visit(Place(res.symbol if res else None, place.query, self.anchor))
        if res is None:
            self._sidebar.forget_current()
        else:
            if result is None and not place.query:
                self._sidebar.select_in_tree(res.key)
            self._preferences.last_symbol = res.symbol
        self.moved.emit()

    def follow_query(self, result: SearchResult | None) -> None:
        """The sidebar shows another search (None: it was cleared): the page on display
        marks what this one matched, or nothing, never an older query's words."""
        if result is self.result:
            return
        self.result = result
        if self.current is not None:
            self.marks_changed.emit()

    def follow_link(self, target: str) -> None:
        """A link in a page, the timeline or the favourites: the tree shows where it is.
        ``target``: a symbol, or "SYMBOL#p2" for a paragraph of it."""
        symbol, _, anchor = target.partition("#")
        res = self.collection.find(symbol) if self.collection else None
        if res is None:
            return
        self._sidebar.clear_search()
        self.open_symbol(res.symbol, anchor=anchor)

    def _remember_where(self) -> None:
        if self.current is not None:
            self.history.remember_anchor(self.where())

    def go_overview(self) -> None:
        self._sidebar.clear_search()
        self._sidebar.clear_selection()
        self.show_overview()

    def show_overview(self) -> None:
        self.go_to(Place())

    def go_back(self) -> None:
        self._remember_where()
        self._revisit(self.history.back())

    def go_forward(self) -> None:
        self._remember_where()
        self._revisit(self.history.forward())

    def _revisit(self, place: Place | None) -> None:
        if place is None:
            return
        result = None
        if place.query:
            # Back to a page opened from a search: the sidebar searches once and shows
            # it; its answer brings the page's marks back.
            result = self._sidebar.show_search_now(place.query)
        elif self._sidebar.is_searching():
            self._sidebar.clear_search()
        self.go_to(place, result, record=False)
        if place.symbol and not place.query and self.current is not None:
            self._sidebar.select_in_tree(self.current.key)

    # -- the mouse's back and forward buttons ----------------------------------------

    def watch_mouse_buttons(self) -> None:
        """The mouse's back and forward buttons, wherever the pointer is in the window.

        Installed once the window has painted: an application-wide event filter makes
        PySide wrap every object that gets an event, and its first wrap of a Qt class it
        does not expose (a line edit's clear button, a tree's header…) makes it build
        all its lazily made classes and their enums, some 50 ms before the first paint
        when installed earlier."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop_watching(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QtGui.QMouseEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)


APP_NAME = "Resolutions Viewer"


def window_title(collection: Collection | None, current: Resolution | None, lang: str) -> str:
    """The window names what is on display: "S/RES/2396 (2017) — <collection>"."""
    if collection is None:
        return APP_NAME
    title = collection.title.get(lang)
    return f"{current.symbol} — {title}" if current is not None else title
