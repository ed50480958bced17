"""Page furniture: footers, the running header of pages mode, and the poster's assembly marks.

Poster sheets get crop marks at the corners of the printable area, round
alignment targets in the margin where each neighbour's overlap begins, a
sheet label such as "Sheet B2 of 3x2" (row B, column 2 of a grid 3 sheets wide
and 2 high) with a small map of the grid, and a line on how to assemble.
Marks are drawn in page coordinates outside the map, so they never cover it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from journeymapper.export import draw
from journeymapper.export.labels import word
from journeymapper.export.ops import Ops
from journeymapper.export.pages import MapSheet, Placement, row_letters, sheet_name
from journeymapper.export.typeset import Typesetter
from journeymapper.layout.geometry import Point, Rect, TextLine
from journeymapper.model import Language

MARK_COLOUR = "#000000"
MARK_WIDTH = 0.5
_MUTED = "#616161"
_RULE = "#B0BEC5"


def draw_footer(c: Canvas, ts: Typesetter, page_w: float, page_h: float, margin: float, left: str,
                right: str, min_size: float = 0.0) -> None:
    """A quiet line of text in the bottom margin (left and right aligned); skipped if there is no margin."""
    size = max(ts.size(7.5), min_size)
    if margin < 2.2 * size:
        return
    baseline = page_h - margin / 2 + size / 3
    width = page_w - 2 * margin
    right_w = ts.width(right, size)
    # The left part's room in steps of 10 pt, so pages whose numbers differ in width share its setting.
    room = max(width - math.ceil(right_w / 10) * 10 - 3 * size, size)
    parts = [TextLine(page_w - margin - right_w, baseline, right, size, colour=_MUTED),
             *(_at(line, baseline) for line in ts.one_line(left, margin, 0, room, size, colour=_MUTED).lines)]
    draw.draw_lines(c, parts)


def draw_running_header(c: Canvas, ts: Typesetter, area: Rect, height: float, title: str, right: str) -> None:
    """Map title (bold) and the stage range above the map in pages mode, with a rule under them."""
    size = 10.0
    baseline = area.y + size
    right_w = min(ts.width(right, size - 1), area.w / 2)
    room = max(area.w - math.ceil(right_w / 10) * 10 - 2 * size, size)  # shared by most pages (see draw_footer)
    lines = [*ts.one_line(title, area.x, 0, room, size, bold=True).lines,
             *ts.one_line(right, area.right - right_w, 0, right_w + 1, size - 1, colour=_MUTED).lines]
    draw.draw_lines(c, [_at(line, baseline) for line in lines])
    draw.set_pen(c, _RULE, 0.6)
    rule_y = area.y + height - 8
    c.line(area.x, rule_y, area.right, rule_y)


def _at(line: TextLine, baseline: float) -> TextLine:
    return TextLine(line.x, baseline, line.text, line.size, line.bold, line.italic, line.colour)


# -- poster --------------------------------------------------------------------------------------

def draw_poster_marks(c: Canvas, ts: Typesetter, sheet: MapSheet, page_w: float, page_h: float,
                      overlap: float, title: str, language: Language) -> None:
    area = sheet.area
    margin = area.x
    draw.set_pen(c, MARK_COLOUR, MARK_WIDTH)
    _crop_marks(c, area, margin)
    # Targets in the middle of each overlap, inside the printable area: they survive trimming, and a
    # sheet's targets fall on its neighbour's when the overlaps lie on each other.
    r = max(1.5, min(4.5, overlap / 5))
    if sheet.col > 0:
        _targets_vertical(c, area.x + overlap / 2, area, r)
    if sheet.col < sheet.cols - 1:
        _targets_vertical(c, area.right - overlap / 2, area, r)
    if sheet.row > 0:
        _targets_horizontal(c, area.y + overlap / 2, area, r)
    if sheet.row < sheet.rows - 1:
        _targets_horizontal(c, area.bottom - overlap / 2, area, r)
    _sheet_label(c, ts, sheet, page_w, page_h, overlap, title, language)


def _crop_marks(c: Canvas, area: Rect, margin: float) -> None:
    gap = min(3.0, margin / 6)
    length = max(2.0, min(14.0, margin - gap - 2.0))
    for x, y, sx, sy in ((area.x, area.y, -1, -1), (area.right, area.y, 1, -1),
                         (area.x, area.bottom, -1, 1), (area.right, area.bottom, 1, 1)):
        c.line(x + sx * gap, y, x + sx * (gap + length), y)
        c.line(x, y + sy * gap, x, y + sy * (gap + length))


def _target(c: Canvas, x: float, y: float, r: float) -> None:
    c.circle(x, y, r, stroke=1, fill=0)
    c.line(x - 1.6 * r, y, x + 1.6 * r, y)
    c.line(x, y - 1.6 * r, x, y + 1.6 * r)


def _targets_vertical(c: Canvas, x: float, area: Rect, r: float) -> None:
    """Targets near the top and bottom of the printable area on the vertical line x."""
    _target(c, x, area.y + 3 * r, r)
    _target(c, x, area.bottom - 3 * r, r)


def _targets_horizontal(c: Canvas, y: float, area: Rect, r: float) -> None:
    _target(c, area.x + 3 * r, y, r)
    _target(c, area.right - 3 * r, y, r)


def _sheet_label(c: Canvas, ts: Typesetter, sheet: MapSheet, page_w: float, page_h: float, overlap: float,
                 title: str, language: Language) -> None:
    area = sheet.area
    margin = area.x
    size = min(9.0, margin / 2.6)
    label = word("sheet", language, name=sheet_name(sheet), cols=sheet.cols, rows=sheet.rows)
    # A small plan of the grid, this sheet filled, before the label.
    cell_w, cell_h = size * 0.9, size * 0.6
    plan_w = min(sheet.cols, 12) * cell_w
    label_w = ts.width(label, size, bold=True)
    title_room = max(area.w / 2 - label_w, size)
    x = area.x + 2.2 * margin + overlap
    baseline = area.bottom + margin / 2 + size / 3
    plan_top = baseline - size * 0.35 - min(sheet.rows, 8) * cell_h / 2
    _grid_plan(c, x, plan_top, cell_w, cell_h, sheet)
    tx = x + plan_w + size
    lines = [*ts.one_line(label, tx, 0, label_w + 1, size, bold=True).lines,
             *ts.one_line(title, tx + label_w + size, 0, title_room, size, colour=_MUTED).lines]
    help_text = word("sheet_help", language, row=row_letters(sheet.row), col=sheet.col + 1,
                     overlap=f"{overlap * 25.4 / 72:.0f}")
    help_text += "   " + word("scale", language, percent=f"{sheet.scale * 100:.0f}")
    help_size = min(6.5, size * 0.8)
    top_baseline = area.y - margin / 2 + help_size / 3
    help_lines = ts.one_line(help_text, x, 0, max(area.w - 2 * (x - area.x), help_size), help_size,
                             colour=_MUTED).lines
    draw.draw_lines(c, [_at(line, baseline) for line in lines]
                    + [_at(line, top_baseline) for line in help_lines])


def _grid_plan(c: Canvas, x: float, y: float, w: float, h: float, sheet: MapSheet) -> None:
    cols, rows = min(sheet.cols, 12), min(sheet.rows, 8)
    draw.set_pen(c, _MUTED, 0.4)
    for row in range(rows):
        for col in range(cols):
            here = row == min(sheet.row, rows - 1) and col == min(sheet.col, cols - 1)
            c.setFillColor(draw.colour("#37474F" if here else "#FFFFFF"))
            c.rect(x + col * w, y + row * h, w, h, stroke=1, fill=1)


# -- pages mode ----------------------------------------------------------------------------------

def draw_continuations(c: Canvas, ts: Typesetter, marks: Sequence[tuple[Placement, Point, str, str, str]],
                       size: float) -> None:
    """For each (placement, where, edge, colour, label): a dot where a path leaves the page (``where`` in
    map coordinates, shown by ``placement``) and, just inside, the page it continues on. Written as raw
    operators: a long map has thousands."""
    if not marks:
        return
    o = Ops(c)
    r = max(1.6, size * 0.3)
    gap = size * 0.6
    lines = []
    for body, at, edge, colour, label in marks:
        s = body.scale
        x, y = body.x + (at[0] - body.src.x) * s, body.y + (at[1] - body.src.y) * s
        o.fill(colour)
        o.round_rect(x - r, y - r, 2 * r, 2 * r, r, "f")
        width = ts.width(label, size, bold=True)
        if edge == "right":
            tx, baseline = x - gap - width, y - gap
        elif edge == "top":
            tx, baseline = x + gap, y + gap + size * 0.8
        else:
            tx, baseline = x + gap, y - gap
        o.fill("#FFFFFF")
        o.rect(tx - 1, baseline - size * 0.85, width + 2, size * 1.15, "f")
        lines.append(TextLine(tx, baseline, label, size, bold=True, colour=colour))
    o.text(lines)
