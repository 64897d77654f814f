"""`resolutions-viewer import`: exit codes, the report, JSON, and no Qt."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run, usage_error

from viewer.core import loader

ROOT = Path(__file__).resolve().parents[2]
UN_PDFS = ROOT.parent / "shared" / "corpora" / "un-pdfs"


def test_all_in_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    code, out, err = run(
        capsys,
        "import",
        UN_PDFS / "A_RES_78_101.pdf",
        UN_PDFS / "S_RES_2803_2025.pdf",
        "-o",
        target,
    )
    assert code == 0, err
    assert "imported A/RES/78/101 (en)" in out
    assert f"{target}: 2 resolution(s) written (2 new, 0 updated)" in out
    assert len(loader.load(target).resolutions) == 2


def test_some_skipped_exits_1_and_writes_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(UN_PDFS / "A_RES_78_101.pdf", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    target = tmp_path / "new.json"
    code, out, _ = run(capsys, "import", folder, "-o", target, "--json")
    assert code == 1
    report = json.loads(out)
    assert (report["records"], report["skipped"], report["written"]) == (1, 1, str(target))
    broken = next(o for o in report["outcomes"] if o["source"].endswith("broken.pdf"))
    assert broken["status"] == "damaged"
    assert loader.load(target).resolve("78/101")


def test_add_to_in_place(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    shutil.copy(ROOT / "data" / "resolutions.json", target)
    code, out, _ = run(
        capsys, "import", UN_PDFS / "A_RES_80_229.pdf", "--add-to", target, "--lang", "fr"
    )
    assert code == 0
    assert "(1 nouvelle(s), 0 mise(s) à jour)" in out
    assert len(loader.load(target).resolutions) == 8


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = UN_PDFS / "A_RES_78_101.pdf"
    assert "one of the arguments -o/--output --add-to is required" in usage_error(
        capsys, "import", pdf
    )
    assert "not allowed with" in usage_error(
        capsys, "import", pdf, "-o", tmp_path / "a.json", "--add-to", tmp_path / "b.json"
    )
    existing = tmp_path / "exists.json"
    existing.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "import", pdf, "-o", existing)
    assert code == 2
    assert "already exists" in err
    assert existing.read_text(encoding="utf-8") == "{}"


def test_broken_add_to_target_is_refused_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "broken.json"
    target.write_text('{"format": ', encoding="utf-8")
    code, _, err = run(capsys, "import", UN_PDFS / "A_RES_78_101.pdf", "--add-to", target)
    assert code == 1
    assert "broken.json:1:" in err  # where
    assert "ends too soon" in err  # and what is wrong
    assert target.read_text(encoding="utf-8") == '{"format": '


def test_import_never_loads_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from viewer.cli import main; "
        f"code = main(['import', {str(UN_PDFS / 'A_RES_78_101.pdf')!r}, "
        f"'-o', {str(tmp_path / 'x.json')!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; "
        "sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_nothing_to_add_leaves_the_target_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "mine.json"
    shutil.copy(ROOT / "data" / "resolutions.json", target)
    before = target.stat().st_mtime_ns
    (tmp_path / "notes.txt").write_text("Nothing here.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", tmp_path / "notes.txt", "--add-to", target)
    assert code == 1
    assert "notes.txt: skipped, not a UN resolution" in out
    assert "Nothing to write" in err
    assert target.stat().st_mtime_ns == before
