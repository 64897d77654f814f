"""The loader: what a valid file becomes, and how every kind of broken file is refused."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from factories import document as doc
from factories import record
from viewer.core import loader
from viewer.core.collection import Collection

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "resolutions.json"
CORPUS = ROOT.parent / "shared" / "corpora" / "unsc-en.json"


# --- helpers -------------------------------------------------------------------------


def refused(data: Any) -> loader.CollectionError:
    """The error ``build`` raises for a document it must refuse."""
    with pytest.raises(loader.CollectionError) as caught:
        loader.build(data, "x.json")
    return caught.value


def refused_bytes(raw: bytes) -> loader.CollectionError:
    with pytest.raises(loader.CollectionError) as caught:
        loader.parse_json(raw, "x.json")
    return caught.value


def problems_of(error: loader.CollectionError) -> list[tuple[str, str]]:
    return [(p.where, p.message) for p in error.problems]


# --- the bundled collection ------------------------------------------------------------

# symbol: (date of adoption, meeting or None when unverified) -- from shared/facts.md
FACTS = {
    "A/RES/71/19": ("2016-11-21", None),
    "A/RES/72/1": ("2017-09-27", "24"),
    "A/RES/73/11": ("2018-11-26", None),
    "S/RES/2178 (2014)": ("2014-09-24", "7272"),
    "S/RES/2322 (2016)": ("2016-12-12", "7831"),
    "S/RES/2331 (2016)": ("2016-12-20", "7847"),
    "S/RES/2396 (2017)": ("2017-12-21", "8148"),
}


def test_bundled_holds_seven_resolutions_ga_then_sc(bundled: Collection) -> None:
    assert len(bundled.resolutions) == 7
    assert [o.id for o in bundled.organs] == ["GA", "SC"]
    assert len(bundled.by_organ("GA")) == 3
    assert len(bundled.by_organ("SC")) == 4
    assert {r.symbol for r in bundled.resolutions} == set(FACTS)
    assert bundled.warnings == ()
    assert bundled.path == BUNDLED


def test_bundled_related_all_resolve(bundled: Collection) -> None:
    related = [(r.symbol, other) for r in bundled.resolutions for other in r.related]
    assert related, "the bundled file relates some resolutions"
    for symbol, other in related:
        assert bundled.find(other) is not None, f"{symbol} relates {other!r}, not in the file"


@pytest.mark.parametrize(("symbol", "date", "meeting"), [(s, *f) for s, f in FACTS.items()])
def test_bundled_dates_and_meetings_match_the_facts(
    bundled: Collection, symbol: str, date: str, meeting: str | None
) -> None:
    res = bundled.find(symbol)
    assert res is not None
    assert res.symbol == symbol
    assert res.date == dt.date.fromisoformat(date)
    assert res.meeting == meeting


def test_bundled_spot_checks(bundled: Collection) -> None:
    res = bundled.find("S/RES/2396 (2017)")
    assert res is not None
    assert res.date == dt.date(2017, 12, 21)
    assert res.meeting == "8148"
    assert res.number == "2396"
    assert res.organ == "SC"
    ga = bundled.find("A/RES/72/1")
    assert ga is not None
    assert ga.date == dt.date(2017, 9, 27)
    unverified = bundled.find("A/RES/71/19")
    assert unverified is not None
    assert unverified.meeting is None
    assert "meeting" not in unverified.raw


def test_bundled_sc_records_have_an_agenda_item_and_no_title(bundled: Collection) -> None:
    for res in bundled.by_organ("SC"):
        assert res.title is None, res.symbol
        assert res.agenda_item is not None, res.symbol
        assert res.heading() == res.agenda_item


def test_bundled_ga_titles_are_the_official_english_ones(bundled: Collection) -> None:
    titles = {r.symbol: r.title for r in bundled.by_organ("GA")}
    cooperation = (
        "Cooperation between the United Nations and the International Criminal Police "
        "Organization (INTERPOL)"
    )
    assert titles["A/RES/71/19"] is not None
    assert titles["A/RES/71/19"].values["en"] == cooperation
    assert titles["A/RES/73/11"] is not None
    assert titles["A/RES/73/11"].values["en"] == cooperation
    assert titles["A/RES/72/1"] is not None
    assert titles["A/RES/72/1"].values["en"] == (
        "Political declaration on the implementation of the United Nations Global Plan of "
        "Action to Combat Trafficking in Persons"
    )


def test_bundled_every_record_is_bilingual_and_linked(bundled: Collection) -> None:
    for res in bundled.resolutions:
        for field in ("summary", "relevance"):
            value = getattr(res, field)
            assert value is not None, (res.symbol, field)
            assert value.values.get("fr", "").strip(), (res.symbol, field, "fr")
            assert value.values.get("en", "").strip(), (res.symbol, field, "en")
        urls = [link.url for link in res.links]
        assert any(url.startswith("https://undocs.org/") for url in urls), res.symbol


def test_bundled_texts_are_nfc(bundled: Collection) -> None:
    for res in bundled.resolutions:
        for field in ("title", "agenda_item", "summary", "relevance", "adoption"):
            value = getattr(res, field)
            for _lang, text in value.items() if value else ():
                assert unicodedata.is_normalized("NFC", text)


# --- the shared corpus -----------------------------------------------------------------


def test_corpus_loads(corpus: Collection) -> None:
    assert len(corpus.resolutions) == 800
    assert corpus.path == CORPUS
    first = corpus.find("S/RES/1 (1946)")
    assert first is not None
    assert first.date == dt.date(1946, 1, 25)
    assert first.organ == "SC"


# --- valid documents -------------------------------------------------------------------


def test_minimal_document_builds() -> None:
    collection = loader.build(doc(), "x.json")
    assert [r.symbol for r in collection.resolutions] == ["S/RES/2396 (2017)"]
    assert collection.path == Path("x.json")
    assert collection.warnings == ()
    assert collection.title.get("fr") == "Collection d’essai"


def test_build_without_a_path() -> None:
    assert loader.build(doc()).path is None
    with pytest.raises(loader.CollectionError, match="<collection>"):
        loader.build(doc(format="other"))


def test_empty_resolution_list_is_allowed() -> None:
    assert loader.build(doc(resolutions=[]), "x.json").resolutions == ()


def test_unknown_keys_are_ignored_and_kept_in_raw() -> None:
    data = doc(later={"anything": [1, 2]}, resolutions=[record(later_field="kept")])
    collection = loader.build(data, "x.json")
    assert collection.resolutions[0].raw["later_field"] == "kept"


def test_symbol_spaces_are_tidied() -> None:
    collection = loader.build(doc(resolutions=[record(symbol="S/RES/2396  (2017)")]), "x.json")
    assert collection.resolutions[0].symbol == "S/RES/2396 (2017)"
    assert collection.find("s/res/2396(2017)") is collection.resolutions[0]


def test_decomposed_unicode_is_stored_nfc() -> None:
    decomposed = "Re\u0301solution sur la se\u0301curite\u0301"
    assert not unicodedata.is_normalized("NFC", decomposed)
    data = doc(title={"fr": decomposed}, resolutions=[record(title={"fr": decomposed})])
    collection = loader.build(data, "x.json")
    stored = collection.resolutions[0].title
    assert stored is not None
    assert unicodedata.is_normalized("NFC", stored.get("fr"))
    assert stored.get("fr") == "Résolution sur la sécurité"
    assert unicodedata.is_normalized("NFC", collection.title.get("fr"))


def test_dangling_related_and_topic_are_warnings() -> None:
    data = doc(resolutions=[record(related=["S/RES/9999 (2099)"], topics=["nowhere"])])
    collection = loader.build(data, "x.json")
    assert len(collection.resolutions) == 1
    assert len(collection.warnings) == 2
    assert any(
        "resolutions[0].related[0]" in w and "S/RES/9999 (2099)" in w for w in collection.warnings
    )
    assert any("resolutions[0].topics[0]" in w and "nowhere" in w for w in collection.warnings)


def test_related_in_another_spelling_resolves() -> None:
    data = doc(
        resolutions=[
            record(related=["s/res/2178(2014)"]),
            record(symbol="S/RES/2178 (2014)", number="2178", date="2014-09-24"),
        ]
    )
    assert loader.build(data, "x.json").warnings == ()


def test_leap_day_is_a_real_date() -> None:
    collection = loader.build(doc(resolutions=[record(date="2016-02-29")]), "x.json")
    assert collection.resolutions[0].date == dt.date(2016, 2, 29)


# --- refused documents -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "where", "fragment"),
    [
        pytest.param(
            doc(resolutions=[record(date=None)]),
            "resolutions[0]",
            'missing required field "date"',
            id="missing-date",
        ),
        pytest.param(
            doc(resolutions=[record(number=2396)]),
            "resolutions[0].number",
            "must be a string",
            id="number-as-integer",
        ),
        pytest.param(
            doc(resolutions=[record(date="2017-02-30")]),
            "resolutions[0].date",
            "not a real date",
            id="impossible-date",
        ),
        pytest.param(
            doc(resolutions=[record(date="2017-13-01")]),
            "resolutions[0].date",
            "not a real date",
            id="month-13",
        ),
        pytest.param(
            doc(resolutions=[record(), record(symbol="s/res/2396(2017)")]),
            "resolutions[1].symbol",
            "same symbol",
            id="duplicate-symbol",
        ),
        pytest.param(
            doc(resolutions=[record(organ="XX")]),
            "resolutions[0].organ",
            'unknown organ "XX"',
            id="unknown-organ",
        ),
        pytest.param(
            doc(format="un-resolutions/2"),
            "format",
            "un-resolutions/1",
            id="format-version",
        ),
        pytest.param(
            doc(resolutions=[record(links=[{"url": "javascript:alert(1)", "label": {"en": "x"}}])]),
            "resolutions[0].links[0].url",
            "not an http or https address",
            id="javascript-link",
        ),
        pytest.param(
            doc(resolutions=[record(summary={"en": ""})]),
            "resolutions[0].summary.en",
            "must not be empty",
            id="empty-text",
        ),
        pytest.param(
            doc(resolutions=[record(summary={"en": "  \n"})]),
            "resolutions[0].summary.en",
            "must not be empty",
            id="blank-text",
        ),
        pytest.param(
            doc(title={}), "title", "at least one language", id="localized-without-language"
        ),
        pytest.param(doc(organs=[], resolutions=[]), "organs", "at least one", id="no-organ"),
        pytest.param(
            doc(organs=[{"id": "SC", "name": {"en": "a"}}, {"id": "SC", "name": {"en": "b"}}]),
            "organs[1].id",
            "given twice",
            id="organ-twice",
        ),
        pytest.param(
            doc(resolutions=[record(), record(symbol="/x")]),
            "resolutions[1].symbol",
            "not a document symbol",
            id="bad-symbol",
        ),
        pytest.param(
            doc(resolutions={}), "resolutions", "must be a list", id="resolutions-not-list"
        ),
        pytest.param([], "", "must be an object", id="top-level-list"),
    ],
)
def test_refused_document(data: Any, where: str, fragment: str) -> None:
    error = refused(data)
    assert error.path == "x.json"
    assert [p.where for p in error.problems] == [where]
    assert fragment in error.problems[0].message


def test_missing_field_message_is_exact() -> None:
    error = refused(doc(resolutions=[record(date=None)]))
    assert error.lines() == ['x.json: resolutions[0]: missing required field "date"']


def test_refused_top_level_list_names_no_place() -> None:
    error = refused(["not", "a", "collection"])
    assert problems_of(error) == [("", "must be an object, not a list")]
    assert error.lines() == ["x.json: must be an object, not a list"]


def test_every_problem_is_reported_in_document_order() -> None:
    data = doc(
        resolutions=[
            record(number=2396, date="2017-02-30"),
            record(symbol="S/RES/2178 (2014)", number="2178", date=None),
        ]
    )
    wheres = [p.where for p in refused(data).problems]
    assert wheres == ["resolutions[0].number", "resolutions[0].date", "resolutions[1]"]


def test_missing_top_level_fields_each_reported() -> None:
    messages = [p.message for p in refused({"format": "un-resolutions/1"}).problems]
    assert messages == [
        'missing required field "title"',
        'missing required field "organs"',
        'missing required field "resolutions"',
    ]


def test_duplicate_symbol_names_the_first() -> None:
    error = refused(doc(resolutions=[record(), record(symbol="s/res/2396(2017)")]))
    assert error.problems[0].message == (
        '"s/res/2396(2017)" is the same symbol as resolutions[0] ("S/RES/2396 (2017)")'
    )


# --- bytes and files -------------------------------------------------------------------


def test_empty_bytes() -> None:
    assert problems_of(refused_bytes(b"")) == [("", "file is empty")]
    assert problems_of(refused_bytes(b" \n\t")) == [("", "file is empty")]


def test_invalid_utf8_names_line_and_column() -> None:
    error = refused_bytes(b'{"format": "un-resolutions/1",\n  "title": {"fr": "caf\xe9"}}')
    [problem] = error.problems
    assert problem.where == "2:23"
    assert "UTF-8" in problem.message
    assert error.lines()[0].startswith("x.json:2:23: ")


def test_invalid_utf8_on_first_line() -> None:
    [problem] = refused_bytes(b'{"title": "\xff"}').problems
    assert problem.where.startswith("1:")
    assert problem.where.split(":")[1].isdigit()
    assert "UTF-8" in problem.message


def test_utf8_bom_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + json.dumps(doc(), ensure_ascii=False).encode("utf-8")
    data = loader.parse_json(raw, "x.json")
    assert data["format"] == "un-resolutions/1"
    assert len(loader.build(data, "x.json").resolutions) == 1


def test_syntax_error_names_line_and_column() -> None:
    error = refused_bytes(b'{"format": "un-resolutions/1",\n  "title": }')
    assert problems_of(error) == [("2:12", "invalid JSON: Expecting value")]
    assert error.lines() == ["x.json:2:12: invalid JSON: Expecting value"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_numbers_are_refused(constant: str) -> None:
    [problem] = refused_bytes(f'{{"a": {constant}}}'.encode()).problems
    assert constant in problem.message


def test_nesting_too_deep_is_refused() -> None:
    [problem] = refused_bytes(b"[" * 100_000).problems
    assert "nested too deeply" in problem.message


def test_load_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(loader.CollectionError) as caught:
        loader.load(path)
    assert caught.value.lines() == [f"{path}: no such file"]


def test_load_folder(tmp_path: Path) -> None:
    with pytest.raises(loader.CollectionError, match="is a folder"):
        loader.load(tmp_path)


def test_load_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: no disk used, no time spent
        handle.truncate(loader.MAX_FILE_BYTES + 1)
    with pytest.raises(loader.CollectionError, match="larger than the limit"):
        loader.load(path)


def test_load_reads_a_written_file(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc(), ensure_ascii=False), encoding="utf-8")
    collection = loader.load(path)
    assert collection.path == path
    assert collection.find("2396") is not None


# --- user mistakes that must be refused, not crash (see the report) ----------------------


def test_year_zero_is_refused_not_a_crash() -> None:
    # "0000-01-01" matches the schema's pattern and format, but no datetime.date holds it.
    error = refused(doc(resolutions=[record(date="0000-01-01")]))
    assert [p.where for p in error.problems] == ["resolutions[0].date"]


def test_lone_surrogate_is_refused_not_a_crash() -> None:
    raw = json.dumps(doc()).replace('"Test collection"', '"\\ud800"').encode()
    with pytest.raises(loader.CollectionError):
        loader.build(loader.parse_json(raw, "x.json"), "x.json")


def test_huge_integer_is_refused_not_a_crash() -> None:
    raw = json.dumps(doc()).replace('"format"', '"extra": 1' + "0" * 5000 + ', "format"')
    with pytest.raises(loader.CollectionError):
        loader.parse_json(raw.encode(), "x.json")
