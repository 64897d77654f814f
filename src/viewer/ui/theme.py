"""Light or dark: follow the system, or the reader's choice (View ▸ Appearance)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

APPEARANCES = ("system", "light", "dark")

# Keyboard focus made visible on the panes a reader tabs between (the page, the tree,
# the results): a frame in the highlight colour, its width kept by the padding so
# nothing moves when the focus does. Set after the first paint (a style sheet costs).
FOCUS_FRAME = """
QTextBrowser, QTreeView, QListView { border: 1px solid palette(mid); padding: 1px; }
QTextBrowser:focus, QTreeView:focus, QListView:focus {
    border: 2px solid palette(highlight); padding: 0px;
}
"""
_system_palette: QPalette | None = None


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(appearance: str) -> None:
    """``system`` keeps the platform's palette (Qt follows its dark mode); ``light`` and
    ``dark`` use the Fusion style with a palette of that kind."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = app.palette()  # a copy (QPalette(…) would build Qt's namespace)
    hints = QGuiApplication.styleHints()
    if appearance == "system":
        hints.unsetColorScheme()
        app.setPalette(_system_palette)
        return
    from PySide6.QtCore import Qt  # after the first paint: see viewer/ui/__init__.py

    app.setStyle("Fusion")
    if appearance == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#2a2a2a",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6",
        role.Button: "#333333",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#7ab7ff",
        role.LinkVisited: "#b99cff",
        role.Highlight: "#2f6fb5",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8c8c8c",
        role.Mid: "#555555",
        role.Dark: "#1a1a1a",
        role.Light: "#4a4a4a",
        role.Midlight: "#3d3d3d",
        role.Shadow: "#000000",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#777777"))
    return palette
