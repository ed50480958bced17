"""Small vector marks drawn as native shapes: channel icons (from layout.channel_icons) and evidence markers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from journeymapper.export.deck import shapes
from journeymapper.export.deck.shapes import Ids, Pen
from journeymapper.layout.channel_icons import GRID, ICONS
from journeymapper.layout.geometry import Point, Rect, Segment


def evidence_marker(ids: Ids, evidence: str, r: Rect, fill: Optional[str], stroke: str, width: float = 1.0) -> str:
    """A disc (observed), ring (assumed) or diamond (proposed), as layout/markers.py has them."""
    geometry = "diamond" if evidence == "proposed" else "ellipse"
    if geometry == "diamond":  # the diamond reaches a little further than the circle
        grow = r.w * 0.12
        r = Rect(r.x - grow, r.y - grow, r.w + 2 * grow, r.h + 2 * grow)
    return shapes.shape(ids, f"Evidence {evidence}", r, geometry, fill=fill, pen=Pen(stroke, width))


def channel_icon(ids: Ids, channel: str, r: Rect, colour: str) -> str:
    """The channel's vector icon (layout.channel_icons) as one freeform."""
    k = min(r.w, r.h) / GRID
    paths: list[tuple[Sequence[Segment], bool, bool]] = []

    def p(x: float, y: float) -> Point:
        return (r.x + x * k, r.y + y * k)

    for shape in ICONS.get(channel, ()):
        a = shape.args
        if shape.kind in ("circle", "ellipse"):
            rx, ry = (a[2], a[2]) if shape.kind == "circle" else (a[2], a[3])
            paths.append((_ellipse(p(a[0], a[1]), rx * k, ry * k), True, shape.fill))
        elif shape.kind == "rect":
            x, y, w, h = a[0], a[1], a[2], a[3]
            corners = [p(x, y), p(x + w, y), p(x + w, y + h), p(x, y + h), p(x, y)]
            paths.append(([(c, d) for c, d in zip(corners, corners[1:], strict=False)], True, shape.fill))
        else:
            pts = [p(a[i], a[i + 1]) for i in range(0, len(a) - 1, 2)]
            if shape.kind == "polygon":
                pts.append(pts[0])
            paths.append(([(c, d) for c, d in zip(pts, pts[1:], strict=False)], shape.kind == "polygon", shape.fill))
    if not paths:
        return ""
    return shapes.freeform(ids, f"Channel {channel}", paths, Pen(colour, 1.7 * k), fill=colour)


def _ellipse(c: Point, rx: float, ry: float) -> list[Segment]:
    k = 0.5523
    cx, cy = c
    return [((cx + rx, cy), (cx + rx, cy + k * ry), (cx + k * rx, cy + ry), (cx, cy + ry)),
            ((cx, cy + ry), (cx - k * rx, cy + ry), (cx - rx, cy + k * ry), (cx - rx, cy)),
            ((cx - rx, cy), (cx - rx, cy - k * ry), (cx - k * rx, cy - ry), (cx, cy - ry)),
            ((cx, cy - ry), (cx + k * rx, cy - ry), (cx + rx, cy - k * ry), (cx + rx, cy))]
