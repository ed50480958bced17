"""CSV imports and KPI presets are one command each, and undo restores the map exactly."""

from __future__ import annotations

import pytest

from journeymapper.commands.imports import (
    ImportCards,
    ImportKpis,
    add_kpi,
    kpi_lane,
    with_kpi_lane,
)
from journeymapper.io.csv_import import parse_card_rows, parse_kpi_rows
from journeymapper.model import Card, Language, Metric

KPI_CSV = "stage;metric;value;target;unit\nAware;NPS;12;;\nBuy;Visitors;1.200;;\nUse;Visitors;300;400;\n"
CARD_CSV = "stage,lane,text,evidence\nAware,Touchpoints,Sees an ad,observed\nBuy,Pain points,Card declined,\n"


def test_import_cards_is_one_step(doc, check, cell_ids):
    result = parse_card_rows(doc, CARD_CSV)
    assert not result.errors
    command = ImportCards(result.cards)
    assert command.name == "Import 2 Cards"
    before = cell_ids(doc, "l-touch", "s-aware")
    change = check(doc, command)
    assert change.added == {c.id for c in result.cards}
    assert cell_ids(doc, "l-touch", "s-aware") == [*before, result.cards[0].id]
    assert ImportCards(result.cards[:1]).name == "Import Card"


def test_import_kpis_adds_and_updates_in_one_step(doc, check):
    result = parse_kpi_rows(doc, KPI_CSV)
    assert not result.errors
    [visitors] = result.new_metrics
    command = ImportKpis(result.new_metrics, result.updated_metrics)
    assert command.name == "Import KPIs"
    change = check(doc, command)
    assert change.added == {visitors.id} and change.updated == {"m-nps"} and not change.structure
    nps = next(m for m in doc.metrics if m.id == "m-nps")
    assert nps.values["s-aware"] == 12 and nps.targets == {"s-buy": 25}
    added = next(m for m in doc.metrics if m.id == visitors.id)
    assert added.values == {"s-buy": 1200.0, "s-use": 300.0} and added.targets == {"s-use": 400.0}


def test_import_kpis_creates_a_kpi_lane_when_the_map_has_none(doc, check):
    doc.metrics.clear()
    doc.lanes = [lane for lane in doc.lanes if lane.id != "l-kpi"]
    doc.language = Language.DA
    base, lane = with_kpi_lane(doc)
    assert lane is not None and lane.title == "KPI'er" and kpi_lane(doc) is None
    assert base is not doc and base.cards is doc.cards  # a read-only view, the map is unchanged
    result = parse_kpi_rows(base, KPI_CSV)
    change = check(doc, ImportKpis(result.new_metrics, result.updated_metrics, lane=lane))
    assert change.structure and lane.id in change.added
    assert doc.lanes[-1].id == lane.id and {m.lane_id for m in doc.metrics} == {lane.id}


def test_with_kpi_lane_keeps_a_map_that_has_one(doc):
    assert with_kpi_lane(doc) == (doc, None)


def test_import_kpis_refuses_what_does_not_fit(doc):
    with pytest.raises(ValueError, match="No KPIs"):
        ImportKpis([], [])
    stray = Metric(id="m-new", lane_id="l-kpi", name="X", values={"s-nowhere": 1})
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match="no stage"):
        ImportKpis([stray]).apply(doc)
    assert doc == before
    in_card_lane = Metric(id="m-new", lane_id="l-touch", name="X")
    with pytest.raises(ValueError, match="not a kpis lane"):
        ImportKpis([in_card_lane]).apply(doc)
    assert doc == before
    with pytest.raises(ValueError, match="already in use"):
        ImportKpis([Metric(id="c1", lane_id="l-kpi", name="X")]).apply(doc)
    assert doc == before


def test_import_cards_refuses_unknown_lanes(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no lane holding cards with id 'l-emo'"):
        ImportCards([Card(id="new", lane_id="l-emo", stage_id="s-aware", text="x")]).apply(doc)
    assert doc == before


def test_add_kpi_preset(doc, check):
    command, metric_id = add_kpi(doc, "Bounce rate", "%", higher_is_better=False)
    assert command.name == "Add KPI"
    change = check(doc, command)
    assert change.added == {metric_id}
    metric = doc.metrics[-1]
    assert (metric.id, metric.lane_id, metric.unit, metric.higher_is_better) == (metric_id, "l-kpi", "%", False)


def test_add_kpi_to_a_map_without_kpi_lane(doc, check):
    doc.metrics.clear()
    doc.lanes = [lane for lane in doc.lanes if lane.id != "l-kpi"]
    command, metric_id = add_kpi(doc, "Visitors")
    change = check(doc, command)
    lane = kpi_lane(doc)
    assert lane is not None and lane.title == "KPIs" and change.structure
    assert change.added == {lane.id, metric_id}
