"""The main window: menus, shortcuts, the sidebar, the detail pane and its helpers.

What the detail pane shows is a ``Place`` (the overview, or a resolution and the search
it came from); every way of getting somewhere goes through ``go_to``, which keeps the
history, the tree selection and the remembered last resolution in step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QSettings,
    QSize,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QIcon,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core import labels, resources
from viewer.core.history import History, Place

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QTextDocument

    from viewer.core.collection import Collection, Resolution
    from viewer.core.search import SearchIndex, SearchResult
    from viewer.ui import dialogs
    from viewer.ui.find_bar import FindBar
    from viewer.ui.timeline import Timeline
from viewer.ui import clipboard, i18n, plain_text, theme
from viewer.ui.detail_view import DetailView
from viewer.ui.favourites import FavouritesStore
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.search_panel import SearchPanel
from viewer.ui.workers import CollectionLoader

MAX_RECENT = 10
STANDARD = "standard:"  # a shortcut named so is the platform's QKeySequence.StandardKey
ZOOM_LIMIT = 10  # steps either way


def icon(name: str) -> QIcon:
    return QIcon(str(resources.resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    index_ready = Signal()
    collection_shown = Signal()
    load_failed = Signal(object)  # a loader.CollectionError

    def __init__(
        self,
        collection: Collection | None,
        lang: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        favourites: FavouritesStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        i18n.install(lang)
        self.collection: Collection | None = None
        self.lang = lang
        self.settings = settings
        self.current: Resolution | None = None
        self._result: SearchResult | None = None  # the search the current page came from
        self._loader: CollectionLoader | None = None
        self.index_seconds: float | None = None  # how long the last index took to build
        self.history = History()
        self._shortcuts: list[tuple[QAction, list[str]]] = []  # bound after the first paint
        self.zoom = 0
        self._citation_style: str | None = None  # None: the registry's default
        self._text_part: tuple[str, int] | None = None  # (symbol, part) of a long text
        self.appearance = "system"
        self.favourites = favourites or FavouritesStore(parent=self)
        self.favourites.changed.connect(self._on_favourites_changed)
        self.favourites.warning.connect(lambda text: self.statusBar().showMessage(text, 15_000))

        self.sidebar = SearchPanel(None, lang, self)
        self.detail = DetailView(self)
        self._timeline: Timeline | None = None  # made with the first overview
        self._find_bar: FindBar | None = None  # made at the first Ctrl+F
        self.star = QToolButton(self.detail)
        self.star.setObjectName("favouriteStar")
        self.star.setCheckable(True)
        self.star.setAutoRaise(True)
        self.star.setIconSize(QSize(22, 22))
        self.star.clicked.connect(self.toggle_favourite)
        self.detail.resized.connect(self._place_star)

        right = QWidget(self)
        self._right_layout = right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.detail, 1)

        # Horizontal by default. QSplitter(parent) would build PySide's Qt namespace to
        # rule out its QSplitter(orientation, parent) overload: see viewer/ui/__init__.py.
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 720])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.resize(1120, 720)
        self.setAcceptDrops(True)

        self.sidebar.resolution_selected.connect(lambda s: self.open_symbol(s))
        self.sidebar.resolution_opened.connect(self.open_symbol)
        self.sidebar.overview_requested.connect(self.show_overview)
        self.sidebar.context_requested.connect(self._show_context_menu)
        self.detail.resolution_link_activated.connect(self._follow_link)
        self.detail.action_requested.connect(self._on_page_action)
        self.detail.zoomed.connect(self._on_wheel_zoom)

        self._build_actions()
        self._build_menus()
        self._restore_state()
        self.retranslate()
        AfterFirstPaint(self, self._after_first_paint)
        if collection is not None:
            self.set_collection(collection)
        else:
            self._render()

    # -- actions ---------------------------------------------------------------------

    def _action(
        self,
        shortcuts: list[str] | None = None,
        slot=None,
        icon_name: str | None = None,
        name: str = "",
    ) -> QAction:  # type: ignore[no-untyped-def]
        """An action of the window. ``shortcuts``: key sequences ("Ctrl+K") and the
        platform's standard keys (``STANDARD + "Open"``), bound after the first paint."""
        action = QAction(self)
        action.setObjectName(name)
        if shortcuts:
            self._shortcuts.append((action, shortcuts))
        if slot is not None:
            action.triggered.connect(slot)
        if icon_name:
            action.setIcon(icon(icon_name))
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _bind_shortcuts(self) -> None:
        """Give the actions their key sequences; after the first paint, as no key can be
        pressed before it (the key-sequence class and the platform's key bindings are
        made on first use)."""
        from PySide6.QtGui import QKeySequence

        for action, shortcuts in self._shortcuts:
            # A standard key often equals a listed one (Back is Alt+Left on Linux): the
            # same sequence twice would make the shortcut ambiguous, and dead.
            sequences: dict[str, QKeySequence] = {}
            for shortcut in shortcuts:
                if shortcut.startswith(STANDARD):
                    standard = getattr(QKeySequence.StandardKey, shortcut[len(STANDARD) :])
                    found = QKeySequence.keyBindings(standard)
                else:
                    found = [QKeySequence(shortcut)]
                for sequence in found:
                    if not sequence.isEmpty():
                        sequences.setdefault(sequence.toString(), sequence)
            action.setShortcuts(list(sequences.values()))
        self._shortcuts = []

    def _after_first_paint(self) -> None:
        self._bind_shortcuts()
        self._watch_mouse_buttons()

    def _build_actions(self) -> None:
        self.open_action = self._action([STANDARD + "Open"], self.choose_file, name="open")
        self.print_action = self._action([STANDARD + "Print"], self.print_page, "print", "print")
        self.export_pdf_action = self._action(None, self.choose_pdf, name="exportPdf")
        self.quit_action = self._action([STANDARD + "Quit"], self.close, name="quit")
        self.find_action = self._action(["Ctrl+K", "Ctrl+L"], self.focus_search, "search", "search")
        self.find_in_page_action = self._action(
            [STANDARD + "Find"], lambda: self.find_bar.open_bar(), name="findInPage"
        )
        self.find_next_action = self._action(
            ["F3"], lambda: self.find_bar.find_next(), name="findNext"
        )
        self.find_previous_action = self._action(
            ["Shift+F3"], lambda: self.find_bar.find_previous(), name="findPrevious"
        )
        self.back_action = self._action(
            ["Alt+Left", STANDARD + "Back"], self.go_back, "back", "back"
        )
        self.forward_action = self._action(
            ["Alt+Right", STANDARD + "Forward"], self.go_forward, "forward", "forward"
        )
        self.overview_action = self._action(["Alt+Home"], self.go_overview, "home", "overview")
        self.favourite_action = self._action(["Ctrl+D"], self.toggle_favourite, "star", "favourite")
        self.favourite_action.setCheckable(True)
        self.copy_citation_action = self._action(
            ["Ctrl+Shift+C"], self.copy_citation, "copy", "copyCitation"
        )
        self.copy_symbol_action = self._action(None, self.copy_symbol, name="copySymbol")
        self.copy_link_action = self._action(None, self.copy_link, name="copyLink")
        self.zoom_in_action = self._action(
            ["Ctrl+=", "Ctrl++", STANDARD + "ZoomIn"],
            lambda: self.set_zoom(self.zoom + 1),
            name="zoomIn",
        )
        self.zoom_out_action = self._action(
            ["Ctrl+-", STANDARD + "ZoomOut"],
            lambda: self.set_zoom(self.zoom - 1),
            name="zoomOut",
        )
        self.zoom_reset_action = self._action(
            ["Ctrl+0"], lambda: self.set_zoom(0), name="zoomReset"
        )
        self.shortcuts_action = self._action(
            [STANDARD + "HelpContents"], self.show_shortcuts, name="shortcuts"
        )
        self.about_action = self._action(None, self.show_about, name="about")

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in labels.LANGUAGES:
            action = QAction(labels.LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.appearance_group = QActionGroup(self)
        self.appearance_actions: dict[str, QAction] = {}
        for name in theme.APPEARANCES:
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: self.set_appearance(n))
            self.appearance_group.addAction(action)
            self.appearance_actions[name] = action

        self._style_actions: dict[str, QAction] = {}  # made with the Cite menu: style_actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        for action in (self.copy_citation_action, self.copy_symbol_action, self.copy_link_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.find_in_page_action, self.find_next_action, self.find_previous_action):
            self.edit_menu.addAction(action)

        self.view_menu = bar.addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.appearance_menu = self.view_menu.addMenu("")
        for action in self.appearance_actions.values():
            self.appearance_menu.addAction(action)
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

        self.go_menu = bar.addMenu("")
        for action in (
            self.find_action,
            self.back_action,
            self.forward_action,
            self.overview_action,
        ):
            self.go_menu.addAction(action)

        self.favourites_menu = bar.addMenu("")
        self.favourites_menu.aboutToShow.connect(self._fill_favourites_menu)

        self.cite_menu = bar.addMenu("")
        self.cite_menu.aboutToShow.connect(lambda: self.style_actions)
        self.cite_menu.addAction(self.copy_citation_action)
        self.cite_as_menu = self.cite_menu.addMenu("")
        self.cite_as_menu.aboutToShow.connect(
            lambda: self._fill_cite_as(self.cite_as_menu, self._citable())
        )
        self.cite_menu.addSeparator()
        self.style_menu = self.cite_menu.addMenu("")

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        for action in (
            self.back_action,
            self.forward_action,
            self.overview_action,
            self.find_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.favourite_action, self.copy_citation_action, self.print_action):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        title = self.collection.title.get(self.lang) if self.collection else "Resolutions Viewer"
        self.setWindowTitle(title)
        texts = {
            self.open_action: self.tr("&Open…"),
            self.print_action: self.tr("&Print…"),
            self.export_pdf_action: self.tr("&Export PDF…"),
            self.quit_action: self.tr("&Quit"),
            self.find_action: self.tr("&Search"),
            self.find_in_page_action: self.tr("&Find in Page…"),
            self.find_next_action: self.tr("Find &Next"),
            self.find_previous_action: self.tr("Find Pre&vious"),
            self.back_action: self.tr("&Back"),
            self.forward_action: self.tr("&Forward"),
            self.overview_action: self.tr("&Overview"),
            self.favourite_action: self.tr("&Favourite"),
            self.copy_citation_action: self.tr("&Copy Citation"),
            self.copy_symbol_action: self.tr("Copy &Symbol"),
            self.copy_link_action: self.tr("Copy &Link to the Official Document"),
            self.zoom_in_action: self.tr("Zoom &In"),
            self.zoom_out_action: self.tr("Zoom &Out"),
            self.zoom_reset_action: self.tr("&Reset Zoom"),
            self.shortcuts_action: self.tr("&Keyboard Shortcuts"),
            self.about_action: self.tr("&About Resolutions Viewer"),
            self.appearance_actions["system"]: self.tr("Follow the &System"),
            self.appearance_actions["light"]: self.tr("&Light"),
            self.appearance_actions["dark"]: self.tr("&Dark"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(text.replace("&", "").replace("…", ""))
        self._name_style_actions()
        self.favourite_action.setToolTip(self.tr("Add to or remove from favourites (Ctrl+D)"))
        self.star.setToolTip(self.favourite_action.toolTip())
        self.star.setAccessibleName(self.tr("Favourite"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.appearance_menu.setTitle(self.tr("&Appearance"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.favourites_menu.setTitle(self.tr("F&avourites"))
        self.cite_menu.setTitle(self.tr("&Cite"))
        self.cite_as_menu.setTitle(self.tr("Copy Citation &As"))
        self.style_menu.setTitle(self.tr("&Default Style"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.detail.setAccessibleName(self.tr("Resolution details"))
        self.sidebar.retranslate()
        if self._find_bar is not None:
            self._find_bar.retranslate()
        if self.collection is not None:
            count = len(self.collection.resolutions)
            self.statusBar().showMessage(self.tr("%n resolution(s)", "", count))
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        has_page = self.current is not None
        for action in (self.favourite_action, self.copy_symbol_action, self.copy_link_action):
            action.setEnabled(has_page)
        favourite = has_page and self.favourites.contains(self.current.symbol)  # type: ignore[union-attr]
        self.favourite_action.setChecked(bool(favourite))
        self.star.setVisible(has_page)
        self.star.setChecked(bool(favourite))
        self.star.setIcon(icon("star-filled" if favourite else "star"))
        overview = self.collection is not None and self.current is None
        if overview or self._timeline is not None:
            self.timeline.setVisible(overview)
        self.zoom_reset_action.setEnabled(self.zoom != 0)
        if self._style_actions:
            self._style_actions[self.citation_style].setChecked(True)
        self.appearance_actions[self.appearance].setChecked(True)
        self.language_actions[self.lang].setChecked(True)

    def _place_star(self) -> None:
        scrollbar = self.detail.verticalScrollBar()
        offset = scrollbar.width() if scrollbar.isVisible() else 0
        self.star.adjustSize()
        self.star.move(self.detail.width() - self.star.width() - offset - 10, 8)
        self.star.raise_()

    # -- the collection --------------------------------------------------------------

    def set_collection(self, collection: Collection) -> None:
        """Show a loaded collection now; its index is built on a worker thread."""
        self._show_collection(collection)
        self._start_loader(CollectionLoader(collection=collection, parent=self))

    @property
    def find_bar(self) -> FindBar:
        """Find in page, under the detail pane; made at its first use (Ctrl+F, F3)."""
        if self._find_bar is None:
            from viewer.ui.find_bar import FindBar

            self._find_bar = FindBar(self.detail, self)
            self._right_layout.addWidget(self._find_bar)
        return self._find_bar

    @property
    def timeline(self) -> Timeline:
        """The overview's timeline, above the page; made when first needed, after the
        first paint (its module and its painting classes are not on the start-up path)."""
        if self._timeline is None:
            from viewer.ui.timeline import Timeline

            self._timeline = Timeline(self)
            self._timeline.set_collection(self.collection, self.lang)
            self._timeline.resolution_clicked.connect(self._follow_link)
            self._right_layout.insertWidget(0, self._timeline)
        return self._timeline

    def _show_collection(self, collection: Collection) -> None:
        self.collection = collection
        self.current = None
        self._result = None
        self.history.clear()
        self.sidebar.set_collection(collection)
        self._on_favourites_changed()
        if self._timeline is not None:  # else made by retranslate, with this collection
            self._timeline.set_collection(collection, self.lang)
        self.retranslate()
        self.go_to(Place())
        self.collection_shown.emit()

    def load_file(self, path: str) -> None:
        """Load a file on a worker thread; the window stays live meanwhile. A refused
        file leaves the current collection in place (``load_failed`` says why)."""
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", path))
        self.sidebar.set_loading()
        self._start_loader(CollectionLoader(path=path, parent=self))

    def _start_loader(self, loader: CollectionLoader) -> None:
        if self._loader is not None:
            self._loader.requestInterruption()
        self._loader = loader
        loader.loaded.connect(lambda c, lo=loader: self._on_loaded(lo, c))
        loader.failed.connect(lambda e, lo=loader: self._on_failed(lo, e))
        loader.progress.connect(lambda d, t, lo=loader: self._on_progress(lo, d, t))
        loader.indexed.connect(lambda i, s, lo=loader: self._on_indexed(lo, i, s))
        loader.finished.connect(lambda lo=loader: self._on_loader_finished(lo))
        loader.start()

    def _on_loader_finished(self, loader: CollectionLoader) -> None:
        if loader is self._loader:
            self._loader = None
        loader.deleteLater()

    def _on_loaded(self, loader: CollectionLoader, collection: Collection) -> None:
        if loader is not self._loader:
            return
        self._show_collection(collection)
        if collection.path is not None:
            self._remember_file(str(collection.path))
        if collection.warnings:
            # Dangling references are warnings: said once; `validate` lists them all.
            first = collection.warnings[0]
            more = len(collection.warnings) - 1
            note = self.tr("%n more", "", more) if more else ""
            self.statusBar().showMessage(f"⚠ {first} {note}".strip(), 20_000)

    def _on_failed(self, loader: CollectionLoader, error: object) -> None:
        if loader is self._loader:
            self.statusBar().clearMessage()
            self.sidebar.loading_finished()
            self.load_failed.emit(error)

    def _on_progress(self, loader: CollectionLoader, done: int, total: int) -> None:
        if loader is self._loader:
            self.sidebar.set_indexing_progress(done, total)

    def _on_indexed(self, loader: CollectionLoader, index: SearchIndex, seconds: float) -> None:
        if loader is self._loader:
            self.index_seconds = seconds
            self.sidebar.set_index(index)
            self.index_ready.emit()

    # -- opening files ---------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(Path(self.recent_files()[0]).parent) if self.recent_files() else ""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Collection"),
            folder,
            self.tr("Collections (*.json);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def recent_files(self) -> list[str]:
        if self.settings is None:
            return []
        value = self.settings.value("recentFiles", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [str(f) for f in files][:MAX_RECENT]

    def _remember_file(self, path: str) -> None:
        if self.settings is None or Path(path) == resources.bundled_collection():
            if self.settings is not None:
                self.settings.setValue("lastFile", "")
            return
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self.settings.setValue("lastFile", path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(plain_text.tooltip(path))  # a path may look like HTML
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.load_file(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the List"), self._clear_recent)

    def _clear_recent(self) -> None:
        if self.settings is not None:
            self.settings.setValue("recentFiles", [])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.load_file(path)

    @staticmethod
    def _dropped_file(urls: list[QUrl]) -> str | None:
        for url in urls:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return url.toLocalFile()
        return None

    # -- where the detail pane is ----------------------------------------------------

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

        self.sidebar.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.search_box.selectAll()

    def open_symbol(self, symbol: str, result: SearchResult | None = None) -> bool:
        res = self.collection.find(symbol) if self.collection else None
        if res is None:
            self.statusBar().showMessage(self.tr("Unknown symbol: %1").replace("%1", symbol), 5000)
            return False
        query = result.query.text if result is not None else ""
        self.go_to(Place(res.symbol, query), result)
        return True

    def go_to(self, place: Place, result: SearchResult | None = None, record: bool = True) -> None:
        """Show a place; ``record`` adds it to the history (not when going back)."""
        if self.collection is None:
            return
        res = self.collection.find(place.symbol) if place.symbol else None
        self.current = res
        self._text_part = None  # a long text opens on its first part
        self._result = result if res is not None else None
        if record:
            self.history.visit(Place(res.symbol if res else None, place.query))
        if res is None:
            self.sidebar.forget_current()
        else:
            if result is None and not place.query:
                self.sidebar.select_in_tree(res.key)
            if self.settings is not None:
                self.settings.setValue("lastSymbol", res.symbol)
        self._render()
        self._update_actions()

    def _follow_link(self, symbol: str) -> None:
        res = self.collection.find(symbol) if self.collection else None
        if res is None:
            return
        self.sidebar.clear_search()
        self.open_symbol(res.symbol)

    def go_overview(self) -> None:
        self.sidebar.clear_search()
        self.sidebar.tree.clearSelection()
        self.sidebar.tree.setCurrentIndex(QtCore.QModelIndex())
        self.show_overview()

    def show_overview(self) -> None:
        self.go_to(Place())

    def go_back(self) -> None:
        self._revisit(self.history.back())

    def go_forward(self) -> None:
        self._revisit(self.history.forward())

    def _revisit(self, place: Place | None) -> None:
        if place is None:
            return
        result = None
        if place.query and self.sidebar.index is not None:
            # Back to a page opened from a search: the search and its marks come back.
            self.sidebar.search_for(place.query)
            result = self.sidebar.index.search(place.query, lang=self.lang)
        elif self.sidebar.is_searching():
            self.sidebar.clear_search()
        self.go_to(place, result, record=False)
        if place.symbol and not place.query and self.collection:
            found = self.collection.find(place.symbol)
            if found is not None:
                self.sidebar.select_in_tree(found.key)

    def _render(self) -> None:
        if self.collection is None:  # the start: the first paint shows this line
            self.detail.show_message(self.tr("Loading the collection…"))
            return
        from viewer.core import render  # with the collection, after the first paint

        if self.current is None:
            page = render.overview_html(self.collection, self.lang)
        else:
            highlighter = self._result.highlighter if self._result else None
            spans = highlighter.spans if highlighter else None
            symbol, part = self._text_part or ("", 0)
            page = render.resolution_html(
                self.collection,
                self.current,
                self.lang,
                spans,
                self.citation_style,
                text_part=part if symbol == self.current.symbol else 0,
            )
        self.detail.show_page(page)
        self._place_star()

    # -- language, appearance, zoom ----------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang not in labels.LANGUAGES:
            return
        self.lang = lang
        if self.settings is not None:
            self.settings.setValue("language", lang)
        i18n.install(lang)  # LanguageChange reaches every widget, this one included
        self.sidebar.set_language(lang)
        if self._timeline is not None:
            self._timeline.set_collection(self.collection, lang)
        self.retranslate()
        self._render()

    def set_appearance(self, appearance: str) -> None:
        if appearance not in theme.APPEARANCES:
            return
        self.appearance = appearance
        theme.apply(appearance)
        if self.settings is not None:
            self.settings.setValue("appearance", appearance)
        self._render()
        self._update_actions()

    def set_zoom(self, steps: int) -> None:
        steps = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, steps))
        change = steps - self.zoom
        if change > 0:
            self.detail.zoomIn(change)
        elif change < 0:
            self.detail.zoomOut(-change)
        self.zoom = steps
        if self.settings is not None:
            self.settings.setValue("zoom", steps)
        self._update_actions()

    def _on_wheel_zoom(self, step: int) -> None:
        self.set_zoom(self.zoom + step)

    # -- favourites ------------------------------------------------------------------

    def toggle_favourite(self) -> None:
        if self.current is None:
            return
        added = self.favourites.toggle(self.current.symbol)
        if self.favourites.last_error is not None:
            return  # its warning stays on the status bar: not replaced by "Added…"
        message = (
            self.tr("Added to favourites: %1") if added else self.tr("Removed from favourites: %1")
        )
        self.statusBar().showMessage(message.replace("%1", self.current.symbol), 5000)

    def _on_favourites_changed(self) -> None:
        if self.collection is not None and self.sidebar.tree_model is not None:
            found = [self.collection.find(s) for s in self.favourites.symbols]
            self.sidebar.tree_model.set_favourites([r for r in found if r is not None])
        self._update_actions()

    def _fill_favourites_menu(self) -> None:
        menu = self.favourites_menu
        menu.clear()
        menu.addAction(self.favourite_action)
        menu.addSeparator()
        found = (
            [self.collection.find(s) for s in self.favourites.symbols] if self.collection else []
        )
        shown = [r for r in found if r is not None]
        for res in shown:
            menu.addAction(
                f"{res.symbol}  {res.label(self.lang)}", lambda s=res.symbol: self._follow_link(s)
            )
        if not shown:
            menu.addAction(self.tr("No favourites yet: Ctrl+D stars a resolution")).setEnabled(
                False
            )

    # -- citing ----------------------------------------------------------------------

    def _citable(self) -> list[Resolution]:
        """What Ctrl+Shift+C copies: the rows selected in the sidebar when it has the
        focus and several are selected, else the resolution on display."""
        focus = QApplication.focusWidget()
        in_sidebar = focus is not None and self.sidebar.isAncestorOf(focus)
        selected = self.sidebar.selected_resolutions() if in_sidebar else []
        if len(selected) > 1:
            return selected
        return [self.current] if self.current is not None else selected

    def copy_citation(
        self, style_id: str | None = None, chosen: list[Resolution] | None = None
    ) -> None:
        from viewer.core import citations

        resolutions = chosen if chosen is not None else self._citable()
        if not resolutions or self.collection is None:
            self.statusBar().showMessage(self.tr("Nothing to cite: open a resolution first"), 5000)
            return
        style = citations.get_style(style_id or self.citation_style)
        if len(resolutions) == 1:
            citation = citations.cite(style.id, resolutions[0], self.lang, self.collection)
        else:
            citation = citations.bibliography(style.id, resolutions, self.lang, self.collection)
        clipboard.copy_citation(citation)
        what = (
            resolutions[0].symbol
            if len(resolutions) == 1
            else self.tr("%n resolutions", "", len(resolutions))
        )
        self.statusBar().showMessage(
            self.tr("Copied %1 (%2)")
            .replace("%1", what)
            .replace("%2", style.display_name(self.lang)),
            8000,
        )

    def copy_symbol(self, chosen: list[Resolution] | None = None) -> None:
        resolutions = chosen if chosen is not None else self._citable()
        if resolutions:
            clipboard.copy_text("\n".join(r.symbol for r in resolutions))
            self.statusBar().showMessage(
                self.tr("Copied %1").replace("%1", ", ".join(r.symbol for r in resolutions)), 5000
            )

    def copy_link(self, chosen: list[Resolution] | None = None) -> None:
        from viewer.core import render

        resolutions = chosen if chosen is not None else self._citable()
        if resolutions:
            links = [render.official_url(r) for r in resolutions]
            clipboard.copy_text("\n".join(links))
            self.statusBar().showMessage(self.tr("Copied %1").replace("%1", ", ".join(links)), 5000)

    @property
    def citation_style(self) -> str:
        """The default style's id: the one remembered, if the registry still has it."""
        from viewer.core import citations  # the registry: not on the start-up path

        if self._citation_style in citations.STYLES:
            return self._citation_style  # type: ignore[return-value]
        return citations.DEFAULT_STYLE

    @property
    def style_actions(self) -> dict[str, QAction]:
        """Cite ▸ Default Style, one checkable action per style; made when the Cite menu
        first opens (or a caller asks), after the first paint: the citation registry's
        module is not on the start-up path."""
        if not self._style_actions:
            from viewer.core import citations

            group = QActionGroup(self)
            for style in citations.STYLES.values():
                action = QAction(self)
                action.setCheckable(True)
                action.triggered.connect(
                    lambda _checked=False, s=style.id: self.set_citation_style(s)
                )
                group.addAction(action)
                self.style_menu.addAction(action)
                self._style_actions[style.id] = action
            self._name_style_actions()
            self._style_actions[self.citation_style].setChecked(True)
        return self._style_actions

    def _name_style_actions(self) -> None:
        if self._style_actions:
            from viewer.core import citations

            for style_id, action in self._style_actions.items():
                action.setText(citations.STYLES[style_id].display_name(self.lang))

    def set_citation_style(self, style_id: str) -> None:
        from viewer.core import citations

        if style_id not in citations.STYLES:
            return
        self._citation_style = style_id
        if self.settings is not None:
            self.settings.setValue("citationStyle", style_id)
        self._update_actions()
        self._render()

    def _fill_cite_as(self, menu: QMenu, resolutions: list[Resolution]) -> None:
        from viewer.core import citations

        menu.clear()
        for style in citations.STYLES.values():
            menu.addAction(
                style.display_name(self.lang), lambda s=style.id: self.copy_citation(s, resolutions)
            )
        menu.setEnabled(bool(resolutions))

    def context_menu_for(self, resolutions: list[Resolution]) -> QMenu:
        """Right-click on a tree row or a result: copy citation ▸, symbol, link."""
        menu = QMenu(self)
        menu.setObjectName("resolutionMenu")
        cite_as = menu.addMenu(self.tr("Copy Citation"))
        cite_as.setObjectName("copyCitationMenu")
        self._fill_cite_as(cite_as, resolutions)
        menu.addAction(self.tr("Copy Symbol"), lambda: self.copy_symbol(resolutions))
        menu.addAction(
            self.tr("Copy Link to the Official Document"), lambda: self.copy_link(resolutions)
        )
        if len(resolutions) == 1:
            symbol = resolutions[0].symbol
            star = (
                self.tr("Remove from Favourites")
                if self.favourites.contains(symbol)
                else self.tr("Add to Favourites")
            )
            menu.addSeparator()
            menu.addAction(star, lambda: self.favourites.toggle(symbol))
        return menu

    def _show_context_menu(self, resolutions: list[Resolution], position: QPoint) -> None:
        self.context_menu_for(resolutions).popup(position)

    def _on_page_action(self, action: str) -> None:
        if action == "copy-citation":
            self.copy_citation(chosen=[self.current] if self.current else [])
        elif action.startswith("style/"):
            self.set_citation_style(action.split("/", 1)[1])
        elif action.startswith("text-part/") and self.current is not None:
            # A long full text is shown in parts (core/markup.py): show the one asked.
            self._text_part = (self.current.symbol, int(action.split("/", 1)[1]))
            self._render()
            self.detail.scrollToAnchor("full-text")

    # -- print and PDF -----------------------------------------------------------------

    def printable_document(self) -> QTextDocument:
        """The page on display with its citation at the foot, without the links that
        only make sense on screen."""
        from viewer.core import render

        document = QtGui.QTextDocument(self)
        if self.collection is not None and self.current is not None:
            document.setHtml(
                render.resolution_html(
                    self.collection,
                    self.current,
                    self.lang,
                    None,
                    self.citation_style,
                    interactive=False,
                )
            )
        else:
            document.setHtml(self.detail.toHtml())
        return document

    def print_page(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # when first printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.printable_document().print_(printer)

    def choose_pdf(self) -> None:
        name = (self.current.symbol if self.current else "overview").replace("/", "-")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), f"{name}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.printable_document().print_(printer)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 8000)

    # -- help ------------------------------------------------------------------------

    def show_about(self) -> None:
        from viewer.ui import dialogs  # dialogs are imported when first opened

        dialogs.show_about(self, self.collection, self.lang)

    def show_shortcuts(self) -> dialogs.ShortcutsDialog:
        from viewer.ui import dialogs

        listed = [
            self.find_action,
            self.back_action,
            self.forward_action,
            self.overview_action,
            self.favourite_action,
            self.copy_citation_action,
            self.find_in_page_action,
            self.find_next_action,
            self.find_previous_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.open_action,
            self.print_action,
            self.quit_action,
            self.shortcuts_action,
        ]
        dialog = dialogs.ShortcutsDialog(listed, self)
        dialog.setObjectName("shortcutsDialog")
        dialog.open()
        return dialog

    # -- events ----------------------------------------------------------------------

    def _watch_mouse_buttons(self) -> None:
        """The mouse's back and forward buttons, wherever the pointer is in the window.

        Installed once the window has painted: an application-wide event filter makes
        PySide wrap every object that gets an event, and its first wrap of a Qt class it
        does not expose (a line edit's clear button, a tree's header…) makes it build
        all its lazily made classes and their enums, some 50 ms before the first paint
        when installed earlier."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QtGui.QMouseEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    # -- remembered state ------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        # Looked up only when a value is there: QByteArray is made on first use.
        if geometry is not None and isinstance(geometry, QtCore.QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if splitter is not None and isinstance(splitter, QtCore.QByteArray):
            self.splitter.restoreState(splitter)
        style = self.settings.value("citationStyle")
        self._citation_style = style if isinstance(style, str) else None  # see citation_style
        appearance = str(self.settings.value("appearance", "system"))
        if appearance in theme.APPEARANCES and appearance != "system":
            self.set_appearance(appearance)
        try:
            zoom = int(self.settings.value("zoom", 0))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            zoom = 0
        if zoom:
            self.set_zoom(zoom)

    def restore_last_resolution(self) -> None:
        """Reopen the resolution read last, when this collection has it."""
        if self.settings is None or self.collection is None:
            return
        symbol = self.settings.value("lastSymbol")
        if isinstance(symbol, str) and self.collection.find(symbol) is not None:
            self.open_symbol(symbol)

    def shutdown(self) -> None:
        """Stop the worker threads (an index build cannot be cut short: wait for it)."""
        if self._loader is not None:
            self._loader.requestInterruption()
            self._loader.wait()
            self._loader = None
        self.sidebar.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
