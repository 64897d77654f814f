"""The snippet defects of issue 14, each with its test: the phrase for a phrase, never a
lone stop word, the close spelling named and marked, the other language said."""

from __future__ import annotations

import re

import pytest

from factories import document, sc_record
from viewer.core import loader, render
from viewer.core.collection import Collection
from viewer.core.search import SearchIndex

BOLD = re.compile(r"<b>(.*?)</b>")


def _bold_runs(snippet_html: str) -> list[str]:
    """Marked words, those separated by a single space joined into one run."""
    joined = re.sub(r"</b> <b>", " ", snippet_html)
    return [run.lower() for run in BOLD.findall(joined)]


def test_a_phrase_is_marked_as_the_phrase_and_nothing_else(bundled_index: SearchIndex) -> None:
    result = bundled_index.search('"foreign terrorist fighters"')
    assert result.total >= 2
    for hit in result.hits:
        runs = _bold_runs(hit.snippet_html)
        assert runs, hit
        assert set(runs) == {"foreign terrorist fighters"}, (hit, runs)


def test_a_stop_word_is_never_marked_alone(bundled_index: SearchIndex) -> None:
    for lang in ("fr", "en"):
        result = bundled_index.search("traite des personnes", lang=lang)
        assert result.total >= 1
        for hit in result.hits:
            runs = _bold_runs(hit.snippet_html)
            assert runs, hit
            assert not {"des", "de", "d"} & set(runs), runs


def test_a_stop_word_between_two_matched_words_is_part_of_the_run(
    bundled_index: SearchIndex,
) -> None:
    hit = bundled_index.search("trafficking in persons", lang="en").hits[0]
    assert "trafficking in persons" in _bold_runs(hit.snippet_html)


def test_the_close_spelling_used_is_named_and_marked(bundled_index: SearchIndex) -> None:
    result = bundled_index.search("terorist ")
    assert result.approximate
    assert result.corrections == {"terorist": "terrorist"}
    assert result.correction_text == "terrorist"
    marked = [run for hit in result.hits for run in _bold_runs(hit.snippet_html)]
    assert marked
    assert all(run.startswith("terror") for run in marked), marked


def test_a_record_matched_in_its_other_language_says_so_with_that_passage(
    bundled: Collection, bundled_index: SearchIndex
) -> None:
    result = bundled_index.search("traite des personnes", lang="en")
    hit = next(h for h in result.hits if h.resolution.symbol == "A/RES/72/1")
    assert hit.matched_lang == "fr"
    assert hit.passage.lang == "fr"
    assert "<b>traite</b>" in hit.snippet_html.lower()
    # the same result's highlighter marks the page in French
    page = render.resolution_html(bundled, hit.resolution, "fr", result.highlighter.spans)
    assert re.search(r'<span class="hit">[Tt]raite</span>', page)


def test_a_match_in_the_asked_language_is_not_flagged(bundled_index: SearchIndex) -> None:
    hit = bundled_index.search("trafficking", lang="en").hits[0]
    assert hit.matched_lang is None


def test_a_record_in_one_language_has_no_other_to_have_matched_in(
    corpus_index: SearchIndex,
) -> None:
    # The CR-UNSC texts are English only: a French reader is not told on every row.
    hits = corpus_index.search("terrorism", lang="fr").hits
    assert hits
    assert [hit.matched_lang for hit in hits] == [None] * len(hits)


def _far_match_record(opening: str) -> dict[str, object]:
    """A full text where the query word's stem begins many other words first, each
    in a stretch of its own, and the word itself comes last."""
    filler = "The Council met again and spoke at length of its work. " * 8
    decoys = ["Union", "universal", "unilateral", "unique", "uniform", "university", "unicef"]
    text = opening + "".join(f"{filler}{word} " for word in decoys) + filler
    return sc_record(1, 2000, text={"en": text + "The United Kingdom abstained."})


@pytest.mark.parametrize("opening", ["", "Le régime: "], ids=["ascii", "accented"])
def test_a_match_past_many_false_hints_is_found(opening: str) -> None:
    """ "united" is hinted by "uni" (its stem "unit" less a letter): the words that
    merely begin so are passed over, however many, and the match far on is shown."""
    collection = loader.build(document(_far_match_record(opening)), "far.json")
    hit = SearchIndex(collection).search("united ").hits[0]
    assert _bold_runs(hit.snippet_html) == ["united"], hit.snippet_html
    assert hit.snippet.startswith("…"), hit.snippet


def test_a_phrase_is_found_past_its_later_words_standing_alone() -> None:
    """A phrase is looked for by its first word: "peace" and "security" standing apart
    many times before it (each once a hint to analyse, until the search gave up and
    showed the text's start unmarked) no longer hide the phrase further on."""
    filler = "The Council spoke of peace. It spoke of security. " * 7
    text = filler + "A threat to international peace and security remains. " + filler
    collection = loader.build(document(sc_record(1, 1990, text={"en": text})), "far.json")
    hit = SearchIndex(collection).search('"international peace and security"').hits[0]
    assert _bold_runs(hit.snippet_html) == ["international peace and security"], hit.snippet_html
    assert hit.snippet.startswith("…"), hit.snippet


@pytest.mark.parametrize(
    ("query", "runs"),
    [
        ("terrorists ", ["terrorist", "terrorists"]),  # the stem "terrorist"
        ("terror ", ["terrorism"]),  # the stem "terror", which "terrorism" has
        ("terror", ["terrorist", "terrorism", "terrorists"]),  # the word being typed
    ],
)
def test_every_matched_word_of_the_window_is_marked(query: str, runs: list[str]) -> None:
    """Words marked each on its own (no phrase, no stop word): all those of the
    snippet's window are marked, as the engine matched them."""
    text = "Condemning the terrorist act, and terrorism in all forms, the terrorists fled."
    collection = loader.build(document(sc_record(1, 1990, text={"en": text})), "w.json")
    result = SearchIndex(collection).search(query)
    assert _bold_runs(result.hits[0].snippet_html) == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (
            "The Secretary of the General Assembly and the Secretary-General met.",
            ["secretary-general"],
        ),
        ("The SECRETARY—GENERAL met.", ["secretary—general"]),  # a dash outside ASCII
        ("Secretary-Generalship. The Secretary-General left.", ["secretary-general"]),
        ("Secretary-Généralités. The Secretary-General left.", ["secretary-general"]),
        ("Secretary Generals met.", []),  # "generals" is not the phrase's word
    ],
)
def test_a_phrase_is_marked_only_where_its_words_follow_each_other(
    text: str, runs: list[str]
) -> None:
    collection = loader.build(document(sc_record(1, 1990, text={"en": text})), "p.json")
    result = SearchIndex(collection).search('"Secretary General"')
    if not runs:
        assert result.total == 0 or not _bold_runs(result.hits[0].snippet_html)
        return
    joined = re.sub(r"</b>(\W)<b>", r"\1", result.hits[0].snippet_html)
    assert [run.lower() for run in BOLD.findall(joined)] == runs, joined
