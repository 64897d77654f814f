"""The paragraph of a full text a search hit's passage is in: the results row names it
("para 17 …") and opening the hit scrolls to it. Asked only for the rows shown."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import TYPE_CHECKING

from viewer.core import markup, structure

if TYPE_CHECKING:
    from viewer.core.collection import Resolution
    from viewer.core.highlight import Snippet

# Context tried around the first matched word, widest first: the widest tells a passage
# of the full text from one of the summary; narrower ones survive a paragraph's edge.
_CONTEXTS = (40, 15, 0)


_KEPT = 64  # the texts of the last rows drawn
_parsed: OrderedDict[str, structure.Structure] = OrderedDict()
# Parsing a text this short takes about a millisecond: a row names its paragraph at once.
QUICK_CHARS = 600


def parsed(text: str) -> structure.Structure:
    """A text's structure, kept for the texts of the last rows drawn (a few ms each,
    15 ms for the longest); ``quick`` asks whether a text is among them."""
    found = _parsed.get(text)
    if found is None:
        found = _parsed[text] = structure.parse(text)
        while len(_parsed) > _KEPT:
            _parsed.popitem(last=False)
    _parsed.move_to_end(text)
    return found


def quick(res: Resolution, snippet: Snippet) -> bool:
    """Whether naming the paragraph of this hit costs little now: its text is short,
    parsed already, or not where the passage is. A list names the others when idle."""
    text = res.text.values.get(snippet.lang) if res.text is not None else None
    return (
        not text
        or not snippet.spans
        or len(text) < QUICK_CHARS
        or not has_paragraphs(text)
        or text in _parsed
    )


def has_paragraphs(text: str) -> bool:
    """Whether the page shows this text by its paragraphs: one longer than a part is
    shown in parts of lines, with no paragraph to name or to open at (and parsing 50 MB
    would hold the interpreter for seconds)."""
    return markup.part_count(text) == 1


def paragraph_of(res: Resolution, snippet: Snippet) -> structure.Paragraph | None:
    """The paragraph of ``res``'s full text holding the snippet's first match; None when
    the snippet comes from another field (the summary) or matched nothing."""
    text = res.text.values.get(snippet.lang) if res.text is not None else None
    if not text or not snippet.spans or not has_paragraphs(text):
        return None
    start, end = snippet.spans[0]
    widest = _around(snippet.text, start, end, _CONTEXTS[0])
    if structure.squeezed(widest) not in _squeezed_text(text):
        return None  # the passage is not the full text's
    for context in _CONTEXTS:
        found = parsed(text).locate(_around(snippet.text, start, end, context))
        if found is not None:
            return found
    return None


def label(paragraph: structure.Paragraph, lang: str) -> str:
    """How a results row names it: "para 17", "preamble 3" ("par. 17" in French); an
    unnumbered paragraph (annex, other) is not named."""
    if paragraph.number and paragraph.kind == structure.OPERATIVE:
        return f"{'par.' if lang == 'fr' else 'para'} {paragraph.number}"
    if paragraph.anchor.startswith("pp"):
        return f"{'préambule' if lang == 'fr' else 'preamble'} {paragraph.anchor[2:]}"
    return ""


def _around(text: str, start: int, end: int, context: int) -> str:
    """The matched word with ``context`` characters each side, cut at whole words, the
    snippet's "…" left out."""
    left = text.rfind(" ", 0, max(0, start - context)) + 1 if context else start
    right = text.find(" ", end + context) if context else end
    return text[left : right if right >= 0 else len(text)].strip("… ")


@lru_cache(maxsize=64)
def _squeezed_text(text: str) -> str:
    return structure.squeezed(text)
