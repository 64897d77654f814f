"""The file formats a reference manager or LaTeX reads: BibTeX (biblatex-oscola), RIS,
CSL-JSON. Each format also says how several entries make one file (its join)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from viewer.core.citations.base import Citation, Cited, clean, preformatted
from viewer.core.citations.legal import OSCOLA, OSCOLA_LOCATOR
from viewer.core.pinpoint import LocatorForm

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution
    from viewer.core.pinpoint import Pinpoint

_BIBLATEX_NUMBERS = LocatorForm("", "", to="--")  # TeX's en dash


def join_blocks(citations: Sequence[Citation]) -> Citation:
    """BibTeX and RIS: entries separated by a blank line, one preformatted block."""
    return preformatted("\n\n".join(c.text for c in citations))


# --- bibtex: biblatex-oscola ------------------------------------------------------------
# biblatex-oscola's UN documents: @misc with entrysubtype = {undoc}, the body in
# `institution`, "Res N" in `instrument_no`, the symbol in `doc_no` ("UN~Doc …", the tie
# keeping the two words together) — the same parts as the OSCOLA citation. Keys are the
# body and the number, which a symbol makes unique: unga-res-71-19, unsc-res-2396-2017.
# What biblatex-oscola prints must be what the app's OSCOLA prints (a test typesets it):
# - `pagination = {paragraph}`: \footcite[5]{key} prints ", para 5", [5--7] "paras 5–7";
# - `options = {url=false}`: the URL stays in the data, unprinted (OSCOLA prints none);
# - a GA title goes in `indextitle`, not `title`: biblatex-oscola prints a title before
#   the body ("Title, UNGA Res …"), which OSCOLA's pattern for resolutions does not.
# With a pinpoint, a comment line before the entry gives the \footcite that cites it.

_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_SPECIAL = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIALS))


def bibtex_escape(text: str) -> str:
    """A value that BibTeX reads back as the same text: specials escaped, braces balanced."""
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_SPECIALS[m.group(0)], clean(text))


def citation_key(res: Resolution, collection: Collection | None = None) -> str:
    """A stable key, unique per symbol: "unga-res-71-19", "unsc-res-2396-2017"."""
    body = OSCOLA(Cited(res, "en", collection))
    key = res.key
    tail = key.split("RES/", 1)[1] if "RES/" in key else key
    return re.sub(r"[^a-z0-9]+", "-", f"{body}-res-{tail}".lower()).strip("-")


def biblatex_postnote(pinpoint: Pinpoint) -> str:
    """The postnote of \\footcite[…]{key} that makes biblatex-oscola print the pinpoint.

    biblatex puts "para"/"paras" (the entry's pagination) before what it reads as numbers
    ("5", "5--7", "5, 7") but not before "8(a)", which must name the word itself."""
    numbers = pinpoint.numbers(_BIBLATEX_NUMBERS)
    if pinpoint.has_labels:
        return f"{OSCOLA_LOCATOR.plural if pinpoint.plural else OSCOLA_LOCATOR.singular} {numbers}"
    return numbers


def bibtex(cited: Cited) -> Citation:
    res = cited.res
    fields = [("institution", bibtex_escape(OSCOLA(cited)))]
    if cited.title:
        fields.append(("indextitle", bibtex_escape(cited.title)))
    fields += [
        ("instrument_no", f"Res {bibtex_escape(res.number)}"),
        ("date", res.date.isoformat()),
        ("doc_no", f"UN~Doc {bibtex_escape(cited.short_symbol)}"),
        ("entrysubtype", "undoc"),
        ("pagination", "paragraph"),
        # biblatex reads url verbatim: escaping would corrupt it.
        ("url", cited.url),
        ("options", "url=false"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    key = citation_key(res, cited.collection)
    text = f"@misc{{{key},\n{body}\n}}"
    if cited.pinpoint is not None:
        text = f"% \\footcite[{biblatex_postnote(cited.pinpoint)}]{{{key}}}\n{text}"
    return preformatted(text)


# --- ris: RIS -----------------------------------------------------------------------------
# No UN-specific RIS rule is published; TY GOVDOC is the usual type, which Zotero
# imports as a report. Each tag as Zotero reads it for a report: AU author (the organ,
# one name), TI title, PY year, DA date (YYYY/MM/DD), SN report number (the symbol),
# M3 report type, PB institution, UR URL. Lines end with LF here; the RIS specification's
# CRLF is what a text-mode stream on Windows writes; readers such as rispy take both.
# RIS has no locator: SP/EP are pages, and a paragraph there would be read as one; so a
# pinpoint changes nothing in RIS (an entry describes the document, not a place in it).

_FULL = {"GA": "United Nations General Assembly", "SC": "United Nations Security Council"}


def full_body(cited: Cited) -> str:
    if cited.res.organ in _FULL:
        return _FULL[cited.res.organ]
    name = cited.organ_name()
    return name if name.startswith("United Nations") else f"United Nations {name}"


def catalogue_title(cited: Cited) -> str:
    """What stands as the title in RIS and CSL-JSON: GA, its title; SC resolutions bear
    none (Editorial Manual, II.B), so the heading the document prints, "Resolution 2396
    (2017)"."""
    return cited.title or f"Resolution {cited.designation}"


def ris(cited: Cited) -> Citation:
    day = cited.res.date
    lines = [
        ("TY", "GOVDOC"),
        ("AU", full_body(cited)),
        ("TI", catalogue_title(cited)),
        ("PY", f"{day.year:04d}"),
        ("DA", f"{day.year:04d}/{day.month:02d}/{day.day:02d}"),
        ("SN", cited.res.symbol),
        ("M3", "Resolution"),
        ("PB", "United Nations"),
        ("UR", cited.url),
    ]
    text = "\n".join([*(f"{tag}  - {clean(value)}" for tag, value in lines), "ER  - "])
    return preformatted(text)


# --- csl-json: CSL 1.0.2 input data ------------------------------------------------------
# Type "report", as RIS GOVDOC maps to it, so Zotero imports a report: a literal author
# (a single-field name), the symbol as `number` (Report Number), `genre` (Report Type),
# `publisher` (Institution). One item is still an array: the CSL-JSON file form that
# reference managers import and the schema describes. CSL item data has no locator: in
# CSL a locator ("locator": "5", "label": "paragraph") belongs to a citation of an item,
# which the word processor's plug-in makes, so a pinpoint changes nothing in the item.


def csl_item(cited: Cited) -> dict[str, Any]:
    res = cited.res
    return {
        "id": citation_key(res, cited.collection),
        "type": "report",
        "title": catalogue_title(cited),
        "author": [{"literal": full_body(cited)}],
        "genre": "Resolution",
        "number": res.symbol,
        "publisher": "United Nations",
        "issued": {"date-parts": [[res.date.year, res.date.month, res.date.day]]},
        "URL": cited.url,
    }


def csl_text(items: list[dict[str, Any]]) -> Citation:
    return preformatted(json.dumps(items, ensure_ascii=False, indent=2))


def csl_json(cited: Cited) -> Citation:
    return csl_text([csl_item(cited)])


def join_csl(citations: Sequence[Citation]) -> Citation:
    """CSL-JSON: one array of all the items."""
    return csl_text([item for c in citations for item in json.loads(c.text)])


def date_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # A reference manager sorts for itself: a file lists its items by date of adoption.
    return (res.date, res.key)
