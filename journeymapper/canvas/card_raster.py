"""Cards as plain blocks in one image, for views zoomed out below a readable size.

Zoomed out, a card is a coloured block a few pixels tall. Painting thousands of
card items one by one costs a Python call each, so a repaint would grow with
the map; copying part of one image costs the same whatever the map holds. The
image is kept in step with the layout cell by cell (an edit redraws only the
cells it changed) and is used only by painters that scale it down, so it never
looks coarser than the items would.

Cards that do not sit at their laid-out place (dragged, say) are *released*:
the image leaves them out and the item paints itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from journeymapper.canvas import painting as p
from journeymapper.layout.geometry import CardBox, Rect
from journeymapper.layout.map_layout import MapLayout
from journeymapper.layout.reuse import CellChange

if TYPE_CHECKING:  # items.py imports this module
    from journeymapper.canvas.items import CardItem

#: Pixels in the image at most (16 MiB, whatever the map's size), and its longest side (Qt's limit).
MAX_PIXELS = 4 * 1024 * 1024
MAX_SIDE = 32000
_CLEAR, _OVER = QPainter.CompositionMode.CompositionMode_Clear, QPainter.CompositionMode.CompositionMode_SourceOver
_TRANSPARENT = Qt.GlobalColor.transparent


class CardRaster:
    def __init__(self, readable_scale: float, invalidate: Callable[[QRectF], None]) -> None:
        self.readable_scale = readable_scale
        #: Marks a scene area for repainting: Qt does not repaint for items without contents.
        self._invalidate = invalidate
        self.image: Optional[QImage] = None  # None: to be drawn when a painter first needs it
        self.scale = 0.0  # image pixels per point
        self._size = (0.0, 0.0)
        self._items: dict[str, CardItem] = {}
        self._layout: Optional[MapLayout] = None

    # -- what the scene tells it --------------------------------------------------------------
    def reset(self, layout: MapLayout, items: dict[str, CardItem]) -> None:
        """Forget the image: it is drawn again, whole, the next time a painter needs it."""
        self._items, self._layout = items, layout
        self._size = (layout.width, layout.height)
        width, height = max(layout.width, 1.0), max(layout.height, 1.0)
        self.scale = min(self.readable_scale, math.sqrt(MAX_PIXELS / (width * height)), MAX_SIDE / max(width, height))
        self.image = None

    def redraw_cells(self, layout: MapLayout, cells: Iterable[CellChange]) -> None:
        """After a re-layout: clear the boxes that changed and draw their new ones."""
        self._layout = layout
        if (layout.width, layout.height) != self._size:
            self.reset(layout, self._items)
            return
        if self.image is None:
            return
        old: list[CardBox] = []
        new: list[CardBox] = []
        for cell in cells:
            came = list(cell.came)
            if cell.gone and len(came) < len(cell.new):  # a kept card by a cleared one may lose an edge pixel
                reach = 2.0 / self.scale
                near = [(b.rect.x - reach, b.rect.y - reach, b.rect.right + reach, b.rect.bottom + reach)
                        for b in cell.gone]
                moved = {id(b) for b in came}
                came += [b for b in cell.new if id(b) not in moved and _near(b.rect, near)]
            old += cell.gone
            new += came
        self._redraw(old, new)

    def release(self, items: Iterable[CardItem]) -> None:
        """Leave these cards out of the image: they paint themselves until restored."""
        self._set_drawn(items, False)

    def restore(self, items: Iterable[CardItem]) -> None:
        self._set_drawn(items, True)

    # -- what painters ask ----------------------------------------------------------------------
    def covers(self, painter: QPainter) -> bool:
        """True if ``painter`` draws at most at the image's resolution (the image then stands for cards)."""
        return 0 < painter.worldTransform().m11() <= self.scale

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        """Copy the part of the image under ``rect`` (scene coordinates)."""
        if not self.covers(painter):
            return
        if self.image is None:
            self._draw_all()
        target = rect.intersected(QRectF(0, 0, *self._size))
        if target.isEmpty() or self.image is None:
            return
        s = self.scale
        source = QRectF(target.x() * s, target.y() * s, target.width() * s, target.height() * s)
        painter.drawImage(target, self.image, source)

    # -- internals ------------------------------------------------------------------------------
    def _draw_all(self) -> None:
        width, height = (max(1, math.ceil(v * self.scale)) for v in self._size)
        self.image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self.image.fill(Qt.GlobalColor.transparent)
        painter = self._painter()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for item in self._items.values():
            self._draw(painter, item)
        painter.end()

    def _painter(self) -> QPainter:
        assert self.image is not None
        painter = QPainter(self.image)
        painter.scale(self.scale, self.scale)
        return painter

    def _redraw(self, cleared: Iterable[CardBox], drawn: Iterable[CardBox]) -> None:
        """Clear the pixels of ``cleared`` and draw ``drawn``, which must include every box whose
        antialiased edge the clearing may have touched (the other cards of the same cells)."""
        painter = self._painter()
        painter.setCompositionMode(_CLEAR)
        edge = 1.0 / self.scale  # antialiased edges reach one pixel out
        dirty: dict[tuple[str, str], QRectF] = {}  # per cell: one cell's cards lie together
        for box in cleared:
            rect = p.rectf(box.rect).adjusted(-edge, -edge, edge, edge)
            painter.fillRect(rect, _TRANSPARENT)
            key = (box.lane_id, box.stage_id)
            dirty[key] = dirty.get(key, rect).united(rect)
        painter.setCompositionMode(_OVER)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for box in drawn:
            item = self._items.get(box.card_id)
            if item is not None:
                self._draw(painter, item)
            key, rect = (box.lane_id, box.stage_id), p.rectf(box.rect)
            dirty[key] = dirty.get(key, rect).united(rect)
        painter.end()
        for rect in dirty.values():
            self._invalidate(rect)

    @staticmethod
    def _draw(painter: QPainter, item: CardItem) -> None:
        if item.in_raster and item.isVisible():
            painter.setOpacity(item.opacity())
            painter.fillRect(p.rectf(item.box.rect), p.qcolor(item.box.fill))

    def restyled(self, items: Iterable[CardItem]) -> None:
        """These cards look different now (faded by the persona filter): draw their blocks again."""
        self._set_drawn(items, None)

    def _set_drawn(self, items: Iterable[CardItem], drawn: Optional[bool]) -> None:
        items = list(items)
        for item in items:
            if drawn is not None:
                item.set_in_raster(drawn)
            item.update()
        if not items or self.image is None or self._layout is None:
            return
        # Whole cells: clearing one card's antialiased edge may touch its neighbours.
        cells = {(item.box.lane_id, item.box.stage_id) for item in items}
        boxes = [box for cell in cells for box in self._layout.cell_cards(*cell)]
        self._redraw(boxes, boxes)


def _near(rect: Rect, areas: list[tuple[float, float, float, float]]) -> bool:
    """Whether ``rect`` overlaps one of ``areas`` (left, top, right, bottom): plain numbers, as this
    looks at every card of a changed cell at each edit."""
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.w, rect.y + rect.h
    return any(x0 < r and x1 > left and y0 < b and y1 > top for left, top, r, b in areas)
