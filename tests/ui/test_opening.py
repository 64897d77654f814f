"""Opening collections in the window: File > Open, drop, recent files, refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

import factories
from factories import document, sc_record
from viewer.core import resources
from viewer.ui import app as app_module
from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import Preferences

SMALL = document(
    sc_record(1, 1946, related=["S/RES/999 (2000)"]),
    sc_record(2, 1946, date="1946-01-30"),
    title={"en": "Two resolutions"},
)


def write(tmp_path: Path, name: str, content: object) -> Path:
    return factories.write(tmp_path / name, content)


def wait_loaded(qtbot, window: MainWindow, title: str) -> None:
    qtbot.waitUntil(lambda: window.windowTitle() == title and window.sidebar.index is not None)


def test_open_a_file_and_remember_it(
    qtbot, window: MainWindow, tmp_path: Path, settings: QSettings
) -> None:
    path = write(tmp_path, "small.json", SMALL)
    window.load_file(str(path))
    wait_loaded(qtbot, window, "Two resolutions")
    assert window.opening.recent_files() == [str(path)]
    assert settings.value("lastFile") == str(path)
    # a dangling reference is a warning, said once in the status bar
    assert "S/RES/999 (2000)" in window.statusBar().currentMessage()
    window.opening.fill_recent_menu()
    assert window.menu("recent").actions()[0].text() == "small.json"


def test_a_warning_is_said_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.set_language("fr")
    window.load_file(str(write(tmp_path, "small.json", SMALL)))
    wait_loaded(qtbot, window, "Two resolutions")
    message = window.statusBar().currentMessage()
    assert "S/RES/999 (2000)" in message
    assert "n’est pas dans cette collection" in message, message
    window.set_language("en")
    QApplication.processEvents()


def test_recent_files_keep_the_last_ten(qtbot, window: MainWindow, tmp_path: Path) -> None:
    for n in range(12):
        window.opening.remember_file(str(tmp_path / f"c{n}.json"))
    files = window.opening.recent_files()
    assert len(files) == 10
    assert files[0].endswith("c11.json")


def test_a_refused_file_leaves_the_collection_in_place(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bad = dict(
        SMALL,
        resolutions=[dict(SMALL["resolutions"][0], date=f"2017-02-{d}") for d in range(30, 60)],
    )
    path = write(tmp_path, "bad.json", bad)
    refused = []
    window.load_failed.connect(refused.append)
    window.load_file(str(path))
    qtbot.waitUntil(lambda: bool(refused))
    assert window.windowTitle() == "UN resolutions concerning INTERPOL"
    assert len(window.collection.resolutions) == 7
    box = app_module.show_refusal(window, refused[0], "en", fallback=False)
    assert box.text() == f"{path} cannot be opened. The collection on display stays as it was."
    lines = box.informativeText().splitlines()
    assert len(lines) == 21  # the first twenty problems, then how many more
    assert lines[0].startswith(f"{path}: resolutions[0].date")
    more = len(refused[0].problems) - 20
    assert more > 0
    assert lines[-1] == f"… and {more} more"
    box.close()


def test_dropping_a_json_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = write(tmp_path, "dropped.json", SMALL)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wait_loaded(qtbot, window, "Two resolutions")
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    assert window.opening.dropped_file(other.urls()) is None


def test_last_collection_reopens_else_the_bundled_one(tmp_path: Path, qtbot) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    path = write(tmp_path, "last.json", SMALL)
    store.setValue("lastFile", str(path))
    preferences = Preferences(store)
    assert app_module.start_path(None, preferences) == str(path)
    path.unlink()
    assert app_module.start_path(None, preferences) == str(resources.bundled_collection())
    assert app_module.start_path("given.json", preferences) == "given.json"


def test_garbage_settings_fall_back_to_defaults(tmp_path: Path, qtbot, bundled, favourites) -> None:
    ini = tmp_path / "garbage.ini"
    ini.write_bytes(
        b"[General]\nlanguage=klingon\nzoom=abc\ncitationStyle=nope\n"
        b"appearance=neon\nwindow\\geometry=@ByteArray(junk)\n\x00\x01\xff"
    )
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    preferences = Preferences(store)
    window = MainWindow(
        bundled, app_module.initial_language(None, preferences), preferences, favourites=favourites
    )
    qtbot.addWidget(window)
    window.show()
    assert window.lang in ("en", "fr")
    assert window.appearance.zoom == 0
    assert window.citation_style == "un"
    assert window.appearance.theme == "system"


def test_refusal_dialog_in_french(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from viewer.core import loader

    window.set_language("fr")
    error = loader.CollectionError(tmp_path / "x.json", [loader.Problem.of("", "empty")])
    box = app_module.show_refusal(window, error, "fr", fallback=True)
    assert box.windowTitle() == "Fichier refusé"
    assert "La collection fournie est affichée à la place." in box.text()
    # the problems themselves in French too (core/messages.py), not only the frame
    assert box.informativeText() == f"{tmp_path / 'x.json'}: le fichier est vide"
    assert box.standardButtons() & QMessageBox.StandardButton.Ok
    box.close()
    window.set_language("en")
    QApplication.processEvents()


def test_search_box_says_loading_then_indexing(qtbot, window: MainWindow) -> None:
    box = window.sidebar.search_box
    index = window.sidebar.index
    window.sidebar.set_loading()
    assert box.placeholderText() == "Loading the collection…"
    window.sidebar.loading_finished()  # a refused file: the current index stays
    assert box.placeholderText().startswith('Search words, "phrases", symbols')
    window.sidebar.set_loading()
    window.sidebar.set_collection(window.collection)  # loaded: its index is being built
    window.sidebar.set_indexing_progress(8000, 32000)
    assert box.placeholderText() == "Indexing… 25%"
    window.sidebar.set_index(index)
    assert box.placeholderText().startswith('Search words, "phrases", symbols')
