"""Paragraph locators: "paragraph 5 of resolution 2396 (2017)", the pinpoint of a citation.

What a user types, and what is accepted (case and spaces do not matter):

- one paragraph: ``5``; a sub-paragraph: ``8(a)``, ``8 (a)``, ``9(b)(i)``, and the French
  way of writing them, ``8 a)``, ``9 b) i)``;
- a range: ``5-7``, ``5–7``, ``5 to 7``, ``5 à 7``; a range of sub-paragraphs of one
  paragraph: ``9(b)(i)-(iii)`` (the end names only the labels that change);
- several: ``5, 7``, ``5 and 7``, ``5 et 7``, ``5-7, 9``;
- with the word a citation or a user puts first: ``para 5``, ``paras 5-7``, ``¶ 5``,
  ``¶¶ 5–7``, ``paragraph 5``, ``paragraphe 5``, ``par. 5``, ``§ 5``.

Paragraphs are the operative paragraphs numbered as printed (1, 2, 3 …; the Editorial
Manual numbers them with arabic numerals, sub-paragraphs (a), (b) … then (i), (ii) …).
Anything else is refused with a ``PinpointError`` that names the text and the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PARAGRAPH = 9999  # no resolution has more; a bigger number is a typing slip


class PinpointError(ValueError):
    """A paragraph locator that cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph or sub-paragraph: ``Paragraph(8, ("a",))`` is 8 (a)."""

    number: int
    labels: tuple[str, ...] = ()

    def sort_key(self) -> tuple[object, ...]:
        return (
            self.number,
            *(_label_rank(label, depth) for depth, label in enumerate(self.labels)),
        )


@dataclass(frozen=True)
class Span:
    """A paragraph, or a range of them when ``end`` is set."""

    start: Paragraph
    end: Paragraph | None = None


@dataclass(frozen=True)
class LocatorForm:
    """How one style writes a paragraph locator."""

    singular: str  # "para", "¶", "paragraph"
    plural: str  # "paras", "¶¶", "paragraphs"
    to: str = "–"  # between the ends of a range (en dash, or " to " in prose)
    comma: str = ", "  # between items of a list
    last: str = ", "  # before the last item of a list (" and " in prose)
    label_space: bool = False  # "8 (a)" (UN English) rather than "8(a)"
    french_labels: bool = False  # "8 a)", as French UN documents write them


@dataclass(frozen=True)
class Pinpoint:
    """What a citation points to: one or more paragraphs or ranges, in the order given."""

    spans: tuple[Span, ...]

    @property
    def plural(self) -> bool:
        return len(self.spans) > 1 or any(span.end is not None for span in self.spans)

    def numbers(self, form: LocatorForm) -> str:
        """The paragraphs alone: "5", "5–7", "8(a)", "5 and 7"."""
        items = [_span_text(span, form) for span in self.spans]
        if len(items) == 1:
            return items[0]
        return form.comma.join(items[:-1]) + form.last + items[-1]

    def render(self, form: LocatorForm) -> str:
        """The locator as the style writes it: "para 5", "¶¶ 5–7", "paragraphs 5 to 7"."""
        word = form.plural if self.plural else form.singular
        return f"{word} {self.numbers(form)}"

    @property
    def anchor(self) -> str:
        """The page anchor of the first paragraph named (core/render_text.py): "p8"."""
        return f"p{self.spans[0].start.number}"

    @property
    def has_labels(self) -> bool:
        """True when a sub-paragraph is named: 8(a)."""
        return any(span.start.labels or (span.end and span.end.labels) for span in self.spans)

    def __str__(self) -> str:
        return self.numbers(LocatorForm("", "", to="-"))


def _label_text(labels: tuple[str, ...], form: LocatorForm) -> str:
    if form.french_labels:
        return "".join(f" {label})" for label in labels)
    if form.label_space:  # "8 (b) (i)", as UN English prints them
        return "".join(f" ({label})" for label in labels)
    return "".join(f"({label})" for label in labels)


def _paragraph_text(paragraph: Paragraph, form: LocatorForm) -> str:
    return f"{paragraph.number}{_label_text(paragraph.labels, form)}"


def _span_text(span: Span, form: LocatorForm) -> str:
    start = _paragraph_text(span.start, form)
    if span.end is None:
        return start
    end = span.end
    if end.number == span.start.number and len(end.labels) == len(span.start.labels) > 0:
        # 9 (b) (i) to (iii): the end names only what changes after the common labels.
        common = 0
        while common < len(end.labels) - 1 and end.labels[common] == span.start.labels[common]:
            common += 1
        return f"{start}{form.to}{_label_text(end.labels[common:], form).lstrip()}"
    return f"{start}{form.to}{_paragraph_text(end, form)}"


# --- reading what a user typed ----------------------------------------------------------

_PREFIX = re.compile(
    r"^\s*(?:¶¶?|§§?|paragraphes?|paragraphs?|paras?\.?|pars?\.?)(?![a-z])\s*",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+)
      | \(\s*(?P<label>[a-z]{1,5}|\d{1,3})\s*\)      # (a), (iii)
      | (?P<flabel>[a-z]{1,5})\)                     # a), iii): the French form
      | (?P<dash>-|–|—|\bto\b|\bà\b)
      | (?P<sep>,|;|\band\b|\bet\b|&)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
EXAMPLES = "5, 8(a), 9(b)(i), 5-7 or 5, 7"


def _roman_value(text: str) -> int:
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _label_rank(label: str, depth: int) -> tuple[int, int, str]:
    """Order of labels: (a) < (b) < … < (z) < (aa); below the first level (i) < (ii) < (iv)."""
    if label.isdigit():
        return (0, int(label), "")
    if depth > 0 and _ROMAN.match(label):
        return (1, _roman_value(label), "")
    return (2, len(label), label)


def parse(text: str) -> Pinpoint:
    """Read a paragraph locator (see the module's docstring) or raise ``PinpointError``."""
    tokens = _tokens(text)
    if not tokens:
        given = f"{text.strip()!r}: " if text.strip() else ""
        raise PinpointError(f"{given}no paragraph given: write a number such as {EXAMPLES}")
    spans: list[Span] = []
    reader = _Reader(text, tokens)
    while True:
        spans.append(reader.span())
        if reader.done():
            break
        if reader.expect("sep") == "," and reader.peek_value() in ("and", "et"):
            reader.take()  # "5, 6, and 7"
    keys = [(span.start, span.end) for span in spans]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            raise PinpointError(
                f"{text.strip()!r}: paragraph {spans[i].start.number} is named twice"
            )
    return Pinpoint(tuple(spans))


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, value, position) of each piece, or an error at the first unreadable one."""
    prefix = _PREFIX.match(text)
    position = prefix.end() if prefix else 0
    tokens: list[tuple[str, str, int]] = []
    while position < len(text):
        if not text[position:].strip():
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            rest = text[position:].strip()
            raise PinpointError(
                f"{text.strip()!r}: cannot read {rest[:12]!r} at character {position + 1}; "
                f"a paragraph is written {EXAMPLES}"
            )
        kind = match.lastgroup or ""
        value = match.group(kind).lower()
        tokens.append(("label" if kind == "flabel" else kind, value, match.start(kind)))
        position = match.end()
    return tokens


class _Reader:
    """Reads spans from the tokens, one at a time, saying where a locator goes wrong."""

    def __init__(self, text: str, tokens: list[tuple[str, str, int]]) -> None:
        self.text = text.strip()
        self.tokens = tokens
        self.index = 0

    def done(self) -> bool:
        return self.index >= len(self.tokens)

    def peek_kind(self) -> str | None:
        return None if self.done() else self.tokens[self.index][0]

    def peek_value(self) -> str | None:
        return None if self.done() else self.tokens[self.index][1]

    def take(self) -> tuple[str, str, int]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def fail(self, what: str) -> PinpointError:
        if self.done():
            return PinpointError(f"{self.text!r}: {what} at the end")
        _kind, value, position = self.tokens[self.index]
        return PinpointError(f"{self.text!r}: {what}, not {value!r} (character {position + 1})")

    def expect(self, kind: str) -> str:
        if self.peek_kind() != kind:
            wanted = {"number": "a paragraph number", "sep": "',' or 'and' between paragraphs"}
            raise self.fail(f"expected {wanted.get(kind, kind)}")
        return self.take()[1]

    def labels(self) -> tuple[str, ...]:
        found: list[str] = []
        while self.peek_kind() == "label":
            found.append(self.take()[1])
        if len(found) > 3:
            raise PinpointError(f"{self.text!r}: sub-paragraphs go three levels deep at most")
        return tuple(found)

    def paragraph(self) -> Paragraph:
        number = int(self.expect("number"))
        if not 1 <= number <= MAX_PARAGRAPH:
            raise PinpointError(
                f"{self.text!r}: {number} is not a paragraph number (1 to {MAX_PARAGRAPH})"
            )
        return Paragraph(number, self.labels())

    def span(self) -> Span:
        start = self.paragraph()
        if self.peek_kind() != "dash":
            return Span(start)
        self.take()
        if self.peek_kind() == "label":  # 9(b)(i)-(iii): the end's labels only
            tail = self.labels()
            if len(tail) > len(start.labels):
                raise PinpointError(
                    f"{self.text!r}: the end of a range of sub-paragraphs has too many labels"
                )
            end = Paragraph(start.number, start.labels[: len(start.labels) - len(tail)] + tail)
        else:
            end = self.paragraph()
        if end.sort_key() <= start.sort_key():
            raise PinpointError(
                f"{self.text!r}: a range must go up, from the first paragraph to the last"
            )
        return Span(start, end)


_OPEN = re.compile(
    r"^(?P<symbol>.+?)(?:\s*,?\s+(?P<para>(?:paragraphes?|paragraphs?|paras?|par|¶{1,2}|§)"
    r"(?![^\W\d_])\.?\s*\S.*))?$",
    re.IGNORECASE,
)


def split_open(value: str) -> tuple[str, Pinpoint | None]:
    """The window's ``--open`` value: ``"S/RES/687 (1991) para 8"`` -> the symbol and the
    paragraph (None when no paragraph is named); a paragraph that cannot be read is refused."""
    match = _OPEN.match(value.strip())
    if not match or not match.group("symbol").strip():
        raise PinpointError(f"{value!r} names no resolution")
    para = match.group("para")
    return match.group("symbol").strip().rstrip(","), parse(para) if para else None
