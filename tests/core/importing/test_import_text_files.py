"""Text files: the 800 corpus texts written out as CR-UNSC files and read back."""

from __future__ import annotations

import json
from pathlib import Path

from made_pdfs import SHARED

from viewer.core.importing import model, runner

# The corpus's date for 705 was read from its body ("the note of 30 May 1991"); its
# header prints "of 15 August. 1991", the date it was adopted.
CORPUS_DATE_WRONG = {"S/RES/705 (1991)": "1991-08-15"}


def test_cr_unsc_folder_round_trip(tmp_path: Path) -> None:
    corpus = json.loads((SHARED / "unsc-en.json").read_text(encoding="utf-8"))["resolutions"]
    folder = tmp_path / "res_en_gold"
    folder.mkdir()
    for record in corpus:
        number, year = record["number"], record["date"][:4]
        name = f"S_RES_{int(number):04d}_{year}_EN_GOLD.txt"
        (folder / name).write_text(record["text"]["en"], encoding="utf-8")
    report = runner.import_paths([folder])
    assert report.skipped == []
    # The corpus's files for 542 and 778 hold the texts of 538 and 773: said, not hidden.
    warned = {o.symbols[0]: o.detail for o in report.outcomes if o.detail}
    assert warned == {
        "S/RES/542 (1983)": "warning: its text is headed resolution 538 (1983)",
        "S/RES/778 (1992)": "warning: its text is headed resolution 773 (1992)",
    }
    assert report.record_count == len(corpus) == 800
    for record in corpus:
        read = report.merged.records[record["symbol"].replace(" ", "").upper()]
        assert read["symbol"] == record["symbol"]
        assert read["date"] == CORPUS_DATE_WRONG.get(record["symbol"], record["date"])
        assert read["text"]["en"] == record["text"]["en"].strip()
        assert read["organ"] == "SC"


def test_cr_unsc_meeting_and_ocr_dates(tmp_path: Path) -> None:
    path = tmp_path / "S_RES_0856_1993_EN_GOLD.txt"
    path.write_text(
        "RESOLUTION 856 (1993)\n\nAdopted by the Security Council at its 3263rd meeting,\n"
        "on 10 Auqust 1993\n\nThe Security Council,\n\nRecalling its resolution 813 (1993) "
        "of 26 March 1993,\n",
        encoding="utf-8",
    )
    report = runner.import_paths([path])
    [record] = report.merged.records.values()
    assert (record["date"], record["meeting"]) == ("1993-08-10", "3263")


def test_text_that_is_no_resolution(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("My notes on the Council's practice.\n", encoding="utf-8")
    (tmp_path / "S_RES_0001_1946_EN.txt").write_text("No header at all.\n", encoding="utf-8")
    report = runner.import_paths([tmp_path])
    assert [o.status for o in report.outcomes] == [model.NOT_RESOLUTION] * 2
    assert all(o.detail for o in report.outcomes)
