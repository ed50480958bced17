"""Stages, lanes and map fields: commands that change the layout."""

from __future__ import annotations

import pytest

from journeymapper.commands import (
    AddLane,
    AddStage,
    Change,
    MoveLane,
    MoveStage,
    ResizeLane,
    ResizeStage,
    SetLaneFields,
    SetMapFields,
    SetStageFields,
)
from journeymapper.model import EmotionScale, Lane, LaneKind, Language, Stage

#: What a bad map field is told (parametrized cases differ).
BAD_MAP_FIELD = r"cannot be set here|minimum must be below its maximum|Invalid journeymap language"


def ids(items) -> list[str]:
    return [item.id for item in items]


def point_stages(doc, curve_index: int = 0) -> list[str]:
    return [p.stage_id for p in doc.curves[curve_index].points]


# --- stages --------------------------------------------------------------------------------------

def test_add_stage_inserts_it_and_invents_no_emotion_point(doc, check):
    before = [list(c.points) for c in doc.curves]
    change = check(doc, AddStage(Stage(id="s-new", name="Compare"), 1))
    assert ids(doc.stages) == ["s-aware", "s-new", "s-buy", "s-use"]
    assert [list(c.points) for c in doc.curves] == before  # a gap at the new stage, no 0 in between
    assert change == Change(added={"s-new"}, structure=True)


def test_add_stage_at_the_end_by_default(doc, check):
    check(doc, AddStage(Stage(id="s-new", name="Leave")))
    assert ids(doc.stages)[-1] == "s-new"
    assert all(p.stage_id != "s-new" for c in doc.curves for p in c.points)


def test_remove_stage_removes_only_its_points(doc, check):
    from journeymapper.commands import RemoveItems
    kept = [[p for p in c.points if p.stage_id != "s-buy"] for c in doc.curves]
    check(doc, RemoveItems(["s-buy"]))
    assert [list(c.points) for c in doc.curves] == kept


def test_add_stage_with_a_used_id_is_refused(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"'c1' is already in use"):
        AddStage(Stage(id="c1", name="x")).apply(doc)
    assert doc == before  # a refused command changes nothing


def test_move_stage_reorders_stages_and_curve_points(doc, check):
    change = check(doc, MoveStage("s-aware", 2))
    assert ids(doc.stages) == ["s-buy", "s-use", "s-aware"]
    assert point_stages(doc) == ["s-buy", "s-use", "s-aware"]
    assert doc.curves[0].points[2].label == "curious"
    assert change.structure and {"s-aware", "cv-anna", "cv-ben"} <= change.updated


def test_move_stage_to_where_it_is_changes_nothing(doc):
    before = doc.model_copy(deep=True)
    assert MoveStage("s-buy", 1).apply(doc) == Change()
    assert doc == before


def test_resize_stage(doc, check):
    change = check(doc, ResizeStage("s-buy", 2.5))
    assert doc.stages[1].width == 2.5
    assert change == Change(updated={"s-buy"}, structure=True)
    with pytest.raises(ValueError, match=r'greater than or equal to 0.25'):
        ResizeStage("s-buy", 0.0)
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no stage with id 'ghost'"):
        ResizeStage("ghost", 2).apply(doc)
    assert doc == before  # a refused command changes nothing


def test_set_stage_fields(doc, check):
    change = check(doc, SetStageFields("s-use", name="Use it", colour="#101010"))
    assert (doc.stages[2].name, doc.stages[2].colour) == ("Use it", "#101010")
    assert change == Change(updated={"s-use"})
    with pytest.raises(ValueError, match=r"'width' cannot be set here"):
        SetStageFields("s-use", width=2)


# --- lanes ---------------------------------------------------------------------------------------

def test_add_lane_at_index(doc, check):
    change = check(doc, AddLane(Lane(id="l-new", kind=LaneKind.OPPORTUNITIES, title="Ideas"), 0))
    assert ids(doc.lanes) == ["l-new", "l-touch", "l-emo", "l-pain", "l-kpi"]
    assert change == Change(added={"l-new"}, structure=True)


def test_move_and_resize_lane(doc, check):
    check(doc, MoveLane("l-kpi", 0))
    assert ids(doc.lanes) == ["l-kpi", "l-touch", "l-emo", "l-pain"]
    change = check(doc, ResizeLane("l-emo", 3))
    assert doc.lanes[2].height == 3
    assert change.structure


def test_lane_kind_changes_only_between_card_kinds(doc, check):
    change = check(doc, SetLaneFields("l-pain", kind="opportunities", title="Ideas"))
    assert doc.lanes[2].kind is LaneKind.OPPORTUNITIES and doc.lanes[2].title == "Ideas"
    assert change == Change(updated={"l-pain"})
    with pytest.raises(ValueError, match=r'cannot be changed into a emotions lane'):
        SetLaneFields("l-pain", kind="emotions")
    with pytest.raises(ValueError, match=r'cannot be changed into a kpis lane'):
        SetLaneFields("l-pain", kind="kpis")
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r'cannot be changed into another kind'):
        SetLaneFields("l-emo", kind="text").apply(doc)
    assert doc == before
    check(doc, SetLaneFields("l-emo", title="Mood"))


# --- map fields ----------------------------------------------------------------------------------

def test_set_map_fields(doc, check):
    change = check(doc, SetMapFields(title="Onboarding", client="ACME", language="da"))
    assert (doc.title, doc.client, doc.language) == ("Onboarding", "ACME", Language.DA)
    assert change == Change(updated={"map-1"})


def test_narrower_emotion_scale_clamps_curve_points_and_undo_restores_them(doc, check):
    change = check(doc, SetMapFields(emotion_scale={"min": -2, "max": 2}))
    assert [p.value for p in doc.curves[0].points] == [1, -2, 2]
    assert [p.value for p in doc.curves[1].points] == [0, 2, -2]
    assert doc.curves[0].points[2].label == "happy"
    assert change == Change(updated={"map-1", "cv-anna", "cv-ben"}, structure=True)


def test_wider_emotion_scale_keeps_values_but_redoes_the_layout(doc, check):
    change = check(doc, SetMapFields(emotion_scale=EmotionScale(min=-5, max=5)))
    assert change == Change(updated={"map-1"}, structure=True)


@pytest.mark.parametrize("fields", [
    {"emotion_scale": {"min": 2, "max": 2}}, {"language": "fr"}, {"id": "other"}, {"created": None},
])
def test_set_map_fields_refuses_bad_values(fields):
    with pytest.raises(ValueError, match=BAD_MAP_FIELD):
        SetMapFields(**fields)
