"""Dot-vote priorities: the cards a workshop voted on, most votes first (the panel and the PDF)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Optional

from journeymapper.model import JourneyMap, LaneKind

#: What a Priorities list weighs: the problems and the ideas.
PRIORITY_KINDS = frozenset({LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES})


@dataclass(frozen=True)
class Priority:
    card_id: str
    votes: int
    text: str
    kind: LaneKind
    lane_title: str
    stage_id: str
    stage_name: str


def ranked(doc: JourneyMap, kinds: Optional[Collection[LaneKind]] = PRIORITY_KINDS,
           voted_only: bool = False, limit: Optional[int] = None) -> list[Priority]:
    """Cards in lanes of ``kinds`` (None: every card lane), most votes first; equal votes in map
    order (stage, then lane, then place in the cell) so the list reads like the map."""
    lanes = {lane.id: (i, lane) for i, lane in enumerate(doc.lanes) if kinds is None or lane.kind in kinds}
    stages = {stage.id: (i, stage) for i, stage in enumerate(doc.stages)}
    rows = []
    for card in doc.cards:
        if card.lane_id not in lanes or card.stage_id not in stages or (voted_only and not card.votes):
            continue
        lane_index, lane = lanes[card.lane_id]
        stage_index, stage = stages[card.stage_id]
        key = (-card.votes, stage_index, lane_index, card.order)
        rows.append((key, Priority(card.id, card.votes, card.text, lane.kind, lane.title, stage.id, stage.name)))
    rows.sort(key=lambda row: row[0])
    result = [priority for _key, priority in rows]
    return result if limit is None else result[:limit]
