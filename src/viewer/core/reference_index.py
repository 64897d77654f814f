"""Who cites whom in a collection: per record, what it cites (resolved or not) and what
cites it, each with the paragraph where the mention stands.

``build(collection)`` is a pure function of the collection (no Qt, no shared state): the
window runs it on a worker thread after its first paint, the CLI inline. Texts that
mention no resolution are not parsed at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from viewer.core import references, structure

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

# The language read for references when a record has several: the one most texts have.
_LANGUAGE_ORDER = ("en", "fr")


@dataclass(frozen=True)
class Citation:
    """One mention: ``source`` cites ``target`` in its paragraph ``paragraph``."""

    source: str  # the citing record's symbol
    paragraph: str  # where in the source: "5" (operative), "pp3" (preamble), ...
    anchor: str  # the paragraph's anchor in the source's page
    target: str  # the cited symbol, normalised display form
    target_key: str
    target_paragraph: str | None
    in_collection: bool


@dataclass
class ReferenceIndex:
    cites: dict[str, list[Citation]] = field(default_factory=dict)  # by source key
    cited_by: dict[str, list[Citation]] = field(default_factory=dict)  # by target key

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


def text_of(resolution: Resolution) -> str | None:
    text = resolution.text
    if text is None:
        return None
    for lang in _LANGUAGE_ORDER:
        if lang in text.values:
            return text.values[lang]
    return next(iter(text.values.values()))


def located(
    parsed: structure.Structure, organ: str
) -> Iterator[tuple[structure.Paragraph, references.Reference]]:
    """Each reference with the paragraph it stands in (sub-paragraphs count as theirs)."""
    for paragraph in parsed.paragraphs:
        for reference in references.find(paragraph.full_text(), organ):
            yield paragraph, reference


def citations_of(resolution: Resolution, collection: Collection) -> list[Citation]:
    text = text_of(resolution)
    if not text or not references.may_cite(text):
        return []
    parsed = structure.parse(text)
    found: list[Citation] = []
    for paragraph, reference in located(parsed, resolution.organ):
        target = collection.find(reference.symbol)
        if target is not None and target.key == resolution.key:
            continue  # "the present resolution" written as its symbol
        found.append(
            Citation(
                resolution.symbol,
                paragraph.label,
                paragraph.anchor,
                target.symbol if target else reference.symbol,
                target.key if target else reference.key,
                reference.target_paragraph,
                target is not None,
            )
        )
    return found


def build(collection: Collection, cancelled: Callable[[], bool] | None = None) -> ReferenceIndex:
    """The index of a whole collection. ``cancelled`` is asked every few hundred records
    (a worker whose collection was replaced stops early; the partial index is dropped)."""
    index = ReferenceIndex()
    for count, resolution in enumerate(collection.resolutions):
        if cancelled is not None and count % 256 == 0 and cancelled():
            return ReferenceIndex()
        found = citations_of(resolution, collection)
        if not found:
            continue
        index.cites[resolution.key] = found
        for citation in found:
            if citation.in_collection:
                index.cited_by.setdefault(citation.target_key, []).append(citation)
    return index
