"""Which of the map's items reach into a part of the map: a page of pages mode or a poster sheet draws
only those (its text is then the only text a search or a copy finds on it).

The bounds of every item are taken once per export and kept in coarse buckets, so each of
a few hundred pages looks at the items near it rather than at all of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Optional

from journeymapper.layout.geometry import ConnectorPath, Point, Rect, TextLine
from journeymapper.layout.map_layout import MapLayout

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
#: Band height in points: about a page's part of the map.
_BUCKET = 512.0
#: Up to this many items, looking at each is quicker than the buckets.
_FEW = 64


def meets(r: Rect, region: Optional[Rect]) -> bool:
    """Whether ``r`` overlaps ``region`` (None: the whole map); only touching is not overlapping."""
    return region is None or (r.x < region.right and region.x < r.right and r.y < region.bottom
                              and region.y < r.bottom)


def bounds(points: Sequence[Point]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def segment_meets(seg: Sequence[Point], region: Optional[Rect]) -> bool:
    """A line or Bézier (inside its control points' box) reaching ``region``, its edge included."""
    if region is None:
        return True
    b = bounds(seg)
    return b.x <= region.right and region.x <= b.right and b.y <= region.bottom and region.y <= b.bottom


def lines_bounds(lines: Sequence[TextLine]) -> Rect:
    """A generous box around text lines (wide glyphs, descenders)."""
    if not lines:
        return Rect(0, 0, -1, -1)
    x0 = min(line.x for line in lines)
    x1 = max(line.x + 0.7 * line.size * len(line.text) for line in lines)
    y0 = min(line.y_baseline - line.size for line in lines)
    y1 = max(line.y_baseline + 0.3 * line.size for line in lines)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _padded(r: Rect, pad: float) -> Rect:
    return Rect(r.x - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad)


def _connector_box(path: ConnectorPath) -> Rect:
    """The box of a connector's line and arrowhead, grown by its pen's width."""
    xs = [p[0] for seg in path.path for p in seg]
    ys = [p[1] for seg in path.path for p in seg]
    for p in (path.arrow.tip, path.arrow.left, path.arrow.right):
        xs.append(p[0])
        ys.append(p[1])
    return _padded(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), path.width)


class _Kind:
    """One kind of item (cards, cells, ...), its items' boxes bucketed."""

    def __init__(self, items: Sequence[Any], rects: Sequence[Rect]) -> None:
        self.items = items
        self.boxes: list[Box] = [(r.x, r.y, r.right, r.bottom) for r in rects]
        self.buckets: dict[int, list[int]] = {}
        buckets = self.buckets
        for i, box in enumerate(self.boxes):
            if box[2] < box[0] or box[3] < box[1]:
                continue
            for key in _keys(box):
                bucket = buckets.get(key)
                if bucket is None:
                    buckets[key] = [i]
                else:
                    bucket.append(i)

    def within(self, region: Rect) -> list[Any]:
        x0, y0, x1, y1 = area = (region.x, region.y, region.right, region.bottom)
        boxes, items = self.boxes, self.items
        if len(boxes) <= _FEW:
            return [items[i] for i, b in enumerate(boxes) if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3]]
        found: set[int] = set()
        for key in _keys(area):
            found.update(self.buckets.get(key, ()))
        hits = [i for i in found if boxes[i][0] < x1 and x0 < boxes[i][2] and boxes[i][1] < y1 and y0 < boxes[i][3]]
        hits.sort()
        return [items[i] for i in hits]

    def any(self, region: Rect) -> bool:
        x0, y0, x1, y1 = area = (region.x, region.y, region.right, region.bottom)
        boxes = self.boxes
        return any(boxes[i][0] < x1 and x0 < boxes[i][2] and boxes[i][1] < y1 and y0 < boxes[i][3]
                   for key in _keys(area) for i in self.buckets.get(key, ()))


def _keys(box: Box) -> range:
    """The bands of the map (by height: maps grow downwards, a few thousand points wide) a box is in."""
    return range(math.floor(box[1] / _BUCKET), math.floor(box[3] / _BUCKET) + 1)


class Regions:
    """The map's items by kind, to ask which reach into a region, in drawing order."""

    def __init__(self, layout: MapLayout) -> None:
        self._kinds = {
            "cells": _Kind(layout.cells, [c.rect for c in layout.cells]),
            "cards": _Kind(layout.cards, [c.rect for c in layout.cards]),
        }
        # Connectors run through many pages: their lines (one form) and their labels apart.
        self._kinds["lines"] = _Kind(layout.connectors, [_connector_box(path) for path in layout.connectors])
        labelled = [path for path in layout.connectors if path.label_rect is not None and path.label_lines]
        self._kinds["labels"] = _Kind(labelled, [path.label_rect for path in labelled if path.label_rect])
        self._kinds["lane_headers"] = _Kind(layout.lane_headers, [box.rect for box in layout.lane_headers])
        self._kinds["stage_headers"] = _Kind(layout.stage_headers, [box.rect for box in layout.stage_headers])

    def any(self, kind: str, region: Rect) -> bool:
        return self._kinds[kind].any(region)

    def within(self, kind: str, region: Rect) -> list[Any]:
        return self._kinds[kind].within(region)
