"""The window's entry point: the QApplication, settings, the collection, the window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer import __version__
from viewer.core import labels, loader, resources
from viewer.core.collection import Collection

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


def open_collection(path: str | None, lang: str) -> Collection:
    """The requested collection or, when it is refused, the bundled one after a message."""
    bundled = resources.bundled_collection()
    if path is None:
        return loader.load(bundled)
    try:
        return loader.load(path)
    except loader.CollectionError as error:
        problems = error.lines()
        shown = "\n".join(problems[:20])
        more = len(problems) - 20
        if more > 0:
            shown += f"\n… (+{more})"
        title = "Fichier refusé" if lang == "fr" else "File refused"
        intro = (
            "Ce fichier ne peut pas être ouvert ; la collection fournie est affichée."
            if lang == "fr"
            else "This file cannot be opened; the bundled collection is shown instead."
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, intro)
        box.setDetailedText(shown)
        box.setInformativeText(shown.splitlines()[0] if shown else "")
        box.exec()
        return loader.load(bundled)


def run_window(args: argparse.Namespace) -> int:
    from viewer.ui.main_window import MainWindow

    app = create_application()
    store = settings()
    lang = initial_language(getattr(args, "lang", None), store)
    collection = open_collection(getattr(args, "data", None) and str(args.data), lang)
    window = MainWindow(collection, lang, store)
    window.show()
    if getattr(args, "open", None) and not window.open_symbol(args.open):
        print(f"Unknown symbol: {args.open!r}", file=sys.stderr)
    return app.exec()
