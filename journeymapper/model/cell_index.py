"""The cards of each (lane, stage) cell, sorted by order, without a pass over every card per edit.

A card drop needs the cards of one or two cells. Scanning the whole card list for them costs more
than everything else the drop does on a map of thousands of cards, so each document gets an index
from cell to cards. It is never stale: it is rebuilt when the card list no longer holds the very
same objects in the same order (the check :mod:`journeymapper.model.lookup` makes), and otherwise it
catches up with the cards whose lane, stage or order was assigned since it last looked, which
:class:`~journeymapper.model.document.Card` records in :data:`~journeymapper.model.document.PLACEMENTS`
whoever assigns them.
"""

from __future__ import annotations

import weakref
from functools import partial

from journeymapper.model.document import PLACEMENTS, Card, JourneyMap
from journeymapper.model.lookup import positions

CellKey = tuple[str, str]  # (lane id, stage id)


class _CellIndex:
    def __init__(self, cards: list[Card]) -> None:
        self.items = list(cards)
        self.read_to = PLACEMENTS.end
        self.cell_of: dict[str, CellKey] = {}
        self.cells: dict[CellKey, list[Card]] = {}
        for card in cards:
            key = (card.lane_id, card.stage_id)
            self.cell_of[card.id] = key
            self.cells.setdefault(key, []).append(card)
        self.unsorted: set[CellKey] = set(self.cells)
        #: Ids repeat only in a broken map: then no card can be told apart by id, so nothing is kept.
        self.trusted = len(self.cell_of) == len(cards)

    def catch_up(self, doc: JourneyMap) -> None:
        index = positions(doc, "cards")
        cards = doc.cards
        for card in PLACEMENTS.entries[self.read_to - PLACEMENTS.start:]:
            at = index.get(card.id)
            if at is None or cards[at] is not card:
                continue  # a card of another document, or a copy
            old, new = self.cell_of[card.id], (card.lane_id, card.stage_id)
            if old != new:
                cell = self.cells[old]
                del cell[next(i for i, c in enumerate(cell) if c is card)]
                self.cells.setdefault(new, []).append(card)
                self.cell_of[card.id] = new
            self.unsorted.add(new)
        self.read_to = PLACEMENTS.end

    def cell(self, doc: JourneyMap, key: CellKey) -> list[Card]:
        cell = self.cells.get(key)
        if cell is None:
            return []
        if key in self.unsorted:
            index = positions(doc, "cards")  # ties (never in a valid map) keep the list's order
            cell.sort(key=lambda c: (c.order, index[c.id]))
            self.unsorted.discard(key)
        return cell


# id(doc) -> (weak reference to doc, its index)
_indexes: dict[int, tuple[weakref.ref[JourneyMap], _CellIndex]] = {}


def cell_cards(doc: JourneyMap, key: CellKey) -> list[Card]:
    """The cards of cell ``key`` sorted by order (a fresh list each call)."""
    return list(_index(doc).cell(doc, key))


def _index(doc: JourneyMap) -> _CellIndex:
    entry = _indexes.get(id(doc))
    known = entry[1] if entry is not None and entry[0]() is doc else None
    if known is None or not known.trusted or known.items != doc.cards or known.read_to < PLACEMENTS.start:
        known = _CellIndex(doc.cards)
        _indexes[id(doc)] = (weakref.ref(doc, partial(_forget, id(doc))), known)
    elif known.read_to != PLACEMENTS.end:
        known.catch_up(doc)
    return known


def _forget(key: int, ref: weakref.ref[JourneyMap]) -> None:
    entry = _indexes.get(key)
    if entry is not None and entry[0] is ref:
        del _indexes[key]
