"""Printed lines back into paragraphs; footnotes; the last operative paragraph.

A simple reader of the numbered operative paragraphs, enough for the importer's checks;
the full structure of a text (preamble, parts, sub-paragraphs) is the reading issue's
``core/structure.py``.
"""

from __future__ import annotations

import re

PAGE_BREAK = "\x0c"  # between the lines of two pages, so annexes can start at a page top

# Lines that begin a paragraph of their own: "12. Decides", "(a) To", "(iv) …".
_OPENER = re.compile(r"^\s*(?:\d{1,3}\s*\.\s|\(\s*[a-z]{1,4}\s*\)\s|\([ivxlc]+\)\s)")
# A part's number alone on its line: "I", "II.", "A", "B." (a heading follows it).
_PART = re.compile(r"^\s*(?:[IVXLC]{1,6}|[A-H])\.?\s*$")
# Words a printed line does not end a paragraph on.
_RUNS_ON_EN = ("the", "of", "and", "to", "in", "a", "an", "for", "by", "with", "on", "or")
_RUNS_ON_FR = ("de", "la", "le", "les", "des", "du", "et", "à", "en", "au", "aux", "sur", "par")
_RUNS_ON = frozenset(_RUNS_ON_EN + _RUNS_ON_FR)
# A line shorter than this share of the text's measure ends its paragraph.
SHORT_LINE = 0.6
_OPERATIVE = re.compile(r"^\s*(\d{1,3})\s*\.\s+\S")
_FOOTNOTE = re.compile(r"^\s*(\d{1,3}|[*†‡§]+)\s+(\S.*)$")
_ENDS_PARAGRAPH = (",", ";", ":", ".", "!", "?")
# "I n v i t e s": a word printed letter-spaced for emphasis.
_SPACED = re.compile(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b")


def reflow(lines: list[str]) -> str:
    """Paragraphs separated by a blank line; a paragraph's printed lines joined.

    A new paragraph starts at a numbered or lettered line, after a part's number, after
    a line ending a clause ("…,", "…;", "….") when the next starts with a capital
    (preambular paragraphs begin "Recalling", "Noting" …), and after a line that stops
    well short of the measure (a heading, the last line of a paragraph).
    """
    cleaned = [_SPACED.sub(_unspace, " ".join(raw.split())) for raw in lines if raw != PAGE_BREAK]
    cleaned = [line for line in cleaned if line]
    lengths = sorted(len(line) for line in cleaned)
    measure = lengths[int(len(lengths) * 0.9)] if lengths else 0
    out: list[list[str]] = []
    previous = ""
    for line in cleaned:
        if not out or _starts_paragraph(line, previous, measure):
            out.append([line])
        else:
            out[-1].append(line)
        previous = line
    return "\n\n".join(" ".join(paragraph) for paragraph in out)


def _unspace(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def _starts_paragraph(line: str, previous: str, measure: int) -> bool:
    if _OPENER.match(line) or _PART.match(line) or _PART.match(previous):
        return True
    opens = line[0].isupper() or line[0].isdigit() or line[0] in '(«“"'
    if opens and previous.endswith(_ENDS_PARAGRAPH):
        return True
    if previous.rsplit(" ", 1)[-1].lower() in _RUNS_ON:
        return False  # "… the related report of the" runs on, whatever its length
    return opens and measure > 0 and len(previous) < SHORT_LINE * measure


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
