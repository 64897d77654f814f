"""What every budget line of the report is: a figure, its budget, its verdict."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

PEER_NAMES = {
    "viewer": "viewer: `SearchIndex.search`, limit 50, snippets as the window ({n})",
    "viewer_20": "viewer, snippets of the first 20 hits",
    "viewer_all50": "viewer, snippets of all 50 hits",
    "viewer_nosnippets": "viewer, no snippets",
    "tantivy": "raw Tantivy, no snippets",
    "fts5": "SQLite FTS5, in memory",
    "whoosh": "Whoosh, in RAM",
    "lunr": "lunr.py",
    "scan": "plain substring scan",
}


@dataclass(frozen=True)
class Figure:
    name: str
    measured: str
    budget: str
    ok: bool | None  # None: not measured, or no budget (info)
    info: bool = False  # shown for information: no budget of its own

    @property
    def verdict(self) -> str:
        if self.info:
            return "info"
        if self.ok is None:
            return "NOT MEASURED"
        return "PASS" if self.ok else "FAIL"

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "verdict": self.verdict}


def at_most(value: float | None, limit: float) -> bool | None:
    return None if value is None or math.isnan(value) else value <= limit
