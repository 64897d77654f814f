"""The keys an import adds (docs/importing.md) on the page and in `show`: the plenary
meeting as the GA prints it, the session, the agenda item's number, the origin, the
footnotes and the annexes."""

from __future__ import annotations

import re
from pathlib import Path

import factories
from factories import document, record
from viewer.core import loader, render
from viewer.core.labels import ordinal_meeting

GA = record(
    symbol="A/RES/78/101",
    organ="GA",
    number="78/101",
    date="2023-12-07",
    meeting="45",
    meeting_kind="plenary",
    session={"en": "Seventy-eighth session"},
    agenda_number="58",
    agenda_item={"en": "Implementation of the Declaration"},
    origin={"en": "on the report of the Fourth Committee (A/78/429, para. 33)"},
    title={"en": "Implementation of the Declaration", "fr": "Application de la Déclaration"},
    text={"en": "The General Assembly,\n\n1. Reaffirms its resolution 1514 (XV);1"},
    footnotes={"en": [{"n": "1", "text": "Resolution 1514 (XV)."}]},
    annexes={"en": [{"title": "Annex <b>I</b>", "text": "Terms of reference"}]},
)


def page_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.split("</style>", 1)[1]))


def loaded(tmp_path: Path):
    collection = loader.load(factories.write(tmp_path / "c.json", document(GA)))
    return collection, collection.find("A/RES/78/101")


def test_the_page_shows_what_the_import_read(tmp_path: Path) -> None:
    collection, res = loaded(tmp_path)
    text = page_text(render.resolution_html(collection, res, "en"))
    assert "Meeting 45th plenary meeting" in text
    assert "Session Seventy-eighth session" in text
    assert "Agenda item 58 — Implementation of the Declaration" in text
    assert "Origin on the report of the Fourth Committee (A/78/429, para. 33)" in text
    assert "Notes 1 Resolution 1514 (XV)." in text
    assert "Annex &lt;b&gt;I&lt;/b&gt; Terms of reference" in text  # a title is text, not HTML
    french = page_text(render.resolution_html(collection, res, "fr"))
    assert "Séance 45e séance plénière" in french
    assert "Notes 1 Resolution 1514 (XV). " in french  # the only language there is


def test_show_says_the_same(tmp_path: Path) -> None:
    collection, res = loaded(tmp_path)
    text = render.resolution_text(collection, res, "en")
    assert "Meeting      45th plenary meeting" in text
    assert "Origin       on the report of the Fourth Committee" in text


def test_meetings_as_printed() -> None:
    assert ordinal_meeting("45", "en", plenary=True) == "45th plenary meeting"
    assert (
        ordinal_meeting("50", "en", plenary=True, resumed=True) == "50th (resumed) plenary meeting"
    )
    assert ordinal_meeting("8148", "en") == "8148th meeting"
    assert ordinal_meeting("1", "fr", plenary=True) == "1re séance plénière"
    assert (
        ordinal_meeting("50", "fr", plenary=True, resumed=True) == "50e séance plénière (reprise)"
    )


def test_a_label_from_the_text_skips_its_opening_formula(tmp_path: Path) -> None:
    """An imported SC resolution has no title: its tree row names what it does."""
    sc = record(text={"en": "The Security Council,\n\nWelcoming the Comprehensive Plan"})
    fr = record(
        symbol="S/RES/1 (1946)", number="1", text={"fr": "Le Conseil de sécurité,\n\nRappelant"}
    )
    alone = record(symbol="S/RES/2 (1946)", number="2", text={"en": "The Security Council,"})
    collection = loader.load(factories.write(tmp_path / "c.json", document(sc, fr, alone)))
    labels = [r.label("en") for r in collection.resolutions]
    assert labels == ["Welcoming the Comprehensive Plan", "Rappelant", "The Security Council,"]
