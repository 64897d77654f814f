"""Issue 11, item 5, the mechanism (the figures are bench/extreme_files.py's): long
words get break opportunities, a very long text is shown in parts, a huge title is
clipped with a note, and no character of the text is lost on the way."""

from __future__ import annotations

import copy
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core import loader, markup, render, resources

BASE = json.loads(resources.bundled_collection().read_text(encoding="utf-8"))
ZWSP = markup.ZERO_WIDTH_SPACE


def collection_with(**fields: object):
    data = copy.deepcopy(BASE)
    data["resolutions"][0].update(fields)
    collection = loader.build(data)
    return collection, collection.find(data["resolutions"][0]["symbol"])


def test_a_million_character_word_gets_a_break_opportunity_every_few_characters() -> None:
    word = "x" * 1_000_000
    broken = markup.breakable(word)
    assert broken.replace(ZWSP, "") == word  # invisible: nothing added but breaks
    assert max(len(run) for run in broken.split(ZWSP)) == markup.BREAK_AFTER


def test_ordinary_text_is_left_as_it_is() -> None:
    text = "The Security Council, recalling resolution 2396 (2017) — « coopération »."
    assert markup.breakable(text) == text
    assert markup.escape("<b>&") == "&lt;b&gt;&amp;"


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab \n"), max_size=400),
    st.integers(min_value=4, max_value=60),
)
def test_the_parts_joined_are_the_text(text: str, size: int) -> None:
    parts = markup.split_parts(text, size)
    assert "".join(parts) == text
    assert len(parts) == markup.part_count(text, size)
    assert all(len(part) <= size * 3 // 2 + 1 for part in parts)


def test_parts_end_at_a_paragraph_when_there_is_one() -> None:
    paragraph = "word " * 1000 + "\n\n"
    text = paragraph * 20
    parts = markup.split_parts(text, 12_000)
    assert all(part.endswith("\n\n") for part in parts[:-1])


def test_a_long_full_text_is_shown_in_parts_on_the_window_page() -> None:
    text = "interpol cooperation " * 10_000  # 210,000 characters
    collection, res = collection_with(text={"en": text})
    count = markup.part_count(text)
    pages = [render.resolution_html(collection, res, "en", text_part=k) for k in range(count)]
    for k, page in enumerate(pages):
        assert f"Part {k + 1} of {count}" in page
        assert len(page) < len(text) // 2  # a part, not the whole
    assert "action:text-part/1" in pages[0]
    assert "action:text-part/0" in pages[1]
    # `show --format html` and print have the whole text at once.
    whole = render.resolution_html(collection, res, "en")
    assert whole.count("interpol cooperation") == 10_000


def test_a_huge_title_is_clipped_with_a_note_in_both_languages() -> None:
    collection, res = collection_with(title={"en": "t" * 500_000, "fr": "t" * 500_000})
    page = render.resolution_html(collection, res, "en")
    assert f"{500_000 - markup.FIELD_CHARS:,} more characters not shown" in page
    assert len(page) < 50_000
    french = render.resolution_html(collection, res, "fr")
    assert "caractères de plus non affichés" in french
