"""Three-way merge of maps by ids; what cannot be merged is kept as a conflict record.

Changes to different items, or to different fields of one item, merge. One field changed
differently on both sides keeps ours and records theirs (and the base) in ``doc.conflicts``.
An item changed on one side and deleted on the other is kept, with a conflict saying so; an item
one side deleted that the other side's content still needs (a stage holding their new card) is
kept the same way. So a merge never loses data: what it did not take is in a conflict record.
Without a common ancestor (``base=None``) every difference is a conflict to review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from journeymapper.compare.order import merge_order
from journeymapper.compare.snapshot import (
    GROUPS,
    Fields,
    Key,
    Snapshot,
    build,
    item_json,
    owner_list,
    point_id,
    points_order,
    snapshot,
    split_point_id,
)
from journeymapper.model import Conflict, JourneyMap, integrity_problems, new_id

_MISSING = object()
#: Card fields set by the cell merge, not field by field.
_CELL_ORDER = "order"
#: Lists whose clashing moves are worth a conflict (each has a command to move an item).
_POSITION_CONFLICTS = {"stages": "stage", "lanes": "lane"}


class MergeError(ValueError):
    """The sides cannot be combined into a valid map (the message says where)."""


@dataclass
class MergeResult:
    doc: JourneyMap
    #: The conflicts this merge recorded (they are also in ``doc.conflicts``).
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge(base: Optional[JourneyMap], ours: JourneyMap, theirs: JourneyMap, source: str = "") -> MergeResult:
    """``ours`` with the changes ``theirs`` made since ``base``; raises MergeError if no valid map results."""
    run = _Merge(snapshot(base) if base is not None else None, snapshot(ours), snapshot(theirs), source)
    run.fields()
    run.items()
    run.keep_referenced()
    run.fit_scale()
    run.orders()
    run.cells()
    snap = run.result
    for conflict in run.conflicts:
        snap.items[("conflict", conflict.id)] = conflict.model_dump(mode="json", exclude={"id"})
        snap.orders.setdefault(GROUPS["conflict"], []).append(conflict.id)
    try:
        doc = build(snap, ours)
    except ValueError as exc:
        raise MergeError(f"the merged map would be invalid: {exc}") from None
    problems = integrity_problems(doc, limit=1)
    if problems:
        raise MergeError(f"the merged map would be invalid: {problems[0]}")
    return MergeResult(doc, run.conflicts)


class _Merge:
    def __init__(self, base: Optional[Snapshot], ours: Snapshot, theirs: Snapshot, source: str) -> None:
        self.base, self.ours, self.theirs, self.source = base, ours, theirs, source
        self.result = Snapshot()
        self.conflicts: list[Conflict] = []
        #: Items in the result although a side deleted them (already recorded as conflicts).
        self.disputed: set[Key] = set()

    def conflict(self, kind: str, item_id: str, name: str, theirs: Any, base: Any) -> None:
        self.conflicts.append(Conflict(id=new_id("conflict-"), kind=kind, item_id=item_id,
                                       field=name, theirs=theirs, base=base, source=self.source))

    def three(self, kind: str, item_id: str, name: str, base: Any, ours: Any, theirs: Any) -> Any:
        """One value merged: a side that left it as the base had it takes the other side's."""
        if ours == theirs:
            return ours
        if base is not _MISSING:
            if ours == base:
                return theirs
            if theirs == base:
                return ours
        self.conflict(kind, item_id, name, None if theirs is _MISSING else theirs,
                      None if base is _MISSING else base)
        return ours

    def fields(self) -> None:
        base = self.base.map if self.base is not None else None
        for name in self.ours.map.keys() | self.theirs.map.keys():
            self.result.map[name] = self.three(
                "map", "", name, _MISSING if base is None else base.get(name),
                self.ours.map.get(name), self.theirs.map.get(name))

    def items(self) -> None:
        keys = list(self.ours.items) + [k for k in self.theirs.items if k not in self.ours.items]
        if self.base is not None:
            keys += [k for k in self.base.items if k not in self.ours.items and k not in self.theirs.items]
        for key in keys:
            merged = self.item(key)
            if merged is not None:
                self.result.items[key] = merged

    def item(self, key: Key) -> Optional[Fields]:
        kind, item_id = key
        base = self.base.items.get(key) if self.base is not None else None
        ours, theirs = self.ours.items.get(key), self.theirs.items.get(key)
        if kind == "conflict":  # records are kept unless a side resolved (deleted) one
            if base is not None and (ours is None or theirs is None):
                return None
            return ours if ours is not None else theirs
        if ours is not None and theirs is not None:
            if ours == theirs or theirs == base:  # most items: one comparison, no field-by-field pass
                return ours
            if ours == base and kind != "card":  # a card's order comes from the cell merge, not from theirs
                return theirs
            merged: Fields = {}
            for name in ours.keys() | theirs.keys():
                if kind == "card" and name == _CELL_ORDER:
                    merged[name] = ours[name]
                    continue
                old = _MISSING if base is None else base.get(name)
                merged[name] = self.three(kind, item_id, name, old, ours.get(name), theirs.get(name))
            return {name: merged[name] for name in _key_order(ours, theirs)}
        if ours is None and theirs is None:
            return None
        kept = ours if ours is not None else theirs
        assert kept is not None
        if base is not None and _content(kind, kept) == _content(kind, base):
            return None  # deleted on one side, untouched on the other (a card merely shifted in its cell too)
        if base is None and self.base is not None:
            return kept  # added on one side
        # Changed on one side, deleted on the other (or no ancestor to tell): keep it, let the user decide.
        self.dispute(key, kept, base)
        return kept

    def dispute(self, key: Key, kept: Fields, base: Optional[Fields]) -> None:
        kind, item_id = key
        theirs = None if key not in self.theirs.items else item_json(self.theirs, kind, item_id)
        old = None if base is None or self.base is None else item_json(self.base, kind, item_id)
        self.conflict(kind, item_id, "", theirs, old)
        self.disputed.add(key)

    def keep_referenced(self) -> None:
        """Bring back what one side deleted but the merged content still refers to.

        Only items that differ from the base can refer to something gone: an item neither side
        changed went with whatever a side deleted (deleting cascades), or refers to what is kept."""
        before = self.base.items if self.base is not None else {}
        pending = [key for key, fields in self.result.items.items() if self.base is None or before.get(key) != fields]
        while pending:
            key = pending.pop()
            fields = self.result.items.get(key)
            if fields is None:
                continue
            for needed in _references(key, fields):
                if needed in self.result.items:
                    continue
                for side in (self.theirs, self.ours, self.base):
                    if side is not None and needed in side.items:
                        self.result.items[needed] = dict(side.items[needed])
                        base = self.base.items.get(needed) if self.base is not None else None
                        self.dispute(needed, self.result.items[needed], base)
                        pending.append(needed)
                        break

    def fit_scale(self) -> None:
        """Points outside the merged emotion scale (one side narrowed it) are clamped; a conflict keeps the value."""
        scale = self.result.map.get("emotion_scale") or {}
        low, high = scale.get("min", -3), scale.get("max", 3)
        for (kind, item_id), fields in self.result.items.items():
            if kind == "point" and not low <= fields["value"] <= high:
                base = self.base.items.get((kind, item_id)) if self.base is not None else None
                self.conflict(kind, item_id, "value", fields["value"], base["value"] if base else None)
                fields["value"] = max(low, min(fields["value"], high))

    def orders(self) -> None:
        members: dict[str, list[str]] = {}
        for kind, item_id in self.result.items:
            if kind != "point" or ("curve", split_point_id(item_id)[0]) in self.result.items:
                members.setdefault(owner_list(kind, item_id), []).append(item_id)
        for group in GROUPS.values():
            members.setdefault(group, [])
        for name, ids in members.items():
            base = self.base.orders.get(name) if self.base is not None else None
            order, clashes = merge_order(base if self.base is not None else None,
                                         self.ours.orders.get(name, []), self.theirs.orders.get(name, []), ids)
            self.result.orders[name] = order
            listed = _POSITION_CONFLICTS.get(name)
            if listed is not None:
                theirs = self.theirs.orders.get(name, [])
                for item_id in sorted(clashes):
                    self.conflict(listed, item_id, "position", theirs.index(item_id),
                                  base.index(item_id) if base and item_id in base else None)
        for curve_id in [i for k, i in self.result.items if k == "curve"]:
            self.result.orders.setdefault(points_order(curve_id), [])

    def cells(self) -> None:
        """Cards in each cell ordered as both sides agree, numbered from 0 where that changed."""
        final = _cells(self.result)
        before = {side: _cells(snap) for side, snap in (("ours", self.ours), ("theirs", self.theirs))}
        base = _cells(self.base) if self.base is not None else None
        for cell, cards in final.items():
            ours, theirs = before["ours"].get(cell, []), before["theirs"].get(cell, [])
            old = base.get(cell, []) if base is not None else None
            order, clashes = merge_order(old, ours, theirs, cards)
            for card_id in sorted(clashes):
                self.conflict("card", card_id, "position", theirs.index(card_id),
                              old.index(card_id) if old and card_id in old else None)
            if order != ours:
                for position, card_id in enumerate(order):
                    self.result.items[("card", card_id)][_CELL_ORDER] = position


def _content(kind: str, fields: Fields) -> Fields:
    """What counts as an edit: a card's place in its cell shifts when a neighbour comes or goes."""
    return {k: v for k, v in fields.items() if k != _CELL_ORDER} if kind == "card" else fields


def _key_order(ours: Fields, theirs: Fields) -> list[str]:
    return list(ours) + [name for name in theirs if name not in ours]


def _cells(snap: Snapshot) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for position, card_id in enumerate(snap.orders.get(GROUPS["card"], [])):
        fields = snap.items.get(("card", card_id))
        if fields is not None:
            cell = (fields["lane_id"], fields["stage_id"])
            cells.setdefault(cell, []).append((fields[_CELL_ORDER], position, card_id))
    return {cell: [card for *_, card in sorted(cards)] for cell, cards in cells.items()}


def _references(key: Key, fields: Fields) -> list[Key]:
    """The items an item refers to (all must exist for the map to be valid)."""
    kind, item_id = key
    refs: list[Key] = []
    if kind == "card":
        refs += [("lane", fields["lane_id"]), ("stage", fields["stage_id"])]
        refs += [("persona", p) for p in fields.get("personas", [])]
        if fields.get("image"):
            refs.append(("asset", fields["image"]))
    elif kind == "curve":
        refs += [("lane", fields["lane_id"]), ("persona", fields["persona_id"])]
    elif kind == "point":
        curve_id, stage_id = split_point_id(item_id)
        refs += [("curve", curve_id), ("stage", stage_id)]
    elif kind == "connector":
        refs += [("card", fields["from_card"]), ("card", fields["to_card"])]
    elif kind == "metric":
        refs.append(("lane", fields["lane_id"]))
        refs += [("stage", name.partition(".")[2]) for name, value in fields.items()
                 if "." in name and value is not None]
    elif kind == "persona" and fields.get("photo"):
        refs.append(("asset", fields["photo"]))
    return refs


__all__ = ["MergeError", "MergeResult", "merge", "point_id"]
