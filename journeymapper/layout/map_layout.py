"""The laid-out map: every box, line and path, plus hit-testing look-ups for the canvas."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Optional

from journeymapper.layout.chart_geometry import CurvePath, EmotionBand, LegendEntry, MetricRow
from journeymapper.layout.connectors import Routes
from journeymapper.layout.geometry import CardBox, CellBox, ConnectorPath, HeaderBox, Rect, Span
from journeymapper.layout.rows import Frame, RowLocal, RowPlaced
from journeymapper.layout.style import LayoutStyle
from journeymapper.model import Connector


@dataclass(frozen=True)
class LayoutCache:
    """What :func:`relayout` reuses; not part of the geometry (ignored by ``==``)."""

    structure: Hashable
    frame: Frame
    rows_local: Mapping[str, RowLocal]
    rows_placed: Mapping[str, RowPlaced]
    card_index: dict[str, CardBox]  # read-only: a re-layout copies it
    #: The lane rows and connector routes, for re-routing only the connectors a change touches.
    lane_rows: tuple[Span, ...] = ()
    routes: Routes = field(default_factory=dict)
    #: The connectors routed (a shallow copy of the list) and card id -> their positions in it.
    connectors: list[Connector] = field(default_factory=list)
    links: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class MapLayout:
    """Geometry of a whole map in points, origin top-left, y downwards.

    ``stage_columns``/``lane_rows`` are the grid's x/y ranges in display order;
    ``grid`` is the area of the cells (right of the lane headers, below the
    stage headers). Cards are ordered by lane, stage, then position in the cell.
    """

    style: LayoutStyle
    width: float
    height: float
    title: Optional[HeaderBox]
    stage_headers: tuple[HeaderBox, ...]
    lane_headers: tuple[HeaderBox, ...]
    stage_columns: tuple[Span, ...]
    lane_rows: tuple[Span, ...]
    grid: Rect
    cells: tuple[CellBox, ...]
    cards: tuple[CardBox, ...]
    emotion_bands: tuple[EmotionBand, ...]
    curves: tuple[CurvePath, ...]
    legend: tuple[LegendEntry, ...]
    metric_rows: tuple[MetricRow, ...]
    connectors: tuple[ConnectorPath, ...]
    cache: LayoutCache = field(compare=False, repr=False)

    # -- look-ups by id ---------------------------------------------------------------

    def card(self, card_id: str) -> Optional[CardBox]:
        return self.cache.card_index.get(card_id)

    def in_map_order(self, card_ids: list[str]) -> list[str]:
        """Card ids by lane, stage, then place in the cell, as in ``cards`` (unknown ids left out)."""
        if len(card_ids) * 8 > len(self.cards):  # many: one pass over all boxes beats sorting look-ups
            wanted = set(card_ids)
            return [box.card_id for box in self.cards if box.card_id in wanted]
        lanes = {span.id: i for i, span in enumerate(self.lane_rows)}
        stages = {span.id: i for i, span in enumerate(self.stage_columns)}
        boxes = [b for b in (self.card(i) for i in card_ids) if b is not None]
        boxes.sort(key=lambda b: (lanes.get(b.lane_id, -1), stages.get(b.stage_id, -1), b.index))
        return [b.card_id for b in boxes]

    def cell_cards(self, lane_id: str, stage_id: str) -> tuple[CardBox, ...]:
        row = self.cache.rows_placed.get(lane_id)
        return row.cell_cards.get(stage_id, ()) if row else ()

    def cell_rect(self, lane_id: str, stage_id: str) -> Optional[Rect]:
        column, row = self.stage_column(stage_id), self.lane_row(lane_id)
        if column is None or row is None:
            return None
        return Rect(column.start, row.start, column.size, row.size)

    def stage_column(self, stage_id: str) -> Optional[Span]:
        return next((c for c in self.stage_columns if c.id == stage_id), None)

    def lane_row(self, lane_id: str) -> Optional[Span]:
        return next((r for r in self.lane_rows if r.id == lane_id), None)

    # -- hit testing ------------------------------------------------------------------

    def cell_at(self, x: float, y: float) -> Optional[tuple[str, str]]:
        """(lane id, stage id) of the cell under the point, or None outside the grid."""
        column, row = _span_at(self.stage_columns, x), _span_at(self.lane_rows, y)
        if column is None or row is None:
            return None
        return row.id, column.id

    def card_at(self, x: float, y: float) -> Optional[CardBox]:
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        return next((c for c in self.cell_cards(*cell) if c.rect.contains(x, y)), None)

    def stage_boundary_near(self, x: float, tolerance: float = 4.0) -> Optional[str]:
        """The stage whose right edge is within ``tolerance`` of x (dragging it resizes that stage)."""
        return _edge_near(self.stage_columns, x, tolerance)

    def lane_boundary_near(self, y: float, tolerance: float = 4.0) -> Optional[str]:
        """The lane whose bottom edge is within ``tolerance`` of y (dragging it resizes that lane)."""
        return _edge_near(self.lane_rows, y, tolerance)

    def insertion_index(self, lane_id: str, stage_id: str, y: float) -> int:
        """Where a card dropped at height y lands in the cell: the number of cards whose middle is above y.

        Counts every card in the cell, including one being dragged within it;
        the caller discounts it when it moves a card down its own cell.
        """
        return sum(1 for c in self.cell_cards(lane_id, stage_id) if c.rect.cy < y)

    def insertion_marker(self, lane_id: str, stage_id: str, index: int,
                         thickness: float = 2.0) -> Optional[Rect]:
        """A thin bar showing where ``index`` is: centred in the gap before that card (or after the last)."""
        cell = self.cell_rect(lane_id, stage_id)
        if cell is None:
            return None
        pad, gap = self.style.cell_padding, self.style.card_gap
        cards = self.cell_cards(lane_id, stage_id)
        if not cards:
            y = cell.y + pad / 2
        elif index <= 0:
            y = cards[0].rect.y - pad / 2
        elif index >= len(cards):
            y = cards[-1].rect.bottom + gap / 2
        else:
            y = cards[index].rect.y - gap / 2
        return Rect(cell.x + pad, y - thickness / 2, cell.w - 2 * pad, thickness)

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dropped at x goes: the number of columns whose middle is left of x."""
        return sum(1 for c in self.stage_columns if c.centre < x)

    def lane_insert_index(self, y: float) -> int:
        """Where a lane dropped at y goes: the number of rows whose middle is above y."""
        return sum(1 for r in self.lane_rows if r.centre < y)


def _span_at(spans: Sequence[Span], v: float) -> Optional[Span]:
    i = bisect_right([s.start for s in spans], v) - 1
    if 0 <= i < len(spans) and spans[i].start <= v < spans[i].end:
        return spans[i]
    return None


def _edge_near(spans: Sequence[Span], v: float, tolerance: float) -> Optional[str]:
    best = min(spans, key=lambda s: abs(s.end - v), default=None)
    if best is None or abs(best.end - v) > tolerance:
        return None
    return best.id
