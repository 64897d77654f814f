from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from viewer.core.collection import Collection
from viewer.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, bundled: Collection, settings: QSettings) -> MainWindow:
    win = MainWindow(bundled, "en", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.sidebar.index is not None)
    return win
