"""Citing: the default style (Cite ▸ Default Style), copying citations, symbols and links
to the clipboard, and the right-click menu of a resolution.

Made when first needed (the window's ``citing``): this module brings in the citation
registry, which is not on the start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from viewer.core import citations, render
from viewer.ui import clipboard

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from viewer.core.collection import Collection, Resolution
    from viewer.ui.favourites import FavouritesStore
    from viewer.ui.preferences import Preferences


class Citing(QObject):
    style_changed = Signal()  # the default style changed: the page's citation block too
    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(
        self,
        window: QWidget,
        preferences: Preferences,
        style_menu: QMenu,
        citable: Callable[[], list[Resolution]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        self._citable = citable  # what Ctrl+Shift+C copies, asked when it is pressed
        self.collection: Collection | None = None
        self.lang = "en"
        self.style_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for style in citations.STYLES.values():
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=style.id: self.set_style(s))
            group.addAction(action)
            style_menu.addAction(action)
            self.style_actions[style.id] = action
        self.set_language(self.lang)

    @property
    def style(self) -> citations.Style:
        """The default style: the one remembered, if the registry still has it."""
        remembered = self._preferences.citation_style
        return citations.STYLES.get(remembered or "", citations.STYLES[citations.DEFAULT_STYLE])

    def set_style(self, style_id: str) -> None:
        if style_id not in citations.STYLES:
            return
        self._preferences.citation_style = style_id
        self.style_actions[style_id].setChecked(True)
        self.style_changed.emit()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for style_id, action in self.style_actions.items():
            action.setText(self.menu_name(citations.STYLES[style_id]))
        self.style_actions[self.style.id].setChecked(True)

    def menu_name(self, style: citations.Style) -> str:
        """The style's name in a menu; in a French window, a style without a French form
        says that its citation is in English."""
        name = style.display_name(self.lang)
        if style.language(self.lang) != self.lang:
            return self.tr("%1 (citation in English)").replace("%1", name)
        return name

    # -- copying ---------------------------------------------------------------------

    def copy_citation(
        self, style_id: str | None = None, chosen: list[Resolution] | None = None
    ) -> None:
        resolutions = chosen if chosen is not None else self._citable()
        if not resolutions or self.collection is None:
            self.message.emit(self.tr("Nothing to cite: open a resolution first"), 5000)
            return
        style = citations.get_style(style_id or self.style.id)
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
        text = self.tr("Copied %1 (%2)").replace("%1", what)
        self.message.emit(text.replace("%2", style.display_name(self.lang)), 8000)

    def copy_symbol(self, chosen: list[Resolution] | None = None) -> None:
        self._copy_lines([r.symbol for r in self._chosen(chosen)])

    def copy_link(self, chosen: list[Resolution] | None = None) -> None:
        self._copy_lines([render.official_url(r) for r in self._chosen(chosen)])

    def _chosen(self, chosen: list[Resolution] | None) -> list[Resolution]:
        return chosen if chosen is not None else self._citable()

    def _copy_lines(self, lines: list[str]) -> None:
        if lines:
            clipboard.copy_text("\n".join(lines))
            self.message.emit(self.tr("Copied %1").replace("%1", ", ".join(lines)), 5000)

    # -- menus -----------------------------------------------------------------------

    def fill_cite_as(self, menu: QMenu, resolutions: list[Resolution]) -> None:
        """One entry per style, each copying ``resolutions`` in that style."""
        menu.clear()
        for style in citations.STYLES.values():
            menu.addAction(
                self.menu_name(style), lambda s=style.id: self.copy_citation(s, resolutions)
            )
        menu.setEnabled(bool(resolutions))

    def context_menu_for(self, resolutions: list[Resolution], favourites: FavouritesStore) -> QMenu:
        """Right-click on a tree row or a result: copy citation ▸, symbol, link, star."""
        menu = QMenu(self._window)
        menu.setObjectName("resolutionMenu")
        cite_as = menu.addMenu(self.tr("Copy Citation"))
        cite_as.setObjectName("copyCitationMenu")
        self.fill_cite_as(cite_as, resolutions)
        menu.addAction(self.tr("Copy Symbol"), lambda: self.copy_symbol(resolutions))
        menu.addAction(
            self.tr("Copy Link to the Official Document"), lambda: self.copy_link(resolutions)
        )
        if len(resolutions) == 1:
            symbol = resolutions[0].symbol
            star = (
                self.tr("Remove from Favourites")
                if favourites.contains(symbol)
                else self.tr("Add to Favourites")
            )
            menu.addSeparator()
            menu.addAction(star, lambda: favourites.toggle(symbol))
        return menu

    def on_page_action(self, action: str, current: Resolution | None) -> None:
        """A link of the page's citation block: "copy-citation", "style/<id>"."""
        if action == "copy-citation":
            self.copy_citation(chosen=[current] if current else [])
        elif action.startswith("style/"):
            # The page's style links choose the default style: said, never silent.
            style_id = action.split("/", 1)[1]
            if style_id in citations.STYLES:
                self.set_style(style_id)
                name = citations.STYLES[style_id].display_name(self.lang)
                text = self.tr("Default citation style: %1 (Cite ▸ Default Style)")
                self.message.emit(text.replace("%1", name), 8000)
