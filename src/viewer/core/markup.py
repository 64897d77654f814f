"""HTML-escaped text, made safe to lay out whatever its length. Kept apart from the
highlighter (which needs the search engine) so that pages render without loading it.

Qt's text layout is quadratic in the length of an unbroken word and slow on very long
paragraphs: one word of 200,000 characters froze the window for 3 s, 1,000,000 for
76 s, a 500,000-character title for 41 s. So, for any page a renderer builds:

- ``breakable``: a run of more than ``BREAK_AFTER`` characters without a space gets a
  break opportunity (a zero-width space, invisible) every ``BREAK_AFTER`` characters;
- ``text_part``: a long text is shown in parts of about ``PART_CHARS`` characters,
  cut at a paragraph, else a line, else a space; the parts joined are the text;
- ``clip``: a field that is not the full text (a title, a summary) shows its first
  ``FIELD_CHARS`` characters and says how many more there are.
"""

from __future__ import annotations

import html
import re

Span = tuple[int, int]

BREAK_AFTER = 40  # longer than any real word; URLs and symbols still break sensibly
ZERO_WIDTH_SPACE = "\u200b"
PART_CHARS = 30_000  # a part lays out in well under 250 ms on a slow machine
FIELD_CHARS = 5_000  # a title or a summary is far shorter than this

_LONG_RUN = re.compile(rf"[^\s{ZERO_WIDTH_SPACE}]{{{BREAK_AFTER + 1},}}")


def _break_run(match: re.Match[str]) -> str:
    run = match.group()
    pieces = (run[i : i + BREAK_AFTER] for i in range(0, len(run), BREAK_AFTER))
    return ZERO_WIDTH_SPACE.join(pieces)


def breakable(text: str) -> str:
    """``text`` with a zero-width space every ``BREAK_AFTER`` characters of any run
    without a space, so that the layout can wrap it (it shows nothing)."""
    return _LONG_RUN.sub(_break_run, text)


def escape(text: str) -> str:
    """HTML-escaped text with break opportunities in its long runs."""
    return html.escape(breakable(text))


def mark(text: str, spans: list[Span], tag: str = "b", attrs: str = "") -> str:
    """``text`` HTML-escaped (with break opportunities), with the ``spans`` wrapped in
    ``<tag attrs>``."""
    # A text without a long run has none in its pieces: escaped without looking again
    # (a results row is marked at every search).
    escaped = escape if _LONG_RUN.search(text) else html.escape
    out: list[str] = []
    position = 0
    opening = f"<{tag}{attrs}>"
    for start, end in spans:
        out.append(escaped(text[position:start]))
        out.append(f"{opening}{escaped(text[start:end])}</{tag}>")
        position = end
    out.append(escaped(text[position:]))
    return "".join(out)


def part_count(text: str, size: int = PART_CHARS) -> int:
    """How many parts ``text`` is shown in."""
    return max(1, -(-len(text) // size))


def _cut(text: str, k: int, size: int) -> int:
    """Where part ``k`` starts: the last paragraph break, else line break, else space
    in the half-part before ``k * size`` (a hard cut only in a run with none). Each cut
    is found on its own, so showing part 900 of a 50 MB text reads one part's worth."""
    if k <= 0:
        return 0
    if k >= part_count(text, size):
        return len(text)
    end = k * size
    for separator in ("\n\n", "\n", " "):
        found = text.rfind(separator, end - size // 2, end)
        if found != -1:
            return found + len(separator)
    return end


def text_part(text: str, k: int, size: int = PART_CHARS) -> str:
    """Part ``k`` (from 0) of ``text``: at most 1.5 × ``size`` characters."""
    return text[_cut(text, k, size) : _cut(text, k + 1, size)]


def split_parts(text: str, size: int = PART_CHARS) -> list[str]:
    """Every part of ``text``: ``"".join(split_parts(text)) == text``."""
    return [text_part(text, k, size) for k in range(part_count(text, size))]


def clip(text: str, limit: int = FIELD_CHARS) -> tuple[str, int]:
    """The first ``limit`` characters of ``text`` (cut at a space when one is near)
    and how many are left out (0: the whole text)."""
    if len(text) <= limit:
        return text, 0
    space = text.rfind(" ", limit - limit // 10, limit)
    cut = space if space != -1 else limit
    return text[:cut], len(text) - cut


_WORDS = {
    "en": {
        "part": "Part {part} of {count}",
        "previous": "‹ Previous part",
        "next": "Next part ›",
        "clipped": "{hidden:,} more characters not shown",
    },
    "fr": {
        "part": "Partie {part} sur {count}",
        "previous": "‹ Partie précédente",
        "next": "Partie suivante ›",
        "clipped": "{hidden:,} caractères de plus non affichés",
    },
}


def words(key: str, lang: str, **values: int) -> str:
    text = _WORDS.get(lang, _WORDS["en"])[key].format(**values)
    return text.replace(",", "\u202f") if lang == "fr" else text  # 12 345 in French


def clipped_note(hidden: int, lang: str) -> str:
    """The note after a clipped field."""
    return f' <span class="sub">[… {html.escape(words("clipped", lang, hidden=hidden))}]</span>'


def part_nav(part: int, count: int, lang: str, link: str) -> str:
    """The line above and below a part of a long text: where it is, and links to the
    parts before and after (``link`` + the part's number, counted from 0)."""
    pieces = [html.escape(words("part", lang, part=part + 1, count=count))]
    if part > 0:
        pieces.insert(0, f'<a href="{link}{part - 1}">{html.escape(words("previous", lang))}</a>')
    if part + 1 < count:
        pieces.append(f'<a href="{link}{part + 1}">{html.escape(words("next", lang))}</a>')
    return f'<p class="sub">{" · ".join(pieces)}</p>'
