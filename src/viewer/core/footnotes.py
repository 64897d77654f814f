"""Footnotes: found below a page's rule (official PDFs) or after the closing lines (the
OCR texts), and their marks inside sentences.

A number in a sentence is a footnote mark only where the text allows it: the footnote it
points to exists, and the number does not follow a word that takes a number
("paragraph 12", "resolution 687", "on 18 December", "Article 25").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.blocks import CLOSING as _CLOSING
from viewer.core.text_lines import FOOTNOTE_RULE, Line, Vocabulary, reflow

_NOTE_START = re.compile(r"^(\d{1,3})(?:\s+(\S.*))?$")
# Words after which a number is the text's own, never a mark (English and French).
_TAKES_NUMBER_WORDS = (
    "paragraph paragraphs para paras resolution resolutions article articles chapter",
    "chapters annex section sections rule rules item items page pages no nos number",
    "of on to and from between by at in until before after since than with the some",
    "over under all only per plus about nearly approximately meeting session",
    "sessions protocol january february march april may june july august september",
    "october november december paragraphe paragraphes résolution résolutions le la",
    "les du de des et au aux sur janvier février mars avril mai juin juillet août",
    "septembre octobre novembre décembre séance figure table annexe part phase year",
    "years days months weeks",
)
_TAKES_NUMBER = frozenset(w for group in _TAKES_NUMBER_WORDS for w in group.split())
_MARK = re.compile(r"(?<=[^\W\d_]|[,.;:)\"”’])(\s?)(\d{1,3})(?=[\s,.;:)]|$)")


_DATE_REST = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)\b",
    re.I,
)


_CLOSING_LINES_AT_MOST = 4


@dataclass(frozen=True)
class Footnote:
    number: str
    text: str


def split_footnotes(lines: list[Line]) -> tuple[list[Line], list[tuple[str, list[str]]]]:
    """The body's lines, and the footnotes as (number, their lines), in order."""
    body: list[Line] = []
    found: list[tuple[str, list[str]]] = []
    index = 0
    while index < len(lines):
        if FOOTNOTE_RULE.match(lines[index].text) and _notes_follow(lines, index + 1):
            index = _page_notes(lines, index + 1, found)
            continue
        body.append(lines[index])
        index += 1
    body, tail = _trailing_notes(body)
    return body, found + tail


def _notes_follow(lines: list[Line], index: int) -> bool:
    """A rule is a footnote rule when a note's number comes next (else it is text: a
    form's blank to fill in, a line drawn in an annex)."""
    following = next((line.text for line in lines[index:] if line.text), "")
    return bool(_NOTE_START.match(following))


def _page_notes(lines: list[Line], index: int, found: list[tuple[str, list[str]]]) -> int:
    """Reads the footnotes under a rule; returns where the text resumes."""
    current: list[str] | None = None
    while index < len(lines):
        text = lines[index].text
        start = _NOTE_START.match(text)
        if start:
            current = [start.group(2)] if start.group(2) else []
            found.append((start.group(1), current))
        elif text and current is not None:
            current.append(text)
        elif not text and current:  # a blank after a note's text: the page's foot
            following = next((line.text for line in lines[index + 1 :] if line.text), "")
            if not _NOTE_START.match(following):
                return index + 1
        index += 1
    return index


def _trailing_notes(body: list[Line]) -> tuple[list[Line], list[tuple[str, list[str]]]]:
    """Footnotes printed after the closing lines ("22 Adopted without vote.")."""
    closing = next((i for i in range(len(body) - 1, -1, -1) if _CLOSING.match(body[i].text)), -1)
    if closing < 0:
        return body, []
    start = next((i for i in range(closing + 1, len(body)) if _opens(body[i].text)), None)
    if start is None:
        return body, []
    # The closing's own lines ("with 6 abstentions (China, …).") may sit between it and the
    # notes, a few at most; notes longer than the text they annotate are not notes.
    between = [line for line in body[closing + 1 : start] if line.text]
    if len(between) > _CLOSING_LINES_AT_MOST or len(body) - start > start:
        return body, []
    found: list[tuple[str, list[str]]] = []
    for line in body[start:]:
        if _opens(line.text):
            number, text = line.text.split(None, 1)
            found.append((number, [text]))
        elif line.text and found:
            found[-1][1].append(line.text)
    if not found:
        return body, []
    return body[:start], found


def _opens(line: str) -> bool:
    match = _NOTE_START.match(line)
    return bool(match and match.group(2) and _opens_note(match.group(2)))


def _opens_note(text: str) -> bool:
    # A note opens as a sentence does ("Ibid.", "See", "Official Records", "“…"); a
    # closing line that wraps before a number ("by\n11 votes to 1") does not.
    if _DATE_REST.match(text):  # "7 December 2023" under "45th plenary meeting"
        return False
    return text[:1].isupper() or text[:1] in '"“('


def reflow_notes(found: list[tuple[str, list[str]]], words: Vocabulary) -> tuple[Footnote, ...]:
    return tuple(Footnote(number, reflow(lines, words)) for number, lines in found)


def marks(text: str, numbers: set[str]) -> list[tuple[int, int]]:
    """Spans of the footnote marks in a paragraph's text (the digits only)."""
    if not numbers:
        return []
    found: list[tuple[int, int]] = []
    for match in _MARK.finditer(text):
        number = match.group(2)
        if number not in numbers:
            continue
        before = text[: match.start()].rstrip()
        previous = re.search(r"([^\W\d_]+)\W*$", before[-30:])
        if previous and previous.group(1).lower() in _TAKES_NUMBER and before[-1:].isalpha():
            continue
        if re.search(r"\d[\s,]*$", before) and not before.endswith((",", ")", "”", '"')):
            continue
        found.append((match.start(2), match.end(2)))
    return found
