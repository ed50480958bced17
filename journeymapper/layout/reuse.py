"""What a re-layout may keep of the previous layout; the geometry itself is computed in rows.py and compute.py.

:func:`~journeymapper.layout.compute.relayout` re-lays out only the cells a change touched.
:class:`Reuse` answers, for the whole map, which row placements, lane spans, card boxes and
connector routes of the previous layout still hold; :class:`RowReuse` answers it for one row.
A full layout uses :data:`NOTHING` / :data:`FRESH_ROW`, which keep nothing. Kept parts are the
very same objects, so later comparisons (``changed_cells``, the canvas's sync) are identity checks.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Optional

from journeymapper.layout.connectors import Earlier
from journeymapper.layout.geometry import CardBox, CellBox, ConnectorPath, HeaderBox, Span

if TYPE_CHECKING:
    from journeymapper.layout.chart_geometry import CurvePath, LegendEntry, MetricRow
    from journeymapper.layout.map_layout import LayoutCache
    from journeymapper.layout.rows import RowPlaced
    from journeymapper.model import Connector


class KeptCell(NamedTuple):
    """A cell's cards as the previous layout placed them (shifted to the row's new place)."""

    boxes: tuple[CardBox, ...]
    height: float
    keys: tuple[Hashable, ...]


@dataclass(frozen=True)
class RowReuse:
    """What of one row's previous placement (``before``) holds when it is placed again.

    ``changed_stages``: the cells whose cards changed; every other cell keeps its boxes.
    """

    before: Optional[RowPlaced] = None
    changed_stages: Collection[str] = ()

    def whole(self, y: float) -> Optional[RowPlaced]:
        """The previous row itself, if nothing in it changed and it stays at ``y``."""
        before = self.before
        return before if before is not None and before.y == y and not self.changed_stages else None

    def cell(self, stage_id: str, y: float) -> Optional[KeptCell]:
        """The cell's earlier cards moved to a row at ``y``; None if the cell is to be laid out."""
        before = self.before
        if before is None or stage_id in self.changed_stages:
            return None
        boxes = before.cell_cards.get(stage_id, ())
        if before.y != y:
            boxes = tuple([box.shifted(y - before.y) for box in boxes])
        return KeptCell(boxes, before.cell_heights.get(stage_id, 0.0), before.cell_keys.get(stage_id, ()))

    def earlier_cards(self, stage_id: str) -> Optional[dict[str, tuple[Hashable, CardBox]]]:
        """Card id -> (content key, box) of the cell's cards before, for re-wrapping only what changed."""
        before = self.before
        if before is None or stage_id not in before.cell_cards:
            return None
        old = zip(before.cell_keys[stage_id], before.cell_cards[stage_id], strict=True)
        return {box.card_id: (key, box) for key, box in old}

    def frame(self, y: float, height: float) -> Optional[tuple[HeaderBox, tuple[CellBox, ...]]]:
        """The earlier header and cell boxes, if the row keeps its place and height."""
        before = self.before
        if before is None or before.y != y or before.height != height:
            return None
        return before.header, before.cells

    def overlays(self, y: float) -> Optional[tuple[tuple[LegendEntry, ...], tuple[CurvePath, ...],
                                                   tuple[MetricRow, ...]]]:
        """The earlier legend, curves and KPI rows, if the row keeps its place (they do not depend on height)."""
        before = self.before
        if before is None or before.y != y:
            return None
        return before.legend, before.curves, before.metric_rows


FRESH_ROW = RowReuse()


@dataclass(frozen=True)
class Reuse:
    """What of the previous layout (its ``cache`` and connector ``paths``) a re-layout keeps.

    ``touched``: lane id -> the stage ids of the cells whose cards changed; ``edited``: the other
    ids the change named (connectors), whose routes are made again.
    """

    cache: Optional[LayoutCache] = None
    paths: tuple[ConnectorPath, ...] = ()
    touched: Mapping[str, Set[str]] = field(default_factory=dict)
    edited: Set[str] = frozenset()

    def row(self, lane_id: str) -> RowReuse:
        if self.cache is None:
            return FRESH_ROW
        return RowReuse(self.cache.rows_placed[lane_id], self.touched.get(lane_id, ()))

    def lane_spans(self, count: int) -> LaneSpans:
        old = self.cache.lane_rows if self.cache is not None and len(self.cache.lane_rows) == count else None
        return LaneSpans(old)

    def earlier(self, placed: Mapping[str, RowPlaced]) -> Optional[tuple[dict[str, CardBox], Earlier]]:
        """The card index updated for ``placed`` and what the connectors may keep; None without a cache."""
        cache = self.cache
        if cache is None:
            return None
        index, moved = _updated_index(cache, placed)
        return index, Earlier(cache.routes, cache.card_index, cache.lane_rows, cache.connectors, cache.links,
                              self.paths, moved, self.edited)

    def routed(self, connectors: list[Connector]) -> list[Connector]:
        """The connector list to remember: the earlier copy while it holds the same connectors."""
        cache = self.cache
        return cache.connectors if cache is not None and cache.connectors == connectors else list(connectors)


NOTHING = Reuse()


class LaneSpans:
    """The lane rows' y ranges, the earlier objects where a row kept its place and height."""

    def __init__(self, old: Optional[tuple[Span, ...]]) -> None:
        self.old = old

    def span(self, i: int, lane_id: str, start: float, end: float) -> Span:
        span = self.old[i] if self.old else None
        if span is None or span.id != lane_id or span.start != start or span.end != end:
            return Span(lane_id, start, end)
        return span  # the same object: re-routing compares rows at once


def _updated_index(previous: LayoutCache, placed: Mapping[str, RowPlaced]) -> tuple[dict[str, CardBox], set[str]]:
    """The previous card index with the boxes that changed replaced, and the ids of those cards."""
    index = previous.card_index.copy()  # one table clone, even after pops (dict() inserts key by key)
    gone: list[CardBox] = []
    came: list[CardBox] = []
    for change in changed_cells(previous.rows_placed, placed):
        gone += change.gone
        came += change.came
    for box in gone:
        index.pop(box.card_id, None)
    for box in came:
        index[box.card_id] = box
    return index, {b.card_id for b in gone} | {b.card_id for b in came}


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


__all__ = ["CellChange", "FRESH_ROW", "KeptCell", "LaneSpans", "NOTHING", "Reuse", "RowReuse", "changed_cells"]
