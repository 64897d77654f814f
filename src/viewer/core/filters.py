"""Filters typed in the query: ``organ:SC``, ``year:2016``, ``year:2014..2017``,
``year:1990s``, ``topic:ID``, ``has:text``.

Several values of one filter widen it (``organ:SC organ:GA``, or ``organ:SC,GA``);
different filters narrow each other. A value the filter cannot read is reported in
``problems`` (shown to the user) and the filter is left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.collection import Resolution

# A filter stands alone: not inside a word ("a:b" in a URL-like token is no filter).
FILTER = re.compile(r'(?<![\w\-:])(organ|year|topic|has):("[^"]*"|[^\s"]*)', re.IGNORECASE)
HAS_VALUES = ("text",)
_YEAR = r"(\d{1,4})"
_RANGE = re.compile(rf"^{_YEAR}?\s*(?:\.\.|–|-)\s*{_YEAR}?$")
_DECADE = re.compile(r"^(\d{3})0s$")
_MAX_YEAR = 9999


@dataclass(frozen=True, slots=True)
class Filters:
    organs: frozenset[str] = frozenset()  # upper-cased organ ids
    years: tuple[tuple[int, int], ...] = ()  # inclusive ranges; a record in any of them
    topics: frozenset[str] = frozenset()  # lower-cased topic ids
    has_text: bool = False
    problems: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.organs or self.years or self.topics or self.has_text)

    def matches(self, res: Resolution) -> bool:
        """Whether a record passes every filter (used for symbol look-ups, and by tests)."""
        if self.organs and res.organ.upper() not in self.organs:
            return False
        if self.years and not any(low <= res.date.year <= high for low, high in self.years):
            return False
        if self.topics and not self.topics & {t.lower() for t in res.topics}:
            return False
        return not self.has_text or bool(res.raw.get("text"))


def extract(text: str) -> tuple[str, Filters]:
    """The text without its filters, and the filters it held."""
    organs: set[str] = set()
    topics: set[str] = set()
    years: list[tuple[int, int]] = []
    has_text = False
    problems: list[str] = []

    def take(match: re.Match[str]) -> str:
        nonlocal has_text
        name, value = match.group(1).lower(), match.group(2).strip('"').strip()
        values = [v for v in value.split(",") if v.strip()]
        if not values:
            problems.append(f"{name}: needs a value, for example {_EXAMPLES[name]}")
        for one in (v.strip() for v in values):
            if name == "organ":
                organs.add(one.upper())
            elif name == "topic":
                topics.add(one.lower())
            elif name == "year":
                span = year_range(one)
                if span is None:
                    problems.append(f"year:{one} is not a year or a range such as 2014..2017")
                else:
                    years.append(span)
            elif one.lower() in HAS_VALUES:
                has_text = True
            else:
                problems.append(f"has:{one} is unknown (has:text is known)")
        return " "

    rest = FILTER.sub(take, text)
    filters = Filters(frozenset(organs), tuple(years), frozenset(topics), has_text, tuple(problems))
    return " ".join(rest.split()), filters


_EXAMPLES = {
    "organ": "organ:SC",
    "year": "year:2016",
    "topic": "topic:cybercrime",
    "has": "has:text",
}


def year_range(value: str) -> tuple[int, int] | None:
    """``2016``, ``2014..2017`` (also ``2014-2017``), ``..1999``, ``2010..``, ``1990s``."""
    if value.isdigit() and len(value) <= 4:
        return int(value), int(value)
    decade = _DECADE.match(value)
    if decade:
        start = int(decade.group(1)) * 10
        return start, start + 9
    match = _RANGE.match(value)
    if not match or not (match.group(1) or match.group(2)):
        return None
    low = int(match.group(1)) if match.group(1) else 0
    high = int(match.group(2)) if match.group(2) else _MAX_YEAR
    return (low, high) if low <= high else (high, low)


def with_filter(text: str, name: str, value: str) -> str:
    """``text`` with the filter ``name:value`` in place of any ``name:`` it had: what a
    click on a count chip does ("terror" + year 2016 -> "terror year:2016")."""
    kept = FILTER.sub(lambda m: m.group(0) if m.group(1).lower() != name else " ", text)
    value = f'"{value}"' if any(ch.isspace() for ch in value) else value
    return " ".join([*kept.split(), f"{name}:{value}"])
