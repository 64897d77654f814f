"""Citations of a resolution, each style exactly as its guide prints it.

A style is a small pure function ``(resolution, language, collection) -> Citation``: the
plain text and the HTML (data escaped; italics where the style italicises a title). The
``STYLES`` registry, in display order, is what the window's menu and ``cite --style``
both read. Only facts in the record are used: symbol, organ, number, date, title.

Where each form comes from is written next to its function. The worked examples and
their sources are in ../shared/facts.md ("How these documents are cited").
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from viewer.core import dates, symbols

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution


@dataclass(frozen=True)
class Citation:
    """One citation (or a joined bibliography) as plain text and as HTML."""

    text: str
    html: str


Formatter = Callable[["Resolution", str, "Collection | None"], Citation]
OrderKey = Callable[["Resolution", "Collection | None"], tuple[Any, ...]]


@dataclass(frozen=True)
class Style:
    id: str
    name: str  # English display name
    names: Mapping[str, str]  # display name per interface language
    has_french: bool  # False: --lang fr gives the English form
    format: Formatter  # one citation (Chicago: the full note)
    order: OrderKey  # sort key of a bibliography, in the style's order
    entry: Formatter | None = None  # bibliography entry, where it differs from `format`
    data: bool = False  # a file format (BibTeX, RIS, CSL-JSON) rather than prose
    extension: str | None = None  # file suffix for a data format

    def display_name(self, lang: str) -> str:
        return self.names.get(lang, self.name)


# --- shared pieces -----------------------------------------------------------------

# The Bluebook's table T12 month abbreviations; MLA 9 abbreviates months the same way.
SHORT_MONTHS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

_YEAR_SUFFIX = re.compile(r"\s*\((\d{4})\)\s*$")
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    """One line: a citation never carries the record's line breaks."""
    return _SPACES.sub(" ", text).strip()


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _plain(text: str) -> Citation:
    """A citation without italics: the HTML is the escaped text."""
    return Citation(text, _esc(text))


def _symbol_year(res: Resolution) -> str | None:
    match = _YEAR_SUFFIX.search(res.symbol)
    return match.group(1) if match else None


def _designation(res: Resolution) -> str:
    """How the UN names the resolution: "71/19"; an SC resolution's year follows its
    number in parentheses, "2396 (2017)" (Editorial Manual; facts.md)."""
    year = _symbol_year(res)
    if year and not res.number.rstrip().endswith(f"({year})"):
        return f"{res.number} ({year})"
    return res.number


def _symbol_without_year(res: Resolution) -> str:
    """The UN Doc symbol as OSCOLA and the Bluebook print it: S/RES/2396, no year."""
    return symbols.without_year(res.symbol)


def _organ_name(res: Resolution, collection: Collection | None, lang: str = "en") -> str:
    """The organ's own name from the collection, for organs no style table knows."""
    organ = collection.organ(res.organ) if collection is not None else None
    return organ.name.get(lang) if organ is not None else res.organ


def _title(res: Resolution) -> str | None:
    """The GA title (English is the only official language the data has)."""
    return _clean(res.title.get("en")) if res.title is not None else None


def _catalogue_title(res: Resolution) -> str:
    """What stands as the title in APA, Chicago, MLA, RIS and CSL-JSON.

    GA: its title. SC resolutions bear no title (Editorial Manual, II.B), so the
    heading printed at the top of the document itself, "Resolution 2396 (2017)",
    takes its place.
    """
    return _title(res) or f"Resolution {_designation(res)}"


def _url(res: Resolution) -> str:
    return symbols.official_url(res.symbol)


_ARTICLES = ("a ", "an ", "the ")


def _title_sort(title: str) -> str:
    """Alphabetical order of titles, an initial article ignored (Chicago, MLA)."""
    folded = title.casefold()
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


# --- title case (Chicago and MLA capitalise titles; APA keeps sentence case) ----------

_PREPOSITIONS = frozenset(
    {
        *("about", "above", "across", "after", "against", "along", "among", "around", "at"),
        *("before", "behind", "below", "beneath", "beside", "besides", "between", "beyond"),
        *("by", "concerning", "despite", "down", "during", "except", "from", "in", "inside"),
        *("into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over"),
        *("past", "per", "regarding", "since", "through", "throughout", "toward", "towards"),
        *("under", "underneath", "until", "up", "upon", "via", "with", "within", "without"),
    }
)
# CMOS 17 §8.159: lowercase articles, prepositions, and/but/for/or/nor, "to", "as".
_CHICAGO_MINOR = _PREPOSITIONS | {"a", "an", "the", "and", "but", "for", "or", "nor", "to", "as"}
# MLA 9 title case: lowercase articles, prepositions, coordinating conjunctions
# (and, but, for, nor, or, so, yet) and the "to" of infinitives.
_MLA_MINOR = _PREPOSITIONS | {"a", "an", "the", "and", "but", "for", "nor", "or", "so", "yet", "to"}
# CMOS 17 §8.161: after such a prefix, the second part of a hyphenated word stays lowercase.
_CHICAGO_PREFIXES = frozenset(
    {
        *("anti", "co", "counter", "extra", "inter", "intra", "multi", "non", "over", "post"),
        *("pre", "pro", "re", "semi", "sub", "super", "trans", "un", "under"),
    }
)


def _title_case(title: str, minor: frozenset[str], prefixes: frozenset[str]) -> str:
    """Capitalise the principal words; words already capitalised (INTERPOL) stay as are."""
    tokens = re.split(r"(\s+)", title)
    words = [i for i, token in enumerate(tokens) if token.strip()]
    out = list(tokens)
    after_colon = True  # the first word, and the first after a colon, are capitalised
    for position, index in enumerate(words):
        token = tokens[index]
        force = after_colon or position == len(words) - 1
        out[index] = _case_word(token, minor, prefixes, force)
        after_colon = token.endswith(":")
    return "".join(out)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _case_word(token: str, minor: frozenset[str], prefixes: frozenset[str], force: bool) -> str:
    match = re.match(r"^(\W*)(.*?)(\W*)$", token)
    if match is None:  # pragma: no cover - the pattern matches every string
        return token
    lead, core, trail = match.groups()
    parts = core.split("-")
    cased = []
    for i, part in enumerate(parts):
        if not (part.islower() and _WORD.fullmatch(part)):
            cased.append(part)  # INTERPOL, e-mail addresses, symbols: as written
        elif i == 0:
            cased.append(part if (part in minor and not force) else _upper_first(part))
        elif part in minor or parts[0].lower() in prefixes:
            cased.append(part)
        else:
            cased.append(_upper_first(part))
    return lead + "-".join(cased) + trail


def _upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def chicago_title(title: str) -> str:
    return _title_case(title, _CHICAGO_MINOR, _CHICAGO_PREFIXES)


def mla_title(title: str) -> str:
    return _title_case(title, _MLA_MINOR, frozenset())


# --- un: United Nations usage -------------------------------------------------------
# UN Editorial Manual, "Resolutions and other formal decisions of United Nations organs",
# I.A: resolutions "are identified by the name of the issuing body, written in full, and
# a number"; titles "are not used for purposes of identification" (so no title here).
# Dates follow as the resolutions themselves write them: "resolutions 1261 (1999) of
# 25 August 1999" (S/RES/1325 (2000)); in French "la résolution 2394 (2017) du
# 21 décembre 2017" (A/RES/72/298). With the organ named between number and date,
# French writes "en date du" so that two "du" do not follow each other.

_UN_EN = {"GA": "General Assembly", "SC": "Security Council"}
_UN_FR = {"GA": "de l’Assemblée générale", "SC": "du Conseil de sécurité"}
# The article a French organ name takes, by its first word (masculine: du; feminine: de la).
_FR_ARTICLE = {
    "Conseil": "du",
    "Comité": "du",
    "Secrétariat": "du",
    "Commission": "de la",
    "Conférence": "de la",
    "Cour": "de la",
}


def _french_of(name: str) -> str:
    """ "de l’Assemblée générale", "du Conseil …", "de la Commission …"."""
    if name[:1].lower() in "aàâeéèêiîoôuh":
        return f"de l’{name}"
    article = _FR_ARTICLE.get(name.split(" ", 1)[0])
    return f"{article} {name}" if article else f"de {name}"


def un_style(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    if lang == "fr":
        organ = _UN_FR.get(res.organ) or _french_of(_organ_name(res, collection, "fr"))
        day = dates.long_date(res.date, "fr")
        return _plain(f"résolution {_designation(res)} {organ} en date du {day}")
    organ = _UN_EN.get(res.organ) or _organ_name(res, collection, "en")
    return _plain(f"{organ} resolution {_designation(res)} of {dates.long_date(res.date, 'en')}")


def _un_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # The Editorial Manual takes the organs in the Charter's order (GA, SC, ECOSOC);
    # the collection lists its organs in that order too. Then by number, i.e. by date.
    ids = [o.id for o in collection.organs] if collection is not None else list(_UN_EN)
    rank = ids.index(res.organ) if res.organ in ids else len(ids)
    return (rank, res.organ, res.date, res.key)


# --- oscola: OSCOLA 4th edition -------------------------------------------------------
# OSCOLA 4th ed., United Nations documents: resolutions (worked examples in facts.md):
#   UNSC Res 1373 (28 September 2001) UN Doc S/RES/1373
#   UNGA Res 51/210 (17 December 1996) UN Doc A/RES/51/210
# The UN Doc symbol of an SC resolution drops the year, as the example does. No title
# (the examples carry none), no French form.

_OSCOLA = {"GA": "UNGA", "SC": "UNSC"}


def _oscola_body(res: Resolution, collection: Collection | None) -> str:
    return _OSCOLA.get(res.organ) or f"UN {_organ_name(res, collection)}"


def oscola(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    body = _oscola_body(res, collection)
    day = dates.long_date(res.date, "en")
    return _plain(f"{body} Res {res.number} ({day}) UN Doc {_symbol_without_year(res)}")


def _oscola_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # An OSCOLA list of materials is alphabetical: UNGA before UNSC, then by date.
    return (_oscola_body(res, collection), res.date, res.key)


# --- bluebook: The Bluebook, rule 21.7 ------------------------------------------------
# Rule 21.7 (United Nations materials), resolutions (worked examples in facts.md):
#   S.C. Res. 1325, ¶ 8, U.N. Doc. S/RES/1325 (Oct. 31, 2000)
#   G.A. Res. 62/228, ¶ 35, U.N. Doc. A/RES/62/228 (Dec. 22, 2007)
# Without a pinpoint the ¶ part goes. Months as table T12 abbreviates them. The rule's
# examples are in roman type throughout: the Bluebook keeps large-and-small capitals for
# (law-review) book authors and titles and periodical names (rule 2), so none here.

_BLUEBOOK = {"GA": "G.A.", "SC": "S.C."}


def bluebook_date(day: dt.date) -> str:
    return f"{SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _bluebook_body(res: Resolution, collection: Collection | None) -> str:
    return _BLUEBOOK.get(res.organ) or _organ_name(res, collection)


def bluebook(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    body = _bluebook_body(res, collection)
    doc = _symbol_without_year(res)
    return _plain(f"{body} Res. {res.number}, U.N. Doc. {doc} ({bluebook_date(res.date)})")


# --- apa: APA Publication Manual, 7th edition -----------------------------------------
# APA 7 has no rule for UN resolutions; an intergovernmental organisation's document is
# cited as a report by a group author (APA 7 §10.4, "Report by a group author"):
#   Group Author. (Year). *Title in sentence case* (Report No.). URL
# The organ, named in full with its parent ("United Nations General Assembly"), is the
# author; the publisher is left out because the author already names it; the symbol is
# the report number; the date of a report is its year. UN titles are already in
# sentence case and keep their capitals. An entry that ends with a URL takes no period.

_FULL = {"GA": "United Nations General Assembly", "SC": "United Nations Security Council"}


def _full_body(res: Resolution, collection: Collection | None) -> str:
    if res.organ in _FULL:
        return _FULL[res.organ]
    name = _organ_name(res, collection)
    return name if name.startswith("United Nations") else f"United Nations {name}"


def apa(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    author = _full_body(res, collection)
    title = _catalogue_title(res)
    head = f"{author}. ({res.date.year}). "
    tail = f" ({res.symbol}). {_url(res)}"
    return Citation(head + title + tail, _esc(head) + f"<i>{_esc(title)}</i>" + _esc(tail))


def _apa_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # Reference list: alphabetical by author; one author's works by year, oldest first.
    return (_full_body(res, collection).casefold(), res.date, res.key)


# --- chicago: The Chicago Manual of Style, 17th edition, notes and bibliography ---------
# CMOS 17 §14.305 (publications of international bodies): identify the authorizing body,
# the title of the document, its publication number and its date; "UN" may stand for
# United Nations. Note elements are separated by commas, bibliography elements by
# periods (§§14.20-14.21); titles in headline style (§8.159) and in italics; dates
# written out, "November 21, 2016"; the URL last.
#   Note:  UN General Assembly, *Title*, A/RES/71/19, November 21, 2016, https://…
#   Entry: UN General Assembly. *Title*. A/RES/71/19. November 21, 2016. https://…
# The bibliography is alphabetical by authorizing body, then by title.

_CHICAGO = {"GA": "UN General Assembly", "SC": "UN Security Council"}


def chicago_date(day: dt.date) -> str:
    return f"{dates.MONTHS['en'][day.month - 1]} {day.day}, {day.year}"


def _chicago_body(res: Resolution, collection: Collection | None) -> str:
    if res.organ in _CHICAGO:
        return _CHICAGO[res.organ]
    name = _organ_name(res, collection)
    return name if name.startswith(("UN ", "United Nations")) else f"UN {name}"


def _chicago(res: Resolution, collection: Collection | None, sep: str) -> Citation:
    body = _chicago_body(res, collection)
    title = chicago_title(_catalogue_title(res))
    rest = [res.symbol, chicago_date(res.date), _url(res)]
    head = f"{body}{sep} "
    tail = sep + " " + f"{sep} ".join(rest) + "."
    return Citation(head + title + tail, _esc(head) + f"<i>{_esc(title)}</i>" + _esc(tail))


def chicago_note(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    return _chicago(res, collection, ",")


def chicago_entry(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    return _chicago(res, collection, ".")


def _chicago_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    title = _title_sort(_catalogue_title(res))
    return (_chicago_body(res, collection).casefold(), title, res.date, res.key)


# --- mla: MLA Handbook, 9th edition ----------------------------------------------------
# MLA 9 §5.20 (government authors): the names go from the larger body to the smaller,
# separated by commas: "United Nations, General Assembly". The title in italics and in
# title case; the symbol as the number element; the date day-month-year with the
# abbreviated month; the URL without "https://". No publisher element: the United
# Nations, which publishes the document, is already the author. Works cited are
# alphabetical by author, then by title.
#   United Nations, General Assembly. *Title*. A/RES/71/19, 21 Nov. 2016, undocs.org/…

_MLA = {"GA": "United Nations, General Assembly", "SC": "United Nations, Security Council"}


def mla_date(day: dt.date) -> str:
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def _mla_body(res: Resolution, collection: Collection | None) -> str:
    return _MLA.get(res.organ) or f"United Nations, {_organ_name(res, collection)}"


def mla(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    author = _mla_body(res, collection)
    title = mla_title(_catalogue_title(res))
    url = re.sub(r"^https?://", "", _url(res))
    head = f"{author}. "
    tail = f". {res.symbol}, {mla_date(res.date)}, {url}."
    return Citation(head + title + tail, _esc(head) + f"<i>{_esc(title)}</i>" + _esc(tail))


def _mla_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    title = _title_sort(_catalogue_title(res))
    return (_mla_body(res, collection).casefold(), title, res.date, res.key)


# --- bibtex: biblatex-oscola ------------------------------------------------------------
# biblatex-oscola's UN documents: @misc with entrysubtype = {undoc}, the body in
# `institution`, "Res N" in `instrument_no`, the symbol in `doc_no` ("UN~Doc …", the tie
# keeping the two words together) — the same parts as the OSCOLA citation. Keys are the
# body and the number, which a symbol makes unique: unga-res-71-19, unsc-res-2396-2017.

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
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_SPECIALS[m.group(0)], _clean(text))


def citation_key(res: Resolution, collection: Collection | None = None) -> str:
    """A stable key, unique per symbol: "unga-res-71-19", "unsc-res-2396-2017"."""
    body = _oscola_body(res, collection)
    key = res.key
    tail = key.split("RES/", 1)[1] if "RES/" in key else key
    return re.sub(r"[^a-z0-9]+", "-", f"{body}-res-{tail}".lower()).strip("-")


def bibtex(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    fields = [("institution", bibtex_escape(_oscola_body(res, collection)))]
    title = _title(res)
    if title:
        fields.append(("title", bibtex_escape(title)))
    fields += [
        ("instrument_no", f"Res {bibtex_escape(res.number)}"),
        ("date", res.date.isoformat()),
        ("doc_no", f"UN~Doc {bibtex_escape(_symbol_without_year(res))}"),
        ("entrysubtype", "undoc"),
        # biblatex reads url verbatim: escaping would corrupt it.
        ("url", _url(res)),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    text = f"@misc{{{citation_key(res, collection)},\n{body}\n}}"
    return Citation(text, f"<pre>{_esc(text)}</pre>")


# --- ris: RIS -----------------------------------------------------------------------------
# No UN-specific RIS rule is published; TY GOVDOC is the usual type, which Zotero
# imports as a report. Each tag as Zotero reads it for a report: AU author (the organ,
# one name), TI title, PY year, DA date (YYYY/MM/DD), SN report number (the symbol),
# M3 report type, PB institution, UR URL. Lines end with LF here; the RIS specification's
# CRLF is what a text-mode stream on Windows writes; readers such as rispy take both.


def _ris_lines(res: Resolution, collection: Collection | None) -> list[tuple[str, str]]:
    day = res.date
    return [
        ("TY", "GOVDOC"),
        ("AU", _full_body(res, collection)),
        ("TI", _catalogue_title(res)),
        ("PY", f"{day.year:04d}"),
        ("DA", f"{day.year:04d}/{day.month:02d}/{day.day:02d}"),
        ("SN", res.symbol),
        ("M3", "Resolution"),
        ("PB", "United Nations"),
        ("UR", _url(res)),
    ]


def ris(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    lines = [f"{tag}  - {_clean(value)}" for tag, value in _ris_lines(res, collection)]
    lines.append("ER  - ")
    text = "\n".join(lines)
    return Citation(text, f"<pre>{_esc(text)}</pre>")


# --- csl-json: CSL 1.0.2 input data ------------------------------------------------------
# Type "report", as RIS GOVDOC maps to it, so Zotero imports a report: a literal author
# (a single-field name), the symbol as `number` (Report Number), `genre` (Report Type),
# `publisher` (Institution). One item is still an array: the CSL-JSON file form that
# reference managers import and the schema describes.


def csl_item(res: Resolution, collection: Collection | None = None) -> dict[str, Any]:
    return {
        "id": citation_key(res, collection),
        "type": "report",
        "title": _catalogue_title(res),
        "author": [{"literal": _full_body(res, collection)}],
        "genre": "Resolution",
        "number": res.symbol,
        "publisher": "United Nations",
        "issued": {"date-parts": [[res.date.year, res.date.month, res.date.day]]},
        "URL": _url(res),
    }


def _csl_text(items: list[dict[str, Any]]) -> Citation:
    text = json.dumps(items, ensure_ascii=False, indent=2)
    return Citation(text, f"<pre>{_esc(text)}</pre>")


def csl_json(res: Resolution, lang: str, collection: Collection | None = None) -> Citation:
    return _csl_text([csl_item(res, collection)])


def _date_order(res: Resolution, collection: Collection | None) -> tuple[Any, ...]:
    # A reference manager sorts for itself: a file lists its items by date of adoption.
    return (res.date, res.key)


# --- the registry ---------------------------------------------------------------------

STYLES: dict[str, Style] = {
    style.id: style
    for style in (
        Style(
            "un",
            "UN Editorial Manual",
            {"en": "UN Editorial Manual", "fr": "Usage de l’ONU (Editorial Manual)"},
            True,
            un_style,
            _un_order,
        ),
        Style(
            "oscola",
            "OSCOLA (4th ed.)",
            {"en": "OSCOLA (4th ed.)", "fr": "OSCOLA (4e éd.)"},
            False,
            oscola,
            _oscola_order,
        ),
        Style(
            "bluebook",
            "The Bluebook (rule 21.7)",
            {"en": "The Bluebook (rule 21.7)", "fr": "The Bluebook (règle 21.7)"},
            False,
            bluebook,
            _oscola_order,  # G.A. before S.C., as UNGA before UNSC
        ),
        Style(
            "apa",
            "APA (7th ed.)",
            {"en": "APA (7th ed.)", "fr": "APA (7e éd.)"},
            False,
            apa,
            _apa_order,
        ),
        Style(
            "chicago",
            "Chicago (17th ed., notes and bibliography)",
            {
                "en": "Chicago (17th ed., notes and bibliography)",
                "fr": "Chicago (17e éd., notes et bibliographie)",
            },
            False,
            chicago_note,
            _chicago_order,
            entry=chicago_entry,
        ),
        Style(
            "mla",
            "MLA (9th ed.)",
            {"en": "MLA (9th ed.)", "fr": "MLA (9e éd.)"},
            False,
            mla,
            _mla_order,
        ),
        Style(
            "bibtex",
            "BibTeX (biblatex-oscola)",
            {"en": "BibTeX (biblatex-oscola)", "fr": "BibTeX (biblatex-oscola)"},
            False,
            bibtex,
            _date_order,
            data=True,
            extension=".bib",
        ),
        Style(
            "ris",
            "RIS",
            {"en": "RIS", "fr": "RIS"},
            False,
            ris,
            _date_order,
            data=True,
            extension=".ris",
        ),
        Style(
            "csl-json",
            "CSL-JSON",
            {"en": "CSL-JSON", "fr": "CSL-JSON"},
            False,
            csl_json,
            _date_order,
            data=True,
            extension=".json",
        ),
    )
}
DEFAULT_STYLE = "un"


def get_style(style_id: str) -> Style:
    try:
        return STYLES[style_id]
    except KeyError:
        raise ValueError(f"unknown citation style: {style_id!r}") from None


def _lang(found: Style, lang: str) -> str:
    # Where a style has no French form, French gets the English one.
    return "fr" if (lang == "fr" and found.has_french) else "en"


def cite(
    style_id: str, resolution: Resolution, lang: str = "en", collection: Collection | None = None
) -> Citation:
    """One citation of ``resolution`` in the style (Chicago: the full note)."""
    found = get_style(style_id)
    return found.format(resolution, _lang(found, lang), collection)


def join(style_id: str, citations: Sequence[Citation]) -> Citation:
    """Several citations as one text, joined as the style's format requires.

    Prose styles: one per line; in HTML one paragraph each. BibTeX and RIS: entries
    separated by a blank line. CSL-JSON: one array of all the items. One citation is
    returned as it is.
    """
    found = get_style(style_id)
    if len(citations) == 1:
        return citations[0]
    if not citations:
        return Citation("", "")
    if found.id == "csl-json":
        return _csl_text([item for c in citations for item in json.loads(c.text)])
    if found.data:
        text = "\n\n".join(c.text for c in citations)
        return Citation(text, f"<pre>{_esc(text)}</pre>")
    return Citation(
        "\n".join(c.text for c in citations), "\n".join(f"<p>{c.html}</p>" for c in citations)
    )


def bibliography(
    style_id: str,
    resolutions: Iterable[Resolution],
    lang: str = "en",
    collection: Collection | None = None,
) -> Citation:
    """A bibliography: each resolution once, in the style's order, joined (see ``join``).

    Chicago gives bibliography entries here, where ``cite`` gives notes.
    """
    found = get_style(style_id)
    unique = list({r.key: r for r in resolutions}.values())
    ordered = sorted(unique, key=lambda r: found.order(r, collection))
    formatter = found.entry or found.format
    code = _lang(found, lang)
    return join(style_id, [formatter(r, code, collection) for r in ordered])
