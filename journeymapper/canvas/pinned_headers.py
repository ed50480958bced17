"""Stage and lane headers that stay in view while the map scrolls (a preview: the map and the PDF keep them in place).

Stage headers shift down and lane headers right by what is scrolled past; a lane taller than
the window keeps its title in view; the corner where both cross is painted over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Optional

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from journeymapper.canvas.items import HeaderItem
from journeymapper.layout.map_layout import MapLayout


class PinnedHeaders:
    """Where the headers are pinned for the part of the map a view shows."""

    def __init__(self) -> None:
        self.visible = QRectF()  # the part the view shows; null: nothing pinned (e.g. image export)
        self.corner_offset = (0.0, 0.0)

    def pin(self, layout: MapLayout, headers: Mapping[tuple[str, str], HeaderItem],
            dragged: Optional[tuple[str, str]] = None) -> None:
        """Move the header items (all but the one being ``dragged``) to their pinned places."""
        if not layout.stage_headers:
            return
        visible = self.visible
        top = layout.stage_headers[0].rect.y
        dy = max(0.0, min(visible.top() - top, layout.grid.bottom - top - layout.stage_headers[0].rect.h))
        left = layout.grid.x - layout.style.lane_header_width
        dx = max(0.0, min(visible.left() - left, layout.grid.right - layout.grid.x))
        if visible.isNull():
            dx = dy = 0.0
        # The grid's visible top: below the stage headers, pinned or not.
        grid_top = None if visible.isNull() else max(visible.top(), top) + layout.stage_headers[0].rect.h
        for (kind, item_id), item in headers.items():
            if (kind, item_id) == dragged:
                continue
            if kind == "stage":
                item.setPos(0, dy)
            elif kind == "lane":
                item.setPos(dx, 0)
                item.keep_title_in_view(grid_top)
        self.corner_offset = (dx, dy)

    def draw_corner(self, painter: QPainter, layout: MapLayout) -> None:
        """Cover the corner where pinned stage and lane headers cross."""
        dx, dy = self.corner_offset
        if not (dx or dy) or not layout.stage_headers:
            return
        header = layout.stage_headers[0].rect
        left = layout.grid.x - layout.style.lane_header_width
        corner = QRectF(left + dx, header.y + dy, layout.style.lane_header_width, header.h)
        painter.fillRect(corner.adjusted(-layout.style.margin if dx else 0, -header.y if dy else 0, 0, 0),
                         QColor("#FFFFFF"))


__all__ = ["PinnedHeaders"]
