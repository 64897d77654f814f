"""Ranking ahead on another thread (the window's search thread) while the list reads
pages: the rows are those of ranking in one go, none twice, none missing."""

from __future__ import annotations

import threading

from viewer.core.search import SearchIndex


def test_ranking_ahead_on_a_thread_gives_the_same_rows(corpus_index: SearchIndex) -> None:
    expected = [h.resolution.symbol for h in corpus_index.search("council").page(0, 10_000)]
    result = corpus_index.search("council")
    assert result.ranked < result.total
    ahead = threading.Thread(target=lambda: result.rank_ahead(result.total))
    ahead.start()
    read = [
        h.resolution.symbol
        for start in range(0, result.total, 50)
        for h in result.page(start, start + 50)
    ]
    ahead.join()
    assert result.ranked == result.total
    assert read == expected
    assert len(set(read)) == result.total
