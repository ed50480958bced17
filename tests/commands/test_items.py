"""Personas, curves, connectors, metrics, assets, and composites of commands."""

from __future__ import annotations

import pytest

from journeymapper.commands import (
    AddAsset,
    AddCards,
    AddConnector,
    AddCurve,
    AddMetric,
    AddPersona,
    Change,
    Composite,
    RemoveItems,
    SetConnectorFields,
    SetCurveFields,
    SetCurvePoint,
    SetMetricFields,
    SetMetricValue,
    SetPersonaFields,
)
from journeymapper.model import (
    Asset,
    Card,
    Connector,
    ConnectorStyle,
    Curve,
    CurvePoint,
    CurveVariant,
    Metric,
    Persona,
)

#: What a bad curve point is told (parametrized cases differ).
BAD_CURVE = r"one point per stage|not a emotions lane|no (stage|persona) with id 'ghost'|outside the emotion scale"


def points(doc, curve_index: int = 0) -> list[tuple[str, int, str]]:
    return [(p.stage_id, p.value, p.label) for p in doc.curves[curve_index].points]


# --- personas ------------------------------------------------------------------------------------

def test_add_persona_and_edit_it(doc, check):
    change = check(doc, AddPersona(Persona(id="p-cat", name="Cat"), 0))
    assert [p.id for p in doc.personas] == ["p-cat", "p-anna", "p-ben"]
    assert change == Change(added={"p-cat"})
    change = check(doc, SetPersonaFields("p-cat", role="Buyer", goals=["save time"], photo="a-logo"))
    assert (doc.personas[0].role, doc.personas[0].goals, doc.personas[0].photo) == (
        "Buyer", ["save time"], "a-logo")
    assert change == Change(updated={"p-cat"})


def test_persona_photo_must_exist(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no image with id 'ghost'"):
        AddPersona(Persona(id="p-cat", name="Cat", photo="ghost")).apply(doc)
    assert doc == before  # a refused command changes nothing
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no image with id 'ghost'"):
        SetPersonaFields("p-anna", photo="ghost").apply(doc)
    assert doc == before  # a refused command changes nothing
    with pytest.raises(ValueError, match=r"'id' cannot be set here"):
        SetPersonaFields("p-anna", id="p-x")


# --- curves --------------------------------------------------------------------------------------

def test_add_curve(doc, check):
    curve = Curve(id="cv-new", lane_id="l-emo", persona_id="p-anna", variant=CurveVariant.TO_BE,
                  points=[CurvePoint(stage_id="s-aware", value=2)])
    assert check(doc, AddCurve(curve)) == Change(added={"cv-new"})
    assert doc.curves[-1] == curve


@pytest.mark.parametrize("curve", [
    Curve(id="cv-x", lane_id="l-touch", persona_id="p-anna"),
    Curve(id="cv-x", lane_id="l-emo", persona_id="ghost"),
    Curve(id="cv-x", lane_id="l-emo", persona_id="p-anna", points=[CurvePoint(stage_id="ghost")]),
    Curve(id="cv-x", lane_id="l-emo", persona_id="p-anna", points=[CurvePoint(stage_id="s-buy", value=9)]),
    Curve(id="cv-x", lane_id="l-emo", persona_id="p-anna",
          points=[CurvePoint(stage_id="s-buy"), CurvePoint(stage_id="s-buy")]),
])
def test_add_curve_refuses_what_would_break_the_map(doc, curve):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=BAD_CURVE):
        AddCurve(curve).apply(doc)
    assert doc == before  # a refused command changes nothing


def test_set_curve_point_keeps_label_unless_given(doc, check):
    check(doc, SetCurvePoint("cv-anna", "s-use", -1))
    assert points(doc)[2] == ("s-use", -1, "happy")
    check(doc, SetCurvePoint("cv-anna", "s-use", 2, label="relieved"))
    assert points(doc)[2] == ("s-use", 2, "relieved")


def test_set_curve_point_adds_a_missing_point_in_stage_order(doc, check):
    doc.curves[0].points = [p for p in doc.curves[0].points if p.stage_id != "s-buy"]
    change = check(doc, SetCurvePoint("cv-anna", "s-buy", 1))
    assert [s for s, _, _ in points(doc)] == ["s-aware", "s-buy", "s-use"]
    assert change == Change(updated={"cv-anna"})


def test_set_curve_point_refuses_values_outside_the_scale(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match="outside"):
        SetCurvePoint("cv-anna", "s-use", 4).apply(doc)
    assert doc == before  # a refused command changes nothing
    with pytest.raises(ValueError, match=r'less than or equal to 1000'):
        SetCurvePoint("cv-anna", "s-use", 5000)


def test_dragging_a_point_merges_into_one_step(doc):
    original = doc.model_copy(deep=True)
    steps = [SetCurvePoint("cv-anna", "s-buy", v) for v in (-1, 0, 1)]
    for step in steps:
        step.apply(doc)
    assert all(steps[0].merge_with(step) for step in steps[1:])
    final = doc.model_copy(deep=True)
    assert points(doc)[1] == ("s-buy", 1, "")
    steps[0].revert(doc)
    assert doc == original
    steps[0].apply(doc)
    assert doc == final
    other = SetCurvePoint("cv-anna", "s-use", 0)
    other.apply(doc)
    assert not steps[0].merge_with(other)


def test_set_curve_fields(doc, check):
    check(doc, SetCurveFields("cv-ben", visible=False, variant="as_is"))
    assert doc.curves[1].visible is False and doc.curves[1].variant is CurveVariant.AS_IS
    with pytest.raises(ValueError, match=r"'persona_id' cannot be set here"):
        SetCurveFields("cv-ben", persona_id="p-anna")


# --- connectors ----------------------------------------------------------------------------------

def test_add_connector_and_edit_it(doc, check):
    assert check(doc, AddConnector(Connector(id="k9", from_card="c2", to_card="c7"))) == Change(added={"k9"})
    check(doc, SetConnectorFields("k9", label="if unhappy", style="back"))
    assert (doc.connectors[-1].label, doc.connectors[-1].style) == ("if unhappy", ConnectorStyle.BACK)


@pytest.mark.parametrize("ends", [("c1", "ghost"), ("c1", "c1")])
def test_add_connector_needs_two_existing_different_cards(doc, ends):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no card with id 'ghost'|two different cards"):
        AddConnector(Connector(id="k9", from_card=ends[0], to_card=ends[1])).apply(doc)
    assert doc == before  # a refused command changes nothing


# --- metrics -------------------------------------------------------------------------------------

def test_add_metric_only_to_a_kpis_lane(doc, check):
    check(doc, AddMetric(Metric(id="m-2", lane_id="l-kpi", name="CSAT", values={"s-use": 4.5})))
    assert doc.metrics[-1].values == {"s-use": 4.5}
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r'is not a kpis lane'):
        AddMetric(Metric(id="m-3", lane_id="l-touch", name="x")).apply(doc)
    assert doc == before  # a refused command changes nothing
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no stage with id 'ghost'"):
        AddMetric(Metric(id="m-3", lane_id="l-kpi", name="x", targets={"ghost": 1})).apply(doc)
    assert doc == before  # a refused command changes nothing


def test_set_metric_value_sets_and_clears(doc, check):
    change = check(doc, SetMetricValue("m-nps", "s-use", 35, 40))
    assert doc.metrics[0].values["s-use"] == 35 and doc.metrics[0].targets["s-use"] == 40
    assert change == Change(updated={"m-nps"})
    check(doc, SetMetricValue("m-nps", "s-buy", None, None))
    assert "s-buy" not in doc.metrics[0].values and "s-buy" not in doc.metrics[0].targets
    with pytest.raises(ValueError, match=r'finite number'):
        SetMetricValue("m-nps", "s-buy", float("nan"), None)
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no stage with id 'ghost'"):
        SetMetricValue("m-nps", "ghost", 1, None).apply(doc)
    assert doc == before  # a refused command changes nothing


def test_set_metric_fields(doc, check):
    check(doc, SetMetricFields("m-nps", name="Net promoter", unit="pts", higher_is_better=False))
    assert (doc.metrics[0].name, doc.metrics[0].unit, doc.metrics[0].higher_is_better) == (
        "Net promoter", "pts", False)


# --- assets --------------------------------------------------------------------------------------

def test_add_asset(doc, check):
    asset = Asset(id="a-2", mime="image/jpeg", width=3, height=4, data="xyz")
    command = AddAsset(asset)
    assert check(doc, command) == Change(added={"a-2"})
    assert doc.assets[-1] == asset and command.name == "Add Image"


# --- composite -----------------------------------------------------------------------------------

def test_composite_is_one_step_and_reverts_in_reverse(doc, check):
    asset = Asset(id="a-2", mime="image/png", width=1, height=1, data="x")
    card = Card(id="n", lane_id="l-touch", stage_id="s-use", image="a-2")
    command = Composite("Insert Image", [AddAsset(asset), AddCards(card)])
    change = check(doc, command)
    assert change == Change(added={"a-2", "n"})
    assert command.name == "Insert Image"


def test_composite_that_fails_halfway_leaves_the_map_untouched(doc):
    before = doc.model_copy(deep=True)
    command = Composite("Broken", [RemoveItems(["c1"]), RemoveItems(["c1"])])
    with pytest.raises(ValueError, match=r"nothing with id 'c1' to delete"):
        command.apply(doc)
    assert doc == before


def test_revert_without_apply_is_an_error(doc):
    with pytest.raises(RuntimeError, match=r'not applied'):
        RemoveItems(["c1"]).revert(doc)
