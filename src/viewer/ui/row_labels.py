"""What a tree row says of a resolution: its symbol, then what tells it apart.

A title or an agenda item that several resolutions share ("Threats to international
peace and security caused by terrorist acts") says nothing of which is which, and a
record with only its full text would show the text's first line ("UNITED NATIONS",
"MILITARY STAFF COMMITTEE"): such rows show the date instead, before the label.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from viewer.core.dates import long_date

if TYPE_CHECKING:
    from collections.abc import Iterable

    from viewer.core.collection import Resolution

SEPARATOR = " · "


def heading(res: Resolution, lang: str) -> str:
    """The resolution's own words for a row: title, agenda item or summary; "" when it
    has only its full text (whose first line is a letterhead, not a name)."""
    for source in (res.title, res.agenda_item, res.summary):
        if source is not None:
            return res.label(lang)
    return ""


def short_label(res: Resolution, lang: str) -> str:
    """Beside the symbol in a list (results, favourites): its heading, else its date."""
    return heading(res, lang) or long_date(res.date, lang)


class RowLabels:
    """Row texts for one collection and language; shared headings counted once."""

    def __init__(self, resolutions: Iterable[Resolution], lang: str) -> None:
        self._lang = lang
        counts = Counter(heading(res, lang) for res in resolutions)
        self._shared = {text for text, count in counts.items() if count > 1 and text}

    def text(self, res: Resolution) -> str:
        own = heading(res, self._lang)
        date = long_date(res.date, self._lang)
        if not own:
            return f"{res.symbol}  {date}"
        if own in self._shared:
            return f"{res.symbol}  {date}{SEPARATOR}{own}"
        return f"{res.symbol}  {own}"
