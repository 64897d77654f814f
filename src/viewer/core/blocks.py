"""Cleaned lines -> blocks: the lines of each printed paragraph, heading or closing line.

Printed paragraphs are told apart by what starts them, not only by blank lines: OCR texts
lose some blank lines and add others (across a page break), ``pdftotext`` drops them all
and marks a paragraph by its first line's indent (``-layout``) or not at all. A line
starts a block when it opens an operative paragraph ("5."), a sub-paragraph ("(a)"), a
preambular one ("Recalling", "Rappelant") after a line that ended a clause, a section
("A", "II"), the organ's line ("The Security Council,") or a closing line ("Adopted …").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from viewer.core.text_lines import Line

# "5." and, as OCR misreads it, "5," or "i9." before a capital (structure.py checks
# that a misread number is the one expected).
_NUMBER = re.compile(r"^\d{1,3}\s*\.(?:\s|$)|^[\dIil]{1,3}[.,]\s+[A-Z]")
_NUMBER_ALONE = re.compile(r"^\d{1,3}\s*\.$")
_SUB = re.compile(r"^\((?:[a-z]{1,2}|[ivxl]{1,6})\)(?:\s|$)")
_SECTION = re.compile(r"^(?:[A-Z]|[IVXL]{1,6})\.?$")
_OWN_LINE = re.compile(
    r"^(?:the\s+(?:security\s+council|general\s+assembly|economic\s+and\s+social\s+council)"
    r"|le\s+conseil\s+(?:de\s+sécurité|économique\s+et\s+social)|l['’]assemblée\s+générale)"
    r"\s*,?$|^(?:annex|annexe|appendix)(?:\s+[IVXL\d]+)?$",
    re.I,
)
# Capitalised: "adopted by all States" inside a sentence is not a closing line.
CLOSING = re.compile(
    r"^(?:Adopted\s+(?:at|by|unanimously|without)|Adoptée?s?\s+(?:à|par|sans)"
    r"|\d+(?:st|nd|rd|th|e|re)\s+(?:\((?:resumed|reprise)\)\s+)?"
    r"(?:plenary\s+meeting|séance\s+plénière))"
)
_ANNEX_START = re.compile(
    r"^(?:ANNEX|ANNEXE|APPENDIX)\b|^(?:Annex|Annexe)(?:\s+[IVXL\d]+)?(?:\s+[-–—:]\s|$)"
)
# The first word of a preambular paragraph: a participle or one of the adjectives that
# open them ("Recalling", "Deeply concerned", "Rappelant", "Consciente", "Aware").
_PREAMBLE_OPENER = re.compile(
    r"^(?:[A-ZÉ][a-zéèêô]+(?:ing|ed|ant|ée?s?)|Aware|Conscious|Mindful|Cognizant|Convinced|"
    r"Determined|Desirous|Deeply|Gravely|Further|Also|Bearing|Alarmed|Resolved|Emphasizing|"
    r"Profondément|Vivement|Gravement|Consciente?|Résolue?|Convaincue?|Soucieuse?)\b"
)
_CLOSING_FIRST = frozenset("A0123456789")
_TRAILING_MARK = re.compile(r"([,;:.])\s*\d{1,3}$")
_ENDS_CLAUSE = (",", ";", ":", ".", "»", "”")


@dataclass
class Block:
    lines: list[str] = field(default_factory=list)
    after_section: bool = False  # follows a section's numeral: may be its title


def split_blocks(lines: list[Line]) -> list[Block]:
    base = _body_indent(lines)
    blocks: list[Block] = []
    current = Block()
    after_blank = False
    expected = "1."  # the next operative number: it starts a block wherever it stands
    for line in lines:
        if line.blank:
            after_blank = True
            continue
        number = _NUMBER.match(line.text)
        if number and line.text.startswith(expected):
            expected = f"{int(expected[:-1]) + 1}."
            if current.lines:
                blocks.append(current)
                current = Block()
        elif current.lines and _starts_block(line, current, after_blank, base):
            blocks.append(current)
            current = Block()
        current.lines.append(line.text)
        after_blank = False
        if _stands_alone(line.text):
            blocks.append(current)
            current = Block(after_section=bool(_SECTION.match(line.text)))
    if current.lines:
        blocks.append(current)
    return blocks


def _body_indent(lines: list[Line]) -> int | None:
    """The indent of most lines, when the text has indents at all (``-layout``)."""
    indents = Counter(line.indent for line in lines if not line.blank)
    if len(indents) < 2:
        return None
    return indents.most_common(1)[0][0]


def _is_title(text: str) -> bool:
    """A line that reads as a heading: short, no clause's end (the block it ends is one)."""
    return len(text) < 80 and not text.endswith(_ENDS_CLAUSE) and text[:1].isupper()


def _stands_alone(text: str) -> bool:
    # Length first: most lines are too long to be a section letter or the organ's line.
    return len(text) < 45 and bool(_OWN_LINE.match(text) or _SECTION.match(text))


def _starts_block(line: Line, current: Block, after_blank: bool, base: int | None) -> bool:
    text = line.text
    after_section_title = current.after_section
    # A clause may end with a footnote's mark after it ("Peoples for 2023, 1").
    previous = current.lines[-1]
    if previous[-1:].isdigit():
        previous = _TRAILING_MARK.sub(r"\1", previous)
    ends_clause = previous.endswith(_ENDS_CLAUSE) or (previous.endswith(")") and after_blank)
    if _NUMBER_ALONE.match(previous) and len(current.lines) == 1:
        return False  # "1." on its own line (pdftotext): its text follows
    if _stands_alone(text) or (text[0] in _CLOSING_FIRST and CLOSING.match(text)):
        return True
    if text[0] == "A" and _ANNEX_START.match(text):
        return True
    if after_section_title and (_NUMBER.match(text) or _PREAMBLE_OPENER.match(text)):
        return True  # a section's title ends without punctuation
    if _NUMBER.match(text) or _SUB.match(text):
        return ends_clause or after_blank
    if after_blank:
        # A blank inside a sentence (a page break) does not end the paragraph, unless
        # what follows opens one.
        return ends_clause or bool(_PREAMBLE_OPENER.match(text)) or _is_title(previous)
    if base is not None and line.indent > base + 2 and ends_clause:
        return True
    return ends_clause and previous.endswith((",", ";", ".")) and bool(_PREAMBLE_OPENER.match(text))
