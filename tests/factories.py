"""Test records and collections, made in one place: the smallest valid pieces of the
format ``un-resolutions/1`` (``../shared/format.md``), each with some fields replaced.

Importable from every test folder (pytest puts ``tests/`` on the path with its
conftest). A value of ``None`` in the overrides drops that field.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

FORMAT = "un-resolutions/1"
ORGANS = [
    {"id": "GA", "name": {"en": "General Assembly", "fr": "Assemblée générale"}},
    {"id": "SC", "name": {"en": "Security Council", "fr": "Conseil de sécurité"}},
]


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def record(**overrides: Any) -> dict[str, Any]:
    """One valid Security Council record (S/RES/2396 (2017)), some fields replaced."""
    res: dict[str, Any] = {
        "symbol": "S/RES/2396 (2017)",
        "organ": "SC",
        "number": "2396",
        "date": "2017-12-21",
    }
    res.update(copy.deepcopy(overrides))
    return _without_none(res)


def sc_record(number: int, year: int, **overrides: Any) -> dict[str, Any]:
    """A Security Council record by its number and year: S/RES/<number> (<year>)."""
    return record(
        symbol=f"S/RES/{number} ({year})",
        number=str(number),
        date=overrides.pop("date", f"{year}-01-25"),
        **overrides,
    )


def document(*records: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    """A valid collection: two organs and the records given (else ``record()``)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "title": {"en": "Test collection", "fr": "Collection d’essai"},
        "organs": copy.deepcopy(ORGANS),
        "resolutions": list(records) if records else [record()],
    }
    data.update(copy.deepcopy(overrides))
    return _without_none(data)


def write(path: Path, data: Any) -> Path:
    """``data`` as a UTF-8 JSON file (a string is written as it is)."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path
