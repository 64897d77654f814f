"""The chips under the search box: how many of the current results each organ and each
year (or decade, when the years are many) holds. A click adds that filter to the query
("terror" + SC -> "terror organ:SC"), as a researcher narrows a search in a catalogue.

Chips are flat tool buttons in a layout that wraps, so the bar stays as narrow as the
sidebar; a group with a single value is left out (clicking it would change nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QToolButton, QWidget

if TYPE_CHECKING:
    from viewer.core.collection import Collection
    from viewer.core.results import Facets

# More years than this are shown as decades: a chip row should fit in two or three lines.
MAX_YEAR_CHIPS = 12
SPACING = 4


class FlowLayout(QLayout):
    """Lays its items left to right and wraps them to the next line (Qt's flow layout
    example, reduced to what the chips need)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Places the items (when ``move``) and returns the height they take."""
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + SPACING, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + SPACING
            line = max(line, hint.height())
        return y + line - rect.y()


class FacetChips(QWidget):
    """Chips counting the current results per organ and per year or decade."""

    chosen = Signal(str, str)  # a filter's name and value: "organ", "SC"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetChips")
        # As tall as its lines of chips for the sidebar's width, never more: the list
        # below takes the rest.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Rounded, outlined in the palette's colours: light and dark alike.
        self.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
            " padding: 1px 7px; }"
            " QToolButton:hover { background: palette(midlight); }"
        )
        self._layout = FlowLayout(self)
        self.buttons: list[QToolButton] = []

    def set_facets(self, facets: Facets | None, collection: Collection | None, lang: str) -> None:
        """Show these counts (None: no search, no chips)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if facets is None:
            self.setVisible(False)
            return
        names = {o.id: o.name.get(lang) for o in collection.organs} if collection else {}
        if len(facets.organs) > 1:
            for organ, count in facets.organs.items():
                self._add("organ", organ, organ, count, names.get(organ, organ))
        years = facets.years
        if len(years) > MAX_YEAR_CHIPS and len(facets.decades) > 1:
            for decade, count in facets.decades.items():
                label = self.tr("%1s").replace("%1", str(decade))
                self._add("year", f"{decade}s", label, count, label)
        elif len(years) > 1:
            for year, count in years.items():
                self._add("year", str(year), str(year), count, str(year))
        self.setVisible(bool(self.buttons))
        self.updateGeometry()

    def _add(self, name: str, value: str, label: str, count: int, tip: str) -> None:
        button = QToolButton(self)
        button.setObjectName(f"chip-{name}-{value}")
        button.setAutoRaise(True)
        # Narrow non-breaking space: "SC 120" never splits; the count reads as a count.
        button.setText(f"{label}\u202f·\u202f{count}")
        button.setToolTip(
            self.tr("%1: %n result(s) — click to keep only these", "", count).replace("%1", tip)
        )
        button.setAccessibleName(button.toolTip())
        button.clicked.connect(lambda _checked=False: self.chosen.emit(name, value))
        self._layout.addWidget(button)
        self.buttons.append(button)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)
