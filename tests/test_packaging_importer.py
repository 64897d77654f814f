"""The standalone app carries what `import` loads: pdfium (through ctypes), its version
files, pymarc; it leaves multiprocessing out (its run-time hook costs every start), and
`import` then reads its files in its own process."""

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


def test_the_bundle_leaves_worker_processes_and_image_rendering_out(bundle: ModuleType) -> None:
    assert "multiprocessing" in bundle.EXCLUDED_MODULES
    # pypdfium2's lazy imports for rendering images are left out (12.5 MB of Pillow).
    assert {"PIL", "numpy"} <= set(bundle.EXCLUDED_MODULES)


def test_without_multiprocessing_files_are_read_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from viewer.core.importing import runner

    pdfs = sorted((ROOT.parent / "shared" / "corpora" / "un-pdfs").glob("*.pdf"))[:8]
    monkeypatch.setitem(sys.modules, "multiprocessing", None)  # as in the frozen app
    monkeypatch.setattr(runner.importlib.util, "find_spec", lambda name: None)
    report = runner.import_paths(pdfs, workers=2)
    assert len(report.outcomes) == len(pdfs)
    assert not any(outcome.skipped for outcome in report.outcomes)


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
