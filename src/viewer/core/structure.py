"""The structure of a resolution's text, as the UN prints it.

``parse(text)`` -> ``Structure``: the heading (symbol, adoption line), the preambular and
operative paragraphs (numbered as printed, with sub-paragraphs (a), (b), (i)… and the
section each falls in), the closing lines, annexes and footnotes. Pure Python; the text
may be OCR, ``pdftotext`` output (with or without ``-layout``) or typed by a user, in
English or French. What cannot be read as structure is kept as reflowed paragraphs of
kind "other": no word of the input is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from viewer.core import footnotes as notes
from viewer.core.blocks import CLOSING, Block, split_blocks
from viewer.core.text_lines import Vocabulary, clean_lines, reflow, vocabulary

PREAMBLE, OPERATIVE, ANNEX, OTHER = "preamble", "operative", "annex", "other"

_OPERATIVE = re.compile(r"^(\d{1,3})\s*\.(?:\s+|$)")
_MISREAD_NUMBER = re.compile(r"^([\dIil]{1,3})[.,]\s+(?=[A-Z])")
_MISREAD_DIGITS = str.maketrans("Iil", "111")
_SUB = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,6})\)(?:\s+|$)")
_SECTION = re.compile(r"^(?:[A-Z]|[IVXL]{1,6})\.?$")
# "Annex", "Annex II", "ANNEX 1 - Title": the start of an annex (long only when it is
# printed in capitals or its title follows a dash).
_ANNEX = re.compile(r"^(?:annex|annexe|appendix)(?:\s+[IVXL\d]+)?\b", re.I)
_ANNEX_LONG = re.compile(r"^(?:ANNEX|ANNEXE|APPENDIX)\b|^\w+(?:\s+[IVXL\d]+)?\s+[-–—:]\s")
_ORGAN_LINE = re.compile(
    r"^(?:the\s+(?:security\s+council|general\s+assembly|economic\s+and\s+social\s+council)"
    r"|le\s+conseil\s+(?:de\s+sécurité|économique\s+et\s+social)|l['’]assemblée\s+générale)"
    r"\s*,?$",
    re.I,
)
_HEADING_SYMBOL = re.compile(
    r"\b(?:[A-Z]{1,3}/)+RES/[\w./-]+(?:\s*\(\d{4}\))?|\b(?:resolution|résolution)\s+\d[\d/]*"
    r"(?:\s*\((?:\d{4}|[IVXL]+)\))?|^\d{1,3}/\d{1,4}\b",
    re.I,
)
_ADOPTION = re.compile(
    r"^(?:of\s+\d|du\s+\d|resolution\s+adopted|résolution\s+adoptée|adopted\s+by|adoptée\s+par)",
    re.I,
)
_ROMAN = set("ivxl")
_PREAMBLE_START = re.compile(r"^[A-ZÉ][a-zéèêô]+(?:ing|ed|ant|ée?s?)?\b")


@dataclass(frozen=True)
class Subparagraph:
    label: str  # as printed: "(a)", "(ii)"
    text: str
    subparagraphs: tuple[Subparagraph, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    kind: str  # PREAMBLE, OPERATIVE, ANNEX or OTHER
    number: str | None  # as printed ("5"), None when unnumbered
    text: str
    subparagraphs: tuple[Subparagraph, ...] = ()
    section: str | None = None  # "A", "II", or the annex's title
    anchor: str = ""  # unique in the text: "p5", "pp3", "annex-1-2", "x4"

    @property
    def label(self) -> str:
        """How a reader names it: the number when printed, else the anchor."""
        return self.number if self.kind == OPERATIVE and self.number else self.anchor

    def full_text(self) -> str:
        parts = [self.text]
        parts += [_flatten(sub) for sub in self.subparagraphs]
        return " ".join(part for part in parts if part)


def _flatten(sub: Subparagraph) -> str:
    return " ".join([f"{sub.label} {sub.text}".strip(), *(_flatten(s) for s in sub.subparagraphs)])


@dataclass(frozen=True)
class Heading:
    lines: tuple[str, ...] = ()
    symbol: str | None = None
    adoption: str | None = None
    organ_line: str | None = None  # "The Security Council,": the preamble's first words


@dataclass(frozen=True)
class Structure:
    heading: Heading
    paragraphs: tuple[Paragraph, ...]
    closing: tuple[str, ...] = ()
    annexes: tuple[str, ...] = ()  # the annexes' titles, in order
    footnotes: tuple[notes.Footnote, ...] = ()

    @property
    def operative(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == OPERATIVE]

    def find(self, number: str) -> Paragraph | None:
        """The operative paragraph printed with this number (the first, if repeated)."""
        return next((p for p in self.operative if p.number == number), None)

    def by_anchor(self, anchor: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.anchor == anchor), None)

    def contents(self, words: int = 8) -> list[tuple[str, str]]:
        """The table of contents of the operative part: (anchor, "1. Affirms all …")."""
        entries = []
        for paragraph in self.operative:
            head = paragraph.text.split()
            short = " ".join(head[:words]) + (" …" if len(head) > words else "")
            entries.append(
                (paragraph.anchor, f"{paragraph.number}. {short}" if paragraph.number else short)
            )
        return entries

    def locate(self, passage: str) -> Paragraph | None:
        """The paragraph holding a passage of the raw text (a search hit's words), line
        breaks and hyphens aside: the paragraph a hit is named by ("para 17 …")."""
        index = self.locate_index(passage)
        return None if index is None else self.paragraphs[index]

    def locate_index(self, passage: str, start: int = 0) -> int | None:
        """The index of the first paragraph from ``start`` that holds the passage."""
        wanted = squeezed(passage)
        if not wanted:
            return None
        held = self._squeezed_paragraphs
        return next((i for i in range(start, len(held)) if wanted in held[i]), None)

    @cached_property
    def _squeezed_paragraphs(self) -> tuple[str, ...]:
        # Made once per text: every results row drawn and every citing paragraph of the
        # reference index asks again (squeezing the whole text per row stalled scrolling).
        return tuple(squeezed(paragraph.full_text()) for paragraph in self.paragraphs)


# Every character that is not a letter or a digit (``\W`` keeps ``_``): the same set as
# ``not str.isalnum()``, checked over every code point, at C speed.
_NOT_ALNUM = re.compile(r"[\W_]+")


def squeezed(text: str) -> str:
    """Letters and digits only, lower case: a passage compared across line breaks,
    hyphens and punctuation."""
    return _NOT_ALNUM.sub("", text.lower())


@dataclass
class _State:
    words: Vocabulary
    zone: str = OTHER  # before the organ line: OTHER; then PREAMBLE; then OPERATIVE
    section: str | None = None
    titled: bool | None = None  # False: a section numeral waits for its title
    after_closing: bool = False
    heading_used: bool = True  # False: the current heading has no paragraph under it yet
    annex: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    annexes: list[str] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    kinds: dict[str, int] = field(default_factory=dict)  # paragraphs made, by kind


def parse(text: str) -> Structure:
    """The structure of a full text; never raises, never drops a word."""
    lines = clean_lines(text)
    body, found_notes = notes.split_footnotes(lines)
    words = vocabulary(text)
    blocks = split_blocks(body)
    heading, start = _heading(blocks, words)
    state = _State(words, zone=PREAMBLE if start else OTHER)
    for block in blocks[start:]:
        _take(block, state)
    _flush_heading(state)
    paragraphs = _settle_unnumbered(state.paragraphs)
    footnote_list = notes.reflow_notes(found_notes, words)
    return Structure(
        heading,
        tuple(paragraphs),
        tuple(state.closing),
        tuple(state.annexes),
        footnote_list,
    )


def _heading(blocks: list[Block], words: Vocabulary) -> tuple[Heading, int]:
    """The lines before "The Security Council," (or its like), when it comes early."""
    for index, block in enumerate(blocks[:12]):
        if len(block.lines) == 1 and _ORGAN_LINE.match(block.lines[0]):
            lines = [line for b in blocks[:index] for line in b.lines]
            symbol = next((m.group() for m in map(_HEADING_SYMBOL.search, lines) if m), None)
            adoption = _adoption(lines, words)
            return Heading(tuple(lines), symbol, adoption, block.lines[0]), index + 1
    return Heading(), 0


def _adoption(lines: list[str], words: Vocabulary) -> str | None:
    for index, line in enumerate(lines):
        if _ADOPTION.match(line):
            # "Resolution adopted by the General Assembly / on 7 December 2023": the date
            # may be on the next line; the bracketed committee note is not part of it.
            rest = [n for n in lines[index + 1 : index + 3] if n[:1].islower() or n[:1].isdigit()]
            return reflow([line, *rest[:1]], words)
    return None


def _take(block: Block, state: _State) -> None:
    first = block.lines[0]
    if CLOSING.match(first):
        state.closing.append(reflow(block.lines, state.words))
        state.after_closing = True
        return
    if state.after_closing and not (_ANNEX.match(first) or _OPERATIVE.match(first)):
        # The closing's wrapped lines ("United Kingdom of Great Britain …).").
        state.closing[-1] = reflow([state.closing[-1], *block.lines], state.words)
        return
    state.after_closing = False
    if _ANNEX.match(first) and (len(first) < 40 or _ANNEX_LONG.match(first)):
        _flush_heading(state)
        state.annex += 1
        state.zone, state.section = ANNEX, reflow(block.lines, state.words)
        state.annexes.append(state.section)
        return
    if len(block.lines) == 1 and _SECTION.match(first) and state.zone != OTHER:
        _flush_heading(state)
        state.section, state.titled = first.rstrip("."), False
        state.heading_used = False
        return
    if _is_section_title(block, state):
        # "I" then "Activities of the Office…", or a title alone between paragraphs.
        title = reflow(block.lines, state.words)
        if state.titled:
            # Two titles in a row: the first was a line of text (a table's, a list's).
            _flush_heading(state)
        state.section = f"{state.section}. {title}" if state.titled is False else title
        state.titled, state.heading_used = True, False
        return
    if len(block.lines) == 1 and _ORGAN_LINE.match(first) and state.zone == OTHER:
        state.zone = PREAMBLE
    _add_paragraph(block, state)
    state.titled = None


def _flush_heading(state: _State) -> None:
    """A heading with no paragraph under it, about to be replaced (or at the end), stays
    in the text as a paragraph of its own: no word is lost to a misread heading."""
    if state.section and not state.heading_used:
        state.paragraphs.append(
            Paragraph(OTHER, None, state.section, (), None, _anchor(OTHER, None, state))
        )
    state.heading_used = True


def _is_section_title(block: Block, state: _State) -> bool:
    """A short block without a clause's end, in capitals first: a section's title, right
    after its numeral ("I") or alone between operative paragraphs."""
    text = " ".join(block.lines)
    if len(block.lines) > 3 or len(text) > 160 or text[-1] in ".,;:" or not text[0].isupper():
        return False
    if _OPERATIVE.match(text) or _SUB.match(text) or "   " in text:
        return False  # wide gaps: a table's row, not a title
    return state.titled is False or state.zone in (OPERATIVE, ANNEX)


def _add_paragraph(block: Block, state: _State) -> None:
    text = reflow(block.lines, state.words)
    sub = _SUB.match(text)
    numbered = _number(text, state)
    if sub and state.paragraphs:
        _attach(state.paragraphs, sub.group(0).strip(), text[sub.end() :], state)
        return
    kind, number = state.zone, None
    if numbered:
        number, text = numbered.group(1).translate(_MISREAD_DIGITS), text[numbered.end() :]
        kind = ANNEX if state.zone == ANNEX else OPERATIVE
        if state.zone != ANNEX:
            state.zone = OPERATIVE
    elif state.zone == OPERATIVE:
        # A section's own preamble ("Recalling …,") comes after the first section.
        kind = PREAMBLE if text.endswith(",") and _PREAMBLE_START.match(text) else OTHER
    anchor = _anchor(kind, number, state)
    section = state.section if kind in (OPERATIVE, ANNEX, OTHER) else None
    state.paragraphs.append(Paragraph(kind, number, text, (), section, anchor))
    state.heading_used = True


def _number(text: str, state: _State) -> re.Match[str] | None:
    """The printed number, or an OCR misreading of it ("1," "i9.") when it is the number
    expected next: a comma or a letter in a number is accepted only where it fits."""
    strict = _OPERATIVE.match(text)
    if strict:
        return strict
    loose = _MISREAD_NUMBER.match(text)
    if not loose:
        return None
    numbers = [p.number for p in state.paragraphs if p.kind == OPERATIVE and p.number]
    expected = str(int(numbers[-1]) + 1) if numbers and numbers[-1].isdigit() else "1"
    return loose if loose.group(1).translate(_MISREAD_DIGITS) == expected else None


def _anchor(kind: str, number: str | None, state: _State) -> str:
    state.kinds[kind] = count = state.kinds.get(kind, 0) + 1
    if kind == OPERATIVE and number:
        base = f"p{number}"
    elif kind == PREAMBLE:
        base = f"pp{count}"
    elif kind == ANNEX:
        base = f"annex-{state.annex}-{number or count}"
    else:
        base = f"x{len(state.paragraphs) + 1}"
    anchor, suffix = base, 2
    while anchor in state.anchors:  # numbering restarted (a new section, an annex)
        anchor, suffix = f"{base}-{suffix}", suffix + 1
    state.anchors.add(anchor)
    return anchor


def _attach(paragraphs: list[Paragraph], label: str, text: str, state: _State) -> None:
    """Adds "(a) …" under the last paragraph; "(i) …" under its last lettered one."""
    parent = paragraphs[-1]
    subs = list(parent.subparagraphs)
    if _is_roman(label, subs) and subs:
        last = subs[-1]
        subs[-1] = Subparagraph(
            last.label, last.text, (*last.subparagraphs, Subparagraph(label, text))
        )
    else:
        subs.append(Subparagraph(label, text))
    paragraphs[-1] = Paragraph(
        parent.kind, parent.number, parent.text, tuple(subs), parent.section, parent.anchor
    )


def _is_roman(label: str, siblings: list[Subparagraph]) -> bool:
    """(i) follows (h) as a letter; otherwise a run of i, v, x is a roman numeral."""
    inner = label[1:-1]
    if not set(inner) <= _ROMAN:
        return False
    if not siblings:
        return False
    previous = siblings[-1].label[1:-1]
    if siblings[-1].subparagraphs:  # already counting (i), (ii) under it
        return True
    return not (len(inner) == 1 and len(previous) == 1 and ord(inner) == ord(previous) + 1)


def _settle_unnumbered(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A resolution whose operative part is one unnumbered paragraph ("Decides …."):
    the preambular paragraphs end with a comma; what follows the last of them is
    operative."""
    if any(p.kind == OPERATIVE for p in paragraphs):
        return paragraphs
    preamble = [i for i, p in enumerate(paragraphs) if p.kind == PREAMBLE]
    if not preamble:
        return paragraphs
    settled = list(paragraphs)
    for index in preamble:
        paragraph = settled[index]
        if paragraph.text.rstrip().endswith((".", ";")) and index == preamble[-1]:
            settled[index] = Paragraph(
                OPERATIVE,
                None,
                paragraph.text,
                paragraph.subparagraphs,
                paragraph.section,
                paragraph.anchor,
            )
    return settled
