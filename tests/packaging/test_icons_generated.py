"""The committed icon files: valid PNG, ICO and ICNS containers, rendered from the current SVG."""

from __future__ import annotations

import struct

import pytest
from installer_support import REPO, load_packaging_module

pytestmark = pytest.mark.packaging

ICONS = REPO / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def render_icons():
    return load_packaging_module("render_icons")


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def read_ico(data: bytes) -> dict[int, bytes]:
    """size → image bytes of every entry in an ICO file."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    images = {}
    for index in range(count):
        width, height, _colours, _zero, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert width == height and planes == 1 and bits == 32
        assert offset + length <= len(data)
        images[width or 256] = data[offset:offset + length]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """element type → data of every element in an ICNS file."""
    magic, total = struct.unpack_from(">4sI", data)
    assert magic == b"icns" and total == len(data)
    elements, offset = {}, 8
    while offset < total:
        kind, length = struct.unpack_from(">4sI", data, offset)
        assert length >= 8 and offset + length <= total
        elements[kind] = data[offset + 8:offset + length]
        offset += length
    return elements


def test_hicolor_pngs_exist_at_every_size(render_icons):
    """One PNG per freedesktop size, 16 to 512, each as large as its folder says."""
    for size in render_icons.HICOLOR_SIZES:
        assert png_size(render_icons.hicolor_path(ICONS, size).read_bytes()) == (size, size)
    assert {16, 32, 48, 256, 512} <= set(render_icons.HICOLOR_SIZES)


def test_ico_holds_the_windows_sizes(render_icons):
    """The .ico parses and holds 16–256 px images, the same pictures as the PNGs."""
    images = read_ico((ICONS / "marginalia.ico").read_bytes())
    assert sorted(images) == sorted(render_icons.ICO_SIZES)
    for size, data in images.items():
        assert png_size(data) == (size, size)
        assert data == render_icons.hicolor_path(ICONS, size).read_bytes()


def test_icns_holds_the_macos_sizes(render_icons):
    """The .icns parses; each element is a PNG of its type's pixel size, up to 1024 for Retina."""
    elements = read_icns((ICONS / "marginalia.icns").read_bytes())
    assert set(elements) == {kind for kind, _size in render_icons.ICNS_TYPES}
    for kind, size in render_icons.ICNS_TYPES:
        assert png_size(elements[kind]) == (size, size), kind


def test_generated_icons_match_the_svg(render_icons, qapp):
    """Re-rendering the SVG gives the committed pictures: nobody changed one without the other."""
    import numpy as np
    from PySide6.QtGui import QImage

    expected = render_icons.expected_files(ICONS)
    for path, data in expected.items():
        assert path.is_file(), f"{path.name} missing: run python packaging/render_icons.py"
        if path.suffix != ".png":
            continue
        committed = QImage.fromData(path.read_bytes()).convertToFormat(QImage.Format.Format_RGBA8888)
        fresh = QImage.fromData(data).convertToFormat(QImage.Format.Format_RGBA8888)
        assert committed.size() == fresh.size()
        a, b = (np.frombuffer(image.constBits().tobytes(), np.uint8).reshape(-1, 4).astype(int)
                for image in (committed, fresh))
        # Another Qt version may antialias edges a little differently; an edited
        # SVG changes whole shapes. So: few pixels may differ, and only slightly.
        changed = (np.abs(a - b).max(axis=1) > 48).mean()
        assert changed < 0.0005, (f"{path.relative_to(ICONS)} is out of date ({changed:.1%} of pixels "
                                 "differ): run python packaging/render_icons.py")
