"""Every kind of bad input is reported with its reason; the good ones still come in."""

from __future__ import annotations

import shutil
from pathlib import Path

import made_pdfs

from viewer.core.importing import model, runner


def _outcomes(folder: Path) -> dict[str, tuple[str, str]]:
    report = runner.import_paths([folder])
    return {Path(o.source).name: (o.status, o.detail) for o in report.outcomes}


def test_each_bad_file_says_why(tmp_path: Path) -> None:
    good = made_pdfs.UN_PDFS / "A_RES_78_101.pdf"
    shutil.copy(good, tmp_path / "good.pdf")
    shutil.copy(good, tmp_path / "good-copy.pdf")
    (tmp_path / "renamed.pdf").write_text("<html>Not found</html>", encoding="utf-8")
    (tmp_path / "truncated.pdf").write_bytes(good.read_bytes()[:4000])
    made_pdfs.encrypted(tmp_path / "locked.pdf")
    made_pdfs.scan(tmp_path / "scan.pdf")
    made_pdfs.letter(tmp_path / "letter.pdf")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    outcomes = _outcomes(tmp_path)
    assert {name: status for name, (status, _) in outcomes.items()} == {
        "good-copy.pdf": model.IMPORTED,
        "good.pdf": model.DUPLICATE,
        "renamed.pdf": model.NOT_PDF,
        "truncated.pdf": model.DAMAGED,
        "locked.pdf": model.ENCRYPTED,
        "scan.pdf": model.NO_TEXT,
        "letter.pdf": model.NOT_RESOLUTION,
        "photo.jpg": model.NOT_SUPPORTED,
    }
    assert "good-copy.pdf" in outcomes["good.pdf"][1]  # the duplicate names the first
    assert all(detail for name, (_, detail) in outcomes.items() if name != "good-copy.pdf")


def test_scan_reason_tells_what_to_do(tmp_path: Path) -> None:
    made_pdfs.scan(tmp_path / "scan.pdf")
    [outcome] = runner.import_paths([tmp_path / "scan.pdf"]).outcomes
    assert outcome.status == "no text layer (a scan: OCR it first)"


def test_missing_path_is_reported(tmp_path: Path) -> None:
    [outcome] = runner.import_paths([tmp_path / "nowhere.pdf"]).outcomes
    assert (outcome.status, outcome.detail) == (model.UNREADABLE, "no such file or folder")


def test_pdf_with_garbage_in_the_middle(tmp_path: Path) -> None:
    data = bytearray((made_pdfs.UN_PDFS / "A_RES_78_101.pdf").read_bytes())
    data[2000:60000] = bytes(58000)
    (tmp_path / "zeroed.pdf").write_bytes(bytes(data))
    [outcome] = runner.import_paths([tmp_path]).outcomes
    # pdfium repairs what it can; whatever it makes of it, it is reported, never raised.
    assert outcome.status in {model.IMPORTED, model.DAMAGED, model.NO_TEXT, model.NOT_RESOLUTION}


def test_un_document_that_is_no_resolution_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "United Nations A/78/429\nGeneral Assembly Distr.: General\n"
        "Report of the Special Political and Decolonization Committee\n",
        encoding="utf-8",
    )
    [outcome] = runner.import_paths([path]).outcomes
    assert outcome.status == model.NOT_RESOLUTION
    assert outcome.detail == "A/78/429: a UN document that is not a resolution"
