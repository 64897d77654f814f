"""Mentions of resolutions inside a text, and who cites whom across a collection.

``find(text, organ)`` reads "resolution 660 (1990)", "resolutions 660 (1990), 661 (1990)
and 662 (1990)", "its resolution 1514 (XV)", "resolution 77/149", "General Assembly
resolution 2625 (XXV)", "paragraph 2 of resolution 678 (1990)" and their French forms
("sa résolution 2178 (2014)", "paragraphe 2 de la résolution 678 (1990)", "résolution 2178
(2014) du Conseil de sécurité"). The organ is the one named, else the citing text's own
for "its"/"sa", else the one the number's form belongs to: "N (YYYY)" is the Security
Council's, "N (XV)" and "77/149" the General Assembly's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core import symbols

_NAMED_ORGAN = (
    (re.compile(r"(?:general\s+assembly|assemblée\s+générale)\W*$", re.I), "GA"),
    (re.compile(r"(?:security\s+council|conseil\s+de\s+sécurité)\W*$", re.I), "SC"),
    (
        re.compile(
            r"(?:economic\s+and\s+social\s+council|conseil\s+économique\s+et\s+social)\W*$", re.I
        ),
        "ECOSOC",
    ),
    (
        re.compile(
            r"(?:human\s+rights\s+council|conseil\s+des\s+droits\s+de\s+l['’]homme)\W*$", re.I
        ),
        "HRC",
    ),
)
_OWN_WORDS = frozenset({"its", "their", "sa", "ses", "leur", "leurs"})
_OWN = re.compile(r"\b(?:its|their|sa|ses|leurs?)\s+(?:\w+\s+){0,2}$", re.I)
_AFTER_ORGAN = re.compile(
    r"^\s*(?:du|de\s+l['’])\s*(conseil\s+de\s+sécurité|assemblée\s+générale)", re.I
)
_TRIGGER = re.compile(r"(?:resolutions?|résolutions?)\s+", re.I)
_SYMBOL_IN_TEXT = re.compile(r"\b[ASE]/RES/[\w./-]+(?:\s*\(\d{4}\))?")
# One cited number: "660 (1990)", "1514 (XV)", "77/149", "ES-10/19", "S/RES/2396 (2017)".
_ITEM = re.compile(
    r"(?P<symbol>(?:[AS]|E)/RES/[\w./-]+(?:\s*\(\d{4}\))?)"
    r"|(?P<session>(?:ES-|S-)?\d{1,2})/(?P<snum>\d{1,4})\b"
    r"|(?P<number>\d{1,4})(?:\s*(?P<letter>[A-Z]))?\s*\((?P<year>\d{4}|[IVXL]+|S-[IVX]+|ES-[IVX]+)\)"
)
# Between two cited numbers: "of 2 August 1990", commas, "and", "et", "du 3 mars 1990".
_DATE = r"(?:\s+(?:of|du|en\s+date\s+du)\s+\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4})?"
_SEPARATOR = re.compile(_DATE + r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et|or|ou)\s+)", re.I)
_PARAGRAPH_BEFORE = re.compile(
    r"\b(?:paragraphs?|paragraphes?|paras?\.?)\s+(?P<numbers>\d{1,3}(?:\s*\([a-z]{1,3}\))?"
    r"(?:(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|to|et|à)\s+)\d{1,3}(?:\s*\([a-z]{1,3}\))?)*)\s+"
    r"(?:of|de)\s+(?:the\s+|la\s+|sa\s+|its\s+|leur\s+)?"
    r"(?:(?:general\s+assembly|security\s+council)\s+)?$",
    re.I,
)
_ROMAN = re.compile(r"^[IVXL]+$")


@dataclass(frozen=True)
class Reference:
    symbol: str  # normalised display form: "S/RES/660 (1990)", "A/RES/77/149"
    organ: str  # "SC", "GA", "ECOSOC", "HRC"
    start: int  # the span of the mention in the text it was found in
    end: int
    target_paragraphs: tuple[str, ...] = ()  # "2", "8 (a)" when a paragraph is named

    @property
    def key(self) -> str:
        return symbols.normalise(self.symbol)

    @property
    def target_paragraph(self) -> str | None:
        return self.target_paragraphs[0] if self.target_paragraphs else None


def find(text: str, organ: str | None = None) -> list[Reference]:
    """Every resolution mentioned in ``text``; ``organ`` is the citing text's own."""
    found: list[Reference] = []
    if not may_cite(text):
        return found
    for trigger in _triggers(text):
        found += _list_after(text, trigger, organ)
    if "/RES/" in text:
        taken = {(r.start, r.end) for r in found}
        for match in _SYMBOL_IN_TEXT.finditer(text):
            if not any(s <= match.start() < e for s, e in taken):
                found.append(_from_symbol(match.group(), match.start(), match.end(), ()))
        found.sort(key=lambda r: r.start)
    return found


def _triggers(text: str) -> list[re.Match[str]]:
    """Each "resolution(s) " of the text. Found with str.find on the word's common part
    (a case-insensitive regex over a whole text costs ten times more), then checked."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): slow path
        return [
            m
            for m in _TRIGGER.finditer(text)
            if m.start() == 0 or not text[m.start() - 1].isalnum()
        ]
    found: list[re.Match[str]] = []
    position = folded.find("solution")
    while position >= 0:
        start = position - 2  # "re" or "ré": two characters either way
        if start >= 0 and folded[start : start + 2] in ("re", "ré"):
            match = _TRIGGER.match(text, start)
            if match and (start == 0 or not text[start - 1].isalnum()):
                found.append(match)
        position = folded.find("solution", position + 8)
    return found


def may_cite(text: str) -> bool:
    """A cheap test first: most texts of a large collection cite nothing."""
    return "solution" in text or "SOLUTION" in text or "/RES/" in text


def _list_after(text: str, trigger: re.Match[str], own: str | None) -> list[Reference]:
    item = _ITEM.match(text, trigger.end())
    if not item:  # "the relevant resolutions of the Council": no number, nothing to read
        return []
    before = text[max(0, trigger.start() - 60) : trigger.start()]
    folded = before.lower()
    # The regular expressions run only where their words are (32,000 texts).
    named = None
    if "council" in folded or "assembl" in folded or "conseil" in folded:
        named = next((organ for pattern, organ in _NAMED_ORGAN if pattern.search(before)), None)
    is_own = bool(_OWN_WORDS & set(folded[-40:].split())) and bool(_OWN.search(before))
    wider = text[max(0, trigger.start() - 120) : trigger.start()]
    targets = _targets(wider) if "para" in wider.lower() else ()
    found: list[Reference] = []
    while True:
        after = _AFTER_ORGAN.match(text, item.end())
        organ = named or (_french_organ(after) if after else None) or (own if is_own else None)
        reference = _reference(item, organ, own, targets if not found else ())
        if reference:
            found.append(reference)
        separator = _SEPARATOR.match(text, item.end())
        item = _ITEM.match(text, separator.end()) if separator else None
        if not item:
            break
    return found


def _french_organ(match: re.Match[str]) -> str:
    return "SC" if match.group(1).lower().startswith("conseil") else "GA"


def _targets(before: str) -> tuple[str, ...]:
    match = _PARAGRAPH_BEFORE.search(before)
    if not match:
        return ()
    numbers = re.findall(r"\d{1,3}(?:\s*\([a-z]{1,3}\))?", match.group("numbers"))
    return tuple(re.sub(r"\s*\(", " (", n) for n in numbers)


def _reference(
    item: re.Match[str], named: str | None, own: str | None, targets: tuple[str, ...]
) -> Reference | None:
    start, end = item.start(), item.end()
    if item.group("symbol"):
        return _from_symbol(item.group("symbol"), start, end, targets)
    if item.group("session"):
        organ = named if named in ("GA", "HRC", "ECOSOC") else "GA"
        session, number = item.group("session"), item.group("snum")
        prefix = {"GA": "A/RES", "HRC": "A/HRC/RES", "ECOSOC": "E/RES"}[organ]
        return Reference(f"{prefix}/{session}/{number}", organ, start, end, targets)
    number, year = item.group("number") + (item.group("letter") or ""), item.group("year")
    if year.isdigit():
        organ = named or "SC"
        if organ == "SC":
            return Reference(f"S/RES/{number} ({year})", organ, start, end, targets)
        if organ == "ECOSOC":
            return Reference(f"E/RES/{year}/{number}", organ, start, end, targets)
        return None  # a GA resolution is never numbered by year: not a resolution symbol
    # "1514 (XV)", "ES-10/..." : the General Assembly's numbering by session, in roman.
    return Reference(f"A/RES/{number} ({year})", "GA", start, end, targets)


def _from_symbol(symbol: str, start: int, end: int, targets: tuple[str, ...]) -> Reference:
    symbol = re.sub(r"\s*\(", " (", symbol.strip())
    organ = {"S": "SC", "A": "GA", "E": "ECOSOC"}.get(symbol[0], "")
    return Reference(symbol, organ, start, end, tuple(targets))
