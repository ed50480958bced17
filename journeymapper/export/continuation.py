"""Pages mode: where a connector or an emotion curve runs off a page, a small mark names the page
it continues on."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Optional

from journeymapper.export.pages import MapSheet
from journeymapper.layout.geometry import Point, Rect
from journeymapper.layout.map_layout import MapLayout


@dataclass(frozen=True)
class Continuation:
    """On sheet ``sheet``: a path leaves its body at ``at`` (map coordinates) across ``edge``
    ("left", "right", "top", "bottom") and continues on sheet ``target``."""

    sheet: int
    at: Point
    edge: str
    target: int
    colour: str


class _Index:
    """Which sheet's body holds a map point (bodies tile the grid: stage groups x row bands)."""

    def __init__(self, sheets: Sequence[MapSheet]) -> None:
        self.bodies = [(i, s.body.src) for i, s in enumerate(sheets) if s.body is not None]
        self.xs = sorted({r.x for _, r in self.bodies})
        self.ys = sorted({r.y for _, r in self.bodies})
        self.cells = {(r.x, r.y): (i, r) for i, r in self.bodies}

    def at(self, p: Point) -> Optional[int]:
        i, j = bisect_right(self.xs, p[0]) - 1, bisect_right(self.ys, p[1]) - 1
        if i < 0 or j < 0:
            return None
        hit = self.cells.get((self.xs[i], self.ys[j]))
        if hit is None or not (hit[1].x <= p[0] <= hit[1].right and hit[1].y <= p[1] <= hit[1].bottom):
            return None
        return hit[0]


def _paths(layout: MapLayout) -> Iterator[tuple[tuple[Point, ...], str]]:
    for connector in layout.connectors:
        yield connector.points, connector.colour
    for curve in layout.curves:
        if curve.beziers:
            yield (curve.beziers[0][0], *(seg[-1] for seg in curve.beziers)), curve.colour


def continuations(layout: MapLayout, sheets: Sequence[MapSheet]) -> list[Continuation]:
    """Every place a path crosses from one page's body to another's, seen from both pages."""
    index = _Index(sheets)
    if len(index.bodies) < 2:
        return []
    out: dict[tuple[int, int, int, int], Continuation] = {}
    for points, colour in _paths(layout):
        for p, q in zip(points, points[1:], strict=False):
            a, b = index.at(p), index.at(q)
            if a is None or b is None or a == b:
                continue
            for here, there, start, end in ((a, b, p, q), (b, a, q, p)):
                crossing = _exit(sheets[here].body.src, start, end)  # type: ignore[union-attr]
                if crossing is None:
                    continue
                at, edge = crossing
                beyond = index.at((at[0] + _sign(end[0] - start[0]), at[1] + _sign(end[1] - start[1])))
                target = beyond if beyond is not None and beyond != here else there
                key = (here, round(at[0]), round(at[1]), target)
                out.setdefault(key, Continuation(here, at, edge, target, colour))
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
