"""The app's icons: the build writes under build/ only, and the committed PNGs are the SVG."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_icons.py"
THEME = ROOT / "resources" / "icons" / "hicolor"


def tree_digest(folder: Path) -> dict[str, tuple[str, int]]:
    """Each file's content hash and modification time (ns), by its relative path."""
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def make_icons_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rv_make_icons_render", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_step_leaves_the_committed_icons_alone(tmp_path: Path) -> None:
    # What `make dist` runs (build_spec/bundle.py make_icons), with the SVG made newer
    # than every PNG, as a git checkout may leave it: the old script rewrote them then.
    before = tree_digest(THEME)
    svg = ROOT / "resources" / "icons" / "resolutions-viewer.svg"
    svg_times = (svg.stat().st_atime_ns, svg.stat().st_mtime_ns)
    newest = max(stamp for _, stamp in before.values())
    os.utime(svg, ns=(newest + 1_000_000_000, newest + 1_000_000_000))
    try:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), "--out", str(tmp_path)],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
    finally:
        os.utime(svg, ns=svg_times)
    assert done.returncode == 0, done.stderr
    assert tree_digest(THEME) == before
    assert (tmp_path / "resolutions-viewer.ico").stat().st_size > 0
    assert (tmp_path / "resolutions-viewer.icns").stat().st_size > 0


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("size", [16, 32, 64, 128, 256])
def test_committed_pngs_are_the_svg(size: int) -> None:
    # Compared pixel by pixel with a small tolerance: Qt's rasteriser may differ by a
    # shade between versions and processors, a stale icon differs by much more.
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    icons = make_icons_module()
    rendered = icons.render(QSvgRenderer(str(icons.SVG)), size)
    committed = QImage(str(THEME / f"{size}x{size}" / "apps" / "resolutions-viewer.png"))
    committed = committed.convertToFormat(rendered.format())
    assert (committed.width(), committed.height()) == (size, size)
    a = bytes(rendered.constBits())
    b = bytes(committed.constBits())
    assert len(a) == len(b)
    assert max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 16
