# ruff: noqa: E501  (golden strings stay whole, one per line, so they read as printed)
"""Citations: every style's exact strings for the seven resolutions, and exports that
their readers (bibtexparser, rispy, the CSL-JSON schema) read back."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import bibtexparser
import jsonschema_rs
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from viewer.core import citations
from viewer.core.citations import Citation
from viewer.core.collection import Collection, Organ, Resolution
from viewer.core.localized import Localized

CSL_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "csl-data.json"

SYMBOLS = (
    "A/RES/71/19",
    "A/RES/72/1",
    "A/RES/73/11",
    "S/RES/2178 (2014)",
    "S/RES/2322 (2016)",
    "S/RES/2331 (2016)",
    "S/RES/2396 (2017)",
)

COOPERATION = (
    "Cooperation between the United Nations and the International Criminal Police "
    "Organization (INTERPOL)"
)
DECLARATION = (
    "Political declaration on the implementation of the United Nations Global Plan of "
    "Action to Combat Trafficking in Persons"
)
DECLARATION_TITLE_CASE = (
    "Political Declaration on the Implementation of the United Nations Global Plan of "
    "Action to Combat Trafficking in Persons"
)

# fmt: off
GOLDEN: dict[str, dict[str, str]] = {
    "un": {
        "A/RES/71/19": "General Assembly resolution 71/19 of 21 November 2016",
        "A/RES/72/1": "General Assembly resolution 72/1 of 27 September 2017",
        "A/RES/73/11": "General Assembly resolution 73/11 of 26 November 2018",
        "S/RES/2178 (2014)": "Security Council resolution 2178 (2014) of 24 September 2014",
        "S/RES/2322 (2016)": "Security Council resolution 2322 (2016) of 12 December 2016",
        "S/RES/2331 (2016)": "Security Council resolution 2331 (2016) of 20 December 2016",
        "S/RES/2396 (2017)": "Security Council resolution 2396 (2017) of 21 December 2017",
    },
    "oscola": {
        "A/RES/71/19": "UNGA Res 71/19 (21 November 2016) UN Doc A/RES/71/19",
        "A/RES/72/1": "UNGA Res 72/1 (27 September 2017) UN Doc A/RES/72/1",
        "A/RES/73/11": "UNGA Res 73/11 (26 November 2018) UN Doc A/RES/73/11",
        "S/RES/2178 (2014)": "UNSC Res 2178 (24 September 2014) UN Doc S/RES/2178",
        "S/RES/2322 (2016)": "UNSC Res 2322 (12 December 2016) UN Doc S/RES/2322",
        "S/RES/2331 (2016)": "UNSC Res 2331 (20 December 2016) UN Doc S/RES/2331",
        "S/RES/2396 (2017)": "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396",
    },
    "bluebook": {
        "A/RES/71/19": "G.A. Res. 71/19, U.N. Doc. A/RES/71/19 (Nov. 21, 2016)",
        "A/RES/72/1": "G.A. Res. 72/1, U.N. Doc. A/RES/72/1 (Sept. 27, 2017)",
        "A/RES/73/11": "G.A. Res. 73/11, U.N. Doc. A/RES/73/11 (Nov. 26, 2018)",
        "S/RES/2178 (2014)": "S.C. Res. 2178, U.N. Doc. S/RES/2178 (Sept. 24, 2014)",
        "S/RES/2322 (2016)": "S.C. Res. 2322, U.N. Doc. S/RES/2322 (Dec. 12, 2016)",
        "S/RES/2331 (2016)": "S.C. Res. 2331, U.N. Doc. S/RES/2331 (Dec. 20, 2016)",
        "S/RES/2396 (2017)": "S.C. Res. 2396, U.N. Doc. S/RES/2396 (Dec. 21, 2017)",
    },
    "apa": {
        "A/RES/71/19": f"United Nations General Assembly. (2016). {COOPERATION} (A/RES/71/19). https://undocs.org/A/RES/71/19",
        "A/RES/72/1": f"United Nations General Assembly. (2017). {DECLARATION} (A/RES/72/1). https://undocs.org/A/RES/72/1",
        "A/RES/73/11": f"United Nations General Assembly. (2018). {COOPERATION} (A/RES/73/11). https://undocs.org/A/RES/73/11",
        "S/RES/2178 (2014)": "United Nations Security Council. (2014). [Resolution 2178] (S/RES/2178). https://undocs.org/S/RES/2178(2014)",
        "S/RES/2322 (2016)": "United Nations Security Council. (2016). [Resolution 2322] (S/RES/2322). https://undocs.org/S/RES/2322(2016)",
        "S/RES/2331 (2016)": "United Nations Security Council. (2016). [Resolution 2331] (S/RES/2331). https://undocs.org/S/RES/2331(2016)",
        "S/RES/2396 (2017)": "United Nations Security Council. (2017). [Resolution 2396] (S/RES/2396). https://undocs.org/S/RES/2396(2017)",
    },
    "chicago": {
        "A/RES/71/19": f"UN General Assembly, {COOPERATION}, A/RES/71/19, November 21, 2016, https://undocs.org/A/RES/71/19.",
        "A/RES/72/1": f"UN General Assembly, {DECLARATION_TITLE_CASE}, A/RES/72/1, September 27, 2017, https://undocs.org/A/RES/72/1.",
        "A/RES/73/11": f"UN General Assembly, {COOPERATION}, A/RES/73/11, November 26, 2018, https://undocs.org/A/RES/73/11.",
        "S/RES/2178 (2014)": "UN Security Council, Resolution 2178 (2014), S/RES/2178, September 24, 2014, https://undocs.org/S/RES/2178(2014).",
        "S/RES/2322 (2016)": "UN Security Council, Resolution 2322 (2016), S/RES/2322, December 12, 2016, https://undocs.org/S/RES/2322(2016).",
        "S/RES/2331 (2016)": "UN Security Council, Resolution 2331 (2016), S/RES/2331, December 20, 2016, https://undocs.org/S/RES/2331(2016).",
        "S/RES/2396 (2017)": "UN Security Council, Resolution 2396 (2017), S/RES/2396, December 21, 2017, https://undocs.org/S/RES/2396(2017).",
    },
    "mla": {
        "A/RES/71/19": f"United Nations, General Assembly. {COOPERATION}. A/RES/71/19, 21 Nov. 2016, undocs.org/A/RES/71/19.",
        "A/RES/72/1": f"United Nations, General Assembly. {DECLARATION_TITLE_CASE}. A/RES/72/1, 27 Sept. 2017, undocs.org/A/RES/72/1.",
        "A/RES/73/11": f"United Nations, General Assembly. {COOPERATION}. A/RES/73/11, 26 Nov. 2018, undocs.org/A/RES/73/11.",
        "S/RES/2178 (2014)": "United Nations, Security Council. Resolution 2178 (2014). S/RES/2178, 24 Sept. 2014, undocs.org/S/RES/2178(2014).",
        "S/RES/2322 (2016)": "United Nations, Security Council. Resolution 2322 (2016). S/RES/2322, 12 Dec. 2016, undocs.org/S/RES/2322(2016).",
        "S/RES/2331 (2016)": "United Nations, Security Council. Resolution 2331 (2016). S/RES/2331, 20 Dec. 2016, undocs.org/S/RES/2331(2016).",
        "S/RES/2396 (2017)": "United Nations, Security Council. Resolution 2396 (2017). S/RES/2396, 21 Dec. 2017, undocs.org/S/RES/2396(2017).",
    },
}

CHICAGO_BIBLIOGRAPHY = {
    "A/RES/71/19": f"UN General Assembly. {COOPERATION}. A/RES/71/19. November 21, 2016. https://undocs.org/A/RES/71/19.",
    "A/RES/72/1": f"UN General Assembly. {DECLARATION_TITLE_CASE}. A/RES/72/1. September 27, 2017. https://undocs.org/A/RES/72/1.",
    "A/RES/73/11": f"UN General Assembly. {COOPERATION}. A/RES/73/11. November 26, 2018. https://undocs.org/A/RES/73/11.",
    "S/RES/2178 (2014)": "UN Security Council. Resolution 2178 (2014). S/RES/2178. September 24, 2014. https://undocs.org/S/RES/2178(2014).",
    "S/RES/2322 (2016)": "UN Security Council. Resolution 2322 (2016). S/RES/2322. December 12, 2016. https://undocs.org/S/RES/2322(2016).",
    "S/RES/2331 (2016)": "UN Security Council. Resolution 2331 (2016). S/RES/2331. December 20, 2016. https://undocs.org/S/RES/2331(2016).",
    "S/RES/2396 (2017)": "UN Security Council. Resolution 2396 (2017). S/RES/2396. December 21, 2017. https://undocs.org/S/RES/2396(2017).",
}

FRENCH = {
    "un": {
        "A/RES/71/19": "résolution 71/19 de l’Assemblée générale en date du 21 novembre 2016",
        "A/RES/72/1": "résolution 72/1 de l’Assemblée générale en date du 27 septembre 2017",
        "A/RES/73/11": "résolution 73/11 de l’Assemblée générale en date du 26 novembre 2018",
        "S/RES/2178 (2014)": "résolution 2178 (2014) du Conseil de sécurité en date du 24 septembre 2014",
        "S/RES/2322 (2016)": "résolution 2322 (2016) du Conseil de sécurité en date du 12 décembre 2016",
        "S/RES/2331 (2016)": "résolution 2331 (2016) du Conseil de sécurité en date du 20 décembre 2016",
        "S/RES/2396 (2017)": "résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017",
    },
}
# fmt: on

# The file formats, one entry each: (key, institution, title or None, Res N, date, doc_no, URL).
FACTS = {
    "A/RES/71/19": (
        "unga-res-71-19", "UNGA", COOPERATION, "Res 71/19", "2016-11-21",
        "UN~Doc A/RES/71/19", "https://undocs.org/A/RES/71/19",
    ),
    "A/RES/72/1": (
        "unga-res-72-1", "UNGA", DECLARATION, "Res 72/1", "2017-09-27",
        "UN~Doc A/RES/72/1", "https://undocs.org/A/RES/72/1",
    ),
    "A/RES/73/11": (
        "unga-res-73-11", "UNGA", COOPERATION, "Res 73/11", "2018-11-26",
        "UN~Doc A/RES/73/11", "https://undocs.org/A/RES/73/11",
    ),
    "S/RES/2178 (2014)": (
        "unsc-res-2178-2014", "UNSC", None, "Res 2178", "2014-09-24",
        "UN~Doc S/RES/2178", "https://undocs.org/S/RES/2178(2014)",
    ),
    "S/RES/2322 (2016)": (
        "unsc-res-2322-2016", "UNSC", None, "Res 2322", "2016-12-12",
        "UN~Doc S/RES/2322", "https://undocs.org/S/RES/2322(2016)",
    ),
    "S/RES/2331 (2016)": (
        "unsc-res-2331-2016", "UNSC", None, "Res 2331", "2016-12-20",
        "UN~Doc S/RES/2331", "https://undocs.org/S/RES/2331(2016)",
    ),
    "S/RES/2396 (2017)": (
        "unsc-res-2396-2017", "UNSC", None, "Res 2396", "2017-12-21",
        "UN~Doc S/RES/2396", "https://undocs.org/S/RES/2396(2017)",
    ),
}  # fmt: skip


def expected_bibtex(symbol: str) -> str:
    key, institution, title, number, date, doc_no, url = FACTS[symbol]
    lines = [f"@misc{{{key},", f"  institution = {{{institution}}},"]
    if title:
        # indextitle, not title: biblatex-oscola would print a title before the body.
        lines.append(f"  indextitle = {{{title}}},")
    lines += [
        f"  instrument_no = {{{number}}},",
        f"  date = {{{date}}},",
        f"  doc_no = {{{doc_no}}},",
        "  entrysubtype = {undoc},",
        "  pagination = {paragraph},",
        f"  url = {{{url}}},",
        "  options = {url=false}",
        "}",
    ]
    return "\n".join(lines)


def expected_ris(symbol: str) -> str:
    _key, institution, title, _number, date, _doc_no, url = FACTS[symbol]
    author = {"UNGA": "United Nations General Assembly", "UNSC": "United Nations Security Council"}
    designation = symbol.split("RES/", 1)[1]
    return "\n".join(
        [
            "TY  - GOVDOC",
            f"AU  - {author[institution]}",
            f"TI  - {title or 'Resolution ' + designation}",
            f"PY  - {date[:4]}",
            f"DA  - {date.replace('-', '/')}",
            f"SN  - {symbol}",
            "M3  - Resolution",
            "PB  - United Nations",
            f"UR  - {url}",
            "ER  - ",
        ]
    )


def expected_csl(symbol: str) -> dict[str, Any]:
    key, institution, title, _number, date, _doc_no, url = FACTS[symbol]
    author = {"UNGA": "United Nations General Assembly", "UNSC": "United Nations Security Council"}
    year, month, day = (int(part) for part in date.split("-"))
    return {
        "id": key,
        "type": "report",
        "title": title or "Resolution " + symbol.split("RES/", 1)[1],
        "author": [{"literal": author[institution]}],
        "genre": "Resolution",
        "number": symbol,
        "publisher": "United Nations",
        "issued": {"date-parts": [[year, month, day]]},
        "URL": url,
    }


def record(collection: Collection, symbol: str) -> Resolution:
    found = collection.find(symbol)
    assert found is not None, symbol
    return found


@pytest.fixture(scope="module")
def csl_validator() -> Any:
    return jsonschema_rs.validator_for(json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))


# --- the registry ------------------------------------------------------------------------


def test_registry_lists_the_styles_in_display_order() -> None:
    assert list(citations.STYLES) == [
        "un",
        "oscola",
        "bluebook",
        "apa",
        "chicago",
        "mla",
        "bibtex",
        "ris",
        "csl-json",
    ]
    assert citations.DEFAULT_STYLE == "un"
    for style_id, style in citations.STYLES.items():
        assert style.id == style_id
        assert style.name == style.names["en"]
        assert style.display_name("fr") == style.names["fr"]
        assert style.data == (style.extension is not None)
    assert [s.id for s in citations.STYLES.values() if s.has_french] == ["un"]
    assert [s.extension for s in citations.STYLES.values() if s.data] == [".bib", ".ris", ".json"]


def test_an_unknown_style_is_refused(bundled: Collection) -> None:
    with pytest.raises(ValueError, match="unknown citation style"):
        citations.cite("harvard", bundled.resolutions[0], "en", bundled)
    with pytest.raises(ValueError, match="unknown citation style"):
        citations.bibliography("harvard", bundled.resolutions)


def test_the_core_module_does_not_import_qt() -> None:
    code = "import sys, viewer.core.citations; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- golden strings ----------------------------------------------------------------------

PROSE = [(style, symbol) for style in GOLDEN for symbol in SYMBOLS]


@pytest.mark.parametrize(("style", "symbol"), PROSE)
def test_english_golden(bundled: Collection, style: str, symbol: str) -> None:
    cited = citations.cite(style, record(bundled, symbol), "en", bundled)
    assert cited.text == GOLDEN[style][symbol]


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_french_golden(bundled: Collection, symbol: str) -> None:
    cited = citations.cite("un", record(bundled, symbol), "fr", bundled)
    assert cited.text == FRENCH["un"][symbol]


@pytest.mark.parametrize("style", [s for s in citations.STYLES if s not in FRENCH])
@pytest.mark.parametrize("symbol", SYMBOLS)
def test_styles_without_a_french_form_give_the_english_one(
    bundled: Collection, style: str, symbol: str
) -> None:
    res = record(bundled, symbol)
    assert citations.cite(style, res, "fr", bundled) == citations.cite(style, res, "en", bundled)


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_chicago_bibliography_entry_golden(bundled: Collection, symbol: str) -> None:
    one = citations.bibliography("chicago", [record(bundled, symbol)], "en", bundled)
    assert one.text == CHICAGO_BIBLIOGRAPHY[symbol]


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_bibtex_golden(bundled: Collection, symbol: str) -> None:
    cited = citations.cite("bibtex", record(bundled, symbol), "en", bundled)
    assert cited.text == expected_bibtex(symbol)


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_ris_golden(bundled: Collection, symbol: str) -> None:
    cited = citations.cite("ris", record(bundled, symbol), "en", bundled)
    assert cited.text == expected_ris(symbol)


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_csl_json_golden(bundled: Collection, symbol: str) -> None:
    cited = citations.cite("csl-json", record(bundled, symbol), "en", bundled)
    assert json.loads(cited.text) == [expected_csl(symbol)]
    assert cited.text == json.dumps([expected_csl(symbol)], ensure_ascii=False, indent=2)


def test_the_first_of_the_month_in_french_is_an_ordinal() -> None:
    res = Resolution(
        {"symbol": "S/RES/2400 (2018)", "organ": "SC", "number": "2400", "date": "2018-03-01"}
    )
    assert citations.cite("un", res, "fr").text == (
        "résolution 2400 (2018) du Conseil de sécurité en date du 1er mars 2018"
    )
    assert citations.cite("un", res, "en").text == (
        "Security Council resolution 2400 (2018) of 1 March 2018"
    )


def test_bluebook_months_follow_table_t12() -> None:
    months = [citations.bluebook_date(dt.date(2017, m, 9)).split(" ")[0] for m in range(1, 13)]
    assert months == [
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
    ]


# --- HTML: escaped data, italics where the style italicises the title ---------------------

# The HTML form links to the official document (issue 15): the symbol where the style
# prints it (OSCOLA, Bluebook), the resolution's name (UN usage; in French the French
# document), the printed URL (APA, Chicago, MLA). An SC resolution has no title, so its
# description is never in italics.
UNDOCS_2396 = '<a href="https://undocs.org/S/RES/2396(2017)">'
UNDOCS_7119 = '<a href="https://undocs.org/A/RES/71/19">'
HTML_GOLDEN = {
    (
        "un",
        "A/RES/71/19",
    ): f"General Assembly {UNDOCS_7119}resolution 71/19</a> of 21 November 2016",
    (
        "un",
        "S/RES/2396 (2017)",
    ): f"Security Council {UNDOCS_2396}resolution 2396 (2017)</a> of 21 December 2017",
    (
        "oscola",
        "A/RES/71/19",
    ): f"UNGA Res 71/19 (21 November 2016) UN Doc {UNDOCS_7119}A/RES/71/19</a>",
    (
        "oscola",
        "S/RES/2396 (2017)",
    ): f"UNSC Res 2396 (21 December 2017) UN Doc {UNDOCS_2396}S/RES/2396</a>",
    (
        "bluebook",
        "A/RES/71/19",
    ): f"G.A. Res. 71/19, U.N. Doc. {UNDOCS_7119}A/RES/71/19</a> (Nov. 21, 2016)",
    (
        "bluebook",
        "S/RES/2396 (2017)",
    ): f"S.C. Res. 2396, U.N. Doc. {UNDOCS_2396}S/RES/2396</a> (Dec. 21, 2017)",
    ("apa", "A/RES/71/19"): (
        f"United Nations General Assembly. (2016). <i>{COOPERATION}</i> (A/RES/71/19). "
        f"{UNDOCS_7119}https://undocs.org/A/RES/71/19</a>"
    ),
    ("apa", "S/RES/2396 (2017)"): (
        "United Nations Security Council. (2017). [Resolution 2396] (S/RES/2396). "
        f"{UNDOCS_2396}https://undocs.org/S/RES/2396(2017)</a>"
    ),
    ("chicago", "A/RES/72/1"): (
        f"UN General Assembly, <i>{DECLARATION_TITLE_CASE}</i>, A/RES/72/1, "
        'September 27, 2017, <a href="https://undocs.org/A/RES/72/1">https://undocs.org/A/RES/72/1</a>.'
    ),
    ("chicago", "S/RES/2396 (2017)"): (
        "UN Security Council, Resolution 2396 (2017), S/RES/2396, "
        f"December 21, 2017, {UNDOCS_2396}https://undocs.org/S/RES/2396(2017)</a>."
    ),
    ("mla", "A/RES/72/1"): (
        f"United Nations, General Assembly. <i>{DECLARATION_TITLE_CASE}</i>. A/RES/72/1, "
        '27 Sept. 2017, <a href="https://undocs.org/A/RES/72/1">undocs.org/A/RES/72/1</a>.'
    ),
    ("mla", "S/RES/2396 (2017)"): (
        "United Nations, Security Council. Resolution 2396 (2017). "
        f"S/RES/2396, 21 Dec. 2017, {UNDOCS_2396}undocs.org/S/RES/2396(2017)</a>."
    ),
    ("bibtex", "S/RES/2396 (2017)"): (
        "<pre>@misc{unsc-res-2396-2017,\n  institution = {UNSC},\n  instrument_no = {Res 2396},\n"
        "  date = {2017-12-21},\n  doc_no = {UN~Doc S/RES/2396},\n  entrysubtype = {undoc},\n"
        "  pagination = {paragraph},\n  url = {https://undocs.org/S/RES/2396(2017)},\n"
        "  options = {url=false}\n}</pre>"
    ),
}


def test_french_html_links_to_the_french_document(bundled: Collection) -> None:
    cited = citations.cite("un", record(bundled, "S/RES/2396 (2017)"), "fr", bundled)
    assert cited.html == (
        '<a href="https://undocs.org/fr/S/RES/2396(2017)">résolution 2396 (2017)</a> '
        "du Conseil de sécurité en date du 21 décembre 2017"
    )


@pytest.mark.parametrize(("style", "symbol"), list(HTML_GOLDEN))
def test_html_golden(bundled: Collection, style: str, symbol: str) -> None:
    cited = citations.cite(style, record(bundled, symbol), "en", bundled)
    assert cited.html == HTML_GOLDEN[style, symbol]


@pytest.mark.parametrize("style", ["bibtex", "ris", "csl-json"])
@pytest.mark.parametrize("symbol", ["A/RES/71/19", "S/RES/2396 (2017)"])
def test_file_formats_show_as_escaped_preformatted_text(
    bundled: Collection, style: str, symbol: str
) -> None:
    cited = citations.cite(style, record(bundled, symbol), "en", bundled)
    assert cited.html.startswith("<pre>")
    assert cited.html.endswith("</pre>")
    assert "<" not in cited.html[len("<pre>") : -len("</pre>")]
    unescaped = cited.html[5:-6].replace("&quot;", '"').replace("&#x27;", "'")
    assert unescaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == cited.text


HOSTILE = Resolution(
    {
        "symbol": "A/RES/99/1",
        "organ": "GA",
        "number": "99/1",
        "date": "2044-05-02",
        "title": {"en": 'Tags <b>bold</b> & "quotes" {braces} 100% $x_1 #2 ~^ \\end'},
    }
)


@pytest.mark.parametrize("style", ["apa", "chicago", "mla"])
def test_html_escapes_every_data_string(style: str) -> None:
    cited = citations.cite(style, HOSTILE, "en")
    assert "<b>" not in cited.html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;" in cited.html
    assert cited.html.count("<i>") == 1
    assert cited.html.count("</i>") == 1


# --- file formats read back ----------------------------------------------------------------


def parse_bibtex(text: str) -> bibtexparser.Library:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return library


def test_bibtex_reads_back_with_the_records_facts(bundled: Collection) -> None:
    text = citations.bibliography("bibtex", bundled.resolutions, "en", bundled).text
    library = parse_bibtex(text)
    assert len(library.entries) == 7
    by_key = {entry.key: entry for entry in library.entries}
    for symbol in SYMBOLS:
        key, institution, title, number, date, doc_no, url = FACTS[symbol]
        res = record(bundled, symbol)
        fields = {name: field.value for name, field in by_key[key].fields_dict.items()}
        assert by_key[key].entry_type == "misc"
        assert fields["entrysubtype"] == "undoc"
        assert fields["institution"] == institution
        assert fields["instrument_no"] == f"Res {res.number}" == number
        assert fields["date"] == res.date.isoformat() == date
        assert fields["doc_no"] == doc_no
        assert fields["url"] == url
        assert fields["pagination"] == "paragraph"
        assert fields["options"] == "url=false"
        assert fields.get("indextitle") == (res.title.get("en") if res.title else None) == title


def test_bibtex_keys_are_unique_and_stable(bundled: Collection) -> None:
    keys = [citations.citation_key(r, bundled) for r in bundled.resolutions]
    assert len(set(keys)) == len(keys)
    assert keys == [FACTS[r.symbol][0] for r in bundled.resolutions]


def test_bibtex_escapes_special_characters_so_that_they_read_back() -> None:
    text = citations.cite("bibtex", HOSTILE, "en").text
    plain = parse_bibtex(text).entries[0].fields_dict["indextitle"].value
    assert plain == (
        r'Tags <b>bold</b> \& "quotes" \{braces\} 100\% \$x\_1 \#2 '
        r"\textasciitilde{}\textasciicircum{} \textbackslash{}end"
    )
    decoded = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    # pylatexenc reads \textasciicircum{} as U+02C6, the modifier letter: LaTeX prints "^".
    assert decoded.entries[0].fields_dict["indextitle"].value.replace("\u02c6", "^") == (
        'Tags <b>bold</b> & "quotes" {braces} 100% $x_1 #2 ~^ \\end'
    )


def test_ris_reads_back(bundled: Collection) -> None:
    text = citations.bibliography("ris", bundled.resolutions, "en", bundled).text
    entries = rispy.loads(text)
    assert len(entries) == 7
    by_number = {entry["issn"]: entry for entry in entries}  # rispy names SN "issn"
    for symbol in SYMBOLS:
        res = record(bundled, symbol)
        entry = by_number[symbol]
        assert entry["type_of_reference"] == "GOVDOC"
        assert entry["title"] == (res.title.get("en") if res.title else f"Resolution {symbol[6:]}")
        assert entry["year"] == str(res.date.year)
        assert entry["date"] == res.date.strftime("%Y/%m/%d")
        assert entry["urls"] == [FACTS[symbol][6]]
        assert entry["publisher"] == "United Nations"
        assert entry["authors"] == [
            "United Nations General Assembly"
            if res.organ == "GA"
            else "United Nations Security Council"
        ]


def test_ris_reads_back_with_windows_line_ends(bundled: Collection) -> None:
    text = citations.bibliography("ris", bundled.resolutions, "en", bundled).text
    assert len(rispy.loads(text.replace("\n", "\r\n"))) == 7


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_csl_json_validates_as_csl(bundled: Collection, csl_validator: Any, symbol: str) -> None:
    items = json.loads(citations.cite("csl-json", record(bundled, symbol), "en", bundled).text)
    errors = [error.message for error in csl_validator.iter_errors(items)]
    assert errors == []


def test_csl_json_bibliography_is_one_valid_array(bundled: Collection, csl_validator: Any) -> None:
    items = json.loads(citations.bibliography("csl-json", bundled.resolutions, "en", bundled).text)
    assert isinstance(items, list)
    assert [item["id"] for item in items] == [
        "unsc-res-2178-2014",
        "unga-res-71-19",
        "unsc-res-2322-2016",
        "unsc-res-2331-2016",
        "unga-res-72-1",
        "unsc-res-2396-2017",
        "unga-res-73-11",
    ]
    csl_validator.validate(items)


def test_the_csl_schema_does_refuse_what_is_not_csl(csl_validator: Any) -> None:
    # Guards the guard: a type CSL lacks and a non-string literal name are refused.
    assert not csl_validator.is_valid([{"id": "x", "type": "resolution"}])
    assert not csl_validator.is_valid([{"id": "x", "type": "report", "author": [{"literal": 1}]}])


# --- bibliographies: each style's order ------------------------------------------------------

ORDER = {
    # Organs in the Charter's order (Editorial Manual), then by date.
    "un": SYMBOLS,
    # UNGA before UNSC (G.A. before S.C.), then by date.
    "oscola": SYMBOLS,
    "bluebook": SYMBOLS,
    # Alphabetical by author, one author's works by year.
    "apa": SYMBOLS,
    # Alphabetical by author, then by title: the two "Cooperation …" before "Political …".
    "chicago": (
        "A/RES/71/19",
        "A/RES/73/11",
        "A/RES/72/1",
        "S/RES/2178 (2014)",
        "S/RES/2322 (2016)",
        "S/RES/2331 (2016)",
        "S/RES/2396 (2017)",
    ),
    "mla": (
        "A/RES/71/19",
        "A/RES/73/11",
        "A/RES/72/1",
        "S/RES/2178 (2014)",
        "S/RES/2322 (2016)",
        "S/RES/2331 (2016)",
        "S/RES/2396 (2017)",
    ),
}


@pytest.mark.parametrize("style", list(ORDER))
def test_bibliography_is_in_the_styles_order(bundled: Collection, style: str) -> None:
    shuffled = list(reversed(bundled.resolutions))
    result = citations.bibliography(style, shuffled, "en", bundled)
    expected = [
        citations.bibliography(style, [record(bundled, s)], "en", bundled) for s in ORDER[style]
    ]
    assert result.text == "\n".join(c.text for c in expected)
    assert result.html == "\n".join(f"<p>{c.html}</p>" for c in expected)


def test_french_bibliography_uses_the_french_form(bundled: Collection) -> None:
    result = citations.bibliography("un", bundled.resolutions, "fr", bundled)
    assert result.text.splitlines() == [FRENCH["un"][s] for s in SYMBOLS]


def test_chicago_bibliography_has_entries_where_cite_has_notes(bundled: Collection) -> None:
    result = citations.bibliography("chicago", bundled.resolutions, "en", bundled)
    assert result.text.splitlines() == [CHICAGO_BIBLIOGRAPHY[s] for s in ORDER["chicago"]]


def test_bibliography_cites_each_resolution_once(bundled: Collection) -> None:
    res = record(bundled, "S/RES/2396 (2017)")
    assert (
        citations.bibliography("oscola", [res, res], "en", bundled).text
        == (GOLDEN["oscola"]["S/RES/2396 (2017)"])
    )


def test_bibtex_and_ris_bibliographies_separate_entries_by_a_blank_line(
    bundled: Collection,
) -> None:
    two = [record(bundled, "A/RES/71/19"), record(bundled, "S/RES/2396 (2017)")]
    bib = citations.bibliography("bibtex", two, "en", bundled)
    assert bib.text == expected_bibtex("A/RES/71/19") + "\n\n" + expected_bibtex(
        "S/RES/2396 (2017)"
    )
    ris = citations.bibliography("ris", two, "en", bundled)
    assert ris.text == expected_ris("A/RES/71/19") + "\n\n" + expected_ris("S/RES/2396 (2017)")
    assert ris.html.startswith("<pre>TY  - GOVDOC")


def test_join_keeps_the_order_given_and_handles_none_and_one(bundled: Collection) -> None:
    a = citations.cite("un", record(bundled, "S/RES/2396 (2017)"), "en", bundled)
    b = citations.cite("un", record(bundled, "A/RES/71/19"), "en", bundled)
    assert citations.join("un", []) == Citation("", "")
    assert citations.join("un", [a]) == a
    assert citations.join("un", [a, b]).text == f"{a.text}\n{b.text}"


# --- organs no style table knows, and title case ---------------------------------------------

ECOSOC = Organ(
    "ECOSOC",
    Localized({"en": "Economic and Social Council", "fr": "Conseil économique et social"}),
)
ECOSOC_RES = Resolution(
    {
        "symbol": "E/RES/2016/2",
        "organ": "ECOSOC",
        "number": "2016/2",
        "date": "2016-06-02",
        "title": {"en": "Mainstreaming a gender perspective into all policies"},
    }
)
OTHER = Collection(title=Localized({"en": "Test"}), organs=(ECOSOC,), resolutions=(ECOSOC_RES,))


@pytest.mark.parametrize(
    ("style", "lang", "expected"),
    [
        ("un", "en", "Economic and Social Council resolution 2016/2 of 2 June 2016"),
        ("un", "fr", "résolution 2016/2 du Conseil économique et social en date du 2 juin 2016"),
        ("oscola", "en", "UN Economic and Social Council Res 2016/2 (2 June 2016) UN Doc E/RES/2016/2"),
        ("bluebook", "en", "Economic and Social Council Res. 2016/2, U.N. Doc. E/RES/2016/2 (June 2, 2016)"),
        ("apa", "en", "United Nations Economic and Social Council. (2016). Mainstreaming a gender perspective into all policies (E/RES/2016/2). https://undocs.org/E/RES/2016/2"),
        ("chicago", "en", "UN Economic and Social Council, Mainstreaming a Gender Perspective into All Policies, E/RES/2016/2, June 2, 2016, https://undocs.org/E/RES/2016/2."),
        ("mla", "en", "United Nations, Economic and Social Council. Mainstreaming a Gender Perspective into All Policies. E/RES/2016/2, 2 June 2016, undocs.org/E/RES/2016/2."),
    ],
)  # fmt: skip
def test_other_organs_take_their_name_from_the_collection(
    style: str, lang: str, expected: str
) -> None:
    assert citations.cite(style, ECOSOC_RES, lang, OTHER).text == expected


def test_other_organs_without_a_collection_fall_back_to_the_organ_id() -> None:
    assert citations.cite("un", ECOSOC_RES, "en").text == "ECOSOC resolution 2016/2 of 2 June 2016"
    assert citations.citation_key(ECOSOC_RES) == "un-ecosoc-res-2016-2"
    assert citations.citation_key(ECOSOC_RES, OTHER) == "un-economic-and-social-council-res-2016-2"


@pytest.mark.parametrize(
    ("title", "chicago", "mla"),
    [
        (DECLARATION, DECLARATION_TITLE_CASE, DECLARATION_TITLE_CASE),
        (COOPERATION, COOPERATION, COOPERATION),
        ("the law of the sea: a guide", "The Law of the Sea: A Guide", "The Law of the Sea: A Guide"),
        ("what it is for", "What It Is For", "What It Is For"),
        ("work as usual, so far", "Work as Usual, So Far", "Work As Usual, so Far"),
        ("anti-terrorism and self-defence", "Anti-terrorism and Self-Defence", "Anti-Terrorism and Self-Defence"),
        ("INTERPOL's role (UNODC)", "INTERPOL's Role (UNODC)", "INTERPOL's Role (UNODC)"),
    ],
)  # fmt: skip
def test_title_case(title: str, chicago: str, mla: str) -> None:
    assert citations.chicago_title(title) == chicago
    assert citations.mla_title(title) == mla


# --- pinpoints: every style cites to a paragraph ----------------------------------------------

# fmt: off
PINPOINT_GOLDEN: dict[tuple[str, str], dict[str, str]] = {
    ("un", "en"): {
        "5": "paragraph 5 of Security Council resolution 2396 (2017) of 21 December 2017",
        "5-7": "paragraphs 5 to 7 of Security Council resolution 2396 (2017) of 21 December 2017",
        "8(a)": "paragraph 8 (a) of Security Council resolution 2396 (2017) of 21 December 2017",
        "5 and 7": "paragraphs 5 and 7 of Security Council resolution 2396 (2017) of 21 December 2017",
    },
    ("un", "fr"): {
        "5": "paragraphe 5 de la résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017",
        "5-7": "paragraphes 5 à 7 de la résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017",
        "8(a)": "paragraphe 8 a) de la résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017",
        "5 and 7": "paragraphes 5 et 7 de la résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017",
    },
    ("oscola", "en"): {
        "5": "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, para 5",
        "5-7": "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, paras 5–7",
        "8(a)": "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, para 8(a)",
        "5 and 7": "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, paras 5, 7",
    },
    ("bluebook", "en"): {
        "5": "S.C. Res. 2396, ¶ 5, U.N. Doc. S/RES/2396 (Dec. 21, 2017)",
        "5-7": "S.C. Res. 2396, ¶¶ 5–7, U.N. Doc. S/RES/2396 (Dec. 21, 2017)",
        "8(a)": "S.C. Res. 2396, ¶ 8(a), U.N. Doc. S/RES/2396 (Dec. 21, 2017)",
        "5 and 7": "S.C. Res. 2396, ¶¶ 5, 7, U.N. Doc. S/RES/2396 (Dec. 21, 2017)",
    },
    # APA 7 §8.28 and MLA 9 locate a paragraph in the in-text citation.
    ("apa", "en"): {
        "5": "(United Nations Security Council, 2017, para. 5)",
        "5-7": "(United Nations Security Council, 2017, paras. 5–7)",
        "8(a)": "(United Nations Security Council, 2017, para. 8(a))",
        "5 and 7": "(United Nations Security Council, 2017, paras. 5, 7)",
    },
    ("chicago", "en"): {
        "5": "UN Security Council, Resolution 2396 (2017), S/RES/2396, December 21, 2017, para. 5, https://undocs.org/S/RES/2396(2017).",
        "5-7": "UN Security Council, Resolution 2396 (2017), S/RES/2396, December 21, 2017, paras. 5–7, https://undocs.org/S/RES/2396(2017).",
        "8(a)": "UN Security Council, Resolution 2396 (2017), S/RES/2396, December 21, 2017, para. 8(a), https://undocs.org/S/RES/2396(2017).",
        "5 and 7": "UN Security Council, Resolution 2396 (2017), S/RES/2396, December 21, 2017, paras. 5, 7, https://undocs.org/S/RES/2396(2017).",
    },
    ("mla", "en"): {
        "5": "(United Nations, Security Council, Resolution 2396, par. 5)",
        "5-7": "(United Nations, Security Council, Resolution 2396, pars. 5–7)",
        "8(a)": "(United Nations, Security Council, Resolution 2396, par. 8(a))",
        "5 and 7": "(United Nations, Security Council, Resolution 2396, pars. 5, 7)",
    },
}
# fmt: on
PINPOINT_CASES = [
    (style, lang, locator) for (style, lang), cases in PINPOINT_GOLDEN.items() for locator in cases
]


@pytest.mark.parametrize(("style", "lang", "locator"), PINPOINT_CASES)
def test_pinpoint_golden(bundled: Collection, style: str, lang: str, locator: str) -> None:
    res = record(bundled, "S/RES/2396 (2017)")
    cited = citations.cite(style, res, lang, bundled, locator)
    assert cited.text == PINPOINT_GOLDEN[style, lang][locator]
    # The parsed locator cites the same as the text a user typed.
    parsed = citations.parse_pinpoint(locator)
    assert citations.cite(style, res, lang, bundled, parsed) == cited


def test_a_pinpoint_in_a_general_assembly_resolution(bundled: Collection) -> None:
    res = record(bundled, "A/RES/71/19")
    assert citations.cite("bluebook", res, "en", bundled, "5").text == (
        "G.A. Res. 71/19, ¶ 5, U.N. Doc. A/RES/71/19 (Nov. 21, 2016)"
    )
    assert citations.cite("un", res, "fr", bundled, "9(b)(i)-(iii)").text == (
        "paragraphes 9 b) i) à iii) de la résolution 71/19 de l’Assemblée générale "
        "en date du 21 novembre 2016"
    )
    assert citations.cite("un", res, "en", bundled, "9(b)(i)-(iii)").text.startswith(
        "paragraphs 9 (b) (i) to (iii) of General Assembly resolution 71/19"
    )
    apa = citations.cite("apa", res, "en", bundled, "12")
    assert apa.text == "(United Nations General Assembly, 2016, para. 12)"
    assert apa.html == (f"({UNDOCS_7119}United Nations General Assembly, 2016</a>, para. 12)")


def test_a_malformed_pinpoint_is_refused_with_a_clear_message(bundled: Collection) -> None:
    res = record(bundled, "S/RES/2396 (2017)")
    with pytest.raises(citations.PinpointError, match=r"'8\(a': cannot read '\(a' at character 2"):
        citations.cite("oscola", res, "en", bundled, "8(a")
    with pytest.raises(citations.PinpointError, match="a range must go up"):
        citations.cite("oscola", res, "en", bundled, "7-5")


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_the_file_formats_describe_the_document_whatever_the_pinpoint(
    bundled: Collection, symbol: str
) -> None:
    # RIS has no locator (SP/EP are pages); a CSL locator belongs to a citation, not an item.
    res = record(bundled, symbol)
    for style in ("ris", "csl-json"):
        assert citations.cite(style, res, "en", bundled, "5-7") == citations.cite(
            style, res, "en", bundled
        )


def test_bibtex_with_a_pinpoint_says_how_to_cite_it(bundled: Collection) -> None:
    res = record(bundled, "S/RES/2396 (2017)")
    for locator, postnote in [("5", "5"), ("5-7", "5--7"), ("5, 7", "5, 7"), ("8(a)", "para 8(a)")]:
        text = citations.cite("bibtex", res, "en", bundled, locator).text
        first, rest = text.split("\n", 1)
        assert first == f"% \\footcite[{postnote}]{{unsc-res-2396-2017}}"
        assert rest == expected_bibtex("S/RES/2396 (2017)")
        assert [e.key for e in parse_bibtex(text).entries] == ["unsc-res-2396-2017"]


# --- untitled documents in APA, Chicago and MLA (issue 15) ---------------------------------

SC_SYMBOLS = [s for s in SYMBOLS if s.startswith("S/")]


@pytest.mark.parametrize("style", ["apa", "chicago", "mla"])
@pytest.mark.parametrize("symbol", SC_SYMBOLS)
def test_an_sc_resolution_is_described_not_given_an_italic_title(
    bundled: Collection, style: str, symbol: str
) -> None:
    res = record(bundled, symbol)
    for cited in (
        citations.cite(style, res, "en", bundled),
        citations.bibliography(style, [res], "en", bundled),
    ):
        assert "<i>" not in cited.html
        year = symbol[-5:-1]
        # The year once in parentheses, never inside other ones: no "(S/RES/2178 (2014))".
        assert f"({year}))" not in cited.text
        assert "((" not in cited.text


def test_ga_titles_stay_in_italics(bundled: Collection) -> None:
    for style in ("apa", "chicago", "mla"):
        cited = citations.cite(style, record(bundled, "A/RES/72/1"), "en", bundled)
        assert cited.html.count("<i>") == 1


# --- looking a style up, and passing it down -------------------------------------------------


def test_a_style_is_found_in_any_case(bundled: Collection) -> None:
    res = record(bundled, "S/RES/2396 (2017)")
    assert citations.get_style("OSCOLA") is citations.STYLES["oscola"]
    assert citations.find_style(" Csl-JSON ") is citations.STYLES["csl-json"]
    assert citations.find_style("harvard") is None
    assert citations.cite("BlueBook", res, "en", bundled) == citations.cite(
        citations.STYLES["bluebook"], res, "en", bundled
    )


def test_each_style_says_whether_it_has_a_french_form(bundled: Collection) -> None:
    res = record(bundled, "S/RES/2396 (2017)")
    for style in citations.STYLES.values():
        french = citations.cite(style, res, "fr", bundled)
        english = citations.cite(style, res, "en", bundled)
        assert style.has_french == (french != english), style.id
        assert style.language("fr") == ("fr" if style.has_french else "en")
