"""Drafts into records of the collection format; records into an existing collection.

The English and French files of one symbol become one record with both languages; a
MARC record adds what the documents lack (subjects, links, agenda); a second file of
the same symbol and language is a duplicate. Into an existing collection (``--add-to``)
nothing it held is lost: same symbol -> fields merged, missing languages added, the
user's own summary, relevance and topics never overwritten.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from viewer.core import symbols
from viewer.core.importing import model
from viewer.core.importing.model import Draft, Outcome

# Keys a user writes: an import never changes them on a record that has them.
USER_KEYS = frozenset({"summary", "relevance", "topics", "related"})
# Keys of the read drafts that are checks, not data.
INTERNAL_KEYS = frozenset({"last_operative_paragraph"})
ORGAN_NAMES = {
    "GA": {"en": "General Assembly", "fr": "Assemblée générale"},
    "SC": {"en": "Security Council", "fr": "Conseil de sécurité"},
}


class Merged:
    """Records being built from drafts, keyed by normalised symbol, in order of arrival."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.topics: dict[str, dict[str, str]] = {}  # id -> label
        self._seen: dict[tuple[str, str, bool], str] = {}  # (key, lang, is_marc) -> source

    def add(self, draft: Draft, outcome: Outcome, from_marc: bool) -> None:
        key = symbols.normalise(draft.symbol)
        seen = (key, draft.lang, from_marc)
        if seen in self._seen:
            outcome.status = model.DUPLICATE
            outcome.detail = (
                f"{draft.symbol} ({draft.lang}) was already read from {self._seen[seen]}"
            )
            return
        self._seen[seen] = draft.source
        record = self.records.get(key)
        if record is None:
            self.records[key] = record = {"symbol": draft.symbol}
        elif outcome.status == model.IMPORTED:
            outcome.status = model.MERGED
        _merge_draft(record, draft, prefer=not from_marc)
        for label in draft.topics:
            topic_id = topic_key(label)
            self.topics.setdefault(topic_id, {draft.lang: label.capitalize()})
            ids = record.setdefault("topics", [])
            if topic_id not in ids:
                ids.append(topic_id)


def _merge_draft(record: dict[str, Any], draft: Draft, prefer: bool) -> None:
    """Fields of a document win over a catalogue's (``prefer``); texts fill by language."""
    if prefer:  # the document's spelling of its symbol, not the catalogue's
        record["symbol"] = draft.symbol
    for key, value in draft.fields.items():
        if key not in record or prefer:
            record[key] = value
    for key, value in draft.texts.items():
        texts = record.setdefault(key, {})
        if prefer or draft.lang not in texts:
            texts[draft.lang] = value
    for key, items in draft.lists.items():
        record.setdefault(key, {})[draft.lang] = items
    known = {link["url"] for link in record.get("links", [])}
    for link in draft.links:
        if link["url"] not in known:
            record.setdefault("links", []).append(link)
            known.add(link["url"])


def topic_key(label: str) -> str:
    """ "HUMAN RIGHTS ADVANCEMENT" -> "human-rights-advancement" (an identifier)."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:64] or "topic"


def finished(record: dict[str, Any]) -> dict[str, Any]:
    """A record as the file holds it: checks dropped, an official link when none."""
    out = {key: value for key, value in record.items() if key not in INTERNAL_KEYS}
    if not out.get("links"):
        out["links"] = [
            {
                "url": symbols.official_url(out["symbol"]),
                "label": {"en": "Official document", "fr": "Document officiel"},
            }
        ]
    return out


def new_collection(merged: Merged) -> dict[str, Any]:
    """A new collection of the merged records."""
    records = [finished(r) for r in merged.records.values()]
    organs = sorted({r["organ"] for r in records}, key=lambda o: (o != "GA", o)) or ["GA"]
    data: dict[str, Any] = {
        "format": "un-resolutions/1",
        "title": {"en": "Imported resolutions", "fr": "Résolutions importées"},
        "organs": [{"id": o, "name": ORGAN_NAMES.get(o, {"en": o})} for o in organs],
        "resolutions": sorted(records, key=_order),
    }
    if merged.topics:
        data["topics"] = [{"id": k, "label": v} for k, v in merged.topics.items()]
    return data


def _order(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record["organ"], record["date"], record["symbol"])


def add_to(existing: dict[str, Any], merged: Merged) -> tuple[dict[str, Any], int, int]:
    """``existing`` with the merged records added; (data, records added, records updated)."""
    data = dict(existing)
    resolutions = [dict(r) for r in data.get("resolutions", [])]
    index = {symbols.normalise(r["symbol"]): r for r in resolutions if isinstance(r, dict)}
    added = updated = 0
    for key, record in merged.records.items():
        if key in index:
            _merge_into_existing(index[key], finished(record))
            updated += 1
        else:
            resolutions.append(finished(record))
            added += 1
    data["resolutions"] = resolutions
    organ_ids = {o["id"] for o in data.get("organs", [])}
    data["organs"] = list(data.get("organs", [])) + [
        {"id": o, "name": ORGAN_NAMES.get(o, {"en": o})}
        for o in sorted({r["organ"] for r in merged.records.values()} - organ_ids)
    ]
    topic_ids = {t["id"] for t in data.get("topics", [])}
    new_topics = [{"id": k, "label": v} for k, v in merged.topics.items() if k not in topic_ids]
    if new_topics:
        data["topics"] = list(data.get("topics", [])) + new_topics
    return data, added, updated


def _merge_into_existing(target: dict[str, Any], record: dict[str, Any]) -> None:
    """Add what ``target`` lacks; a user's own keys are never replaced."""
    for key, value in record.items():
        if key not in target:
            target[key] = value
        elif key in USER_KEYS or key == "links":
            if key == "links":
                urls = {link.get("url") for link in target[key]}
                target[key] = target[key] + [v for v in value if v.get("url") not in urls]
        elif isinstance(value, dict) and isinstance(target[key], dict):
            target[key] = {**value, **target[key]}  # languages it lacked; its own kept
