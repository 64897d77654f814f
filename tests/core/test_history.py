from __future__ import annotations

from viewer.core.history import MAX_ENTRIES, History, Place


def test_back_and_forward_walk_the_visits() -> None:
    history = History()
    for symbol in (None, "A", "B", "C"):
        history.visit(Place(symbol))
    assert history.back() == Place("B")
    assert history.back() == Place("A")
    assert history.forward() == Place("B")
    assert history.can_go_forward()


def test_a_new_visit_drops_the_forward_entries() -> None:
    history = History()
    for symbol in ("A", "B", "C"):
        history.visit(Place(symbol))
    history.back()
    history.back()
    history.visit(Place("D"))
    assert not history.can_go_forward()
    assert history.back() == Place("A")
    assert not history.can_go_back()


def test_visiting_the_same_place_twice_records_it_once() -> None:
    history = History()
    history.visit(Place("A", "terror"))
    history.visit(Place("A", "terror"))
    assert not history.can_go_back()


def test_history_is_bounded() -> None:
    history = History()
    for n in range(MAX_ENTRIES + 50):
        history.visit(Place(str(n)))
    steps = 0
    while history.back() is not None:
        steps += 1
    assert steps == MAX_ENTRIES - 1


def test_back_returns_to_the_paragraph_remembered_on_leaving() -> None:
    history = History()
    history.visit(Place("S/RES/687 (1991)"))
    history.remember_anchor("pp3")  # the reader was at the third preambular paragraph
    history.visit(Place("S/RES/678 (1990)", anchor="p2"))
    assert history.back() == Place("S/RES/687 (1991)", "", "pp3")
    assert history.forward() == Place("S/RES/678 (1990)", "", "p2")
