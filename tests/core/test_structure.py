"""The structure of real texts (the corpus) and of small texts in the official forms."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import CORPUS

from viewer.core import structure
from viewer.core.structure import OPERATIVE, PREAMBLE

# Measured on this code over the 800 texts of the corpus (see the report): the code must
# not read fewer.
IN_ORDER_AT_LEAST = 554


@cache
def corpus_texts() -> dict[str, str]:
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    return {r["number"]: r["text"]["en"] for r in data["resolutions"]}


def test_687_has_34_operative_paragraphs_in_sections_a_to_i() -> None:
    parsed = structure.parse(corpus_texts()["687"])
    numbers = [p.number for p in parsed.operative]
    assert numbers == [str(n) for n in range(1, 35)]
    sections = [p.section for p in parsed.operative]
    assert sections[0] is None  # paragraph 1 comes before section A
    assert sorted({s for s in sections if s}) == list("ABCDEFGHI")
    assert parsed.find("8").section == "C"
    assert [s.label for s in parsed.find("8").subparagraphs] == ["(a)", "(b)"]
    nine_b = parsed.find("9").subparagraphs[1]
    assert nine_b.label == "(b)"
    assert [s.label for s in nine_b.subparagraphs] == ["(i)", "(ii)", "(iii)"]
    assert [s.label for s in parsed.find("24").subparagraphs] == ["(a)", "(b)", "(c)", "(d)"]
    assert parsed.heading.symbol == "Resolution 687 (1991)"
    assert parsed.closing[-1].startswith("Adopted at the 298")
    assert all(p.kind == PREAMBLE for p in parsed.paragraphs[:26])


def test_line_end_hyphens_are_decided_by_the_words_of_the_text() -> None:
    text = " ".join(p.full_text() for p in structure.parse(corpus_texts()["687"]).paragraphs)
    assert "Non-Proliferation" in text  # the word's own hyphen, before a capital
    assert "above-mentioned" in text  # two words of the text: a compound
    assert "declaration of the locations" in text  # "declara-\ntion" joined
    assert "nuclear-weapon-free zone" in text
    assert not re.search(r"\b(?:declara|pro)- ?\w", text)


def test_over_the_corpus_most_texts_number_their_operative_paragraphs_in_order() -> None:
    in_order = 0
    for text in corpus_texts().values():
        numbers = [p.number for p in structure.parse(text).operative if p.number]
        in_order += bool(numbers) and numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert in_order >= IN_ORDER_AT_LEAST


def test_ocr_misread_numbers_are_taken_only_where_expected() -> None:
    parsed = structure.parse(corpus_texts()["20"])  # "1, Recognizes …"
    assert [p.number for p in parsed.operative][:3] == ["1", "2", "3"]


def test_trailing_footnotes_of_the_ocr_texts() -> None:
    parsed = structure.parse(corpus_texts()["1"])
    assert [(n.number, n.text) for n in parsed.footnotes] == [("22", "Adopted without vote.")]
    assert [p.number for p in parsed.operative] == ["1", "2", "3"]


OFFICIAL = """\
United Nations                                              A/RES/78/999
General Assembly                                 Distr.: General
                                                 11 December 2023

Seventy-eighth session
Agenda item 58

                Resolution adopted by the General Assembly
                on 7 December 2023

  78/999.       Cooperation between the United Nations and INTERPOL

                      The General Assembly,
                     Recalling its resolution 1514 (XV) of 14 December 1960 and its
                resolution 77/149, 1
                     Noting the report of the Secretary-General on the pro-
                gramme of work and on the Non-
                Proliferation Treaty,
                      1.  Welcomes the cooperation;
                      2.  Requests the Secretary-General:
                     (a) To report;
                     (b) To continue, as decided in paragraph 2 of resolution 678 (1990);
        __________________
            1
                Official Records of the General Assembly, Seventy-eighth Session.

 23-24977 (E)     201223
 *2324977*
\f                                              Cooperation between the United Nations
A/RES/78/999                                      and INTERPOL

                      3.  Decides to remain seized of the matter.

                                                          45th plenary meeting
                                                             7 December 2023
2/2                                                                   23-24977
"""


def test_an_official_pdf_layout_text() -> None:
    parsed = structure.parse(OFFICIAL)
    assert parsed.heading.symbol == "A/RES/78/999"
    assert (
        parsed.heading.adoption == "Resolution adopted by the General Assembly on 7 December 2023"
    )
    preamble = [p.text for p in parsed.paragraphs if p.kind == PREAMBLE]
    assert len(preamble) == 2
    assert "programme of work and on the Non-Proliferation Treaty," in preamble[1]
    assert [p.number for p in parsed.operative] == ["1", "2", "3"]
    assert [s.label for s in parsed.find("2").subparagraphs] == ["(a)", "(b)"]
    assert parsed.find("3").text == "Decides to remain seized of the matter."
    assert [(n.number, n.text) for n in parsed.footnotes] == [
        ("1", "Official Records of the General Assembly, Seventy-eighth Session.")
    ]
    assert parsed.closing[0] == "45th plenary meeting 7 December 2023"
    everything = " ".join(p.full_text() for p in parsed.paragraphs)
    for furniture in ("23-24977", "2324977", "Distr", "2/2"):
        assert furniture not in everything


FRENCH = """\
Résolution 2999 (2017)

Adoptée par le Conseil de sécurité à sa 8148e séance, le 21 décembre 2017

Le Conseil de sécurité,

Rappelant sa résolution 2178 (2014),
Profondément préoccupé par la menace,

1. Décide que les États Membres coopèrent ;

2. Prie le Secrétaire général de lui faire rapport, conformément au paragraphe 2 de la
résolution 678 (1990) ;

Adoptée à la 2981e séance.
"""


def test_a_french_text() -> None:
    parsed = structure.parse(FRENCH)
    assert [p.kind for p in parsed.paragraphs] == [PREAMBLE, PREAMBLE, OPERATIVE, OPERATIVE]
    assert parsed.find("1").text == "Décide que les États Membres coopèrent ;"
    assert parsed.closing == ("Adoptée à la 2981e séance.",)
    assert parsed.heading.symbol == "Résolution 2999 (2017)"


def test_a_text_without_structure_is_reflowed_not_lost() -> None:
    text = "a user-\nfriendly hand\n\nand more, friendly to the user, and a pro-\ngramme"
    parsed = structure.parse(text)
    assert [p.text for p in parsed.paragraphs] == [
        "a user-friendly hand and more, friendly to the user, and a programme"
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.replace("-", ""))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.from_regex(r"[A-Za-zéà]{1,9}", fullmatch=True),
            st.sampled_from(["\n", "\n\n", "-\n", " ", "1. ", "(a) ", "A\n", ",\n", ";", "\f"]),
        ),
        max_size=60,
    )
)
def test_every_word_of_the_input_survives(pieces: list[str]) -> None:
    text = " ".join(pieces)
    out = _everything(structure.parse(text))
    # A word cut by a line-end hyphen may come back joined to the next: each word is
    # found inside the output's letters, and no letter is lost.
    letters = "".join(_words(out))
    for word in _words(text):
        assert word in letters
    assert not Counter("".join(_words(text))) - Counter(letters)


@pytest.mark.parametrize("number", ["242", "338", "1445"])
def test_other_named_texts_read(number: str) -> None:
    parsed = structure.parse(corpus_texts()[number])
    numbers = [p.number for p in parsed.operative if p.number]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _everything(parsed: structure.Structure) -> str:
    return " ".join(
        [
            *parsed.heading.lines,
            parsed.heading.organ_line or "",
            *(p.full_text() for p in parsed.paragraphs),
            *parsed.closing,
            *parsed.annexes,
            *(n.text for n in parsed.footnotes),
            *(p.section or "" for p in parsed.paragraphs),
        ]
    )


def test_no_word_of_the_corpus_is_lost() -> None:
    """Every word of all 800 texts is somewhere in their structure (whole, or inside a
    word its line-end hyphen was joined to); only page furniture ("Page 3 of 5") goes."""
    lost: dict[str, list[str]] = {}
    for number, text in corpus_texts().items():
        kept = {w.lower() for w in re.findall(r"[^\W\d_]+", _everything(structure.parse(text)))}
        missing = [
            word
            for word in {w.lower() for w in re.findall(r"[^\W\d_]+", text)} - kept
            if word != "page" and not any(word in other for other in kept)
        ]
        if missing:
            lost[number] = missing
    assert lost == {}


def test_contents_and_locating_a_passage() -> None:
    parsed = structure.parse(corpus_texts()["687"])
    contents = parsed.contents()
    assert contents[0] == ("p1", "1. Affirms all thirteen resolutions noted above, except as …")
    assert len(contents) == 34
    # A passage as the raw text prints it (line break, hyphen) is found in its paragraph.
    found = parsed.locate("acquire or develop nuclear weapons or nuclear-weapon-\nusable material")
    assert found is not None
    assert found.number == "12"
    assert parsed.locate("words that are nowhere in it") is None
