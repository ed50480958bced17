"""Card commands: add (also paste and drop), move, edit fields, duplicate."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Optional, Union

from journeymapper.commands.base import Change, counted_name
from journeymapper.commands.cells import cell_of, cells_of, insert_at_order, renumber
from journeymapper.commands.checks import require_known, require_new_ids
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.commands.simple import SetFields
from journeymapper.model import Asset, Card, Connector, JourneyMap, new_id
from journeymapper.model.kinds import CARD_LANE_KINDS
from journeymapper.model.lookup import find_items


def _card_lanes(doc: JourneyMap) -> set[str]:
    return {lane.id for lane in doc.lanes if lane.kind in CARD_LANE_KINDS}


def _check_card_targets(doc: JourneyMap, cards: Iterable[Card], assets: set[str]) -> None:
    lanes, stages = _card_lanes(doc), {s.id for s in doc.stages}
    personas = {p.id for p in doc.personas}
    for card in cards:
        require_known([card.lane_id], lanes, "lane holding cards")
        require_known([card.stage_id], stages, "stage")
        require_known(card.personas, personas, "persona")
        if card.image is not None:
            require_known([card.image], assets, "image")


def _check_connectors(connectors: Iterable[Connector], cards: set[str]) -> None:
    for connector in connectors:
        require_known([connector.from_card, connector.to_card], cards, "card")
        if connector.from_card == connector.to_card:
            raise ValueError("A connector must join two different cards.")


class AddCards(RecordedCommand):
    """Add cards, each at position ``card.order`` of its cell, with connectors and images among them."""

    def __init__(
        self,
        cards: Union[Card, Sequence[Card]],
        connectors: Sequence[Connector] = (),
        assets: Sequence[Asset] = (),
        name: Optional[str] = None,
    ) -> None:
        cards = [cards] if isinstance(cards, Card) else list(cards)
        if not cards:
            raise ValueError("No cards to add.")
        self.cards = [card.model_copy(deep=True) for card in cards]
        self.connectors = [c.model_copy(deep=True) for c in connectors]
        self.assets = [a.model_copy(deep=True) for a in assets]
        self.name = name or counted_name("Add Card", "Add %n Card(s)", len(self.cards))

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        card_ids = [c.id for c in self.cards]
        require_new_ids(doc, [*card_ids, *(c.id for c in self.connectors), *(a.id for a in self.assets)])
        assets = {a.id for a in doc.assets} | {a.id for a in self.assets}
        _check_card_targets(doc, self.cards, assets)
        _check_connectors(self.connectors, {c.id for c in doc.cards} | set(card_ids))

        journal.insert(doc, "assets", [a.model_copy(deep=True) for a in self.assets])
        changed = insert_at_order(doc, journal, [c.model_copy(deep=True) for c in self.cards])
        journal.insert(doc, "connectors", [c.model_copy(deep=True) for c in self.connectors])
        added = {*card_ids, *(c.id for c in self.connectors), *(a.id for a in self.assets)}
        return Change(added=added, updated=changed)


@dataclass(frozen=True)
class CardMove:
    """Put a card into a cell; ``order`` is its position in that cell after the move."""

    card_id: str
    lane_id: str
    stage_id: str
    order: int = 0


class MoveCards(RecordedCommand):
    """Move cards between and within cells; both source and target cells are renumbered.

    Consecutive keyboard nudges (``nudge=True``) of the same set of cards merge into one step.
    """

    def __init__(self, moves: Sequence[CardMove], nudge: bool = False) -> None:
        moves = tuple(moves)
        ids = [m.card_id for m in moves]
        if not moves:
            raise ValueError("No cards to move.")
        if len(set(ids)) != len(ids):
            raise ValueError("A card can be moved only once per command.")
        if any(m.order < 0 for m in moves):
            raise ValueError("A card's position in its cell cannot be negative.")
        self.moves = moves
        self._steps: list[tuple[CardMove, ...]] = [moves]
        self.name = counted_name("Move Card", "Move %n Card(s)", len(moves))
        if nudge:
            self.merge_key = ("nudge cards", frozenset(ids))

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        change = Change()
        for moves in self._steps:
            change = change.merge(_move(doc, journal, moves))
        return change

    def _absorb(self, other: RecordedCommand) -> bool:
        assert isinstance(other, MoveCards)
        self._steps.extend(other._steps)
        return True


def _move(doc: JourneyMap, journal: Journal, moves: Sequence[CardMove]) -> Change:
    wanted = {m.card_id for m in moves}
    by_id = find_items(doc, "cards", wanted)
    require_known(wanted, set(by_id), "card")
    lanes, stages = _card_lanes(doc), {s.id for s in doc.stages}
    for m in moves:
        require_known([m.lane_id], lanes, "lane holding cards")
        require_known([m.stage_id], stages, "stage")

    keys = {cell_of(by_id[m.card_id]) for m in moves} | {(m.lane_id, m.stage_id) for m in moves}
    cells = cells_of(doc, keys, exclude=wanted)
    updated: set[str] = set()
    # Ascending order so that several cards dropped into one cell land where asked.
    for m in sorted(moves, key=lambda m: m.order):
        card = by_id[m.card_id]
        if journal.set(card, lane_id=m.lane_id, stage_id=m.stage_id):
            updated.add(card.id)
        cell = cells[(m.lane_id, m.stage_id)]
        cell.insert(min(m.order, len(cell)), card)
    updated |= renumber(journal, cells.values())
    return Change(updated=updated)


class SetCardFields(SetFields):
    """Set text, colour, channel, tags, evidence, source, personas, image or score of a card.

    Two consecutive edits of the same single field of one card (typing) merge.
    """

    model = Card
    group = "cards"
    noun = "card"
    settable = frozenset({"text", "colour", "channel", "tags", "evidence", "source", "personas", "image", "score"})

    def __init__(self, card_id: str, **fields: Any) -> None:
        super().__init__(card_id, **fields)
        if len(self.fields) == 1:
            self.merge_key = ("card field", card_id, next(iter(self.fields)))

    def _check(self, doc: JourneyMap) -> None:
        require_known(self.fields.get("personas", ()), {p.id for p in doc.personas}, "persona")
        image = self.fields.get("image")
        if image is not None:
            require_known([image], {a.id for a in doc.assets}, "image")

    def _absorb(self, other: RecordedCommand) -> bool:
        assert isinstance(other, SetCardFields)
        self.fields.update(other.fields)
        return True


class DuplicateCards(RecordedCommand):
    """Copy cards, each copy right after its original, with the connectors among them.

    ``copies`` maps each original id to its copy's id, so the UI can select the copies.
    """

    def __init__(self, card_ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(card_ids))
        if not ids:
            raise ValueError("No cards to duplicate.")
        self.copies = {card_id: new_id("card-") for card_id in ids}
        self._connector_copies: dict[str, str] = {}  # filled on first apply, reused on redo
        self.name = counted_name("Duplicate Card", "Duplicate %n Card(s)", len(ids))

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        originals = {c.id: c for c in doc.cards if c.id in self.copies}
        require_known(self.copies, set(originals), "card")
        require_new_ids(doc, self.copies.values())
        # Keys in document order, so that redo appends the copies in the same order.
        cells = cells_of(doc, dict.fromkeys(cell_of(card) for card in originals.values()))
        new_cards: list[Card] = []
        for key, cell in cells.items():
            with_copies: list[Card] = []
            for card in cell:
                with_copies.append(card)
                if card.id in originals:
                    copy = card.model_copy(update={"id": self.copies[card.id]}, deep=True)
                    with_copies.append(copy)
                    new_cards.append(copy)
            cells[key] = with_copies
        changed = renumber(journal, cells.values(), fresh=set(self.copies.values()))
        journal.insert(doc, "cards", new_cards)

        new_connectors: list[Connector] = []
        for connector in doc.connectors:
            if connector.from_card in self.copies and connector.to_card in self.copies:
                copy_id = self._connector_copies.setdefault(connector.id, new_id("conn-"))
                new_connectors.append(connector.model_copy(deep=True, update={
                    "id": copy_id,
                    "from_card": self.copies[connector.from_card],
                    "to_card": self.copies[connector.to_card],
                }))
        require_new_ids(doc, [c.id for c in new_connectors])
        journal.insert(doc, "connectors", new_connectors)
        added = set(self.copies.values()) | {c.id for c in new_connectors}
        return Change(added=added, updated=changed)
