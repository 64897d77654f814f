"""Close symbols for one that names nothing: the keystroke or two a reader got wrong."""

from __future__ import annotations

import pytest

from viewer.core.collection import Collection
from viewer.core.suggestions import close_symbols, edit_distance
from viewer.core.symbols import normalise


def symbols_near(collection: Collection, text: str) -> list[str]:
    return [res.symbol for res in close_symbols(collection, text)]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("71/1", "A/RES/71/19"),  # typed short: what it begins comes first
        ("71/91", "A/RES/71/19"),  # two digits swapped
        ("a/res/71/91", "A/RES/71/19"),  # the same, written whole
        ("2369", "S/RES/2396 (2017)"),
        ("2396 (2018)", "S/RES/2396 (2017)"),  # the wrong year
        ("S/RES/2178(2015)", "S/RES/2178 (2014)"),
        ("2332", "S/RES/2322 (2016)"),
    ],
)
def test_a_typo_finds_the_resolution(bundled: Collection, typed: str, first: str) -> None:
    assert bundled.resolve(typed) == []  # names nothing: a suggestion is needed
    assert symbols_near(bundled, typed)[0] == first


@pytest.mark.parametrize("typed", ["9999", "A/RES/1/1", "hello", "", "   "])
def test_nothing_close_offers_nothing(bundled: Collection, typed: str) -> None:
    assert symbols_near(bundled, typed) == []


def test_suggestions_are_few_and_each_once(bundled: Collection) -> None:
    near = close_symbols(bundled, "71/1")
    assert 1 <= len(near) <= 3
    assert len({res.key for res in near}) == len(near)


def test_suggestions_are_within_two_edits_in_a_large_collection(corpus: Collection) -> None:
    # 800 Security Council resolutions: many numbers are near any number typed.
    typed = "1234"
    assert corpus.resolve(typed) == []
    near = close_symbols(corpus, typed)
    assert near
    assert all(edit_distance(normalise(typed), normalise(res.number)) <= 1 for res in near)


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [("2369", "2396", 1), ("71/1", "71/19", 1), ("71/1", "73/11", 2), ("", "ab", 2)],
)
def test_edit_distance(a: str, b: str, edits: int) -> None:
    assert edit_distance(a, b) == edits


def test_the_right_number_under_the_wrong_organ(bundled: Collection) -> None:
    # Not an edit or two of the whole symbol, but its number names one resolution.
    assert bundled.resolve("UNSC/RES/2396 (2017)") == []
    assert symbols_near(bundled, "UNSC/RES/2396 (2017)")[0] == "S/RES/2396 (2017)"


@pytest.mark.parametrize("typed", ["x" * 30, "ÀÉÎÕÜ" * 6, "terrorism", "S/RES/" + "1" * 40])
def test_text_not_written_like_a_symbol_gets_none(bundled: Collection, typed: str) -> None:
    assert close_symbols(bundled, typed) == []
