"""Colour choices that stay apart: new personas' colours and the card swatch palette.

Distances are CIE76 ΔE in CIELAB, where equal numbers look about equally different
(RGB distance calls #0072B2 and #2E86C1 far apart; to the eye they are one blue).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

#: The Okabe–Ito set (told apart with most kinds of colour blindness), its yellow swapped for a
#: mauve that prints: colours for new personas, in the order they are handed out.
PERSONA_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8E6C8A")

#: Card colours beyond the lanes' own: mid tints that print well under dark text, each at least ΔE 19 from
#: the others and from every lane's card colour.
CARD_SWATCHES = ("#FFD54F", "#FF8A65", "#F06292", "#BA68C8", "#7986CB", "#4FC3F7", "#4DB6AC", "#AED581",
                 "#DCE775", "#A1887F")

#: Colours told apart at a glance: ΔE of at least this much from every colour already used.
DISTINCT_DELTA_E = 30.0


def lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of "#RRGGBB"."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: str, b: str) -> float:
    return math.dist(lab(a), lab(b))


def distinct_colour(used: Iterable[str], palette: Sequence[str] = PERSONA_COLOURS) -> str:
    """The first colour of ``palette`` clearly apart from every ``used`` one; when none is, the one
    farthest from its nearest used colour."""
    taken = [c.upper() for c in used]
    if not taken:
        return palette[0]

    def nearest(colour: str) -> float:
        return min(delta_e(colour, other) for other in taken)

    for colour in palette:
        if nearest(colour) >= DISTINCT_DELTA_E:
            return colour
    return max(palette, key=nearest)


__all__ = ["CARD_SWATCHES", "DISTINCT_DELTA_E", "PERSONA_COLOURS", "delta_e", "distinct_colour", "lab"]
