"""Writing: validated before anything is replaced, atomic, nothing of a target lost."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from made_pdfs import UN_PDFS

from viewer.core import loader
from viewer.core.importing import merge, runner, writing

ROOT = Path(__file__).resolve().parents[3]


def _import(*names: str) -> runner.ImportReport:
    return runner.import_paths([UN_PDFS / name for name in names])


def test_new_collection_is_valid_and_opens(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    writing.write(merge.new_collection(_import("A_RES_78_101.pdf").merged), target, overwrite=False)
    collection = loader.load(target)
    [resolution] = collection.resolutions
    assert resolution.symbol == "A/RES/78/101"
    assert resolution.raw["meeting_kind"] == "plenary"
    assert "last_operative_paragraph" not in resolution.raw  # a check, not data
    assert [p.name for p in tmp_path.iterdir()] == ["new.json"]  # no temporary left


def test_new_collection_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "taken.json"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(writing.WriteError, match="already exists"):
        writing.write(
            merge.new_collection(_import("A_RES_78_101.pdf").merged), target, overwrite=False
        )
    assert target.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["taken.json"]


def test_add_to_keeps_everything_the_target_held(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    shutil.copy(ROOT / "data" / "resolutions.json", target)
    before = json.loads(target.read_text(encoding="utf-8"))
    mine = {
        "symbol": "A/RES/78/101",
        "organ": "GA",
        "number": "78/101",
        "date": "2023-12-07",
        "summary": {"en": "My own summary."},
        "topics": ["capacity-building"],
        "title": {"fr": "Mon titre"},
    }
    before["resolutions"].append(mine)
    target.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")
    report = _import("A_RES_78_101.pdf", "A_RES_80_229.pdf")
    data, added, updated = merge.add_to(before, report.merged)
    writing.write(data, target, overwrite=True)
    assert (added, updated) == (1, 1)
    after = json.loads(target.read_text(encoding="utf-8"))
    assert after["resolutions"][: len(before["resolutions"]) - 1] == before["resolutions"][:-1]
    assert after["topics"] == before["topics"]
    assert after["organs"] == before["organs"]
    merged = after["resolutions"][len(before["resolutions"]) - 1]
    assert merged["summary"] == {"en": "My own summary."}
    assert merged["topics"] == ["capacity-building"]
    assert merged["title"] == {"fr": "Mon titre", "en": merged["title"]["en"]}
    assert merged["text"]["en"].startswith("The General Assembly,")
    assert loader.load(target).resolve("80/229")


def test_invalid_result_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    shutil.copy(ROOT / "data" / "resolutions.json", target)
    original = target.read_bytes()
    data = json.loads(original)
    data["resolutions"].append(
        {"symbol": "A/RES/1/1", "organ": "GA", "number": "1/1", "date": "2023-02-30"}
    )
    with pytest.raises(loader.CollectionError, match="not a real date"):
        writing.write(data, target, overwrite=True)
    assert target.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["mine.json"]


def test_cancelled_import_writes_nothing(tmp_path: Path) -> None:
    stop = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        stop.set()

    with pytest.raises(runner.ImportCancelledError):
        runner.import_paths([UN_PDFS], progress=progress, cancel=stop)
