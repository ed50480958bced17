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
#: Bucket size in points: about a page's part of the map.
_BUCKET = 1024.0


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


ARROW, LABEL = -1, -2


def _padded(r: Rect, pad: float) -> Rect:
    return Rect(r.x - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad)


class _Kind:
    """One kind of item (cards, cells, ...), its items' boxes bucketed."""

    def __init__(self, items: Sequence[Any], rects: Sequence[Rect]) -> None:
        self.items = items
        self.boxes: list[Box] = [(r.x, r.y, r.right, r.bottom) for r in rects]
        self.buckets: dict[tuple[int, int], list[int]] = {}
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
        found: set[int] = set()
        for key in _keys(area):
            found.update(self.buckets.get(key, ()))
        boxes, items = self.boxes, self.items
        return [items[i] for i in sorted(found)
                if boxes[i][0] < x1 and x0 < boxes[i][2] and boxes[i][1] < y1 and y0 < boxes[i][3]]


def _keys(box: Box) -> list[tuple[int, int]]:
    x0, x1 = math.floor(box[0] / _BUCKET), math.floor(box[2] / _BUCKET)
    y0, y1 = math.floor(box[1] / _BUCKET), math.floor(box[3] / _BUCKET)
    return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]


class Regions:
    """The map's items by kind, to ask which reach into a region, in drawing order."""

    def __init__(self, layout: MapLayout) -> None:
        self._kinds = {
            "cells": _Kind(layout.cells, [c.rect for c in layout.cells]),
            "cards": _Kind(layout.cards, [c.rect for c in layout.cards]),
        }
        # Connectors run through many pages: their pieces (each segment, the arrowhead, the label) apart.
        pieces: list[tuple[int, int]] = []
        rects: list[Rect] = []
        for n, path in enumerate(layout.connectors):
            pad = path.width
            for i, seg in enumerate(path.path):
                pieces.append((n, i))
                rects.append(_padded(bounds(seg), pad))
            arrow = path.arrow
            pieces.append((n, ARROW))
            rects.append(_padded(bounds((arrow.tip, arrow.left, arrow.right)), pad))
            if path.label_rect is not None and path.label_lines:
                pieces.append((n, LABEL))
                rects.append(path.label_rect)
        self._kinds["pieces"] = _Kind(pieces, rects)
        self._connectors = layout.connectors

    def connector_pieces(self, region: Rect) -> list[tuple[int, ConnectorPath, list[int]]]:
        """The connectors reaching into ``region``, in drawing order: their index, themselves and the
        pieces that do (indices into the path, :data:`ARROW`, :data:`LABEL`)."""
        out: list[tuple[int, ConnectorPath, list[int]]] = []
        last = -1
        for n, piece in self._kinds["pieces"].within(region):
            if n != last:
                out.append((n, self._connectors[n], []))
                last = n
            out[-1][2].append(piece)
        return out

    def within(self, kind: str, region: Rect) -> list[Any]:
        return self._kinds[kind].within(region)
