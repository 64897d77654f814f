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
_WORD_FROM = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SHORTEST_PIECE = 3  # shorter pieces are in most words: reading them all is as quick
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
    pieces = _pieces(typed, allowed)
    seen: Counter[str] = Counter()
    for res in records:
        for loc in (res.heading(), res.summary, res.relevance, res.text):
            for _, text in loc.items() if loc else ():
                seen.update(_words_near(text[:_SCAN_CHARS].lower(), pieces))
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


def _pieces(typed: str, allowed: int) -> tuple[str, ...]:
    """``allowed + 1`` pieces of ``typed``, one letter left out between two: an edit
    (a swap of neighbours too) breaks one piece at most, so ``allowed`` edits leave one
    whole in any word that near, or beginning that near. () when a piece would be too
    short to be worth looking for."""
    size = (len(typed) - allowed) // (allowed + 1)
    if size < _SHORTEST_PIECE or not typed.isascii():
        return ()
    starts = [i * (size + 1) for i in range(allowed + 1)]
    ends = [start + size for start in starts[:-1]] + [len(typed)]
    return tuple(typed[a:b] for a, b in zip(starts, ends, strict=True))


def _words_near(lowered: str, pieces: tuple[str, ...]) -> list[str]:
    """The words of three letters or more of ``lowered`` (each time it has them),
    or, with ``pieces``, those of them that may be near: holding a piece (found by
    ``str.find``, not by reading every word: a long text has thousands), or a letter
    outside ASCII (compared once folded, "réfugiés" holds no piece as written)."""
    if not pieces:
        return _WORD.findall(lowered)
    starts: dict[int, str] = {}
    for piece in pieces:
        at = lowered.find(piece)
        while at >= 0:
            _add_word_at(lowered, at, starts)
            at = lowered.find(piece, at + 1)
    if not lowered.isascii():
        for found in _NON_ASCII.finditer(lowered):
            if lowered[found.start()].isalnum():
                _add_word_at(lowered, found.start(), starts)
    # In text order, as reading every word gives them (the first spelling met of
    # words folding alike, "réfugiés" or "refugies", is the one named).
    return [starts[at] for at in sorted(starts) if len(starts[at]) >= 3]


def _add_word_at(lowered: str, at: int, starts: dict[int, str]) -> None:
    """Note the word around position ``at`` by where it starts."""
    start = at
    while start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
        start -= 1
    if start not in starts:
        word = _WORD_FROM.match(lowered, start)
        if word is not None:
            starts[start] = word.group()


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
