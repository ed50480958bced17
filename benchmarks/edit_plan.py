"""Which card the drop and undo benchmarks move, and where (Qt-free: the harness needs it too)."""

from __future__ import annotations

from typing import Any


def edit_plan(doc: Any) -> tuple[str, str, str]:
    """(card id, lane id, target stage id) of a typical drop: the last card of a median-sized cell of the
    second card lane goes to the top of the next smaller cell of that lane (neither is the tallest cell,
    so the row keeps its height, as for most drops). Tiny maps fall back to the fullest card lane."""
    from journeymapper.model import CARD_LANE_KINDS

    lanes = [lane for lane in doc.lanes if lane.kind in CARD_LANE_KINDS]
    counts = {lane.id: 0 for lane in lanes}
    for card in doc.cards:
        if card.lane_id in counts:
            counts[card.lane_id] += 1
    if not lanes or not any(counts.values()):
        raise RuntimeError("the map has no cards to move")
    lane = lanes[1] if len(lanes) > 1 and counts[lanes[1].id] >= 2 * len(doc.stages) else max(
        lanes, key=lambda lane: counts[lane.id])
    cells: dict[str, list[Any]] = {s.id: [] for s in doc.stages}
    for card in doc.cards:
        if card.lane_id == lane.id and card.stage_id in cells:
            cells[card.stage_id].append(card)
    by_size = sorted(cells, key=lambda sid: (len(cells[sid]), sid))
    source = by_size[len(by_size) // 2] if cells[by_size[len(by_size) // 2]] else by_size[-1]
    smaller = [sid for sid in by_size[: by_size.index(source)] if sid != source]
    target = smaller[-1] if smaller else next(sid for sid in by_size if sid != source)
    card = max(cells[source], key=lambda c: c.order)
    return card.id, lane.id, target


def cards_moved_by_top_drop(doc: Any) -> int:
    """How many cards :func:`edit_plan`'s drop to the top of its target cell moves down."""
    _, lane_id, stage_id = edit_plan(doc)
    return sum(1 for c in doc.cards if c.lane_id == lane_id and c.stage_id == stage_id)
