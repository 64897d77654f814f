"""What a reader makes of one document: a draft record, before merging and writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Where one input went. SKIPPED_* name the reasons the report gives.
IMPORTED = "imported"
MERGED = "merged"
NOT_SUPPORTED = "not a supported file"
NOT_PDF = "not a PDF"
DAMAGED = "damaged"
ENCRYPTED = "encrypted"
NO_TEXT = "no text layer (a scan: OCR it first)"
NOT_RESOLUTION = "not a UN resolution"
DUPLICATE = "duplicate"
UNREADABLE = "cannot be read"


@dataclass
class Draft:
    """One resolution as one document gives it: flat fields, text per language.

    ``fields`` holds keys of the collection format whose values do not depend on the
    language (symbol, organ, number, date, meeting, session's number…); ``texts`` holds,
    per key of a localized field (title, text, agenda_item…), the text in ``lang``;
    ``lists`` holds per-language lists (footnotes, annexes).
    """

    symbol: str
    lang: str
    source: str  # the file (and record) it was read from, for the report
    fields: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[Any]] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)  # subject labels (MARC 650)
    links: list[dict[str, Any]] = field(default_factory=list)
    catalogue: bool = False  # from a library catalogue (MARC), not the document itself


@dataclass
class Outcome:
    """What became of one input: the symbols it gave, or why it was skipped."""

    source: str
    status: str  # IMPORTED, MERGED, or one of the skip reasons
    detail: str = ""  # e.g. "a draft resolution (A/C.3/78/L.49)", "page 3: …"
    symbols: list[str] = field(default_factory=list)
    lang: str = ""

    @property
    def skipped(self) -> bool:
        return self.status not in (IMPORTED, MERGED)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "status": self.status}
        if self.detail:
            data["detail"] = self.detail
        if self.symbols:
            data["symbols"] = self.symbols
        if self.lang:
            data["lang"] = self.lang
        return data


@dataclass
class ReadResult:
    """What a reader returns for one file: drafts, and an outcome per unit it read."""

    drafts: list[Draft] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
