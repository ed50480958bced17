"""Render the icon masters to the PNG, Windows .ico and macOS .icns files in packaging/icons/.

    .venv/bin/python packaging/make_icons.py      # (re)write packaging/icons/

The masters are SVG files in resources/icons/ (``journeymapper.svg`` for the application,
``jmap-document.svg`` for .jmap files). They are drawn with Qt's own SVG renderer (offscreen, no
display needed), so the result is the same on every machine. The .ico and .icns containers are
written here, byte by byte, from the rendered images: no extra tool (iconutil, ImageMagick) needed.

Run it after changing a master and commit the output; the build does not regenerate icons.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
MASTERS = ROOT / "resources" / "icons"
OUT = ROOT / "packaging" / "icons"

#: name of the output files -> the master it is drawn from
ICONS = {"journeymapper": "journeymapper.svg", "jmap-document": "jmap-document.svg"}
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)  # Windows shell sizes at 100-250 % scaling
#: ICNS entry types holding PNG data, with their pixel size (the @2x types double a point size)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(svg: Path, size: int):
    """The master drawn on a transparent ``size`` x ``size`` image (QImage, ARGB32)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("error: Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """A 32-bit BMP (DIB) icon image: BITMAPINFOHEADER, BGRA rows bottom-up, 1-bit AND mask.

    Windows reads PNG entries too, but only from Vista on and some tools (resource editors, old
    shell code paths) want classic entries for the small sizes; 256 px is stored as PNG.
    """
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    row_bytes = width * 4
    # Format_ARGB32 is stored as native 32-bit words: B, G, R, A bytes on little-endian machines.
    raw = bytes(image.constBits())[: image.bytesPerLine() * height]
    if sys.byteorder != "little":
        raise SystemExit("error: writing .ico needs a little-endian machine")
    rows = [raw[y * image.bytesPerLine(): y * image.bytesPerLine() + row_bytes] for y in range(height)]
    pixels = b"".join(reversed(rows))
    mask_row = ((width + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_row)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent: set the AND bit
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    return header + pixels + bytes(mask)


def ico_bytes(images: dict[int, object]) -> bytes:
    """The ICO container: ICONDIR, one ICONDIRENTRY per size, then the image data."""
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size in sorted(images):
        blob = png_bytes(images[size]) if size >= 256 else dib_bytes(images[size])
        dim = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """The ICNS container: 'icns' + length, then (type, length, PNG data) entries, big-endian."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[str, bytes]:
    """Every generated file name -> its content."""
    files: dict[str, bytes] = {}
    for name, master in ICONS.items():
        sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
        images = {size: render(MASTERS / master, size) for size in sizes}
        pngs = {size: png_bytes(image) for size, image in images.items()}
        for size in PNG_SIZES:
            files[f"{name}-{size}.png"] = pngs[size]
        files[f"{name}.ico"] = ico_bytes({size: images[size] for size in ICO_SIZES})
        files[f"{name}.icns"] = icns_bytes(pngs)
    return files


def main(argv: Iterable[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(None if argv is None else list(argv))

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one)
    files = outputs()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    total = sum(len(d) for d in files.values())
    print(f"wrote {len(files)} files to {OUT.relative_to(ROOT)} ({total / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
