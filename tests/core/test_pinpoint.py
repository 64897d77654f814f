"""Paragraph locators and the --open value."""

from __future__ import annotations

import pytest

from viewer.core import pinpoint


@pytest.mark.parametrize(
    ("value", "symbol", "text"),
    [
        ("S/RES/687 (1991) para 8", "S/RES/687 (1991)", "8"),
        ("S/RES/687 (1991), para. 8(a)", "S/RES/687 (1991)", "8(a)"),
        ("687 paragraph 9 (b) (i)", "687", "9(b)(i)"),
        ("A/RES/78/101 paragraphe 5", "A/RES/78/101", "5"),
        ("S/RES/2396 (2017) paras 5-7", "S/RES/2396 (2017)", "5–7"),
        ("S/RES/2396 (2017)", "S/RES/2396 (2017)", None),
    ],
)
def test_split_open(value: str, symbol: str, text: str | None) -> None:
    found_symbol, point = pinpoint.split_open(value)
    assert found_symbol == symbol
    assert (point.text() if point else None) == text


def test_a_bad_paragraph_in_open_is_refused() -> None:
    with pytest.raises(pinpoint.LocatorError, match="not a paragraph"):
        pinpoint.split_open("S/RES/687 (1991) para eight")


def test_anchor_and_range() -> None:
    assert pinpoint.parse("8 (a)").anchor == "p8"
    assert pinpoint.parse("5-7").plural
