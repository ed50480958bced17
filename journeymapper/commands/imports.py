"""Imports as commands: everything one CSV file (or one KPI preset) brings in is one undo step.

The CSV parsers (:mod:`journeymapper.io.csv_import`) never touch the document; they
return new cards, or new metrics and updated copies of existing ones. The commands
here apply that result, and undo restores the document exactly.

A map without a KPI lane gets one: :func:`with_kpi_lane` gives the parser a view
of the map with a new lane (the document itself is not changed), and the command
adds that lane in the same undo step as the metrics.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from journeymapper.commands.base import Change, Command, Composite, counted_name
from journeymapper.commands.cards import AddCards
from journeymapper.commands.checks import find, require_known, require_lane_kind, require_new_ids
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.model import LANE_COLOURS, Card, JourneyMap, Lane, LaneKind, Language, Metric, new_id

#: Title of a KPI lane made for an import or a preset, in the map's language (as the templates name it).
KPI_LANE_TITLES = {Language.EN: "KPIs", Language.DA: "KPI'er"}


class ImportCards(AddCards):
    """Cards from a workshop spreadsheet, appended to their cells: "Import 12 Cards"."""

    def __init__(self, cards: Sequence[Card]) -> None:
        super().__init__(list(cards), name=counted_name("Import Card", "Import %n Card(s)", len(cards)))


def kpi_lane(doc: JourneyMap) -> Optional[Lane]:
    """The map's first KPI lane, where new metrics go."""
    return next((lane for lane in doc.lanes if lane.kind is LaneKind.KPIS), None)


def new_kpi_lane(doc: JourneyMap) -> Lane:
    """A KPI lane for ``doc`` (not added): titled in the map's language."""
    return Lane(id=new_id("l-"), kind=LaneKind.KPIS, title=KPI_LANE_TITLES.get(doc.language, "KPIs"),
                colour=LANE_COLOURS[LaneKind.KPIS])


def with_kpi_lane(doc: JourneyMap) -> tuple[JourneyMap, Optional[Lane]]:
    """``doc`` itself if it has a KPI lane; else a shallow copy with a new KPI lane at the end,
    and that lane (hand it to :class:`ImportKpis`). The copy shares every item: read it only."""
    if kpi_lane(doc) is not None:
        return doc, None
    lane = new_kpi_lane(doc)
    return doc.model_copy(update={"lanes": [*doc.lanes, lane]}), lane


class ImportKpis(RecordedCommand):
    """New metrics added, and existing metrics given the imported values, targets and unit.

    ``updated_metrics`` are copies of metrics of the document (same ids) with the
    import merged in; only their values, targets and unit are taken over.
    ``lane`` is a KPI lane to add first, for maps that have none (see :func:`with_kpi_lane`).
    """

    def __init__(self, new_metrics: Sequence[Metric], updated_metrics: Sequence[Metric] = (),
                 lane: Optional[Lane] = None, name: str = "Import KPIs") -> None:
        if not new_metrics and not updated_metrics:
            raise ValueError("No KPIs to import.")
        if lane is not None and lane.kind is not LaneKind.KPIS:
            raise ValueError(f"Lane {lane.id!r} is not a kpis lane.")
        # Re-validated: parsers build working copies without validation.
        self.new_metrics = [Metric.model_validate(m.model_dump()) for m in new_metrics]
        self.updated_metrics = [Metric.model_validate(m.model_dump()) for m in updated_metrics]
        self.lane = lane.model_copy(deep=True) if lane is not None else None
        self.name = name

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        change = Change()
        if self.lane is not None:
            require_new_ids(doc, [self.lane.id])
            journal.insert(doc, "lanes", [self.lane.model_copy(deep=True)])
            change = Change(added={self.lane.id}, structure=True)
        stages = {s.id for s in doc.stages}
        require_new_ids(doc, [m.id for m in self.new_metrics])
        for metric in [*self.new_metrics, *self.updated_metrics]:
            require_known(metric.values, stages, "stage")
            require_known(metric.targets, stages, "stage")
        for metric in self.new_metrics:
            require_lane_kind(doc, metric.lane_id, LaneKind.KPIS)
        journal.insert(doc, "metrics", [m.model_copy(deep=True) for m in self.new_metrics])
        updated: set[str] = set()
        for metric in self.updated_metrics:
            target = find(doc.metrics, metric.id, "metric")
            if journal.set(target, values=dict(metric.values), targets=dict(metric.targets), unit=metric.unit,
                           source=metric.source):
                updated.add(metric.id)
        return change.merge(Change(added={m.id for m in self.new_metrics}, updated=updated))


class SetStageMappings(RecordedCommand):
    """The map's remembered step -> stage matches of analytics sources (part of an import's step)."""

    def __init__(self, mappings: dict[str, dict[str, str]]) -> None:
        self.mappings = {source: dict(steps) for source, steps in mappings.items()}
        self.name = "Remember Stage Matches"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        stages = {s.id for s in doc.stages}
        for steps in self.mappings.values():
            require_known(steps.values(), stages, "stage")
        journal.set(doc, stage_mappings={k: dict(v) for k, v in self.mappings.items()})
        return Change(updated={doc.id})


def import_analytics(new_metrics: Sequence[Metric], updated_metrics: Sequence[Metric], lane: Optional[Lane],
                     mappings: Optional[dict[str, dict[str, str]]]) -> Command:
    """KPIs from an analytics export and the stage matches to remember: one undo step."""
    kpis = ImportKpis(new_metrics, updated_metrics, lane)
    if not mappings:
        return kpis
    return Composite("Import KPIs", [kpis, SetStageMappings(mappings)])


def add_kpi(doc: JourneyMap, name: str, unit: str = "", higher_is_better: bool = True) -> tuple[Command, str]:
    """A command adding an empty metric to the first KPI lane (adding the lane too when the
    map has none, in the same undo step), and the new metric's id."""
    base, lane = with_kpi_lane(doc)
    target = kpi_lane(base)
    assert target is not None
    metric = Metric(id=new_id("metric-"), lane_id=target.id, name=name, unit=unit,
                    higher_is_better=higher_is_better)
    return ImportKpis([metric], lane=lane, name="Add KPI"), metric.id


__all__ = ["KPI_LANE_TITLES", "ImportCards", "ImportKpis", "SetStageMappings", "add_kpi", "import_analytics",
           "kpi_lane", "new_kpi_lane",
           "with_kpi_lane"]
