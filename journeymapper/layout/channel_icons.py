"""Touchpoint channel icons as vector primitives on a 24 x 24 grid.

One definition serves the canvas, the PDF and the SVG files in resources/icons,
so the icons look the same everywhere and stay vector. Our own drawings (same
licence as the code).
"""

from __future__ import annotations

from dataclasses import dataclass

GRID = 24.0
STROKE = 1.7


@dataclass(frozen=True)
class Shape:
    """``kind``: circle (cx, cy, r), ellipse (cx, cy, rx, ry), rect (x, y, w, h, radius),
    line (x1, y1, x2, y2), polyline / polygon (x1, y1, x2, y2, ...). ``fill`` fills instead of stroking."""

    kind: str
    args: tuple[float, ...]
    fill: bool = False


def _c(cx: float, cy: float, r: float, fill: bool = False) -> Shape:
    return Shape("circle", (cx, cy, r), fill)


def _r(x: float, y: float, w: float, h: float, radius: float = 0.0, fill: bool = False) -> Shape:
    return Shape("rect", (x, y, w, h, radius), fill)


def _l(*coords: float) -> Shape:
    return Shape("line", coords)


def _pl(*coords: float) -> Shape:
    return Shape("polyline", coords)


def _pg(*coords: float, fill: bool = False) -> Shape:
    return Shape("polygon", coords, fill)


ICONS: dict[str, tuple[Shape, ...]] = {
    "web": (_c(12, 12, 9), Shape("ellipse", (12, 12, 4, 9)), _l(3, 12, 21, 12), _l(4.5, 7.5, 19.5, 7.5),
            _l(4.5, 16.5, 19.5, 16.5)),
    "search": (_c(10, 10, 6), _l(14.5, 14.5, 20.5, 20.5), _l(15.5, 15.5, 20.5, 20.5)),
    "social": (_c(6, 12, 2.6, True), _c(18, 5.5, 2.6, True), _c(18, 18.5, 2.6, True), _l(6, 12, 18, 5.5),
               _l(6, 12, 18, 18.5)),
    "email": (_r(3, 5.5, 18, 13, 1.5), _pl(3.5, 6.5, 12, 13, 20.5, 6.5)),
    "ads": (_pg(3.5, 9.5, 8.5, 9.5, 17.5, 4.5, 17.5, 19.5, 8.5, 14.5, 3.5, 14.5), _l(6.5, 14.5, 8, 20),
            _l(20, 10, 20, 14)),
    "store": (_pg(3, 9.5, 5, 4, 19, 4, 21, 9.5), _r(4.5, 9.5, 15, 10.5), _r(10, 14, 4, 6)),
    "phone": (_r(7, 2.5, 10, 19, 2), _l(10.5, 18.5, 13.5, 18.5)),
    "chat": (_r(3, 4, 18, 12, 3), _pg(7, 16, 7, 21, 12, 16, fill=True), _c(8, 10, 1.1, True),
             _c(12, 10, 1.1, True), _c(16, 10, 1.1, True)),
    "push": (_pg(5, 17, 7, 14.5, 7, 10, 9, 6.5, 12, 5.5, 15, 6.5, 17, 10, 17, 14.5, 19, 17),
             _c(12, 19.5, 1.6, True), _l(12, 3, 12, 5.5)),
    "app": (_r(4, 4, 7, 7, 1.5), _r(13, 4, 7, 7, 1.5), _r(4, 13, 7, 7, 1.5), _r(13, 13, 7, 7, 1.5, True)),
    "word_of_mouth": (_c(8, 8, 3), _c(16.5, 8, 3), _pl(2.5, 20, 3.5, 15, 8, 13, 12.5, 15, 13, 20),
                      _pl(13.5, 13.8, 16.5, 13, 20.5, 15, 21.5, 20)),
    "other": (_c(6, 12, 1.9, True), _c(12, 12, 1.9, True), _c(18, 12, 1.9, True)),
}


def svg(channel: str, colour: str = "#37474F") -> str:
    """The icon as a standalone SVG document (what resources/icons/channels holds)."""
    parts = []
    for shape in ICONS[channel]:
        a = shape.args
        paint = f'fill="{colour}" stroke="none"' if shape.fill else 'fill="none"'
        if shape.kind == "circle":
            parts.append(f'<circle cx="{a[0]:g}" cy="{a[1]:g}" r="{a[2]:g}" {paint}/>')
        elif shape.kind == "ellipse":
            parts.append(f'<ellipse cx="{a[0]:g}" cy="{a[1]:g}" rx="{a[2]:g}" ry="{a[3]:g}" {paint}/>')
        elif shape.kind == "rect":
            parts.append(f'<rect x="{a[0]:g}" y="{a[1]:g}" width="{a[2]:g}" height="{a[3]:g}" '
                         f'rx="{a[4]:g}" {paint}/>')
        elif shape.kind == "line":
            parts.append(f'<line x1="{a[0]:g}" y1="{a[1]:g}" x2="{a[2]:g}" y2="{a[3]:g}"/>')
        else:
            points = " ".join(f"{a[i]:g},{a[i + 1]:g}" for i in range(0, len(a), 2))
            parts.append(f'<{shape.kind} points="{points}" {paint}/>')
    body = "\n  ".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" '
            f'stroke="{colour}" stroke-width="{STROKE}" stroke-linecap="round" stroke-linejoin="round" '
            f'fill="none">\n  {body}\n</svg>\n')
