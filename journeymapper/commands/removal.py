"""Deleting any mix of items, with everything that depends on them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Optional

from journeymapper.commands.base import Change, counted_name
from journeymapper.commands.cells import CellKey, cell_of, cells_of, renumber
from journeymapper.commands.journal import GROUPS, Journal, RecordedCommand, items_of
from journeymapper.model import JourneyMap

# Every name as a literal pair, so that the translation tool extracts both forms.
_NAMES: dict[str, Callable[[int], str]] = {
    "personas": lambda n: counted_name("Delete Persona", "Delete %n Persona(s)", n),
    "stages": lambda n: counted_name("Delete Stage", "Delete %n Stage(s)", n),
    "lanes": lambda n: counted_name("Delete Lane", "Delete %n Lane(s)", n),
    "cards": lambda n: counted_name("Delete Card", "Delete %n Card(s)", n),
    "curves": lambda n: counted_name("Delete Curve", "Delete %n Curve(s)", n),
    "connectors": lambda n: counted_name("Delete Connector", "Delete %n Connector(s)", n),
    "metrics": lambda n: counted_name("Delete KPI", "Delete %n KPI(s)", n),
    "assets": lambda n: counted_name("Delete Image", "Delete %n Image(s)", n),
}


def _items(count: int) -> str:
    return counted_name("Delete Item", "Delete %n Item(s)", count)


class RemoveItems(RecordedCommand):
    """Delete cards, stages, lanes, connectors, curves, personas, metrics or assets.

    Cascades: a stage takes its cards, their connectors, its curve points and metric
    values; a lane takes its cards (and their connectors), curves and metrics; a card
    takes its connectors; a persona takes its curves and leaves cards' persona lists;
    an asset is cleared from cards and personas showing it. Remaining cards of the
    touched cells are renumbered. Undo puts everything back where it was.

    Without a ``name`` (e.g. "Cut") it is "Delete N Items" until applied, then names
    the kind ("Delete 3 Cards"), which only the document knows.
    """

    def __init__(self, ids: Iterable[str], name: Optional[str] = None) -> None:
        self.ids = list(dict.fromkeys(ids))
        if not self.ids:
            raise ValueError("Nothing to delete.")
        self._placeholder = _items(len(self.ids))
        self.name = name or self._placeholder

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        requested = _group_ids(doc, self.ids)
        if self.name == self._placeholder:  # not named by the caller
            self.name = _name(requested, len(self.ids))
        gone = _cascade(doc, requested)
        updated = _detach_survivors(doc, journal, gone)
        for group in GROUPS.values():
            journal.remove(doc, group, gone[group])
        removed = set().union(*gone.values())
        return Change(
            removed=removed,
            updated=updated - removed,
            structure=bool(gone["stages"] or gone["lanes"]),
        )


def _group_ids(doc: JourneyMap, ids: list[str]) -> dict[str, set[str]]:
    wanted = set(ids)
    found: dict[str, set[str]] = {group: set() for group in GROUPS.values()}
    for group in GROUPS.values():
        for item in items_of(doc, group):
            if item.id in wanted:
                found[group].add(item.id)
    missing = wanted.difference(*found.values())
    if missing:
        raise ValueError(f"There is nothing with id {sorted(missing)[0]!r} to delete.")
    return found


def _name(requested: dict[str, set[str]], count: int) -> str:
    kinds = [group for group, ids in requested.items() if ids]
    if len(kinds) != 1:
        return _items(count)
    return _NAMES[kinds[0]](count)


def _cascade(doc: JourneyMap, requested: dict[str, set[str]]) -> dict[str, set[str]]:
    """Everything that goes, per group: the requested items and what cannot live without them."""
    gone = {group: set(ids) for group, ids in requested.items()}
    stages, lanes, personas = gone["stages"], gone["lanes"], gone["personas"]
    gone["cards"] |= {c.id for c in doc.cards if c.stage_id in stages or c.lane_id in lanes}
    cards = gone["cards"]
    gone["connectors"] |= {c.id for c in doc.connectors if c.from_card in cards or c.to_card in cards}
    gone["curves"] |= {c.id for c in doc.curves if c.lane_id in lanes or c.persona_id in personas}
    gone["metrics"] |= {m.id for m in doc.metrics if m.lane_id in lanes}
    return gone


def _detach_survivors(doc: JourneyMap, journal: Journal, gone: dict[str, set[str]]) -> set[str]:
    """Drop references to removed things from items that stay; ids of the items edited."""
    return (_detach_cards(doc, journal, gone) | _detach_personas(doc, journal, gone)
            | _detach_curves(doc, journal, gone) | _detach_metrics(doc, journal, gone))


def _detach_cards(doc: JourneyMap, journal: Journal, gone: dict[str, set[str]]) -> set[str]:
    """Cards that stay lose removed personas and images; the cells that lost cards are renumbered."""
    personas, assets, cards = gone["personas"], gone["assets"], gone["cards"]
    updated: set[str] = set()
    touched_cells: set[CellKey] = set()
    for card in doc.cards:
        if card.id in cards:
            touched_cells.add(cell_of(card))
            continue
        edits: dict[str, object] = {}
        if personas.intersection(card.personas):
            edits["personas"] = [p for p in card.personas if p not in personas]
        if card.image in assets:
            edits["image"] = None
        if edits and journal.set(card, **edits):
            updated.add(card.id)
    live_cells = [k for k in touched_cells if k[0] not in gone["lanes"] and k[1] not in gone["stages"]]
    return updated | renumber(journal, cells_of(doc, live_cells, exclude=cards).values())


def _detach_personas(doc: JourneyMap, journal: Journal, gone: dict[str, set[str]]) -> set[str]:
    """Personas that stay lose a removed photo."""
    personas, assets = gone["personas"], gone["assets"]
    return {persona.id for persona in doc.personas
            if persona.id not in personas and persona.photo in assets and journal.set(persona, photo=None)}


def _detach_curves(doc: JourneyMap, journal: Journal, gone: dict[str, set[str]]) -> set[str]:
    """Curves that stay lose their points in removed stages."""
    stages, updated = gone["stages"], set()
    for curve in doc.curves if stages else ():
        if curve.id not in gone["curves"] and any(p.stage_id in stages for p in curve.points):
            journal.set(curve, points=[p for p in curve.points if p.stage_id not in stages])
            updated.add(curve.id)
    return updated


def _detach_metrics(doc: JourneyMap, journal: Journal, gone: dict[str, set[str]]) -> set[str]:
    """Metrics that stay lose their values and targets in removed stages."""
    stages, updated = gone["stages"], set()
    for metric in doc.metrics if stages else ():
        if metric.id in gone["metrics"]:
            continue
        values = {k: v for k, v in metric.values.items() if k not in stages}
        targets = {k: v for k, v in metric.targets.items() if k not in stages}
        if journal.set(metric, values=values, targets=targets):
            updated.add(metric.id)
    return updated
