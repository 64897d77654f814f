"""The window's actions as data: one row per action, from which the menus, the toolbar,
the Keyboard Shortcuts dialog and the translated texts are made.

Adding a menu item is one row here and one slot in the part that does the work. A row
names its slot as a path from the window ("navigation.go_back"), looked up when the
action fires, so a part made at first use (printing, citing) is not made at start-up.
Texts are marked with ``QT_TRANSLATE_NOOP`` so that ``make translations`` finds them;
they are translated in the "MainWindow" context when the language changes.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from viewer.ui import icons

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

CONTEXT = "MainWindow"
STANDARD = "standard:"  # a shortcut named so is the platform's QKeySequence.StandardKey
SEPARATOR = "-"  # in ``menus``: a separator before the row in that menu ("-edit")


class Row(NamedTuple):
    """One action: ``menus`` lists where it appears, in table order; ``submenu`` makes a
    menu instead of an action (a part fills it); ``toolbar`` is its place on the toolbar
    (rows in different tens are parted by a separator). A NamedTuple: ``dataclasses``
    is not on the start-up path (see core/history.py)."""

    id: str
    text: str
    slot: str = ""
    shortcuts: tuple[str, ...] = ()
    icon: str = ""
    menus: tuple[str, ...] = ()
    toolbar: int = 0
    tip: str = ""
    checkable: bool = False
    submenu: bool = False


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
    ("favourites", QT_TRANSLATE_NOOP("MainWindow", "F&avourites")),
    ("cite", QT_TRANSLATE_NOOP("MainWindow", "&Cite")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

ACTIONS: tuple[Row, ...] = (
    Row(
        "open",
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        "opening.choose_file",
        (STANDARD + "Open",),
        menus=("file",),
    ),
    Row("recent", QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), menus=("file",), submenu=True),
    Row(
        "openBundled",
        QT_TRANSLATE_NOOP("MainWindow", "Open &Bundled Collection"),
        "opening.open_bundled",
        menus=("file",),
    ),
    Row(
        "importDocuments",
        QT_TRANSLATE_NOOP("MainWindow", "&Import Documents…"),
        "importing.choose",
        menus=("file",),
    ),
    Row(
        "print",
        QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
        "printing.print_page",
        (STANDARD + "Print",),
        "print",
        ("-file",),
        toolbar=13,
    ),
    Row(
        "exportPdf",
        QT_TRANSLATE_NOOP("MainWindow", "&Export PDF…"),
        "printing.choose_pdf",
        menus=("file",),
    ),
    Row(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "close",
        (STANDARD + "Quit",),
        menus=("-file",),
    ),
    Row(
        "copyCitation",
        QT_TRANSLATE_NOOP("MainWindow", "&Copy Citation"),
        "citing.copy_citation",
        ("Ctrl+Shift+C",),
        "copy",
        ("edit", "cite"),
        toolbar=12,
    ),
    Row(
        "citeAs",
        QT_TRANSLATE_NOOP("MainWindow", "Copy Citation &As"),
        menus=("cite",),
        submenu=True,
    ),
    Row(
        "citeParagraph",
        QT_TRANSLATE_NOOP("MainWindow", "Cite &Paragraph…"),
        "reading.ask_citation",
        menus=("cite",),
    ),
    Row("style", QT_TRANSLATE_NOOP("MainWindow", "&Default Style"), menus=("-cite",), submenu=True),
    Row(
        "copySymbol",
        QT_TRANSLATE_NOOP("MainWindow", "Copy &Symbol"),
        "citing.copy_symbol",
        menus=("edit",),
    ),
    Row(
        "copyLink",
        QT_TRANSLATE_NOOP("MainWindow", "Copy &Link to the Official Document"),
        "citing.copy_link",
        menus=("edit",),
    ),
    Row(
        "findInPage",
        QT_TRANSLATE_NOOP("MainWindow", "&Find in Page…"),
        "pane.find_bar.open_bar",
        (STANDARD + "Find",),
        menus=("-edit",),
    ),
    Row(
        "findNext",
        QT_TRANSLATE_NOOP("MainWindow", "Find &Next"),
        "pane.find_bar.find_next",
        ("F3",),
        menus=("edit",),
    ),
    Row(
        "findPrevious",
        QT_TRANSLATE_NOOP("MainWindow", "Find Pre&vious"),
        "pane.find_bar.find_previous",
        ("Shift+F3",),
        menus=("edit",),
    ),
    Row(
        "zoomIn",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
        "appearance.zoom_in",
        ("Ctrl+=", "Ctrl++", STANDARD + "ZoomIn"),
        menus=("view",),
    ),
    Row(
        "zoomOut",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
        "appearance.zoom_out",
        ("Ctrl+-", STANDARD + "ZoomOut"),
        menus=("view",),
    ),
    Row(
        "zoomReset",
        QT_TRANSLATE_NOOP("MainWindow", "&Reset Zoom"),
        "appearance.zoom_reset",
        ("Ctrl+0",),
        menus=("view",),
    ),
    Row(
        "appearance", QT_TRANSLATE_NOOP("MainWindow", "&Appearance"), menus=("-view",), submenu=True
    ),
    Row("language", QT_TRANSLATE_NOOP("MainWindow", "&Language"), menus=("view",), submenu=True),
    Row(
        "search",
        QT_TRANSLATE_NOOP("MainWindow", "&Search"),
        "focus_search",
        ("Ctrl+K", "Ctrl+L"),
        "search",
        ("go",),
        toolbar=4,
    ),
    Row(
        "back",
        QT_TRANSLATE_NOOP("MainWindow", "&Back"),
        "navigation.go_back",
        ("Alt+Left", STANDARD + "Back"),
        "back",
        ("go",),
        toolbar=1,
    ),
    Row(
        "forward",
        QT_TRANSLATE_NOOP("MainWindow", "&Forward"),
        "navigation.go_forward",
        ("Alt+Right", STANDARD + "Forward"),
        "forward",
        ("go",),
        toolbar=2,
    ),
    Row(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
        "navigation.go_overview",
        ("Alt+Home",),
        "home",
        ("go",),
        toolbar=3,
    ),
    Row(
        "goParagraph",
        QT_TRANSLATE_NOOP("MainWindow", "&Paragraph…"),
        "reading.ask_paragraph",
        ("Ctrl+G",),
        menus=("-go",),
    ),
    Row(
        "favourite",
        QT_TRANSLATE_NOOP("MainWindow", "&Favourite"),
        "starring.toggle",
        ("Ctrl+D",),
        "star",
        ("favourites",),
        toolbar=11,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Add to or remove from favourites (Ctrl+D)"),
        checkable=True,
    ),
    Row(
        "shortcuts",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
        "help.show_shortcuts",
        (STANDARD + "HelpContents",),
        menus=("help",),
    ),
    Row(
        "clearCache",
        QT_TRANSLATE_NOOP("MainWindow", "Clear Search &Cache"),
        "opening.clear_cache",
        menus=("-help",),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Delete the kept search indexes: the next start builds them again"
        ),
    ),
    Row(
        "about",
        QT_TRANSLATE_NOOP("MainWindow", "&About Resolutions Viewer"),
        "help.show_about",
        menus=("help",),
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def icon(name: str) -> QIcon:
    return icons.file_icon(name)


class ActionTable(QObject):
    """The actions and menus made from ``ACTIONS`` for one window."""

    def __init__(self, window: QWidget, rows: tuple[Row, ...] = ACTIONS) -> None:
        super().__init__(window)
        self.rows = rows
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}  # the menu bar's menus and the submenus
        self._bound = False  # key sequences are made after the first paint
        for row in rows:
            if not row.submenu:
                self.actions[row.id] = self._make(window, row)

    @staticmethod
    def _make(window: QWidget, row: Row) -> QAction:
        action = QAction(window)
        action.setObjectName(row.id)
        action.setCheckable(row.checkable)
        if row.slot:
            # Looked up when fired: a part made at first use is made then.
            action.triggered.connect(lambda _checked=False, p=row.slot: slot(window, p)())
        if row.icon:
            action.setIcon(icon(row.icon))
        window.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def build_menus(self, bar: QMenuBar) -> None:
        for menu_id, _title in MENUS:
            self.menus[menu_id] = bar.addMenu("")
        for row in self.rows:
            for place in row.menus:
                menu = self.menus[place.lstrip(SEPARATOR)]
                if place.startswith(SEPARATOR):
                    menu.addSeparator()
                if row.submenu:
                    self.menus[row.id] = menu.addMenu("")
                else:
                    menu.addAction(self.actions[row.id])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.setIconSize(QSize(20, 20))
        placed = sorted((r for r in self.rows if r.toolbar), key=operator.attrgetter("toolbar"))
        for before, row in zip([None, *placed], placed, strict=False):
            if before is not None and before.toolbar // 10 != row.toolbar // 10:
                toolbar.addSeparator()
            toolbar.addAction(self.actions[row.id])

    def recolour(self) -> None:
        """The icons in the theme's colours (``ui/icons.py``)."""
        from PySide6.QtGui import QGuiApplication  # after the first paint or a theme change

        palette = QGuiApplication.palette()
        for row in self.rows:
            if row.icon and not row.submenu:
                self.actions[row.id].setIcon(icons.themed_icon(row.icon, palette))

    def retranslate(self) -> None:
        for menu_id, title in MENUS:
            self.menus[menu_id].setTitle(translate(title))
        for row in self.rows:
            text = translate(row.text)
            if row.submenu:
                self.menus[row.id].setTitle(text)
                continue
            action = self.actions[row.id]
            action.setText(text)
            action.setToolTip(tooltip(row, action if self._bound else None))

    def with_shortcuts(self) -> list[QAction]:
        """The actions that have keys, in table order (the Keyboard Shortcuts dialog)."""
        return [self.actions[r.id] for r in self.rows if r.shortcuts and not r.submenu]

    def bind_shortcuts(self) -> None:
        """Give the actions their key sequences; after the first paint, as no key can be
        pressed before it (the key-sequence class and the platform's key bindings are
        made on first use)."""
        for row in self.rows:
            if row.shortcuts:
                action = self.actions[row.id]
                action.setShortcuts(key_sequences(row.shortcuts))
                action.setToolTip(tooltip(row, action))
        self._bound = True


def tooltip(row: Row, action: QAction | None) -> str:
    """The row's tip, or its text, with its first shortcut as the reader's keyboard
    writes it ("Back (Alt+Left)"; in French Qt's own names: "Maj", "Gauche")."""
    if row.tip:
        return translate(row.tip)  # a tip of its own names its keys itself
    text = plain(translate(row.text))
    if action is None or not row.shortcuts:  # before the first paint: no keys yet
        return text
    keys = action.shortcut()
    if keys.isEmpty():
        return text
    from PySide6.QtGui import QKeySequence  # bound after the first paint

    return f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"


def plain(text: str) -> str:
    """A menu text as a tooltip: without its mnemonic and its ellipsis."""
    return text.replace("&", "").replace("…", "")


def slot(window: QObject, path: str) -> Callable[[], object]:
    """The method a row names, from the window: "navigation.go_back"."""
    return operator.attrgetter(path)(window)  # type: ignore[no-any-return]


def key_sequences(shortcuts: tuple[str, ...]) -> list[QKeySequence]:
    """The sequences of a row, each once: a standard key often equals a listed one (Back
    is Alt+Left on Linux), and the same sequence twice makes the shortcut ambiguous, and
    dead."""
    from PySide6.QtGui import QKeySequence  # after the first paint: see bind_shortcuts

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
    return list(sequences.values())
