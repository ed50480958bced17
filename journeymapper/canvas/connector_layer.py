"""All connectors painted by one item, so that a rerouted connector repaints only what moved.

A connector runs across many cells; its bounding box can be most of the map. Were
each connector its own painted item, every reroute (a card of it moved) would
make Qt repaint its whole old and new bounding boxes, and with them every card
and connector inside. Here the connector items only answer hit tests and hold
the selection (they have no contents, so Qt repaints nothing for them), and this
layer, as large as the map, paints them all and is told the exact areas that
changed: the segments that differ, the arrow, the label.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymapper.canvas.painting import repainted_areas
from journeymapper.layout.geometry import ConnectorPath, Segment

if TYPE_CHECKING:  # items.py imports this module
    from journeymapper.canvas.items import ConnectorItem

_MARGIN = 3.0  # pen width (selected: one more) and antialiasing around a segment
_GRID_X, _GRID_Y = 400.0, 2000.0  # points across and down one bucket of the layer's index


class ConnectorLayer(QGraphicsItem):
    def __init__(self, z: float) -> None:
        super().__init__()
        self._bounds = QRectF()
        self._items: dict[int, ConnectorItem] = {}  # by id(item): painted in the order added
        self._by_connector: dict[str, ConnectorItem] = {}  # by connector id, for the scene's reroutes
        self._order: dict[int, int] = {}  # id(item) -> when it was added
        self._added = 0
        # Buckets of the map: a repaint of a small area looks only at connectors passing near it.
        self._buckets: dict[tuple[int, int], set[int]] = {}
        self._where: dict[int, tuple[list[QRectF], set[tuple[int, int]]]] = {}  # id -> (pieces, buckets)
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)

    def item(self, connector_id: str) -> Optional[ConnectorItem]:
        return self._by_connector.get(connector_id)

    def add(self, item: ConnectorItem) -> None:
        self._items[id(item)] = item
        self._by_connector[item.item_id] = item
        self._order[id(item)] = self._added
        self._added += 1
        self._file(item)
        item.painted_by(self)
        self.update(item.boundingRect())

    def remove(self, item: ConnectorItem) -> None:
        if self._items.pop(id(item), None) is not None:
            if self._by_connector.get(item.item_id) is item:
                del self._by_connector[item.item_id]
            self._unfile(id(item))
            del self._order[id(item)]
            item.painted_by(None)
            self.update(item.boundingRect())

    def rerouted(self, item: ConnectorItem, old: ConnectorPath, old_bounds: QRectF) -> None:
        self._unfile(id(item))
        self._file(item)
        for rect in changed_areas(old, item.path, old_bounds, item.boundingRect()):
            self.update(rect)

    def _file(self, item: ConnectorItem) -> None:
        """File the connector under the buckets its pieces (not its whole box) pass through."""
        pieces = item.pieces
        cells = {cell for piece in pieces for cell in _cells(piece)}
        self._where[id(item)] = (pieces, cells)
        for cell in cells:
            self._buckets.setdefault(cell, set()).add(id(item))

    def _unfile(self, key: int) -> None:
        _, cells = self._where.pop(key, ((), set()))
        for cell in cells:
            self._buckets[cell].discard(key)

    def _near(self, rects: list[QRectF]) -> list[ConnectorItem]:
        """The connectors with a piece that meets ``rects``, in painting order."""
        cells = {cell for rect in rects for cell in _cells(rect)}
        if len(cells) * 4 > len(self._items):  # a large area: looking at each connector is cheaper
            return [item for item in self._items.values()
                    if any(item.boundingRect().intersects(r) for r in rects)]
        keys: set[int] = set()
        for cell in cells:
            keys |= self._buckets.get(cell, set())
        return [self._items[k] for k in sorted(keys, key=self._order.__getitem__)
                if any(piece.intersects(r) for piece in self._where[k][0] for r in rects)]

    # -- QGraphicsItem ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks and rubber bands find the connector items

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        exposed = option.exposedRect
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        areas = [a for a in (r.intersected(exposed) for r in repainted_areas(painter)) if not a.isEmpty()] or [exposed]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        opacity = 1.0
        for item in self._near(areas):
            if item.isVisible():
                if item.opacity() != opacity:  # faded by the persona filter
                    opacity = item.opacity()
                    painter.setOpacity(opacity)
                item.draw(painter, lod, areas)
        painter.setOpacity(1.0)


def changed_areas(old: ConnectorPath, new: ConnectorPath, old_bounds: QRectF, new_bounds: QRectF
                  ) -> list[QRectF]:
    """Scene areas that look different once ``old`` is drawn as ``new``."""
    if (old.colour, old.width, old.dash) != (new.colour, new.width, new.dash):
        return [old_bounds, new_bounds]
    if old.dash:  # the pattern runs on from the path's start: it is the same up to the first change only
        same = next((i for i, (a, b) in enumerate(zip(old.path, new.path, strict=False)) if a != b),
                    min(len(old.path), len(new.path)))
        rects = [_segment_rect(s) for s in old.path[same:] + new.path[same:]]
    else:
        rects = [_segment_rect(s) for s in set(old.path) ^ set(new.path)]
    if old.arrow != new.arrow:
        rects += [_points_rect((a.tip, a.left, a.right)) for a in (old.arrow, new.arrow)]
    if (old.label_rect, old.label_lines) != (new.label_rect, new.label_lines):
        rects += [QRectF(r.x, r.y, r.w, r.h).adjusted(-2, -2, 2, 2)
                  for r in (old.label_rect, new.label_rect) if r is not None]
    return rects


Run = tuple[int, float, list[Segment]]  # (index of the first segment, where in it the run starts: 0 to 1, parts)


def clipped_runs(path: ConnectorPath, pieces: list[QRectF], areas: list[QRectF], shortest: float
                 ) -> Optional[list[Run]]:
    """What of a route to stroke for a repaint of ``areas``: runs of joined segments, its long straight
    segments cut to where they meet the areas; None: the whole route, as it is.

    Qt dashes a stroke across the whole window even where the repaint clips it away: at 100 % a dashed
    connector down a 5,000-card map cost ≈ 0.23 ms whatever part of it was repainted, ≈ 0.1 ms cut.
    ``shortest``: lines shorter than this (in points) are kept whole, as cutting them costs more than
    it saves. ``pieces``: the route's areas (:func:`route_pieces`), its segments' first.
    """
    runs: list[Run] = []
    joined = False  # the last part reached the end of the segment before
    cut = False
    for index, (segment, piece) in enumerate(zip(path.path, pieces, strict=False)):
        spans: list[tuple[float, float]] = []
        if any(piece.intersects(area) for area in areas):
            spans = [(0.0, 1.0)]
            if len(segment) == 2 and piece.width() + piece.height() > shortest:
                spans = _line_spans(segment, areas)
        if spans != [(0.0, 1.0)]:
            cut = True
        for t0, t1 in spans:
            part = segment if (t0, t1) == (0.0, 1.0) else _line_part(segment, t0, t1)
            if joined and t0 == 0.0:
                runs[-1][2].append(part)
            else:
                runs.append((index, t0, [part]))
            joined = t1 == 1.0
        if not spans:
            joined = False
    return runs if cut else None


def _line_spans(segment: Segment, areas: list[QRectF]) -> list[tuple[float, float]]:
    """Parameter spans (0 to 1) of a straight segment inside the areas grown by the stroke's margin, merged."""
    (x0, y0), (x1, y1) = segment
    dx, dy = x1 - x0, y1 - y0
    spans = []
    for area in areas:
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, x0 - area.left() + _MARGIN), (dx, area.right() + _MARGIN - x0),
                     (-dy, y0 - area.top() + _MARGIN), (dy, area.bottom() + _MARGIN - y0)):
            if p == 0:  # parallel to this edge: inside or out
                if q < 0:
                    t0, t1 = 1.0, 0.0
            elif p < 0:
                t0 = max(t0, q / p)
            else:
                t1 = min(t1, q / p)
        if t0 < t1:
            spans.append((t0, t1))
    spans.sort()
    merged: list[tuple[float, float]] = []
    for t0, t1 in spans:
        if merged and t0 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], t1))
        else:
            merged.append((t0, t1))
    return merged


def _line_part(segment: Segment, t0: float, t1: float) -> Segment:
    (x0, y0), (x1, y1) = segment
    return ((x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0), (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1))


def route_pieces(path: ConnectorPath) -> list[QRectF]:
    """Areas that together hold everything the connector draws: its segments, arrow and label."""
    a = path.arrow
    pieces = [_segment_rect(s) for s in path.path]
    pieces.append(_points_rect((a.tip, a.left, a.right)))
    if path.label_rect is not None:
        r = path.label_rect
        pieces.append(QRectF(r.x - 2, r.y - 2, r.w + 4, r.h + 4))
    return pieces


def united(rects: list[QRectF]) -> QRectF:
    result = QRectF(rects[0])
    for rect in rects[1:]:
        result = result.united(rect)
    return result


def _segment_rect(segment: Segment) -> QRectF:
    if len(segment) == 2:  # most segments: spelt out, as this runs for every piece of every reroute
        (x0, y0), (x1, y1) = segment
        x, y = min(x0, x1), min(y0, y1)
        return QRectF(x - _MARGIN, y - _MARGIN, abs(x1 - x0) + 2 * _MARGIN, abs(y1 - y0) + 2 * _MARGIN)
    return _points_rect(segment)  # a Bézier lies within its control points


def _points_rect(points: Iterable[tuple[float, float]]) -> QRectF:
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    x, y = min(xs), min(ys)
    return QRectF(x - _MARGIN, y - _MARGIN, max(xs) - x + 2 * _MARGIN, max(ys) - y + 2 * _MARGIN)


def _cells(rect: QRectF) -> list[tuple[int, int]]:
    """The index's buckets ``rect`` touches: narrow across, tall down (connectors run far down)."""
    if rect.isEmpty():
        return []
    xs = range(int(rect.left() // _GRID_X), int(rect.right() // _GRID_X) + 1)
    ys = range(int(rect.top() // _GRID_Y), int(rect.bottom() // _GRID_Y) + 1)
    return [(x, y) for x in xs for y in ys]
