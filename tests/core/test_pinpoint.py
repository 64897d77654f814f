"""Paragraph locators: what is read, how each style writes it, what is refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core import pinpoint
from viewer.core.pinpoint import LocatorForm, Paragraph, Pinpoint, PinpointError, Span

P = Paragraph


@pytest.mark.parametrize(
    ("typed", "spans"),
    [
        ("5", (Span(P(5)),)),
        (" 12 ", (Span(P(12)),)),
        ("8(a)", (Span(P(8, ("a",))),)),
        ("8 (a)", (Span(P(8, ("a",))),)),
        ("8 a)", (Span(P(8, ("a",))),)),  # the French way
        ("8(A)", (Span(P(8, ("a",))),)),
        ("9(b)(i)", (Span(P(9, ("b", "i"))),)),
        ("9 b) ii)", (Span(P(9, ("b", "ii"))),)),
        ("5-7", (Span(P(5), P(7)),)),
        ("5–7", (Span(P(5), P(7)),)),
        ("5 to 7", (Span(P(5), P(7)),)),
        ("5 à 7", (Span(P(5), P(7)),)),
        ("8(a)-(c)", (Span(P(8, ("a",)), P(8, ("c",))),)),
        ("9(b)(i)-(iii)", (Span(P(9, ("b", "i")), P(9, ("b", "iii"))),)),
        ("9(b)(iv)-(ix)", (Span(P(9, ("b", "iv")), P(9, ("b", "ix"))),)),  # roman order
        ("8(a)-9", (Span(P(8, ("a",)), P(9)),)),
        ("5, 7", (Span(P(5)), Span(P(7)))),
        ("5 and 7", (Span(P(5)), Span(P(7)))),
        ("5 et 7", (Span(P(5)), Span(P(7)))),
        ("5, 6, and 7", (Span(P(5)), Span(P(6)), Span(P(7)))),
        ("5-7, 9", (Span(P(5), P(7)), Span(P(9)))),
        ("para 5", (Span(P(5)),)),
        ("paras 5–7", (Span(P(5), P(7)),)),
        ("para. 5", (Span(P(5)),)),
        ("par. 5", (Span(P(5)),)),
        ("¶ 5", (Span(P(5)),)),
        ("¶¶ 5-7", (Span(P(5), P(7)),)),
        ("paragraph 8 (a)", (Span(P(8, ("a",))),)),
        ("Paragraphs 2 and 3", (Span(P(2)), Span(P(3)))),
        ("paragraphe 8 a)", (Span(P(8, ("a",))),)),
    ],
)
def test_what_is_read(typed: str, spans: tuple[Span, ...]) -> None:
    assert pinpoint.parse(typed) == Pinpoint(spans)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "no paragraph given"),
        ("   ", "no paragraph given"),
        ("para", "no paragraph given"),
        ("0", "0 is not a paragraph number"),
        ("10000", "10000 is not a paragraph number (1 to 9999)"),
        ("7-5", "a range must go up"),
        ("5-5", "a range must go up"),
        ("8(c)-(a)", "a range must go up"),
        ("5-", "expected a paragraph number at the end"),
        ("8(a", "cannot read '(a' at character 2"),
        ("5 5", "expected ',' or 'and' between paragraphs, not '5' (character 3)"),
        ("5,,7", "expected a paragraph number, not ','"),
        ("5, 5", "paragraph 5 is named twice"),
        ("8(a)(b)(c)(d)", "three levels deep at most"),
        ("9(b)-(i)(ii)", "too many labels"),
        ("five", "cannot read 'five' at character 1"),
        ("5bis", "cannot read 'bis' at character 2"),
        ("S/RES/2396", "cannot read"),
    ],
)
def test_what_is_refused_says_where_and_why(typed: str, message: str) -> None:
    with pytest.raises(PinpointError) as caught:
        pinpoint.parse(typed)
    assert message in str(caught.value)
    if typed.strip():
        assert repr(typed.strip()) in str(caught.value)  # the text the user gave


OSCOLA = LocatorForm("para", "paras")
UN = LocatorForm("paragraph", "paragraphs", " to ", ", ", " and ", label_space=True)
UN_FR = LocatorForm("paragraphe", "paragraphes", " à ", ", ", " et ", french_labels=True)


@pytest.mark.parametrize(
    ("typed", "oscola", "un", "un_fr"),
    [
        ("5", "para 5", "paragraph 5", "paragraphe 5"),
        ("5-7", "paras 5–7", "paragraphs 5 to 7", "paragraphes 5 à 7"),
        ("8(a)", "para 8(a)", "paragraph 8 (a)", "paragraphe 8 a)"),
        ("9(b)(i)-(iii)", "paras 9(b)(i)–(iii)", "paragraphs 9 (b) (i) to (iii)", "paragraphes 9 b) i) à iii)"),  # noqa: E501
        ("5, 7, 9", "paras 5, 7, 9", "paragraphs 5, 7 and 9", "paragraphes 5, 7 et 9"),
        ("8(a)-9(b)", "paras 8(a)–9(b)", "paragraphs 8 (a) to 9 (b)", "paragraphes 8 a) à 9 b)"),
    ],
)  # fmt: skip
def test_how_each_form_writes_it(typed: str, oscola: str, un: str, un_fr: str) -> None:
    parsed = pinpoint.parse(typed)
    assert parsed.render(OSCOLA) == oscola
    assert parsed.render(UN) == un
    assert parsed.render(UN_FR) == un_fr


LABELS = st.sampled_from(["a", "b", "c", "z", "aa"])
ROMANS = st.sampled_from(["i", "ii", "iii", "iv", "ix", "x"])
PARAGRAPHS = st.builds(
    Paragraph,
    st.integers(1, 9999),
    st.one_of(st.just(()), st.tuples(LABELS), st.tuples(LABELS, ROMANS)),
)


@given(st.lists(PARAGRAPHS, min_size=1, max_size=4, unique=True))
def test_what_is_written_reads_back_the_same(paragraphs: list[Paragraph]) -> None:
    # Each form a citation prints is itself a locator a user may paste back.
    located = Pinpoint(tuple(Span(p) for p in paragraphs))
    for form in (OSCOLA, UN, UN_FR, LocatorForm("¶", "¶¶")):
        assert pinpoint.parse(located.render(form)) == located
    assert pinpoint.parse(str(located)) == located


@given(PARAGRAPHS, PARAGRAPHS)
def test_a_range_reads_back_when_it_goes_up(first: Paragraph, second: Paragraph) -> None:
    low, high = sorted((first, second), key=Paragraph.sort_key)
    if low.sort_key() == high.sort_key():
        return
    located = Pinpoint((Span(low, high),))
    for form in (OSCOLA, UN, UN_FR):
        assert pinpoint.parse(located.render(form)) == located


@pytest.mark.parametrize(
    ("value", "symbol", "text"),
    [
        ("S/RES/687 (1991) para 8", "S/RES/687 (1991)", "8"),
        ("S/RES/687 (1991), para. 8(a)", "S/RES/687 (1991)", "8(a)"),
        ("687 paragraph 9 (b) (i)", "687", "9(b)(i)"),
        ("A/RES/78/101 paragraphe 5", "A/RES/78/101", "5"),
        ("S/RES/2396 (2017) paras 5-7", "S/RES/2396 (2017)", "5-7"),
        ("S/RES/2396 (2017)", "S/RES/2396 (2017)", None),
    ],
)
def test_split_open(value: str, symbol: str, text: str | None) -> None:
    found_symbol, point = pinpoint.split_open(value)
    assert found_symbol == symbol
    assert (str(point) if point else None) == text


def test_a_bad_paragraph_in_open_is_refused() -> None:
    with pytest.raises(pinpoint.PinpointError):
        pinpoint.split_open("S/RES/687 (1991) para eight")


def test_anchor_of_a_locator_is_its_first_paragraph() -> None:
    assert pinpoint.parse("8 (a)").anchor == "p8"
    assert pinpoint.parse("5-7").anchor == "p5"
