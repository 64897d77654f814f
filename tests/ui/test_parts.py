"""The window's parts: the actions table, the typed preferences, Back reusing the
sidebar's answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QToolBar

from viewer.core.collection import Collection
from viewer.ui import actions
from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow
from viewer.ui.preferences import MAX_RECENT, Preferences

# -- the actions table ---------------------------------------------------------------


def test_every_row_of_the_table_is_in_the_window(window: MainWindow) -> None:
    """Menus, toolbar and the shortcuts dialog are made from the rows, nothing else."""
    in_menus = {a.objectName() for m in window.actions_table.menus.values() for a in m.actions()}
    for row in actions.ACTIONS:
        if row.submenu:
            assert window.menu(row.id).title(), row.id
            continue
        action = window.action(row.id)
        assert action.text() == actions.translate(row.text)
        if row.menus and row.id != "favourite":  # the Favourites menu fills on opening
            assert row.id in in_menus, row.id
    on_toolbar = [a.objectName() for a in window.toolbar.actions() if not a.isSeparator()]
    assert on_toolbar == ["back", "forward", "overview", "search", "favourite", "copyCitation",
                          "print"]  # fmt: skip


def test_a_new_row_is_all_a_menu_item_needs(qtbot) -> None:
    """One row more: the action is in its menu and on the toolbar, fires its slot, and
    gets its keys once the shortcuts are bound."""
    host = QMainWindow()
    qtbot.addWidget(host)
    extra = actions.Row(
        "closeWindow", "Close &Window", "close", ("Ctrl+J",), "home", ("-help",), toolbar=21
    )
    table = actions.ActionTable(host, (*actions.ACTIONS, extra))
    table.build_menus(host.menuBar())
    toolbar = QToolBar(host)
    table.build_toolbar(toolbar)
    table.retranslate()
    table.bind_shortcuts()
    help_menu = [a.text() for a in table.menus["help"].actions()]
    assert help_menu[-2:] == ["", "Close &Window"]  # a separator before it
    assert toolbar.actions()[-1] is table.actions["closeWindow"]
    assert toolbar.actions()[-2].isSeparator()
    assert [s.toString() for s in table.actions["closeWindow"].shortcuts()] == ["Ctrl+J"]
    assert table.actions["closeWindow"] in table.with_shortcuts()
    host.show()
    table.actions["closeWindow"].trigger()
    assert not host.isVisible()


def test_every_slot_of_the_table_exists(window: MainWindow) -> None:
    for row in actions.ACTIONS:
        if row.slot:
            assert callable(actions.slot(window, row.slot)), row.slot


def test_shortcuts_dialog_lists_the_rows_with_keys(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.action("open").shortcuts()))
    dialog = window.help.show_shortcuts()
    table = dialog.table
    listed = {table.item(row, 0).text() for row in range(table.rowCount())}
    for row in actions.ACTIONS:
        if row.shortcuts and window.action(row.id).shortcuts():
            assert window.action(row.id).text().replace("&", "") in listed, row.id
    dialog.close()


def test_the_table_is_translated(qtbot, window: MainWindow) -> None:
    window.set_language("fr")
    assert window.action("exportPdf").text() == "&Exporter en PDF…"
    assert window.menu("recent").title() != "Open &Recent"
    window.set_language("en")
    assert window.action("exportPdf").text() == "&Export PDF…"


# -- preferences ---------------------------------------------------------------------


def test_preferences_check_every_value(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    for key, value in {
        "language": "xx", "zoom": "99", "appearance": "neon", "citationStyle": 3,
        "recentFiles": "only.json", "lastSymbol": "",
    }.items():  # fmt: skip
        store.setValue(key, value)
    preferences = Preferences(store)
    assert preferences.language is None
    assert preferences.zoom == 10  # clamped to the limit
    assert preferences.appearance == "system"
    assert preferences.citation_style is None
    assert preferences.recent_files == ["only.json"]
    assert preferences.last_symbol is None
    preferences.recent_files = [f"{n}.json" for n in range(20)]
    assert len(Preferences(store).recent_files) == MAX_RECENT


def test_preferences_without_a_store_live_in_memory() -> None:
    preferences = Preferences(None)
    preferences.zoom = 2
    preferences.language = "fr"
    assert (preferences.zoom, preferences.language) == (2, "fr")
    assert preferences.sync()


def test_unwritable_settings_are_said_once(
    qtbot, tmp_path: Path, bundled: Collection, favourites: FavouritesStore
) -> None:
    """A settings file that cannot be written: the window says so in the status bar,
    once, and goes on (the choices last until it is closed)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings' folder should be")
    store = QSettings(str(blocker / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(bundled, "en", store, favourites=favourites)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.preferences.save_failed) as failed:
        window.appearance.set_zoom(2)
    assert failed.args == [str(blocker / "settings.ini")]
    message = window.statusBar().currentMessage()
    assert "cannot be saved" in message
    assert str(blocker) in message
    with qtbot.assertNotEmitted(window.preferences.save_failed):
        window.appearance.set_zoom(3)
        window.citing.set_style("apa")
        assert not window.preferences.sync()
    assert window.appearance.zoom == 3
    assert window.citation_style == "apa"


def test_a_writable_file_says_nothing(qtbot, window: MainWindow, settings: QSettings) -> None:
    with qtbot.assertNotEmitted(window.preferences.save_failed):
        window.appearance.set_zoom(1)
    assert settings.value("zoom") == 1 or settings.value("zoom") == "1"


# -- back to a search ----------------------------------------------------------------


def test_back_to_a_search_searches_once(qtbot, window: MainWindow, monkeypatch) -> None:
    """Back on a page opened from a search: the sidebar's answer serves the list and the
    page's marks; the index is asked once."""
    window.sidebar.search_for("terrorism")
    qtbot.waitUntil(window.sidebar.is_answered)
    first = window.sidebar.results_model.index(0, 0)
    window.sidebar.results.activated.emit(first)
    opened = window.current
    assert opened is not None
    window.navigation.follow_link("A/RES/72/1")
    index = window.sidebar.index
    calls: list[str] = []
    real = index.search
    monkeypatch.setattr(index, "search", lambda text, **kw: calls.append(text) or real(text, **kw))
    window.action("back").trigger()
    assert calls == ["terrorism"]
    assert window.current == opened
    assert window.sidebar.search_box.text() == "terrorism"
    assert window.sidebar.results_model.rowCount() > 0
    assert window.navigation.result is not None
    assert window.navigation.result.query.text == "terrorism"
