"""Dates as UN documents print them: "7 December 2023", "1er décembre 2023"."""

from __future__ import annotations

import datetime as dt
import re

_EN = ("january", "february", "march", "april", "may", "june", "july", "august")
_EN += ("september", "october", "november", "december")
_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre")
_FR += ("octobre", "novembre", "décembre")
MONTHS = {name: index % 12 + 1 for index, name in enumerate(_EN + _FR)}
# French without accents, as some text files spell them.
MONTHS.update(fevrier=2, aout=8, decembre=12)

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "7 December 2023", "1er décembre 2023", "1 er décembre" (a text layer may split "er").
DATE = re.compile(rf"\b(\d{{1,2}})\s*(?:er|re)?\s+({_MONTH_NAMES})\s+(\d{{4}})\b", re.IGNORECASE)
# "December 7, 2023" (a few older English texts).
DATE_US = re.compile(rf"\b({_MONTH_NAMES})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)


def parse(text: str) -> dt.date | None:
    """The first date printed in ``text``, or None (impossible dates are not dates)."""
    match = DATE.search(text)
    if match:
        day, month, year = match.group(1), match.group(2), match.group(3)
    else:
        match = DATE_US.search(text)
        if not match:
            return None
        month, day, year = match.group(1), match.group(2), match.group(3)
    try:
        return dt.date(int(year), MONTHS[month.lower()], int(day))
    except ValueError:
        return None


# A date of an OCR'd header: "3 Apri] 1991", "10 Auqust 1993".
# A stray full stop or comma after the month ("15 August. 1991") is OCR noise too.
_LOOSE = re.compile(r"\b(\d{1,2})\s*(?:er|re)?\s+([A-Za-zéû\]\[|1]{3,10})[.,]?\s+(\d{4})\b")


def parse_loose(text: str) -> dt.date | None:
    """Like :func:`parse`, and also a month misread by OCR by one or two letters."""
    exact = parse(text)
    if exact is not None:
        return exact
    import difflib

    for match in _LOOSE.finditer(text):
        word = match.group(2).lower()
        close = difflib.get_close_matches(word, MONTHS, n=1, cutoff=0.75)
        if close:
            try:
                return dt.date(int(match.group(3)), MONTHS[close[0]], int(match.group(1)))
            except ValueError:
                continue
    return None
