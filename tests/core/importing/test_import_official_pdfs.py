"""The 60 official UN PDFs of ../shared/corpora/un-pdfs read as expected.json says."""

from __future__ import annotations

import re

import pytest

from viewer.core import symbols
from viewer.core.importing import model, runner

FIELDS = ("symbol", "organ", "date", "meeting", "title", "last_operative_paragraph")
# Where expected.json looks wrong, the value the PDF prints (checked by eye):
# 78/247 and 79/258 are in parts (I, II …) numbered from 1 again; their last operative
# paragraph is 2 (expected.json gives the largest number of an earlier part); 79/172
# runs to 48 (expected.json stops at 44: paragraph 45 is printed "I n v i t e s").
EXPECTED_LOOKS_WRONG = {
    ("A_RES_78_247.pdf", "last_operative_paragraph"): 2,
    ("A_RES_79_258.pdf", "last_operative_paragraph"): 2,
    ("A_RES_79_172.pdf", "last_operative_paragraph"): 48,
}


def _record(report: runner.ImportReport, symbol: str) -> dict:
    return report.merged.records[symbols.normalise(symbol)]


def _read(record: dict, field: str):
    if field == "meeting":
        return int(record["meeting"])
    if field == "title":
        return record.get("title", {}).get("en")
    return record[field]


def test_every_pdf_is_imported(official: runner.ImportReport) -> None:
    assert [o.source for o in official.skipped] == []
    assert official.record_count == 60
    assert {o.status for o in official.outcomes} == {model.IMPORTED}


@pytest.mark.parametrize("field", FIELDS)
def test_each_field_reads_as_printed(official, expected, field: str) -> None:
    wrong = {}
    for name, printed in expected.items():
        got = _read(_record(official, printed["symbol"]), field)
        want = EXPECTED_LOOKS_WRONG.get((name, field), printed[field])
        if got != want:
            wrong[name] = (got, want)
    assert wrong == {}


def test_text_has_no_page_furniture(official: runner.ImportReport) -> None:
    furniture = re.compile(
        r"\d{2}-\d{5} \([EF]\)|\*\d{7}\*|\b\d+/\d+ \d{2}-\d{5}\b|Distr\.:|Please recycle"
    )
    for record in official.merged.records.values():
        text = record["text"]["en"]
        assert not furniture.search(text), record["symbol"]
        assert not text.startswith("United Nations"), record["symbol"]
        for paragraph in text.split("\n\n"):  # running heads: "A/RES/70/10 Report …", "2/2"
            assert not paragraph.startswith(record["symbol"]), record["symbol"]
            assert not re.fullmatch(r"\d+/\d+", paragraph), record["symbol"]
        assert text.startswith(("The General Assembly", "The Security Council"))


def test_general_assembly_head(official: runner.ImportReport) -> None:
    budget = _record(official, "A/RES/79/258")
    assert budget["origin"] == {"en": "on the report of the Fifth Committee (A/79/652, para. 58)"}
    assert budget["draft_symbol"] == "A/79/652"
    assert budget["session"] == {"en": "Seventy-ninth session"}
    assert budget["agenda_number"] == "139"
    assert budget["agenda_item"] == {"en": "Proposed programme budget for 2025"}
    assert (budget["meeting"], budget["meeting_kind"]) == ("55", "plenary")
    assert budget["meeting_resumed"] is True
    iaea = _record(official, "A/RES/70/10")
    assert iaea["origin"]["en"] == "without reference to a Main Committee (A/70/L.8 and Add.1)"
    assert iaea["draft_symbol"] == "A/70/L.8"
    assert "meeting_resumed" not in iaea


def test_footnotes_are_footnotes(official: runner.ImportReport) -> None:
    decolonization = _record(official, "A/RES/78/101")
    notes = decolonization["footnotes"]["en"]
    assert notes[0] == {
        "n": "1",
        "text": "Official Records of the General Assembly, Seventy-eighth Session, "
        "Supplement No. 23 (A/78/23).",
    }
    assert [note["n"] for note in notes] == ["1", "2", "3", "4"]
    assert notes[3] == {"n": "4", "text": "A/56/61, annex."}
    assert "Official Records of the General Assembly" not in decolonization["text"]["en"]


def test_security_council_and_its_annex(official: runner.ImportReport) -> None:
    gaza = _record(official, "S/RES/2803 (2025)")
    assert (gaza["organ"], gaza["number"], gaza["meeting"]) == ("SC", "2803", "10046")
    assert "meeting_kind" not in gaza
    assert "title" not in gaza
    annexes = gaza["annexes"]["en"]
    assert annexes[0]["title"] == (
        "ANNEX 1 - President Donald J. Trump’s Comprehensive Plan to End the Gaza Conflict"
    )
    assert annexes[0]["text"].startswith("1. Gaza will be a deradicalized terror-free zone")
    assert "deradicalized" not in gaza["text"]["en"]
    assert gaza["text"]["en"].endswith("11. Decides to remain seized of the matter.")


def test_paragraphs_are_joined_and_separated(official: runner.ImportReport) -> None:
    text = _record(official, "A/RES/78/101")["text"]["en"]
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "The General Assembly,"
    assert paragraphs[-1].startswith("20. Requests the Secretary-General to continue")
    assert "Non-Self-Governing Territories" in text  # pdfium's end-of-line hyphen mark
    assert "\ufffe" not in text
