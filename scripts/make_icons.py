"""The app's icon in every size and format, from the one SVG, with Qt alone.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py [--out build/icons]
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py --update-theme

Writes, under OUT only (the build calls it; a build never touches a tracked file):
- OUT/resolutions-viewer.ico (Windows: 16 to 256, PNG-compressed entries, as Windows
  Vista and later read them);
- OUT/resolutions-viewer.icns (macOS: 16 to 1024, PNG entries, as macOS 10.7 and later
  read them).
With --update-theme, after an edit of the SVG, it also rewrites the committed
resources/icons/hicolor/NxN/apps/resolutions-viewer.png (16 to 512), the freedesktop icon
theme layout (`cp -r resources/icons/hicolor ~/.local/share/icons/` installs them for the
.desktop file). The build used to rewrite them whenever the SVG's modification time was
newer, and a git checkout sets those times in no particular order, while Qt's
rasteriser does not give the same bytes from one version to the next: every build left
a changed PNG in the checkout.

Both containers are written here byte by byte (their formats are simple), so no tool
beyond Qt is needed on any platform; each is then read back with Qt's own ico/icns
image plugins when they are installed, and the script fails if one does not read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "resolutions-viewer.svg"
THEME = ROOT / "resources" / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns chunk types holding PNG data, by pixel size (the @2x types reuse a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG data (a width of 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def read_back(path: Path, fmt: str) -> str:
    """How Qt reads the file back: 'ok (N images)', or why not; 'unchecked' without
    Qt's plugin for the format."""
    if fmt.encode() not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        return "unchecked (no Qt plugin for it here)"
    reader = QImageReader(str(path), fmt.encode())
    count = reader.imageCount()
    image = reader.read()
    if image.isNull():
        raise SystemExit(f"{path}: Qt cannot read it back: {reader.errorString()}")
    return f"read back by Qt: {max(count, 1)} images, first {image.width()} px"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument(
        "--update-theme",
        action="store_true",
        help="also rewrite the committed PNGs of resources/icons/hicolor (after an SVG edit)",
    )
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not an SVG Qt can render")
    pngs = {size: png_bytes(render(renderer, size)) for size in (*PNG_SIZES, 1024)}

    if args.update_theme:
        for size in PNG_SIZES:
            target = THEME / f"{size}x{size}" / "apps" / "resolutions-viewer.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pngs[size])
        print(f"icons: {len(PNG_SIZES)} PNG sizes written to {THEME.relative_to(ROOT)}")

    args.out.mkdir(parents=True, exist_ok=True)
    ico_path = args.out / "resolutions-viewer.ico"
    ico_path.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    print(f"icons: {ico_path} ({ico_path.stat().st_size // 1024} KB), {read_back(ico_path, 'ico')}")
    icns_path = args.out / "resolutions-viewer.icns"
    icns_path.write_bytes(icns(pngs))
    print(
        f"icons: {icns_path} ({icns_path.stat().st_size // 1024} KB), "
        f"{read_back(icns_path, 'icns')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
