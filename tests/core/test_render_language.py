"""Pages follow the reader's language wherever the data has it, and say so where not."""

from __future__ import annotations

import copy
import html
import re
from typing import Any

import pytest

from viewer.core import loader, render
from viewer.core.collection import Collection

NBSP = "\u00a0"


def collection_of(**changes: Any) -> Collection:
    """Two resolutions, every text in both languages unless a test takes one away."""
    data: dict[str, Any] = {
        "format": "un-resolutions/1",
        "title": {"en": "Test collection", "fr": "Collection d’essai"},
        "source": {"name": "Somewhere"},
        "organs": [{"id": "SC", "name": {"en": "Security Council", "fr": "Conseil de sécurité"}}],
        "topics": [{"id": "t", "label": {"en": "Terrorism", "fr": "Terrorisme"}}],
        "resolutions": [
            {
                "symbol": "S/RES/1 (2000)",
                "organ": "SC",
                "number": "1",
                "date": "2000-01-10",
                "agenda_item": {"en": "Threats to peace", "fr": "Menaces contre la paix"},
                "summary": {"en": "An English summary.", "fr": "Un résumé français."},
                "topics": ["t"],
                "related": ["S/RES/2 (2001)"],
                "links": [
                    {
                        "url": "https://undocs.org/S/RES/1(2000)",
                        "label": {"en": "Official document", "fr": "Document officiel"},
                    }
                ],
            },
            {
                "symbol": "S/RES/2 (2001)",
                "organ": "SC",
                "number": "2",
                "date": "2001-02-11",
                "agenda_item": {"en": "Maintenance of peace", "fr": "Maintien de la paix"},
            },
        ],
    }
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = copy.deepcopy(value)
    return loader.build(data, "test.json")


def visible(page: str) -> str:
    """What a reader sees of an HTML page: the text, tags and style gone."""
    body = page.split("<body>", 1)[1]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


@pytest.mark.parametrize(
    ("lang", "own", "other"),
    [
        ("fr", ["Conseil de sécurité", "Menaces contre la paix", "Terrorisme"], ["Threats"]),
        ("en", ["Security Council", "Threats to peace", "Terrorism"], ["Menaces"]),
    ],
)
def test_the_page_is_in_the_readers_language(lang: str, own: list[str], other: list[str]) -> None:
    collection = collection_of()
    first = collection.resolutions[0]
    for page in (
        visible(render.resolution_html(collection, first, lang)),
        render.resolution_text(collection, first, lang),
    ):
        for text in own:
            assert text in page
        for text in other:
            assert text not in page
        assert "(in " not in page
        assert "(en " not in page


def test_related_resolutions_follow_the_language() -> None:
    collection = collection_of()
    first = collection.resolutions[0]
    page = visible(render.resolution_html(collection, first, "fr"))
    assert "S/RES/2 (2001) — Maintien de la paix" in page
    text = render.resolution_text(collection, first, "fr")
    assert "  S/RES/2 (2001) — Maintien de la paix\n" in text


def test_every_english_fallback_in_a_french_page_is_marked() -> None:
    # Organ, topic, link label, agenda item, related resolution: only in English.
    collection = collection_of(
        organs=[{"id": "SC", "name": {"en": "Security Council"}}],
        topics=[{"id": "t", "label": {"en": "Terrorism"}}],
        resolutions__0__agenda_item={"en": "Threats to peace"},
        resolutions__0__links=[
            {"url": "https://undocs.org/S/RES/1(2000)", "label": {"en": "Official document"}}
        ],
        resolutions__1__agenda_item={"en": "Maintenance of peace"},
    )
    first = collection.resolutions[0]
    page = visible(render.resolution_html(collection, first, "fr"))
    text = render.resolution_text(collection, first, "fr")
    for shown in (page, text):
        for english in (
            "Security Council",
            "Terrorism",
            "Threats to peace",
            "Official document",
            "Maintenance of peace",
        ):
            assert f"{english} (en anglais)" in shown, english
    assert "Un résumé français." in page  # what is in French is not marked
    assert "Un résumé français. (en" not in page


def test_a_french_only_text_is_marked_in_an_english_page() -> None:
    collection = collection_of(resolutions__0__summary={"fr": "Un résumé français."})
    page = visible(render.resolution_html(collection, collection.resolutions[0], "en"))
    assert "Un résumé français. (in French)" in page


def test_overview_labels_in_one_other_language_are_said_once() -> None:
    # An English-only collection read in French: one note, not one per row.
    collection = collection_of(
        resolutions__0__agenda_item={"en": "Threats to peace"},
        resolutions__1__agenda_item={"en": "Maintenance of peace"},
    )
    page = visible(render.overview_html(collection, "fr"))
    assert "Titres et descriptions en anglais." in page
    assert page.count("(en anglais)") == 0
    assert "Threats to peace" in page
    assert "Maintenance of peace" in page


def test_overview_marks_the_rows_that_fall_back() -> None:
    collection = collection_of(resolutions__1__agenda_item={"en": "Maintenance of peace"})
    page = visible(render.overview_html(collection, "fr"))
    assert "Maintenance of peace (en anglais)" in page
    assert "Menaces contre la paix" in page
    assert "Menaces contre la paix (en" not in page
    assert "Titres et descriptions" not in page


def test_overview_in_the_readers_language() -> None:
    collection = collection_of()
    french = visible(render.overview_html(collection, "fr"))
    english = visible(render.overview_html(collection, "en"))
    assert "Collection d’essai" in french
    assert "Menaces contre la paix" in french
    assert "Test collection" in english
    assert "Threats to peace" in english
    assert f"Source{NBSP}: Somewhere" in french
    assert "Source: Somewhere" in english


def test_plenary_meeting_is_written_out() -> None:
    collection = collection_of(resolutions__0__meeting="24", resolutions__0__meeting_kind="plenary")
    first = collection.resolutions[0]
    assert "24th plenary meeting" in render.resolution_text(collection, first, "en")
    assert "24e séance plénière" in render.resolution_text(collection, first, "fr")
    assert "24e séance plénière" in visible(render.resolution_html(collection, first, "fr"))
    plain = collection_of(resolutions__0__meeting="8148")
    assert "8148th meeting" in render.resolution_text(plain, plain.resolutions[0], "en")
    assert "8148e séance\n" in render.resolution_text(plain, plain.resolutions[0], "fr")
