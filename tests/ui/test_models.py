"""Every model under pytest-qt's qtmodeltester (Qt's own model tester, ported)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from viewer.core.collection import Collection
from viewer.core.search import SearchIndex
from viewer.ui.results_model import SNIPPET_ROLE, ResultsModel
from viewer.ui.tree_model import GROUP_BY_YEAR_ABOVE, SYMBOL_ROLE, TreeModel


def test_tree_model_passes_the_model_tester(qtmodeltester, bundled: Collection) -> None:
    model = TreeModel(bundled, "en")
    qtmodeltester.check(model)
    model.set_language("fr")
    qtmodeltester.check(model)


def test_tree_shows_organs_in_file_order_with_counts(bundled: Collection) -> None:
    model = TreeModel(bundled, "en")
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups == ["★ Favourites (0)", "General Assembly (3)", "Security Council (4)"]
    model.set_language("fr")
    assert model.index(1, 0).data() == "Assemblée générale (3)"
    first_ga = model.index(0, 0, model.index(1, 0))
    assert first_ga.data(SYMBOL_ROLE) == "A/RES/71/19"
    # 71/19 and 73/11 share their title: the date tells them apart
    assert first_ga.data().startswith(
        "A/RES/71/19  21 novembre 2016 · Cooperation between the United Nations"
    )


def test_large_organ_is_grouped_by_year(qtmodeltester, corpus: Collection) -> None:
    model = TreeModel(corpus, "en")
    qtmodeltester.check(model)
    council = model.index(1, 0)
    assert model.rowCount(council) > 1  # years, not 800 rows
    first_year = model.index(0, 0, council)
    assert first_year.data().startswith("1946 (")
    assert len(corpus.by_organ("SC")) > GROUP_BY_YEAR_ABOVE
    first = model.index(0, 0, first_year)
    assert first.data(SYMBOL_ROLE) == "S/RES/1 (1946)"
    found = model.index_of("S/RES/242(1967)")
    assert found.data(SYMBOL_ROLE) == "S/RES/242 (1967)"
    assert found.parent().data().startswith("1967 (")


def test_favourites_group_gains_and_loses_rows(qtmodeltester, bundled: Collection) -> None:
    model = TreeModel(bundled, "en")
    qtmodeltester.check(model)
    group = model.favourites_index()
    assert model.rowCount(group) == 0
    model.set_favourites([bundled.find("S/RES/2396 (2017)"), bundled.find("71/19")])
    assert group.data() == "★ Favourites (2)"
    assert [model.index(r, 0, group).data(SYMBOL_ROLE) for r in range(2)] == [
        "S/RES/2396 (2017)",
        "A/RES/71/19",
    ]
    # the resolution's own place is under its organ, not in the favourites
    assert model.index_of("S/RES/2396(2017)").parent().data() == "Security Council (4)"
    model.set_favourites([])
    assert model.rowCount(group) == 0
    qtmodeltester.check(model)


def test_results_model_passes_the_model_tester(qtmodeltester, bundled_index: SearchIndex) -> None:
    model = ResultsModel()
    qtmodeltester.check(model)
    model.set_result(bundled_index.search("terror"), "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert "<b>" in model.index(0, 0).data(SNIPPET_ROLE)
    model.set_result(None, "en")
    assert model.rowCount() == 0
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) is None
    assert model.rowCount(QModelIndex()) == 0
