"""Giving a whole map (or part of one) fresh ids while keeping every reference intact."""

from __future__ import annotations

from journeymapper.model.document import JourneyMap, new_id, now_utc

_PREFIX = {"personas": "p-", "stages": "s-", "lanes": "l-", "cards": "c-", "curves": "cv-",
           "connectors": "cn-", "metrics": "m-", "assets": "a-"}


def with_fresh_ids(doc: JourneyMap) -> JourneyMap:
    """A deep copy of ``doc`` where every id is new; used when a template becomes a map."""
    copy = doc.model_copy(deep=True)
    ids: dict[str, str] = {}
    for group, prefix in _PREFIX.items():
        for item in getattr(copy, group):
            ids[item.id] = new_id(prefix)
            item.id = ids[item.id]

    def ref(old: str) -> str:
        return ids.get(old, old)

    copy.id = new_id("map-")
    copy.created = copy.modified = now_utc()
    for persona in copy.personas:
        persona.photo = ref(persona.photo) if persona.photo else None
    for card in copy.cards:
        card.lane_id, card.stage_id = ref(card.lane_id), ref(card.stage_id)
        card.personas = [ref(p) for p in card.personas]
        card.image = ref(card.image) if card.image else None
    for curve in copy.curves:
        curve.lane_id, curve.persona_id = ref(curve.lane_id), ref(curve.persona_id)
        for point in curve.points:
            point.stage_id = ref(point.stage_id)
    for connector in copy.connectors:
        connector.from_card, connector.to_card = ref(connector.from_card), ref(connector.to_card)
    for metric in copy.metrics:
        metric.lane_id = ref(metric.lane_id)
        metric.values = {ref(k): v for k, v in metric.values.items()}
        metric.targets = {ref(k): v for k, v in metric.targets.items()}
    return copy
