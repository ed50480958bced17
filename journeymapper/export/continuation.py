"""Pages mode: where a connector or an emotion curve runs off a page, a small mark names the page
it continues on."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Optional

from journeymapper.export.pages import MapSheet, Placement
from journeymapper.layout.geometry import Point, Rect
from journeymapper.layout.map_layout import MapLayout


@dataclass(frozen=True)
class Continuation:
    """On sheet ``sheet``: a path leaves the part of the grid ``placement`` shows at ``at`` (map
    coordinates) across ``edge`` ("left", "right", "top", "bottom") and continues on sheet ``target``."""

    sheet: int
    at: Point
    edge: str
    target: int
    colour: str
    placement: Placement


class _Index:
    """Which sheet shows a map point: per stage column, the y ranges of the pages' parts of it."""

    def __init__(self, sheets: Sequence[MapSheet]) -> None:
        by_column: dict[float, list[tuple[float, float, int, Placement]]] = {}
        for i, sheet in enumerate(sheets):
            for p in sheet.bodies:
                if p.src.h > 0:
                    by_column.setdefault(p.src.x, []).append((p.src.y, p.src.bottom, i, p))
        self.xs = sorted(by_column)
        self.right = {x: parts[0][3].src.right for x, parts in by_column.items()}
        self.parts = {x: sorted(parts, key=lambda part: part[0]) for x, parts in by_column.items()}
        self.tops = {x: [part[0] for part in parts] for x, parts in self.parts.items()}
        self.count = len(sheets)

    def at(self, p: Point) -> Optional[tuple[int, Placement]]:
        i = bisect_right(self.xs, p[0]) - 1
        if i < 0 or p[0] > self.right[self.xs[i]]:
            return None
        x = self.xs[i]
        j = bisect_right(self.tops[x], p[1]) - 1
        if j < 0:
            return None
        top, bottom, sheet, placement = self.parts[x][j]
        return (sheet, placement) if p[1] <= bottom else None


def _paths(layout: MapLayout) -> Iterator[tuple[tuple[Point, ...], str]]:
    for connector in layout.connectors:
        yield connector.points, connector.colour
    for curve in layout.curves:
        if curve.beziers:
            yield (curve.beziers[0][0], *(seg[-1] for seg in curve.beziers)), curve.colour


def continuations(layout: MapLayout, sheets: Sequence[MapSheet]) -> list[Continuation]:
    """Every place a path crosses from one page's part of the grid to another page's, seen from both."""
    index = _Index(sheets)
    if index.count < 2:
        return []
    out: dict[tuple[int, int, int, int], Continuation] = {}
    for points, colour in _paths(layout):
        for p, q in zip(points, points[1:], strict=False):
            a, b = index.at(p), index.at(q)
            if a is None or b is None or a[0] == b[0]:
                continue
            for (here, placement), (there, _), start, end in ((a, b, p, q), (b, a, q, p)):
                crossing = _exit(placement.src, start, end)
                if crossing is None:
                    continue
                at, edge = crossing
                beyond = index.at((at[0] + _sign(end[0] - start[0]), at[1] + _sign(end[1] - start[1])))
                target = beyond[0] if beyond is not None and beyond[0] != here else there
                key = (here, round(at[0]), round(at[1]), target)
                out.setdefault(key, Continuation(here, at, edge, target, colour, placement))
    return list(out.values())


def _sign(v: float) -> float:
    return 1.0 if v > 1e-9 else -1.0 if v < -1e-9 else 0.0


def _exit(r: Rect, p: Point, q: Point) -> Optional[tuple[Point, str]]:
    """Where the segment from p (inside ``r``) to q leaves ``r``, and across which edge."""
    best: Optional[tuple[float, str]] = None
    dx, dy = q[0] - p[0], q[1] - p[1]
    for edge, value, d, start in (("left", r.x, dx, p[0]), ("right", r.right, dx, p[0]),
                                  ("top", r.y, dy, p[1]), ("bottom", r.bottom, dy, p[1])):
        if abs(d) < 1e-12:
            continue
        t = (value - start) / d
        if 1e-9 < t <= 1 and (best is None or t < best[0]):
            x, y = p[0] + t * dx, p[1] + t * dy
            if r.x - 1e-6 <= x <= r.right + 1e-6 and r.y - 1e-6 <= y <= r.bottom + 1e-6:
                best = (t, edge)
    if best is None:
        return None
    t = best[0]
    return (p[0] + t * dx, p[1] + t * dy), best[1]
