"""The stems snippets take from remembered words are the ones analysing the text gives."""

from __future__ import annotations

import pytest

from viewer.core import analysis
from viewer.core.collection import Collection


@pytest.mark.parametrize("lang", sorted(analysis.STEMMED))
def test_remembered_stems_equal_the_texts_own(bundled: Collection, lang: str) -> None:
    texts = [
        text
        for res in bundled.resolutions
        for loc in (res.text, res.summary, res.heading())
        if loc is not None
        for text in loc.values.values()
    ]
    assert len(texts) >= 14
    for text in texts:
        folded = analysis.terms(text)
        # Twice: the first call stems the new words, the second reads them back.
        for _ in range(2):
            assert analysis.stems(folded, lang) == analysis.terms(text, lang)


def test_stems_of_the_english_texts_of_the_corpus(corpus: Collection) -> None:
    for res in corpus.resolutions[::40]:
        text = res.text.values["en"] if res.text else res.symbol
        assert analysis.stems(analysis.terms(text), "en") == analysis.terms(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "½ of the vote",  # folds to "1/2": not one word when analysed again
        "Ⅷ" * 21,  # 63 bytes kept as one token, 84 letters once folded
        "terroristes, 深圳 et Ελλάδα",
    ],
)
def test_a_term_that_is_not_a_plain_word_is_left_to_the_text(text: str) -> None:
    folded = analysis.terms(text)
    stemmed = analysis.stems(folded, "fr")
    assert stemmed is None or stemmed == analysis.terms(text, "fr")
    if not all(w.isascii() and w.isalnum() for w in folded):
        assert stemmed is None


def test_the_remembered_words_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "_STEMS_KEPT", 10)
    monkeypatch.setitem(analysis._STEMS, "en", {})
    words = [f"nations{i}" for i in range(8)] + ["securities", "councils", "peaceful"]
    assert analysis.stems(words[:8], "en") == analysis.terms(" ".join(words[:8]), "en")
    assert analysis.stems(words[8:], "en") == ["secur", "council", "peac"]
    assert len(analysis._STEMS["en"]) <= 10


def test_a_full_table_still_answers_every_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words remembered before the table filled up are answered too (the table
    started again used to lose them mid-call: KeyError on the search thread)."""
    monkeypatch.setattr(analysis, "_STEMS_KEPT", 3)
    monkeypatch.setitem(analysis._STEMS, "en", {})
    assert analysis.stems(["security", "the"], "en") == ["secur", "the"]
    assert analysis.stems(["security", "councils", "nations"], "en") == [
        "secur",
        "council",
        "nation",
    ]
    for _ in range(5):
        words = ["security", "councils", "nations", "the", "peaceful"]
        assert analysis.stems(words, "en") == analysis.terms(" ".join(words), "en")
        assert len(analysis._STEMS["en"]) <= 5
