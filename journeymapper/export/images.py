"""Embedded images for the PDF: only the document's own assets, decoded and checked first.

An asset is used only if its base64 data decodes, its bytes start like the
PNG or JPEG its ``mime`` claims, and Pillow can fully decode it within a pixel
budget. Images far larger than their printed size are scaled down to about
300 dpi so the file stays small. A bad asset is left out (and reported),
never an export failure.
"""

from __future__ import annotations

import base64
import binascii
import warnings
from io import BytesIO
from typing import Optional

from PIL import Image
from reportlab.lib.utils import ImageReader

from journeymapper.model import Asset, JourneyMap

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
#: Largest image decoded at all (a 20000 x 20000 asset is refused before decoding).
MAX_PIXELS = 50_000_000
#: Printed resolution images are scaled down to when they are much finer than that.
TARGET_DPI = 300.0
_KEEP_MODES = ("RGB", "L", "RGBA", "CMYK")


def asset_bytes(asset: Asset) -> Optional[bytes]:
    """The asset's raw bytes if its data decodes and starts like the format its ``mime`` claims."""
    try:
        raw = base64.b64decode("".join(asset.data.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    magic = PNG_MAGIC if asset.mime == "image/png" else JPEG_MAGIC
    return raw if raw.startswith(magic) else None


def decode_asset(asset: Asset, wanted: Optional[int] = None) -> Optional[tuple[Image.Image, bytes]]:
    """The asset fully decoded, with its raw bytes; None if its data is not what it claims.

    With ``wanted`` (pixels wide), a JPEG is decoded at the smallest scale at least that wide
    (libjpeg's DCT scaling): a 36-megapixel photo printed 5 cm wide never exists at full size.
    """
    raw = asset_bytes(asset)
    if raw is None:
        return None
    fmt = "PNG" if asset.mime == "image/png" else "JPEG"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(raw), formats=[fmt])
            if image.width * image.height > MAX_PIXELS:
                return None
            if wanted is not None and fmt == "JPEG" and image.width > 2 * wanted:
                height = max(1, round(image.height * wanted / image.width))
                image.draft(image.mode, (wanted, height))
            image.load()
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        return None
    return image, raw


class ImageStore:
    """Validated image readers by asset id and printed size, made on first use for the whole export.

    ``map_scale`` is the largest scale the map is printed at; images on the map
    are requested in map points, images elsewhere (persona photos) in page points.
    Only readers at the printed resolution are kept: the decoded pixels of each image are released
    as soon as its reader is made, so memory does not grow with the number of images.
    """

    def __init__(self, doc: JourneyMap, map_scale: float) -> None:
        self._assets = {a.id: a for a in doc.assets}
        self._map_scale = map_scale
        self._bad: set[str] = set()
        self._readers: dict[tuple[str, int], ImageReader] = {}
        self.skipped: list[str] = []

    def reader(self, asset_id: Optional[str], width_pt: float, on_map: bool = True) -> Optional[ImageReader]:
        """A reader for the asset drawn ``width_pt`` wide, or None if the asset is missing or invalid."""
        if asset_id is None or asset_id in self._bad:
            return None
        scale = self._map_scale if on_map else 1.0
        wanted = max(1, round(max(width_pt, 1.0) * max(scale, 0.05) * TARGET_DPI / 72.0))
        key = (asset_id, wanted)
        if key not in self._readers:
            asset = self._assets.get(asset_id)
            decoded = decode_asset(asset, wanted) if asset is not None else None
            if decoded is None:
                self._bad.add(asset_id)
                self.skipped.append(asset_id)
                return None
            image, raw = decoded
            try:
                self._readers[key] = _reader(image, raw, wanted)
            finally:
                image.close()  # the pixels go now, not when the export ends
        return self._readers[key]


def _reader(image: Image.Image, raw: bytes, wanted: int) -> ImageReader:
    """The image as a reader: its own bytes if they serve, else converted and scaled to ``wanted`` pixels wide."""
    was_jpeg = image.format == "JPEG"
    changed = image.size != Image.open(BytesIO(raw)).size  # decoded smaller (JPEG draft)
    if image.mode not in _KEEP_MODES:
        image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        changed = True
    if image.width > 1.5 * wanted:
        height = max(1, round(image.height * wanted / image.width))
        image = image.resize((wanted, height), Image.Resampling.LANCZOS)
        changed = True
    if not changed:
        return ImageReader(BytesIO(raw))
    out = BytesIO()
    if was_jpeg and image.mode in ("RGB", "L", "CMYK"):
        image.save(out, "JPEG", quality=90)
    else:
        image.save(out, "PNG")
    return ImageReader(BytesIO(out.getvalue()))


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
