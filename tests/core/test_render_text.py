"""The full text as the detail pane shows it: anchors, links, tooltips, escaping."""

from __future__ import annotations

import re
from functools import cache

from tests.conftest import CORPUS

from viewer.core import loader, reference_index, render_text, structure
from viewer.core.collection import Collection


@cache
def corpus() -> Collection:
    return loader.load(CORPUS)


def page(symbol: str) -> str:
    res = corpus().find(symbol)
    parsed = structure.parse(reference_index.text_of(res) or "")
    index = reference_index.build(corpus())
    return render_text.page_html(
        parsed,
        res.organ,
        corpus(),
        "en",
        index.references_of(res),
        index.placed(index.citing(res), corpus()),
    )


def test_every_paragraph_has_an_anchor_and_sections_are_headings() -> None:
    html = page("S/RES/687 (1991)")
    anchors = re.findall(r'<a name="([^"]+)">', html)
    assert [a for a in anchors if re.fullmatch(r"p\d+", a)] == [f"p{n}" for n in range(1, 35)]
    assert "pp1" in anchors
    assert re.findall(r"<h3>([A-I])</h3>", html) == list("ABCDEFGHI")


def test_references_in_the_collection_are_links_to_the_paragraph() -> None:
    html = page("S/RES/687 (1991)")
    assert '<a href="resolution:S/RES/678%20(1990)#p2">678 (1990)</a>' in html
    assert '<a href="resolution:S/RES/660%20(1990)">660 (1990)</a>' in html
    # 666 (1990) is not in the corpus: plain text with a tooltip.
    assert '<span title="S/RES/666 (1990): not in this collection">666 (1990)</span>' in html


def test_cites_and_cited_by_blocks() -> None:
    html = page("S/RES/678 (1990)")
    cited_by = html[html.index("<h2>Cited by</h2>") :]
    # One line per citing record, its paragraphs grouped and each a link.
    assert (
        '<li><a href="resolution:S/RES/687%20(1991)#pp1">S/RES/687 (1991)</a>: preamble '
        '<a href="resolution:S/RES/687%20(1991)#pp1">1</a>' in cited_by
    )
    assert html.index("<h2>Cites</h2>") < html.index("<h2>Cited by</h2>")


def test_split_link_gives_the_symbol_and_the_anchor() -> None:
    url = render_text.paragraph_link("S/RES/687 (1991)", "p8")
    assert render_text.split_link(url) == ("S/RES/687 (1991)", "p8")
    assert render_text.split_link("resolution:S/RES/1%20(1946)") == ("S/RES/1 (1946)", None)
    assert render_text.split_link("https://undocs.org") is None


def test_data_is_escaped_and_footnote_marks_are_raised() -> None:
    text = (
        "The Security Council,\n\nNoting the <b>letter</b> & report, 7\n\n"
        "1. Decides;\n\nAdopted unanimously at the 1st meeting.\n\n7 Document S/1.\n"
    )
    parsed = structure.parse(text)
    html = render_text.text_html(parsed, "SC", corpus(), "en")
    assert "&lt;b&gt;letter&lt;/b&gt; &amp; report" in html
    assert "<b>letter</b>" not in html
    assert '<sup><a href="#fn7">7</a></sup>' in html
    assert '<a name="fn7"></a><sup>7</sup> Document S/1.' in html
