"""The standalone app's parts that can be checked in seconds (the build itself runs in
CI: `make dist`, then the frozen --self-test from a copy outside the tree).

- core/resources.py finds the bundled files in a source checkout, an installed wheel and
  a frozen build (one folder or one file: both set sys._MEIPASS);
- the PyInstaller spec and its policy module parse, and the trimming keeps what the app
  loads and drops what it never does;
- `--self-test` passes from source and names the step that fails;
- the desktop file, the icons and the licence texts are where the build expects them.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from viewer.core import resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "resolutions-viewer.spec"
STEPS = (
    "bundle",
    "window",
    "translations",
    "load",
    "index",
    "search",
    "render",
    "citation",
    "window paint",
    "pdf",
)


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_root():
    """bundle_root() is cached: clear it around a test that changes where it looks."""
    resources.bundle_root.cache_clear()
    yield
    resources.bundle_root.cache_clear()


# -- core/resources.py -----------------------------------------------------------------


def test_source_checkout_finds_data_and_resources(fresh_root) -> None:
    assert resources.bundle_root() == ROOT
    assert resources.bundled_collection().is_file()
    assert resources.schema_path().is_file()
    assert resources.resource_path("icons", "resolutions-viewer.svg").is_file()


@pytest.mark.parametrize("layout", ["onedir", "onefile"])
def test_frozen_build_looks_in_meipass(
    fresh_root, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str
) -> None:
    # One folder: _MEIPASS is <app>/_internal; one file: a fresh /tmp/_MEIxxxx per run.
    meipass = tmp_path / ("app/_internal" if layout == "onedir" else "_MEI12345")
    (meipass / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    assert resources.bundle_root() == meipass
    assert resources.bundled_collection() == meipass / "data" / "resolutions.json"
    assert resources.resource_path("translations", "x.qm") == meipass / "resources" / (
        "translations/x.qm"
    )


def test_installed_wheel_looks_in_the_package(
    fresh_root, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "viewer"
    (package / "_bundled" / "data").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources.bundle_root() == package / "_bundled"
    assert resources.schema_path() == package / "_bundled" / "data" / "resolutions.schema.json"


# -- the spec and its policy -----------------------------------------------------------


@pytest.fixture(scope="module")
def bundle() -> ModuleType:
    return load_module(ROOT / "build_spec" / "bundle.py", "rv_bundle")


def test_spec_parses_and_builds_both_outputs() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    calls = [
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    ]
    assert calls.count("EXE") == 2  # one folder's executable, the one file
    assert "COLLECT" in calls
    assert "Analysis" in calls
    assert (ROOT / "build_spec" / "launcher.py").is_file()


def test_bundle_keeps_what_the_app_loads(bundle: ModuleType) -> None:
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "iconengines/libqsvgicon.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ):
        assert plugin in bundle.KEEP_PLUGINS
    assert {"qtbase_fr.qm", "qtbase_en.qm"} == bundle.QT_TRANSLATIONS
    for module in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "tkinter"):
        assert module in bundle.EXCLUDED_MODULES


def test_bundle_data_carries_data_and_resources_not_sources(bundle: ModuleType) -> None:
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in bundle.app_datas()}
    assert ("data/resolutions.json", "data") in datas
    assert ("data/resolutions.schema.json", "data") in datas
    assert ("resources/icons/resolutions-viewer.svg", "resources/icons") in datas
    assert not [src for src, _ in datas if src.endswith(".ts")]


def test_trim_drops_unused_plugins_and_what_only_they_need(
    bundle: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "BUILD", tmp_path)  # where it lists what it left out
    monkeypatch.setattr(bundle, "ROOT", tmp_path.parent)
    qt = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt"  # type: ignore[union-attr]
    entries = {
        "PySide6/Qt/plugins/platforms/libqxcb.so": qt / "plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so": qt / "plugins/platforms/libqvnc.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6": qt / "lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6": qt / "lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6": qt / "lib/libQt6Core.so.6",
    }
    if not all(path.exists() for path in entries.values()):
        pytest.skip("this PySide6 has another layout")
    binaries = [(dest, str(src), "BINARY") for dest, src in entries.items()]
    datas = [
        ("PySide6/Qt/translations/qtbase_fr.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept, kept_datas = bundle.trim(binaries, datas, "test")
    names = {dest for dest, _, _ in kept}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in names
    assert "PySide6/Qt/lib/libQt6XcbQpa.so.6" in names  # the xcb plugin links to it
    assert "PySide6/Qt/lib/libQt6Core.so.6" in names
    assert "PySide6/Qt/plugins/platforms/libqvnc.so" not in names
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in names  # only VNC wanted it
    assert [d[0] for d in kept_datas] == ["PySide6/Qt/translations/qtbase_fr.qm", "libQt6Core.so.6"]


# -- --self-test from source -----------------------------------------------------------


def self_test(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "viewer", "--self-test", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
        check=False,
    )


def test_self_test_passes_from_source(tmp_path: Path) -> None:
    result = self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.strip().startswith(step) and " ms " in line for line in lines), step
    assert "hits for 'INTERPOL'" in result.stdout
    assert lines[-1].startswith("self-test passed: 10 steps in ")


def test_self_test_names_the_failed_step(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "un-resolutions/1", "resolutions": [', encoding="utf-8")
    result = self_test(tmp_path, "--data", str(broken))
    assert result.returncode == 1
    assert "self-test failed at step 'load': " in result.stderr
    assert str(broken) in result.stderr
    assert "index" not in result.stdout  # it stops at the first failure


def test_self_test_searches_a_word_of_another_collection(tmp_path: Path) -> None:
    corpus = ROOT.parent / "shared" / "corpora" / "unsc-en.json"
    if not corpus.exists():
        pytest.skip("the shared corpus is not beside the checkout")
    result = self_test(tmp_path, "--data", str(corpus))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "800 resolutions from unsc-en.json" in result.stdout


# -- desktop integration and licences --------------------------------------------------


def test_desktop_file_names_the_command_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "resolutions-viewer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "resolutions-viewer"
    assert desktop["Icon"] == "resolutions-viewer"
    for size in (16, 32, 48, 64, 128, 256):
        png = ROOT / f"resources/icons/hicolor/{size}x{size}/apps/resolutions-viewer.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert (width, height) == (size, size)


def test_ico_and_icns_containers() -> None:
    icons = load_module(ROOT / "scripts" / "make_icons.py", "rv_make_icons")
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * 10 for size in icons.ICO_SIZES}
    ico = icons.ico(pngs)
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6:22])
    assert (width, length) == (16, len(pngs[16]))
    assert ico[offset : offset + length] == pngs[16]
    all_sizes = {size: b"\x89PNG" + bytes(4) for _, size in icons.ICNS_TYPES}
    icns = icons.icns(all_sizes)
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_licence_texts_for_what_ships() -> None:
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (ROOT / "LICENSES/LGPL-3.0-only.txt").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSES/GPL-3.0-only.txt").read_text()
    assert "UNICODE" in (ROOT / "LICENSES/ICU.txt").read_text(encoding="utf-8")
    assert "MIT License" in (ROOT / "LICENSE").read_text()
