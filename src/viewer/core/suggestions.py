"""Symbols close to one that names nothing: "71/1" -> A/RES/71/19.

The command line offers them after "Unknown symbol", and the window can offer them the
same way. A symbol is compared in the spelling the user typed it (number alone, with its
year, or whole), with the case and spaces ignored, as look-ups are.

Rather than measuring the typed text against every key of a large collection (30,000
resolutions have 100,000 look-up keys), the spellings one or two keystrokes away are
generated and looked up: the cost depends on the length of what was typed, not on the
size of the collection.
"""

from __future__ import annotations

import re
import string
from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from viewer.core import symbols

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

# A typo is a keystroke or two (a digit missing, doubled, swapped or mistyped); in a
# short number two edits reach too many others to be a suggestion.
MAX_EDITS = 2
SHORT = 5  # a number of up to this many characters: one edit
DEFAULT_LIMIT = 3
MAX_SYMBOL_CHARS = 30  # "A/RES/ES-10/21" or "S/RES/2396 (2017)" are far shorter
_ORGAN_PREFIX = re.compile(r"^(?:[A-Z]+/)+")
# What a symbol's number is made of (2396, 71/19, 2396(2017)).
_NUMBER_CHARACTERS = string.digits + "/()"


def close_symbols(
    collection: Collection, text: str, limit: int = DEFAULT_LIMIT
) -> list[Resolution]:
    """Resolutions whose symbol is a keystroke or two from ``text``, the likeliest first:
    what the typed text begins (a symbol typed short), then the fewest edits."""
    query = symbols.normalise(text)
    # Only what is written like a symbol gets suggestions: the spellings generated grow
    # with the square of the length and the letters of what was typed.
    if not symbols.looks_like_symbol(query) or len(query) > MAX_SYMBOL_CHARS:
        return []
    table = collection.lookup_table()
    # The organ's letters (A/RES/) are not what a typo changes: the number's length sets
    # how many edits still make a likely typo.
    number = _ORGAN_PREFIX.sub("", query)
    allowed = 1 if len(number) <= SHORT else MAX_EDITS
    alphabet = _NUMBER_CHARACTERS + "".join(sorted({c for c in query if c.isalpha()}))
    if _scan_is_cheaper(query, allowed, alphabet, len(table)):
        near = _scanned(query, allowed, table)
    else:
        near = _within(query, allowed, alphabet, table)
    distance = {key: edit_distance(query, key) for key in near}
    if number != query and number in table:
        distance.setdefault(number, 1)  # the number is right, the organ's letters are not
    ranked = sorted(distance, key=lambda key: (not key.startswith(query), distance[key], key))
    chosen: dict[str, Resolution] = {}
    for key in ranked:
        for resolution in table[key]:
            chosen.setdefault(resolution.key, resolution)
    return list(chosen.values())[:limit]


# Measuring one key costs about a hundred set look-ups of a generated spelling.
_SCAN_COST = 100


def _scan_is_cheaper(query: str, edits: int, alphabet: str, keys: int) -> bool:
    """A small collection (the bundled seven) is measured key by key: generating every
    spelling two edits away costs more than comparing with a few hundred keys."""
    first = (2 * len(query) + 1) * len(alphabet) + 2 * len(query)
    return keys * _SCAN_COST < (first * first if edits > 1 else first)


def _scanned(query: str, edits: int, keys: Iterable[str]) -> set[str]:
    """The ``keys`` at most ``edits`` from ``query``, by measuring each: the same answer
    as :func:`_within`."""
    with_letters = any(char.isalpha() for char in query)
    return {
        key
        for key in keys
        if key != query
        and abs(len(key) - len(query)) <= edits
        and any(c.isalpha() for c in key) == with_letters
        and edit_distance(query, key) <= edits
    }


def _within(query: str, edits: int, alphabet: str, keys: Container[str]) -> set[str]:
    """The ``keys`` one (or two) edits from ``query``, written as it is."""
    with_letters = any(char.isalpha() for char in query)
    first = _edits(query, alphabet)
    found = {key for key in first if key in keys}
    if edits > 1:
        for near in first:
            found.update(key for key in _edits(near, alphabet) if key in keys)
    found.discard(query)
    # Like is compared with like: a bare number is not offered for a whole symbol.
    return {key for key in found if any(c.isalpha() for c in key) == with_letters}


def _edits(word: str, alphabet: str) -> set[str]:
    """Every spelling one edit from ``word``: a character deleted, two neighbours
    swapped, one replaced or one inserted."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deleted = [a + b[1:] for a, b in splits if b]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaced = [a + c + b[1:] for a, b in splits if b for c in alphabet]
    inserted = [a + c + b for a, b in splits for c in alphabet]
    return {*deleted, *swapped, *replaced, *inserted}


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
