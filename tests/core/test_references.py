"""Mentions of resolutions in texts, and the collection's index of who cites whom."""

from __future__ import annotations

from functools import cache

import pytest
from tests.conftest import CORPUS

from viewer.core import loader, reference_index, references
from viewer.core.collection import Collection

# Measured over the 800 texts of the corpus on this code (see the report): lower bounds.
MENTIONS_AT_LEAST = 2713
RESOLVED_AT_LEAST = 2297


@cache
def corpus() -> Collection:
    return loader.load(CORPUS)


@cache
def index() -> reference_index.ReferenceIndex:
    return reference_index.build(corpus())


def found(text: str, organ: str = "SC") -> list[tuple[str, str, tuple[str, ...], str]]:
    return [
        (r.symbol, r.organ, r.target_paragraphs, text[r.start : r.end])
        for r in references.find(text, organ)
    ]


def test_a_list_of_resolutions_with_their_dates() -> None:
    text = "Recalling its resolutions 660 (1990) of 2 August 1990, 661 (1990) and 662 (1990),"
    assert [f[0] for f in found(text)] == [
        "S/RES/660 (1990)",
        "S/RES/661 (1990)",
        "S/RES/662 (1990)",
    ]
    assert found(text)[1][3] == "661 (1990)"


@pytest.mark.parametrize(
    ("text", "organ", "expected"),
    [
        ("Recalling its resolution 1514 (XV),", "GA", ("A/RES/1514 (XV)", "GA")),
        (
            "the most recent of which was resolution 77/149 of 12 December 2022",
            "GA",
            ("A/RES/77/149", "GA"),
        ),
        (
            "General Assembly resolution 2625 (XXV) of 24 October 1970",
            "SC",
            ("A/RES/2625 (XXV)", "GA"),
        ),
        ("bare resolution 660 (1990) in an SC text", "SC", ("S/RES/660 (1990)", "SC")),
        ("Security Council resolution 2396 (2017)", "GA", ("S/RES/2396 (2017)", "SC")),
        ("Rappelant sa résolution 2178 (2014),", "SC", ("S/RES/2178 (2014)", "SC")),
        ("la résolution 2178 (2014) du Conseil de sécurité", "GA", ("S/RES/2178 (2014)", "SC")),
        ("as in S/RES/2396 (2017) and", "GA", ("S/RES/2396 (2017)", "SC")),
    ],
)
def test_the_organ_and_the_symbol(text: str, organ: str, expected: tuple[str, str]) -> None:
    assert [f[:2] for f in found(text, organ)] == [expected]


def test_paragraphs_named_before_the_resolution() -> None:
    assert found("under paragraph 2 of resolution 678 (1990) to")[0][2] == ("2",)
    assert found("paragraphs 2 and 3 of resolution 678 (1990)")[0][2] == ("2", "3")
    assert found("paragraphs 17, 18, and 25 of resolution 1284 (1999)")[0][2] == ("17", "18", "25")
    assert found("paragraph 3 (c) of resolution 661 (1990)")[0][2] == ("3 (c)",)
    assert found("au paragraphe 2 de la résolution 678 (1990)")[0][2] == ("2",)
    # Only the first of a list is the one the paragraph belongs to.
    assert found("paragraph 2 of resolution 678 (1990) and 686 (1991)")[1][2] == ()


def test_numbers_that_are_not_resolutions() -> None:
    assert found("on 2 August 1990, 661 delegations (1990)") == []
    assert found("its resolutions concerning 12 (1990) items") == []


def test_687_cites_what_it_recalls_with_its_paragraphs() -> None:
    cites = index().placed(index().references_of(corpus().find("S/RES/687 (1991)")), corpus())
    first = [c.target for c in cites if c.paragraph == "pp1"]
    assert first[:3] == ["S/RES/660 (1990)", "S/RES/661 (1990)", "S/RES/662 (1990)"]
    assert len(first) == 13  # "Affirms all thirteen resolutions noted above"
    named = [(c.paragraph, c.target, c.target_paragraph) for c in cites if c.target_paragraph]
    assert ("pp3", "S/RES/678 (1990)", "2") in named
    assert ("pp3", "S/RES/686 (1991)", "8") in named


def test_cited_by_names_the_citing_paragraph() -> None:
    cited_by = index().placed(index().citing(corpus().find("S/RES/687 (1991)")), corpus())
    assert all(c.paragraph is not None for c in cited_by)
    assert ("S/RES/689 (1991)", "pp1") in [(c.source, c.paragraph) for c in cited_by]
    assert all(c.target_key == "S/RES/687(1991)" for c in cited_by)


def test_over_the_corpus_mentions_and_how_many_resolve_inside_the_file() -> None:
    built = index()
    assert built.total >= MENTIONS_AT_LEAST
    assert built.resolved >= RESOLVED_AT_LEAST
    unresolved = {c.target for found in built.cites.values() for c in found if not c.in_collection}
    assert "S/RES/666 (1990)" in unresolved  # a gap of the corpus
    assert "A/RES/1514 (XV)" in unresolved  # a GA resolution in an SC collection


def test_a_cancelled_build_stops_and_returns_nothing() -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    # Slices of one record each: asked before the first and the second, then it stopped.
    partial = reference_index.build(corpus(), cancelled, slice_seconds=0)
    assert partial.cites == {}
    assert len(asked) == 2


def test_built_a_slice_at_a_time_the_index_is_the_whole_one() -> None:
    builder = reference_index.Builder(corpus())
    slices = 1
    while not builder.step(0):  # at least one record per slice, however short
        slices += 1
    whole = index()
    assert slices == len(corpus().resolutions) + 1  # one record each, then "done"
    assert builder.done
    assert builder.index.cites == whole.cites
    assert builder.index.cited_by == whole.cited_by


def test_a_letter_whose_lower_case_is_longer_keeps_the_spans_right() -> None:
    text = "İstanbul: recalling its resolution 660 (1990)"
    assert found(text) == [("S/RES/660 (1990)", "SC", (), "660 (1990)")]
