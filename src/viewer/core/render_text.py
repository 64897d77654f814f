"""A resolution's full text as a document for the detail pane (HTML for QTextBrowser).

Paragraphs reflowed, operative numbers hanging, sub-paragraphs indented, sections as
headings, footnotes at the foot; each paragraph has an anchor (``<a name="p5">``, for
``QTextBrowser.scrollToAnchor``). A mention of a resolution the collection holds is a link
``resolution:SYMBOL`` (the scheme of ``render.link_for``) with ``#anchor`` when a paragraph
is named; one it does not hold is plain text with a tooltip. Every data string is escaped.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from urllib.parse import unquote

from viewer.core import footnotes, references, structure
from viewer.core.render import RESOLUTION_SCHEME, link_for

if TYPE_CHECKING:
    from viewer.core.collection import Collection
    from viewer.core.reference_index import Citation

_WORDS = {
    "en": {
        "notes": "Notes",
        "cites": "Cites",
        "cited_by": "Cited by",
        "para": "para",
        "absent": "not in this collection",
        "annex": "Annex",
        "preamble": "preamble",
    },
    "fr": {
        "notes": "Notes",
        "cites": "Cite",
        "cited_by": "Cité par",
        "para": "par.",
        "absent": "absente de cette collection",
        "annex": "Annexe",
        "preamble": "préambule",
    },
}
STYLE = """
.para { margin-top: 4px; margin-bottom: 6px; }
.num { font-weight: 600; }
.sub { margin-left: 28px; }
.sub2 { margin-left: 56px; }
.note { font-size: small; }
.absent { color: #7a7a7a; }
"""


def words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def paragraph_link(symbol: str, anchor: str | None = None) -> str:
    """``resolution:S/RES/687%20(1991)#p8``: the page of a resolution, at a paragraph."""
    return link_for(symbol) + (f"#{anchor}" if anchor else "")


def split_link(url: str) -> tuple[str, str | None] | None:
    """The symbol and the anchor of a ``paragraph_link``; None for another link."""
    prefix = RESOLUTION_SCHEME + ":"
    if not url.startswith(prefix):
        return None
    symbol, _, anchor = url[len(prefix) :].partition("#")
    return unquote(symbol), anchor or None


def target_anchor(paragraph: str | None) -> str | None:
    """The anchor of a cited paragraph: "8 (a)" -> "p8" (the page shows sub-paragraphs
    inside their paragraph)."""
    if not paragraph:
        return None
    number = paragraph.split()[0].split("(")[0]
    return f"p{number}" if number.isdigit() else None


def text_html(parsed: structure.Structure, organ: str, collection: Collection, lang: str) -> str:
    """The body of the text: heading lines, paragraphs, closing, footnotes."""
    notes = {note.number for note in parsed.footnotes}
    out: list[str] = [f"<p>{html.escape(line)}</p>" for line in parsed.heading.lines]
    if parsed.heading.organ_line:
        out.append(f"<p><i>{html.escape(parsed.heading.organ_line)}</i></p>")
    section: str | None = None
    for paragraph in parsed.paragraphs:
        if paragraph.section != section and paragraph.section:
            out.append(f"<h3>{html.escape(paragraph.section)}</h3>")
        section = paragraph.section
        out.append(_paragraph_html(paragraph, organ, collection, notes, lang))
    out += [f'<p align="right"><i>{html.escape(line)}</i></p>' for line in parsed.closing]
    if parsed.footnotes:
        out.append(f'<hr/><p class="note"><b>{words(lang)["notes"]}</b></p>')
        for note in parsed.footnotes:
            out.append(
                f'<p class="note"><a name="fn{html.escape(note.number)}"></a>'
                f"<sup>{html.escape(note.number)}</sup> "
                f"{linked(note.text, organ, collection, set(), lang)}</p>"
            )
    return "\n".join(out)


def _paragraph_html(
    paragraph: structure.Paragraph, organ: str, collection: Collection, notes: set[str], lang: str
) -> str:
    body = linked(paragraph.text, organ, collection, notes, lang)
    anchor = f'<a name="{html.escape(paragraph.anchor)}"></a>'
    if paragraph.number:
        # The number hangs in its own cell, the text beside it: a hanging indent that
        # QTextBrowser's subset of CSS renders.
        head = (
            f'<table cellspacing="0" cellpadding="0"><tr><td width="32" valign="top">'
            f'{anchor}<span class="num">{html.escape(paragraph.number)}.</span></td>'
            f"<td>{body}</td></tr></table>"
        )
    else:
        head = f'<p class="para">{anchor}{body}</p>'
    subs = [_sub_html(sub, 1, organ, collection, notes, lang) for sub in paragraph.subparagraphs]
    return head + "".join(subs)


def _sub_html(
    sub: structure.Subparagraph,
    depth: int,
    organ: str,
    collection: Collection,
    notes: set[str],
    lang: str,
) -> str:
    text = linked(sub.text, organ, collection, notes, lang)
    margin = 28 * depth + 32
    own = f'<p style="margin-left: {margin}px">{html.escape(sub.label)} {text}</p>'
    return own + "".join(
        _sub_html(s, depth + 1, organ, collection, notes, lang) for s in sub.subparagraphs
    )


def linked(text: str, organ: str, collection: Collection, notes: set[str], lang: str) -> str:
    """``text`` escaped, its references as links or tooltips, its footnote marks raised."""
    spans: list[tuple[int, int, str]] = []
    for reference in references.find(text, organ):
        target = collection.find(reference.symbol)
        piece = html.escape(text[reference.start : reference.end])
        if target is None:
            tip = html.escape(f"{reference.symbol}: {words(lang)['absent']}", quote=True)
            spans.append((reference.start, reference.end, f'<span title="{tip}">{piece}</span>'))
        else:
            url = paragraph_link(target.symbol, target_anchor(reference.target_paragraph))
            spans.append(
                (reference.start, reference.end, f'<a href="{html.escape(url)}">{piece}</a>')
            )
    for start, end in footnotes.marks(text, notes):
        if not any(s <= start < e for s, e, _ in spans):
            number = html.escape(text[start:end])
            spans.append((start, end, f'<sup><a href="#fn{number}">{number}</a></sup>'))
    out, position = [], 0
    for start, end, markup in sorted(spans):
        out.append(html.escape(text[position:start]))
        out.append(markup)
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def citations_html(cites: list[Citation], cited_by: list[Citation], lang: str) -> str:
    """The "Cites" and "Cited by" blocks: each entry a link to the paragraph. Pass
    ``cited_by`` through ``ReferenceIndex.placed`` to name the citing paragraphs."""
    said = words(lang)
    out: list[str] = []
    if cites:
        out.append(f"<h2>{said['cites']}</h2><ul>")
        seen: set[tuple[str, str | None]] = set()
        for citation in cites:
            if (citation.target_key, citation.target_paragraph) in seen:
                continue
            seen.add((citation.target_key, citation.target_paragraph))
            name = html.escape(citation.target)
            if citation.target_paragraph:
                name += f", {said['para']} {html.escape(citation.target_paragraph)}"
            if citation.in_collection:
                url = paragraph_link(citation.target, target_anchor(citation.target_paragraph))
                out.append(f'<li><a href="{html.escape(url)}">{name}</a></li>')
            else:
                out.append(f'<li><span class="absent">{name} ({said["absent"]})</span></li>')
        out.append("</ul>")
    if cited_by:
        out.append(f"<h2>{said['cited_by']}</h2><ul>")
        for citation in cited_by:
            url = paragraph_link(citation.source, citation.anchor)
            where = _where(citation.paragraph, said)
            where = f", {where}" if where else ""
            out.append(
                f'<li><a href="{html.escape(url)}">{html.escape(citation.source)}</a>{where}</li>'
            )
        out.append("</ul>")
    return "".join(out)


def _where(paragraph: str | None, said: dict[str, str]) -> str:
    """ "para 5", "preamble 3"; a mention not yet placed (see ReferenceIndex.placed) is
    named by its record alone."""
    if paragraph is None:
        return ""
    if paragraph.isdigit():
        return f"{said['para']} {paragraph}"
    if paragraph.startswith("pp"):
        return f"{said['preamble']} {html.escape(paragraph[2:])}"
    return html.escape(paragraph)


def page_html(
    parsed: structure.Structure,
    organ: str,
    collection: Collection,
    lang: str,
    cites: list[Citation] = (),
    cited_by: list[Citation] = (),
) -> str:  # type: ignore[assignment]
    """A whole page (for ``show --format html`` of the text and the bench)."""
    body = text_html(parsed, organ, collection, lang) + citations_html(
        list(cites), list(cited_by), lang
    )
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


__all__ = ["citations_html", "linked", "page_html", "paragraph_link", "split_link", "text_html"]
