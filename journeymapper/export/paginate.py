"""Pages mode: the map cut between stages and between lanes so its text stays readable.

Every page repeats the stage headers of its stages (at the top) and the lane
headers of its lanes (at the left). A lane row taller than a page is cut
between cards; a page that starts inside a row repeats that lane's title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from journeymapper.export.options import MAX_PAGES, ExportError
from journeymapper.layout.geometry import Rect, Span
from journeymapper.layout.map_layout import MapLayout
from journeymapper.text import problem

#: Height of the running header (map title, page label) above the map in pages mode.
RUNNING_HEADER = 24.0
_EPS = 1e-6


@dataclass(frozen=True)
class Slice:
    """A horizontal band of the grid printed on one page: map y from ``top`` to ``bottom``.

    A lane taller than a page is printed in parts: ``spans`` then gives, per stage column of the
    page, the map y range of that column's part (each column is cut between its own cards).
    """

    top: float
    bottom: float
    first_lane: int
    last_lane: int
    spans: Optional[tuple[tuple[float, float], ...]] = None

    @property
    def height(self) -> float:
        if self.spans is None:
            return self.bottom - self.top
        return max((b - a for a, b in self.spans), default=0.0)


def pages_scale(layout: MapLayout, content: Rect, max_scale: float, readable: float) -> float:
    """One scale for every page: at most ``max_scale`` and shrunk to fit the whole height on a page,
    but never below ``readable`` (the scale at which the smallest text prints at the minimum size;
    below it lanes are split instead); and the widest stage must fit beside the lane headers."""
    top = _top(layout)
    height = max(layout.grid.bottom - top, 1.0)
    widest = max((c.size for c in layout.stage_columns), default=0.0)
    width_fit = content.w / max(layout.style.lane_header_width + widest, 1.0)
    return min(width_fit, max(readable, min(max_scale, content.h / height)))


def _top(layout: MapLayout) -> float:
    return layout.stage_headers[0].rect.y if layout.stage_headers else layout.grid.y


def row_slices(layout: MapLayout, room: float, columns: Sequence[Span] = ()) -> list[Slice]:
    """Consecutive bands of whole lanes, each at most ``room`` high; a taller lane is printed in parts,
    each of the page's ``columns`` cut between its own cards (:func:`cell_parts`)."""
    rows = layout.lane_rows
    out: list[Slice] = []
    start, first = 0.0, -1
    for i, row in enumerate(rows):
        if row.size > room + _EPS:
            if first >= 0:
                out.append(Slice(start, rows[i - 1].end, first, i - 1))
                first = -1
            out += split_row(layout, i, room, columns)
            continue
        if first < 0:
            start, first = row.start, i
        elif row.end - start > room + _EPS:
            out.append(Slice(start, rows[i - 1].end, first, i - 1))
            start, first = row.start, i
    if first >= 0:
        out.append(Slice(start, rows[-1].end, first, len(rows) - 1))
    return out


def split_row(layout: MapLayout, index: int, room: float, columns: Sequence[Span]) -> list[Slice]:
    """A lane taller than a page as parts: as many pages as its fullest column needs."""
    row = layout.lane_rows[index]
    parts = [cell_parts(layout, row, column, room) for column in columns] or [[(row.start, row.end)]]
    count = max(len(p) for p in parts)
    return [Slice(row.start, row.end, index, index,
                  tuple(p[k] if k < len(p) else (row.end, row.end) for p in parts)) for k in range(count)]


def cell_parts(layout: MapLayout, row: Span, column: Span, room: float) -> list[tuple[float, float]]:
    """A cell's y ranges, page by page, each at most ``room`` high and cut between cards; only a card
    taller than a page is cut, at the page's edge."""
    gap = layout.style.card_gap
    parts: list[tuple[float, float]] = []
    start = row.start
    for card in layout.cell_cards(row.id, column.id):
        while card.rect.bottom - start > room + _EPS:
            above = card.rect.y - gap / 2
            cut = min(above, start + room) if above > start + _EPS else start + room
            parts.append((start, cut))
            start = cut
    while row.end - start > room + _EPS:
        parts.append((start, start + room))
        start += room
    parts.append((start, row.end))
    return parts


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


def check_count(count: int) -> None:
    if count > MAX_PAGES:
        raise ExportError(problem("PDF export"), problem("the map would need {count} pages; use a larger paper",
                                                count=count))
