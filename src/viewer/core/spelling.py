"""Name the close spelling a search used: "terorist" was found as "terrorist".

The engine's fuzzy query says which records matched, not through which word; the best
records' own words are compared with the typed one, and the nearest (fewest edits, then
the most frequent) is the spelling shown and marked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from viewer.core import analysis
from viewer.core.collection import Resolution

_WORD = re.compile(r"\w{3,}")
_SCAN_CHARS = 60_000  # of each record: enough to meet the word, cheap to read


def closest(word: str, records: Iterable[Resolution]) -> str | None:
    """The word of ``records`` nearest to ``word`` (one or two edits, as the fuzzy
    query allows; a longer word starting with such a spelling counts too)."""
    target = analysis.terms(word)
    if len(target) != 1:
        return None
    typed = target[0]
    allowed = 1 if len(typed) < 8 else 2
    seen: Counter[str] = Counter()
    for res in records:
        for loc in (res.heading(), res.summary, res.relevance, res.text):
            for _, text in loc.items() if loc else ():
                seen.update(_WORD.findall(text[:_SCAN_CHARS]))
    best: tuple[int, int, str] | None = None
    for candidate, count in seen.items():
        folded = analysis.terms(candidate)
        if len(folded) != 1:
            continue
        distance = min(_distance(typed, folded[0]), _distance(typed, folded[0][: len(typed)]))
        if distance <= allowed and (best is None or (distance, -count) < best[:2]):
            best = (distance, -count, candidate.lower())
    return best[2] if best else None


def _distance(a: str, b: str) -> int:
    """Edits between two words, a swap of neighbours counting as one."""
    if abs(len(a) - len(b)) > 2:
        return 3
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]
