"""Images to embed: PNG and JPEG only, judged by content, within byte and pixel limits, never truncated."""

import base64
import struct
import zlib

import pytest

from journeymapper.io.errors import DocumentError
from journeymapper.io.images import (
    MAX_IMAGE_BYTES,
    ImageTooLargeError,
    NotAnImageError,
    TruncatedImageError,
    check_image,
    read_image,
)


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_header_only(width: int, height: int) -> bytes:
    """A tiny file claiming a huge canvas: the classic decompression bomb's header."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + \
        _chunk(b"IEND", b"")


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    """A valid RGB PNG written by hand (no Qt needed)."""
    rows = b"".join(b"\x00" + b"\x10\x80\xf0" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(rows))
            + _chunk(b"IEND", b""))


@pytest.fixture
def qt_images(qapp):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    def make(width, height, fmt, quality=-1):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#C0392B"))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        assert image.save(buffer, fmt, quality)
        return bytes(data.data())

    return make


def test_valid_png_and_jpeg_are_read_with_their_size(qt_images, tmp_path):
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg")):
        path = tmp_path / f"picture.{fmt.lower()}"
        data = qt_images(320, 240, fmt)
        path.write_bytes(data)
        asset = read_image(path)
        assert (asset.mime, asset.width, asset.height) == (mime, 320, 240)
        assert base64.b64decode(asset.data) == data
    assert check_image(tiny_png(), "tiny.png") == ("image/png", 3, 2)


def test_the_name_does_not_matter_only_the_content(qt_images, tmp_path):
    jpeg_called_png = tmp_path / "photo.png"
    jpeg_called_png.write_bytes(qt_images(50, 40, "JPEG"))
    assert read_image(jpeg_called_png).mime == "image/jpeg"
    gif_called_png = tmp_path / "anim.png"
    gif_called_png.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04;")
    with pytest.raises(NotAnImageError, match=r"^anim\.png: not a PNG or JPEG image"):
        read_image(gif_called_png)
    text = tmp_path / "readme.jpg"
    text.write_text("hello, I am text")
    with pytest.raises(NotAnImageError, match=r"^readme\.jpg: "):
        read_image(text)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
@pytest.mark.parametrize("keep", [0.9, 0.5, 40])
def test_truncated_files_are_refused(qt_images, fmt, keep):
    data = qt_images(200, 150, fmt)
    cut = data[:int(len(data) * keep)] if keep < 1 else data[:keep]
    with pytest.raises(TruncatedImageError, match=r"^cut: the (PNG|JPEG) file is truncated"):
        check_image(cut, "cut")


def test_damaged_png_is_refused_by_its_checksum():
    data = bytearray(tiny_png())
    data[40] ^= 0xFF  # inside the IDAT payload
    with pytest.raises(TruncatedImageError, match="damaged"):
        check_image(bytes(data), "bad.png")


def test_image_bombs_are_refused_before_decoding():
    with pytest.raises(ImageTooLargeError, match=r"^bomb\.png: the image is 9000 x 9000 pixels; at most 40 megapixels"):
        check_image(png_header_only(9000, 9000), "bomb.png")
    with pytest.raises(ImageTooLargeError, match=r'30000 x 10 pixels'):
        check_image(png_header_only(30_000, 10), "strip.png")  # small area, absurd side
    with pytest.raises(ImageTooLargeError, match="megapixels"):
        check_image(png_header_only(2**31 - 1, 2**31 - 1), "absurd.png")


def test_files_over_the_byte_limit_are_refused_without_reading_them(tmp_path):
    big = tmp_path / "poster.png"
    with big.open("wb") as handle:
        handle.write(tiny_png())
        handle.seek(MAX_IMAGE_BYTES + 10)
        handle.write(b"\x00")
    with pytest.raises(ImageTooLargeError, match=r"^poster\.png: the file is 15\.0 MB; images up to 15\.0 MB"):
        read_image(big)


def test_every_refusal_is_a_one_line_document_error(tmp_path):
    missing = tmp_path / "gone.png"
    folder = tmp_path / "folder.png"
    folder.mkdir()
    for source in (missing, folder, b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"\xff\xd8\xff\xe0\x00\x10JFIF"):
        with pytest.raises(DocumentError) as caught:
            read_image(source, None if not isinstance(source, bytes) else "dropped")
        message = str(caught.value)
        assert "\n" not in message and message.split(":")[0] in ("gone.png", "folder.png", "dropped")


def test_jpeg_thumbnail_end_marker_does_not_hide_a_truncated_image(qt_images):
    """An EXIF thumbnail carries its own end marker; the main image must still reach its own."""
    main = qt_images(200, 100, "JPEG")
    thumb = qt_images(8, 8, "JPEG")
    app1 = b"Exif\x00\x00" + thumb
    with_thumb = main[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + main[2:]
    assert check_image(with_thumb, "x.jpg") == ("image/jpeg", 200, 100)
    with pytest.raises(TruncatedImageError, match=r'JPEG file is truncated'):
        check_image(with_thumb[: len(with_thumb) - len(main) // 2], "x.jpg")
