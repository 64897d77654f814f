"""Issue 14 in the window: every result reachable, the close spelling named, a row that
matched in the other language, count chips that add a filter, the order of results
remembered, filters typed in the box, marks that follow the query, the index cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from viewer.core import index_cache, loader
from viewer.core.collection import Collection
from viewer.core.search import SearchIndex
from viewer.ui import i18n
from viewer.ui.main_window import MainWindow
from viewer.ui.result_delegate import matched_note
from viewer.ui.results_model import MATCHED_LANG_ROLE
from viewer.ui.tree_model import SYMBOL_ROLE

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "resolutions.json"


def make_window(
    qtbot, collection: Collection | None, settings: QSettings, favourites
) -> MainWindow:
    win = MainWindow(collection, "en", settings, favourites=favourites)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    if collection is not None:
        qtbot.waitUntil(lambda: win.sidebar.index is not None, timeout=30_000)
    return win


@pytest.fixture
def corpus_window(qtbot, corpus: Collection, settings, favourites) -> MainWindow:
    return make_window(qtbot, corpus, settings, favourites)


def type_search(qtbot, window: MainWindow, text: str) -> None:
    box = window.sidebar.search_box
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(window.sidebar.is_answered)


def shown_symbols(window: MainWindow) -> list[str]:
    model = window.sidebar.results_model
    return [model.index(row, 0).data(SYMBOL_ROLE) for row in range(model.rowCount())]


def marked_words(window: MainWindow) -> list[str]:
    """The words the detail pane shows on a coloured background (the search's marks)."""
    words = []
    block = window.detail.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                words.append(fragment.text())
            it += 1
        block = block.next()
    return words


# -- every result, counted --------------------------------------------------------


def test_the_count_is_every_result_and_scrolling_reaches_the_last(
    qtbot, qtmodeltester, corpus_window: MainWindow, corpus_index: SearchIndex
) -> None:
    type_search(qtbot, corpus_window, "council")
    total = corpus_index.search("council").total
    assert total > 100
    sidebar = corpus_window.sidebar
    assert sidebar.count_label.text() == f"{total} results"
    view = sidebar.results
    while sidebar.results_model.rowCount() < total:
        rows = sidebar.results_model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: sidebar.results_model.rowCount() > rows)
    symbols = shown_symbols(corpus_window)
    assert len(set(symbols)) == total
    qtmodeltester.check(sidebar.results_model)


def test_the_close_spelling_used_is_named(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "terorist")
    label = window.sidebar.count_label.text()
    result = window.sidebar.results_model.result
    assert result.corrections == {"terorist": "terrorist"}
    assert label.endswith("results for <i>terrorist</i> (close spelling)")
    window.appearance.language_actions["fr"].trigger()
    assert "résultats pour <i>terrorist</i> (orthographe proche)" in (
        window.sidebar.count_label.text()
    )


def test_a_row_that_matched_in_the_other_language_says_so(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "traite des personnes")  # the UN's French term (bundled data)
    model = window.sidebar.results_model
    notes = {
        model.index(r, 0).data(SYMBOL_ROLE): matched_note(model.index(r, 0).data(MATCHED_LANG_ROLE))
        for r in range(model.rowCount())
    }
    assert notes["A/RES/72/1"] == "matched in French"
    i18n.install("fr")
    try:
        assert matched_note("en") == "trouvé en anglais"
    finally:
        i18n.install("en")


# -- chips, order, filters --------------------------------------------------------


def test_a_chip_counts_its_results_and_a_click_adds_its_filter(
    qtbot, corpus_window: MainWindow, corpus_index: SearchIndex
) -> None:
    type_search(qtbot, corpus_window, "terrorism")
    chips = corpus_window.sidebar.results_page.chips
    assert chips.isVisible()
    years = corpus_index.search("terrorism").facets().years
    shown = {b.objectName(): b for b in chips.buttons}
    assert len(shown) == len(years)  # few years: one chip each (one organ: no organ chip)
    year, count = max(years.items(), key=lambda item: item[1])
    button = shown[f"chip-year-{year}"]
    assert button.text().endswith(str(count))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(corpus_window.sidebar.is_answered)
    assert corpus_window.sidebar.search_box.text() == f"terrorism year:{year}"
    assert corpus_window.sidebar.results_model.total == count
    # Esc: no search, no chips
    QTest.keyClick(corpus_window.sidebar.search_box, Qt.Key.Key_Escape)
    assert not chips.isVisible()


def test_many_years_are_counted_by_decade(
    qtbot, corpus_window: MainWindow, corpus_index: SearchIndex
) -> None:
    type_search(qtbot, corpus_window, "council")
    decades = corpus_index.search("council").facets().decades
    chips = corpus_window.sidebar.results_page.chips
    assert [b.objectName() for b in chips.buttons] == [f"chip-year-{d}s" for d in decades]
    qtbot.mouseClick(chips.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(corpus_window.sidebar.is_answered)
    first = next(iter(decades))
    assert corpus_window.sidebar.results_model.total == decades[first]


def fetch_all(qtbot, window: MainWindow) -> list[str]:
    """Scroll the results list to its end, page after page, and return every symbol."""
    model = window.sidebar.results_model
    while model.rowCount() < model.total:
        rows = model.rowCount()
        window.sidebar.results.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows)
    return shown_symbols(window)


def test_filters_typed_in_the_box_narrow_the_results(
    qtbot, corpus_window: MainWindow, corpus: Collection
) -> None:
    expected = {
        r.symbol for r in corpus.resolutions if 1990 <= r.date.year <= 1991 and r.organ == "SC"
    }
    # filters alone: every record they match, counted against the data
    type_search(qtbot, corpus_window, "organ:SC year:1990..1991")
    assert corpus_window.sidebar.count_label.text() == f"{len(expected)} results"
    assert set(fetch_all(qtbot, corpus_window)) == expected
    # with a word: fewer, all of them within the filters
    type_search(qtbot, corpus_window, "organ:SC year:1990..1991 kuwait")
    symbols = fetch_all(qtbot, corpus_window)
    assert 0 < len(symbols) < len(expected)
    assert set(symbols) <= expected


def test_the_order_chosen_is_applied_and_remembered(
    qtbot, corpus: Collection, settings, favourites
) -> None:
    window = make_window(qtbot, corpus, settings, favourites)
    type_search(qtbot, window, "year:1990..1995")
    box = window.sidebar.results_page.sort_box
    box.setCurrentIndex(box.findData("date"))  # Oldest first
    qtbot.waitUntil(window.sidebar.is_answered)
    dates = [corpus.find(s).date for s in shown_symbols(window)]
    assert dates == sorted(dates)
    assert dates[0] < dates[-1]
    window.preferences.sync()
    again = make_window(qtbot, corpus, settings, favourites)
    type_search(qtbot, again, "year:1990..1995")
    assert again.sidebar.results_page.sort_box.currentData() == "date"
    assert shown_symbols(again) == shown_symbols(window)


def test_the_box_documents_its_filters_in_both_languages(window: MainWindow) -> None:
    box = window.sidebar.search_box
    assert "organ:SC" in box.placeholderText()
    assert "year:2014..2017" in box.toolTip()
    assert "has:text" in box.toolTip()
    window.appearance.language_actions["fr"].trigger()
    assert "Filtres" in box.toolTip()
    assert "organ:SC" in box.placeholderText()


# -- the marks on the page follow the query ---------------------------------------


def test_marks_follow_the_query_and_go_when_it_is_cleared(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "terrorism")
    QTest.keyClick(window.sidebar.search_box, Qt.Key.Key_Return)
    assert any("terroris" in w.lower() for w in marked_words(window))
    type_search(qtbot, window, "INTERPOL")  # replaced: the old words are no longer marked
    marks = marked_words(window)
    assert marks
    assert all("terror" not in w.lower() for w in marks)
    QTest.keyClick(window.sidebar.search_box, Qt.Key.Key_Escape)
    assert marked_words(window) == []
    # a page opened from the tree after the search has no marks either
    window.sidebar.select_in_tree(window.collection.resolutions[0].key)
    window.navigation.open_symbol(window.collection.resolutions[0].symbol)
    assert marked_words(window) == []


def test_an_emptied_box_clears_the_marks(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "terrorism")
    QTest.keyClick(window.sidebar.search_box, Qt.Key.Key_Return)
    assert marked_words(window)
    window.sidebar.search_box.selectAll()
    QTest.keyClick(window.sidebar.search_box, Qt.Key.Key_Backspace)
    assert marked_words(window) == []


# -- the index cache --------------------------------------------------------------


def test_the_second_start_opens_the_index_from_the_cache(
    qtbot, tmp_path: Path, settings, favourites
) -> None:
    data = tmp_path / "collection.json"
    shutil.copy(BUNDLED, data)
    first = make_window(qtbot, None, settings, favourites)
    first.load_file(str(data))
    qtbot.waitUntil(lambda: first.sidebar.index is not None, timeout=30_000)
    assert first.opening.index_source == "built"
    assert any(index_cache.index_root().iterdir())
    second = make_window(qtbot, None, settings, favourites)
    second.load_file(str(data))
    qtbot.waitUntil(lambda: second.sidebar.index is not None, timeout=30_000)
    assert second.opening.index_source == "opened"
    type_search(qtbot, second, "terrorism")
    assert "S/RES/2396 (2017)" in shown_symbols(second)


def test_no_cache_neither_reads_nor_writes_it(qtbot, tmp_path: Path, settings, favourites) -> None:
    data = tmp_path / "collection.json"
    shutil.copy(BUNDLED, data)
    window = make_window(qtbot, None, settings, favourites)
    window.opening.use_cache = False
    window.load_file(str(data))
    qtbot.waitUntil(lambda: window.sidebar.index is not None, timeout=30_000)
    assert window.opening.index_source == "memory"
    assert not index_cache.index_root().exists()


def test_clear_search_cache_says_what_it_freed_and_search_still_works(
    qtbot, tmp_path: Path, settings, favourites
) -> None:
    data = tmp_path / "collection.json"
    shutil.copy(BUNDLED, data)
    window = make_window(qtbot, None, settings, favourites)
    window.load_file(str(data))
    qtbot.waitUntil(lambda: window.sidebar.index is not None, timeout=30_000)
    assert window.opening.index_source == "built"
    window.action("clearCache").trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Search cache cleared: ")
    assert message.endswith(" freed")
    assert "0 bytes" not in message
    assert list(index_cache.index_root().iterdir()) == []
    type_search(qtbot, window, "terrorism")
    assert "S/RES/2396 (2017)" in shown_symbols(window)
    # the next load builds again, and a refused file is no reason to touch the cache
    assert loader.load(data).resolutions
