"""APA, Chicago and MLA: the general guides, which know no UN resolution.

None of the three has a rule for UN resolutions (facts.md): each cites them as documents
of an intergovernmental body, by the rule written next to its function. A Security
Council resolution bears no title (Editorial Manual, II.B), so it is identified by a
description, set as each guide sets descriptions of untitled works: never in italics.
Where the symbol follows a description that already gives the year, it is written
without its year (S/RES/2396, as OSCOLA and the Bluebook write it), so that no citation
says "(S/RES/2178 (2014))".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from viewer.core import dates
from viewer.core.citations.base import (
    Citation,
    Cited,
    Italic,
    Link,
    Naming,
    Piece,
    compose,
    prefixed,
    title_sort,
)
from viewer.core.citations.legal import SHORT_MONTHS
from viewer.core.citations.titles import chicago_title, mla_title
from viewer.core.pinpoint import LocatorForm

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution


def _symbol(cited: Cited) -> str:
    """The symbol as a document number: whole after a title, without the year after a
    description that gives it."""
    return cited.res.symbol if cited.title else cited.short_symbol


# --- apa: APA Publication Manual, 7th edition -----------------------------------------
# A document of an intergovernmental organisation is cited as a report by a group author
# (APA 7 §10.4, "Report by a group author"):
#   Group Author. (Year). *Title in sentence case* (Report No.). URL
# The organ, named in full with its parent ("United Nations General Assembly"), is the
# author; the publisher is left out because the author already names it; the symbol is
# the report number; the date of a report is its year. UN titles are already in sentence
# case and keep their capitals. An entry that ends with a URL takes no period.
# Untitled (SC): APA 7 ch. 9, missing title: "a description of the work in square
# brackets" in place of the title, in roman: [Resolution 2396] (S/RES/2396); the year is
# the date element already.
# A paragraph is never located in the reference entry but in the in-text citation
# (APA 7 §8.28, works without page numbers: "para." or "paras."), so a pinpoint gives
# the in-text citation: (United Nations Security Council, 2017, para. 5). The letter
# that tells apart one author's works of one year (2017a) depends on the reader's whole
# reference list, which the app does not know: it is not added.

APA = Naming(
    {"GA": "United Nations General Assembly", "SC": "United Nations Security Council"},
    prefixed("United Nations "),
)
APA_LOCATOR = LocatorForm("para.", "paras.")


def _apa_title(cited: Cited) -> Piece:
    return Italic(cited.title) if cited.title else f"[Resolution {cited.res.number}]"


def apa(cited: Cited) -> Citation:
    author, year = APA(cited), cited.res.date.year
    if cited.pinpoint is not None:
        where = cited.pinpoint.render(APA_LOCATOR)
        return compose("(", Link(f"{author}, {year}", cited.url), f", {where})")
    return compose(
        f"{author}. ({year}). ",
        _apa_title(cited),
        f" ({_symbol(cited)}). ",
        Link(cited.url, cited.url),
    )


def apa_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # Reference list: alphabetical by author; one author's works by year, oldest first.
    return (APA(Cited(res, "en", collection)).casefold(), res.date, res.key)


# --- chicago: The Chicago Manual of Style, 17th edition, notes and bibliography ---------
# CMOS 17 §14.305 (publications of international bodies): identify the authorizing body,
# the title of the document, its publication number and its date; "UN" may stand for
# United Nations. Note elements are separated by commas, bibliography elements by
# periods (§§14.20-14.21); titles in headline style (§8.159) and in italics; dates
# written out, "November 21, 2016"; the URL last.
#   Note:  UN General Assembly, *Title*, A/RES/71/19, November 21, 2016, https://…
#   Entry: UN General Assembly. *Title*. A/RES/71/19. November 21, 2016. https://…
# Untitled (SC): a descriptive title stands in roman, capitalised sentence-style, without
# quotation marks (as Chicago sets generic titles): "Resolution 2396 (2017)", the
# heading the document itself bears. A pinpoint goes in the note, after the date and
# before the URL (§14.22, locators): "para. 5", "paras. 5–7" (Chicago's abbreviations).
# The bibliography is alphabetical by authorizing body, then by title.

CHICAGO = Naming(
    {"GA": "UN General Assembly", "SC": "UN Security Council"}, prefixed("UN ", "United Nations")
)
CHICAGO_LOCATOR = LocatorForm("para.", "paras.")


def chicago_date(day: dt.date) -> str:
    return f"{dates.MONTHS['en'][day.month - 1]} {day.day}, {day.year}"


def _chicago_title(cited: Cited) -> Piece:
    return Italic(chicago_title(cited.title)) if cited.title else f"Resolution {cited.designation}"


def _chicago(cited: Cited, sep: str) -> Citation:
    rest = [_symbol(cited), chicago_date(cited.res.date)]
    if cited.pinpoint is not None and sep == ",":
        rest.append(cited.pinpoint.render(CHICAGO_LOCATOR))
    middle = "".join(f"{sep} {part}" for part in rest)
    return compose(
        f"{CHICAGO(cited)}{sep} ",
        _chicago_title(cited),
        f"{middle}{sep} ",
        Link(cited.url, cited.url),
        ".",
    )


def chicago_note(cited: Cited) -> Citation:
    return _chicago(cited, ",")


def chicago_entry(cited: Cited) -> Citation:
    return _chicago(cited, ".")


def chicago_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    cited = Cited(res, "en", collection)
    title = title_sort(cited.title or f"Resolution {cited.designation}")
    return (CHICAGO(cited).casefold(), title, res.date, res.key)


# --- mla: MLA Handbook, 9th edition ----------------------------------------------------
# MLA 9 §5.20 (government authors): the names go from the larger body to the smaller,
# separated by commas: "United Nations, General Assembly". The title in italics and in
# title case; the symbol as the number element; the date day-month-year with the
# abbreviated month; the URL without "https://". No publisher element: the United
# Nations, which publishes the document, is already the author. Works cited are
# alphabetical by author, then by title.
#   United Nations, General Assembly. *Title*. A/RES/71/19, 21 Nov. 2016, undocs.org/…
# Untitled (SC): MLA 9's description in place of a title, "neither italicized nor
# enclosed in quotation marks", first word capitalised: Resolution 2396 (2017).
# A paragraph is located in the in-text citation, not in the works-cited entry: author,
# a short title (one author has many resolutions), then "par." or "pars." after a comma
# (MLA 9, numbered paragraphs): (United Nations, Security Council, Resolution 2396, par. 5).

MLA = Naming(
    {"GA": "United Nations, General Assembly", "SC": "United Nations, Security Council"},
    prefixed("United Nations, "),
)
MLA_LOCATOR = LocatorForm("par.", "pars.")


def mla_date(day: dt.date) -> str:
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def mla(cited: Cited) -> Citation:
    author = MLA(cited)
    if cited.pinpoint is not None:
        short: Piece = (
            Italic(mla_title(cited.title)) if cited.title else f"Resolution {cited.res.number}"
        )
        where = cited.pinpoint.render(MLA_LOCATOR)
        return compose("(", Link(author, cited.url), ", ", short, f", {where})")
    title: Piece = (
        Italic(mla_title(cited.title)) if cited.title else f"Resolution {cited.designation}"
    )
    url = re.sub(r"^https?://", "", cited.url)
    return compose(
        f"{author}. ",
        title,
        f". {_symbol(cited)}, {mla_date(cited.res.date)}, ",
        Link(url, cited.url),
        ".",
    )


def mla_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    cited = Cited(res, "en", collection)
    title = title_sort(cited.title or f"Resolution {cited.designation}")
    return (MLA(cited).casefold(), title, res.date, res.key)
