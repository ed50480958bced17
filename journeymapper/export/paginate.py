"""Pages mode: the map cut between stages and between lanes so its text stays readable.

Every page repeats the stage headers of its stages (at the top) and the lane
headers of its lanes (at the left). A lane row taller than a page is cut
between cards; a page that starts inside a row repeats that lane's title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeymapper.export.options import MAX_PAGES, ExportError
from journeymapper.layout.geometry import Rect, Span
from journeymapper.layout.map_layout import MapLayout

#: Height of the running header (map title, page label) above the map in pages mode.
RUNNING_HEADER = 24.0
_EPS = 1e-6


@dataclass(frozen=True)
class Slice:
    """A horizontal band of the grid printed on one page: map y from ``top`` to ``bottom``."""

    top: float
    bottom: float
    first_lane: int
    last_lane: int


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


def row_slices(layout: MapLayout, room: float) -> list[Slice]:
    """Consecutive bands of whole lanes, each at most ``room`` high; a taller lane is cut between cards."""
    rows = layout.lane_rows
    busy = _busy(layout) if any(row.size > room + _EPS for row in rows) else {}
    out: list[Slice] = []
    start, first = 0.0, -1
    for i, row in enumerate(rows):
        if row.size > room + _EPS:
            if first >= 0:
                out.append(Slice(start, rows[i - 1].end, first, i - 1))
                first = -1
            out += [Slice(a, b, i, i) for a, b in split_row(layout, row, room, busy.get(row.id, []))]
            continue
        if first < 0:
            start, first = row.start, i
        elif row.end - start > room + _EPS:
            out.append(Slice(start, rows[i - 1].end, first, i - 1))
            start, first = row.start, i
    if first >= 0:
        out.append(Slice(start, rows[-1].end, first, len(rows) - 1))
    return out


def split_row(layout: MapLayout, row: Span, room: float,
              busy: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cut points of a lane row taller than ``room``: in the gaps between the ``busy`` y ranges of its
    cards (any stage), or, where a single card is taller than a page, at the page's edge."""
    parts: list[tuple[float, float]] = []
    y = row.start
    while row.end - y > room + _EPS:
        limit = y + room
        cut = limit
        for a, b in busy:
            if a < limit < b:  # the limit falls in a card: cut just above it, if that leaves progress
                cut = a - layout.style.card_gap / 2 if a - layout.style.card_gap / 2 > y + room / 4 else limit
                break
        parts.append((y, cut))
        y = cut
    parts.append((y, row.end))
    return parts


def _busy(layout: MapLayout) -> dict[str, list[tuple[float, float]]]:
    """Per lane, the y ranges its cards cover (any stage), merged: cuts go between them."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for card in layout.cards:
        spans.setdefault(card.lane_id, []).append((card.rect.y, card.rect.bottom))
    return {lane: _merged(sorted(v)) for lane, v in spans.items()}


def _merged(intervals: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in intervals:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def lane_title_height(layout: MapLayout, lane_index: int) -> float:
    """How much of a lane header (from the row's top) holds its title and kind."""
    row = layout.lane_rows[lane_index]
    box = next((b for b in layout.lane_headers if b.id == row.id), None)
    if box is None or not box.lines:
        return 0.0
    bottom = max(line.y_baseline + line.size * 0.3 for line in box.lines)
    return min(bottom + layout.style.header_padding - row.start, row.size)


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
        raise ExportError("PDF export", f"the map would need {count} pages; use a larger paper")
