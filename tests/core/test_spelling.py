"""The close spelling named for a typo: found by looking for pieces of the typed word
(not by reading every word of the best records), the same as reading every word."""

from __future__ import annotations

import random
import re

import pytest

from viewer.core import spelling
from viewer.core.collection import Collection


def _typo(word: str, rng: random.Random, edits: int) -> str:
    for _ in range(edits):
        i = rng.randrange(len(word))
        kind = rng.choice(["insert", "delete", "substitute", "swap"])
        letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
        if kind == "insert":
            word = word[:i] + letter + word[i:]
        elif kind == "delete" and len(word) > 4:
            word = word[:i] + word[i + 1 :]
        elif kind == "substitute":
            word = word[:i] + letter + word[i + 1 :]
        elif i + 1 < len(word):
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word


def test_pieces_leave_one_whole_after_any_allowed_edits() -> None:
    rng = random.Random(3)
    checked = 0
    for _ in range(3000):
        word = "".join(rng.choice("abcdefghij") for _ in range(rng.randint(7, 16)))
        allowed = rng.choice([1, 2])
        typed = _typo(word, rng, rng.randint(1, allowed))
        pieces = spelling._pieces(typed, allowed)
        if pieces and spelling._distance(typed, word) <= allowed:
            assert any(piece in word for piece in pieces), (word, typed, pieces)
            checked += 1
    assert checked > 1500


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize("source", ["corpus", "bundled"])
def test_pieces_find_what_reading_every_word_finds(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, prefix: bool, source: str
) -> None:
    """On the English corpus and on the bundled French texts (accents: "réfugiés"
    holds no piece of "refugies" as written)."""
    collection: Collection = request.getfixturevalue(source)
    lang = "en" if source == "corpus" else "fr"
    rng = random.Random(11 + prefix)
    records = collection.resolutions[:: max(1, len(collection.resolutions) // 20)]
    texts = {
        r.key: " ".join(
            loc.values.get(lang, "") for loc in (r.heading(), r.summary, r.relevance, r.text) if loc
        ).lower()
        for r in records
    }
    words = sorted({w for text in texts.values() for w in re.findall(r"[^\W\d_]{7,}", text)})
    assert len(words) > 60
    cases = 0
    for word in rng.sample(words, 60):
        typed = _typo(word, rng, rng.randint(1, 2))
        near = [r for r in records if word in texts[r.key]][:3]
        found = spelling.closest(typed, near, prefix)
        with monkeypatch.context() as patch:
            patch.setattr(spelling, "_pieces", lambda typed, allowed: ())
            every_word = spelling.closest(typed, near, prefix)
        assert found == every_word, (typed, word)
        cases += found is not None
    assert cases > 20


def test_words_that_may_be_near_come_in_text_order() -> None:
    """The first spelling met of words folding alike is the one named, as before."""
    text = "les réfugiés et refugies et refugees"
    near = spelling._words_near(text, spelling._pieces("refugiex", 1))
    assert near == [w for w in spelling._words_near(text, ()) if w != "les"]
