"""The collection model: organs, topics and resolutions, immutable once loaded."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.core import symbols
from viewer.core.localized import Localized

LABEL_MAX_CHARS = 90


@dataclass(frozen=True, slots=True)
class Organ:
    id: str
    name: Localized


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: Localized


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: Localized


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str | None = None
    retrieved: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    symbol: str
    organ: str
    number: str
    date: dt.date
    title: Localized | None = None
    agenda_item: Localized | None = None
    summary: Localized | None = None
    relevance: Localized | None = None
    text: Localized | None = None
    adoption: Localized | None = None
    meeting: str | None = None
    topics: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    # The record as it stood in the file (``show --format json``), unknown keys included.
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str:
        return symbols.normalise(self.symbol)

    def heading(self) -> Localized | None:
        """The title (GA) or, for resolutions without one (SC), the agenda item."""
        return self.title or self.agenda_item

    def label(self, lang: str) -> str:
        """A short label for a tree row or a result: title, agenda item, summary or text."""
        for source in (self.title, self.agenda_item, self.summary, self.text):
            if source is not None:
                return _shorten(_first_line(source.get(lang)))
        return ""


@dataclass(frozen=True, slots=True)
class Collection:
    title: Localized
    organs: tuple[Organ, ...]
    resolutions: tuple[Resolution, ...]
    description: Localized | None = None
    source: Source | None = None
    topics: tuple[Topic, ...] = ()
    path: Path | None = None
    warnings: tuple[str, ...] = ()
    _by_key: dict[str, Resolution] = field(default_factory=dict, compare=False, repr=False)
    _by_lookup: dict[str, list[Resolution]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for resolution in self.resolutions:
            self._by_key[resolution.key] = resolution
            for key in symbols.lookup_keys(resolution.symbol, resolution.number):
                self._by_lookup.setdefault(key, []).append(resolution)

    def resolve(self, text: str) -> list[Resolution]:
        """Resolutions named by a symbol in any usual spelling (``s/res/2396``, ``71/19``)."""
        key = symbols.normalise(text)
        exact = self._by_key.get(key)
        if exact is not None:
            return [exact]
        return list(self._by_lookup.get(key, ()))

    def find(self, symbol: str) -> Resolution | None:
        """The one resolution a symbol names, or None when none (or several) match."""
        found = self.resolve(symbol)
        return found[0] if len(found) == 1 else None

    def organ(self, organ_id: str) -> Organ | None:
        return next((o for o in self.organs if o.id == organ_id), None)

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def by_organ(self, organ_id: str) -> list[Resolution]:
        return [r for r in self.resolutions if r.organ == organ_id]

    def by_date(self) -> list[Resolution]:
        return sorted(self.resolutions, key=lambda r: (r.date, r.key))


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _shorten(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    if len(text) <= LABEL_MAX_CHARS:
        return text
    cut = text[: LABEL_MAX_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"
