"""The fixed query list of the benchmark, and what each query means to every engine.

Each query is written exactly as a user would type it into the viewer's search box
(and passed unchanged to ``SearchIndex.search``). What it means is what the viewer's own
parser (``viewer.core.query.parse``) makes of it, cut into three kinds of parts:

* ``words``: complete words, all required (the viewer's parser is conjunctive);
* ``phrases``: quoted phrases, words in that order;
* ``prefixes``: the word still being typed (no space after it) or a ``word*``: any
  indexed word that begins with it.

The peers get these same parts in their own syntax (see ``bench/peers.py``), so every
engine is asked the same question. Symbols (``S/RES/242 (1967)``) become plain words
(``s res 242 1967``) for the peers: only the viewer also looks a symbol up as such.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from viewer.core.query import parse

# (category, text as typed). At least 50, fixed: change it only with a note in the
# results, since figures of different lists do not compare.
QUERIES: list[tuple[str, str]] = [
    # common words
    ("common", "security"),
    ("common", "council"),
    ("common", "peace"),
    ("common", "resolution"),
    ("common", "United Nations"),
    ("common", "Member States"),
    ("common", "territorial integrity"),
    # rare words
    ("rare", "Katanga"),
    ("rare", "Trieste"),
    ("rare", "Suez"),
    ("rare", "Falkland"),
    ("rare", "Bahrain"),
    ("rare", "plebiscite"),
    ("rare", "hijacking"),
    ("rare", "uranium"),
    ("rare", "Srebrenica"),
    ("rare", "Corfu"),
    # prefixes, typed one key at a time
    ("prefix", "s"),
    ("prefix", "se"),
    ("prefix", "sec"),
    ("prefix", "secu"),
    ("prefix", "secur"),
    ("prefix", "securi"),
    ("prefix", "securit"),
    ("prefix", "c"),
    ("prefix", "cy"),
    ("prefix", "cyp"),
    ("prefix", "cypr"),
    ("prefix", "cypru"),
    ("prefix", "Cyprus"),
    ("prefix", "security c"),
    ("prefix", "security co"),
    ("prefix", "security cou"),
    ("prefix", "peacek"),
    # phrases
    ("phrase", '"Military Staff Committee"'),
    ("phrase", '"Member States"'),
    ("phrase", '"international peace and security"'),
    ("phrase", '"Secretary-General"'),
    ("phrase", '"territorial integrity"'),
    ("phrase", '"Chapter VII"'),
    ("phrase", '"cease-fire"'),
    # symbols and numbers
    ("symbol", "S/RES/242 (1967)"),
    ("symbol", "s/res/1(1946)"),
    ("symbol", "242"),
    ("symbol", "1454"),
    ("symbol", "S/RES/1445 (2002)"),
    ("symbol", "31999"),
    # no hit
    ("no hit", "zzzqqq"),
    ("no hit", "xylophone"),
    ("no hit", "quidditch"),
    ("no hit", "blockchain"),
    ("no hit", "INTERPOL"),
    # French and accents
    ("french", "Israël"),
    ("french", "sécurité"),
    ("french", "Conseil de sécurité"),
    ("french", "Côte d'Ivoire"),
    ("french", "réfugiés"),
    ("french", "ÉTATS"),
    # several words
    ("words", "nuclear weapons"),
    ("words", "Rhodesia sanctions"),
    ("words", "Israel Lebanon"),
    ("words", "refugees Cyprus"),
]

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+")
_OPERATORS = ("AND", "OR", "NOT")


@dataclass(frozen=True)
class Parts:
    """One query as the viewer's parser sees it, folded (lower case, no accents)."""

    text: str  # as typed
    category: str
    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    prefixes: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.prefixes)


def fold(text: str) -> str:
    """Lower case without accents: what every engine's analyzer does to a word."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parts_of(category: str, text: str) -> Parts:
    """Cut a query into words, phrases and prefixes, as the viewer's parser does."""
    parsed = parse(text)
    complete = parsed.complete
    if any(op in complete.split() for op in _OPERATORS) or re.search(r"(^|\s)-", complete):
        raise ValueError(f"{text!r}: operators have no equivalent in every peer")
    phrases = tuple(
        tuple(fold(w) for w in _WORD.findall(phrase)) for phrase in _PHRASE.findall(complete)
    )
    words = tuple(fold(w) for w in _WORD.findall(_PHRASE.sub(" ", complete)))
    prefixes = tuple(fold(prefix) for prefix in parsed.prefixes)
    return Parts(text, category, words, tuple(p for p in phrases if p), prefixes)


def all_parts() -> list[Parts]:
    return [parts_of(category, text) for category, text in QUERIES]


if __name__ == "__main__":
    for item in all_parts():
        print(f"{item.category:8} {item.text!r:40} {item.words} {item.phrases} {item.prefixes}")
    print(len(QUERIES), "queries")
