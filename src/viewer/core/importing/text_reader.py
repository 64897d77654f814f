"""Text files: the CR-UNSC corpus layout, and any text that opens as a UN resolution.

CR-UNSC (Fobbe, doi 10.5281/zenodo.7319780) names its files ``S_RES_0687_1991_EN_GOLD.txt``:
the symbol and the language are in the name, the date in the text's header ("of 3 April
1991", "Adopted by the Security Council at its 2981st meeting, on 3 April 1991"). Any
other ``.txt`` is read as the official layout (un_layout.py), which needs its opening.
"""

from __future__ import annotations

import re
from pathlib import Path

from viewer.core.importing import dates, model, un_layout
from viewer.core.importing.model import Draft, Outcome, ReadResult

CR_UNSC_NAME = re.compile(r"^S_RES_(\d{1,4})_(\d{4})_(EN|FR)(?:_[A-Z0-9]+)*$", re.IGNORECASE)
_SC_OPENING = re.compile(r"^\s*(?:The Security Council|Le Conseil de s[ée]curit[ée])\s*,", re.M)
_MEETING = re.compile(
    r"at its (\d+)\s*(?:st|nd|rd|th) meeting|[àa] sa (\d+)\s*(?:e|re|ème) s[ée]ance", re.I
)
_HEADER_NUMBER = re.compile(r"^\s*(?:RESOLUTION\s+|Resolution\s+)?(\d{1,4})\s*\((\d{4})\)", re.M)
# Longer than this, a text file is not a resolution (the biggest are some 200 pages).
MAX_TEXT_BYTES = 8 * 1024 * 1024


def read(path: Path, source: str) -> ReadResult:
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            return _skip(source, model.NOT_RESOLUTION, "too large for a resolution's text")
        raw = path.read_bytes()
    except OSError as error:
        return _skip(source, model.UNREADABLE, error.strerror or str(error))
    text = _decode(raw)
    if text is None:
        return _skip(source, model.NOT_RESOLUTION, "not text (binary content)")
    name = CR_UNSC_NAME.match(path.stem)
    try:
        draft = _cr_unsc(text, name, source) if name else un_layout.read_pages([text], source)
    except un_layout.NotAResolutionError as error:
        return _skip(source, model.NOT_RESOLUTION, str(error))
    outcome = Outcome(source, model.IMPORTED, symbols=[draft.symbol], lang=draft.lang)
    if name:
        outcome.detail = _header_mismatch(draft)
    return ReadResult([draft], [outcome])


def _header_mismatch(draft: Draft) -> str:
    """A warning when the text's header names another resolution than the file's name
    (CR-UNSC's file for 542 holds the text of 538): imported, but said."""
    text = draft.texts.get("text", "")
    opening = _SC_OPENING.search(text)
    match = _HEADER_NUMBER.search(text[: opening.start()] if opening else text[:200])
    if match and match.group(1) != draft.fields["number"]:
        return f"warning: its text is headed resolution {match.group(1)} ({match.group(2)})"
    return ""


def _decode(raw: bytes) -> str | None:
    if b"\x00" in raw[:4096]:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # older corpora are Windows-1252


def _cr_unsc(text: str, name: re.Match[str], source: str) -> Draft:
    number, year, lang = str(int(name.group(1))), name.group(2), name.group(3).lower()
    text = text.replace("\r\n", "\n").strip()
    opening = _SC_OPENING.search(text)
    header = text[: opening.start()] if opening else text[:400]
    date = dates.parse_loose(header)
    if date is None:
        raise un_layout.NotAResolutionError("no date of adoption in the text's header")
    draft = Draft(symbol=f"S/RES/{number} ({year})", lang=lang, source=source)
    draft.fields.update(organ="SC", number=number, date=date.isoformat())
    meeting = _MEETING.search(header)
    if meeting:
        draft.fields["meeting"] = meeting.group(1) or meeting.group(2)
    if text:
        draft.texts["text"] = text
    return draft


def _skip(source: str, status: str, detail: str) -> ReadResult:
    return ReadResult([], [Outcome(source, status, detail)])
