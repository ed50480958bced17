"""Export the whole map as a PNG (at print resolution) or an SVG (vector), from the scene."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from journeymapper.canvas.scene import MapScene

#: Pixels per point of a PNG export (2 ≈ 144 dpi): sharp on screen and in slides.
PNG_SCALE = 2.0
#: Largest PNG side; bigger maps are scaled down so the image stays openable.
MAX_PNG_SIDE = 16000


def export_image(scene: MapScene, path: Path) -> None:
    """Write ``path`` as SVG if it ends in .svg, else PNG. Raises OSError on failure."""
    path = Path(path)
    rect = QRectF(0, 0, scene.layout.width, scene.layout.height)
    selection = scene.selected_ids()
    scene.select_ids([])  # selection outlines are not part of the deliverable
    try:
        with scene.unpinned():
            if path.suffix.lower() == ".svg":
                _svg(scene, rect, path)
            else:
                _png(scene, rect, path)
    finally:
        scene.select_ids(selection)


def _png(scene: MapScene, rect: QRectF, path: Path) -> None:
    scale = min(PNG_SCALE, MAX_PNG_SIDE / max(rect.width(), rect.height(), 1))
    image = QImage(QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    image.setDotsPerMeterX(round(72 * scale / 0.0254))
    image.setDotsPerMeterY(round(72 * scale / 0.0254))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(image.rect()), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    tmp = path.with_name(f".{path.name}.tmp")
    if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # stubs: bytes; PySide6: str
        tmp.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    tmp.replace(path)


def _svg(scene: MapScene, rect: QRectF, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    generator = QSvgGenerator()
    generator.setFileName(str(tmp))
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(rect)
    generator.setResolution(72)
    generator.setTitle(scene.doc.title)
    painter = QPainter(generator)
    scene.render(painter, rect, rect)
    ok = painter.end()
    if not ok or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    tmp.replace(path)
