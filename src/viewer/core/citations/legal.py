"""The legal and UN styles: United Nations usage (English, French), OSCOLA, the Bluebook.

Each cites the whole resolution or, given a pinpoint, a paragraph of it. Where each form
comes from is written next to its function; the worked examples are in
../shared/facts.md ("How these documents are cited").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from viewer.core import dates
from viewer.core.citations.base import Citation, Cited, Link, Naming, compose, prefixed
from viewer.core.pinpoint import LocatorForm

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

# The Bluebook's table T12 month abbreviations; MLA 9 abbreviates months the same way.
SHORT_MONTHS = (
    *("Jan.", "Feb.", "Mar.", "Apr.", "May", "June"),
    *("July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."),
)


# --- un: United Nations usage -------------------------------------------------------
# UN Editorial Manual, "Resolutions and other formal decisions of United Nations organs",
# I.A: resolutions "are identified by the name of the issuing body, written in full, and
# a number"; titles "are not used for purposes of identification" (so no title here).
# Dates follow as the resolutions themselves write them: "resolutions 1261 (1999) of
# 25 August 1999" (S/RES/1325 (2000)); in French "la résolution 2394 (2017) du
# 21 décembre 2017" (A/RES/72/298). With the organ named between number and date,
# French writes "en date du" so that two "du" do not follow each other.
# A paragraph is named before the resolution, as resolutions name them: "paragraph 5 of
# Security Council resolution 2396 (2017)", "paragraphs 2 and 3", "paragraphs 4 to 6",
# "paragraph 8 (a)"; in French "paragraphe 5 de la résolution 2396 (2017)",
# "paragraphes 4 à 6", "paragraphe 8 a)" (French writes sub-paragraphs a), i): Editorial
# Manual, "Paragraphs and subparagraphs").

UN_EN = Naming({"GA": "General Assembly", "SC": "Security Council"})
# The article a French organ name takes, by its first word (masculine: du; feminine: de la).
_FR_ARTICLE = {
    "Conseil": "du",
    "Comité": "du",
    "Secrétariat": "du",
    "Commission": "de la",
    "Conférence": "de la",
    "Cour": "de la",
}


def french_of(name: str) -> str:
    """ "de l’Assemblée générale", "du Conseil …", "de la Commission …"."""
    if name[:1].lower() in "aàâeéèêiîoôuh":
        return f"de l’{name}"
    article = _FR_ARTICLE.get(name.split(" ", 1)[0])
    return f"{article} {name}" if article else f"de {name}"


UN_FR = Naming(
    {"GA": "de l’Assemblée générale", "SC": "du Conseil de sécurité"}, french_of, lang="fr"
)
UN_LOCATOR = LocatorForm("paragraph", "paragraphs", " to ", ", ", " and ", label_space=True)
UN_LOCATOR_FR = LocatorForm("paragraphe", "paragraphes", " à ", ", ", " et ", french_labels=True)


def un_style(cited: Cited) -> Citation:
    res, pinpoint = cited.res, cited.pinpoint
    if cited.lang == "fr":
        where = f"{pinpoint.render(UN_LOCATOR_FR)} de la " if pinpoint else ""
        day = dates.long_date(res.date, "fr")
        return compose(
            where,
            Link(f"résolution {cited.designation}", cited.url),
            f" {UN_FR(cited)} en date du {day}",
        )
    where = f"{pinpoint.render(UN_LOCATOR)} of " if pinpoint else ""
    return compose(
        f"{where}{UN_EN(cited)} ",
        Link(f"resolution {cited.designation}", cited.url),
        f" of {dates.long_date(res.date, 'en')}",
    )


def un_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # The Editorial Manual takes the organs in the Charter's order (GA, SC, ECOSOC);
    # the collection lists its organs in that order too. Then by number, i.e. by date.
    ids = [o.id for o in collection.organs] if collection is not None else ["GA", "SC"]
    rank = ids.index(res.organ) if res.organ in ids else len(ids)
    return (rank, res.organ, res.date, res.key)


# --- oscola: OSCOLA 4th edition -------------------------------------------------------
# OSCOLA 4th ed., United Nations documents: resolutions (worked examples in facts.md):
#   UNSC Res 1373 (28 September 2001) UN Doc S/RES/1373
#   UNGA Res 51/210 (17 December 1996) UN Doc A/RES/51/210
# The UN Doc symbol of an SC resolution drops the year, as the example does. No title
# (the examples carry none), no French form. A pinpoint follows the citation after a
# comma, as OSCOLA's pinpoints to paragraphs of other materials: ", para 5",
# ", paras 5–7" (en dash), ", para 8(a)"; this is what biblatex-oscola prints for
# \footcite[5]{key} when the entry says pagination = {paragraph}.

OSCOLA = Naming({"GA": "UNGA", "SC": "UNSC"}, prefixed("UN "))
OSCOLA_LOCATOR = LocatorForm("para", "paras")


def oscola(cited: Cited) -> Citation:
    day = dates.long_date(cited.res.date, "en")
    tail = f", {cited.pinpoint.render(OSCOLA_LOCATOR)}" if cited.pinpoint else ""
    return compose(
        f"{OSCOLA(cited)} Res {cited.res.number} ({day}) UN Doc ",
        Link(cited.short_symbol, cited.url),
        tail,
    )


def oscola_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # An OSCOLA list of materials is alphabetical: UNGA before UNSC, then by date.
    return (OSCOLA(Cited(res, "en", collection)), res.date, res.key)


# --- bluebook: The Bluebook, rule 21.7 ------------------------------------------------
# Rule 21.7 (United Nations materials), resolutions (worked examples in facts.md):
#   S.C. Res. 1325, ¶ 8, U.N. Doc. S/RES/1325 (Oct. 31, 2000)
#   G.A. Res. 62/228, ¶ 35, U.N. Doc. A/RES/62/228 (Dec. 22, 2007)
# Without a pinpoint the ¶ part goes; several paragraphs take ¶¶ and an en dash or commas
# (rule 3.3(b): "¶¶ 5–7", "¶¶ 5, 7"). Months as table T12 abbreviates them. The rule's
# examples are in roman type throughout: the Bluebook keeps large-and-small capitals for
# (law-review) book authors and titles and periodical names (rule 2), so none here.

BLUEBOOK = Naming({"GA": "G.A.", "SC": "S.C."})
BLUEBOOK_LOCATOR = LocatorForm("¶", "¶¶")


def bluebook_date(day: dt.date) -> str:
    return f"{SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}"


def bluebook(cited: Cited) -> Citation:
    where = f", {cited.pinpoint.render(BLUEBOOK_LOCATOR)}" if cited.pinpoint else ""
    return compose(
        f"{BLUEBOOK(cited)} Res. {cited.res.number}{where}, U.N. Doc. ",
        Link(cited.short_symbol, cited.url),
        f" ({bluebook_date(cited.res.date)})",
    )
