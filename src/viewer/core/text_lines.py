"""The lines of a full text, cleaned of what the printed page adds, and reflowed.

Texts come as OCR with the printed line breaks, as ``pdftotext`` output of official
PDFs (with or without ``-layout``), or as a user typed them. This module removes the
page's furniture (page numbers, running heads, job numbers, barcodes, form feeds) and
joins lines into paragraphs, deciding at each line-end hyphen whether it only broke the
word ("pro-\\ngramme" -> "programme") or belongs to it ("Non-\\nProliferation").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

# A word as the hyphen rules see it: letters (any script), apostrophes inside.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_COMPOUND = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# "- 3 -", "2/4", "Page 3 of 5"; a bare number is kept (a footnote's number stands alone).
_PAGE_NUMBER = re.compile(r"^(?:-\s*\d{1,3}\s*-|\d{1,3}/\d{1,3}|page \d+(?: of \d+)?)$", re.I)
# "23-24632 (E)  201223", "*2324632*", "2/4   23-24977": the foot of an official page.
_JOB_NUMBER = re.compile(
    r"^(?:\d{1,3}/\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}/\d{1,3})?$"
)
_BARCODE = re.compile(r"^\*\d{6,}\*$")
_HEAD_LINES = 12  # a symbol alone this near the top is the heading's, later a running head
_PRINT_DATE = re.compile(r"^\d{6}$")  # "201223" beside the job number, on a line of its own
# The rule above a page's footnotes: kept, it tells the footnotes from the text.
_FURNITURE_FIRST = frozenset("0123456789*-Pp")
FOOTNOTE_RULE = re.compile(r"^_{5,}$")
# A line that is a document symbol alone: the running head of an official page.
_SYMBOL = r"(?:[A-Z]{1,3}/)+(?:RES/)?[\dA-Z./-]+(?:\s*\(\d{4}\))?"
_SYMBOL_LINE = re.compile(f"^{_SYMBOL}$")
# The document's own symbol, printed in its first lines ("United Nations  A/RES/78/101").
_OWN_SYMBOL = re.compile(r"\b(?:[A-Z]{1,3}/)+RES/[\dA-Z./-]*\d(?:\s*\(\d{4}\))?")
# A layout page's head: the symbol and the title, apart by a wide gap.
_SYMBOL_HEAD = re.compile(f"^(?:{_SYMBOL}\\s{{3,}}.*|.*\\s{{3,}}{_SYMBOL})$")


class Line(NamedTuple):
    """One kept line: its text without the indent, and the indent (layout output)."""

    text: str
    indent: int

    @property
    def blank(self) -> bool:
        return not self.text


def clean_lines(text: str) -> list[Line]:
    """The text's lines without page furniture; blank lines kept as separators."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").split("\n")
    stripped = [line.rstrip() for line in raw]
    feet = [i for i, line in enumerate(stripped) if line and _is_furniture(line.strip())]
    own = next((m.group() for m in map(_OWN_SYMBOL.search, stripped[:_HEAD_LINES]) if m), None)
    repeated = _running_heads(stripped, feet, own)
    after_foot = 99  # lines since the last page foot
    seen: set[str] = set()
    kept: list[Line] = []
    for number, line in enumerate(stripped):
        content = line.strip()
        after_foot += bool(content)  # counted in printed lines: blanks do not count
        if content and _is_furniture(content):
            after_foot, content = 0, ""
        elif (
            content in repeated
            and (content in seen or not _SYMBOL_LINE.match(content) or number > _HEAD_LINES)
        ) or (after_foot <= 3 and _SYMBOL_HEAD.match(content)):
            content = ""
        if content in repeated:
            seen.add(content)
        if not content and kept and kept[-1].blank:
            continue
        kept.append(Line(content, len(line) - len(line.lstrip()) if content else 0))
    while kept and kept[-1].blank:
        kept.pop()
    while kept and kept[0].blank:
        kept.pop(0)
    return kept


def _is_furniture(content: str) -> bool:
    if content[0] not in _FURNITURE_FIRST:  # most lines: one look at a character
        return False
    return bool(
        _PAGE_NUMBER.match(content)
        or _JOB_NUMBER.match(content)
        or _BARCODE.match(content)
        or _PRINT_DATE.match(content)
    )


def _running_heads(lines: list[str], feet: list[int], own: str | None) -> set[str]:
    """Lines printed at the top of each page: short, repeated, not a sentence's end.

    The first occurrence of the document's own symbol is the heading's; later lines that
    are that symbol alone are running heads (another symbol alone is a footnote's text);
    so is a repeated line that does not end as a sentence does, found just after two
    pages' feet (title heads over two lines). Section letters and
    one-word lines are never taken, they may legitimately repeat.
    """
    counts = Counter(line.strip() for line in lines if line)
    near_foot = Counter(n.strip() for i in feet for n in lines[i + 1 : i + 4] if n)
    heads: set[str] = set()
    for content, count in counts.items():
        if count < 2 or len(content) > 90 or (" " not in content and len(content) < 6):
            continue
        if content == own or (near_foot[content] >= 2 and content[-1] not in ".,;:"):
            heads.add(content)
    return heads


class Vocabulary:
    """How often each word (lower case) occurs in a text: the evidence that decides a
    line-end hyphen. Counted at the first question only (most texts never ask).

    Hyphenated words count whole ("non-proliferation"); the two halves of a word cut at a
    line's end count once each, so a half is a word of the text only when seen twice.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None

    def get(self, word: str) -> int:
        if self._counts is None:
            self._counts = Counter(_COMPOUND.findall(self._text.lower()))
        return self._counts.get(word, 0)


def vocabulary(text: str) -> Vocabulary:
    return Vocabulary(text)


def joins_hyphen(before: str, after: str, words: Vocabulary) -> bool:
    """Whether ``before-`` at a line's end and ``after`` on the next make one word.

    Evidence first, from the text itself: the joined word occurs elsewhere (join), or the
    hyphenated one does (keep). Then the printer's rules: a hyphen before a capital is the
    word's ("Non-Proliferation", "Secretary-General"); two parts that are each words of
    the text are a compound ("above-mentioned", "nuclear-weapon"); otherwise the hyphen
    only broke a word ("declara-tion", "pro-gramme").
    """
    if not before or not after or not before[-1].isalpha() or not after[0].isalpha():
        return False
    if after[0].isupper():
        return False
    first = WORD.findall(before)
    second = WORD.match(after)
    if not first or not second:
        return False
    head, tail = first[-1].lower(), second.group().lower()
    if words.get(head + tail):
        return True
    if words.get(f"{head}-{tail}"):
        return False
    return not (len(head) > 1 and len(tail) > 1 and words.get(head) > 1 and words.get(tail) > 1)


def reflow(lines: list[str], words: Vocabulary) -> str:
    """The lines of one paragraph joined with single spaces, line-end hyphens decided."""
    out = ""
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -"):
            head = out[:-1]
            out = head + line if joins_hyphen(head, line, words) else out + line
        else:
            out = f"{out} {line}"
    return out
