"""Marked snippets: escaped, with break opportunities in long runs, spans in tags."""

from __future__ import annotations

import random

from viewer.core import markup


def _by_pieces(text: str, spans: list[tuple[int, int]]) -> str:
    """What ``mark`` gives: each piece escaped on its own, the spans wrapped."""
    out, position = [], 0
    for start, end in spans:
        out += [markup.escape(text[position:start]), f"<b>{markup.escape(text[start:end])}</b>"]
        position = end
    return "".join([*out, markup.escape(text[position:])])


def test_marking_escapes_each_piece_and_breaks_only_long_runs() -> None:
    rng = random.Random(5)
    alphabet = ["a", "é", " ", "<", "&", '"', "\n", "x" * 45, "y" * 12]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        wanted = 2 * rng.randint(0, 3)
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, wanted) // 2 * 2))
        spans = list(zip(cuts[::2], cuts[1::2], strict=True))
        marked = markup.mark(text, spans)
        assert marked == _by_pieces(text, spans)
        assert "<" not in marked.replace("<b>", "").replace("</b>", "")


def test_a_long_run_gets_a_break_and_a_short_text_none() -> None:
    assert markup.ZERO_WIDTH_SPACE in markup.mark("z" * 100, [(0, 3)])
    assert markup.mark("a < b", [(4, 5)]) == "a &lt; <b>b</b>"
