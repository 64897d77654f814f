"""The search rules of the viewer, each with its test, on the bundled collection."""

from __future__ import annotations

import re
import time
import unicodedata

import pytest

from viewer.core import loader, search
from viewer.core.collection import Collection
from viewer.core.search import SearchIndex


def symbols_of(index: SearchIndex, query: str, lang: str = "en") -> list[str]:
    return [hit.resolution.symbol for hit in index.search(query, lang=lang).hits]


# 1. case and accents fold, composed and decomposed alike
@pytest.mark.parametrize(
    "query",
    [
        "cybercriminalite",
        "CYBERCRIMINALITÉ",
        "cybercriminalité",
        unicodedata.normalize("NFD", "cybercriminalité"),
        unicodedata.normalize("NFD", "CYBERCRIMINALITÉ"),
    ],
)
def test_case_and_accents_fold(bundled_index: SearchIndex, query: str) -> None:
    assert sorted(symbols_of(bundled_index, query)) == ["A/RES/71/19", "A/RES/73/11"]


def test_decomposed_text_in_a_file_is_found_by_a_composed_query() -> None:
    document = {
        "format": "un-resolutions/1",
        "title": {"en": "t"},
        "organs": [{"id": "GA", "name": {"en": "General Assembly"}}],
        "resolutions": [
            {
                "symbol": "A/RES/1/1",
                "organ": "GA",
                "number": "1/1",
                "date": "2000-01-01",
                "summary": {"fr": unicodedata.normalize("NFD", "Sécurité des États")},
            }
        ],
    }
    index = SearchIndex(loader.build(document, "decomposed.json"))
    assert symbols_of(index, "sécurité états") == ["A/RES/1/1"]
    assert symbols_of(index, "securite etats") == ["A/RES/1/1"]


# 2. the word being typed matches as a prefix
def test_word_being_typed_matches_as_prefix(bundled_index: SearchIndex) -> None:
    found = symbols_of(bundled_index, "terror")
    # English "terrorist" (2396, 2178) and French "terroristes" (2331's summary) alike.
    assert {"S/RES/2396 (2017)", "S/RES/2178 (2014)", "S/RES/2331 (2016)"} <= set(found)
    hit = bundled_index.search("terror", lang="fr").hits[0]
    assert "<b>terroristes</b>" in hit.snippet_html or "<b>terrorisme</b>" in hit.snippet_html


def test_prefix_only_for_the_last_word_unless_starred(bundled_index: SearchIndex) -> None:
    complete = bundled_index.search("traffi ")  # a complete word: no exact prefix match
    assert complete.approximate or not complete.hits
    assert symbols_of(bundled_index, "traffi* persons")  # starred: prefix anywhere
    assert set(symbols_of(bundled_index, "traffi")) >= {"A/RES/72/1", "S/RES/2331 (2016)"}


# 3. a symbol in any usual spelling finds its resolution first
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("S/RES/2396 (2017)", "S/RES/2396 (2017)"),
        ("s/res/2396(2017)", "S/RES/2396 (2017)"),
        ("S/RES/2396", "S/RES/2396 (2017)"),
        ("2396", "S/RES/2396 (2017)"),
        ("2396 (2017)", "S/RES/2396 (2017)"),
        ("A/RES/71/19", "A/RES/71/19"),
        ("a/res/71/19", "A/RES/71/19"),
        ("71/19", "A/RES/71/19"),
        ("  A/RES/72/1 ", "A/RES/72/1"),
    ],
)
def test_symbol_in_any_spelling_comes_first(
    bundled_index: SearchIndex, query: str, expected: str
) -> None:
    hits = bundled_index.search(query).hits
    assert hits[0].resolution.symbol == expected
    assert hits[0].by_symbol


def test_symbol_of_a_corpus_record_comes_first(corpus_index: SearchIndex) -> None:
    assert symbols_of(corpus_index, "S/RES/242 (1967)")[0] == "S/RES/242 (1967)"
    assert symbols_of(corpus_index, "242")[0] == "S/RES/242 (1967)"


# 4. every language of a record is searched, whatever the interface language
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_language_is_searched(bundled_index: SearchIndex, lang: str) -> None:
    french_only = symbols_of(bundled_index, "traite des personnes", lang)
    english_only = symbols_of(bundled_index, "trafficking in persons", lang)
    assert "A/RES/72/1" in french_only
    assert "A/RES/72/1" in english_only


def test_snippet_prefers_the_interface_language(bundled_index: SearchIndex) -> None:
    # "INTERPOL" is in both languages: the snippet follows the reader.
    fr = bundled_index.search("INTERPOL", lang="fr").hits[0].snippet
    en = bundled_index.search("INTERPOL", lang="en").hits[0].snippet
    assert fr != en
    assert any(word in fr for word in (" les ", " la ", " et ", " de "))
    assert any(word in en for word in (" the ", " and ", " of "))


# 5. ranked by relevance: symbol and title matches above body matches
def test_title_match_ranks_above_body_match(bundled_index: SearchIndex) -> None:
    # "Cooperation ... (INTERPOL)" is the title of 71/19 and 73/11; the others only
    # name INTERPOL in their summaries.
    assert set(symbols_of(bundled_index, "INTERPOL")[:2]) == {"A/RES/71/19", "A/RES/73/11"}
    # "Political declaration" is only in 72/1's title.
    assert symbols_of(bundled_index, "declaration")[0] == "A/RES/72/1"


def test_scores_are_in_rank_order(corpus_index: SearchIndex) -> None:
    scores = [hit.score for hit in corpus_index.search("Cyprus").hits]
    assert len(scores) > 10
    assert scores == sorted(scores, reverse=True)


# 6. a phrase in double quotes matches the words in that order
def test_phrase_matches_words_in_order(bundled_index: SearchIndex) -> None:
    in_order = symbols_of(bundled_index, '"foreign terrorist fighters"')
    assert {"S/RES/2396 (2017)", "S/RES/2178 (2014)"} <= set(in_order)
    assert symbols_of(bundled_index, '"fighters terrorist foreign"') == []


def test_phrase_on_real_texts(corpus_index: SearchIndex) -> None:
    assert symbols_of(corpus_index, '"Military Staff Committee"')[0] == "S/RES/1 (1946)"


# 7. any input answers without an error
@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        'unbalanced"',
        "AND",
        "OR",
        "NOT",
        "-",
        "*",
        ":",
        "(",
        ")",
        "(((",
        "title:terror",
        "terror^9",
        "[a TO z]",
        "{",
        "\\",
        "~",
        "a AND",
        "OR b",
        "\x00\x01\x07\x1b[31m",
        "\u200f\u202e",
        "😀 🇫🇷",
        "ثلاثة",
        "x" * 10_000,
        "terror " * 2_000,
        "",
        "   ",
    ],
)
def test_any_input_answers_without_error(bundled_index: SearchIndex, query: str) -> None:
    start = time.perf_counter()
    result = bundled_index.search(query)
    assert time.perf_counter() - start < 5  # generous: this is a hang guard, not a benchmark
    assert result.total >= len(result.hits)
    for hit in result.hits:
        assert isinstance(hit.snippet_html, str)


def test_negation_excludes(bundled_index: SearchIndex) -> None:
    with_both = set(symbols_of(bundled_index, "trafficking "))
    without = set(symbols_of(bundled_index, "trafficking -terrorism "))
    assert "S/RES/2331 (2016)" in with_both
    assert "S/RES/2331 (2016)" not in without
    assert "A/RES/72/1" in without


def test_a_typo_falls_back_to_close_spellings(bundled_index: SearchIndex) -> None:
    result = bundled_index.search("cybercrme ")
    assert result.approximate
    assert "A/RES/71/19" in [hit.resolution.symbol for hit in result.hits]


def test_snippet_escapes_markup_and_marks_matches() -> None:
    document = {
        "format": "un-resolutions/1",
        "title": {"en": "t"},
        "organs": [{"id": "SC", "name": {"en": "Security Council"}}],
        "resolutions": [
            {
                "symbol": "S/RES/1 (2000)",
                "organ": "SC",
                "number": "1",
                "date": "2000-01-01",
                "summary": {"en": "<script>alert(1)</script> about piracy & <b>ships</b>"},
            }
        ],
    }
    hit = SearchIndex(loader.build(document, "x.json")).search("piracy").hits[0]
    assert "<script>" not in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html
    assert "<b>piracy</b>" in hit.snippet_html
    assert "&lt;b&gt;ships&lt;/b&gt;" in hit.snippet_html


def test_total_counts_every_match_beyond_the_limit(corpus_index: SearchIndex) -> None:
    result = corpus_index.search("security", limit=5)
    assert len(result.hits) == 5
    assert result.total > 500


def test_search_on_an_empty_collection() -> None:
    document = {
        "format": "un-resolutions/1",
        "title": {"en": "empty"},
        "organs": [{"id": "GA", "name": {"en": "General Assembly"}}],
        "resolutions": [],
    }
    index = SearchIndex(loader.build(document, "empty.json"))
    assert index.search("anything").hits == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("interpol OR cultural", 7),  # the last word after OR is not made a required prefix
        ("cultural OR persons", 3),
    ],
)
def test_or_with_the_last_word_being_typed(
    bundled_index: SearchIndex, query: str, expected: int
) -> None:
    result = bundled_index.search(query)
    assert not result.approximate
    assert result.total == expected


def test_close_spellings_keep_exclusions(bundled_index: SearchIndex) -> None:
    result = bundled_index.search("traffic -persons")
    assert "A/RES/72/1" not in [hit.resolution.symbol for hit in result.hits]
    assert "S/RES/2331 (2016)" not in [hit.resolution.symbol for hit in result.hits]


@pytest.mark.parametrize("typo", ["terorisme", "trafficing", "enviromental", "coopératoin"])
def test_close_spellings_are_found_in_summaries(bundled_index: SearchIndex, typo: str) -> None:
    result = bundled_index.search(typo)
    assert result.approximate
    assert result.hits


@pytest.mark.parametrize("typed", ["terorist", "terorist "])
def test_a_typo_is_corrected_to_a_near_word_not_a_far_beginning(
    corpus_index: SearchIndex, typed: str
) -> None:
    # "territory" begins with "territ", two edits from "terorist": a beginning with two
    # typos reached it, and 266 records about territories were offered for "terorist".
    result = corpus_index.search(typed, limit=20)
    assert result.approximate
    assert result.correction_text.startswith("terror"), result.correction_text
    assert all("territor" not in run for hit in result.hits for run in _bold(hit.snippet_html))


def _bold(snippet_html: str) -> list[str]:
    return [run.lower() for run in re.findall(r"<b>(.*?)</b>", snippet_html)]


def test_paging_past_the_hits_kept_gives_the_same_rows(
    corpus_index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.core import results

    monkeypatch.setattr(results, "_HITS_KEPT", 120)  # 2,048 in use; the corpus has 800
    result = corpus_index.search("council", limit=50)
    first = [hit.resolution.symbol for hit in result.page(0, 50)]
    # Walk through more rows than the result keeps hits of, then back to the top.
    for start in range(50, result.total, 100):
        assert len(result.page(start, start + 100)) == min(100, result.total - start)
    assert len(result._cache) == 120
    assert 0 not in result._cache  # the first rows' hits were let go...
    assert [hit.resolution.symbol for hit in result.page(0, 50)] == first  # ...and made again
    assert result.hit(result.total) is None  # past the last row


def test_a_full_text_shown_in_parts_names_no_paragraph() -> None:
    from viewer.core import hit_place, markup
    from viewer.core.collection import Resolution
    from viewer.core.highlight import Snippet
    from viewer.core.localized import Localized

    paragraph = "1. Decides to remain seized of the matter.\n"
    short = "The Security Council,\n" + paragraph
    long = short + "x " * markup.PART_CHARS  # one part more: shown in parts of lines
    for text, named in ((short, True), (long, False)):
        res = Resolution(
            {
                "symbol": "S/RES/1 (2000)",
                "organ": "SC",
                "number": "1",
                "date": "2000-01-01",
                "text": {"en": text},
            }
        )
        assert res.text == Localized({"en": text})
        snippet = Snippet("Decides to remain seized", ((0, 7),), "en")
        found = hit_place.paragraph_of(res, snippet)
        assert (found is not None) is named
        assert hit_place.quick(res, snippet) is (not named or len(text) < hit_place.QUICK_CHARS)


def test_remembered_variants_and_prefix_terms_answer_as_the_engine(
    corpus: Collection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a typed word expands to is remembered per index (each key asks again for
    the words before it), bounded, and answers as asking the engine afresh."""
    monkeypatch.setattr(search, "_REMEMBERED", 5)
    typed = "security council resolution peace se co sec cou terrorism refugees cy"
    remembering = SearchIndex(corpus, prepare=False)
    for n in range(1, len(typed) + 1):
        remembering.search(typed[:n])
        assert len(remembering._variants_of) <= 5
        assert len(remembering._short_prefix_terms) <= 5
    fresh = SearchIndex(corpus, prepare=False)
    for key in (typed, "security co", "cy", "peace ", "se"):
        found, again = remembering.search(key), fresh.search(key)
        assert found.total == again.total > 0, key
        assert [h.score for h in found.hits] == [h.score for h in again.hits], key
