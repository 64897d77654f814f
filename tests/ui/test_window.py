"""The window driven as a user drives it: clicks, keys, and what appears."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from viewer.core import render
from viewer.core.collection import Collection
from viewer.ui.main_window import MainWindow
from viewer.ui.tree_model import SYMBOL_ROLE


def page_text(window: MainWindow) -> str:
    return window.detail.toPlainText()


def click_tree_row(qtbot, window: MainWindow, symbol: str) -> None:
    tree = window.sidebar.tree
    index = window.sidebar.tree_model.index_of(window.collection.find(symbol).key)
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_search(qtbot, window: MainWindow, text: str) -> None:
    box = window.sidebar.search_box
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(window.sidebar.is_answered)


def result_symbols(window: MainWindow) -> list[str]:
    model = window.sidebar.results_model
    return [model.index(row, 0).data(SYMBOL_ROLE) for row in range(model.rowCount())]


def test_title_is_the_collection_title(window: MainWindow, bundled: Collection) -> None:
    assert window.windowTitle() == bundled.title.get("en")


def test_overview_when_nothing_is_selected(window: MainWindow) -> None:
    text = page_text(window)
    assert "UN resolutions concerning INTERPOL" in text
    assert "General Assembly: 3 resolutions" in text
    assert "Security Council: 4 resolutions" in text
    # every resolution, by date: 2178 (2014) comes first, 73/11 (2018) last
    assert text.index("S/RES/2178 (2014)") < text.index("A/RES/71/19") < text.index("A/RES/73/11")


def test_clicking_a_resolution_shows_its_page(qtbot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "S/RES/2396 (2017)")
    text = page_text(window)
    assert text.startswith("S/RES/2396 (2017)")
    assert "21 December 2017" in text
    assert "8148th meeting" in text
    assert "unanimously" in text
    assert "Threats to international peace and security caused by terrorist acts" in text
    assert "What it says of INTERPOL" in text
    assert "Foreign terrorist fighters" in text  # a topic
    assert "S/RES/2178 (2014)" in text  # related
    assert "https://undocs.org/S/RES/2396(2017)" in text


def test_page_is_exactly_the_rendered_html(qtbot, window: MainWindow, bundled: Collection) -> None:
    click_tree_row(qtbot, window, "A/RES/72/1")
    expected = render.resolution_html(bundled, bundled.find("A/RES/72/1"), "en")
    shown = MainWindow(bundled, "en")  # an independent renderer path: the same page
    qtbot.addWidget(shown)
    shown.open_symbol("A/RES/72/1")
    assert shown.detail.toPlainText() == window.detail.toPlainText()
    assert "Political declaration" in expected


def test_keyboard_browsing_in_the_tree(qtbot, window: MainWindow) -> None:
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(window.sidebar.tree_model.index(1, 0))  # "General Assembly (3)"
    assert page_text(window).startswith("UN resolutions concerning INTERPOL")
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert page_text(window).startswith("A/RES/71/19")
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert page_text(window).startswith("A/RES/72/1")


def test_typing_shows_ranked_results_and_escape_restores_the_tree(
    qtbot, window: MainWindow
) -> None:
    click_tree_row(qtbot, window, "A/RES/72/1")
    type_search(qtbot, window, "terror")
    sidebar = window.sidebar
    assert sidebar.stack.currentIndex() == 1
    symbols = result_symbols(window)
    assert {"S/RES/2396 (2017)", "S/RES/2178 (2014)"} <= set(symbols)
    assert sidebar.count_label.text() == f"{len(symbols)} results"
    # the first result is highlighted as soon as results appear
    assert sidebar.results.currentIndex().row() == 0
    assert sidebar.results.selectionModel().isSelected(sidebar.results.currentIndex())
    # Esc clears the box and brings the tree back, on the resolution last opened
    QTest.keyClick(sidebar.search_box, Qt.Key.Key_Escape)
    assert sidebar.search_box.text() == ""
    assert sidebar.stack.currentIndex() == 0
    assert sidebar.tree.currentIndex().data(SYMBOL_ROLE) == "A/RES/72/1"


def test_up_down_and_enter_open_the_highlighted_result(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "terror")
    sidebar = window.sidebar
    symbols = result_symbols(window)
    box = sidebar.search_box
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert sidebar.results.currentIndex().row() == 1
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert page_text(window).startswith(symbols[1])
    # the matched words are highlighted in the detail pane too
    assert 'class="hit"' in window.detail.toHtml() or "#ffe14d" in window.detail.toHtml()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert sidebar.tree.currentIndex().data(SYMBOL_ROLE) == symbols[1]


def test_enter_right_after_typing_opens_the_first_result(qtbot, window: MainWindow) -> None:
    box = window.sidebar.search_box
    box.setFocus()
    qtbot.keyClicks(box, "71/19")
    QTest.keyClick(box, Qt.Key.Key_Return)  # before the debounce timer fired
    qtbot.waitUntil(lambda: page_text(window).startswith("A/RES/71/19"))


def test_clicking_a_result_opens_it(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "trafficking")
    results = window.sidebar.results
    index = window.sidebar.results_model.index(1, 0)
    qtbot.mouseClick(
        results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualRect(index).center()
    )
    assert page_text(window).startswith(index.data(SYMBOL_ROLE))


def test_no_results_says_so(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "zzzzqqq")
    assert window.sidebar.count_label.text() == "No results"
    assert result_symbols(window) == []


def test_ctrl_k_and_ctrl_l_focus_the_search_box(qtbot, window: MainWindow) -> None:
    for shortcut in ("Ctrl+K", "Ctrl+L"):
        window.detail.setFocus()
        qtbot.waitUntil(lambda: window.detail.hasFocus())
        qtbot.keySequence(window.detail, shortcut)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: window.sidebar.search_box.hasFocus())


def test_related_link_selects_the_resolution(qtbot, window: MainWindow) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.detail.anchorClicked.emit(QUrl(render.link_for("S/RES/2178 (2014)")))
    assert page_text(window).startswith("S/RES/2178 (2014)")
    assert window.sidebar.tree.currentIndex().data(SYMBOL_ROLE) == "S/RES/2178 (2014)"


def test_official_link_opens_in_the_system_browser_only_on_click(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    window.open_symbol("A/RES/71/19")
    assert opened == []  # showing the page opens nothing
    window.detail.anchorClicked.emit(QUrl("https://undocs.org/A/RES/71/19"))
    assert opened == ["https://undocs.org/A/RES/71/19"]
    window.detail.anchorClicked.emit(QUrl("javascript:alert(1)"))
    window.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://undocs.org/A/RES/71/19"]


def test_language_menu_switches_content_and_is_remembered(
    qtbot, window: MainWindow, settings: QSettings
) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.appearance.language_actions["fr"].trigger()
    text = page_text(window)
    assert "21 décembre 2017" in text
    assert "Ce qu’elle dit d’INTERPOL" in text
    # the window names the resolution on display, then the collection
    assert window.windowTitle() == "S/RES/2396 (2017) — " + window.collection.title.get("fr")
    assert window.sidebar.tree_model.index(1, 0).data() == "Assemblée générale (3)"
    assert settings.value("language") == "fr"
    window.appearance.language_actions["en"].trigger()
    assert "21 December 2017" in page_text(window)


def test_fallback_language_is_marked(qtbot, window: MainWindow) -> None:
    window.set_language("fr")
    window.open_symbol("S/RES/2396 (2017)")
    # the agenda item exists in English only
    assert "(en anglais)" in page_text(window)


def test_geometry_and_splitter_are_remembered(
    qtbot, bundled: Collection, settings: QSettings
) -> None:
    first = MainWindow(bundled, "en", settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)  # within the offscreen screen (800×600): restored as it was
    first.splitter.setSizes([250, 500])
    saved = first.splitter.sizes()
    first.close()
    second = MainWindow(bundled, "en", settings)
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes()[0] == saved[0]


def test_a_resolution_opens_again_after_the_overview(qtbot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "A/RES/72/1")
    window.action("overview").trigger()
    assert page_text(window).startswith("UN resolutions concerning INTERPOL")
    click_tree_row(qtbot, window, "A/RES/72/1")
    assert page_text(window).startswith("A/RES/72/1")
