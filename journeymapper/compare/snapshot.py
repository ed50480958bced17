"""A map as plain, comparable data keyed by ids: the common ground of diff, apply and merge.

Every item becomes ``(kind, id) -> {field: JSON value}``; a curve's points are items of their own
(kind ``point``, id ``curve-id/stage-id``) and a KPI's per-stage numbers are fields
(``values.STAGE``, ``targets.STAGE``), so two sides that touch different stages do not collide.
The order of every list is kept separately, by id. The map's id and time stamps are identity,
not content: they are neither compared nor merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from journeymapper.model import Card, Conflict, Connector, Curve, JourneyMap, Lane, Metric, Persona, Stage
from journeymapper.model.document import Asset

#: Item kind -> the document's list holding it, in the order a reader meets them.
GROUPS: dict[str, str] = {
    "persona": "personas", "stage": "stages", "lane": "lanes", "card": "cards", "curve": "curves",
    "connector": "connectors", "metric": "metrics", "asset": "assets", "conflict": "conflicts",
}
#: Map fields that are identity or time stamps, not content.
IDENTITY = frozenset({"id", "created", "modified"})
NUMBER_FIELDS = ("values", "targets")

MODELS: dict[str, Any] = {
    "persona": Persona, "stage": Stage, "lane": Lane, "card": Card, "curve": Curve,
    "connector": Connector, "metric": Metric, "asset": Asset, "conflict": Conflict,
}

Key = tuple[str, str]  # (kind, id)
Fields = dict[str, Any]


def point_id(curve_id: str, stage_id: str) -> str:
    return f"{curve_id}/{stage_id}"


def split_point_id(item_id: str) -> tuple[str, str]:
    curve_id, _, stage_id = item_id.rpartition("/")
    return curve_id, stage_id


def points_order(curve_id: str) -> str:
    """The orders key of one curve's points."""
    return f"points:{curve_id}"


@dataclass
class Snapshot:
    map: Fields = field(default_factory=dict)
    items: dict[Key, Fields] = field(default_factory=dict)
    #: List name ("stages", "points:CURVE") -> ids in document order.
    orders: dict[str, list[str]] = field(default_factory=dict)

    def copy(self) -> Snapshot:
        return Snapshot(dict(self.map), {k: dict(v) for k, v in self.items.items()},
                        {k: list(v) for k, v in self.orders.items()})


def _left_out(model: Any) -> dict[str, Any]:
    """Fields a file leaves out while they hold their default, with that default (as JSON)."""
    return {name: info.get_default(call_default_factory=True) for name, info in model.model_fields.items()
            if info.exclude_if is not None and name not in GROUPS.values()}


# Compared as values, so a field left out of the file must still be there (with its default).
_DEFAULTS = {kind: _left_out(model) for kind, model in {"map": JourneyMap, **MODELS}.items()}


def snapshot(doc: JourneyMap) -> Snapshot:
    data = doc.model_dump(mode="json")
    snap = Snapshot()
    snap.map = {**_DEFAULTS["map"], **{name: value for name, value in data.items()
                                       if name not in IDENTITY and name not in GROUPS.values()}}
    for kind, group in GROUPS.items():
        ids: list[str] = []
        defaults = _DEFAULTS[kind]
        for raw in data.get(group, []):
            for name, value in defaults.items():
                raw.setdefault(name, value)
            item_id = raw.pop("id")
            ids.append(item_id)
            if kind == "curve":
                points = raw.pop("points")
                snap.orders[points_order(item_id)] = [point_id(item_id, p["stage_id"]) for p in points]
                for p in points:
                    snap.items[("point", point_id(item_id, p.pop("stage_id")))] = p
            elif kind == "metric":
                for name in NUMBER_FIELDS:
                    for stage_id, number in raw.pop(name).items():
                        raw[f"{name}.{stage_id}"] = number
            snap.items[(kind, item_id)] = raw
        snap.orders[group] = ids
    return snap


def build(snap: Snapshot, identity: JourneyMap) -> JourneyMap:
    """The document a snapshot describes, with the id and time stamps of ``identity``.

    Raises pydantic's ValidationError if the snapshot holds values no map may have.
    """
    data: dict[str, Any] = {name: getattr(identity, name) for name in IDENTITY}
    data.update(snap.map)
    for kind, group in GROUPS.items():
        data[group] = [item_json(snap, kind, item_id) for item_id in snap.orders.get(group, [])]
    return JourneyMap.model_validate(data)


def item_json(snap: Snapshot, kind: str, item_id: str) -> dict[str, Any]:
    """One item as the file holds it (a point: its stage, value and label)."""
    fields = snap.items[(kind, item_id)]
    if kind == "metric":
        raw: dict[str, Any] = {"id": item_id, **{n: {} for n in NUMBER_FIELDS}}
        for name, value in fields.items():
            group, dot, stage_id = name.partition(".")
            if dot and group in NUMBER_FIELDS:
                if value is not None:
                    raw[group][stage_id] = value
            else:
                raw[name] = value
        return raw
    if kind == "point":
        return {"stage_id": split_point_id(item_id)[1], **fields}
    raw = {"id": item_id, **fields}
    if kind == "curve":
        raw["points"] = [{"stage_id": split_point_id(pid)[1], **snap.items[("point", pid)]}
                         for pid in snap.orders.get(points_order(item_id), [])]
    return raw


def owner_list(kind: str, item_id: str) -> str:
    """The orders key of the list an item sits in."""
    if kind == "point":
        return points_order(split_point_id(item_id)[0])
    return GROUPS[kind]


def label_of(snap: Snapshot, kind: str, item_id: str, longest: int = 40) -> str:
    """How a reader knows the item: a stage's name, a card's text (shortened), a point's persona and stage."""
    fields = snap.items.get((kind, item_id))
    if fields is None:
        return item_id
    if kind == "point":
        curve_id, stage_id = split_point_id(item_id)
        return f"{persona_of_curve(snap, curve_id)} / {label_of(snap, 'stage', stage_id)}"
    if kind == "curve":
        return persona_of_curve(snap, item_id)
    if kind == "connector":
        return f"{label_of(snap, 'card', fields['from_card'], 20)} → {label_of(snap, 'card', fields['to_card'], 20)}"
    if kind == "conflict":
        return f"{fields.get('kind')} {fields.get('item_id')} {fields.get('field')}".strip()
    text = fields.get("name", fields.get("title", fields.get("text", item_id)))
    return shorten(str(text), longest) if text else item_id


def persona_of_curve(snap: Snapshot, curve_id: str) -> str:
    curve = snap.items.get(("curve", curve_id))
    return label_of(snap, "persona", curve["persona_id"]) if curve else curve_id


def cell_label(snap: Snapshot, lane_id: Optional[str], stage_id: Optional[str]) -> str:
    return f"{label_of(snap, 'lane', lane_id or '')} / {label_of(snap, 'stage', stage_id or '')}"


def shorten(text: str, longest: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"
