"""Lane rows: the position-independent parts (``RowLocal``) and the row placed at its y (``RowPlaced``).

Headers, legends, curves and KPI rows are built at y = 0 and shifted into
place. Cards are built where they belong; their y values lie on the 1/64 pt
grid, so when a row above grows, shifting them by the difference is exact and
an incremental re-layout equals a full one bit for bit.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple, Optional

from journeymapper.layout.cards import CardContext, layout_cell
from journeymapper.layout.chart_geometry import CurvePath, EmotionBand, LegendEntry, MetricRow
from journeymapper.layout.curves import layout_curves, layout_legend, visible_curves
from journeymapper.layout.geometry import CardBox, CellBox, HeaderBox, Rect, Span, TextLine, shift_lines, snap
from journeymapper.layout.headers import lane_header_block, lane_header_fill
from journeymapper.layout.metrics import lane_metrics, layout_metric_rows
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
              ctx: CardContext, before: Optional[RowPlaced] = None,
              changed_stages: Collection[str] = ()) -> RowPlaced:
    """The row with its top at ``y``.

    Without ``before`` every cell is laid out from ``cards``. With it (the same
    row in the previous layout) only ``changed_stages`` are, and of their cards
    only those whose content or cell changed are wrapped again (the others keep
    their boxes, moved); the other cells keep their cards, shifted if the row moved.
    """
    if before is not None and before.y == y and not changed_stages:
        return before  # nothing in it changed and it did not move
    lane = local.lane
    cell_cards: dict[str, tuple[CardBox, ...]] = {}
    cell_heights: dict[str, float] = {}
    cell_keys: dict[str, tuple[Hashable, ...]] = {}
    if lane.kind in CARD_LANE_KINDS:
        for col in frame.columns:
            if before is None or col.id in changed_stages:
                cell = cards.get((lane.id, col.id), [])
                previous = None
                if before is not None and col.id in before.cell_cards:
                    old = zip(before.cell_keys[col.id], before.cell_cards[col.id], strict=True)
                    previous = {box.card_id: (key, box) for key, box in old}
                content = layout_cell(cell, lane, col.id, col.start, col.size, y, ctx, previous)
                boxes, height, keys = content.cards, content.height, content.keys
            else:
                boxes, height = before.cell_cards.get(col.id, ()), before.cell_heights.get(col.id, 0.0)
                keys = before.cell_keys.get(col.id, ())
                if before.y != y:
                    boxes = tuple([box.shifted(y - before.y) for box in boxes])
            if boxes:
                cell_cards[col.id], cell_heights[col.id], cell_keys[col.id] = boxes, height, keys
    h = max([local.base_height, *cell_heights.values()])
    if before is not None and before.y == y and before.height == h and not changed_stages:
        return before
    same_y = before if before is not None and before.y == y else None
    same = same_y if same_y is not None and same_y.height == h else None  # its header and cells fit
    return RowPlaced(
        y=y, height=h,
        header=same.header if same else HeaderBox(lane.id, "lane", Rect(frame.header_x, y, frame.header_w, h),
                                                  local.header_fill, shift_lines(local.header_lines, y)),
        cells=same.cells if same else tuple(CellBox(lane.id, col.id, Rect(col.start, y, col.size, h), lane.colour)
                                            for col in frame.columns),
        cards=tuple(chain.from_iterable(cell_cards.values())),
        cell_cards=cell_cards, cell_heights=cell_heights, cell_keys=cell_keys,
        legend=same_y.legend if same_y else tuple(e.shifted(y) for e in local.legend),
        band=None if local.band is None else local.band.shifted(y),
        curves=same_y.curves if same_y else tuple(c.shifted(y) for c in local.curves),
        metric_rows=same_y.metric_rows if same_y else tuple(r.shifted(y) for r in local.metric_rows),
    )


class CellChange(NamedTuple):
    """A cell whose boxes differ between two layouts: all of them before and after, and those that changed."""

    old: tuple[CardBox, ...]
    new: tuple[CardBox, ...]
    gone: list[CardBox]  # old boxes the new layout no longer has (moved, edited or removed cards)
    came: list[CardBox]  # new boxes the old layout did not have


def changed_cells(before: Mapping[str, RowPlaced], after: Mapping[str, RowPlaced]) -> Iterator[CellChange]:
    """Every cell whose boxes are not the very same objects in both layouts.

    Rows kept whole by a re-layout are skipped at once, and a re-laid-out cell keeps the boxes of cards
    that did not move (the same objects), so this costs what changed, not the map's size.
    """
    empty: tuple[CardBox, ...] = ()
    for lane_id in before.keys() | after.keys():
        old, new = before.get(lane_id), after.get(lane_id)
        if old is new:
            continue
        old_cells = old.cell_cards if old else {}
        new_cells = new.cell_cards if new else {}
        for stage_id in old_cells.keys() | new_cells.keys():
            old_boxes, new_boxes = old_cells.get(stage_id, empty), new_cells.get(stage_id, empty)
            if old_boxes is not new_boxes:
                kept = set(map(id, old_boxes)).intersection(map(id, new_boxes))
                yield CellChange(old_boxes, new_boxes, [b for b in old_boxes if id(b) not in kept],
                                 [b for b in new_boxes if id(b) not in kept])
