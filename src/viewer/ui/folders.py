"""Where File ▸ Open and Export PDF start: the folder used last, else the Documents
folder, else home; never the folder the program was started from (a source checkout)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

if TYPE_CHECKING:
    from viewer.ui.preferences import Preferences


def start_folder(preferences: Preferences) -> str:
    last = preferences.last_folder
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def remember(preferences: Preferences, chosen_file: str) -> None:
    """The folder of a file the reader chose: the next dialog starts there."""
    preferences.last_folder = str(Path(chosen_file).parent)
