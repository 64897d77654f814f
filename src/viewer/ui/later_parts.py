"""The window's parts made at their first use, and how each is wired.

Each one's module, and what it brings (the citation registry, Qt Print Support, the
importing core, the dialogs), stays off the start-up path until the user needs it (see
viewer/ui/__init__.py). ``MadeAtFirstUse`` is the window's attribute: the part is made,
wired and kept in the window's own ``__dict__`` the first time it is read, so later reads
find it there directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from viewer.ui.citing import Citing
    from viewer.ui.help_menu import HelpMenu
    from viewer.ui.importing import Importing
    from viewer.ui.main_window import MainWindow
    from viewer.ui.printing import Printing

Part = TypeVar("Part")


class MadeAtFirstUse(Generic[Part]):
    def __init__(self, make: Callable[[MainWindow], Part]) -> None:
        self._make = make
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, window: Any, owner: type | None = None) -> Part:
        if window is None:
            return self  # type: ignore[return-value]
        # A non-data descriptor: once the part is in the window's __dict__, it is found
        # there and this is not called again.
        part = self._make(window)
        window.__dict__[self._name] = part
        return part


def made(window: MainWindow, name: str) -> Any:
    """The part ``name`` if it was made already, else None (nothing is made)."""
    return window.__dict__.get(name)


def make_citing(window: MainWindow) -> Citing:
    from viewer.ui.citing import Citing  # with the citation registry

    part = Citing(window, window.preferences, window.menu("style"), window.citable)
    part.collection = window.collection
    part.set_language(window.lang)
    part.message.connect(window.statusBar().showMessage)
    part.style_changed.connect(window.on_moved)
    return part


def make_printing(window: MainWindow) -> Printing:
    from viewer.ui.printing import Printing  # with Qt Print Support

    part = Printing(window, window.detail, window.on_display, window.preferences)
    part.message.connect(window.statusBar().showMessage)
    return part


def make_importing(window: MainWindow) -> Importing:
    from viewer.ui.importing import Importing  # with the importing core

    part = Importing(window, lambda: window.collection)
    part.message.connect(window.statusBar().showMessage)
    part.open_requested.connect(window.load_file)
    window.collection_shown.connect(lambda: part.collection_shown(window.collection))
    return part


def make_help(window: MainWindow) -> HelpMenu:
    from viewer.ui.help_menu import HelpMenu  # with the dialogs

    return HelpMenu(window)
