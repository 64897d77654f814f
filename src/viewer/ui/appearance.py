"""Appearance: the interface language, light or dark, and the page's zoom (View menu,
Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+wheel). Each choice is remembered in the preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup

from viewer.core import labels
from viewer.ui import i18n, theme
from viewer.ui.preferences import ZOOM_LIMIT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

    from viewer.ui.preferences import Preferences


SYSTEM = "system"  # the language menu's "Follow the System"


class Appearance(QObject):
    language_changed = Signal(str)
    theme_changed = Signal()  # the page is rendered again in the new colours
    zoom_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        preferences: Preferences,
        detail: QTextBrowser,
        lang: str,
        menus: dict[str, QMenu],
    ) -> None:
        super().__init__(window)
        self._preferences = preferences
        self._detail = detail
        self.lang = lang
        self.theme = "system"
        self.zoom = 0
        self.language_actions = self._group(
            menus["language"], (SYSTEM, *labels.LANGUAGES), self.set_language
        )
        menus["language"].insertSeparator(self.language_actions[labels.LANGUAGES[0]])
        for code in labels.LANGUAGES:
            self.language_actions[code].setText(labels.LANGUAGE_NAMES[code])
        self.theme_actions = self._group(menus["appearance"], theme.APPEARANCES, self.set_theme)
        self.retranslate()

    def _group(self, menu: QMenu, names: tuple[str, ...], choose) -> dict[str, QAction]:  # type: ignore[no-untyped-def]
        """One checkable action per choice, in ``menu``; one of them checked at a time."""
        group = QActionGroup(self)
        actions: dict[str, QAction] = {}
        for name in names:
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: choose(n))
            group.addAction(action)
            menu.addAction(action)
            actions[name] = action
        return actions

    def restore(self) -> None:
        """The theme and zoom remembered (the language is chosen before the window)."""
        if self._preferences.appearance != "system":
            self.set_theme(self._preferences.appearance)
        if self._preferences.zoom:
            self.set_zoom(self._preferences.zoom)

    def retranslate(self) -> None:
        names = {
            "system": self.tr("Follow the &System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        for name, action in self.theme_actions.items():
            action.setText(names[name])
            action.setToolTip(names[name].replace("&", ""))
        self.language_actions[SYSTEM].setText(names[SYSTEM])
        self.update_checks()

    def update_checks(self) -> None:
        self.theme_actions[self.theme].setChecked(True)
        chosen = self._preferences.language  # None: the system's (or --lang for this run)
        following = chosen is None and self.lang == i18n.system_language()
        self.language_actions[SYSTEM if following else self.lang].setChecked(True)

    def set_language(self, choice: str) -> None:
        """A language, or SYSTEM: the system's now and at each start."""
        if choice != SYSTEM and choice not in labels.LANGUAGES:
            return
        lang = i18n.system_language() if choice == SYSTEM else choice
        self.lang = lang
        self._preferences.language = "" if choice == SYSTEM else lang  # "": not chosen
        i18n.install(lang)  # LanguageChange reaches every widget
        self.language_changed.emit(lang)

    def set_theme(self, appearance: str) -> None:
        if appearance not in theme.APPEARANCES:
            return
        self.theme = appearance
        theme.apply(appearance)
        self._preferences.appearance = appearance
        self.update_checks()
        self.theme_changed.emit()

    def set_zoom(self, steps: int) -> None:
        steps = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, steps))
        change = steps - self.zoom
        if change > 0:
            self._detail.zoomIn(change)
        elif change < 0:
            self._detail.zoomOut(-change)
        self.zoom = steps
        self._preferences.zoom = steps
        self.zoom_changed.emit()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def zoom_by(self, step: int) -> None:
        """Ctrl+wheel over the page."""
        self.set_zoom(self.zoom + step)
