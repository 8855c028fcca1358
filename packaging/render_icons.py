"""Render resources/icons/marginalia.svg to the PNG, .ico and .icns files the installers use.

Usage: python packaging/render_icons.py [ICONS_DIR]
The outputs are committed, so builds need no rendering step; run this after
changing the SVG (tests/packaging/test_icons_generated.py fails until you do).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE_NAME = "marginalia.svg"

# freedesktop hicolor theme sizes; 512 also serves GNOME Software and docks.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows asks for these (Explorer views, taskbar, Start menu at 100–200 % scaling).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size. The @2x types reuse the
# same pictures: ic11 is "16 pt at 2x", i.e. 32 pixels.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def hicolor_path(icons: Path, size: int) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / "marginalia.png"


def render_pngs(svg: Path, sizes) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size, rendered by Qt without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    pictures = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
        pictures[size] = bytes(data)
    return pictures


def ico_bytes(pictures: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (Windows Vista and later read them at every size)."""
    sizes = sorted(pictures)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pictures[size]
        # Width and height are one byte each: 0 stands for 256.
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32,
                                   len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pictures: dict[int, bytes]) -> bytes:
    """An Apple ICNS file: a big-endian "icns" header, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pictures[size])) + pictures[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def expected_files(icons: Path, svg: Path | None = None) -> dict[Path, bytes]:
    """Every generated file and its content, rendered from the SVG."""
    pictures = render_pngs(svg or icons / SOURCE_NAME,
                           set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    files = {hicolor_path(icons, size): pictures[size] for size in HICOLOR_SIZES}
    files[icons / "marginalia.ico"] = ico_bytes({size: pictures[size] for size in ICO_SIZES})
    files[icons / "marginalia.icns"] = icns_bytes(pictures)
    return files


def main(argv: list[str]) -> int:
    icons = Path(argv[0]).resolve() if argv else ICONS
    for path, data in expected_files(icons).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(icons)}  {len(data):>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
