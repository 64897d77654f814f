"""The standalone app carries what `import` loads: pdfium (through ctypes), its version
files, pymarc, and multiprocessing for the worker processes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def bundle(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "build_spec"))
    sys.modules.pop("bundle", None)
    import bundle

    return bundle


def test_worker_processes_are_not_left_out(bundle: ModuleType) -> None:
    assert "multiprocessing" not in bundle.EXCLUDED_MODULES
    # pypdfium2's lazy imports for rendering images are left out (12.5 MB of Pillow).
    assert {"PIL", "numpy"} <= set(bundle.EXCLUDED_MODULES)
    launcher = (ROOT / "build_spec" / "launcher.py").read_text(encoding="utf-8")
    assert "multiprocessing.freeze_support()" in launcher


def test_trim_keeps_pdfium_though_nothing_links_to_it(
    bundle: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "BUILD", tmp_path)
    monkeypatch.setattr(bundle, "ROOT", tmp_path.parent)
    raw = Path(importlib.util.find_spec("pypdfium2_raw").origin).parent  # type: ignore[union-attr]
    binaries = [("pypdfium2_raw/libpdfium.so", str(raw / "libpdfium.so"), "BINARY")]
    kept, _ = bundle.trim(binaries, [], "test")
    assert [dest for dest, _, _ in kept] == ["pypdfium2_raw/libpdfium.so"]


def test_importer_files_are_collected(bundle: ModuleType) -> None:
    pytest.importorskip("PyInstaller", reason="the dist extra is not installed")
    binaries, datas = bundle.importer_files()
    assert [Path(src).name for src, _ in binaries] == ["libpdfium.so"]
    assert {(Path(src).name, dest) for src, dest in datas} >= {
        ("version.json", "pypdfium2_raw"),
        ("version.json", "pypdfium2"),
    }
