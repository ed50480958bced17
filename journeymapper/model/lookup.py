"""Finding a document's items by id without a Python-level pass over the whole list on every edit.

Each document gets, per item list, a map from id to position and a shallow copy
of the list it was built from. Before the map is used, the copy is compared
with the list, which is a C-level identity check per item (tens of microseconds
for thousands of cards): the map is trusted only while the list holds the very
same objects in the same order. So it is never stale, whatever edited the list,
as long as nobody changes an item's id in place (ids are identities).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from functools import partial
from typing import Any, Optional

from journeymapper.model.document import Card, JourneyMap

_Index = tuple[list[Any], dict[str, int]]  # (the items the map was built from, id -> position)
# id(doc) -> (weak reference to doc, {group: index})
_indexes: dict[int, tuple[weakref.ref[JourneyMap], dict[str, _Index]]] = {}


def positions(doc: JourneyMap, group: str) -> dict[str, int]:
    """Id -> position in ``getattr(doc, group)`` (e.g. ``"cards"``); treat it as read-only."""
    items: list[Any] = getattr(doc, group)
    groups = _groups(doc)
    known = groups.get(group)
    if known is not None and known[0] == items:  # identity first: no model __eq__ while unchanged
        return known[1]
    index = {item.id: i for i, item in enumerate(items)}
    groups[group] = (list(items), index)
    return index


def find_items(doc: JourneyMap, group: str, ids: Iterable[str]) -> dict[str, Any]:
    """The items of ``getattr(doc, group)`` with these ids; absent ids are left out."""
    items: list[Any] = getattr(doc, group)
    index = positions(doc, group)
    return {item_id: items[index[item_id]] for item_id in ids if item_id in index}


def find_item(doc: JourneyMap, group: str, item_id: str) -> Optional[Any]:
    """The item with ``item_id`` in ``getattr(doc, group)``, or None."""
    index = positions(doc, group)
    return getattr(doc, group)[index[item_id]] if item_id in index else None


def find_card(doc: JourneyMap, card_id: str) -> Optional[Card]:
    card: Optional[Card] = find_item(doc, "cards", card_id)
    return card


GROUPS = ("personas", "stages", "lanes", "cards", "curves", "connectors", "metrics", "assets")


def group_of(doc: JourneyMap, item_id: str) -> Optional[str]:
    """The name of the list holding ``item_id`` (e.g. ``"cards"``), or None if nothing has that id."""
    return next((group for group in GROUPS if item_id in positions(doc, group)), None)


def _groups(doc: JourneyMap) -> dict[str, _Index]:
    key = id(doc)
    entry = _indexes.get(key)
    if entry is None or entry[0]() is not doc:
        entry = (weakref.ref(doc, partial(_forget, key)), {})
        _indexes[key] = entry
    return entry[1]


def _forget(key: int, ref: weakref.ref[JourneyMap]) -> None:
    entry = _indexes.get(key)
    if entry is not None and entry[0] is ref:
        del _indexes[key]
