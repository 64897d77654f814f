"""The window's entry point: the QApplication, settings, the collection, the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from viewer import __version__
from viewer.core import labels, loader, resources

ORGANIZATION = "ResolutionsViewer"
APPLICATION = "resolutions-viewer"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Resolutions Viewer")
    app.setApplicationVersion(__version__)
    icon = resources.resource_path("icons", "resolutions-viewer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def system_language() -> str:
    """French when the system's locale is French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def initial_language(requested: str | None, store: QSettings) -> str:
    if requested in labels.LANGUAGES:
        return requested  # type: ignore[return-value]
    remembered = store.value("language")
    if remembered in labels.LANGUAGES:
        return str(remembered)
    return system_language()


def show_refusal(
    parent: QWidget | None, error: loader.CollectionError, lang: str, fallback: bool
) -> None:
    """The file's problems in a dialog: the first twenty, and how many more."""
    problems = error.lines()
    shown = "\n".join(problems[:20])
    if len(problems) > 20:
        more = len(problems) - 20
        shown += f"\n… (+{more} autres)" if lang == "fr" else f"\n… (+{more} more)"
    if lang == "fr":
        title = "Fichier refusé"
        intro = f"{error.path} ne peut pas être ouvert."
        outcome = "La collection fournie est affichée." if fallback else "Rien n’a changé."
    else:
        title = "File refused"
        intro = f"{error.path} cannot be opened."
        outcome = "The bundled collection is shown." if fallback else "Nothing has changed."
    box = QMessageBox(QMessageBox.Icon.Warning, title, f"{intro} {outcome}", parent=parent)
    box.setInformativeText(shown)
    box.open()


class _AfterFirstPaint(QObject):
    """Runs a callback once the window has painted: the user sees the window before the
    interpreter is busy parsing a large file."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(500, self._fire)  # should no paint event come (minimised)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._callback is not None:
            callback, self._callback = self._callback, None
            callback()


def run_window(args: argparse.Namespace) -> int:
    from viewer.ui.main_window import MainWindow

    app = create_application()
    store = settings()
    lang = initial_language(getattr(args, "lang", None), store)
    requested = getattr(args, "data", None)
    path = str(requested) if requested else str(resources.bundled_collection())
    window = MainWindow(None, lang, store)

    def on_failed(error: loader.CollectionError) -> None:
        fallback = window.collection is None
        show_refusal(window, error, window.lang, fallback)
        if fallback and error.path != str(resources.bundled_collection()):
            window.load_file(str(resources.bundled_collection()))

    def on_ready() -> None:
        symbol = getattr(args, "open", None)
        if symbol and not window.open_symbol(symbol):
            print(f"Unknown symbol: {symbol!r}", file=sys.stderr)

    window.load_failed.connect(on_failed)
    window.collection_shown.connect(on_ready, Qt.ConnectionType.SingleShotConnection)
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    _AfterFirstPaint(window, lambda: window.load_file(path))
    return app.exec()
