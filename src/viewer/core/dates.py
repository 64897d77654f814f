"""Dates written out in the reader's language: "21 December 2017", "21 décembre 2017"."""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def long_date(day: dt.date, lang: str) -> str:
    if lang == "fr":
        # French writes the first of the month as an ordinal: "1er décembre 2017".
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {MONTHS['fr'][day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
