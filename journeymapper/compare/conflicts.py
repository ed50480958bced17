"""What a conflict record is about, in words: the item, the field, and both sides' values as text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional

from journeymapper.compare.snapshot import Snapshot, item_json, label_of, snapshot
from journeymapper.model import Conflict, JourneyMap


@dataclass(frozen=True)
class ConflictView:
    conflict: Conflict
    #: How a reader knows the item ("Buy", a card's text); the map's title for a map field.
    label: str
    #: This map's value as text; None when the item is not in the map (deleted here).
    mine: Optional[str]
    #: The other side's value as text; None when the other side deleted the item.
    theirs: Optional[str]
    #: The base value as text, when known.
    base: Optional[str]


def conflict_views(doc: JourneyMap) -> list[ConflictView]:
    """Every conflict of ``doc`` with both sides spelled out, in the order they are recorded."""
    if not doc.conflicts:
        return []
    snap = snapshot(doc)
    return [view_of(snap, doc, c) for c in doc.conflicts]


def view_of(snap: Snapshot, doc: JourneyMap, conflict: Conflict) -> ConflictView:
    kind, item_id, name = conflict.kind, conflict.item_id, conflict.field
    label = doc.title if kind == "map" else label_of(snap, kind, item_id)
    if kind == "map":
        mine: Optional[str] = as_text(snap.map.get(name))
    elif (kind, item_id) not in snap.items:
        mine = None
    elif name == "":
        mine = as_text(item_json(snap, kind, item_id))
    elif name == "position":
        mine = str(_position(doc, kind, item_id) + 1)
    else:
        mine = as_text(snap.items[(kind, item_id)].get(name))
    theirs = conflict.theirs
    if name == "position" and isinstance(theirs, int):
        return ConflictView(conflict, label, mine, str(theirs + 1),
                            None if conflict.base is None else str(int(conflict.base) + 1))
    base = None if conflict.base is None else as_text(conflict.base)
    return ConflictView(conflict, label, mine, None if theirs is None and name == "" else as_text(theirs), base)


def as_text(value: Any) -> str:
    """A value as a person reads it: text as it is, lists one per line, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, indent=1)


def _position(doc: JourneyMap, kind: str, item_id: str) -> int:
    if kind == "card":
        card = next(c for c in doc.cards if c.id == item_id)
        cell = sorted((c for c in doc.cards if (c.lane_id, c.stage_id) == (card.lane_id, card.stage_id)),
                      key=lambda c: c.order)
        return [c.id for c in cell].index(item_id)
    items = doc.stages if kind == "stage" else doc.lanes
    return [i.id for i in items].index(item_id)
