"""The main window: the sidebar beside the detail pane, made of parts that each do one
job and own their actions and state, wired here by signals:

- ``actions`` (``ui/actions.py``): the actions, menus and toolbar, made from one table;
- ``opening``: loader threads, File ▸ Open, Open Recent, a dropped file;
- ``navigation``: the place on display, history, back and forward;
- ``appearance``: language, light or dark, zoom;
- ``starring``: the star, Ctrl+D, the Favourites menu;
- ``pane``: the detail pane, the timeline and the find bar (``ui/page_pane.py``);
- ``citing`` and ``printing``: made at their first use (their modules are not on the
  start-up path).

The window itself shows what ``navigation`` says is on display, and keeps its texts and
its actions' states in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from viewer.ui import i18n, later_parts, theme
from viewer.ui.actions import ActionTable
from viewer.ui.appearance import Appearance
from viewer.ui.favourites import FavouritesStore
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.later_parts import MadeAtFirstUse
from viewer.ui.main_splitter import MainSplitter
from viewer.ui.navigation import Navigation, window_title
from viewer.ui.opening import Opening
from viewer.ui.page_pane import PagePane
from viewer.ui.preferences import GEOMETRY, Preferences
from viewer.ui.reading import Reading
from viewer.ui.search_panel import SearchPanel
from viewer.ui.starring import Starring

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent

    from viewer.core.collection import Collection, Resolution
    from viewer.core.search import SearchIndex, SearchResult
    from viewer.ui.citing import Citing
    from viewer.ui.help_menu import HelpMenu
    from viewer.ui.importing import Importing
    from viewer.ui.printing import Printing


class MainWindow(QMainWindow):
    index_ready = Signal()
    collection_shown = Signal()
    load_failed = Signal(object)  # a loader.CollectionError

    def __init__(
        self,
        collection: Collection | None,
        lang: str,
        settings: QSettings | Preferences | None = None,
        parent: QWidget | None = None,
        favourites: FavouritesStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        i18n.install(lang)
        self.collection: Collection | None = None
        self.index_seconds: float | None = None  # how long the last index took to build
        self.preferences = (
            settings if isinstance(settings, Preferences) else Preferences(settings, self)
        )
        self.preferences.save_failed.connect(self._on_settings_unsaved)
        self.favourites = favourites or FavouritesStore(parent=self)
        self.favourites.warning.connect(lambda text: self.statusBar().showMessage(text, 15_000))

        self.sidebar = SearchPanel(None, lang, self)
        self.pane = PagePane(self)
        self.detail = self.pane.detail
        self.splitter = MainSplitter(self.sidebar, self.pane, self.preferences)
        self.setCentralWidget(self.splitter)
        self.resize(1120, 720)
        self.setAcceptDrops(True)

        self.actions_table = ActionTable(self)
        self.actions_table.build_menus(self.menuBar())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.actions_table.build_toolbar(self.toolbar)
        self.addToolBar(self.toolbar)
        self._make_parts(lang)

        self._restore_state()
        self.retranslate()
        AfterFirstPaint(self, self._after_first_paint)
        if collection is not None:
            self.set_collection(collection)
        else:
            self._render()

    def _make_parts(self, lang: str) -> None:
        menus = self.actions_table.menus
        self.opening = Opening(self, self.preferences, menus["recent"])
        self.opening.message.connect(self.statusBar().showMessage)
        self.opening.loaded.connect(self._show_collection)
        self.opening.failed.connect(self._on_load_failed)
        self.opening.progress.connect(self.sidebar.set_indexing_progress)
        self.opening.indexed.connect(self._on_indexed)

        self.navigation = Navigation(self, self.sidebar, self.preferences)
        self.navigation.message.connect(self.statusBar().showMessage)
        self.navigation.moved.connect(self._on_navigated)
        self.sidebar.resolution_selected.connect(lambda s: self.navigation.open_symbol(s))
        self.sidebar.resolution_opened.connect(self.navigation.open_symbol)
        self.sidebar.overview_requested.connect(self.navigation.show_overview)
        self.sidebar.context_requested.connect(self._show_context_menu)
        self.sidebar.query_changed.connect(self.navigation.follow_query)
        self.navigation.marks_changed.connect(self._render)
        self.sidebar.keep_sort_in(self.preferences)
        self.detail.resolution_link_activated.connect(self.navigation.follow_link)
        self.pane.resolution_clicked.connect(self.navigation.follow_link)
        self.detail.action_requested.connect(self._on_page_action)
        self.reading = Reading(self, self.detail, self.on_display)
        self.reading.message.connect(self.statusBar().showMessage)
        self.reading.references_ready.connect(self._render_in_place)
        self.navigation.where = self.reading.where

        self.appearance = Appearance(self, self.preferences, self.detail, lang, menus)
        self.appearance.language_changed.connect(self._on_language_changed)
        self.appearance.theme_changed.connect(self.on_moved)
        self.appearance.theme_changed.connect(self.actions_table.recolour)
        self.appearance.zoom_changed.connect(self._update_actions)
        self.detail.zoomed.connect(self.appearance.zoom_by)

        self.starring = Starring(
            self.detail, self.favourites, self.action("favourite"), menus["favourites"]
        )
        self.starring.current = lambda: self.current
        self.starring.message.connect(self.statusBar().showMessage)
        self.starring.changed.connect(self._on_favourites_changed)
        self.starring.open_requested.connect(self.navigation.follow_link)
        menus["cite"].aboutToShow.connect(lambda: self.citing)  # its style menu, filled
        menus["citeAs"].aboutToShow.connect(
            lambda: self.citing.fill_cite_as(menus["citeAs"], self.citable())
        )

    # -- the parts made at first use (ui/later_parts.py) ------------------------------

    citing: MadeAtFirstUse[Citing] = MadeAtFirstUse(later_parts.make_citing)
    printing: MadeAtFirstUse[Printing] = MadeAtFirstUse(later_parts.make_printing)
    importing: MadeAtFirstUse[Importing] = MadeAtFirstUse(later_parts.make_importing)
    help: MadeAtFirstUse[HelpMenu] = MadeAtFirstUse(later_parts.make_help)

    # -- what other code asks the window ---------------------------------------------

    def action(self, action_id: str) -> QAction:
        """An action of the table (``ui/actions.py``) by its id: "open", "back"…"""
        return self.actions_table.actions[action_id]

    def menu(self, menu_id: str):  # type: ignore[no-untyped-def]
        """A menu of the menu bar or a submenu by its id: "file", "recent", "style"…"""
        return self.actions_table.menus[menu_id]

    @property
    def lang(self) -> str:
        return self.appearance.lang

    @property
    def current(self) -> Resolution | None:
        return self.navigation.current

    @property
    def citation_style(self) -> str:
        return self.citing.style.id

    def on_display(self) -> tuple[Collection | None, Resolution | None, str, str]:
        """What is on display, for printing: collection, resolution, language, style."""
        return self.collection, self.current, self.lang, self.citation_style

    def open_symbol(
        self, symbol: str, result: SearchResult | None = None, anchor: str = ""
    ) -> bool:
        return self.navigation.open_symbol(symbol, result, anchor)

    def set_language(self, lang: str) -> None:
        self.appearance.set_language(lang)

    def focus_search(self) -> None:
        self.sidebar.focus_search()

    def citable(self) -> list[Resolution]:
        """What Ctrl+Shift+C copies: the rows selected in the sidebar when it has the
        focus and several are selected, else the resolution on display."""
        selected = self.sidebar.selected_resolutions() if self.sidebar.has_focus_within() else []
        if len(selected) > 1:
            return selected
        return [self.current] if self.current is not None else selected

    def _show_context_menu(self, resolutions: list[Resolution], position: QPoint) -> None:
        self.citing.context_menu_for(resolutions, self.favourites).popup(position)

    # -- the collection --------------------------------------------------------------

    def set_collection(self, collection: Collection) -> None:
        """Show a loaded collection now; its index is built on a worker thread."""
        self._show_collection(collection)
        self.opening.index(collection)

    def load_file(self, path: str) -> None:
        """Load a file on a worker thread; the window stays live meanwhile. A refused
        file leaves the current collection in place (``load_failed`` says why)."""
        self.sidebar.set_loading()
        self.opening.load_file(path)

    def _show_collection(self, collection: Collection) -> None:
        self.collection = collection
        self.reading.forget_references()
        self.navigation.reset(collection)
        self.starring.collection = collection
        if (citing := later_parts.made(self, "citing")) is not None:
            citing.collection = collection
        self.sidebar.set_collection(collection)
        self._on_favourites_changed()
        self.pane.set_collection(collection, self.lang)
        self.retranslate()
        self.navigation.show_overview()
        self.collection_shown.emit()

    def _on_load_failed(self, error: object) -> None:
        self.statusBar().clearMessage()
        self.sidebar.loading_finished()
        self.load_failed.emit(error)

    def _on_indexed(self, index: SearchIndex, seconds: float) -> None:
        self.index_seconds = seconds
        self.sidebar.set_index(index)
        self.index_ready.emit()
        if self.collection is not None:  # after the search index: it is not slowed
            self.reading.index_references(self.collection)

    def _on_favourites_changed(self) -> None:
        self.sidebar.set_favourites(self.starring.favourites())
        self._update_actions()

    def _on_settings_unsaved(self, path: str) -> None:
        self.statusBar().showMessage(
            self.tr("Settings cannot be saved to %1: your choices last until you quit").replace(
                "%1", path
            )
        )

    # -- what the detail pane shows --------------------------------------------------

    def _on_navigated(self) -> None:
        self.reading.text_part = None  # a long text opens on its first part
        self.on_moved()
        self.reading.scroll_to_place(self.navigation)

    def _render_in_place(self) -> None:
        if self.current is None:
            return  # the overview shows no references: 30,000 rows not laid out again
        scrolled = self.detail.verticalScrollBar().value()
        self._render()
        self.detail.verticalScrollBar().setValue(scrolled)

    def on_moved(self) -> None:
        self._render()
        self._update_actions()

    def _on_page_action(self, action: str) -> None:
        """A link of the page that acts: a long text's part (reading), else the citation
        block's (citing)."""
        if self.reading.choose_text_part(action, self.current):
            self._render()
            self.reading.scroll_to("full-text")  # core/render.py's TEXT_ANCHOR
        else:
            self.citing.on_page_action(action, self.current)

    def _render(self) -> None:
        self.setWindowTitle(window_title(self.collection, self.current, self.lang))
        if self.collection is None:  # the start: the first paint shows this line
            self.detail.show_message(self.tr("Loading the collection…"))
            return
        from viewer.core import render  # with the collection, after the first paint

        current = self.current
        if current is None:
            page = render.overview_html(self.collection, self.lang)
        else:
            result = self.navigation.result
            spans = result.highlighter.spans if result and result.highlighter else None
            cites, cited_by = self.reading.citations_of(current)
            page = render.resolution_html(
                self.collection,
                current,
                self.lang,
                spans,
                self.citation_style,
                text_part=self.reading.text_part_of(current),
                cites=cites,
                cited_by=cited_by,
            )
        self.detail.show_page(page)
        self.starring.place_star()

    def _update_actions(self) -> None:
        history = self.navigation.history
        self.action("back").setEnabled(history.can_go_back())
        self.action("forward").setEnabled(history.can_go_forward())
        for name in ("copySymbol", "copyLink"):
            self.action(name).setEnabled(self.current is not None)
        self.starring.show_state()
        self.pane.show_timeline(self.collection is not None and self.current is None)
        self.action("zoomReset").setEnabled(self.appearance.zoom != 0)
        self.appearance.update_checks()

    # -- language --------------------------------------------------------------------

    def _on_language_changed(self, lang: str) -> None:
        self.sidebar.set_language(lang)
        self.starring.lang = lang
        if (citing := later_parts.made(self, "citing")) is not None:
            citing.set_language(lang)
        self.pane.set_collection(self.collection, lang)
        self.retranslate()
        self._render()

    def retranslate(self) -> None:
        self.actions_table.retranslate()
        self.appearance.retranslate()
        self.starring.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.pane.retranslate()
        self.sidebar.retranslate()
        if self.collection is not None:
            count = len(self.collection.resolutions)
            self.statusBar().showMessage(self.tr("%n resolution(s)", "", count))
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- events and remembered state -------------------------------------------------

    def _after_first_paint(self) -> None:
        self.actions_table.bind_shortcuts()
        self.actions_table.recolour()  # a dark system palette
        self.setStyleSheet(theme.FOCUS_FRAME)
        self.navigation.watch_mouse_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.opening.dropped(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A .json opens; documents (PDF, text, MARC XML, folders) are imported."""
        dropped = self.opening.dropped(event.mimeData().urls())
        if dropped is not None:
            event.acceptProposedAction()
            kind, paths = dropped
            self.load_file(paths[0]) if kind == "open" else self.importing.import_dropped(paths)

    def _restore_state(self) -> None:
        geometry = self.preferences.geometry(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.appearance.restore()

    def restore_last_resolution(self) -> None:
        """Reopen the resolution read last, when this collection has it."""
        symbol = self.preferences.last_symbol
        if symbol and self.collection is not None and self.collection.find(symbol) is not None:
            self.open_symbol(symbol)

    def shutdown(self) -> None:
        """Stop the worker threads (an index build cannot be cut short: wait for it)."""
        self.opening.shutdown()
        self.sidebar.shutdown()
        if (importing := later_parts.made(self, "importing")) is not None:
            importing.shutdown()
        self.reading.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        self.navigation.stop_watching()
        self.preferences.set_geometry(GEOMETRY, self.saveGeometry())
        self.splitter.remember()
        self.preferences.sync()
        super().closeEvent(event)
