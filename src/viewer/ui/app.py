"""The window's entry point: the QApplication, settings, the collection, the window."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from viewer import __version__
from viewer.core import labels, resources
from viewer.ui.preferences import Preferences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from viewer.core import loader
    from viewer.ui.main_window import MainWindow

ORGANIZATION = "ResolutionsViewer"
MAX_PROBLEMS_SHOWN = 20
UI_SWITCH_INTERVAL = 0.001  # seconds (see run_window)
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
    app.setDesktopFileName("resolutions-viewer")  # Wayland matches the .desktop file
    icon = resources.resource_path("icons", "resolutions-viewer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def settings() -> QSettings:
    """The user's settings. Qt reads INI leniently (lines it cannot parse are skipped,
    and every value is checked where it is used); a file it cannot read at all is kept
    aside as ``.bak`` and the window starts with defaults."""
    store = QSettings(ORGANIZATION, APPLICATION)
    if store.status() != QSettings.Status.NoError:
        path = Path(store.fileName())
        backup = path.with_name(path.name + ".bak")
        try:
            path.replace(backup)
            print(f"Settings could not be read; kept as {backup}", file=sys.stderr)
        except OSError as error:
            print(f"Settings could not be read ({error}); using defaults", file=sys.stderr)
        store = QSettings(ORGANIZATION, APPLICATION)
    return store


def system_language() -> str:
    """French when the system's locale is French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def initial_language(requested: str | None, preferences: Preferences) -> str:
    if requested in labels.LANGUAGES:
        return requested  # type: ignore[return-value]
    return preferences.language or system_language()


def show_refusal(
    parent: QWidget | None, error: loader.CollectionError, lang: str, fallback: bool
) -> QMessageBox:
    """The file's problems in a dialog: the first twenty, and how many more."""
    from PySide6.QtWidgets import QMessageBox  # its type and enums: only when needed

    translate = QCoreApplication.translate
    problems = error.lines(lang)  # in the interface's language (core/messages.py)
    shown = "\n".join(problems[:MAX_PROBLEMS_SHOWN])
    if len(problems) > MAX_PROBLEMS_SHOWN:
        more = len(problems) - MAX_PROBLEMS_SHOWN
        shown += "\n" + translate("Refusal", "… and %n more", "", more)
    intro = translate("Refusal", "%1 cannot be opened.").replace("%1", error.path)
    if fallback:
        outcome = translate("Refusal", "The bundled collection is shown instead.")
    else:
        outcome = translate("Refusal", "The collection on display stays as it was.")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Refusal", "File refused"),
        f"{intro} {outcome}",
        parent=parent,
    )
    box.setObjectName("refusalBox")
    # The path and the problems quote the file: shown as written, never as HTML.
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setInformativeText(shown)
    box.open()
    return box


def start_path(requested: str | None, preferences: Preferences) -> str:
    """What to open at start: --data, else the collection opened last, else the bundled."""
    if requested:
        return requested
    last = preferences.last_file
    if last and Path(last).is_file():
        return last
    return str(resources.bundled_collection())


def open_at_start(window: MainWindow, wanted: str) -> bool:
    """``--open``: a resolution, or one of its paragraphs ("S/RES/687 (1991) para 8")."""
    from viewer.core import pinpoint

    try:
        symbol, paragraph = pinpoint.split_open(wanted)
    except pinpoint.PinpointError as error:  # a paragraph that cannot be read
        print(error, file=sys.stderr)
        symbol, paragraph = wanted, None
    if not window.open_symbol(symbol, anchor=paragraph.anchor if paragraph else ""):
        print(f"Unknown symbol: {symbol!r}", file=sys.stderr)
        return False
    return True


def run_window(
    args: argparse.Namespace, before_show: Callable[[QWidget], None] | None = None
) -> int:
    """The window, until it is closed; ``before_show`` gets it just before it is shown
    (the start-up probe watches it so)."""
    # No garbage collection before the window has painted: the start allocates much and
    # frees next to nothing (modules, classes, widgets), so a pass over it only delays
    # the paint. After it, what the start made is frozen (it stays for good: later
    # passes skip it) and collection resumes.
    gc.disable()
    # The loader and search threads run Python too: each call from Qt into Python on the
    # UI thread waits for the interpreter until the thread holding it is made to let go,
    # after the switch interval (5 ms by default, and a paint makes dozens of such calls).
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
    from viewer.ui import i18n
    from viewer.ui.first_paint import AfterFirstPaint
    from viewer.ui.main_window import MainWindow

    app = create_application()
    preferences = Preferences(settings())
    if getattr(args, "reset_settings", False):
        preferences.clear()
    lang = initial_language(getattr(args, "lang", None), preferences)
    i18n.install(lang)
    requested = getattr(args, "data", None)
    path = start_path(str(requested) if requested else None, preferences)
    window = MainWindow(None, lang, preferences)
    window.opening.use_cache = not getattr(args, "no_cache", False)
    bundled = str(resources.bundled_collection())

    def on_failed(error: loader.CollectionError) -> None:
        fallback = window.collection is None
        show_refusal(window, error, window.lang, fallback)
        if fallback and error.path != bundled:
            window.load_file(bundled)

    def on_shown() -> None:
        window.collection_shown.disconnect(on_shown)  # the first collection only
        wanted = getattr(args, "open", None)
        if wanted:
            open_at_start(window, wanted)
        elif not requested:
            window.restore_last_resolution()

    window.load_failed.connect(on_failed)
    window.collection_shown.connect(on_shown)
    app.aboutToQuit.connect(window.shutdown)
    if before_show is not None:
        before_show(window)
    window.show()

    def after_first_paint() -> None:
        gc.freeze()
        gc.enable()
        window.load_file(path)

    AfterFirstPaint(window, after_first_paint)
    code = app.exec()
    # A quit right after the first paint may come while the loader thread starts:
    # wait for it, or Qt aborts on a thread destroyed while running.
    window.shutdown()
    return code
