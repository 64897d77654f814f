from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from viewer.core.collection import Collection
from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def favourites(tmp_path: Path) -> FavouritesStore:
    return FavouritesStore(tmp_path / "data" / "favourites.json")


@pytest.fixture
def window(qtbot, bundled: Collection, settings: QSettings, favourites) -> MainWindow:
    win = MainWindow(bundled, "en", settings, favourites=favourites)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.sidebar.index is not None)
    return win
