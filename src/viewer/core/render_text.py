"""A resolution's full text as a document for the detail pane (HTML for QTextBrowser).

Paragraphs reflowed, operative numbers hanging, sub-paragraphs indented, sections as
headings, footnotes at the foot; each paragraph has an anchor (``<a name="p5">``, for
``QTextBrowser.scrollToAnchor``). A mention of a resolution the collection holds is a link
``resolution:SYMBOL`` (the scheme of ``render.link_for``) with ``#anchor`` when a paragraph
is named; one it does not hold is plain text with a tooltip. Every data string is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
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
        "contents": "Operative paragraphs",
        "annex_part": "annex",
        "text_part": "text",
    },
    "fr": {
        "notes": "Notes",
        "cites": "Résolutions citées",
        "cited_by": "Citée par",
        "para": "par.",
        "absent": "absente de cette collection",
        "annex": "Annexe",
        "preamble": "préambule",
        "contents": "Paragraphes du dispositif",
        "annex_part": "annexe",
        "text_part": "texte",
    },
}
END_ANCHOR = "text-end"
CONTENTS_ONE_COLUMN = 8  # a longer table of contents takes two columns
# The spans a search matched in a piece of text (see highlight.Highlighter).
Hits = Callable[[str], list[tuple[int, int]]]

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


def text_html(
    parsed: structure.Structure,
    organ: str,
    collection: Collection,
    lang: str,
    hits: Hits | None = None,
) -> str:
    """The body of the text: heading lines, paragraphs, closing, footnotes. ``hits``: the
    spans a search matched in a piece of text, marked (``class="hit"``)."""
    notes = {note.number for note in parsed.footnotes}
    out: list[str] = [f"<p>{html.escape(line)}</p>" for line in parsed.heading.lines]
    if parsed.heading.organ_line:
        out.append(f"<p><i>{html.escape(parsed.heading.organ_line)}</i></p>")
    section: str | None = None
    for paragraph in parsed.paragraphs:
        if paragraph.section != section and paragraph.section:
            out.append(f"<h3>{html.escape(paragraph.section)}</h3>")
        section = paragraph.section
        out.append(_paragraph_html(paragraph, organ, collection, notes, lang, hits))
    # Where the paragraphs end: the window looks no further back for "the paragraph
    # under the cursor" from the closing lines and notes.
    out.append(f'<a name="{END_ANCHOR}"></a>')
    out += [f'<p align="right"><i>{html.escape(line)}</i></p>' for line in parsed.closing]
    if parsed.footnotes:
        out.append(f'<hr/><p class="note"><b>{words(lang)["notes"]}</b></p>')
        for note in parsed.footnotes:
            out.append(
                f'<p class="note"><a name="fn{html.escape(note.number)}"></a>'
                f"<sup>{html.escape(note.number)}</sup> "
                f"{linked(note.text, organ, collection, set(), lang, hits)}</p>"
            )
    return "\n".join(out)


def _paragraph_html(
    paragraph: structure.Paragraph,
    organ: str,
    collection: Collection,
    notes: set[str],
    lang: str,
    hits: Hits | None = None,
) -> str:
    body = linked(paragraph.text, organ, collection, notes, lang, hits)
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
    subs = [
        _sub_html(sub, 1, organ, collection, notes, lang, hits) for sub in paragraph.subparagraphs
    ]
    return head + "".join(subs)


def _sub_html(
    sub: structure.Subparagraph,
    depth: int,
    organ: str,
    collection: Collection,
    notes: set[str],
    lang: str,
    hits: Hits | None = None,
) -> str:
    text = linked(sub.text, organ, collection, notes, lang, hits)
    margin = 28 * depth + 32
    own = f'<p style="margin-left: {margin}px">{html.escape(sub.label)} {text}</p>'
    return own + "".join(
        _sub_html(s, depth + 1, organ, collection, notes, lang, hits) for s in sub.subparagraphs
    )


def linked(
    text: str,
    organ: str,
    collection: Collection,
    notes: set[str],
    lang: str,
    hits: Hits | None = None,
) -> str:
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
    if hits is not None:
        taken = list(spans)
        for start, end in hits(text):
            if not any(s < end and start < e for s, e, _ in taken):
                piece = html.escape(text[start:end])
                spans.append((start, end, f'<span class="hit">{piece}</span>'))
    out, position = [], 0
    for start, end, markup in sorted(spans):
        out.append(html.escape(text[position:start]))
        out.append(markup)
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def contents_html(parsed: structure.Structure, lang: str) -> str:
    """The operative paragraphs' table of contents ("1. Affirms …"), each a link to its
    paragraph; two columns when long, so that 34 entries stay a screen's height."""
    entries = parsed.contents(words=7)
    if len(entries) < 2:
        return ""
    links = [f'<a href="#{html.escape(a)}">{html.escape(t)}</a>' for a, t in entries]
    half = (len(links) + 1) // 2 if len(links) > CONTENTS_ONE_COLUMN else len(links)
    columns = [links[:half], links[half:]] if half < len(links) else [links]
    cells = "".join(
        f'<td valign="top" width="{100 // len(columns)}%">{"<br/>".join(c)}</td>' for c in columns
    )
    title = words(lang)["contents"]
    return (
        f'<p class="toc-title"><b>{title}</b></p>'
        f'<table class="toc" cellspacing="0" cellpadding="2" width="100%"><tr>{cells}</tr></table>'
    )


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
        by_source: dict[str, list[Citation]] = {}
        for citation in cited_by:
            by_source.setdefault(citation.source, []).append(citation)
        out += [_citing_record_html(source, found, said) for source, found in by_source.items()]
        out.append("</ul>")
    return "".join(out)


def _citing_record_html(source: str, found: list[Citation], said: dict[str, str]) -> str:
    """One citing record on one line, its paragraphs grouped by part, each a link:
    "S/RES/707 (1991): preamble 1, 2, 6; para 1, 3"."""
    groups: dict[str, list[str]] = {}
    first_anchor: str | None = None
    for citation in found:
        kind, number = _place(citation.paragraph, said)
        if kind is None:
            continue
        first_anchor = first_anchor or citation.anchor
        url = html.escape(paragraph_link(source, citation.anchor))
        link = f'<a href="{url}">{html.escape(number or kind)}</a>'
        links = groups.setdefault(kind, [])
        if link not in links and (number or not links):  # "annex" once, not per mention
            links.append(link)
    name = (
        f'<a href="{html.escape(paragraph_link(source, first_anchor))}">{html.escape(source)}</a>'
    )
    places = "; ".join(
        ", ".join(links) if links[0].endswith(f">{kind}</a>") else f"{kind} {', '.join(links)}"
        for kind, links in groups.items()
    )
    return f"<li>{name}: {places}</li>" if places else f"<li>{name}</li>"


def _place(paragraph: str | None, said: dict[str, str]) -> tuple[str | None, str | None]:
    """The part of the text a citing paragraph is in and its number: ("para", "5"),
    ("preamble", "3"), ("annex", None); a mention not yet placed (see
    ReferenceIndex.placed) has none."""
    if paragraph is None:
        return None, None
    if paragraph.isdigit():
        return said["para"], paragraph
    if paragraph.startswith("pp") and paragraph[2:].isdigit():
        return said["preamble"], paragraph[2:]
    if paragraph.startswith("annex"):
        return said["annex_part"], None
    return said["text_part"], None


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


__all__ = [
    "citations_html",
    "contents_html",
    "linked",
    "page_html",
    "paragraph_link",
    "split_link",
    "text_html",
]
