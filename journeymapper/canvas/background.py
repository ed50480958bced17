"""The scene's background: the grid of coloured cells, the emotion zero lines and, zoomed out, the
card blocks (card_raster.py). Drawn by ``MapScene.drawBackground``, below every item."""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from journeymapper.canvas import painting as p
from journeymapper.canvas.card_raster import CardRaster
from journeymapper.layout.map_layout import MapLayout

BACKGROUND = "#F4F6F7"


class GridBackground:
    def __init__(self, raster: CardRaster) -> None:
        self.raster = raster
        self._cells: list[tuple[QRectF, QColor]] = []
        self._col_starts: list[float] = []
        self._row_starts: list[float] = []
        self._cell_index: list[list[Optional[int]]] = []
        self._drawing_order: dict[int, int] = {}

    def set_layout(self, layout: MapLayout) -> None:
        """Cell rectangles as Qt objects, made once per layout, and grid edges to find them fast."""
        self._cells = [(p.rectf(cell.rect), p.qcolor(cell.fill)) for cell in layout.cells]
        self._col_starts = [c.start for c in layout.stage_columns]
        self._row_starts = [r.start for r in layout.lane_rows]
        order = {(cell.lane_id, cell.stage_id): i for i, cell in enumerate(layout.cells)}
        cols, rows = layout.stage_columns, layout.lane_rows
        self._cell_index = [[order.get((r.id, c.id)) for c in cols] for r in rows]
        # Drawn row by row, left to right: a cell's fill covers half of the border it shares with the last.
        self._drawing_order = {i: n for n, i in enumerate(i for row in self._cell_index for i in row if i is not None)}

    def cells_in_areas(self, areas: list[QRectF]) -> list[tuple[QRectF, QColor]]:
        """The cells meeting any of ``areas``, in drawing order (a drag repaints a few, not hundreds)."""
        indexes = set().union(*(self._indexes_in(area) for area in areas))
        return [self._cells[i] for i in sorted(indexes, key=self._drawing_order.__getitem__)]

    def _indexes_in(self, rect: QRectF) -> set[int]:
        if not self._col_starts or not self._row_starts:
            return set()
        c0 = max(0, bisect_right(self._col_starts, rect.left()) - 1)
        c1 = bisect_right(self._col_starts, rect.right())
        r0 = max(0, bisect_right(self._row_starts, rect.top()) - 1)
        r1 = bisect_right(self._row_starts, rect.bottom())
        return {i for row in self._cell_index[r0:r1] for i in row[c0:c1] if i is not None}

    def draw(self, painter: QPainter, rect: QRectF, layout: MapLayout) -> None:
        painter.fillRect(rect, QColor(BACKGROUND))
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor("#FFFFFF"))
        style = layout.style
        painter.setPen(p.pen(style.grid_line_colour, style.grid_line_width))
        # A scroll repaints a strip at each edge (and the pinned headers' band): not the cells between.
        # Grown by the border line's half and the antialiasing: a cell next to an area draws into it.
        grow = style.grid_line_width / 2 + 2 / max(painter.worldTransform().m11(), 1e-6)
        areas = [a.adjusted(-grow, -grow, grow, grow)
                 for a in (r.intersected(rect) for r in p.repainted_areas(painter)) if not a.isEmpty()]
        for r, fill in self.cells_in_areas(areas or [rect]):
            painter.fillRect(r, fill)
            painter.drawRect(r)
        self.raster.draw(painter, rect)
        for band in layout.emotion_bands:
            if band.zero_y is not None:
                painter.setPen(p.pen(style.zero_line_colour, 0.8, style.zero_line_dash))
                painter.drawLine(QPointF(band.band.x, band.zero_y), QPointF(band.band.right, band.zero_y))
