"""Paper sizes and where the map goes on each sheet: fit, poster tiling, or pages of whole stages.

Page geometry here is in points with the origin at the sheet's top-left corner
and y growing downwards, like the layout; the drawing code flips y.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeymapper.export.options import CUSTOM, MAX_PAGES, PAPERS_MM, ExportError, PdfOptions
from journeymapper.layout.geometry import Rect
from journeymapper.layout.map_layout import MapLayout

MM = 72.0 / 25.4
#: Poster sheets need room in the margin for crop marks, alignment marks and the sheet label.
POSTER_MIN_MARGIN_MM = 8.0
#: Height of the running header (map title, stage range) above the map in pages mode.
RUNNING_HEADER = 24.0


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
    Pages-mode sheets have the (0-based, inclusive) range of stages they hold;
    their running header sits at the top of ``area``, above the map.
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


def map_sheets(layout: MapLayout, options: PdfOptions) -> list[MapSheet]:
    page_w, page_h = page_size(options)
    margin = margin_for(options)
    area = Rect(margin, margin, max(page_w - 2 * margin, 1.0), max(page_h - 2 * margin, 1.0))
    if options.mode == "poster":
        return poster_sheets(layout, area, options.scale, mm(options.overlap_mm))
    if options.mode == "pages":
        return stage_pages(layout, area, options.scale)
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
        raise ExportError("PDF export", f"the poster would need {cols} x {rows} sheets; "
                          "use a smaller scale or a larger paper")
    step_x, step_y = (area.w - overlap) / scale, (area.h - overlap) / scale
    sheets = []
    for row in range(rows):
        for col in range(cols):
            src = Rect(col * step_x, row * step_y, area.w / scale, area.h / scale)
            placement = Placement(src, area.x, area.y, scale)
            sheets.append(MapSheet((placement,), scale, area, row, col, rows, cols))
    return sheets


def stage_pages(layout: MapLayout, area: Rect, max_scale: float) -> list[MapSheet]:
    """Whole stage columns per page, lane headers repeated at the left of each; never a card cut.

    One scale for all pages: at most ``max_scale``, and small enough that the
    full height of the grid and the widest single stage (next to the lane
    headers) fit below the running header.
    """
    style = layout.style
    content = Rect(area.x, area.y + RUNNING_HEADER, area.w, max(area.h - RUNNING_HEADER, 1.0))
    top = layout.stage_headers[0].rect.y if layout.stage_headers else layout.grid.y
    height = max(layout.grid.bottom - top, 1.0)
    head = Rect(layout.grid.x - style.lane_header_width, top, style.lane_header_width, height)
    columns = layout.stage_columns
    widest = max((c.size for c in columns), default=0.0)
    scale = min(max_scale, content.h / height, content.w / max(head.w + widest, 1.0))
    groups = balanced_groups([c.size for c in columns], content.w / scale - head.w)
    if len(groups) > MAX_PAGES:
        raise ExportError("PDF export", f"the map would need {len(groups)} pages; use a smaller scale")
    if not groups:
        return [MapSheet((Placement(head, content.x, content.y, scale),), scale, area)]
    sheets = []
    for first, last in groups:
        body = Rect(columns[first].start, top, columns[last].end - columns[first].start, height)
        sheets.append(MapSheet(
            (Placement(head, content.x, content.y, scale),
             Placement(body, content.x + head.w * scale, content.y, scale)),
            scale, area, first_stage=first, last_stage=last))
    return sheets


def _greedy(sizes: list[float], limit: float) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    first = 0
    while first < len(sizes):
        last, used = first, sizes[first]
        while last + 1 < len(sizes) and used + sizes[last + 1] <= limit + 1e-6:
            last += 1
            used += sizes[last]
        groups.append((first, last))
        first = last + 1
    return groups


def balanced_groups(sizes: list[float], room: float) -> list[tuple[int, int]]:
    """Consecutive (first, last) index ranges, each at most ``room`` wide, as few as possible and
    as even as possible (8 stages over two pages are 4 + 4, not 7 + 1)."""
    if not sizes:
        return []
    count = len(_greedy(sizes, room))
    low, high = max(sizes), max(room, max(sizes))
    for _ in range(40):  # the narrowest width limit that still needs no more pages
        middle = (low + high) / 2
        if len(_greedy(sizes, middle)) <= count:
            high = middle
        else:
            low = middle
    return _greedy(sizes, high)
