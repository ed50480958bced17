"""Copy cards out as a JSON-able fragment, and paste a fragment back as one command.

A fragment may come from another map or another program, so pasting checks it
with the pydantic models and gives everything fresh ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from journeymapper.commands.cards import AddCards
from journeymapper.commands.checks import find
from journeymapper.model import Asset, Card, Connector, JourneyMap, new_id
from journeymapper.model.kinds import CARD_LANE_KINDS

FRAGMENT_KEY = "journeymapper_fragment"
FRAGMENT_VERSION = 1
_M = TypeVar("_M", bound=BaseModel)


def copy_fragment(doc: JourneyMap, ids: Iterable[str]) -> dict[str, Any]:
    """The cards among ``ids``, the connectors between them and the images they show."""
    wanted = set(ids)
    lane_pos = {lane.id: i for i, lane in enumerate(doc.lanes)}
    stage_pos = {stage.id: i for i, stage in enumerate(doc.stages)}
    cards = [c for c in doc.cards if c.id in wanted]
    cards.sort(key=lambda c: (lane_pos.get(c.lane_id, 0), stage_pos.get(c.stage_id, 0), c.order))
    card_ids = {c.id for c in cards}
    images = {c.image for c in cards if c.image is not None}
    return {
        FRAGMENT_KEY: FRAGMENT_VERSION,
        "cards": [c.model_dump(mode="json") for c in cards],
        "connectors": [
            c.model_dump(mode="json") for c in doc.connectors
            if c.from_card in card_ids and c.to_card in card_ids
        ],
        "assets": [a.model_dump(mode="json") for a in doc.assets if a.id in images],
    }


def paste_command(doc: JourneyMap, fragment: dict[str, Any], lane_id: str, stage_id: str) -> AddCards:
    """One "Paste" command adding the fragment's cards at the end of the target cell.

    Cards from one source cell keep their relative order. If the target lane holds
    no cards (emotions, kpis), the first lane that does is used.
    """
    cards, connectors, assets = _parse(fragment)
    lane_id = _card_lane_for(doc, lane_id)
    find(doc.stages, stage_id, "stage")

    asset_ids = _asset_ids(doc, assets)
    card_ids = {c.id: new_id("card-") for c in cards}
    personas = {p.id for p in doc.personas}
    start = sum(1 for c in doc.cards if c.lane_id == lane_id and c.stage_id == stage_id)
    pasted = [
        card.model_copy(deep=True, update={
            "id": card_ids[card.id],
            "lane_id": lane_id,
            "stage_id": stage_id,
            "order": start + i,
            "personas": [p for p in card.personas if p in personas],  # personas of another map
            "image": None if card.image is None else asset_ids[card.image],
        })
        for i, card in enumerate(_by_source_cell(cards))
    ]
    new_connectors = [
        c.model_copy(deep=True, update={
            "id": new_id("conn-"), "from_card": card_ids[c.from_card], "to_card": card_ids[c.to_card],
        })
        for c in connectors
    ]
    existing = {a.id for a in doc.assets}
    new_assets = [
        a.model_copy(update={"id": asset_ids[a.id]}) for a in assets if asset_ids[a.id] not in existing
    ]
    return AddCards(pasted, new_connectors, new_assets, name="Paste")


def _parse(fragment: object) -> tuple[list[Card], list[Connector], list[Asset]]:
    if not isinstance(fragment, dict) or fragment.get(FRAGMENT_KEY) != FRAGMENT_VERSION:
        raise ValueError("The clipboard does not hold Journey Mapper cards.")
    unknown = set(fragment) - {FRAGMENT_KEY, "cards", "connectors", "assets"}
    if unknown:
        raise ValueError(f"The pasted data has an unknown part {sorted(unknown)[0]!r}.")
    cards = _models(fragment, "cards", Card)
    connectors = _models(fragment, "connectors", Connector)
    assets = _models(fragment, "assets", Asset)
    if not cards:
        raise ValueError("The pasted data holds no cards.")
    for group in (cards, connectors, assets):
        if len({item.id for item in group}) != len(group):
            raise ValueError("The pasted data uses an id twice.")
    card_ids, asset_ids = {c.id for c in cards}, {a.id for a in assets}
    for connector in connectors:
        if connector.from_card not in card_ids or connector.to_card not in card_ids:
            raise ValueError("A pasted connector points at a card that is not pasted.")
        if connector.from_card == connector.to_card:
            raise ValueError("A pasted connector joins a card to itself.")
    for card in cards:
        if card.image is not None and card.image not in asset_ids:
            raise ValueError("A pasted card shows an image that is not pasted.")
    return cards, connectors, assets


def _models(fragment: dict[str, Any], key: str, model: type[_M]) -> list[_M]:
    raw = fragment.get(key, [])
    if not isinstance(raw, list):
        raise ValueError(f"The pasted {key} are not a list.")
    try:
        return [model.model_validate(item) for item in raw]
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "item"
        raise ValueError(f"The pasted {key} are not valid ({where}: {first['msg']}).") from None


def _card_lane_for(doc: JourneyMap, lane_id: str) -> str:
    lane = find(doc.lanes, lane_id, "lane")
    if lane.kind in CARD_LANE_KINDS:
        return lane.id
    first = next((lane for lane in doc.lanes if lane.kind in CARD_LANE_KINDS), None)
    if first is None:
        raise ValueError("The map has no lane that can hold cards.")
    return first.id


def _by_source_cell(cards: list[Card]) -> list[Card]:
    """Cards grouped by their source cell (first seen first), each group in its order."""
    cells: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        cells.setdefault((card.lane_id, card.stage_id), []).append(card)
    return [card for cell in cells.values() for card in sorted(cell, key=lambda c: c.order)]


def _asset_ids(doc: JourneyMap, assets: list[Asset]) -> dict[str, str]:
    """Id each pasted image gets: the map's own copy if it already has this image, else a fresh id."""
    own = {a.id: a for a in doc.assets}
    return {a.id: a.id if own.get(a.id) == a else new_id("asset-") for a in assets}
