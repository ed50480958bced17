"""Lane rows: the position-independent parts (``RowLocal``) and the row placed at its y (``RowPlaced``).

Headers, legends, curves and KPI rows are built at y = 0 and shifted into
place. Cards are built where they belong; their y values lie on the 1/64 pt
grid, so when a row above grows, shifting them by the difference is exact and
an incremental re-layout equals a full one bit for bit.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import Optional

from journeymapper.layout.cards import CardContext, layout_cell
from journeymapper.layout.chart_geometry import CurvePath, EmotionBand, LegendEntry, MetricRow
from journeymapper.layout.curves import layout_curves, layout_legend, visible_curves
from journeymapper.layout.geometry import CardBox, CellBox, HeaderBox, Rect, Span, TextLine, shift_lines, snap
from journeymapper.layout.headers import lane_header_block, lane_header_fill
from journeymapper.layout.metrics import lane_metrics, layout_metric_rows
from journeymapper.layout.reuse import FRESH_ROW, KeptCell, RowReuse
from journeymapper.model import CARD_LANE_KINDS, Card, JourneyMap, Lane, LaneKind

_SECTION_GAP = 4.0  # between the lane title block and a legend or the first metric row


@dataclass(frozen=True)
class Frame:
    """The fixed horizontal frame of the grid and where the lane rows start (on the 1/64 pt grid)."""

    header_x: float
    header_w: float
    columns: tuple[Span, ...]
    grid_x: float
    grid_right: float
    grid_top: float


@dataclass(frozen=True)
class RowLocal:
    """What a row shows apart from its cards, at y = 0, and its height before cards are considered."""

    lane: Lane
    header_fill: str
    header_lines: tuple[TextLine, ...]
    base_height: float
    legend: tuple[LegendEntry, ...] = ()
    band: Optional[EmotionBand] = None
    curves: tuple[CurvePath, ...] = ()
    metric_rows: tuple[MetricRow, ...] = ()


@dataclass(frozen=True)
class RowPlaced:
    y: float
    height: float
    header: HeaderBox
    cells: tuple[CellBox, ...]
    cards: tuple[CardBox, ...]
    cell_cards: Mapping[str, tuple[CardBox, ...]]
    cell_heights: Mapping[str, float]
    #: Stage id -> the card keys of ``cell_cards[stage id]`` (see ``cards.card_key``), for re-layout.
    cell_keys: Mapping[str, tuple[Hashable, ...]]
    legend: tuple[LegendEntry, ...]
    band: Optional[EmotionBand]
    curves: tuple[CurvePath, ...]
    metric_rows: tuple[MetricRow, ...]


def build_row(doc: JourneyMap, lane: Lane, frame: Frame, ctx: CardContext) -> RowLocal:
    style, measurer = ctx.style, ctx.measurer
    # Lane is a mutable pydantic model: keep a private copy.
    lane = lane.model_copy()
    header = lane_header_block(lane, frame.header_x, frame.header_w, doc.language, measurer, style)
    pad = style.header_padding
    fill = lane_header_fill(lane, style)
    if lane.kind is LaneKind.EMOTIONS:
        curves = visible_curves(doc, lane)
        legend, legend_bottom = layout_legend(doc, curves, frame.header_x, frame.header_w,
                                              header.height + _SECTION_GAP, measurer, style)
        height = snap(max(style.emotion_lane_height * lane.height, legend_bottom + pad))
        band, paths = layout_curves(doc, lane, curves, frame.columns, frame.grid_x,
                                    frame.grid_right - frame.grid_x, height, measurer, style)
        return RowLocal(lane, fill, header.lines, height, legend=legend, band=band, curves=paths)
    if lane.kind is LaneKind.KPIS:
        metric_rows, bottom = layout_metric_rows(lane_metrics(doc, lane), lane, frame.columns, frame.header_x,
                                                 frame.header_w, header.height + _SECTION_GAP, doc.language,
                                                 measurer, style)
        height = snap(max(style.min_lane_height * lane.height, bottom + pad))
        return RowLocal(lane, fill, header.lines, height, metric_rows=metric_rows)
    height = snap(max(style.min_lane_height * lane.height, header.height + pad))
    return RowLocal(lane, fill, header.lines, height)


def place_row(local: RowLocal, y: float, frame: Frame, cards: Mapping[tuple[str, str], list[Card]],
              ctx: CardContext, reuse: RowReuse = FRESH_ROW) -> RowPlaced:
    """The row with its top at ``y``; its cells' cards from ``cards``, except what ``reuse`` keeps.

    A full layout reuses nothing. A re-layout (``reuse`` holds the same row in the previous layout)
    keeps the cells whose cards did not change, and in the others the boxes of cards whose content
    and cell did not change (see :mod:`journeymapper.layout.reuse`).
    """
    kept = reuse.whole(y)
    if kept is not None:
        return kept  # nothing in it changed and it did not move
    cells = _place_cells(local.lane, y, frame, cards, ctx, reuse) if local.lane.kind in CARD_LANE_KINDS else {}
    h = max([local.base_height, *(cell.height for cell in cells.values())])
    header, boxes = reuse.frame(y, h) or _row_frame(local, y, h, frame)
    legend, curves, metric_rows = reuse.overlays(y) or (
        tuple(e.shifted(y) for e in local.legend), tuple(c.shifted(y) for c in local.curves),
        tuple(r.shifted(y) for r in local.metric_rows))
    return RowPlaced(
        y=y, height=h, header=header, cells=boxes,
        cards=tuple(chain.from_iterable(cell.boxes for cell in cells.values())),
        cell_cards={stage_id: cell.boxes for stage_id, cell in cells.items()},
        cell_heights={stage_id: cell.height for stage_id, cell in cells.items()},
        cell_keys={stage_id: cell.keys for stage_id, cell in cells.items()},
        legend=legend, band=None if local.band is None else local.band.shifted(y),
        curves=curves, metric_rows=metric_rows,
    )


def _place_cells(lane: Lane, y: float, frame: Frame, cards: Mapping[tuple[str, str], list[Card]],
                 ctx: CardContext, reuse: RowReuse) -> dict[str, KeptCell]:
    """Stage id -> the cards of each cell that has any, in a row at ``y``."""
    cells: dict[str, KeptCell] = {}
    for col in frame.columns:
        cell = reuse.cell(col.id, y)
        if cell is None:
            content = layout_cell(cards.get((lane.id, col.id), []), lane, col.id, col.start, col.size, y, ctx,
                                  reuse.earlier_cards(col.id))
            cell = KeptCell(content.cards, content.height, content.keys)
        if cell.boxes:
            cells[col.id] = cell
    return cells


def _row_frame(local: RowLocal, y: float, h: float, frame: Frame) -> tuple[HeaderBox, tuple[CellBox, ...]]:
    """The lane header and the row's cell boxes, at ``y`` and ``h`` tall."""
    lane = local.lane
    header = HeaderBox(lane.id, "lane", Rect(frame.header_x, y, frame.header_w, h), local.header_fill,
                       shift_lines(local.header_lines, y))
    return header, tuple(CellBox(lane.id, col.id, Rect(col.start, y, col.size, h), lane.colour)
                         for col in frame.columns)
