"""The overview page of pages and poster exports: the map small (text greeked), the grid of pages or
sheets drawn over it with their numbers or labels, and the legend."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from journeymapper.export import draw
from journeymapper.export.labels import word
from journeymapper.export.legend import LegendItem, draw_legend, legend_height
from journeymapper.export.pages import MapSheet, Placement, sheet_name
from journeymapper.export.typeset import Typesetter
from journeymapper.layout.geometry import Rect, TextLine
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap

_FRAME = "#B0BEC5"
_GRID = "#1565C0"
_MUTED = "#616161"


def draw_overview(c: Canvas, ts: Typesetter, doc: JourneyMap, layout: MapLayout, sheets: Sequence[MapSheet],
                  first_number: int, poster: bool, legend: Sequence[LegendItem], area: Rect,
                  text_size: float) -> None:
    lang = doc.language
    size = max(text_size, 7.5)
    lines = [*ts.one_line(doc.title, area.x, area.y, area.w, size * 1.6, bold=True).lines]
    note = word("overview_sheets" if poster else "overview_pages", lang, count=len(sheets))
    lines += ts.one_line(note, area.x, area.y + size * 2.4, area.w, size, colour=_MUTED).lines
    top = area.y + size * 4.2
    title = word("legend", lang)
    legend_h = legend_height(ts, legend, area.w, size, title)
    room = Rect(area.x, top, area.w, max(area.bottom - top - legend_h - (size * 1.5 if legend_h else 0), 10.0))
    scale = min(room.w / max(layout.width, 1.0), room.h / max(layout.height, 1.0))
    x = room.x + (room.w - layout.width * scale) / 2
    draw.place_thumbnail(c, Placement(Rect(0, 0, layout.width, layout.height), x, top, scale))
    draw.set_pen(c, _FRAME, 0.5)
    c.rect(x, top, layout.width * scale, layout.height * scale, stroke=1, fill=0)
    draw.set_pen(c, _GRID, 0.9)
    label_size = max(text_size, 8.0)
    labels = []
    for n, sheet in enumerate(sheets):
        rects = []
        for region in _regions(sheet, poster):
            region = _clipped(region, layout)
            r = Rect(x + region.x * scale, top + region.y * scale, region.w * scale, region.h * scale)
            if r.h > 0:
                c.rect(r.x, r.y, r.w, r.h, stroke=1, fill=0)
                rects.append(r)
        if rects:
            labels.append((max(rects, key=lambda r: r.h), sheet_name(sheet) if poster else str(first_number + n)))
    for r, label in labels:
        w = ts.width(label, label_size, bold=True)
        if w + 4 > r.w or label_size * 1.2 > r.h:  # a box too small for its number: the grid alone
            continue
        lx, ly = r.cx - w / 2, r.cy + label_size * 0.35
        c.setFillColor(draw.colour("#FFFFFF"))
        c.rect(lx - 2, ly - label_size * 0.9, w + 4, label_size * 1.2, stroke=0, fill=1)
        lines.append(TextLine(lx, ly, label, label_size, bold=True, colour=_GRID))
    draw.draw_lines(c, lines)
    if legend:
        draw_legend(c, ts, legend, area.x, area.bottom - legend_h, area.w, size, title)


def _clipped(r: Rect, layout: MapLayout) -> Rect:
    right, bottom = min(r.right, layout.width), min(r.bottom, layout.height)
    return Rect(r.x, r.y, max(right - r.x, 0.0), max(bottom - r.y, 0.0))


def _regions(sheet: MapSheet, poster: bool) -> list[Rect]:
    """The parts of the map a sheet shows: its tile on a poster; in pages mode the whole part of the
    grid, or per stage, for a lane printed in parts."""
    if poster or not sheet.bodies:
        return [sheet.placements[0].src]
    if sheet.body is not None:
        return [sheet.body.src]
    return [p.src for p in sheet.bodies]
