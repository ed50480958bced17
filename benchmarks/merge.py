"""The ``merge`` row: a three-way merge of the N-card map against the raw work of merging by ids.

Both sides edit the map the way two colleagues would between two saves: ours rewrites 2 % of the
cards and deletes 1 %, theirs rewrites another 2 % (a few the same: conflicts) and moves 1 % to the
top of their cells. The baseline does what any merge by ids must: dump the three documents to
plain data, index every list by id, take per item the side that changed it, and validate the
result as a map once.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

_LISTS = ("personas", "stages", "lanes", "cards", "curves", "connectors", "metrics", "assets")


def sides(doc: Any, seed: int = 7) -> tuple[Any, Any]:
    from journeymapper.commands import CardMove, MoveCards, RemoveItems, SetCardFields

    rnd = random.Random(seed)
    ours, theirs = doc.model_copy(deep=True), doc.model_copy(deep=True)
    count = max(1, len(doc.cards) // 50)
    for card in rnd.sample(ours.cards, count):
        SetCardFields(card.id, text=f"ours: {card.text[:40]}").apply(ours)
    for card in rnd.sample(theirs.cards, count):
        SetCardFields(card.id, text=f"theirs: {card.text[:40]}").apply(theirs)
    for card in rnd.sample(theirs.cards, max(1, count // 2)):
        MoveCards([CardMove(card.id, card.lane_id, card.stage_id, 0)]).apply(theirs)
    RemoveItems([c.id for c in rnd.sample(ours.cards, max(1, count // 2))]).apply(ours)
    return ours, theirs


def raw_merge(base: Any, ours: Any, theirs: Any) -> Callable[[], None]:
    from journeymapper.model import JourneyMap

    def merge() -> None:
        b, o, t = (d.model_dump(mode="json") for d in (base, ours, theirs))
        result = dict(o)
        for name in _LISTS:
            old = {i["id"]: i for i in b.get(name, [])}
            mine = {i["id"]: i for i in o.get(name, [])}
            other = {i["id"]: i for i in t.get(name, [])}
            merged = []
            for item_id, item in mine.items():
                theirs_item = other.get(item_id)
                merged.append(theirs_item if theirs_item is not None and item == old.get(item_id) else item)
            merged += [i for k, i in other.items() if k not in mine and k not in old]
            result[name] = merged
        JourneyMap.model_validate(result)

    return merge


def measure(doc: Any, repeats: int, interleaved: Callable[..., tuple[list[float], ...]]
            ) -> tuple[list[float], list[float], int]:
    """(merge times, baseline times, conflicts) for ``doc``."""
    from journeymapper.compare import merge

    ours, theirs = sides(doc)
    conflicts = len(merge(doc, ours, theirs).conflicts)
    vals, bases = interleaved(repeats, lambda: merge(doc, ours, theirs), raw_merge(doc, ours, theirs))
    return vals, bases, conflicts
