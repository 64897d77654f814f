"""The sidebar: a search box above the tree; results replace the tree while searching.

Keyboard, as in Zeal: typing searches as you type and highlights the first result;
Up/Down move the highlight without leaving the box; Enter opens the highlighted one;
Esc clears the box and brings the tree back, on the resolution last opened. Searches
run on a worker thread: typing never waits for the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.workers import SearchWorker

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelectionModel, QModelIndex
    from PySide6.QtWidgets import QLabel, QListView

    from viewer.core.collection import Collection, Resolution
    from viewer.core.search import SearchIndex, SearchResult
    from viewer.ui.preferences import Preferences
    from viewer.ui.results_model import ResultsModel
    from viewer.ui.results_page import ResultsPage
    from viewer.ui.tree_model import TreeModel

# Long enough to skip the searches of a fast typist's intermediate keys, short enough
# to feel instant.
DEBOUNCE_MS = 40
RESULTS_LIMIT = 50
TREE_PAGE, RESULTS_PAGE = 0, 1


def _clear_and_select() -> QItemSelectionModel.SelectionFlag:
    # Looked up when used: PySide makes the class (and its enums) on first use, and
    # nothing selects before the window's first paint.
    return QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect


def _symbol_at(index: QModelIndex) -> str:
    """The symbol of a row of the tree or the results ("" for a group)."""
    # The models' module: imported once the rows exist, after the first paint.
    from viewer.ui.tree_model import SYMBOL_ROLE

    return str(index.data(SYMBOL_ROLE) or "") if index.isValid() else ""


class SearchPanel(QWidget):
    resolution_selected = Signal(str)  # a symbol, from the tree (browsing)
    resolution_opened = Signal(str, object)  # a symbol and the SearchResult it came from
    overview_requested = Signal()
    context_requested = Signal(list, QPoint)  # resolutions under the menu, global position
    sort_changed = Signal(str)  # the order chosen for results (to remember)
    query_changed = Signal(object)  # the SearchResult shown, None when the search is cleared

    def __init__(
        self, collection: Collection | None, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.index: SearchIndex | None = None
        self.collection: Collection | None = None
        self._lang = lang
        self._sort = "relevance"  # the results' order (SortBox; remembered by the window)
        self._current_key: str | None = None
        self._indexing: tuple[int, int] | None = None
        self._loading = False
        self._request_id = 0  # the newest search asked for; older answers are dropped
        self._shown_id = 0
        self._open_when_answered = False
        self._worker = SearchWorker(self)
        self._worker.finished.connect(self._on_search_finished)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        # The clear button shows only over text, and making it (the style's icon looked up
        # in the icon theme) can wait until the window has painted.
        AfterFirstPaint(self, lambda: self.search_box.setClearButtonEnabled(True))
        self.search_box.installEventFilter(self)

        self.tree_model: TreeModel | None = None
        self.tree = QTreeView(self)
        self.tree.setObjectName("tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.customContextMenuRequested.connect(lambda pos: self._context_menu(self.tree, pos))

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self._results_page: ResultsPage | None = None  # built on the first search

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.stack)
        self.setTabOrder(self.search_box, self.tree)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._on_text_changed)
        self.retranslate()
        if collection is not None:
            self.set_collection(collection)

    # -- the results page ------------------------------------------------------------

    @property
    def results_page(self) -> ResultsPage:
        """The list of results and its count, made when first needed: the result delegate's
        imports cost more than the rest of the sidebar, and the window paints first."""
        if self._results_page is None:
            from viewer.ui.results_page import ResultsPage

            page = ResultsPage(self)
            page.view.activated.connect(self._open_index)
            page.view.clicked.connect(self._open_index)
            page.view.installEventFilter(self)
            page.view.customContextMenuRequested.connect(
                lambda pos: self._context_menu(page.view, pos)
            )
            page.sort_box.set_sort(self._sort)
            page.sort_box.sort_changed.connect(self._on_sort_chosen)
            page.chips.chosen.connect(self.add_filter)
            self._results_page = page
            self.stack.addWidget(page)
            self.setTabOrder(self.tree, page.view)
            self._name_results_page()
        return self._results_page

    @property
    def results(self) -> QListView:
        return self.results_page.view

    @property
    def results_model(self) -> ResultsModel:
        return self.results_page.model

    @property
    def count_label(self) -> QLabel:
        return self.results_page.count_label

    # -- collection and index --------------------------------------------------------

    def set_collection(self, collection: Collection) -> None:
        """Show another collection; its index comes later (``set_index``)."""
        from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

        from viewer.ui.tree_model import TreeModel

        old = self.tree_model
        self.collection = collection
        self.tree_model = TreeModel(collection, self._lang, self)
        # Set with the rows, after the first paint: the Qt classes behind these enums
        # are made on first use (see viewer/ui/__init__.py).
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setModel(self.tree_model)
        self.tree.expandToDepth(0)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        if old is not None:
            old.deleteLater()
        self.index = None
        self._current_key = None
        self.clear_search()

    def set_index(self, index: SearchIndex) -> None:
        self.index = index
        self._indexing = None
        self._loading = False
        self.retranslate()
        if self.is_searching():
            self.run_search()

    def set_loading(self) -> None:
        """A file is being read: say so in the box until its index is under way."""
        self._indexing = (0, 0)
        self._loading = True
        self.retranslate()

    def loading_finished(self) -> None:
        """The file was refused: the collection on display (and its index) stays."""
        self._loading = False
        if self.index is not None:
            self._indexing = None
        self.retranslate()

    def set_indexing_progress(self, done: int, total: int) -> None:
        self._loading = False
        self._indexing = (done, total)
        self.retranslate()

    def shutdown(self) -> None:
        self._worker.stop()

    # -- language --------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self.tree_model is not None:
            self.tree_model.set_language(lang)
        self.retranslate()
        if self.is_searching():
            self.run_search()

    def retranslate(self) -> None:
        if self._indexing is not None and (self.index is None or self._loading):
            done, total = self._indexing
            percent = 100 * done // total if total else 100
            progress = (
                self.tr("Loading the collection…")
                if self._loading
                else self.tr("Indexing… %1%").replace("%1", str(percent))
            )
            self.search_box.setPlaceholderText(progress)
            if self.is_searching() and self._results_page is not None:
                self.count_label.setText(progress)
        else:
            self.search_box.setPlaceholderText(
                self.tr('Search words, "phrases", symbols, organ:SC year:2016')
            )
            self.search_box.setToolTip(self._syntax_tip())
        self.search_box.setAccessibleName(self.tr("Search"))
        self.tree.setAccessibleName(self.tr("Resolutions by organ"))
        if self._results_page is not None:
            self._name_results_page()
            result = self.results_model.result
            if result is not None and self.stack.currentIndex() == RESULTS_PAGE:
                self.count_label.setText(self._count_text(result))

    def _syntax_tip(self) -> str:
        """What the box understands, one line each (its tooltip)."""
        lines = (
            self.tr('Words (all must match), "a phrase", word*, -excluded, OR'),
            self.tr("A symbol in any spelling: S/RES/2396 (2017), 2396, 71/19"),
            self.tr("Filters, with words or alone:"),
            self.tr("  organ:SC   organ:SC,GA   (Security Council, General Assembly)"),
            self.tr("  year:2016   year:2014..2017   year:1990s"),
            self.tr("  topic:ID   (the collection's topics)   has:text   (full text held)"),
            self.tr("Ctrl+K: here from anywhere · Esc: clear"),
        )
        return "\n".join(lines)

    def _name_results_page(self) -> None:
        self.results.setAccessibleName(self.tr("Search results"))
        self.count_label.setAccessibleName(self.tr("Number of results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- searching -------------------------------------------------------------------

    def is_searching(self) -> bool:
        return bool(self.search_box.text().strip())

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.show_tree()

    def run_search(self) -> None:
        """Ask the worker for the box's results now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.search_box.text()
        if not text.strip():
            self.show_tree()
            return
        self._request_id += 1
        self.stack.setCurrentWidget(self.results_page)
        if self.index is None:  # answered when the index is ready (set_index)
            self.retranslate()
            return
        self._worker.request(
            self._request_id, self.index, text, self._lang, RESULTS_LIMIT, self._sort
        )

    def search_for(self, text: str) -> None:
        """Put ``text`` in the box and search it at once (history, tests)."""
        self.search_box.blockSignals(True)
        self.search_box.setText(text)
        self.search_box.blockSignals(False)
        self.run_search()

    def show_search_now(self, text: str) -> SearchResult | None:
        """Put ``text`` in the box, search it on this thread and show the answer, which is
        returned (going back to a page opened from a search: its marks need the answer,
        and one search serves both). None while there is no index."""
        if self.index is None:
            return None
        self._timer.stop()
        self._open_when_answered = False
        self.search_box.blockSignals(True)
        self.search_box.setText(text)
        self.search_box.blockSignals(False)
        self._request_id += 1
        self._shown_id = self._request_id  # an answer of the worker still under way is dropped
        result = self.index.search(text, limit=RESULTS_LIMIT, lang=self._lang, sort=self._sort)
        self._show_result(result)
        return result

    def focus_search(self) -> None:
        """Ctrl+K: the box, its text selected to be typed over."""
        from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def is_answered(self) -> bool:
        """True when the results shown are those of the box's current text."""
        return not self._timer.isActive() and self._shown_id == self._request_id

    def _on_search_finished(self, request_id: int, result: SearchResult) -> None:
        if request_id != self._request_id or not self.is_searching():
            return  # an older query's answer, or the box was cleared meanwhile
        self._shown_id = request_id
        self._show_result(result)
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_highlighted()

    def _show_result(self, result: SearchResult) -> None:
        self.results_model.set_result(result, self._lang)
        self.count_label.setText(self._count_text(result))
        self.results_page.chips.set_facets(
            result.facets() if result.total else None, self.collection, self._lang
        )
        self.stack.setCurrentWidget(self.results_page)
        self.query_changed.emit(result)
        if result.hits:
            first = self.results_model.index(0, 0)
            self.results.selectionModel().setCurrentIndex(first, _clear_and_select())
            self.results.scrollToTop()

    def _count_text(self, result: SearchResult) -> str:
        """The count label's rich text: "143 results", and the close spelling used."""
        from html import escape  # not on the start-up path

        if not result.total:
            return escape(self.tr("No results"))
        text = escape(self.tr("%n result(s)", "", result.total))
        if result.correction_text:
            used = f"<i>{escape(result.correction_text)}</i>"
            text += " · " + escape(self.tr("results for %1 (close spelling)")).replace("%1", used)
        elif result.approximate:
            text += " · " + escape(self.tr("no exact match: close spellings"))
        return text

    # -- order and filters -----------------------------------------------------------

    def set_sort(self, sort: str) -> None:
        """The results' order (the remembered one, at start); searches again if need be."""
        if sort == self._sort:
            return
        self._sort = sort
        if self._results_page is not None:
            self._results_page.sort_box.set_sort(sort)
        if self.is_searching():
            self.run_search()

    def keep_sort_in(self, preferences: Preferences) -> None:
        """Start with the remembered order and remember each one chosen."""
        self.set_sort(preferences.search_sort)
        self.sort_changed.connect(lambda sort: setattr(preferences, "search_sort", sort))

    def _on_sort_chosen(self, sort: str) -> None:
        self.set_sort(sort)
        self.sort_changed.emit(sort)

    def add_filter(self, name: str, value: str) -> None:
        """A chip was clicked: its filter joins the query, which runs at once."""
        from viewer.core.filters import with_filter  # not on the start-up path

        self.search_for(with_filter(self.search_box.text(), name, value))

    def move_highlight(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if rows == 0:
            return
        current = self.results.currentIndex().row()
        row = min(max(current + step, 0), rows - 1) if current >= 0 else 0
        self.results.selectionModel().setCurrentIndex(
            self.results_model.index(row, 0),
            _clear_and_select(),
        )

    def open_highlighted(self) -> None:
        if not self.is_answered():  # Enter typed before the results came: open them then
            if self._timer.isActive():
                self.run_search()
            self._open_when_answered = True
            return
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        symbol = _symbol_at(index)
        if symbol:
            from viewer.core.symbols import normalise  # not on the start-up path

            self._current_key = normalise(symbol)
            self.resolution_opened.emit(symbol, self.results_model.result)

    # -- the tree --------------------------------------------------------------------

    def show_tree(self) -> None:
        """Back to the tree, with the resolution last opened selected."""
        self.stack.setCurrentIndex(TREE_PAGE)
        if self._results_page is not None:
            self.results_model.set_result(None, self._lang)
            self._results_page.chips.set_facets(None, None, self._lang)
            self.query_changed.emit(None)  # the page's marks go with the search
        if self._current_key:
            self.select_in_tree(self._current_key)

    def clear_search(self) -> None:
        self._timer.stop()
        self._open_when_answered = False
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.show_tree()

    def forget_current(self) -> None:
        """The overview is on display: selecting any resolution again opens it."""
        self._current_key = None

    def clear_selection(self) -> None:
        """Nothing selected, no current row (the overview)."""
        self.tree.clearSelection()
        self.tree.setCurrentIndex(QtCore.QModelIndex())

    def set_favourites(self, favourites: list[Resolution]) -> None:
        """The favourites group at the top of the tree."""
        if self.tree_model is not None:
            self.tree_model.set_favourites(favourites)

    def has_focus_within(self) -> bool:
        """True when the keyboard focus is in the sidebar (the search box, a list)."""
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def select_in_tree(self, key: str) -> None:
        if self.tree_model is None:
            return
        index = self.tree_model.index_of(key)
        if not index.isValid():
            return
        self._current_key = key
        self.tree.scrollTo(index)
        selection = self.tree.selectionModel()
        if selection.currentIndex() != index:
            selection.setCurrentIndex(index, _clear_and_select())

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.tree_model is None:
            return
        res = self.tree_model.resolution_at(current)
        if res is None:
            if current.isValid():
                self.forget_current()
                self.overview_requested.emit()
            return
        # select_in_tree sets the key first: selecting programmatically opens nothing.
        if res.key != self._current_key:
            self._current_key = res.key
            self.resolution_selected.emit(res.symbol)

    # -- selection and context menus -------------------------------------------------

    def selected_resolutions(self) -> list[Resolution]:
        """The rows selected in the list on show (tree or results), in display order."""
        if self.collection is None:
            return []
        view = self.results if self.stack.currentIndex() == RESULTS_PAGE else self.tree
        rows = sorted(view.selectionModel().selectedIndexes(), key=self._display_order(view))
        found = [self.collection.find(s) for s in map(_symbol_at, rows) if s]
        return [r for r in dict.fromkeys(found) if r is not None]

    @staticmethod
    def _display_order(view: QAbstractItemView):  # type: ignore[no-untyped-def]
        return lambda index: (view.visualRect(index).top(), index.row())

    def _context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        symbol = _symbol_at(view.indexAt(pos))
        if not symbol:
            return
        selected = self.selected_resolutions()
        if symbol not in [r.symbol for r in selected] and self.collection is not None:
            clicked = self.collection.find(symbol)
            selected = [clicked] if clicked else []
        if selected:
            self.context_requested.emit(selected, view.viewport().mapToGlobal(pos))

    # -- keys ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
            from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

            key = event.key()
            on_results = self.stack.currentIndex() == RESULTS_PAGE
            if watched is self.search_box:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and on_results:
                    self.move_highlight(1 if key == Qt.Key.Key_Down else -1)
                    return True
                if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and on_results:
                    self.move_highlight(10 if key == Qt.Key.Key_PageDown else -10)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_highlighted()
                    return True
                if key == Qt.Key.Key_Escape and (self.search_box.text() or on_results):
                    self.clear_search()
                    return True
                if key == Qt.Key.Key_Down and not on_results:
                    self.tree.setFocus()
                    return True
            elif (
                self._results_page is not None
                and watched is self.results
                and key == Qt.Key.Key_Escape
            ):
                self.clear_search()
                self.tree.setFocus()
                return True
        return super().eventFilter(watched, event)
