"""Title case for Chicago and MLA (APA keeps a title's sentence case)."""

from __future__ import annotations

import re

_PREPOSITIONS = frozenset(
    {
        *("about", "above", "across", "after", "against", "along", "among", "around", "at"),
        *("before", "behind", "below", "beneath", "beside", "besides", "between", "beyond"),
        *("by", "concerning", "despite", "down", "during", "except", "from", "in", "inside"),
        *("into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over"),
        *("past", "per", "regarding", "since", "through", "throughout", "toward", "towards"),
        *("under", "underneath", "until", "up", "upon", "via", "with", "within", "without"),
    }
)
# CMOS 17 §8.159: lowercase articles, prepositions, and/but/for/or/nor, "to", "as".
_CHICAGO_MINOR = _PREPOSITIONS | {"a", "an", "the", "and", "but", "for", "or", "nor", "to", "as"}
# MLA 9 title case: lowercase articles, prepositions, coordinating conjunctions
# (and, but, for, nor, or, so, yet) and the "to" of infinitives.
_MLA_MINOR = _PREPOSITIONS | {"a", "an", "the", "and", "but", "for", "nor", "or", "so", "yet", "to"}
# CMOS 17 §8.161: after such a prefix, the second part of a hyphenated word stays lowercase.
_CHICAGO_PREFIXES = frozenset(
    {
        *("anti", "co", "counter", "extra", "inter", "intra", "multi", "non", "over", "post"),
        *("pre", "pro", "re", "semi", "sub", "super", "trans", "un", "under"),
    }
)


def _title_case(title: str, minor: frozenset[str], prefixes: frozenset[str]) -> str:
    """Capitalise the principal words; words already capitalised (INTERPOL) stay as are."""
    tokens = re.split(r"(\s+)", title)
    words = [i for i, token in enumerate(tokens) if token.strip()]
    out = list(tokens)
    after_colon = True  # the first word, and the first after a colon, are capitalised
    for position, index in enumerate(words):
        token = tokens[index]
        force = after_colon or position == len(words) - 1
        out[index] = _case_word(token, minor, prefixes, force)
        after_colon = token.endswith(":")
    return "".join(out)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _case_word(token: str, minor: frozenset[str], prefixes: frozenset[str], force: bool) -> str:
    match = re.match(r"^(\W*)(.*?)(\W*)$", token)
    if match is None:  # pragma: no cover - the pattern matches every string
        return token
    lead, core, trail = match.groups()
    parts = core.split("-")
    cased = []
    for i, part in enumerate(parts):
        if not (part.islower() and _WORD.fullmatch(part)):
            cased.append(part)  # INTERPOL, e-mail addresses, symbols: as written
        elif i == 0:
            cased.append(part if (part in minor and not force) else _upper_first(part))
        elif part in minor or parts[0].lower() in prefixes:
            cased.append(part)
        else:
            cased.append(_upper_first(part))
    return lead + "-".join(cased) + trail


def _upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def chicago_title(title: str) -> str:
    return _title_case(title, _CHICAGO_MINOR, _CHICAGO_PREFIXES)


def mla_title(title: str) -> str:
    return _title_case(title, _MLA_MINOR, frozenset())
