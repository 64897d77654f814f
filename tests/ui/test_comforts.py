"""Everyday comforts, driven as a user drives them: languages, history, favourites,
find in page, zoom, print and PDF, remembered state, appearance, timeline, help."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from viewer.core.collection import Collection
from viewer.ui import theme
from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow
from viewer.ui.tree_model import SYMBOL_ROLE


def page(window: MainWindow) -> str:
    return window.detail.toPlainText()


# -- two languages ------------------------------------------------------------------


def test_interface_switches_to_french_without_restart(qtbot, window: MainWindow) -> None:
    window.appearance.language_actions["fr"].trigger()
    assert window.menu("file").title() == "&Fichier"
    assert window.action("quit").text() == "&Quitter"
    assert window.sidebar.search_box.placeholderText().startswith(
        "Mots, «\u00a0expressions\u00a0», cotes"
    )
    assert window.sidebar.tree_model.index(0, 0).data() == "★ Favoris (0)"
    assert window.statusBar().currentMessage() == "7 résolutions"
    window.appearance.language_actions["en"].trigger()
    assert window.menu("file").title() == "&File"
    assert window.statusBar().currentMessage() == "7 resolutions"


def test_qt_own_strings_come_in_french(qtbot, window: MainWindow) -> None:
    window.set_language("fr")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert any("Annuler" in t for t in texts)  # "&Undo" from Qt's own catalogue
    menu.deleteLater()


def test_result_count_in_both_languages(qtbot, window: MainWindow) -> None:
    box = window.sidebar.search_box
    box.setFocus()
    qtbot.keyClicks(box, "declaration")
    qtbot.waitUntil(window.sidebar.is_answered)
    assert window.sidebar.count_label.text() == "1 result"
    window.set_language("fr")
    qtbot.waitUntil(window.sidebar.is_answered)
    assert window.sidebar.count_label.text() == "1 résultat"


# -- history -------------------------------------------------------------------------


def test_back_and_forward_across_selections_links_and_searches(qtbot, window: MainWindow) -> None:
    window.open_symbol("A/RES/71/19")
    window.detail.anchorClicked.emit(window.detail.source().fromUserInput("resolution:A/RES/73/11"))
    assert page(window).startswith("A/RES/73/11")
    box = window.sidebar.search_box
    box.setFocus()
    qtbot.keyClicks(box, "terror")
    qtbot.waitUntil(window.sidebar.is_answered)
    QTest.keyClick(box, Qt.Key.Key_Return)
    opened = page(window).split("\n", 1)[0]
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page(window).startswith("A/RES/73/11")
    window.action("back").trigger()
    assert page(window).startswith("A/RES/71/19")
    window.action("forward").trigger()
    window.action("forward").trigger()
    # back on the page opened from the search: the search and its marks come back
    assert page(window).startswith(opened)
    assert window.sidebar.search_box.text() == "terror"
    assert 'class="hit"' in window.detail.toHtml() or "#ffe14d" in window.detail.toHtml()
    assert not window.action("forward").isEnabled()


def test_mouse_back_button_goes_back(qtbot, window: MainWindow) -> None:
    window.open_symbol("A/RES/71/19")
    window.open_symbol("A/RES/72/1")
    viewport = window.detail.viewport()
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(20, 20),
        viewport.mapToGlobal(QPointF(20, 20)),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, press)
    assert page(window).startswith("A/RES/71/19")


# -- favourites ----------------------------------------------------------------------


def test_ctrl_d_stars_and_the_tree_shows_favourites_first(
    qtbot, window: MainWindow, favourites: FavouritesStore
) -> None:
    window.open_symbol("S/RES/2331 (2016)")
    window.detail.setFocus()
    qtbot.keySequence(window.detail, "Ctrl+D")  # type: ignore[attr-defined]
    group = window.sidebar.tree_model.favourites_index()
    assert group.data() == "★ Favourites (1)"
    assert window.sidebar.tree_model.index(0, 0, group).data(SYMBOL_ROLE) == "S/RES/2331 (2016)"
    assert window.starring.star.isChecked()
    saved = json.loads(favourites.path.read_text(encoding="utf-8"))
    assert saved == {"favourites": ["S/RES/2331 (2016)"]}
    window.starring.star.click()  # the star in the detail pane removes it again
    assert group.data() == "★ Favourites (0)"
    assert json.loads(favourites.path.read_text(encoding="utf-8")) == {"favourites": []}


def test_unreadable_favourites_are_kept_aside(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "favourites.json"
    path.write_text("{not json", encoding="utf-8")
    warnings: list[str] = []
    store = FavouritesStore.__new__(FavouritesStore)
    FavouritesStore.__init__(store, path)
    store.warning.connect(warnings.append)
    assert store.symbols == []
    assert (tmp_path / "favourites.json.bak").read_text(encoding="utf-8") == "{not json"
    assert len(warnings) == 1  # said once, to whoever connected after making the store
    assert "favourites.json.bak" in warnings[0]
    store.add("A/RES/71/19")
    assert json.loads(path.read_text(encoding="utf-8")) == {"favourites": ["A/RES/71/19"]}


def test_two_windows_do_not_overwrite_each_others_favourites(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "favourites.json"
    first, second = FavouritesStore(path), FavouritesStore(path)
    first.add("A/RES/71/19")
    second.add("S/RES/2396 (2017)")  # second never saw the first's change
    assert json.loads(path.read_text(encoding="utf-8"))["favourites"] == [
        "A/RES/71/19",
        "S/RES/2396 (2017)",
    ]


# -- find in page and zoom -----------------------------------------------------------


def test_find_in_page_with_f3_and_escape(qtbot, window: MainWindow) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.detail.setFocus()
    qtbot.keySequence(window.detail, "Ctrl+F")  # type: ignore[attr-defined]
    bar = window.pane.find_bar
    assert bar.isVisible()
    assert bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "terrorist")
    first = window.detail.textCursor().selectionStart()
    assert window.detail.textCursor().selectedText().lower() == "terrorist"
    QTest.keyClick(window, Qt.Key.Key_F3)
    second = window.detail.textCursor().selectionStart()
    assert second > first
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.detail.textCursor().selectionStart() == first
    qtbot.keyClicks(bar.field, "zzzz")
    assert bar.status.text() == "Not found"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_zoom_keys_and_wheel_are_remembered(qtbot, window: MainWindow, settings: QSettings) -> None:
    size = window.detail.font().pointSizeF()
    qtbot.keySequence(window.detail, "Ctrl+=")  # type: ignore[attr-defined]
    qtbot.keySequence(window.detail, "Ctrl+=")  # type: ignore[attr-defined]
    assert window.appearance.zoom == 2
    assert window.detail.font().pointSizeF() > size
    window.detail.zoomed.emit(-1)  # what Ctrl+wheel down sends
    assert window.appearance.zoom == 1
    assert int(settings.value("zoom")) == 1
    qtbot.keySequence(window.detail, "Ctrl+0")  # type: ignore[attr-defined]
    assert window.appearance.zoom == 0
    assert window.detail.font().pointSizeF() == size


# -- print and PDF -------------------------------------------------------------------


def test_export_pdf_with_the_citation_under_the_title(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_symbol("S/RES/2322 (2016)")
    document = window.printing.printable_document()
    lines = document.toPlainText().splitlines()
    assert lines[:4] == [
        "S/RES/2322 (2016)",
        "Security Council · 12 December 2016",
        "Cite",
        "Security Council resolution 2322 (2016) of 12 December 2016",
    ]
    assert "Copy" not in document.toPlainText()  # no on-screen links on paper
    target = tmp_path / "2322.pdf"
    window.printing.export_pdf(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000


# -- remembered state ----------------------------------------------------------------


def test_state_is_remembered_and_reset(
    qtbot, bundled: Collection, settings: QSettings, favourites: FavouritesStore
) -> None:
    first = MainWindow(bundled, "en", settings, favourites=favourites)
    qtbot.addWidget(first)
    first.show()
    first.open_symbol("A/RES/72/1")
    first.appearance.set_zoom(3)
    first.citing.set_style("mla")
    first.set_language("fr")
    first.close()
    assert settings.value("lastSymbol") == "A/RES/72/1"
    second = MainWindow(bundled, "fr", settings, favourites=favourites)
    qtbot.addWidget(second)
    second.restore_last_resolution()
    assert second.appearance.zoom == 3
    assert second.citation_style == "mla"
    assert page(second).startswith("A/RES/72/1")
    second.set_language("en")
    settings.clear()  # what --reset-settings does at start
    third = MainWindow(bundled, "en", settings, favourites=favourites)
    qtbot.addWidget(third)
    assert third.appearance.zoom == 0
    assert third.citation_style == "un"


# -- looks native --------------------------------------------------------------------


def test_dark_and_light_appearance(qtbot, window: MainWindow, settings: QSettings) -> None:
    window.appearance.theme_actions["dark"].trigger()
    assert theme.is_dark(QApplication.palette())
    assert settings.value("appearance") == "dark"
    window.appearance.theme_actions["light"].trigger()
    assert not theme.is_dark(QApplication.palette())
    window.appearance.theme_actions["system"].trigger()
    window.detail.palette().color(QPalette.ColorRole.Base)  # still a valid palette
    assert window.starring.star.icon().availableSizes() or not window.starring.star.icon().isNull()


# -- timeline ------------------------------------------------------------------------


def test_timeline_marks_open_resolutions(qtbot, window: MainWindow) -> None:
    timeline = window.pane.timeline
    assert timeline.isVisible()
    timeline.repaint()
    position = timeline.mark_position("A/RES/72/1")
    assert position is not None
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert page(window).startswith("A/RES/72/1")
    assert not timeline.isVisible()  # only on the overview


def test_timeline_counts_per_year_for_a_large_collection(
    qtbot, corpus: Collection, settings, favourites
) -> None:
    big = MainWindow(corpus, "en", settings, favourites=favourites)
    qtbot.addWidget(big)
    big.show()
    big.pane.timeline.repaint()
    assert big.pane.timeline.shows_counts
    assert big.pane.timeline.mark_position("S/RES/1 (1946)") is None


# -- help and accessibility ----------------------------------------------------------


def test_shortcuts_dialog_lists_every_shortcut(qtbot, window: MainWindow) -> None:
    dialog = window.help.show_shortcuts()
    entries = dialog.entries()
    for action in window.actions():
        if action.shortcuts() and action.text():
            assert action.text().replace("&", "") in entries, action.text()
    assert entries["Search"].startswith("Ctrl+K")
    dialog.close()


def test_about_names_version_source_and_licences(qtbot, window: MainWindow) -> None:
    from viewer.ui import dialogs

    text = dialogs.about_text(window.collection, "en")
    for needle in ("0.1.0", "INTERPOL", "LGPL", "MIT", "PSF", "CC0"):
        assert needle in text


def test_widgets_have_accessible_names_and_a_tab_order(qtbot, window: MainWindow) -> None:
    for widget in (
        window.sidebar.search_box,
        window.sidebar.tree,
        window.sidebar.results,
        window.detail,
        window.starring.star,
        window.pane.find_bar.field,
    ):
        assert widget.accessibleName(), widget.objectName()
    window.sidebar.search_box.setFocus()
    qtbot.keyClick(window.sidebar.search_box, Qt.Key.Key_Tab)
    assert window.sidebar.tree.hasFocus()
