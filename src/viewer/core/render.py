"""Pages of the detail pane, as HTML (the window, ``show --format html``) and plain text.

Every string from the data goes through ``html.escape`` (or the highlighter, which
escapes too): a collection can never inject markup into the page.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from viewer.core import citations, markup, symbols
from viewer.core.dates import long_date
from viewer.core.labels import colon, fallback_note, label, ordinal_meeting, with_fallback_note
from viewer.core.localized import Localized
from viewer.core.markup import mark

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution
    from viewer.core.reference_index import Citation as Cited

RESOLUTION_SCHEME = "resolution"
ACTION_SCHEME = "action"  # links that act in the window: copy, choose a style
TEXT_PART = "text-part/"  # action:text-part/N shows part N of a long full text
TEXT_ANCHOR = "full-text"
# Above this many resolutions the overview lists counts per year and the latest ones.
OVERVIEW_LIST_MAX = 500
OVERVIEW_LATEST = 50

# Spans of matched words in a text of a given language (see highlight.Highlighter).
SpanFinder = Callable[[str, str], list[tuple[int, int]]]

STYLE = """
h1 { font-size: x-large; margin-bottom: 2px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 4px; }
p { margin-top: 4px; margin-bottom: 6px; }
.sub { color: #7a7a7a; }
.key { color: #7a7a7a; padding-right: 14px; }
.fallback { color: #7a7a7a; font-style: italic; font-size: small; }
.hit { background-color: #ffe14d; color: #000000; }
.topic { font-weight: 600; }
.missing { color: #7a7a7a; }
.num { font-weight: 600; }
.note { font-size: small; }
.absent { color: #7a7a7a; }
.toc-title { margin-top: 8px; margin-bottom: 2px; }
.toc { margin-bottom: 10px; font-size: small; }
"""


def link_for(symbol: str) -> str:
    """An in-page link that selects a resolution (``resolution:S/RES/2178%20(2014)``)."""
    return f"{RESOLUTION_SCHEME}:{quote(symbol, safe='/()')}"


def symbol_from_link(url: str) -> str | None:
    prefix = RESOLUTION_SCHEME + ":"
    return unquote(url[len(prefix) :]) if url.startswith(prefix) else None


class _Page:
    def __init__(self, lang: str, spans: SpanFinder | None) -> None:
        self.lang = lang
        self.spans = spans
        self.parts: list[str] = []

    def text(
        self, text: str, text_lang: str | None = None, limit: int | None = markup.FIELD_CHARS
    ) -> str:
        """Escaped text, matched words marked when a search is on; long words breakable,
        and clipped to ``limit`` characters (see core/markup.py)."""
        hidden = 0
        if limit is not None:
            text, hidden = markup.clip(text, limit)
        if self.spans is None:
            body = markup.escape(text)
        else:
            body = mark(text, self.spans(text, text_lang or self.lang), "span", ' class="hit"')
        return body + (markup.clipped_note(hidden, self.lang) if hidden else "")

    def loc(
        self,
        value: Localized,
        multiline: bool = False,
        part: int | None = None,
        whole: bool = False,
    ) -> str:
        """``part``: a long text in parts, that one shown; ``whole``: all of it at once;
        else clipped (see core/markup.py)."""
        text, used = value.pick(self.lang)
        if part is not None:  # the full text: shown in parts, never clipped
            body = self._part(text, used, part)
        elif whole:
            body = self._paragraphs(text, used)
        elif multiline:
            text, hidden = markup.clip(text)
            body = self._paragraphs(text, used)
            body += markup.clipped_note(hidden, self.lang) if hidden else ""
        else:
            body = self.text(text, used)
        return body + self.note(used)

    def note(self, used: str) -> str:
        """The mark of a text in another language than the reader's, or nothing."""
        if used == self.lang:
            return ""
        return f' <span class="fallback">({html.escape(fallback_note(used, self.lang))})</span>'

    def short(self, value: Localized) -> str:
        """A name or label (organ, topic, link): escaped, not highlighted, fallback marked."""
        text, used = value.pick(self.lang)
        return html.escape(text) + self.note(used)

    def label_of(self, res: Resolution) -> str:
        """A resolution's short label (title, agenda item…), its fallback marked."""
        text, used = res.label_pick(self.lang)
        return self.text(text, used) + self.note(used)

    def _paragraphs(self, text: str, used: str) -> str:
        return "".join(
            f"<p>{self.text(para, used, None).replace(chr(10), '<br/>')}</p>"
            for para in _paragraphs(text)
        )

    def _part(self, text: str, used: str, part: int) -> str:
        count = markup.part_count(text)
        if count == 1:
            return self._paragraphs(text, used)
        part = max(0, min(part, count - 1))
        nav = markup.part_nav(part, count, self.lang, f"{ACTION_SCHEME}:{TEXT_PART}")
        anchor = f'<a name="{TEXT_ANCHOR}"></a>'  # where the window scrolls to
        return anchor + nav + self._paragraphs(markup.text_part(text, part), used) + nav

    def add(self, fragment: str) -> None:
        self.parts.append(fragment)

    def html(self) -> str:
        return (
            f'<html><head><meta charset="utf-8"/><style>{STYLE}</style></head>'
            f"<body>{''.join(self.parts)}</body></html>"
        )


def _paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in paras if p]


def resolution_html(
    collection: Collection,
    res: Resolution,
    lang: str,
    spans: SpanFinder | None = None,
    citation_style: str = citations.DEFAULT_STYLE,
    interactive: bool = True,
    text_part: int | None = None,
    cites: Sequence[Cited] = (),
    cited_by: Sequence[Cited] = (),
) -> str:
    """The detail page. ``interactive`` adds the citation block's copy and style links
    (the window and ``show``); a printed page has the citation alone. ``text_part``:
    the full text in parts (the window: a long text lays out part by part), that part
    shown; None: the whole text at once (``show``, print). ``cites``, ``cited_by``: the
    page's "Cites" and "Cited by" lists (core/reference_index.py), when known."""
    page = _Page(lang, spans)
    organ = collection.organ(res.organ)
    organ_name = page.short(organ.name) if organ else html.escape(res.organ)
    page.add(f"<h1>{page.text(res.symbol)}</h1>")
    page.add(f'<p class="sub">{organ_name} · {long_date(res.date, lang)}</p>')

    _add_facts(page, res, organ_name)
    for field in ("summary", "relevance"):
        value = getattr(res, field)
        if value is not None:
            page.add(f"<h2>{html.escape(label(field, lang))}</h2>")
            page.add(page.loc(value, multiline=True))
    if res.topics:
        page.add(_topics_html(page, collection, res))
    if res.related:
        page.add(_related_html(page, collection, res))
    if res.links:
        page.add(_links_html(page, res))

    if res.text is not None:
        page.add(_full_text(page, collection, res, text_part))
        _add_notes_and_annexes(page, res)
    if cites or cited_by:
        from viewer.core import render_text  # it imports this module

        page.add(render_text.citations_html(list(cites), list(cited_by), lang))

    page.add(citation_block(collection, res, lang, citation_style, interactive))
    return page.html()


def _full_text(page: _Page, collection: Collection, res: Resolution, text_part: int | None) -> str:
    """The full text as a document (core/render_text.py) with its table of contents,
    when it lays out at once (at most one part: issue 11's budget); a longer one is
    shown in parts of reflowed lines, as before."""
    from viewer.core import render_text, structure  # it imports this module

    assert res.text is not None
    heading = f"<h2>{html.escape(label('text', page.lang))}</h2>"
    text, used = res.text.pick(page.lang)
    if markup.part_count(text) > 1:
        return heading + page.loc(res.text, part=text_part, whole=text_part is None)
    parsed = structure.parse(text)
    hits = (lambda value: page.spans(value, used)) if page.spans is not None else None
    body = render_text.text_html(parsed, res.organ, collection, page.lang, hits)
    contents = render_text.contents_html(parsed, page.lang)
    return f'<a name="{TEXT_ANCHOR}"></a>{heading}{page.note(used)}{contents}{body}'


def _add_facts(page: _Page, res: Resolution, organ_name: str) -> None:
    """The table under the title: organ, date, meeting, adoption, title, agenda item."""
    lang = page.lang
    rows: list[tuple[str, str]] = [
        (label("organ", lang), organ_name),
        (label("date", lang), long_date(res.date, lang)),
    ]
    raw = res.raw  # the keys an import adds are read from the record as it stands
    if res.meeting:
        meeting = ordinal_meeting(res.meeting, lang, res.plenary, bool(raw.get("meeting_resumed")))
        rows.append((label("meeting", lang), html.escape(meeting)))
    if raw.get("session"):
        rows.append((label("session", lang), page.loc(Localized.from_json(raw["session"]))))
    if res.adoption:
        rows.append((label("adoption", lang), page.loc(res.adoption)))
    if res.title:
        rows.append((label("title", lang), page.loc(res.title)))
    if res.agenda_item:
        number = raw.get("agenda_number")
        prefix = f"{html.escape(number)} — " if isinstance(number, str) else ""
        rows.append((label("agenda_item", lang), prefix + page.loc(res.agenda_item)))
    if raw.get("origin"):
        rows.append((label("origin", lang), page.loc(Localized.from_json(raw["origin"]))))
    page.add('<table cellspacing="0" cellpadding="2">')
    for key, value in rows:
        page.add(f'<tr><td class="key" valign="top">{html.escape(key)}</td><td>{value}</td></tr>')
    page.add("</table>")


def _in_language(value: object, lang: str) -> tuple[list[dict[str, str]], str]:
    """A per-language list of an import (footnotes, annexes): the reader's language,
    else the first one given; (items, their language)."""
    if not isinstance(value, dict) or not value:
        return [], lang
    used = lang if value.get(lang) else next(iter(value))
    items = value[used]
    return ([i for i in items if isinstance(i, dict)] if isinstance(items, list) else []), used


def _add_notes_and_annexes(page: _Page, res: Resolution) -> None:
    """The footnotes and annexes an import read, after the resolution's own text."""
    notes, used = _in_language(res.raw.get("footnotes"), page.lang)
    if notes:
        page.add(f"<h2>{html.escape(label('footnotes', page.lang))}</h2>")
        for note in notes:
            number = page.text(str(note.get("n", "")))
            text = page.text(str(note.get("text", "")), used)
            page.add(f'<p class="note"><sup>{number}</sup> {text}</p>')
    annexes, used = _in_language(res.raw.get("annexes"), page.lang)
    for annex in annexes:
        title = str(annex.get("title") or label("annex", page.lang))
        page.add(f"<h2>{page.text(title, used)}</h2>")
        page.add(page.loc(Localized({used: str(annex.get("text", ""))}), whole=True))


def _topics_html(page: _Page, collection: Collection, res: Resolution) -> str:
    names = []
    for topic_id in res.topics:
        topic = collection.topic(topic_id)
        if topic is None:
            names.append(f'<span class="topic">{page.text(topic_id)}</span>')
            continue
        shown, used = topic.label.pick(page.lang)
        names.append(f'<span class="topic">{page.text(shown, used)}</span>{page.note(used)}')
    return f"<h2>{html.escape(label('topics', page.lang))}</h2><p>{' · '.join(names)}</p>"


def _related_html(page: _Page, collection: Collection, res: Resolution) -> str:
    """Links that select each related resolution, with its label in the reader's
    language (or marked), or a note that the collection does not hold it."""
    items = []
    for symbol in res.related:
        other = collection.find(symbol)
        if other is None:
            missing = html.escape(label("not_in_collection", page.lang))
            items.append(f'<li>{html.escape(symbol)} <span class="missing">({missing})</span></li>')
        else:
            items.append(
                f'<li><a href="{html.escape(link_for(other.symbol))}">'
                f"{html.escape(other.symbol)}</a> — {page.label_of(other)}</li>"
            )
    return f"<h2>{html.escape(label('related', page.lang))}</h2><ul>{''.join(items)}</ul>"


def _links_html(page: _Page, res: Resolution) -> str:
    """Official documents: web links only; the mark of a fallback stays out of the link."""
    items = []
    for link in res.links:
        if not link.url.lower().startswith(("https://", "http://")):
            continue
        text, used = link.label.pick(page.lang)
        items.append(
            f'<li><a href="{html.escape(link.url)}">{html.escape(text)}</a>{page.note(used)}'
            f' <span class="sub">{html.escape(link.url)}</span></li>'
        )
    return f"<h2>{html.escape(label('links', page.lang))}</h2><ul>{''.join(items)}</ul>"


def citation_block(
    collection: Collection, res: Resolution, lang: str, style_id: str, interactive: bool
) -> str:
    """The page's foot: the resolution cited in the chosen style, a copy link and the
    other styles to choose from."""
    style = citations.get_style(style_id)
    citation = citations.cite(style_id, res, lang, collection)
    body = f"<pre>{html.escape(citation.text)}</pre>" if style.data else f"<p>{citation.html}</p>"
    parts = [f"<h2>{html.escape(label('cite', lang))}</h2>", body]
    if interactive:
        choices = []
        for other in citations.STYLES.values():
            name = html.escape(other.display_name(lang))
            link = f'<a href="{ACTION_SCHEME}:style/{other.id}">{name}</a>'
            choices.append(f"<b>{name}</b>" if other.id == style_id else link)
        copy = f'<a href="{ACTION_SCHEME}:copy-citation">{html.escape(label("copy", lang))}</a>'
        style_label = html.escape(label("style", lang) + colon(lang))
        parts.append(f'<p class="sub">{copy} · {style_label}{" · ".join(choices)}</p>')
    return "".join(parts)


def overview_html(collection: Collection, lang: str) -> str:
    page = _Page(lang, None)
    page.add(f"<h1>{page.loc(collection.title)}</h1>")
    if collection.description:
        page.add(page.loc(collection.description, multiline=True))
    if collection.source:
        source = collection.source
        name = html.escape(source.name)
        if source.url and source.url.lower().startswith(("https://", "http://")):
            name = f'<a href="{html.escape(source.url)}">{name}</a>'
        retrieved = (
            f" ({html.escape(label('retrieved', lang))} {long_date(source.retrieved, lang)})"
            if source.retrieved
            else ""
        )
        source_label = html.escape(label("source", lang) + colon(lang))
        page.add(f'<p class="sub">{source_label}{name}{retrieved}</p>')

    page.add(f"<h2>{html.escape(label('by_organ', lang))}</h2><ul>")
    for organ in collection.organs:
        count = len(collection.by_organ(organ.id))
        noun = label("resolution" if count == 1 else "resolutions", lang)
        page.add(f"<li>{page.loc(organ.name)}{colon(lang)}{count} {noun}</li>")
    page.add("</ul>")

    ordered = collection.by_date()
    if len(ordered) > OVERVIEW_LIST_MAX:
        # Tens of thousands of rows make a page nobody reads (and Qt lays out slowly):
        # counts per year, then the latest ones.
        page.add(f"<h2>{html.escape(label('per_year', lang))}</h2>")
        page.add(_per_year_table(ordered))
        ordered = ordered[-OVERVIEW_LATEST:][::-1]
        page.add(f"<h2>{html.escape(label('latest', lang, n=str(len(ordered))))}</h2>")
    else:
        page.add(f"<h2>{html.escape(label('by_date', lang))}</h2>")
    page.add(_dated_list(page, ordered))
    return page.html()


def _dated_list(page: _Page, ordered: list[Resolution]) -> str:
    """Date, symbol and label per row. When every label is in one other language (an
    English-only collection read in French), that is said once above the table rather
    than on each of hundreds of rows; otherwise each row in another language is marked."""
    picks = [res.label_pick(page.lang) for res in ordered]
    used_langs = {used for text, used in picks if text}
    once = next(iter(used_langs)) if len(used_langs) == 1 else page.lang
    rows = []
    for res, (text, used) in zip(ordered, picks, strict=True):
        note = page.note(used) if text and once == page.lang else ""
        rows.append(
            f'<tr><td class="key">{long_date(res.date, page.lang)}</td>'
            f'<td><a href="{html.escape(link_for(res.symbol))}">{html.escape(res.symbol)}</a></td>'
            f"<td>{html.escape(text)}{note}</td></tr>"
        )
    head = f'<p class="fallback">{html.escape(_labels_in(once, page.lang))}</p>'
    table = f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'
    return (head if once != page.lang else "") + table


def _labels_in(used: str, lang: str) -> str:
    return label("labels_in", lang, note=fallback_note(used, lang))


def _per_year_table(ordered: list[Resolution]) -> str:
    counts = Counter(res.date.year for res in ordered)
    cells = [
        f'<td class="key">{year}</td><td>{count}</td>' for year, count in sorted(counts.items())
    ]
    rows = [cells[i : i + 6] for i in range(0, len(cells), 6)]
    body = "".join(f"<tr>{''.join(row)}</tr>" for row in rows)
    return f'<table cellspacing="0" cellpadding="3">{body}</table>'


def resolution_text(collection: Collection, res: Resolution, lang: str) -> str:
    """The same page as plain text, for the terminal."""
    organ = collection.organ(res.organ)
    lines = [res.symbol, "=" * len(res.symbol)]
    rows = [
        (label("organ", lang), _text_with_fallback(organ.name, lang) if organ else res.organ),
        (label("date", lang), long_date(res.date, lang)),
    ]
    raw = res.raw
    if res.meeting:
        resumed = bool(raw.get("meeting_resumed"))
        rows.append(
            (label("meeting", lang), ordinal_meeting(res.meeting, lang, res.plenary, resumed))
        )
    for field in ("session", "adoption", "title", "agenda_item", "origin"):
        value = getattr(res, field, None) or (
            Localized.from_json(raw[field]) if raw.get(field) else None
        )
        if value is not None:
            rows.append((label(field, lang), _text_with_fallback(value, lang)))
    width = max(len(key) for key, _ in rows)
    lines += [f"{key.ljust(width)}  {value}" for key, value in rows]
    for field in ("summary", "relevance"):
        value = getattr(res, field)
        if value is not None:
            lines += ["", label(field, lang), _text_with_fallback(value, lang)]
    if res.topics:
        names = [
            _text_with_fallback(t.label, lang) if (t := collection.topic(i)) else i
            for i in res.topics
        ]
        lines += ["", label("topics", lang), ", ".join(names)]
    if res.related:
        lines += ["", label("related", lang), *_related_lines(collection, res, lang)]
    if res.links:
        lines += ["", label("links", lang)]
        lines += [
            f"  {_text_with_fallback(link.label, lang)}{colon(lang)}{link.url}"
            for link in res.links
        ]
    if res.text is not None:
        lines += ["", label("text", lang), _text_with_fallback(res.text, lang)]
    return "\n".join(lines) + "\n"


def _text_with_fallback(value: Localized, lang: str) -> str:
    """The text in ``lang``, or in another language with a note saying so."""
    text, used = value.pick(lang)
    return with_fallback_note(text, used, lang)


def _related_lines(collection: Collection, res: Resolution, lang: str) -> list[str]:
    """One line per related symbol: with its label as the page shows it, or said absent."""
    lines = []
    for symbol in res.related:
        other = collection.find(symbol)
        if other is None:
            lines.append(f"  {symbol} ({label('not_in_collection', lang)})")
            continue
        text, used = other.label_pick(lang)
        shown = f" — {with_fallback_note(text, used, lang)}" if text else ""
        lines.append(f"  {other.symbol}{shown}")
    return lines


def official_url(res: Resolution) -> str:
    """The link to the official document the record gives, else the one by symbol."""
    for link in res.links:
        if link.url.lower().startswith(("https://", "http://")):
            return link.url
    return symbols.official_url(res.symbol)
