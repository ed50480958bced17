"""Embedding images: check the file (``io.images``), then re-encode its pixels with Qt.

The stored asset is always a fresh encoding of the decoded pixels, at most
:data:`MAX_STORED_SIDE` pixels on its long side, in sRGB and without any
metadata of the original file (EXIF, text chunks, colour profiles, trailing
bytes): PNG stays PNG (keeping transparency), JPEG stays JPEG at quality 90.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QColorSpace, QImage, QImageReader, QPainter, QPixmap

from journeymapper.canvas.problems import document_error_text
from journeymapper.commands.assets import AddAsset
from journeymapper.commands.base import Command, Composite
from journeymapper.commands.cards import AddCards, SetCardFields
from journeymapper.commands.removal import RemoveItems
from journeymapper.io.format import SUFFIX
from journeymapper.io.images import JPEG_MIME, PNG_MIME, ImageError, check_image, read_image
from journeymapper.model import Asset, Card, JourneyMap, LaneKind, new_id
from journeymapper.model.queries import find_lane
from journeymapper.text import problem

if TYPE_CHECKING:
    from journeymapper.canvas.host import CanvasHost

#: Longest side of a stored image; larger images are scaled down on import.
MAX_STORED_SIDE = 2400
JPEG_QUALITY = 90
#: Cards draw images at most this many pixels on a side (sharp up to several times zoom).
DISPLAY_SIDE = 1200
#: What Qt may allocate to decode one image (the pixel limit keeps real images far below it).
_ALLOCATION_MB = 512


def _tr(text: str) -> str:
    return QCoreApplication.translate("Images", text)


def reencode(data: bytes, source: str = "image") -> tuple[bytes, str, int, int]:
    """(bytes, mime, width, height) of ``data`` decoded and encoded again; raises :class:`ImageError`.

    ``data`` must already have passed :func:`journeymapper.io.images.check_image`.
    """
    mime, _, _ = check_image(data, source)
    fmt = b"PNG" if mime == PNG_MIME else b"JPEG"
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(fmt))
    reader.setAutoTransform(True)  # JPEG orientation from EXIF, before the EXIF is dropped
    reader.setAllocationLimit(_ALLOCATION_MB)
    image = reader.read()
    if image.isNull():
        raise ImageError(source, problem("the image could not be decoded ({reason})", reason=reader.errorString()))
    if image.colorSpace().isValid() and image.colorSpace() != QColorSpace(QColorSpace.NamedColorSpace.SRgb):
        image.convertToColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
    size = image.size()
    if max(size.width(), size.height()) > MAX_STORED_SIDE:
        size = size.scaled(QSize(MAX_STORED_SIDE, MAX_STORED_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        image = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    keep_alpha = mime == PNG_MIME and image.hasAlphaChannel()
    # Painting onto a new image carries over the pixels only, never text keys or other metadata.
    clean = QImage(image.size(), QImage.Format.Format_ARGB32 if keep_alpha else QImage.Format.Format_RGB32)
    clean.fill(Qt.GlobalColor.transparent if keep_alpha else Qt.GlobalColor.white)
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    out = QByteArray()
    target = QBuffer(out)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    quality = JPEG_QUALITY if mime == JPEG_MIME else -1
    if not clean.save(target, fmt.decode(), quality):  # type: ignore[call-overload]  # PySide6 wants str
        raise ImageError(source, problem("the image could not be encoded again"))
    target.close()
    encoded = bytes(out.data())
    return encoded, mime, clean.width(), clean.height()


def load_image(path_or_bytes: Union[str, Path, bytes], source: Optional[str] = None) -> Asset:
    """A new asset from a PNG or JPEG file (or its bytes): checked, re-encoded, ready for ``AddAsset``.

    Raises :class:`ImageError` (a ``DocumentError``) with a one-line message naming the file.
    """
    checked = read_image(path_or_bytes, source)
    name = source or (Path(path_or_bytes).name if not isinstance(path_or_bytes, bytes) else "image")
    data, mime, width, height = reencode(base64.b64decode(checked.data), name)
    check_image(data, name)
    return Asset(id=new_id("a-"), mime=mime, width=width, height=height,
                 data=base64.b64encode(data).decode("ascii"))


def asset_image(asset: Asset) -> Optional[QImage]:
    """The asset decoded for drawing, or None if its data is not the image it claims to be."""
    try:
        data = base64.b64decode("".join(asset.data.split()), validate=True)
        check_image(data, asset.id)
    except (ValueError, ImageError):
        return None
    image = QImage.fromData(data, "PNG" if asset.mime == PNG_MIME else "JPEG")  # type: ignore[arg-type]
    return None if image.isNull() else image


class ImageCache:
    """Decoded assets by id for the scene, so a card repaint never decodes again."""

    def __init__(self) -> None:
        self._images: dict[tuple[str, int], Optional[QImage]] = {}

    def get(self, assets: list[Asset], asset_id: Optional[str]) -> Optional[QImage]:
        if asset_id is None:
            return None
        asset = next((a for a in assets if a.id == asset_id), None)
        if asset is None:
            return None
        key = (asset.id, hash(asset.data))
        if key not in self._images:
            if len(self._images) > 256:
                self._images.clear()
            image = asset_image(asset)
            if image is not None and max(image.width(), image.height()) > DISPLAY_SIDE:
                image = image.scaled(DISPLAY_SIDE, DISPLAY_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            self._images[key] = image
        return self._images[key]


def unused_asset(doc: JourneyMap, asset_id: str, ignore: str = "") -> bool:
    """True if no card or persona but ``ignore`` shows the asset (so replacing it may delete it)."""
    return not any(c.image == asset_id and c.id != ignore for c in doc.cards) and not any(
        p.photo == asset_id and p.id != ignore for p in doc.personas)


# -- dropping image files onto the map -----------------------------------------------------------

def dropped_files(mime: Optional[QMimeData]) -> list[Path]:
    """Local files on a drag that may be images (map files are left to the window, which opens them)."""
    if mime is None or not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() != SUFFIX]


def drop_target(scene: CanvasHost, x: float, y: float) -> Optional[tuple[str, str, str]]:
    """("card", card id, "") for a card under (x, y), ("cell", lane id, stage id) for an images lane cell."""
    box = scene.layout.card_at(x, y)
    if box is not None:
        return "card", box.card_id, ""
    cell = scene.layout.cell_at(x, y)
    lane = find_lane(scene.doc, cell[0]) if cell else None
    if cell is not None and lane is not None and lane.kind is LaneKind.IMAGES:
        return "cell", cell[0], cell[1]
    return None


def drop_images(scene: CanvasHost, files: list[Path], x: float, y: float) -> Optional[str]:
    """Embed dropped files: a card's image, or new cards in an images lane cell. One undo step.

    Returns the id of the card shown; a file that is refused is reported with
    ``scene.message`` (one line naming it), never raised.
    """
    target = drop_target(scene, x, y)
    if target is None:
        scene.message.emit(_tr("Drop images onto a card or into a cell of an Images lane."))
        return None
    kind, first, second = target
    wanted = files[:1] if kind == "card" else files
    assets: list[Asset] = []
    for path in wanted:
        try:
            assets.append(load_image(path))
        except ImageError as exc:
            scene.message.emit(document_error_text(exc))
    if not assets:
        return None
    command: Command
    if kind == "card":
        commands: list[Command] = [AddAsset(assets[0]), SetCardFields(first, image=assets[0].id)]
        old = next((c.image for c in scene.doc.cards if c.id == first), None)
        if old is not None and unused_asset(scene.doc, old, ignore=first):
            commands.append(RemoveItems([old]))  # the image it replaces is kept by nothing else
        command, card_ids = Composite("Set Card Image", commands), [first]
    else:
        index = scene.layout.insertion_index(first, second, y)
        cards = [Card(id=new_id("c-"), lane_id=first, stage_id=second, order=index + i, image=asset.id)
                 for i, asset in enumerate(assets)]
        command = AddCards(cards, assets=assets, name="Add Image" if len(cards) == 1 else "Add Images")
        card_ids = [c.id for c in cards]
    if not scene.push(command):
        return None
    scene.select_ids(card_ids)
    return card_ids[0]


__all__ = ["ImageCache", "ImageError", "JPEG_MIME", "MAX_STORED_SIDE", "asset_image", "drop_images", "drop_target",
           "dropped_files", "load_image", "photo_pixmap", "reencode"]


def photo_pixmap(asset: Optional[Asset], size: int) -> Optional[QPixmap]:
    """A persona's photo at ``size`` pixels (its longer side), None if it has none that decodes."""
    image = asset_image(asset) if asset is not None else None
    if image is None:
        return None
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
