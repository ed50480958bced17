"""Card positions inside cells: orders are kept 0..n-1 per (lane, stage) cell."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from journeymapper.commands.journal import Journal
from journeymapper.model import Card, JourneyMap
from journeymapper.model.cell_index import cell_cards

CellKey = tuple[str, str]  # (lane id, stage id)


def cell_of(card: Card) -> CellKey:
    return (card.lane_id, card.stage_id)


def cells_of(
    doc: JourneyMap, keys: Iterable[CellKey], exclude: Collection[str] = ()
) -> dict[CellKey, list[Card]]:
    """The cards of the given cells sorted by order, leaving out the ids in ``exclude``."""
    return {key: [c for c in cell_cards(doc, key) if c.id not in exclude] for key in keys}


def renumber(journal: Journal, cells: Iterable[list[Card]], fresh: Collection[str] = ()) -> set[str]:
    """Give each card its list position as order; ids of existing cards whose order changed.

    Cards in ``fresh`` are not in the document yet, so their order is set directly.
    """
    changed: set[str] = set()
    for cell in cells:
        for position, card in enumerate(cell):
            if card.id in fresh:
                card.order = position
            elif (card.order != position or type(card.order) is not int) and journal.set(card, order=position):
                changed.add(card.id)
    return changed


def insert_at_order(doc: JourneyMap, journal: Journal, cards: list[Card]) -> set[str]:
    """Add new cards (owned copies), each at position ``order`` of its cell, in sequence.

    Later cards in the cell move down. Returns ids of existing cards whose order changed.
    """
    cells = cells_of(doc, {cell_of(card) for card in cards})
    for card in cards:
        cell = cells[cell_of(card)]
        cell.insert(min(card.order, len(cell)), card)
    changed = renumber(journal, cells.values(), fresh={card.id for card in cards})
    journal.insert(doc, "cards", cards)
    return changed
