"""Who cites whom in a collection: per record, what it cites (resolved or not) and what
cites it, each with the paragraph where the mention stands.

``build(collection)`` is a pure function of the collection (no Qt, no shared state): the
CLI runs it inline; the window runs a :class:`Builder` a slice at a time when idle. It reads each
raw text once with the reference patterns (line breaks are white space to them) and
parses no structure: which paragraph a mention stands in is found when it is shown
(``placed``), from the passage around it, for the few records on screen.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from viewer.core import references, structure

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

# The language read for references when a record has several: the one most texts have.
_LANGUAGE_ORDER = ("en", "fr")
# Characters of the raw text around a mention that place it in its paragraph; other
# windows are tried when one crosses a paragraph's edge or a page's furniture.
_WINDOWS = ((80, 0), (0, 80), (30, 0), (0, 30), (0, 0))  # (before, after)
_PARSED_KEPT = 64  # parsed texts kept for placing mentions (a page and its citers)


@dataclass(frozen=True, slots=True)
class Citation:
    """One mention: ``source`` cites ``target``, at ``offset`` in the source's text."""

    source: str  # the citing record's symbol
    source_key: str
    offset: int  # where the mention starts in the source's raw text
    end: int
    target: str  # the cited symbol: the collection's spelling, or the normalised one
    target_key: str
    target_paragraph: str | None  # the paragraph of the target named ("2", "8 (a)")
    in_collection: bool
    paragraph: str | None = None  # where in the source ("5", "pp3"), once placed
    anchor: str | None = None  # that paragraph's anchor in the source's page


@dataclass
class ReferenceIndex:
    cites: dict[str, list[Citation]] = field(default_factory=dict)  # by source key
    cited_by: dict[str, list[Citation]] = field(default_factory=dict)  # by target key
    _parsed: OrderedDict[str, structure.Structure] = field(default_factory=OrderedDict)

    def references_of(self, resolution: Resolution) -> list[Citation]:
        return self.cites.get(resolution.key, [])

    def citing(self, resolution: Resolution) -> list[Citation]:
        return self.cited_by.get(resolution.key, [])

    @property
    def resolved(self) -> int:
        return sum(1 for found in self.cites.values() for c in found if c.in_collection)

    @property
    def total(self) -> int:
        return sum(len(found) for found in self.cites.values())

    def placed(self, citations: list[Citation], collection: Collection) -> list[Citation]:
        """The citations with the paragraph of their source filled in. The mentions of
        one source are placed in the order of its text, each at or after the previous
        one's paragraph, so a short passage ("686 (1991)") is not taken for an earlier
        paragraph's."""
        after: dict[str, tuple[int, int]] = {}  # source key -> (offset, paragraph index)
        placed: dict[int, Citation] = {}
        order = sorted(
            range(len(citations)), key=lambda i: (citations[i].source_key, citations[i].offset)
        )
        for i in order:
            citation = citations[i]
            offset, start = after.get(citation.source_key, (-1, 0))
            found = self._place(citation, collection, start if citation.offset > offset else 0)
            placed[i] = found[0]
            if found[1] is not None:
                after[citation.source_key] = (citation.offset, found[1])
        return [placed[i] for i in range(len(citations))]

    def _place(
        self, citation: Citation, collection: Collection, start: int
    ) -> tuple[Citation, int | None]:
        source = collection.find(citation.source)
        text = text_of(source) if source is not None else None
        if not text:
            return citation, None
        parsed = self._structure(citation.source_key, text)
        for before, after in _WINDOWS:
            passage = text[max(0, citation.offset - before) : citation.end + after]
            index = parsed.locate_index(passage, start)
            if index is not None:
                paragraph = parsed.paragraphs[index]
                return replace(citation, paragraph=paragraph.label, anchor=paragraph.anchor), index
        return citation, None

    def _structure(self, key: str, text: str) -> structure.Structure:
        parsed = self._parsed.get(key)
        if parsed is None:
            parsed = self._parsed[key] = structure.parse(text)
            if len(self._parsed) > _PARSED_KEPT:
                self._parsed.popitem(last=False)
        self._parsed.move_to_end(key)
        return parsed


def text_of(resolution: Resolution) -> str | None:
    text = resolution.text
    if text is None:
        return None
    for lang in _LANGUAGE_ORDER:
        if lang in text.values:
            return text.values[lang]
    return next(iter(text.values.values()))


def citations_of(resolution: Resolution, collection: Collection) -> list[Citation]:
    """What one record cites, in the order of its text (not yet placed)."""
    text = text_of(resolution)
    if not text or not references.may_cite(text):
        return []
    found: list[Citation] = []
    for reference in references.find(text, resolution.organ):
        target = collection.find(reference.symbol)
        if target is not None and target.key == resolution.key:
            continue  # "the present resolution" written as its symbol
        found.append(
            Citation(
                resolution.symbol,
                resolution.key,
                reference.start,
                reference.end,
                target.symbol if target else reference.symbol,
                target.key if target else reference.key,
                reference.target_paragraph,
                target is not None,
            )
        )
    return found


class Builder:
    """The index built a slice at a time: the window builds it in its idle moments, a
    few milliseconds per slice, so that neither typing nor scrolling waits for it (on a
    thread, its 6-8 s of Python for 32,000 records took the GIL from the UI thread at
    every call into Python: scrolling stalled for hundreds of milliseconds)."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.index = ReferenceIndex()
        self._records = iter(collection.resolutions)
        self.done = False

    def step(self, seconds: float) -> bool:
        """Index records for about ``seconds`` (at least one); True once all are."""
        deadline = time.perf_counter() + seconds
        for resolution in self._records:
            self._add(resolution)
            if time.perf_counter() >= deadline:
                return False
        self.done = True
        return True

    def _add(self, resolution: Resolution) -> None:
        found = citations_of(resolution, self.collection)
        if not found:
            return
        self.index.cites[resolution.key] = found
        for citation in found:
            if citation.in_collection:
                self.index.cited_by.setdefault(citation.target_key, []).append(citation)


def build(
    collection: Collection,
    cancelled: Callable[[], bool] | None = None,
    slice_seconds: float = 0.05,
) -> ReferenceIndex:
    """The index of a whole collection. ``cancelled`` is asked before each slice of
    ``slice_seconds`` (a caller whose collection was replaced stops early; the partial
    index is dropped)."""
    builder = Builder(collection)
    while True:
        if cancelled is not None and cancelled():
            return ReferenceIndex()
        if builder.step(slice_seconds):
            return builder.index
