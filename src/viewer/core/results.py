"""What a search answers: every match, counted, fetched a page at a time.

A :class:`SearchResult` holds the query the engine ran, not the records: ``total`` is
known at once, and :meth:`SearchResult.page` asks the engine for the rows a list shows
(a window scrolls through 20,000 results without making 20,000 hits). Snippets are made
for a hit when first read, with the one :class:`Highlighter` the result built.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from viewer.core.collection import Resolution
from viewer.core.highlight import Highlighter, Snippet, make_snippet
from viewer.core.query import ParsedQuery

if TYPE_CHECKING:
    from viewer.core.structure import Paragraph

SORTS = ("relevance", "date", "-date")  # date: oldest first; -date: newest first
# A page of rows: (record id, score) in rank order.
PageFetcher = Callable[[int, int], Sequence[tuple[int, float]]]
_FIRST_FETCH = 50
# Hits kept with their snippets (the rows on screen and about them): scrolling through
# 30,000 results keeps neither 30,000 hits in memory nor as many objects for the
# garbage collector to walk (a full pass over them held the window for 50 ms).
_HITS_KEPT = 2048
_UNKNOWN = object()  # a hit's paragraph not looked for yet


class Hit:
    """One ranked result. Its snippet is made when first asked for."""

    __slots__ = (
        "_highlighter",
        "_lang",
        "_place",
        "_scan",
        "_snippet",
        "by_symbol",
        "resolution",
        "score",
    )

    def __init__(
        self,
        resolution: Resolution,
        score: float,
        by_symbol: bool,
        highlighter: Highlighter,
        lang: str,
        scan: bool = True,
    ) -> None:
        self.resolution = resolution
        self.score = score
        self.by_symbol = by_symbol
        self._highlighter = highlighter
        self._lang = lang
        self._scan = scan
        self._snippet: Snippet | None = None
        self._place: Paragraph | object | None = _UNKNOWN

    @property
    def passage(self) -> Snippet:
        if self._snippet is None:
            # A symbol look-up or a filter alone has no typed word in the text to find:
            # the passage's start serves, without analysing it.
            scan = not self.by_symbol and self._scan and bool(self._highlighter)
            self._snippet = make_snippet(
                self.resolution, self._highlighter if scan else None, self._lang
            )
        return self._snippet

    @property
    def place(self) -> Paragraph | None:
        """The paragraph of the full text the passage is in ("para 17"), None when the
        passage is not the full text's; found once (parsing a long text takes ms)."""
        if self._place is _UNKNOWN:
            from viewer.core import hit_place  # the structure reader, at the first asked

            self._place = hit_place.paragraph_of(self.resolution, self.passage)
        return self._place  # type: ignore[return-value]

    @property
    def place_known(self) -> bool:
        return self._place is not _UNKNOWN

    @property
    def snippet(self) -> str:
        """Plain text around the first match."""
        return self.passage.text

    @property
    def snippet_html(self) -> str:
        """The same, HTML-escaped, with the matched words in ``<b>``."""
        return self.passage.html

    @property
    def matched_lang(self) -> str | None:
        """The language of the passage shown when it is not the one asked for: the
        record matched in its other language ("matched in French")."""
        snippet = self.passage
        if not snippet.spans or snippet.lang == self._lang:
            return None
        # A record written in one language only has no "other" one: every row of an
        # English-only collection saying "matched in English" would be noise.
        res = self.resolution
        texts = (res.summary, res.relevance, res.text, res.heading())
        has_asked = any(loc is not None and self._lang in loc.values for loc in texts)
        return snippet.lang if has_asked else None

    def __repr__(self) -> str:
        return f"Hit({self.resolution.symbol!r}, {self.score:.2f})"


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts of the current results: per organ, per year, per decade (1990 = 1990s)."""

    organs: dict[str, int]
    years: dict[int, int]

    @property
    def decades(self) -> dict[int, int]:
        counts: Counter[int] = Counter()
        for year, count in self.years.items():
            counts[year // 10 * 10] += count
        return dict(sorted(counts.items()))


@dataclass(eq=False)
class SearchResult:
    """Every match of a query. ``hits`` is the first page (``limit`` rows)."""

    query: ParsedQuery
    total: int  # every matching record
    resolutions: Sequence[Resolution] = ()
    fetch: PageFetcher | None = None
    lang: str = "en"
    limit: int = 50
    approximate: bool = False  # nothing matched exactly: close spellings instead
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> used
    sort: str = "relevance"
    facet_counter: Callable[[], Facets] | None = None
    marked: ParsedQuery | None = None  # the query with its close spellings, to mark
    highlighter: Highlighter = field(init=False)
    _rows: list[tuple[int, float]] = field(default_factory=list, init=False, repr=False)
    _cache: OrderedDict[int, Hit] = field(default_factory=OrderedDict, init=False, repr=False)
    _facets: Facets | None = field(default=None, init=False, repr=False)
    # The window ranks ahead on its search thread while the list is read on the UI
    # thread: one ranking at a time, so rows are never appended twice.
    _ranking: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        # The close spellings found are the words to mark, not the typed ones.
        self.highlighter = Highlighter(self.marked or self.query)

    def __len__(self) -> int:
        return self.total

    @property
    def hits(self) -> list[Hit]:
        return self.page(0, self.limit)

    def page(self, start: int, stop: int) -> list[Hit]:
        """Rows ``start`` to ``stop`` (excluded) in rank order."""
        start, stop = max(0, start), min(stop, self.total)
        if start >= stop or self.fetch is None:
            return []
        if stop > len(self._rows):
            self.rank_ahead(stop)
        return [self._held(row) for row in range(start, min(stop, len(self._rows)))]

    def hit(self, row: int) -> Hit | None:
        """The hit at a ranked row (None past the rows ranked so far)."""
        return self._held(row) if 0 <= row < len(self._rows) else None

    def _held(self, row: int) -> Hit:
        hit = self._cache.get(row)
        if hit is None:
            hit = self._cache[row] = self._hit(*self._rows[row])
            while len(self._cache) > _HITS_KEPT:
                self._cache.popitem(last=False)
        else:
            # KeyError: dropped meanwhile by the other thread (the window's worker
            # makes the first page's snippets); it is made again if asked again.
            with contextlib.suppress(KeyError):
                self._cache.move_to_end(row)
        return hit

    @property
    def ranked(self) -> int:
        """How many rows are ranked already (a page within them costs no engine call)."""
        return len(self._rows)

    def rank_ahead(self, stop: int) -> None:
        """Rank the rows up to ``stop`` now (from any thread)."""
        with self._ranking:
            stop = min(stop, self.total)
            if stop <= len(self._rows) or self.fetch is None:
                return
            # The engine ranks every match for any page: ask for twice what is held
            # at least, so that scrolling to row n costs O(log n) rankings, not n/50.
            target = min(self.total, max(stop, 2 * len(self._rows), _FIRST_FETCH))
            self._rows += self.fetch(len(self._rows), target)

    def prefetched(self, rows: list[tuple[int, float]]) -> None:
        """The first rows, ranked by the call that counted the matches."""
        self._rows = list(rows)

    def _hit(self, rid: int, score: float) -> Hit:
        by_symbol = rid < 0  # symbol look-ups come as -1 - rid (see SearchIndex)
        res = self.resolutions[-1 - rid if by_symbol else rid]
        scan = not self.approximate or bool(self.corrections)
        return Hit(res, score, by_symbol, self.highlighter, self.lang, scan)

    def facets(self) -> Facets:
        """Counts per organ and per year of every match (for the window's chips)."""
        if self._facets is None:  # counted once (the window's worker counts them first)
            self._facets = Facets({}, {}) if self.facet_counter is None else self.facet_counter()
        return self._facets

    @property
    def correction_text(self) -> str:
        """The close spellings used, as words ("terrorist"), empty when none."""
        return " ".join(self.corrections.values())
