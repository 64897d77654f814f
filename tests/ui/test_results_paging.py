"""The results list holds every match, fetched a page at a time as it scrolls."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QListView

from viewer.core import index_cache
from viewer.core.search import SearchIndex
from viewer.ui import app
from viewer.ui.results_model import MATCHED_LANG_ROLE, PAGE_ROWS, SNIPPET_ROLE, ResultsModel
from viewer.ui.tree_model import SYMBOL_ROLE


def test_fetch_more_pages_through_every_result(qtmodeltester, corpus_index: SearchIndex) -> None:
    result = corpus_index.search("council ", limit=PAGE_ROWS)
    assert result.total > 3 * PAGE_ROWS
    model = ResultsModel()
    model.set_result(result, "en")
    assert model.rowCount() == PAGE_ROWS
    assert model.total == result.total
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == result.total
    symbols = [model.index(row, 0).data(SYMBOL_ROLE) for row in range(model.rowCount())]
    assert len(set(symbols)) == result.total
    qtmodeltester.check(model)


def test_a_list_view_fetches_as_it_scrolls(qtbot, corpus_index: SearchIndex) -> None:
    model = ResultsModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    model.set_result(corpus_index.search("council ", limit=PAGE_ROWS), "en")
    assert model.rowCount() == PAGE_ROWS
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_ROWS)


def test_a_row_says_when_it_matched_in_the_other_language(bundled_index: SearchIndex) -> None:
    model = ResultsModel()
    model.set_result(bundled_index.search("traite des personnes", lang="en"), "en")
    rows = {model.index(r, 0).data(SYMBOL_ROLE): model.index(r, 0) for r in range(model.rowCount())}
    assert rows["A/RES/72/1"].data(MATCHED_LANG_ROLE) == "fr"
    assert "<b>" in rows["A/RES/72/1"].data(SNIPPET_ROLE)


def test_the_core_cache_folder_is_qts(qapp, tmp_path: Path, monkeypatch) -> None:
    assert (index_cache.ORGANIZATION, index_cache.APPLICATION) == (
        app.ORGANIZATION,
        app.APPLICATION,
    )
    names = (qapp.organizationName(), qapp.applicationName())
    qapp.setOrganizationName(app.ORGANIZATION)  # as create_application names the app
    qapp.setApplicationName(app.APPLICATION)
    try:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        assert Path(qt) == index_cache.cache_dir()
        assert Path(qt).is_relative_to(tmp_path / "xdg")
        monkeypatch.delenv("XDG_CACHE_HOME")
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        assert Path(qt) == index_cache.cache_dir()
        assert Path(qt).is_relative_to(Path(os.path.expanduser("~/.cache")))
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
