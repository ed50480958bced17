"""Checking an image before it is embedded in a map: PNG or JPEG only, judged by content.

Only the standard library is used: the header is parsed by hand (PNG ``IHDR``,
JPEG ``SOF`` markers) to learn the size before anything is decoded, so a
decompression bomb is refused without being unpacked. A PNG is walked chunk
by chunk (lengths, CRCs, ``IEND``) and its compressed pixel stream inflated
in bounded pieces to its end; a JPEG must reach its end-of-image marker. The
canvas then re-encodes the pixels (see ``journeymapper.canvas.images``) so no
byte of the original file is stored.
"""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Optional, Union

from journeymapper.io.errors import DocumentError
from journeymapper.io.files import NotRegularFileError, read_capped
from journeymapper.model import Asset, new_id
from journeymapper.text import problem

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MIME, JPEG_MIME = "image/png", "image/jpeg"
#: Largest image file accepted (bigger photos should be exported smaller first).
MAX_IMAGE_BYTES = 15 * 1024 * 1024
#: Largest image accepted, in pixels: more is a decompression bomb, not a photo.
MAX_PIXELS = 40_000_000
#: Longest side an image may have (the document's limit for an asset).
MAX_SIDE = 20_000

#: JPEG start-of-frame markers (all but DHT C4, JPG C8 and DAC CC).
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
#: JPEG markers that stand alone, with no length field.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
#: PNG colour type -> bit depths allowed for it.
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
_INFLATE_STEP = 1 << 20


class ImageError(DocumentError):
    """An image that cannot be embedded; ``str(err)`` is one line naming the file."""


class NotAnImageError(ImageError):
    """Not a PNG or JPEG file (whatever its name says)."""


class ImageTooLargeError(ImageError):
    """Over the byte or pixel limit."""


class TruncatedImageError(ImageError):
    """A PNG or JPEG that stops early or is damaged."""


def image_kind(data: bytes) -> Optional[str]:
    """The MIME type the content starts like (PNG or JPEG), or None."""
    if data.startswith(PNG_MAGIC):
        return PNG_MIME
    if data.startswith(JPEG_MAGIC):
        return JPEG_MIME
    return None


def read_image(path_or_bytes: Union[str, Path, bytes], source: Optional[str] = None) -> Asset:
    """A checked PNG or JPEG as an :class:`Asset` (new id, the bytes unchanged, base64).

    ``source`` names the image in messages (default: the file name). Raises an
    :class:`ImageError` for anything else: another format, a damaged or
    truncated file, a file over :data:`MAX_IMAGE_BYTES` or an image over
    :data:`MAX_PIXELS`.
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
        name = source or "image"
    else:
        path = Path(path_or_bytes)
        name = source or path.name
        data = _read_file(path, name)
    mime, width, height = check_image(data, name)
    encoded = base64.b64encode(data).decode("ascii")
    return Asset(id=new_id("a-"), mime=mime, width=width, height=height, data=encoded)


def check_image(data: bytes, source: str = "image") -> tuple[str, int, int]:
    """(mime, width, height) of a complete PNG or JPEG within the limits; raises :class:`ImageError`."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageTooLargeError(source, problem("the image is {size}; images up to {limit} can be embedded",
                                                 size=_mb(len(data)), limit=_mb(MAX_IMAGE_BYTES)))
    mime = image_kind(data)
    if mime is None:
        raise NotAnImageError(source, problem("not a PNG or JPEG image (the content was checked, not the name)"))
    if mime == PNG_MIME:
        width, height = _png_size(data, source)
        scan = 0
    else:
        width, height, scan = _jpeg_header(data, source)
    if width < 1 or height < 1:
        raise TruncatedImageError(source, problem("the image has no pixels"))
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise ImageTooLargeError(
            source, f"the image is {width} x {height} pixels; at most {MAX_PIXELS // 1_000_000} megapixels "
                    f"and {MAX_SIDE} pixels a side can be embedded")
    if mime == PNG_MIME:
        _check_png_body(data, source)
    elif data.rfind(b"\xff\xd9") < scan:  # some cameras append data after the end marker
        raise TruncatedImageError(source, problem("the JPEG file is truncated (its end-of-image marker is missing)"))
    return mime, width, height


def _read_file(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ImageTooLargeError(name, problem("the file is {size}; images up to {limit} can be embedded",
                                                   size=_mb(size), limit=_mb(MAX_IMAGE_BYTES)))
        return read_capped(path, MAX_IMAGE_BYTES)  # check_image refuses what is over the cap
    except ImageError:
        raise
    except IsADirectoryError:
        raise ImageError(name, problem("is a folder, not an image")) from None
    except NotRegularFileError:
        raise ImageError(name, problem("not a regular file (a device, a pipe or a socket); nothing was read")) from None
    except OSError as exc:
        raise ImageError(name, problem("could not be read ({reason})", reason=exc.strerror or exc)) from None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# -- PNG ----------------------------------------------------------------------------------------

def _png_chunks(data: bytes, source: str) -> Iterator[tuple[bytes, bytes]]:
    """(type, payload) of every chunk up to and including IEND, checking lengths and CRCs."""
    pos = len(PNG_MAGIC)
    while True:
        if pos + 8 > len(data):
            raise TruncatedImageError(source, problem("the PNG file is truncated (it ends before its last chunk)"))
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length + 4
        if length > 0x7FFFFFFF:
            raise TruncatedImageError(source, problem("the PNG file is damaged (a chunk has an impossible length)"))
        if end > len(data):
            raise TruncatedImageError(source, problem("the PNG file is truncated (it ends inside a chunk)"))
        payload = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4:end])
        if zlib.crc32(kind + payload) & 0xFFFFFFFF != crc:
            raise TruncatedImageError(source, problem("the PNG file is damaged (bad checksum in a {chunk} chunk)",
                                                      chunk=_chunk_name(kind)))
        yield kind, payload
        if kind == b"IEND":
            return
        pos = end


def _chunk_name(kind: bytes) -> str:
    return kind.decode("ascii", "replace") if kind.isalpha() else "?"


def _png_size(data: bytes, source: str) -> tuple[int, int]:
    if len(data) < 33:
        raise TruncatedImageError(source, problem("the PNG file is truncated (no image header)"))
    length, kind = struct.unpack(">I4s", data[8:16])
    if kind != b"IHDR" or length != 13:
        raise TruncatedImageError(source, problem("the PNG file is damaged (it does not start with an image header)"))
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", data[16:29])
    if (depth not in _PNG_DEPTHS.get(colour, ()) or compression != 0 or filtering != 0
            or interlace not in (0, 1)):
        raise NotAnImageError(source, problem("the PNG file has an invalid image header"))
    return width, height


#: Samples per pixel of each PNG colour type.
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: Adam7 passes: (first column, first row, column step, row step).
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def png_raw_size(width: int, height: int, depth: int, colour: int, interlace: int) -> int:
    """Bytes the pixel data of a PNG so declared inflates to: one filter byte and the samples per row."""
    bits = depth * _PNG_CHANNELS.get(colour, 4)

    def rows(w: int, h: int) -> int:
        return h * (1 + (w * bits + 7) // 8) if w and h else 0

    if not interlace:
        return rows(width, height)
    return sum(rows((width - x + dx - 1) // dx if width > x else 0, (height - y + dy - 1) // dy if height > y else 0)
               for x, y, dx, dy in _ADAM7)


def _check_png_body(data: bytes, source: str) -> None:
    """Every chunk intact, IDAT chunks consecutive, and their zlib stream complete.

    Inflating stops as soon as the output passes what the header declares: a decompression
    bomb (a tiny declared image with gigabytes of pixel data) is refused after that many bytes.
    """
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    budget = [png_raw_size(width, height, depth, colour, interlace)]
    inflater = zlib.decompressobj()
    state = "before"  # -> "in" (reading IDAT) -> "after"
    finished = False
    for kind, payload in _png_chunks(data, source):
        if kind == b"IDAT":
            if state == "after":
                raise TruncatedImageError(source, problem("the PNG file is damaged (its pixel data is split up)"))
            state = "in"
            finished = _inflate(inflater, payload, source, budget, (width, height)) or finished
        elif state == "in":
            state = "after"
    if state == "before":
        raise TruncatedImageError(source, problem("the PNG file has no pixel data"))
    if not finished:
        raise TruncatedImageError(source, problem("the PNG file is truncated (its pixel data stops early)"))


def _inflate(inflater: zlib._Decompress, payload: bytes, source: str, budget: list[int],
             size: tuple[int, int]) -> bool:
    """Feed ``payload`` through ``inflater`` without keeping the output; True once the stream has ended.

    ``budget[0]`` is what the output may still be; passing it refuses the image at once.
    """
    try:
        chunk = payload
        while True:
            out = inflater.decompress(chunk, min(_INFLATE_STEP, budget[0] + 1))
            budget[0] -= len(out)
            if budget[0] < 0:
                raise ImageTooLargeError(
                    source, f"the PNG's pixel data is larger than its declared {size[0]} x {size[1]} pixels "
                            "(a decompression bomb)")
            chunk = inflater.unconsumed_tail
            if not chunk:
                break
    except zlib.error:
        raise TruncatedImageError(source,
                                  problem("the PNG file is damaged (its pixel data does not decompress)")) from None
    return inflater.eof


# -- JPEG ---------------------------------------------------------------------------------------

def _jpeg_header(data: bytes, source: str) -> tuple[int, int, int]:
    """(width, height) from the first SOF marker, and where the first scan's data starts.

    Segments are skipped by their lengths, so a thumbnail inside an APP segment is never mistaken
    for the image."""
    pos = 2
    size: Optional[tuple[int, int]] = None
    while True:
        while pos < len(data) and data[pos] == 0xFF and pos + 1 < len(data) and data[pos + 1] == 0xFF:
            pos += 1  # fill bytes
        if pos + 4 > len(data):
            raise TruncatedImageError(source, problem("the JPEG file is truncated (it ends inside its header)"))
        if data[pos] != 0xFF:
            raise NotAnImageError(source, problem("the JPEG file is damaged (a header marker is missing)"))
        marker = data[pos + 1]
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker == 0xD9:
            raise TruncatedImageError(source, problem("the JPEG file has no image data"))
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise TruncatedImageError(source, problem("the JPEG file is truncated (it ends inside its header)"))
        if marker in _SOF and size is None:
            if length < 8:
                raise NotAnImageError(source, problem("the JPEG file has an invalid frame header"))
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            if height == 0:
                raise NotAnImageError(source, problem("this kind of JPEG file (height given after the image) "
                                                      "is not supported"))
            size = (width, height)
        if marker == 0xDA:  # start of scan: the compressed image follows
            if size is None:
                raise NotAnImageError(source, problem("the JPEG file is damaged (no frame header before the image)"))
            return size[0], size[1], pos + 2 + length
        pos += 2 + length


__all__ = [
    "ImageError", "ImageTooLargeError", "MAX_IMAGE_BYTES", "MAX_PIXELS", "MAX_SIDE", "NotAnImageError",
    "TruncatedImageError", "check_image", "image_kind", "read_image",
]
