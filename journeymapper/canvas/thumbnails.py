"""Template thumbnails: the whole map drawn by the canvas scene, cached as PNGs on disk.

Also the gallery's grid tile (:class:`ThumbnailDelegate`): a framed thumbnail with the
template's name and one-line summary under it.

A thumbnail is cached under the user cache folder as
``thumbnails/<template>-<width>-<hash>.png``, where the hash covers the template
file's bytes and the drawing version: a changed template (or a new way of drawing)
gets a new file, and the old one is removed when the new one is written.
A template that cannot be read gives a neutral placeholder with a warning sign;
:func:`thumbnail_for` never raises.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
from pathlib import Path
from typing import Optional, Union

import platformdirs
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journeymapper.canvas import painting
from journeymapper.canvas.scene import MapScene
from journeymapper.io import DocumentError, loads, read_bytes
from journeymapper.io.templates import APP_NAME, TemplateInfo
from journeymapper.model import JourneyMap

log = logging.getLogger(__name__)
Index = Union[QModelIndex, QPersistentModelIndex]

#: Bump when the drawing changes, so cached thumbnails are drawn again.
RENDER_VERSION = 1
#: Placeholder (and fallback) proportions: height = width * this.
PLACEHOLDER_RATIO = 0.62
#: Narrowest and widest thumbnails we render (a guard against silly sizes).
MIN_WIDTH, MAX_WIDTH = 16, 4000
#: Item data role holding a grid item's :class:`TemplateInfo`.
INFO_ROLE = Qt.ItemDataRole.UserRole + 1
#: A map taller than this many times its width is cut at the top part (the start of the map).
MAX_RATIO = 1.6


def cache_dir() -> Path:
    """The thumbnail cache folder (may not exist yet)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "thumbnails"


def render_thumbnail(doc: JourneyMap, width_px: int) -> QImage:
    """The whole map drawn by the canvas scene into an image ``width_px`` wide, white background.

    The aspect ratio of the map is kept (a very tall map shows its top part). Needs a
    QApplication.
    """
    width_px = _clamp(width_px)
    _ensure_fonts()
    scene = MapScene(doc, _ignore)
    try:
        source = QRectF(0, 0, max(1.0, scene.layout.width), max(1.0, scene.layout.height))
        if source.height() > source.width() * MAX_RATIO:
            source.setHeight(source.width() * MAX_RATIO)
        height = max(1, round(width_px * source.height() / source.width()))
        image = QImage(width_px, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        with scene.unpinned():
            scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    finally:
        scene.clear()
        scene.deleteLater()
    return image


def placeholder_image(width_px: int) -> QImage:
    """A neutral grey card with a warning sign: the thumbnail of a template that cannot be read."""
    width_px = _clamp(width_px)
    height = max(1, round(width_px * PLACEHOLDER_RATIO))
    image = QImage(width_px, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#EEF0F2"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#C5CAD0"), max(1.0, width_px / 200)))
    painter.drawRect(QRectF(0.5, 0.5, width_px - 1, height - 1))
    side = min(width_px, height) * 0.42
    cx, cy = width_px / 2, height / 2
    triangle = QPolygonF([QPointF(cx, cy - side * 0.5), QPointF(cx + side * 0.58, cy + side * 0.5),
                          QPointF(cx - side * 0.58, cy + side * 0.5)])
    pen = QPen(QColor("#8A6D1E"), max(1.0, side / 14))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor("#F2C94C"))
    painter.drawPolygon(triangle)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(side * 0.55)))
    painter.setFont(font)
    painter.setPen(QColor("#3D3000"))
    painter.drawText(QRectF(cx - side / 2, cy - side * 0.22, side, side * 0.7), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return image


def cache_path(info: TemplateInfo, data: bytes, width_px: int) -> Path:
    """Where the thumbnail of ``info`` with file contents ``data`` is cached."""
    digest = hashlib.sha256(b"jm-thumb-%d\0" % RENDER_VERSION + data).hexdigest()[:20]
    return cache_dir() / f"{_prefix(info, width_px)}{digest}.png"


def thumbnail_for(info: TemplateInfo, width_px: int) -> QImage:
    """The thumbnail of a template (built-in or user), from the cache or drawn and cached now.

    Never raises: a template that does not load gives :func:`placeholder_image`, and a
    cache that cannot be read or written only costs drawing the map again.
    """
    width_px = _clamp(width_px)
    if info.error:
        return placeholder_image(width_px)
    try:
        data = read_bytes(info.path)
    except (DocumentError, OSError) as exc:
        log.info("no thumbnail for %s: %s", info.path, exc)
        return placeholder_image(width_px)
    path = cache_path(info, data, width_px)
    cached = QImage(str(path)) if path.is_file() else QImage()
    if not cached.isNull():
        return cached
    try:
        doc = loads(data, str(info.path))
        image = render_thumbnail(doc, width_px)
    except Exception as exc:  # a broken template must never break the gallery
        log.warning("cannot draw the thumbnail of %s: %s", info.path, exc)
        return placeholder_image(width_px)
    _store(image, path)
    return image


def _store(image: QImage, path: Path) -> None:
    """Write ``path`` atomically and drop older thumbnails of the same template and size."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # stubs: bytes; PySide6: str
            raise OSError("cannot write the PNG")
        os.replace(tmp, path)
    except OSError as exc:
        log.info("thumbnail cache not written (%s): %s", path, exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    prefix = path.name[: path.name.rindex("-") + 1]
    with contextlib.suppress(OSError):
        for old in path.parent.iterdir():
            if old.name.startswith(prefix) and old.name != path.name and old.suffix == ".png":
                with contextlib.suppress(OSError):
                    old.unlink()


def _prefix(info: TemplateInfo, width_px: int) -> str:
    """``<kind>_<id>.<language>-<width>-``: one cached file per template, language and size."""
    kind = "b" if info.builtin else "u"
    name = re.sub(r"[^A-Za-z0-9._]+", "_", info.id.split(":", 1)[-1])[:80]
    return f"{kind}_{name}.{info.language or 'xx'}-{width_px}-"


def _clamp(width_px: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, int(width_px)))


def _ignore(_command: object) -> None:
    """Thumbnails are read-only: no gesture can reach this scene, but it needs a push."""


_fonts_checked: list[bool] = []


def _ensure_fonts() -> None:
    """Thumbnails use the bundled font like the canvas, even when drawn before the editor started."""
    if _fonts_checked:
        return
    _fonts_checked.append(True)
    if painting.FAMILY not in QFontDatabase.families():
        painting.load_bundled_fonts()


def framed(image: QImage, size: QSize, ratio: float = 1.0) -> QPixmap:
    """``image`` scaled to fit ``size`` (aspect kept), centred, with a thin grey border.

    A null image gives an empty (transparent) pixmap: the look of a thumbnail not drawn yet.
    """
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    if image.isNull():
        return pixmap
    scaled = image.scaled(size * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    w, h = round(scaled.width() / ratio), round(scaled.height() / ratio)
    target = QRect((size.width() - w) // 2, (size.height() - h) // 2, w, h)
    painter = QPainter(pixmap)
    painter.drawImage(target, scaled)
    painter.setPen(QColor("#C3C8CE"))
    painter.drawRect(target.adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


#: A template's name may take this many lines under its thumbnail (Danish names run long).
NAME_LINES = 2


def caption_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> tuple[list[str], bool]:
    """``text`` wrapped at spaces into at most ``max_lines`` lines of ``width`` pixels; True when the
    last line had to be cut short with "…" (a word longer than a line is cut as well)."""
    words, elided = text.split(), False
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if len(lines) == max_lines - 1 and words:  # the last line takes the rest
            line, words = " ".join([line, *words]), []
        if metrics.horizontalAdvance(line) > width:
            line, elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width), True
        lines.append(line)
    return lines, elided


class ThumbnailDelegate(QStyledItemDelegate):
    """A grid tile: the framed thumbnail (decoration), the name in bold (up to two lines) and the summary in grey.

    A template with ``error`` set is drawn greyed, with ``broken_text`` for a summary.
    """

    def __init__(self, cell: QSize, icon: QSize, broken_text: str, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.cell, self.icon, self.broken_text = cell, icon, broken_text
        #: What was painted: each name's lines, and the names that did not fit in NAME_LINES lines.
        self.shown: dict[str, list[str]] = {}
        self.elided: set[str] = set()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        info = index.data(INFO_ROLE)
        broken = bool(getattr(info, "error", None))
        palette, state, r = option.palette, option.state, option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_Selected:
            fill = QColor(palette.highlight().color())
            fill.setAlpha(60)
            focused = state & QStyle.StateFlag.State_HasFocus
            painter.setPen(QPen(palette.highlight().color(), 2) if focused else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(r).adjusted(1, 1, -1, -1), 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 14))
            painter.drawRoundedRect(QRectF(r), 6, 6)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap):
            painter.setOpacity(0.5 if broken else 1.0)
            painter.drawPixmap(QRect(r.x() + (r.width() - self.icon.width()) // 2, r.y() + 6, self.icon.width(),
                                     self.icon.height()), pixmap)
            painter.setOpacity(1.0)
        group = QPalette.ColorGroup.Disabled if broken else QPalette.ColorGroup.Normal
        line = r.adjusted(6, self.icon.height() + 12, -6, 0)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines, elided = caption_lines(name, painter.fontMetrics(), line.width(), NAME_LINES)
        if elided:
            self.elided.add(name)
        self.shown[name] = lines
        for text in lines:
            painter.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
            line.setTop(line.top() + painter.fontMetrics().height())
        line.setTop(line.top() + 2)
        font.setBold(False)
        if font.pointSizeF() > 0:  # -1 for a pixel-sized font
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) if broken
                       else palette.color(QPalette.ColorRole.PlaceholderText))
        summary = self.broken_text if broken else getattr(info, "summary", "")
        summary = painter.fontMetrics().elidedText(summary, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, summary)
        painter.restore()


__all__ = ["INFO_ROLE", "ThumbnailDelegate", "cache_dir", "cache_path", "framed", "placeholder_image",
           "render_thumbnail", "thumbnail_for"]
