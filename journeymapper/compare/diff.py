"""What changed from one map to another, item by item, matched by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from journeymapper.compare.order import moved
from journeymapper.compare.snapshot import (
    GROUPS,
    Fields,
    Key,
    Snapshot,
    cell_label,
    label_of,
    snapshot,
)
from journeymapper.model import JourneyMap

#: Kinds in the order a report lists them.
KIND_ORDER = ("map", "stage", "lane", "persona", "card", "point", "curve", "connector", "metric",
              "asset", "conflict")
CHANGE_ORDER = ("added", "removed", "changed", "moved")
#: Lists whose order the reader sees (the others are storage order only).
VISIBLE_ORDERS = {"stages": "stage", "lanes": "lane", "personas": "persona", "metrics": "metric",
                  "curves": "curve"}
#: A card's place is reported as a move, not as changed fields.
PLACE_FIELDS = ("lane_id", "stage_id", "order")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Entry:
    """One difference a reader would notice."""

    kind: str
    item_id: str
    change: str  # added, removed, changed, moved
    label: str
    fields: tuple[FieldChange, ...] = ()
    #: For a move: where it was and where it is ("position 2", "Touchpoints / Aware").
    before: Optional[str] = None
    after: Optional[str] = None

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.item_id, "change": self.change, "label": self.label,
                "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
                "from": self.before, "to": self.after}


@dataclass
class Diff:
    """The differences from ``a`` to ``b``: entries to show, and exactly what applying them needs."""

    entries: list[Entry] = field(default_factory=list)
    #: Changed map fields -> new value.
    map_fields: Fields = field(default_factory=dict)
    #: Changed items -> their new fields (None: removed).
    items: dict[Key, Optional[Fields]] = field(default_factory=dict)
    #: Lists whose order changed -> the new order.
    orders: dict[str, list[str]] = field(default_factory=dict)
    #: Stage and lane names by id (either map's), for the words of a report.
    names: dict[str, str] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        """True when a reader would see no difference (storage order aside)."""
        return not self.entries

    def ids(self, change: Optional[str] = None) -> set[str]:
        return {e.item_id for e in self.entries if change is None or e.change == change}


def diff(a: JourneyMap, b: JourneyMap) -> Diff:
    return diff_snapshots(snapshot(a), snapshot(b))


def diff_snapshots(old: Snapshot, new: Snapshot) -> Diff:
    result = Diff()
    for snap in (old, new):
        for kind in ("stage", "lane"):
            result.names.update({i: label_of(snap, kind, i) for i in snap.orders.get(GROUPS[kind], [])})
    names = list(new.map) + [name for name in old.map if name not in new.map]
    changed = [FieldChange(name, old.map.get(name), new.map.get(name)) for name in names
               if old.map.get(name) != new.map.get(name)]
    if changed:
        result.map_fields = {c.field: c.new for c in changed}
        result.entries.append(Entry("map", "", "changed", str(new.map.get("title", "")), tuple(changed)))
    for key in old.items.keys() - new.items.keys():
        result.items[key] = None
        result.entries.append(Entry(key[0], key[1], "removed", label_of(old, *key), _place(old, key, True)))
    for key, fields in new.items.items():
        before = old.items.get(key)
        if before == fields:
            continue
        result.items[key] = fields
        if before is None:
            result.entries.append(Entry(key[0], key[1], "added", label_of(new, *key), _place(new, key)))
            continue
        names = sorted(before.keys() | fields.keys(), key=_field_order(fields))
        changes = tuple(FieldChange(n, before.get(n), fields.get(n)) for n in names
                        if before.get(n) != fields.get(n) and not (key[0] == "card" and n in PLACE_FIELDS))
        if changes:
            result.entries.append(Entry(key[0], key[1], "changed", label_of(new, *key), changes))
        if key[0] == "card" and (before["lane_id"], before["stage_id"]) != (fields["lane_id"], fields["stage_id"]):
            result.entries.append(Entry("card", key[1], "moved", label_of(new, *key),
                                        before=cell_label(old, before["lane_id"], before["stage_id"]),
                                        after=cell_label(new, fields["lane_id"], fields["stage_id"])))
    for name in old.orders.keys() | new.orders.keys():
        if old.orders.get(name) != new.orders.get(name):
            result.orders[name] = list(new.orders.get(name, []))
            shown = VISIBLE_ORDERS.get(name)
            if shown is not None:
                result.entries.extend(_moves(old, new, shown, name))
    result.entries.extend(_card_moves_in_cells(old, new))
    result.entries.sort(key=_entry_order)
    return result


def _field_order(fields: Fields) -> Any:
    order = {name: i for i, name in enumerate(fields)}
    return lambda name: (order.get(name, len(order)), name)


def _place(snap: Snapshot, key: Key, removed: bool = False) -> tuple[FieldChange, ...]:
    """Where an added or removed card sits, or a point's value, so a reader can find it."""
    fields = snap.items[key]
    if key[0] == "point":
        value = fields["value"]
        return (FieldChange("value", value, None) if removed else FieldChange("value", None, value),)
    if key[0] != "card":
        return ()
    cell = cell_label(snap, fields["lane_id"], fields["stage_id"])
    return (FieldChange("cell", cell, None) if removed else FieldChange("cell", None, cell),)


def _moves(old: Snapshot, new: Snapshot, kind: str, name: str) -> list[Entry]:
    before, after = old.orders.get(name, []), new.orders.get(name, [])
    old_at = {item: i for i, item in enumerate(before)}
    new_at = {item: i for i, item in enumerate(after)}
    return [Entry(kind, item, "moved", label_of(new, kind, item),
                  before=f"position {old_at[item] + 1}", after=f"position {new_at[item] + 1}")
            for item in moved(before, after)]


def _cells(snap: Snapshot) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for card_id in snap.orders.get(GROUPS["card"], []):
        fields = snap.items[("card", card_id)]
        cells.setdefault((fields["lane_id"], fields["stage_id"]), []).append((fields["order"], card_id))
    return {cell: [card for _, card in sorted(cards)] for cell, cards in cells.items()}


def _card_moves_in_cells(old: Snapshot, new: Snapshot) -> list[Entry]:
    """Cards that changed place within the same cell (moves between cells are reported already)."""
    before, after = _cells(old), _cells(new)
    entries: list[Entry] = []
    for cell, cards in after.items():
        previous = before.get(cell)
        if not previous or previous == cards:
            continue
        old_at = {c: i for i, c in enumerate(previous)}
        new_at = {c: i for i, c in enumerate(cards)}
        for card in moved(previous, cards):
            entries.append(Entry("card", card, "moved", label_of(new, "card", card),
                                 before=f"{cell_label(old, *cell)}, position {old_at[card] + 1}",
                                 after=f"{cell_label(new, *cell)}, position {new_at[card] + 1}"))
    return entries


def _entry_order(entry: Entry) -> tuple[int, int, str, str]:
    return (KIND_ORDER.index(entry.kind), CHANGE_ORDER.index(entry.change), entry.label.casefold(),
            entry.item_id)
