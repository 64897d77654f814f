"""UN document symbols: normalise them so every usual spelling finds its resolution.

``S/RES/2396 (2017)``, ``s/res/2396(2017)`` and ``S/RES/2396`` name one record, and so
do ``A/RES/71/19``, ``a/res/71/19`` and ``71/19``.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# A Security Council symbol ends with the year in parentheses.
_YEAR_SUFFIX = re.compile(r"\s*\(\d{4}\)\s*$")
# What a typed query must look like for a symbol look-up to be tried: letters and
# slashes of a symbol, a number with a session (71/19) or a year (2396 (2017)).
_SYMBOL_LIKE = re.compile(r"^(?:[A-Z]+/)*(?:RES/)?[0-9]+(?:/[0-9]+)*(?:\([0-9]{0,4}\)?)?$")
_PARTIAL_SYMBOL = re.compile(r"^[A-Z]+/[A-Z0-9/()]*$")


def normalise(symbol: str) -> str:
    """The comparison key of a symbol: upper case, no spaces (``S/RES/2396(2017)``)."""
    return "".join(unicodedata.normalize("NFKC", symbol).upper().split())


def without_year(symbol: str) -> str:
    """``S/RES/2396 (2017)`` -> ``S/RES/2396``; a symbol without a year is unchanged."""
    return _YEAR_SUFFIX.sub("", symbol.strip())


def lookup_keys(symbol: str, number: str) -> set[str]:
    """Every key under which a resolution is found by a symbol query."""
    key = normalise(symbol)
    number_key = normalise(number)
    keys = {key, number_key}
    if key.endswith(")") and "(" in key:  # cheaper than the regex, 30,000 times
        year = key[key.rindex("(") :]
        if _YEAR_SUFFIX.fullmatch(year):
            keys.add(key[: -len(year)])
            keys.add(number_key + year)
    return keys


def looks_like_symbol(query: str) -> bool:
    """True when the typed text is a symbol or a number, whole or being typed."""
    key = normalise(query)
    return bool(key) and bool(_SYMBOL_LIKE.match(key) or _PARTIAL_SYMBOL.match(key))


def url_path(symbol: str) -> str:
    """The symbol as undocs.org spells it: no space before the year."""
    return re.sub(r"\s+\(", "(", symbol.strip())


def official_url(symbol: str, lang: str | None = None) -> str:
    """Link to the official document by its symbol, optionally in one language."""
    prefix = f"{lang}/" if lang else ""
    return f"https://undocs.org/{prefix}{quote(url_path(symbol), safe='/()')}"
