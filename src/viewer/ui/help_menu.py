"""The Help menu's dialogs: About and Keyboard Shortcuts (made when first opened: the
dialogs module is not on the start-up path)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from viewer.ui import dialogs

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def show_about(self) -> None:
        window = self._window
        dialogs.show_about(window, window.collection, window.lang)

    def show_shortcuts(self) -> dialogs.ShortcutsDialog:
        """Every action with a shortcut, from the actions table."""
        dialog = dialogs.ShortcutsDialog(self._window.actions_table.with_shortcuts(), self._window)
        dialog.setObjectName("shortcutsDialog")
        dialog.open()
        return dialog
