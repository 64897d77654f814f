"""The collection model: organs, topics and resolutions, immutable once loaded."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.core import symbols
from viewer.core.localized import Localized

if TYPE_CHECKING:
    from viewer.core.messages import Problem

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


class Resolution:
    """One resolution, read from its validated record.

    The few fields the tree needs are set at load; the texts (``Localized``) and links are
    built the first time they are read. Loading 30,000 records with full texts then
    costs little more than parsing the JSON. Treat instances as immutable.
    """

    __slots__ = (
        "_built",
        "date",
        "key",
        "meeting",
        "number",
        "organ",
        "plenary",
        "raw",
        "symbol",
    )

    def __init__(
        self, raw: dict[str, Any], key: str | None = None, date: dt.date | None = None
    ) -> None:
        self.raw = raw  # the record as it stood in the file (``show --format json``)
        self.symbol: str = " ".join(raw["symbol"].split())
        self.key: str = key or symbols.normalise(self.symbol)
        self.organ: str = raw["organ"]
        self.number: str = raw["number"]
        self.date: dt.date = date or dt.date.fromisoformat(raw["date"])
        self.meeting: str | None = raw.get("meeting")
        # A plenary meeting of the General Assembly ("24th plenary meeting").
        # A General Assembly plenary meeting ("24th plenary meeting"): the format's
        # optional "meeting_kind" (data/resolutions.schema.json, docs/importing.md).
        self.plenary: bool = raw.get("meeting_kind") == "plenary"
        self._built: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Resolution({self.symbol!r})"

    def _localized(self, name: str) -> Localized | None:
        try:
            return self._built[name]  # type: ignore[no-any-return]
        except KeyError:
            value = self.raw.get(name)
            built = Localized.from_json(value) if value else None
            self._built[name] = built
            return built

    title = property(lambda self: self._localized("title"), doc="Official title (GA).")
    agenda_item = property(lambda self: self._localized("agenda_item"))
    summary = property(lambda self: self._localized("summary"))
    relevance = property(lambda self: self._localized("relevance"))
    text = property(lambda self: self._localized("text"), doc="Full text.")
    adoption = property(lambda self: self._localized("adoption"))

    @property
    def topics(self) -> tuple[str, ...]:
        return tuple(self.raw.get("topics", ()))

    @property
    def related(self) -> tuple[str, ...]:
        return tuple(self.raw.get("related", ()))

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(
            Link(link["url"], Localized.from_json(link["label"]))
            for link in self.raw.get("links", ())
        )

    def heading(self) -> Localized | None:
        """The title (GA) or, for resolutions without one (SC), the agenda item."""
        return self.title or self.agenda_item

    def label(self, lang: str) -> str:
        """A short label for a tree row or a result: title, agenda item, summary or text."""
        return self.label_pick(lang)[0]

    def label_pick(self, lang: str) -> tuple[str, str]:
        """The short label and the language it is in (``lang`` unless the record lacks
        it), so that a caller can mark a fallback: ``("Threats to …", "en")``."""
        for source in (self.title, self.agenda_item, self.summary, self.text):
            if source is not None:
                text, used = source.pick(lang)
                return _shorten(_first_line(text)), used
        return "", lang


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
    # The same warnings, to be written in the reader's language (messages.warning_line).
    warning_problems: tuple[Problem, ...] = ()
    _by_key: dict[str, Resolution] = field(default_factory=dict, compare=False, repr=False)
    _by_lookup: dict[str, list[Resolution]] = field(default_factory=dict, compare=False, repr=False)
    _by_date: list[Resolution] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key.update((resolution.key, resolution) for resolution in self.resolutions)

    def _lookup(self) -> dict[str, list[Resolution]]:
        # Built on the first look-up by number, not at load: start-up stays short.
        if not self._by_lookup and self.resolutions:
            table: dict[str, list[Resolution]] = {}
            for resolution in self.resolutions:
                for key in symbols.lookup_keys(resolution.key, resolution.number):
                    table.setdefault(key, []).append(resolution)
            self._by_lookup.update(table)
        return self._by_lookup

    def lookup_table(self) -> dict[str, list[Resolution]]:
        """Every look-up key (``71/19``, ``2396``, ``S/RES/2396(2017)``) and what it names."""
        return self._lookup()

    def resolve(self, text: str) -> list[Resolution]:
        """Resolutions named by a symbol in any usual spelling (``s/res/2396``, ``71/19``)."""
        key = symbols.normalise(text)
        exact = self._by_key.get(key)
        if exact is not None:
            return [exact]
        return list(self._lookup().get(key, ()))

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
        # Sorted once (the overview and the timeline ask; 30,000 records take 0.1 s).
        if not self._by_date and self.resolutions:
            self._by_date.extend(sorted(self.resolutions, key=lambda r: (r.date, r.key)))
        return list(self._by_date)


# The line a resolution's text opens with ("The Security Council,"): it says nothing of
# the resolution, so a label from the text starts after it.
_OPENING = re.compile(
    r"(the|l[ae’']\s*)?\s*(security council|general assembly|conseil de sécurité|"
    r"assemblée générale)\s*,?",
    re.IGNORECASE,
)


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and _OPENING.fullmatch(lines[0]):
        return lines[1]
    return lines[0] if lines else ""


def _shorten(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    if len(text) <= LABEL_MAX_CHARS:
        return text
    cut = text[: LABEL_MAX_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"
