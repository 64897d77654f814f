"""Citations of a resolution, each style exactly as its guide prints it.

A style is a row of the table in ``styles.py``: its names, its formatter (a pure function
of the resolution being cited, ``Cited``: resolution, language, collection, pinpoint),
its bibliography order and how several citations are joined. A formatter returns a
``Citation``: the plain text and the HTML (data escaped; italics where the style
italicises a title; the official document linked). ``STYLES``, in display order, is what
the window's menu and ``cite --style`` both read. Only facts in the record are used:
symbol, organ, number, date, title.

Where each form comes from is written next to its function (``legal.py``, ``academic.py``,
``exports.py``); the worked examples and their sources are in ../shared/facts.md ("How
these documents are cited"). Paragraph locators are ``viewer.core.pinpoint``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from viewer.core.citations.base import Citation, Cited
from viewer.core.citations.exports import bibtex_escape, citation_key
from viewer.core.citations.legal import bluebook_date
from viewer.core.citations.styles import TABLE, Style
from viewer.core.citations.titles import chicago_title, mla_title
from viewer.core.pinpoint import Pinpoint, PinpointError
from viewer.core.pinpoint import parse as parse_pinpoint

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

__all__ = [
    "DEFAULT_STYLE",
    "STYLES",
    "Citation",
    "Pinpoint",
    "PinpointError",
    "Style",
    "bibliography",
    "bibtex_escape",
    "bluebook_date",
    "chicago_title",
    "citation_key",
    "cite",
    "find_style",
    "get_style",
    "join",
    "mla_title",
    "parse_pinpoint",
]

STYLES: dict[str, Style] = {style.id: style for style in TABLE}
DEFAULT_STYLE = "un"


def find_style(name: str) -> Style | None:
    """The style a user named, in any case ("OSCOLA", "csl-json"), or None."""
    return STYLES.get(name.strip().lower())


def get_style(style: Style | str) -> Style:
    """The style itself, from a style or its id (any case); an unknown id is a ValueError."""
    if isinstance(style, Style):
        return style
    found = find_style(style)
    if found is None:
        raise ValueError(f"unknown citation style: {style!r}")
    return found


def cite(
    style: Style | str,
    resolution: Resolution,
    lang: str = "en",
    collection: Collection | None = None,
    pinpoint: Pinpoint | str | None = None,
) -> Citation:
    """One citation of ``resolution`` in the style (Chicago: the full note), to the
    paragraphs of ``pinpoint`` when given ("5", "8(a)", "5-7": see ``viewer.core.pinpoint``;
    a malformed one raises ``PinpointError``). APA and MLA locate a paragraph in the
    in-text citation, which is what they give then; the file formats give their entry."""
    found = get_style(style)
    if isinstance(pinpoint, str):
        pinpoint = parse_pinpoint(pinpoint)
    return found.format(Cited(resolution, found.language(lang), collection, pinpoint))


def join(style: Style | str, citations: Sequence[Citation]) -> Citation:
    """Several citations as one text, joined as the style's format requires.

    Prose styles: one per line; in HTML one paragraph each. BibTeX and RIS: entries
    separated by a blank line. CSL-JSON: one array of all the items. One citation is
    returned as it is.
    """
    if len(citations) == 1:
        return citations[0]
    if not citations:
        return Citation("", "")
    return get_style(style).join(citations)


def bibliography(
    style: Style | str,
    resolutions: Iterable[Resolution],
    lang: str = "en",
    collection: Collection | None = None,
) -> Citation:
    """A bibliography: each resolution once, in the style's order, joined (see ``join``).

    Chicago gives bibliography entries here, where ``cite`` gives notes.
    """
    found = get_style(style)
    unique = list({r.key: r for r in resolutions}.values())
    ordered = sorted(unique, key=lambda r: found.order(r, collection))
    formatter = found.entry or found.format
    code = found.language(lang)
    return join(found, [formatter(Cited(r, code, collection)) for r in ordered])
