"""Put citations on the clipboard as Zotero's Quick Copy does: rich text (text/html)
and plain text together, in one QMimeData."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from viewer.core.citations import Citation


def copy_citation(citation: Citation) -> None:
    data = QMimeData()
    data.setHtml(citation.html)
    data.setText(citation.text)
    QGuiApplication.clipboard().setMimeData(data)


def copy_rich(text: str, rich: str) -> None:
    """Plain text and its rich form (text/html) together."""
    data = QMimeData()
    data.setHtml(rich)
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
