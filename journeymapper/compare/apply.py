"""Applying a diff: the map ``b`` again, from ``a`` and ``diff(a, b)``."""

from __future__ import annotations

from journeymapper.compare.diff import Diff
from journeymapper.compare.snapshot import build, snapshot
from journeymapper.model import JourneyMap


def apply_diff(doc: JourneyMap, changes: Diff) -> JourneyMap:
    """A new map: ``doc`` with ``changes`` applied (``doc`` itself is left as it is)."""
    snap = snapshot(doc)
    snap.map.update(changes.map_fields)
    for key, fields in changes.items.items():
        if fields is None:
            snap.items.pop(key, None)
        else:
            snap.items[key] = dict(fields)
    for name, ids in changes.orders.items():
        snap.orders[name] = list(ids)
    return build(snap, doc)
