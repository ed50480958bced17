"""The evidence marker's shape, shared by the canvas and the PDF.

Evidence is told apart by shape, not colour alone, so it survives greyscale printing
and colour-blind readers: observed is a filled disc, assumed a hollow ring, proposed
a diamond.
"""

from __future__ import annotations

from typing import Optional

from journeymapper.layout.geometry import Point, Rect

#: The diamond's half-diagonal relative to the marker's width (a little larger than the
#: circle's radius so the two read as the same size).
DIAMOND_REACH = 0.62


def evidence_diamond(rect: Rect, evidence: str) -> Optional[tuple[Point, ...]]:
    """The diamond's corners for proposed evidence, or None when the marker is a circle in ``rect``."""
    if evidence != "proposed":
        return None
    cx, cy, r = rect.cx, rect.cy, rect.w * DIAMOND_REACH
    return ((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy))
