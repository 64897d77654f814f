"""Progress is reported for each file, in order; a cancel stops a long import promptly."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from made_pdfs import UN_PDFS

from viewer.core.importing import runner


def _folder_of(tmp_path: Path, copies: int) -> Path:
    """A folder of ``copies`` times the 60 PDFs (symbolic links: no 900 copies on disk)."""
    folder = tmp_path / "many"
    for copy in range(copies):
        sub = folder / f"batch-{copy:02d}"
        sub.mkdir(parents=True)
        for pdf in UN_PDFS.glob("*.pdf"):
            (sub / pdf.name).symlink_to(pdf)
    return folder


def test_progress_for_every_file_in_order(tmp_path: Path) -> None:
    folder = _folder_of(tmp_path, 1)
    seen: list[tuple[int, int, str]] = []
    report = runner.import_paths([folder], progress=lambda *call: seen.append(call), workers=2)
    assert [done for done, _, _ in seen] == list(range(1, 61))
    assert {total for _, total, _ in seen} == {60}
    names = [Path(path).name for _, _, path in seen]
    assert names == sorted(p.name for p in UN_PDFS.glob("*.pdf"))
    assert report.record_count == 60


def test_cancel_900_files(tmp_path: Path) -> None:
    folder = _folder_of(tmp_path, 15)
    stop = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int, path: str) -> None:
        assert total == 900
        seen.append(done)
        if done == 30:
            stop.set()

    with pytest.raises(runner.ImportCancelledError):
        runner.import_paths([folder], progress=progress, cancel=stop, workers=2)
    # Stopped within the chunk being handed over (CHUNK files), not after 900.
    assert 30 <= seen[-1] < 30 + runner.CHUNK


def test_in_process_reading_cancels_too(tmp_path: Path) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(runner.ImportCancelledError):
        runner.import_paths([UN_PDFS / "A_RES_78_101.pdf"], cancel=stop)
