"""The main window: menus, shortcuts, the sidebar and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from viewer import __version__
from viewer.core import labels, render
from viewer.core.collection import Collection, Resolution
from viewer.core.search import SearchIndex, SearchResult
from viewer.ui.detail_view import DetailView
from viewer.ui.search_panel import SearchPanel
from viewer.ui.workers import CollectionLoader

_TEXTS = {
    "file": {"en": "&File", "fr": "&Fichier"},
    "quit": {"en": "&Quit", "fr": "&Quitter"},
    "go": {"en": "&Go", "fr": "&Aller"},
    "find": {"en": "&Search", "fr": "&Rechercher"},
    "overview": {"en": "&Overview", "fr": "&Vue d’ensemble"},
    "language": {"en": "&Language", "fr": "&Langue"},
    "help": {"en": "&Help", "fr": "&Aide"},
    "about": {"en": "&About Resolutions Viewer", "fr": "À &propos de Resolutions Viewer"},
    "about_text": {
        "en": "<p><b>Resolutions Viewer</b> {version}</p><p>An offline reference viewer for "
        "the UN General Assembly and Security Council resolutions concerning INTERPOL."
        "</p><p>The summaries are the project’s own words, not official text. Official "
        "documents: undocs.org.</p>",
        "fr": "<p><b>Resolutions Viewer</b> {version}</p><p>Un visualiseur hors ligne des "
        "résolutions de l’Assemblée générale et du Conseil de sécurité de l’ONU "
        "concernant INTERPOL.</p><p>Les résumés sont rédigés par le projet ; ils ne sont "
        "pas un texte officiel. Documents officiels : undocs.org.</p>",
    },
    "status": {"en": "{n} resolutions", "fr": "{n} résolutions"},
    "detail_name": {"en": "Resolution details", "fr": "Détails de la résolution"},
    "loading": {"en": "Loading the collection…", "fr": "Chargement de la collection…"},
}


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
    ) -> None:
        super().__init__(parent)
        self.collection: Collection | None = None
        self.lang = lang
        self.settings = settings
        self.current: Resolution | None = None
        self._result: SearchResult | None = None  # the search the current page came from
        self._loader: CollectionLoader | None = None
        self.index_seconds: float | None = None  # how long the last index took to build

        self.sidebar = SearchPanel(None, lang, self)
        self.detail = DetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 720])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.resize(1120, 720)

        self.sidebar.resolution_selected.connect(lambda s: self.open_symbol(s, None))
        self.sidebar.resolution_opened.connect(self.open_symbol)
        self.sidebar.overview_requested.connect(self.show_overview)
        self.detail.resolution_link_activated.connect(self._follow_link)

        self._build_actions()
        self._retranslate()
        self._restore_state()
        if collection is not None:
            self.set_collection(collection)
        else:
            self.show_overview()

    # -- the collection --------------------------------------------------------------

    def set_collection(self, collection: Collection) -> None:
        """Show a loaded collection now; its index is built on a worker thread."""
        self.collection = collection
        self.current = None
        self._result = None
        self.sidebar.set_collection(collection)
        self._retranslate()
        self.show_overview()
        self.collection_shown.emit()
        self._start_loader(CollectionLoader(collection=collection, parent=self))

    def load_file(self, path: str) -> None:
        """Load a file on a worker thread; the window stays live meanwhile."""
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
        if loader is self._loader:
            self.collection = collection
            self.current = None
            self.sidebar.set_collection(collection)
            self._retranslate()
            self.show_overview()
            self.collection_shown.emit()
            for warning in collection.warnings[:1]:
                self.statusBar().showMessage(f"{collection.path}: {warning}", 10_000)

    def _on_failed(self, loader: CollectionLoader, error: object) -> None:
        if loader is self._loader:
            self.load_failed.emit(error)

    def _on_progress(self, loader: CollectionLoader, done: int, total: int) -> None:
        if loader is self._loader:
            self.sidebar.set_indexing_progress(done, total)

    def _on_indexed(self, loader: CollectionLoader, index: SearchIndex, seconds: float) -> None:
        if loader is self._loader:
            self.index_seconds = seconds
            self.sidebar.set_index(index)
            self.index_ready.emit()

    # -- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self.find_action = QAction(self)
        self.find_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+L")])
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)

        self.overview_action = QAction(self)
        self.overview_action.setShortcut(QKeySequence("Alt+Home"))
        self.overview_action.triggered.connect(self.go_overview)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in labels.LANGUAGES:
            action = QAction(labels.LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)

        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.go_menu = menu_bar.addMenu("")
        self.go_menu.addAction(self.find_action)
        self.go_menu.addAction(self.overview_action)
        self.language_menu = menu_bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        # Esc from the detail pane goes back to the search box, as in Zeal.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.focus_search)

    def _t(self, key: str, **values: object) -> str:
        entry = _TEXTS[key]
        text = entry.get(self.lang, entry["en"])
        return text.format(**values) if values else text

    def _retranslate(self) -> None:
        if self.collection is not None:
            self.setWindowTitle(self.collection.title.get(self.lang))
            count = len(self.collection.resolutions)
            self.statusBar().showMessage(self._t("status", n=count))
        else:
            self.setWindowTitle("Resolutions Viewer")
        self.file_menu.setTitle(self._t("file"))
        self.quit_action.setText(self._t("quit"))
        self.go_menu.setTitle(self._t("go"))
        self.find_action.setText(self._t("find"))
        self.overview_action.setText(self._t("overview"))
        self.language_menu.setTitle(self._t("language"))
        self.help_menu.setTitle(self._t("help"))
        self.about_action.setText(self._t("about"))
        self.detail.setAccessibleName(self._t("detail_name"))

    # -- what the detail pane shows --------------------------------------------------

    def focus_search(self) -> None:
        self.sidebar.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.search_box.selectAll()

    def open_symbol(self, symbol: str, result: SearchResult | None = None) -> bool:
        res = self.collection.find(symbol) if self.collection else None
        if res is None:
            self.statusBar().showMessage(f"{symbol}: ?")
            return False
        self.current = res
        self._result = result
        self._render()
        if result is None:
            self.sidebar.select_in_tree(res.key)
        return True

    def _follow_link(self, symbol: str) -> None:
        res = self.collection.find(symbol) if self.collection else None
        if res is None:
            return
        self.sidebar.clear_search()
        self.open_symbol(res.symbol)

    def go_overview(self) -> None:
        self.sidebar.clear_search()
        self.sidebar.tree.clearSelection()
        self.sidebar.tree.setCurrentIndex(QModelIndex())
        self.show_overview()

    def show_overview(self) -> None:
        self.current = None
        self._result = None
        self._render()

    def _render(self) -> None:
        if self.collection is None:
            page = f"<p>{self._t('loading')}</p>"
        elif self.current is None:
            page = render.overview_html(self.collection, self.lang)
        else:
            highlighter = self._result.highlighter if self._result else None
            spans = highlighter.spans if highlighter else None
            page = render.resolution_html(self.collection, self.current, self.lang, spans)
        self.detail.show_page(page)

    def set_language(self, lang: str) -> None:
        if lang not in labels.LANGUAGES:
            return
        self.lang = lang
        self.language_actions[lang].setChecked(True)
        if self.settings is not None:
            self.settings.setValue("language", lang)
        self.sidebar.set_language(lang)
        self._retranslate()
        self._render()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self._t("about").replace("&", ""), self._t("about_text", version=__version__)
        )

    # -- remembered state ------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def shutdown(self) -> None:
        """Stop the worker threads (an index build cannot be cut short: wait for it)."""
        if self._loader is not None:
            self._loader.requestInterruption()
            self._loader.wait()
            self._loader = None
        self.sidebar.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
