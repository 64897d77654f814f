"""The toolbar's icons in the colours of the theme.

The SVGs draw in one neutral grey (``INK``). On a dark palette that grey is darker than
the one Qt derives for a disabled icon, so enabled buttons looked disabled: there, each
icon is drawn again in the palette's text colour, its disabled form in the palette's
disabled text colour. A light palette keeps the files as they are (nothing is drawn
before the first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPalette, QPixmap

from viewer.core import resources

INK = "#5a6470"  # the icons' neutral grey, as written in resources/icons/*.svg
SIZES = (20, 40)  # the toolbar's size, and twice it for high-density screens


def file_icon(name: str) -> QIcon:
    return QIcon(str(resources.resource_path("icons", f"{name}.svg")))


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """``name`` drawn in the palette's colours when the palette is dark."""
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return file_icon(name)
    svg = resources.resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText).name()
        for size in SIZES:
            icon.addPixmap(_drawn(svg.replace(INK, colour), size), mode)
    return icon


def _drawn(svg: str, size: int) -> QPixmap:
    # The SVG's own width and height set the size it is drawn at (the image plugin).
    sized = svg.replace('width="24" height="24"', f'width="{size}" height="{size}"', 1)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(sized.encode()), "SVG")
    return pixmap
