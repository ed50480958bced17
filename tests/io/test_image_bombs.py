"""A PNG whose pixel data inflates past its declared size is refused at once."""

import struct
import zlib

import pytest

from journeymapper.io import images
from journeymapper.io.images import ImageTooLargeError, check_image, png_raw_size


def _chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png(width, height, raw, colour=2, depth=8, interlace=0):
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    return (images.PNG_MAGIC + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def test_a_bomb_declaring_one_pixel_is_refused_after_inflating_about_that_much(monkeypatch):
    bomb = png(1, 1, b"\0" * 60_000_000)  # 60 MB of pixel data for a 1 x 1 image, 58 KB on disk
    assert len(bomb) < 100_000
    inflated = []
    real = zlib.decompressobj

    class Counting:
        def __init__(self):
            self._inner = real()

        def decompress(self, data, max_length=0):
            out = self._inner.decompress(data, max_length)
            inflated.append(len(out))
            return out

        @property
        def unconsumed_tail(self):
            return self._inner.unconsumed_tail

        @property
        def eof(self):
            return self._inner.eof

    monkeypatch.setattr(images.zlib, "decompressobj", Counting)
    with pytest.raises(ImageTooLargeError, match=r"larger than its declared 1 x 1 pixels \(a decompression bomb\)"):
        check_image(bomb, "bomb.png")
    assert sum(inflated) <= 5  # stopped at the declared 4 bytes (+1), not after 60 MB


@pytest.mark.parametrize("interlace", [0, 1])
@pytest.mark.parametrize("size", [(1, 1), (3, 5), (17, 9), (64, 33)])
def test_images_exactly_their_declared_size_pass(size, interlace):
    width, height = size
    raw = b"\0" * png_raw_size(width, height, 8, 2, interlace)
    assert check_image(png(width, height, raw, interlace=interlace)) == ("image/png", width, height)
    with pytest.raises(ImageTooLargeError):
        check_image(png(width, height, raw + b"\0", interlace=interlace))


def test_real_pngs_from_qt_pass_interlaced_or_not(qapp):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(37, 23, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 200, 30, 128))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    assert check_image(bytes(buffer.data())) == ("image/png", 37, 23)


def test_a_bomb_in_a_map_does_not_reach_the_canvas(qapp):
    import base64

    from journeymapper.canvas.images import asset_image
    from journeymapper.model import Asset

    bomb = png(1, 1, b"\0" * 20_000_000)
    asset = Asset(id="a-bomb", mime="image/png", width=1, height=1, data=base64.b64encode(bomb).decode())
    assert asset_image(asset) is None
