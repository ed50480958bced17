"""Toolbar icons: Lucide SVGs bundled in resources/icons/toolbar, drawn in the editor's ink colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeymapper.paths import resource

#: Ink for the icons: the dark blue-grey of the interface's text.
INK = "#37474F"
_SIZES = (16, 18, 24, 32, 36, 48)  # toolbar sizes at 1x and 2x


@cache
def toolbar_icon(name: str) -> QIcon:
    """The icon of toolbar action ``name`` (e.g. "undo"); an empty icon if there is none."""
    path = resource("icons", "toolbar", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    renderer = QSvgRenderer(QByteArray(path.read_bytes().replace(b"currentColor", INK.encode())))
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


__all__ = ["INK", "toolbar_icon"]
