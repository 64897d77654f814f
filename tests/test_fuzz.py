"""Fuzzing with hypothesis: whatever comes in, the answer is clean.

The `ci` profile (2,000 examples per test) is the default; `HYPOTHESIS_PROFILE=dev`
runs 200 for a quick look.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.cli import main
from viewer.core import citations, loader
from viewer.core.collection import Collection
from viewer.core.search import SearchIndex

settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

BUNDLED = os.path.join(os.path.dirname(__file__), "..", "data", "resolutions.json")

# -- random collection documents ---------------------------------------------------

texts = st.text(min_size=0, max_size=12)
localized = st.one_of(
    st.dictionaries(st.sampled_from(["en", "fr", "xx", "EN", ""]), texts, max_size=3),
    texts,
    st.none(),
)
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts)
anything = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
resolution = st.fixed_dictionaries(
    {},
    optional={
        "symbol": st.one_of(
            st.sampled_from(["S/RES/1 (1946)", "A/RES/71/19", "s/res/1(1946)"]), texts
        ),
        "organ": st.one_of(st.sampled_from(["SC", "GA"]), texts),
        "number": st.one_of(st.sampled_from(["1", "71/19"]), texts, st.integers()),
        "date": st.one_of(st.sampled_from(["1946-01-25", "2017-02-30", "0000-01-01"]), texts),
        "title": localized,
        "summary": localized,
        "topics": st.lists(texts, max_size=2),
        "related": st.lists(texts, max_size=2),
        "links": st.lists(
            st.fixed_dictionaries(
                {
                    "url": st.one_of(
                        st.sampled_from(["https://undocs.org/x", "javascript:x"]), texts
                    ),
                    "label": localized,
                }
            ),
            max_size=2,
        ),
        "extra": anything,
    },
)
documents = st.one_of(
    anything,
    st.fixed_dictionaries(
        {},
        optional={
            "format": st.sampled_from(["un-resolutions/1", "un-resolutions/2", ""]),
            "title": localized,
            "organs": st.lists(
                st.fixed_dictionaries(
                    {"id": st.one_of(st.sampled_from(["SC", "GA"]), texts), "name": localized}
                ),
                max_size=3,
            ),
            "topics": st.lists(anything, max_size=2),
            "resolutions": st.lists(resolution, max_size=4),
        },
    ),
)


def attempt(load: Any) -> Collection | loader.CollectionError:
    """The collection, or the clear refusal; anything else propagates and fails."""
    try:
        return load()
    except loader.CollectionError as error:
        return error


@given(documents)
def test_random_documents_load_or_are_refused_clearly(document: Any) -> None:
    outcome = attempt(lambda: loader.build(document, "fuzz.json"))
    if isinstance(outcome, loader.CollectionError):
        assert outcome.problems
        assert all(line.startswith("fuzz.json") for line in outcome.lines())
    else:
        assert isinstance(outcome, Collection)


@given(
    st.binary(max_size=200)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_random_bytes_parse_or_are_refused_clearly(raw: bytes) -> None:
    outcome = attempt(lambda: loader.build(loader.parse_json(raw, "fuzz.json"), "fuzz.json"))
    if isinstance(outcome, loader.CollectionError):
        assert outcome.lines()[0].startswith("fuzz.json")


# -- random queries ------------------------------------------------------------------

OPERATORS = [
    '"',
    "AND",
    "OR",
    "NOT",
    "-",
    "+",
    "*",
    ":",
    "(",
    ")",
    "^",
    "~",
    "[",
    "]",
    "{",
    "}",
    "\\",
    "/",
]
queries = st.lists(
    st.one_of(
        st.sampled_from(OPERATORS),
        st.text(max_size=8),
        st.sampled_from(
            [
                "\u200f",
                "\u202e",
                "\u200b",
                "😀",
                "🇫🇷",
                "\x00",
                "\x1b",
                "é",
                "e\u0301",
                "terror",
                "2396",
            ]
        ),
    ),
    max_size=12,
).map("".join) | st.text(min_size=200, max_size=3000)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(loader.load(BUNDLED))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(queries)
def test_random_queries_answer_in_bounded_time(index: SearchIndex, query: str) -> None:
    start = time.perf_counter()
    result = index.search(query, limit=20)
    for hit in result.hits:
        assert isinstance(hit.snippet_html, str)
    assert time.perf_counter() - start < 2.0  # a hang guard, not a benchmark


# -- random symbols for show and cite ---------------------------------------------------

symbols = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"[AaSs]/[Rr][Ee][Ss]/[0-9]{1,4}(/[0-9]{1,3})?( ?\([0-9]{4}\))?", fullmatch=True),
    st.sampled_from(["71/19", "2396", "S/RES/2396 (2017)", "", " ", "-", "--help"]),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(symbol=symbols, style=st.sampled_from(list(citations.STYLES)))
def test_random_symbols_for_show_and_cite(capsys, symbol: str, style: str) -> None:
    for argv in (["show", "--", symbol], ["cite", "--style", style, "--", symbol]):
        code = main([*argv])
        out, err = capsys.readouterr()
        assert code in (0, 1)
        assert "Traceback" not in err
        if code == 0:
            assert out.strip()
        else:
            assert out == ""
            assert err.strip()
    json.dumps(symbol)
