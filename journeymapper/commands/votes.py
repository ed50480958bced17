"""Dot voting in a workshop: a card's votes, and clearing them all for a new round."""

from __future__ import annotations

from journeymapper.commands.base import Change
from journeymapper.commands.checks import find, validate_field
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.model import Card, JourneyMap


class SetVotes(RecordedCommand):
    """Set one card's dot votes (each + or − is its own undo step, so they never merge)."""

    def __init__(self, card_id: str, votes: int) -> None:
        self.card_id = card_id
        self.votes: int = validate_field(Card, "votes", votes)
        self.name = "Vote"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        card = find(doc.cards, self.card_id, "card")
        if not journal.set(card, votes=self.votes):
            raise ValueError(f"The card already has {self.votes} votes.")
        return Change(updated={self.card_id})


class ClearVotes(RecordedCommand):
    """Every card's votes back to 0: a new round of voting."""

    name = "Clear Votes"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        voted = [card for card in doc.cards if card.votes]
        if not voted:
            raise ValueError("There are no votes to clear.")
        for card in voted:
            journal.set(card, votes=0)
        return Change(updated={card.id for card in voted})


def vote_step(doc: JourneyMap, card_id: str, delta: int) -> SetVotes:
    """The command for one more (+1) or one fewer (−1) vote on a card; ValueError below 0."""
    card = find(doc.cards, card_id, "card")
    if card.votes + delta < 0:
        raise ValueError("The card has no votes to take away.")
    return SetVotes(card_id, card.votes + delta)
