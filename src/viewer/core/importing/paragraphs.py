"""Printed lines back into paragraphs; footnotes; the last operative paragraph.

A simple reader of the numbered operative paragraphs, enough for the importer's checks;
the full structure of a text (preamble, parts, sub-paragraphs) is the reading issue's
``core/structure.py``.
"""

from __future__ import annotations

import re

PAGE_BREAK = "\x0c"  # between the lines of two pages, so annexes can start at a page top

# Lines that begin a paragraph of their own: "12. Decides", "(a) To", "(iv) …", a part's
# number ("I", "II.", "A"), the opening "The General Assembly,".
_OPENER = re.compile(
    r"^\s*(?:\d{1,3}\s*\.\s|\(\s*[a-z]{1,4}\s*\)\s|\([ivxlc]+\)\s|[IVXLC]{1,6}\.?$|[A-H]\.?$)"
)
_OPERATIVE = re.compile(r"^\s*(\d{1,3})\s*\.\s+\S")
_FOOTNOTE = re.compile(r"^\s*(\d{1,3}|[*†‡§]+)\s+(\S.*)$")
_ENDS_PARAGRAPH = (",", ";", ":", ".", "!", "?")
# "I n v i t e s": a word printed letter-spaced for emphasis.
_SPACED = re.compile(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b")


def reflow(lines: list[str]) -> str:
    """Paragraphs separated by a blank line; a paragraph's printed lines joined.

    A new paragraph starts at a numbered or lettered line, and after a line ending a
    clause ("…,", "…;", "….") when the next line starts with a capital (preambular
    paragraphs begin "Recalling", "Noting" …).
    """
    out: list[list[str]] = []
    previous = ""
    for raw in lines:
        if raw == PAGE_BREAK:
            continue
        line = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), " ".join(raw.split()))
        if not line:
            continue
        starts_new = not out or _OPENER.match(line) or _OPENER.match(previous)
        if not starts_new and previous.endswith(_ENDS_PARAGRAPH) and line[0].isupper():
            starts_new = True
        if starts_new:
            out.append([line])
        else:
            out[-1].append(line)
        previous = line
    return "\n\n".join(" ".join(paragraph) for paragraph in out)


def footnotes(lines: list[str]) -> list[dict[str, str]]:
    """Footnote lines ("1 Official Records of …") as numbered notes."""
    notes: list[dict[str, str]] = []
    for raw in lines:
        line = " ".join(raw.split())
        match = _FOOTNOTE.match(line)
        if match:
            notes.append({"n": match.group(1), "text": match.group(2)})
        elif notes:
            notes[-1]["text"] += " " + line
        elif line:
            notes.append({"n": "", "text": line})
    return notes


def last_operative(lines: list[str]) -> int:
    """The number of the last numbered operative paragraph (0 if none is numbered).

    Numbers run 1, 2, 3 …; a part of a resolution ("I", "II") may start again at 1.
    A number out of sequence (a year, a list inside a paragraph) is not a paragraph.
    """
    current = 0
    for line in lines:
        match = _OPERATIVE.match(line)
        if not match:
            continue
        number = int(match.group(1))
        if number == current + 1 or number == 1:
            current = number
    return current
