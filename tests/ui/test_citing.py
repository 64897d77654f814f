"""Citing from the window: Ctrl+Shift+C, the Cite menu, context menus, the page's block."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from viewer.core import citations
from viewer.core.collection import Collection
from viewer.ui.main_window import MainWindow
from viewer.ui.tree_model import SYMBOL_ROLE


def clipboard() -> tuple[str, str]:
    data = QGuiApplication.clipboard().mimeData()
    return data.text(), data.html()


def test_shortcut_copies_html_and_plain_text(qtbot, window: MainWindow) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.detail.setFocus()
    qtbot.keySequence(window.detail, "Ctrl+Shift+C")  # type: ignore[attr-defined]
    text, html = clipboard()
    assert text == "Security Council resolution 2396 (2017) of 21 December 2017"
    assert "resolution 2396 (2017)" in html
    assert "Copied S/RES/2396 (2017)" in window.statusBar().currentMessage()


def test_shortcut_works_from_the_search_box_and_the_tree(qtbot, window: MainWindow) -> None:
    window.open_symbol("A/RES/71/19")
    for widget in (window.sidebar.search_box, window.sidebar.tree):
        QGuiApplication.clipboard().clear()
        widget.setFocus()
        qtbot.keySequence(widget, "Ctrl+Shift+C")  # type: ignore[attr-defined]
        assert clipboard()[0] == "General Assembly resolution 71/19 of 21 November 2016"


def test_the_default_style_is_chosen_once_and_remembered(
    qtbot, window: MainWindow, settings: QSettings
) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.citing.style_actions["oscola"].trigger()
    assert settings.value("citationStyle") == "oscola"
    window.action("copyCitation").trigger()
    assert clipboard()[0] == "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396"
    # the page's citation block shows the default style
    assert "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396" in window.detail.toPlainText()
    again = MainWindow(window.collection, "en", settings, favourites=window.favourites)
    qtbot.addWidget(again)
    assert again.citation_style == "oscola"


def test_apa_puts_the_title_in_italics_on_the_clipboard(qtbot, window: MainWindow) -> None:
    window.open_symbol("A/RES/72/1")
    window.citing.copy_citation("apa")
    text, html = clipboard()
    assert text.startswith("United Nations General Assembly. (2017). Political declaration")
    assert "<i>Political declaration" in html


def test_the_page_block_copies_and_switches_style(qtbot, window: MainWindow) -> None:
    window.open_symbol("S/RES/2178 (2014)")
    window.detail.anchorClicked.emit(QUrl("action:style/bluebook"))
    assert window.citation_style == "bluebook"
    assert "S.C. Res. 2178, U.N. Doc. S/RES/2178 (Sept. 24, 2014)" in window.detail.toPlainText()
    window.detail.anchorClicked.emit(QUrl("action:copy-citation"))
    assert clipboard()[0] == "S.C. Res. 2178, U.N. Doc. S/RES/2178 (Sept. 24, 2014)"


def test_several_rows_selected_give_a_bibliography(qtbot, window: MainWindow) -> None:
    tree = window.sidebar.tree
    model = window.sidebar.tree_model
    selection = tree.selectionModel()
    for symbol in ("S/RES/2396 (2017)", "A/RES/71/19", "S/RES/2178 (2014)"):
        index = model.index_of(window.collection.find(symbol).key)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    tree.setFocus()
    window.citing.set_style("oscola")
    qtbot.keySequence(tree, "Ctrl+Shift+C")  # type: ignore[attr-defined]
    lines = clipboard()[0].splitlines()
    # OSCOLA's order: the General Assembly first, then the Council by date
    assert lines == [
        "UNGA Res 71/19 (21 November 2016) UN Doc A/RES/71/19",
        "UNSC Res 2178 (24 September 2014) UN Doc S/RES/2178",
        "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396",
    ]


def test_context_menu_of_a_tree_row(qtbot, window: MainWindow, bundled: Collection) -> None:
    menu = window.citing.context_menu_for([bundled.find("A/RES/73/11")], window.favourites)
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[:3] == ["Copy Citation", "Copy Symbol", "Copy Link to the Official Document"]
    cite_as = menu.actions()[0].menu()
    styles = [a.text() for a in cite_as.actions()]
    assert styles == [s.display_name("en") for s in citations.STYLES.values()]
    cite_as.actions()[[s.id for s in citations.STYLES.values()].index("bibtex")].trigger()
    assert clipboard()[0].startswith("@misc{unga-res-73-11,")
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == "A/RES/73/11"
    menu.actions()[2].trigger()
    assert QGuiApplication.clipboard().text() == "https://undocs.org/A/RES/73/11"


def test_right_click_on_a_result_opens_the_menu(qtbot, window: MainWindow) -> None:
    box = window.sidebar.search_box
    box.setFocus()
    qtbot.keyClicks(box, "trafficking")
    qtbot.waitUntil(window.sidebar.is_answered)
    shown: list[list[str]] = []
    window.sidebar.context_requested.connect(
        lambda res, _pos: shown.append([r.symbol for r in res])
    )
    results = window.sidebar.results
    index = window.sidebar.results_model.index(0, 0)
    results.customContextMenuRequested.emit(results.visualRect(index).center())
    assert shown == [[index.data(SYMBOL_ROLE)]]
    QApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "resolutionMenu":
            widget.close()


def test_french_cite_menu_and_french_un_style(qtbot, window: MainWindow) -> None:
    window.set_language("fr")
    window.open_symbol("S/RES/2396 (2017)")
    window.action("copyCitation").trigger()
    assert clipboard()[0] == (
        "résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017"
    )
    assert window.menu("cite").title() == "&Citer"
    assert "Copié" in window.statusBar().currentMessage()
    window.set_language("en")
    assert window.menu("cite").title() == "&Cite"


def test_nothing_to_cite_says_so(qtbot, window: MainWindow) -> None:
    window.navigation.go_overview()
    QGuiApplication.clipboard().setText("unchanged")
    window.detail.setFocus()
    window.action("copyCitation").trigger()
    assert QGuiApplication.clipboard().text() == "unchanged"
    assert "Nothing to cite" in window.statusBar().currentMessage()


def test_the_default_style_menu_is_filled_when_the_cite_menu_opens(
    qtbot, window: MainWindow, settings: QSettings
) -> None:
    """Its actions are made after the first paint (the citation registry is not on the
    start-up path): opening the Cite menu fills Default Style, the remembered one checked,
    in the interface's language."""
    settings.setValue("citationStyle", "mla")
    fresh = MainWindow(window.collection, "fr", settings, favourites=window.favourites)
    qtbot.addWidget(fresh)
    assert fresh.menu("style").actions() == []
    fresh.menu("cite").aboutToShow.emit()
    names = [action.text() for action in fresh.menu("style").actions()]
    # a style without a French form says that its citation is in English
    assert names == [
        style.display_name("fr") + ("" if style.has_french else " (citation en anglais)")
        for style in citations.STYLES.values()
    ]
    checked = [a.text() for a in fresh.menu("style").actions() if a.isChecked()]
    assert checked == [citations.STYLES["mla"].display_name("fr") + " (citation en anglais)"]
    fresh.menu("cite").aboutToShow.emit()  # opening it again adds nothing
    assert len(fresh.menu("style").actions()) == len(citations.STYLES)


def test_a_style_no_longer_known_falls_back_to_the_default(
    qtbot, window: MainWindow, settings: QSettings
) -> None:
    settings.setValue("citationStyle", "harvard-2009")
    fresh = MainWindow(window.collection, "en", settings, favourites=window.favourites)
    qtbot.addWidget(fresh)
    assert fresh.citation_style == citations.DEFAULT_STYLE
