"""Setting the PDF's own pages (cover, personas, appendix) as wrapped, placed text lines.

The same wrapping and measuring as the map layout, so every piece of user text
in the PDF is a :class:`TextLine` drawn with a plain text call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from journeymapper.layout.geometry import TextLine
from journeymapper.layout.style import LayoutStyle, luminance
from journeymapper.layout.text import TextMeasurer, place_lines, wrap

#: Page-size factor: text on an A4 page is set at the sizes given; bigger paper scales it up.
A4_SHORT_SIDE = 595.2756


def page_factor(page_w: float, page_h: float) -> float:
    return min(2.5, max(0.8, min(page_w, page_h) / A4_SHORT_SIDE))


@dataclass(frozen=True)
class Block:
    lines: tuple[TextLine, ...]
    height: float


class Typesetter:
    """Wraps and places text with the map's measurer; ``k`` scales every size for big paper."""

    def __init__(self, measurer: TextMeasurer, style: LayoutStyle, k: float = 1.0) -> None:
        self.measurer = measurer
        self.style = style
        self.k = k
        #: Page furniture repeats on every page (map title, footer): each block is set once.
        self._blocks: dict[tuple[object, ...], Block] = {}

    def size(self, points: float) -> float:
        return round(points * self.k, 2)

    def line_height(self, size: float) -> float:
        return self.measurer.line_height(size)

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        return self.measurer.width(text, size, bold, italic)

    def block(self, text: str, x: float, top: float, width: float, size: float, *, bold: bool = False,
              italic: bool = False, colour: Optional[str] = None, max_height: Optional[float] = None,
              max_lines: Optional[int] = None, align: str = "left") -> Block:
        """``text`` wrapped to ``width`` from ``top``; cut with "…" to fit ``max_height``/``max_lines``."""
        key = (text, x, top, width, size, bold, italic, colour, max_height, max_lines, align)
        block = self._blocks.get(key)
        if block is None:
            if len(self._blocks) > 4096:
                self._blocks.clear()
            block = self._blocks[key] = self._block(text, x, top, width, size, bold, italic, colour, max_height,
                                                    max_lines, align)
        return block

    def _block(self, text: str, x: float, top: float, width: float, size: float, bold: bool, italic: bool,
               colour: Optional[str], max_height: Optional[float], max_lines: Optional[int], align: str) -> Block:
        step = self.measurer.line_height(size)
        if max_height is not None:
            fit = max(0, math.floor((max_height + 1e-6) / step))
            max_lines = fit if max_lines is None else min(max_lines, fit)
        if max_lines == 0 or not text.strip():
            return Block((), 0.0)
        wrapped = wrap(text.strip(), max(width, size), size, self.measurer, bold=bold, max_lines=max_lines,
                       italic=italic)
        lines = place_lines(wrapped, x, top, size, self.measurer, bold=bold, italic=italic,
                            colour=colour or self.style.text_colour, align=align, width=width)
        return Block(lines, len(wrapped) * step)

    def one_line(self, text: str, x: float, top: float, width: float, size: float, **kwargs: object) -> Block:
        return self.block(text, x, top, width, size, max_lines=1, **kwargs)  # type: ignore[arg-type]

    def lines_of(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        return wrap(text, max(width, size), size, self.measurer, bold=bold)


def readable_on_white(colour: str, fallback: str) -> str:
    """``colour`` if it reads well as text on white, else ``fallback``."""
    return colour if luminance(colour) < 0.35 else fallback
