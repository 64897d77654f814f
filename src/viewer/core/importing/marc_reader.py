"""UN Digital Library exports in MARC 21 XML, read with pymarc.

Per record: 191 $a the symbol, 245 $a title, 269 $a date, 991 agenda ($b item,
$c its words), 650 $a subjects (topics), 856 $u/$y the files per language. Records that
are not resolutions (drafts, reports, meeting records) are reported with what they are.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from viewer.core.importing import model
from viewer.core.importing.model import Draft, Outcome, ReadResult

RESOLUTION_SYMBOL = re.compile(r"^([A-Z]{1,2})/RES/(\S.*)$")
_LANG_SUFFIX = re.compile(r"-([A-Z]{2})\.pdf$", re.IGNORECASE)
_MARC_LANG = {"eng": "en", "fre": "fr", "fra": "fr"}
LANGUAGE_NAMES = {
    "AR": ("Arabic", "arabe"),
    "ZH": ("Chinese", "chinois"),
    "EN": ("English", "anglais"),
    "FR": ("French", "français"),
    "RU": ("Russian", "russe"),
    "ES": ("Spanish", "espagnol"),
    "DE": ("German", "allemand"),
}


def looks_like_marcxml(head: bytes) -> bool:
    return b"MARC21/slim" in head or (b"<record" in head and b"<datafield" in head)


def read(path: Path, source: str) -> ReadResult:
    import pymarc

    result = ReadResult()
    try:
        records = pymarc.parse_xml_to_array(str(path), strict=False)
    except Exception as error:  # expat and SAX raise several kinds
        result.outcomes.append(Outcome(source, model.DAMAGED, f"not readable MARC XML: {error}"))
        return result
    if not records:
        result.outcomes.append(Outcome(source, model.NOT_RESOLUTION, "no MARC record in it"))
    for index, record in enumerate(records, start=1):
        where = f"{source} record {index}"
        control = record["001"]
        if control is not None and control.data:
            where += f" (#{control.data.strip()})"
        draft, outcome = _record(record, where)
        if draft is not None:
            result.drafts.append(draft)
        result.outcomes.append(outcome)
    return result


def _first(record: Any, tag: str, code: str) -> str | None:
    for field in record.get_fields(tag):
        for value in field.get_subfields(code):
            if value and value.strip():
                return " ".join(value.split())
    return None


def _record(record: Any, where: str) -> tuple[Draft | None, Outcome]:
    symbol = _first(record, "191", "a")
    if symbol is None:
        return None, Outcome(where, model.NOT_RESOLUTION, "no document symbol (191 $a)")
    match = RESOLUTION_SYMBOL.match(symbol)
    if match is None or match.group(1) not in ("A", "S"):
        return None, Outcome(where, model.NOT_RESOLUTION, f"{symbol}: {_what(record)}")
    date = _date(_first(record, "269", "a"))
    if date is None:
        detail = f"{symbol}: no date of adoption (269 $a)"
        return None, Outcome(where, model.NOT_RESOLUTION, detail)
    lang = _MARC_LANG.get(_first(record, "041", "a") or _first(record, "040", "b") or "", "en")
    draft = Draft(symbol=symbol, lang=lang, source=where, catalogue=True)
    organ = "GA" if match.group(1) == "A" else "SC"
    number = re.sub(r"\s*\(\d{4}\)$", "", match.group(2)) if organ == "SC" else match.group(2)
    draft.fields.update(organ=organ, number=number, date=date)
    title = _first(record, "245", "a")
    if title and organ == "GA":
        draft.texts["title"] = title.rstrip(" :/;,.")
    agenda = _first(record, "991", "c")
    if agenda:
        draft.texts["agenda_item"] = agenda.rstrip(" .")
    draft.topics = [
        " ".join(v.split()) for f in record.get_fields("650") for v in f.get_subfields("a")
    ]
    draft.links = _links(record)
    return draft, Outcome(where, model.IMPORTED, symbols=[symbol], lang=lang)


def _what(record: Any) -> str:
    """What a record that is no resolution is: "a revised draft resolution" …"""
    kind = _first(record, "245", "b") or _first(record, "989", "b")
    if kind:
        kind = kind.rstrip(" /:;,.")
        if kind[1:2].islower():  # "Draft resolution" -> "draft resolution"; keep "A/C.3…"
            kind = kind[0].lower() + kind[1:]
        article = "an" if kind[0] in "aeiou" else "a"
        return f"{article} {kind}, not a resolution"
    return "not a resolution"


def _date(value: str | None) -> str | None:
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8:
        return None
    import datetime as dt

    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        return None


def _links(record: Any) -> list[dict[str, Any]]:
    links = []
    for field in record.get_fields("856"):
        urls = field.get_subfields("u")
        if not urls or not urls[0].lower().startswith(("http://", "https://")):
            continue
        suffix = _LANG_SUFFIX.search(urls[0])
        code = suffix.group(1).upper() if suffix else None
        if code is None:
            continue  # a file without a language: a cover, a map; the text is what counts
        if code in LANGUAGE_NAMES:
            en, fr = LANGUAGE_NAMES[code]
        else:
            en = fr = repair_label(next(iter(field.get_subfields("y")), code))
        label = {"en": f"Official document ({en})", "fr": f"Document officiel ({fr})"}
        links.append({"url": urls[0], "label": label})
    return links


def repair_label(text: str) -> str:
    """Undo a double UTF-8 encoding ("FranÃ§ais" -> "Français"); leave anything else."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
