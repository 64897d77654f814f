"""Name the close spelling a search used: "terorist" was found as "terrorist".

The engine's fuzzy query says which records matched, not through which word; the best
records' own words are compared with the typed one, and the nearest (fewest edits, then
the most frequent) is the spelling shown and marked.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from viewer.core import analysis
from viewer.core.collection import Resolution

_WORD = re.compile(r"\w{3,}")
_SCAN_CHARS = 20_000  # of each record: enough to meet the word, cheap to read


def typos_allowed(term: str, prefix: bool) -> int:
    """Edits the fuzzy query allows: one, two in a long complete word; one in the word
    being typed, which also matches as a beginning."""
    return 1 if prefix or len(term) < 8 else 2


def closest(word: str, records: Iterable[Resolution], prefix: bool = False) -> str | None:
    """The word of ``records`` nearest to ``word`` (the edits the fuzzy query allows;
    for the word being typed, a longer word starting with such a spelling counts too)."""
    target = analysis.terms(word)
    if len(target) != 1:
        return None
    typed = target[0]
    allowed = typos_allowed(typed, prefix)
    seen: Counter[str] = Counter()
    for res in records:
        for loc in (res.heading(), res.summary, res.relevance, res.text):
            for _, text in loc.items() if loc else ():
                seen.update(_WORD.findall(text[:_SCAN_CHARS].lower()))
    folded: dict[str, str] = {}
    letters = set(typed)
    for candidate in seen:
        if len(candidate) >= len(typed) - allowed:
            stem = _fold(candidate)[: len(typed) + allowed]
            # Each edit brings at most one missing letter: a word lacking more of the
            # typed letters is too far, whatever difflib would think of it.
            if len(letters.difference(stem)) <= allowed:
                folded.setdefault(stem, candidate)
    # difflib's quick ratios prune most words in C-speed steps; the few left are
    # measured in edits, as the engine counted them.
    near = difflib.get_close_matches(typed, list(folded), n=8, cutoff=0.6)
    best: tuple[int, int, str] | None = None
    for stem in near:
        candidate = folded[stem]
        full = _fold(candidate)
        # The engine's fuzzy query matches the word being typed at any beginning.
        lengths = (
            range(max(1, len(typed) - allowed), len(typed) + allowed + 1) if prefix else [len(full)]
        )
        distance = min(_distance(typed, full[:n]) for n in lengths)
        if distance <= allowed and (best is None or (distance, -seen[candidate]) < best[:2]):
            best = (distance, -seen[candidate], candidate)
    return best[2] if best else None


def _fold(word: str) -> str:
    if word.isascii():
        return word
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


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
