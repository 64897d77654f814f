"""Symbols close to one that names nothing: "71/1" -> A/RES/71/19.

The command line offers them after "Unknown symbol", and the window can offer them the
same way. A symbol is compared in the spelling the user typed it (number alone, with its
year, or whole), with the case and spaces ignored, as look-ups are.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from viewer.core import symbols

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

# A typo is a keystroke or two (a digit missing, doubled, swapped or mistyped); in a
# short symbol two edits reach too many others to be a suggestion.
MAX_EDITS = 2
SHORT = 5  # up to this many characters, one edit
_ORGAN_PREFIX = re.compile(r"^(?:[A-Z]+/)+")
DEFAULT_LIMIT = 3


def close_symbols(
    collection: Collection, text: str, limit: int = DEFAULT_LIMIT
) -> list[Resolution]:
    """Resolutions whose symbol is a keystroke or two from ``text``, the likeliest first:
    what the typed text begins (a symbol typed short), then the fewest edits."""
    query = symbols.normalise(text)
    if not query:
        return []
    by_key = _keys_shaped_like(collection, query)
    near = difflib.get_close_matches(query, by_key, n=max(limit * 4, 12), cutoff=0.6)
    # The organ's letters (A/RES/) are not what a typo changes: the number's length sets
    # how many edits still make a likely typo.
    number = _ORGAN_PREFIX.sub("", query)
    allowed = 1 if len(number) <= SHORT else MAX_EDITS
    scored = [(edit_distance(query, key), key) for key in near]
    ranked = sorted(
        (score for score in scored if 0 < score[0] <= allowed),
        key=lambda score: (not score[1].startswith(query), score[0], score[1]),
    )
    found: dict[str, Resolution] = {}
    for _, key in ranked:
        for resolution in by_key[key]:
            found.setdefault(resolution.key, resolution)
    return list(found.values())[:limit]


def _keys_shaped_like(collection: Collection, query: str) -> dict[str, list[Resolution]]:
    """Look-up keys written as the query is: with the organ's letters (``A/RES/71/19``)
    or as a bare number (``71/19``, ``2396(2017)``), so that like is compared with like."""
    with_letters = any(char.isalpha() for char in query)
    table: dict[str, list[Resolution]] = {}
    for resolution in collection.resolutions:
        for key in symbols.lookup_keys(resolution.key, resolution.number):
            if any(char.isalpha() for char in key) == with_letters:
                table.setdefault(key, []).append(resolution)
    return table


def edit_distance(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``: a character inserted, deleted, replaced, or two
    neighbours swapped ("2369" -> "2396" is one); for short strings."""
    rows = [list(range(len(b) + 1))]
    for i, char_a in enumerate(a, 1):
        row = [i]
        for j, char_b in enumerate(b, 1):
            cost = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, rows[i - 2][j - 2] + 1)  # a swap
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]
