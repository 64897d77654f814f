"""Filters in the query, sorting, every result paged, counts: on the real corpus, the
expected figures computed from the loaded collection."""

from __future__ import annotations

from collections import Counter

import pytest

from viewer.core.collection import Collection
from viewer.core.search import SearchIndex


def _every(result) -> list:
    return result.page(0, result.total)


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("organ:SC", lambda r: r.organ == "SC"),
        ("organ:sc", lambda r: r.organ == "SC"),
        ("organ:GA", lambda r: False),
        ("year:1990", lambda r: r.date.year == 1990),
        ("year:1990..1991", lambda r: 1990 <= r.date.year <= 1991),
        ("year:1990s", lambda r: 1990 <= r.date.year <= 1999),
        ("year:..1950", lambda r: r.date.year <= 1950),
        ("has:text", lambda r: bool(r.raw.get("text"))),
        ("organ:SC year:1990..1991", lambda r: r.organ == "SC" and 1990 <= r.date.year <= 1991),
        ("year:1990 year:1995", lambda r: r.date.year in (1990, 1995)),
        ("has:text year:1992", lambda r: bool(r.raw.get("text")) and r.date.year == 1992),
    ],
)
def test_a_query_of_filters_alone_lists_every_record_they_select_newest_first(
    corpus: Collection, corpus_index: SearchIndex, query: str, keep
) -> None:
    expected = {r.symbol for r in corpus.resolutions if keep(r)}
    result = corpus_index.search(query, limit=10)
    hits = _every(result)
    assert result.total == len(expected) == len(hits)
    assert {h.resolution.symbol for h in hits} == expected
    dates = [h.resolution.date for h in hits]
    assert dates == sorted(dates, reverse=True)


def test_filters_narrow_words(corpus: Collection, corpus_index: SearchIndex) -> None:
    words = {h.resolution.symbol: h.resolution for h in _every(corpus_index.search("sanctions "))}
    both = _every(corpus_index.search("sanctions year:1990..1991"))
    expected = {s for s, r in words.items() if 1990 <= r.date.year <= 1991}
    assert expected
    assert {h.resolution.symbol for h in both} == expected
    assert len(expected) < len(words)


def test_facets_count_every_match(corpus: Collection, corpus_index: SearchIndex) -> None:
    result = corpus_index.search("security ")
    hits = _every(result)
    facets = result.facets()
    assert facets.years == dict(Counter(h.resolution.date.year for h in hits))
    assert facets.organs == dict(Counter(h.resolution.organ for h in hits))
    assert sum(facets.decades.values()) == result.total
    assert facets.decades == dict(Counter(h.resolution.date.year // 10 * 10 for h in hits))


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_sort_by_date(corpus_index: SearchIndex, sort: str) -> None:
    dates = [h.resolution.date for h in _every(corpus_index.search("terrorism ", sort=sort))]
    assert len(dates) > 2
    assert dates == sorted(dates, reverse=sort == "-date")


def test_every_result_can_be_paged_through_once_each(corpus_index: SearchIndex) -> None:
    result = corpus_index.search("council ", limit=7)
    assert len(result.hits) == 7 < result.total
    paged = []
    for start in range(0, result.total, 33):
        paged += result.page(start, start + 33)
    symbols = [h.resolution.symbol for h in paged]
    assert len(symbols) == result.total == len(set(symbols))
    scores = [h.score for h in paged]
    assert scores == sorted(scores, reverse=True)


def test_a_symbol_hit_comes_first_and_once(bundled_index: SearchIndex) -> None:
    result = bundled_index.search("2396")
    symbols = [h.resolution.symbol for h in _every(result)]
    assert symbols[0] == "S/RES/2396 (2017)"
    assert len(symbols) == len(set(symbols)) == result.total


def test_topic_filter_on_the_bundled_collection(bundled: Collection, bundled_index) -> None:
    expected = {r.symbol for r in bundled.resolutions if "cybercrime" in r.topics}
    assert {h.resolution.symbol for h in _every(bundled_index.search("topic:cybercrime"))} == (
        expected
    )
    organs = {
        h.resolution.organ for h in _every(bundled_index.search("topic:counter-terrorism organ:GA"))
    }
    assert organs == {"GA"}


def test_an_unreadable_filter_is_reported_not_guessed(bundled_index: SearchIndex) -> None:
    result = bundled_index.search("year:soon terror")
    assert result.query.filters.problems
    assert result.total > 0


def test_a_chip_replaces_its_filter_and_keeps_the_rest(bundled_index: SearchIndex) -> None:
    from viewer.core.filters import with_filter

    text = with_filter("terror organ:SC year:1990s", "year", "2016")
    assert text == "terror organ:SC year:2016"
    result = bundled_index.search(text)
    assert result.total == sum(
        1
        for h in bundled_index.search("terror ").page(0, 100)
        if h.resolution.organ == "SC" and h.resolution.date.year == 2016
    )


def test_any_limit_is_served(bundled: Collection, bundled_index: SearchIndex) -> None:
    result = bundled_index.search("organ:SC", limit=10**12)
    expected = sum(1 for r in bundled.resolutions if r.organ == "SC")
    assert len(result.hits) == result.total == expected
    assert [h.resolution.symbol for h in bundled_index.search("organ:SC", limit=1).hits] == [
        result.hits[0].resolution.symbol
    ]
