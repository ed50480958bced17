"""Paper sizes and where the map goes on each sheet: fit, poster tiling, or pages of whole stages.

Page geometry here is in points with the origin at the sheet's top-left corner
and y growing downwards, like the layout; the drawing code flips y.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from journeymapper.export.options import CUSTOM, MAX_PAGES, PAPERS_MM, ExportError, PdfOptions
from journeymapper.export.paginate import (
    RUNNING_HEADER,
    Slice,
    balanced_groups,
    check_count,
    pages_scale,
    row_slices,
)
from journeymapper.export.readability import smallest_size
from journeymapper.layout.geometry import Rect
from journeymapper.layout.map_layout import MapLayout
from journeymapper.text import problem

MM = 72.0 / 25.4
#: Poster sheets need room in the margin for crop marks, alignment marks and the sheet label.
POSTER_MIN_MARGIN_MM = 8.0
__all__ = ["RUNNING_HEADER", "MapSheet", "Placement", "map_sheets", "margin_for", "mm", "page_size", "report_size",
           "sheet_name"]


def mm(value: float) -> float:
    return value * MM


def page_size(options: PdfOptions) -> tuple[float, float]:
    """(width, height) of a sheet in points, in the chosen orientation."""
    if options.paper == CUSTOM and options.custom_mm is not None:
        w, h = options.custom_mm
        if options.landscape and w < h:
            w, h = h, w
    else:
        w, h = PAPERS_MM[options.paper]
        if options.landscape:
            w, h = h, w
    return mm(w), mm(h)


def report_size(options: PdfOptions) -> tuple[float, float]:
    """(width, height) of the cover, persona and appendix pages: the report paper, portrait, if chosen."""
    if options.report_paper is None:
        return page_size(options)
    w, h = PAPERS_MM[options.report_paper]
    return mm(w), mm(h)


def margin_for(options: PdfOptions) -> float:
    """The margin in points (posters keep at least enough for their marks)."""
    if options.mode == "poster":
        return mm(max(options.margin_mm, POSTER_MIN_MARGIN_MM))
    return mm(options.margin_mm)


@dataclass(frozen=True)
class Placement:
    """Map region ``src`` (map coordinates) drawn with its top-left corner at (x, y) on the sheet."""

    src: Rect
    x: float
    y: float
    scale: float

    @property
    def dest(self) -> Rect:
        return Rect(self.x, self.y, self.src.w * self.scale, self.src.h * self.scale)


@dataclass(frozen=True)
class MapSheet:
    """One sheet of the map: what to draw where, and how to name it.

    Poster sheets have their row and column (0-based) in a ``rows`` x ``cols``
    grid and ``area``, the printable part whose edges the crop marks show.
    Pages-mode sheets have the (0-based, inclusive) ranges of stages and lanes they
    hold and ``body``, the placement of their part of the grid (continuation marks and
    the overview page use it); their running header sits at the top of ``area``.
    """

    placements: tuple[Placement, ...]
    scale: float
    area: Rect
    row: int = 0
    col: int = 0
    rows: int = 1
    cols: int = 1
    first_stage: int = 0
    last_stage: int = -1
    first_lane: int = 0
    last_lane: int = -1
    body: Optional[Placement] = None
    #: Pages mode: one placement per stage column, the map region each shows (they tile the grid).
    bodies: tuple[Placement, ...] = ()


def row_letters(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": the row part of a sheet label."""
    letters = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_name(sheet: MapSheet) -> str:
    """"B2": row B, column 2."""
    return f"{row_letters(sheet.row)}{sheet.col + 1}"


def map_sheets(layout: MapLayout, options: PdfOptions, reserve_bottom: float = 0.0,
               smallest: Optional[float] = None) -> list[MapSheet]:
    """The map's sheets; fit mode keeps ``reserve_bottom`` points free under the map (the legend).
    ``smallest``: the map's smallest text size below its title, if the caller knows it."""
    page_w, page_h = page_size(options)
    margin = margin_for(options)
    area = Rect(margin, margin, max(page_w - 2 * margin, 1.0), max(page_h - 2 * margin, 1.0))
    if options.mode == "poster":
        return poster_sheets(layout, area, options.scale, mm(options.overlap_mm))
    if options.mode == "pages":
        if smallest is None:
            smallest = smallest_size(layout, skip_title=True)
        readable = options.min_text_pt / smallest if smallest > 0 else 0.0
        return stage_pages(layout, area, options.scale, readable)
    if reserve_bottom and area.h - reserve_bottom > area.h / 2:
        fitted = fit_sheet(layout, Rect(area.x, area.y, area.w, area.h - reserve_bottom))
        return [MapSheet(fitted.placements, fitted.scale, area)]
    return [fit_sheet(layout, area)]


def fit_sheet(layout: MapLayout, area: Rect) -> MapSheet:
    """The whole map, as large as fits, centred in ``area``."""
    src = Rect(0.0, 0.0, max(layout.width, 1.0), max(layout.height, 1.0))
    scale = min(area.w / src.w, area.h / src.h)
    x = area.x + (area.w - src.w * scale) / 2
    y = area.y + (area.h - src.h * scale) / 2
    return MapSheet((Placement(src, x, y, scale),), scale, area)


def poster_grid(width: float, height: float, area: Rect, overlap: float) -> tuple[int, int]:
    """(columns, rows) of sheets for a map ``width`` x ``height`` points at print size."""
    overlap = min(overlap, area.w / 2, area.h / 2)

    def count(size: float, avail: float) -> int:
        if size <= avail:
            return 1
        return math.ceil((size - overlap) / (avail - overlap) - 1e-9)

    return count(width, area.w), count(height, area.h)


def poster_sheets(layout: MapLayout, area: Rect, scale: float, overlap: float) -> list[MapSheet]:
    """The map at ``scale`` cut into printable areas that overlap by ``overlap``; rows top to bottom."""
    overlap = min(overlap, area.w / 2, area.h / 2)
    cols, rows = poster_grid(layout.width * scale, layout.height * scale, area, overlap)
    if cols * rows > MAX_PAGES:
        raise ExportError(problem("PDF export"), problem("the poster would need {cols} × {rows} sheets; use a smaller "
                                                "scale or a larger paper", cols=cols, rows=rows))
    step_x, step_y = (area.w - overlap) / scale, (area.h - overlap) / scale
    sheets = []
    for row in range(rows):
        for col in range(cols):
            src = Rect(col * step_x, row * step_y, area.w / scale, area.h / scale)
            placement = Placement(src, area.x, area.y, scale)
            sheets.append(MapSheet((placement,), scale, area, row, col, rows, cols))
    return sheets


def stage_pages(layout: MapLayout, area: Rect, max_scale: float, readable: float = 0.0) -> list[MapSheet]:
    """The grid cut between whole stages and between lanes, headers repeated on each page; see
    :mod:`~journeymapper.export.paginate`. One scale for all pages (:func:`pages_scale`)."""
    style = layout.style
    content = Rect(area.x, area.y + RUNNING_HEADER, area.w, max(area.h - RUNNING_HEADER, 1.0))
    top = layout.stage_headers[0].rect.y if layout.stage_headers else layout.grid.y
    head_h = layout.grid.y - top
    lane_x = layout.grid.x - style.lane_header_width
    head_w = style.lane_header_width
    scale = pages_scale(layout, content, max_scale, readable)
    columns = layout.stage_columns
    groups = balanced_groups([c.size for c in columns], content.w / scale - head_w)

    def bands(at: float) -> list[list[Slice]]:
        room = max(content.h / at - head_h, 1.0)
        return [row_slices(layout, room, columns[first:last + 1]) for first, last in groups]

    slices = bands(scale)
    if groups:  # print larger where the stages leave room, if that needs no more pages down
        wider = min(max_scale, content.w / (head_w + max(columns[b].end - columns[a].start for a, b in groups)))
        if wider > scale * 1.01:
            taller = bands(wider)
            if sum(map(len, taller)) <= sum(map(len, slices)):
                scale, slices = wider, taller
    check_count(sum(map(len, slices)))
    if not groups or not any(slices):
        height = max(layout.grid.bottom - top, 1.0)
        head = Rect(lane_x, top, head_w, height)
        return [MapSheet((Placement(head, content.x, content.y, scale),), scale, area)]
    body_x, body_y = content.x + head_w * scale, content.y + head_h * scale
    sheets = []
    for (first, last), group_bands in zip(groups, slices, strict=True):
        x0, x1 = columns[first].start, columns[last].end
        group = columns[first:last + 1]
        for band in group_bands:
            row = layout.lane_rows[band.first_lane]
            head_top = band.top if band.spans is None else row.start  # a lane's later parts repeat its title
            placements = [Placement(Rect(lane_x, top, head_w, head_h), content.x, content.y, scale),
                          Placement(Rect(x0, top, x1 - x0, head_h), body_x, content.y, scale),
                          Placement(Rect(lane_x, head_top, head_w, min(band.height, layout.grid.bottom - head_top)),
                                    content.x, body_y, scale)]
            spans = band.spans or tuple((band.top, band.bottom) for _ in group)
            bodies = tuple(Placement(Rect(c.start, a, c.size, b - a), body_x + (c.start - x0) * scale, body_y, scale)
                           for c, (a, b) in zip(group, spans, strict=True))
            body = None
            if band.spans is None:
                body = Placement(Rect(x0, band.top, x1 - x0, band.bottom - band.top), body_x, body_y, scale)
                placements.insert(1, body)
            else:
                placements[1:1] = [p for p in bodies if p.src.h > 0]
            sheets.append(MapSheet(tuple(placements), scale, area, first_stage=first, last_stage=last,
                                   first_lane=band.first_lane, last_lane=band.last_lane, body=body, bodies=bodies))
    return sheets
