"""Markup in any data string is shown as text: in the page, in `show --format html`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.cli import main
from viewer.core import loader, render

HOSTILE = [
    '<img src="https://example.invalid/x.png" onerror="alert(1)">',
    "<script>alert(1)</script>",
    '<iframe src="file:///etc/passwd"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    '" onmouseover="alert(1)',
    "<style>body{display:none}</style>",
]


def hostile_collection() -> dict:
    evil = " ".join(HOSTILE)
    return {
        "format": "un-resolutions/1",
        "title": {"en": evil},
        "description": {"en": evil},
        "source": {"name": evil},
        "organs": [{"id": "SC", "name": {"en": evil}}],
        "topics": [{"id": "t", "label": {"en": evil}}],
        "resolutions": [
            {
                "symbol": "S/RES/1 (1946)",
                "organ": "SC",
                "number": "1",
                "date": "1946-01-25",
                "agenda_item": {"en": evil},
                "summary": {"en": evil},
                "relevance": {"en": evil},
                "text": {"en": evil},
                "adoption": {"en": evil},
                "meeting": evil,
                "topics": ["t"],
                "related": [evil],
                "links": [{"url": "https://undocs.org/S/RES/1(1946)", "label": {"en": evil}}],
            }
        ],
    }


def assert_inert(page: str) -> None:
    lowered = page.lower()
    for tag in ("<img", "<script", "<iframe", "<style>body", 'href="javascript:'):
        assert tag not in lowered, tag
    assert "onerror=" not in lowered.replace("onerror=&quot;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_detail_and_overview_pages_show_markup_as_text() -> None:
    collection = loader.build(hostile_collection(), "hostile.json")
    res = collection.resolutions[0]
    assert_inert(render.resolution_html(collection, res, "en"))
    assert_inert(render.overview_html(collection, "en"))


def test_show_html_shows_markup_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(hostile_collection()), encoding="utf-8")
    assert main(["show", "S/RES/1 (1946)", "--data", str(path), "--format", "html"]) == 0
    assert_inert(capsys.readouterr().out)


def test_highlighting_escapes_too() -> None:
    from viewer.core.search import SearchIndex

    collection = loader.build(hostile_collection(), "hostile.json")
    result = SearchIndex(collection).search("script alert")
    page = render.resolution_html(
        collection, collection.resolutions[0], "en", result.highlighter.spans
    )
    assert_inert(page)
    assert 'class="hit"' in page
