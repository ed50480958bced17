"""Where a card's dot votes sit: rows of discs under its text, the same on the canvas and in the PDF."""

from __future__ import annotations

from typing import Optional

from journeymapper.layout.geometry import Rect, TextLine, snap
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer, baseline_offset


def vote_marks(votes: int, x: float, top: float, width: float, style: LayoutStyle,
               measurer: TextMeasurer) -> tuple[tuple[Rect, ...], Optional[TextLine], float]:
    """(dots, count label or None, height taken) for ``votes`` votes in a band from ``top``.

    Up to ``vote_rows_max`` rows of discs; more votes than that show one disc and the number,
    so a card never grows without bound in a long workshop.
    """
    if votes <= 0:
        return (), None, 0.0
    size, gap = style.vote_dot_size, style.vote_dot_gap
    row_h = snap(size + gap)
    per_row = max(1, int((width + gap) // (size + gap)))
    if votes <= per_row * style.vote_rows_max:
        dots = tuple(Rect(x + (i % per_row) * (size + gap), top + (i // per_row) * row_h, size, size)
                     for i in range(votes))
        rows = (votes + per_row - 1) // per_row
        return dots, None, rows * row_h
    text_size = style.card_text_size * 0.9
    line_h = snap(measurer.line_height(text_size))
    dot = Rect(x, top + snap((line_h - size) / 2), size, size)
    label = TextLine(x + size + gap, top + snap(baseline_offset(text_size, measurer)), f"× {votes}", text_size,
                     bold=True, colour=style.vote_dot_colour)
    return (dot,), label, max(row_h, line_h)
