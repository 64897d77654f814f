from __future__ import annotations

import pytest

from viewer.core import symbols


@pytest.mark.parametrize(
    "spelling",
    ["S/RES/2396 (2017)", "s/res/2396(2017)", "S/RES/2396  (2017)", " S / RES / 2396 (2017) "],
)
def test_spellings_share_one_key(spelling: str) -> None:
    assert symbols.normalise(spelling) == "S/RES/2396(2017)"


def test_lookup_keys_cover_number_and_symbol_without_year() -> None:
    keys = symbols.lookup_keys("S/RES/2396 (2017)", "2396")
    assert {"S/RES/2396(2017)", "S/RES/2396", "2396", "2396(2017)"} <= keys
    assert symbols.lookup_keys("A/RES/71/19", "71/19") == {"A/RES/71/19", "71/19"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2396", True),
        ("71/19", True),
        ("S/RES/2396 (2017)", True),
        ("a/res/71/19", True),
        ("S/RES/", True),
        ("terror", False),
        ("foreign fighters", False),
        ("", False),
    ],
)
def test_looks_like_symbol(text: str, expected: bool) -> None:
    assert symbols.looks_like_symbol(text) is expected


def test_official_url_has_no_space_before_the_year() -> None:
    assert symbols.official_url("S/RES/2396 (2017)") == "https://undocs.org/S/RES/2396(2017)"
    assert symbols.official_url("A/RES/71/19", "fr") == "https://undocs.org/fr/A/RES/71/19"


def test_without_year() -> None:
    assert symbols.without_year("S/RES/2396 (2017)") == "S/RES/2396"
    assert symbols.without_year("S/RES/2396(2017)") == "S/RES/2396"
    assert symbols.without_year("A/RES/71/19") == "A/RES/71/19"
