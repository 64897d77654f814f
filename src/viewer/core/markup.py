"""HTML-escaped text with some character ranges wrapped in a tag. Kept apart from the
highlighter (which needs the search engine) so that pages render without loading it."""

from __future__ import annotations

import html

Span = tuple[int, int]


def mark(text: str, spans: list[Span], tag: str = "b", attrs: str = "") -> str:
    """``text`` HTML-escaped, with the ``spans`` wrapped in ``<tag attrs>``."""
    out: list[str] = []
    position = 0
    opening = f"<{tag}{attrs}>"
    for start, end in spans:
        out.append(html.escape(text[position:start]))
        out.append(f"{opening}{html.escape(text[start:end])}</{tag}>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)
