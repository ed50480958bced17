"""Read-only look-ups on a document that several layers need."""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

from journeymapper.model.document import Card, JourneyMap, Lane, Persona, Stage
from journeymapper.model.lookup import find_card as find_card  # re-exported: callers look cards up here


def cells(doc: JourneyMap) -> dict[tuple[str, str], list[Card]]:
    """Cards grouped by (lane id, stage id), each cell sorted by its order."""
    grouped: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for card in doc.cards:
        grouped[(card.lane_id, card.stage_id)].append(card)
    for cell in grouped.values():
        cell.sort(key=lambda c: c.order)
    return dict(grouped)


def cell_cards(doc: JourneyMap, lane_id: str, stage_id: str) -> list[Card]:
    cell = [c for c in doc.cards if c.lane_id == lane_id and c.stage_id == stage_id]
    cell.sort(key=lambda c: c.order)
    return cell


def find_stage(doc: JourneyMap, stage_id: str) -> Optional[Stage]:
    return next((s for s in doc.stages if s.id == stage_id), None)


def find_lane(doc: JourneyMap, lane_id: str) -> Optional[Lane]:
    return next((lane for lane in doc.lanes if lane.id == lane_id), None)


def all_ids(doc: JourneyMap) -> set[str]:
    ids: set[str] = set()
    for group in (doc.personas, doc.stages, doc.lanes, doc.cards, doc.curves,
                  doc.connectors, doc.metrics, doc.assets):
        ids.update([item.id for item in group])  # a list is built faster than a generator is drained
    return ids


def persona_has_content(persona: Persona) -> bool:
    """Whether a persona says more than its name (a page about only a name would be empty)."""
    return bool(persona.role.strip() or persona.quote.strip() or persona.description.strip()
                or any(g.strip() for g in persona.goals) or any(f.strip() for f in persona.frustrations)
                or persona.demographics.strip() or persona.photo)
