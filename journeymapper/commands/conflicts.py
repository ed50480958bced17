"""Merge conflicts in the editor: resolving one ("Keep mine" / "Take theirs"), and a whole merge as one step.

A conflict record (model.Conflict) names an item, a field and what the other side had. For a whole
item (field ""), ``theirs`` None means the other side deleted the item (the map keeps it until
"Take theirs"); an item value means this side deleted it and the merge kept it (until "Keep mine").
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from journeymapper.commands.base import Change
from journeymapper.commands.cards import CardMove, _move
from journeymapper.commands.cells import cells_of, renumber
from journeymapper.commands.checks import find, validate_field
from journeymapper.commands.journal import Journal, RecordedCommand, items_of
from journeymapper.commands.map_fields import SetMapFields
from journeymapper.commands.removal import RemoveItems
from journeymapper.model import (
    Card,
    Connector,
    Curve,
    CurvePoint,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Stage,
    integrity_problems,
)
from journeymapper.model.document import Asset

_GROUPS: dict[str, tuple[str, type[BaseModel]]] = {
    "persona": ("personas", Persona), "stage": ("stages", Stage), "lane": ("lanes", Lane),
    "card": ("cards", Card), "curve": ("curves", Curve), "connector": ("connectors", Connector),
    "metric": ("metrics", Metric), "asset": ("assets", Asset)}
#: Conflicts on these kinds change the grid or the curves, which views then lay out afresh.
_STRUCTURAL = {"map", "stage", "lane", "curve", "point", "metric"}
_IDENTITY = ("id", "created", "modified")


class ResolveConflict(RecordedCommand):
    """Settle one conflict: keep what the map has, or take what the other side had. One undo step."""

    def __init__(self, conflict_id: str, take_theirs: bool) -> None:
        self.conflict_id = conflict_id
        self.take_theirs = take_theirs
        self.name = "Take Theirs" if take_theirs else "Keep Mine"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        conflict = find(doc.conflicts, self.conflict_id, "conflict")
        kind, item_id, name = conflict.kind, conflict.item_id, conflict.field
        change = Change(updated={doc.id}, structure=kind in _STRUCTURAL)
        if name == "":
            kept_by_merge_only = conflict.theirs is not None  # we deleted it; the merge kept it for review
            if self.take_theirs != kept_by_merge_only:
                change = change.merge(_remove(doc, journal, kind, item_id))
        elif self.take_theirs:
            change = change.merge(_take(doc, journal, kind, item_id, name, conflict.theirs))
        journal.remove(doc, "conflicts", [conflict.id])
        problems = integrity_problems(doc, limit=1)
        if problems:
            raise ValueError(f"Taking theirs does not fit the map now: {problems[0]}.")
        return change


def _remove(doc: JourneyMap, journal: Journal, kind: str, item_id: str) -> Change:
    if kind == "point":
        curve_id, _, stage_id = item_id.rpartition("/")
        curve = find(doc.curves, curve_id, "curve")
        journal.set(curve, points=[p for p in curve.points if p.stage_id != stage_id])
        return Change(updated={curve_id})
    if not any(item.id == item_id for item in items_of(doc, _GROUPS[kind][0])):
        return Change()  # gone already (removed with something else)
    return RemoveItems([item_id])._perform(doc, journal)


def _take(doc: JourneyMap, journal: Journal, kind: str, item_id: str, name: str, value: Any) -> Change:
    """Set the field ``name`` of the item to the other side's ``value``."""
    if kind == "map":
        if name in SetMapFields.settable:
            return SetMapFields(**{name: value})._perform(doc, journal)
        journal.set(doc, **{name: validate_field(JourneyMap, name, value)})
        return Change(updated={doc.id})
    if kind == "point":
        curve_id, _, stage_id = item_id.rpartition("/")
        curve = find(doc.curves, curve_id, "curve")
        points = [p.model_copy(update={name: value}) if p.stage_id == stage_id else p for p in curve.points]
        if not any(p.stage_id == stage_id for p in curve.points):
            points.append(CurvePoint.model_validate({"stage_id": stage_id, name: value}))
        journal.set(curve, points=[CurvePoint.model_validate(p.model_dump()) for p in points])
        return Change(updated={curve_id})
    group, model = _GROUPS[kind]
    item = find(items_of(doc, group), item_id, kind)
    if name == "position":
        return _place(doc, journal, kind, item, int(value))
    if kind == "card" and name in ("lane_id", "stage_id"):
        target = {"lane_id": item.lane_id, "stage_id": item.stage_id, name: value}
        return _move(doc, journal, [CardMove(item.id, target["lane_id"], target["stage_id"], 1_000_000)])
    numbers, dot, stage_id = name.partition(".")
    if kind == "metric" and dot and numbers in ("values", "targets"):
        current = dict(getattr(item, numbers))
        if value is None:
            current.pop(stage_id, None)
        else:
            current[stage_id] = value
        journal.set(item, **{numbers: validate_field(Metric, numbers, current)})
        return Change(updated={item_id})
    journal.set(item, **{name: validate_field(model, name, value)})
    return Change(updated={item_id})


def _place(doc: JourneyMap, journal: Journal, kind: str, item: Any, index: int) -> Change:
    if kind == "card":
        cell = cells_of(doc, [(item.lane_id, item.stage_id)], exclude={item.id})[(item.lane_id, item.stage_id)]
        cell.insert(max(0, min(index, len(cell))), item)
        return Change(updated=renumber(journal, [cell]) | {item.id})
    journal.move(doc, _GROUPS[kind][0], item.id, index)
    return Change(updated={item.id}, structure=True)


class ReplaceContent(RecordedCommand):
    """Make the map's content that of ``target`` (a merge result), keeping its id and dates: one undo step."""

    def __init__(self, target: JourneyMap, name: str = "Merge") -> None:
        self.target = target.model_copy(deep=True)
        self.name = name

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        before = _ids(doc)
        fields = {n: getattr(self.target, n) for n in JourneyMap.model_fields if n not in _IDENTITY}
        journal.set(doc, **fields)
        after = _ids(doc)
        return Change(added=after - before, removed=before - after, updated=(before & after) | {doc.id},
                      structure=True)


def _ids(doc: JourneyMap) -> set[str]:
    return {item.id for group, _ in _GROUPS.values() for item in items_of(doc, group)}
