"""A spreadsheet brought back in: changed cards, added cards, (optionally) deleted cards and KPI
values, all as one undo step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from journeymapper.commands.base import Change, Command, Composite
from journeymapper.commands.checks import find, require_new_ids
from journeymapper.commands.imports import ImportKpis, SetStageMappings
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.commands.removal import RemoveItems
from journeymapper.model import CARD_LANE_KINDS, Card, JourneyMap, Lane, Metric

#: What a sheet row may change on a card.
SHEET_FIELDS = ("stage_id", "lane_id", "order", "text", "evidence", "source", "tags", "personas", "colour")


class UpdateCardsFromSheet(RecordedCommand):
    """Cards given the fields of their sheet rows, and cards added for rows without a known id."""

    def __init__(self, changed: Sequence[Card], added: Sequence[Card]) -> None:
        if not changed and not added:
            raise ValueError("No cards to change or add.")
        self.changed = [Card.model_validate(c.model_dump()) for c in changed]
        self.added = [Card.model_validate(c.model_dump()) for c in added]
        self.name = "Update Cards"

    def _check_places(self, doc: JourneyMap) -> None:
        stages = {s.id for s in doc.stages}
        lanes = {ln.id for ln in doc.lanes if ln.kind in CARD_LANE_KINDS}
        personas = {p.id for p in doc.personas}
        for card in [*self.changed, *self.added]:
            if card.stage_id not in stages or card.lane_id not in lanes:
                raise ValueError(f"Card {card.id!r} has no stage or card lane to go to.")
            if set(card.personas) - personas:
                raise ValueError(f"Card {card.id!r} names a persona the map does not have.")

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        self._check_places(doc)
        require_new_ids(doc, [c.id for c in self.added])
        updated = set()
        for card in self.changed:
            target = find(doc.cards, card.id, "card")
            if journal.set(target, **{name: getattr(card, name) for name in SHEET_FIELDS}):
                updated.add(card.id)
        journal.insert(doc, "cards", [c.model_copy(deep=True) for c in self.added])
        return Change(added={c.id for c in self.added}, updated=updated)


def import_sheet(changed: Sequence[Card], added: Sequence[Card], delete: Sequence[str] = (),
                 new_metrics: Sequence[Metric] = (), updated_metrics: Sequence[Metric] = (),
                 lane: Optional[Lane] = None, mappings: Optional[dict[str, dict[str, str]]] = None) -> Command:
    """Everything a workbook brings, as one undo step ("Import Spreadsheet")."""
    steps: list[Command] = []
    if changed or added:
        steps.append(UpdateCardsFromSheet(changed, added))
    if delete:
        steps.append(RemoveItems(delete, name="Delete Cards Missing from the Sheet"))
    if new_metrics or updated_metrics:
        steps.append(ImportKpis(new_metrics, updated_metrics, lane if new_metrics else None))
    if mappings:
        steps.append(SetStageMappings(mappings))
    if not steps:
        raise ValueError("The spreadsheet changes nothing.")
    return Composite("Import Spreadsheet", steps)
