"""Paragraph locators: "5", "8(a)", "8 (a)", "5-7", and "S/RES/687 (1991) para 8".

``parse`` refuses what is not a paragraph locator (the command line makes that a usage
error); ``split_open`` splits the window's ``--open`` value into symbol and paragraph;
``cite_paragraph`` gives the pinpoint citation (see its note on the citations module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

_ONE = r"(\d{1,3})(?:\s*\(([a-z]{1,3}|[ivxl]{1,6})\))?(?:\s*\(([ivxl]{1,6})\))?"
_LOCATOR = re.compile(rf"^{_ONE}(?:\s*[-–]\s*(\d{{1,3}}))?$")
_OPEN = re.compile(
    r"^(?P<symbol>.+?)(?:\s*,?\s+(?:paragraphes?|paragraphs?|paras?|par|¶{1,2})(?![^\W\d_])\.?\s*(?P<para>\S.*))?$",
    re.I,
)


class LocatorError(ValueError):
    """A paragraph locator that cannot be read; the message says what was expected."""


@dataclass(frozen=True)
class Pinpoint:
    first: str  # the paragraph's number: "8"
    labels: tuple[str, ...] = ()  # sub-paragraph labels: ("(a)",) or ("(b)", "(i)")
    last: str | None = None  # the end of a range: "7" in 5-7

    @property
    def anchor(self) -> str:
        return f"p{self.first}"

    def text(self, dash: str = "–") -> str:
        """As OSCOLA prints it after "para": "5", "8(a)", "5–7"."""
        if self.last:
            return f"{self.first}{dash}{self.last}"
        return self.first + "".join(self.labels)

    @property
    def plural(self) -> bool:
        return self.last is not None


def parse(locator: str) -> Pinpoint:
    match = _LOCATOR.match(locator.strip())
    if not match:
        raise LocatorError(
            f"{locator!r} is not a paragraph: write a number, a sub-paragraph or a range "
            "(5, 8(a), 9(b)(i), 5-7)"
        )
    first, letter, roman, last = match.groups()
    if last and (letter or int(last) <= int(first)):
        raise LocatorError(f"{locator!r}: a range runs from a smaller number to a larger one")
    labels = tuple(f"({label})" for label in (letter, roman) if label)
    return Pinpoint(first, labels, last)


def split_open(value: str) -> tuple[str, Pinpoint | None]:
    """``"S/RES/687 (1991) para 8"`` -> ``("S/RES/687 (1991)", Pinpoint("8"))``."""
    match = _OPEN.match(value.strip())
    if not match or not match.group("symbol"):
        raise LocatorError(f"{value!r} names no resolution")
    para = match.group("para")
    return match.group("symbol").strip().rstrip(","), parse(para) if para else None


def cite_paragraph(
    resolution: Resolution, pinpoint: Pinpoint, lang: str, collection: Collection | None
) -> str:
    """The OSCOLA citation of a paragraph: "UNSC Res 2396 (21 December 2017) UN Doc
    S/RES/2396, para 5" (OSCOLA 4th ed., 1.4 pinpoints: "para", "paras" for a range, no
    space before a sub-paragraph's letter). When the citations module offers a pinpoint
    API (``cite_pinpoint``, the ``citations`` branch) it is used; until then the plain
    citation gets the locator here."""
    from viewer.core import citations

    pinpointed = getattr(citations, "cite_pinpoint", None)
    if pinpointed is not None:
        return pinpointed("oscola", resolution, lang, collection, pinpoint.text()).text
    base = citations.cite("oscola", resolution, lang, collection).text
    word = "paras" if pinpoint.plural else "para"
    return f"{base}, {word} {pinpoint.text()}"
