"""Keep mine / Take theirs and a whole merge, as undoable commands."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.commands import MoveStage, RemoveItems, SetCardFields, SetCurvePoint, SetMetricValue
from journeymapper.commands.conflicts import ReplaceContent, ResolveConflict
from journeymapper.compare import merge
from journeymapper.model import integrity_problems
from tests.commands.conftest import build_sample, undo_redo
from tests.compare.test_compare_properties import edited


def merged(ours_commands, theirs_commands):
    base, ours, theirs = build_sample(), build_sample(), build_sample()
    for command in ours_commands:
        command.apply(ours)
    for command in theirs_commands:
        command.apply(theirs)
    return merge(base, ours, theirs, source="theirs.jmap").doc


def card(doc, card_id):
    return next((c for c in doc.cards if c.id == card_id), None)


def test_take_theirs_sets_their_value_and_drops_the_record_undoably():
    doc = merged([SetCardFields("c1", text="mine")], [SetCardFields("c1", text="theirs")])
    [conflict] = doc.conflicts
    undo_redo(doc, ResolveConflict(conflict.id, take_theirs=True))
    assert card(doc, "c1").text == "theirs" and doc.conflicts == []


def test_keep_mine_only_drops_the_record():
    doc = merged([SetCardFields("c1", text="mine")], [SetCardFields("c1", text="theirs")])
    undo_redo(doc, ResolveConflict(doc.conflicts[0].id, take_theirs=False))
    assert card(doc, "c1").text == "mine" and doc.conflicts == []


def test_an_item_they_deleted_goes_only_when_taking_theirs():
    doc = merged([SetCardFields("c3", text="mine")], [RemoveItems(["c3"])])
    [conflict] = doc.conflicts
    assert (conflict.field, conflict.theirs) == ("", None) and card(doc, "c3").text == "mine"
    keep = doc.model_copy(deep=True)
    undo_redo(keep, ResolveConflict(conflict.id, take_theirs=False))
    assert card(keep, "c3") is not None
    undo_redo(doc, ResolveConflict(conflict.id, take_theirs=True))
    assert card(doc, "c3") is None and doc.conflicts == []


def test_an_item_we_deleted_that_they_changed_is_kept_until_keep_mine():
    doc = merged([RemoveItems(["c3"])], [SetCardFields("c3", text="theirs")])
    [conflict] = doc.conflicts
    assert conflict.theirs["text"] == "theirs" and card(doc, "c3").text == "theirs"
    undo_redo(doc, ResolveConflict(conflict.id, take_theirs=False))
    assert card(doc, "c3") is None


def test_points_kpi_values_and_positions_take_theirs():
    doc = merged([SetCurvePoint("cv-anna", "s-buy", 1), SetMetricValue("m-nps", "s-buy", 1.0, None),
                  MoveStage("s-use", 0)],
                 [SetCurvePoint("cv-anna", "s-buy", 3), SetMetricValue("m-nps", "s-buy", 2.0, None),
                  MoveStage("s-use", 1)])
    assert {(c.kind, c.field) for c in doc.conflicts} >= {("point", "value"), ("metric", "values.s-buy"),
                                                          ("stage", "position")}
    for conflict in list(doc.conflicts):
        undo_redo(doc, ResolveConflict(conflict.id, take_theirs=True))
    curve = next(c for c in doc.curves if c.id == "cv-anna")
    assert next(p.value for p in curve.points if p.stage_id == "s-buy") == 3
    assert doc.metrics[0].values["s-buy"] == 2.0
    assert [s.id for s in doc.stages][1] == "s-use"


def test_an_unknown_conflict_is_refused_and_nothing_changes():
    doc = merged([SetCardFields("c1", text="mine")], [SetCardFields("c1", text="theirs")])
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match="no conflict with id 'nope'"):
        ResolveConflict("nope", take_theirs=True).apply(doc)
    assert doc == before


def test_a_merge_is_one_undoable_step():
    doc = build_sample()
    theirs = build_sample()
    SetCardFields("c2", text="theirs").apply(theirs)
    result = merge(build_sample(), doc, theirs)
    undo_redo(doc, ReplaceContent(result.doc))
    assert card(doc, "c2").text == "theirs"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), take=st.booleans())
def test_resolving_every_conflict_either_way_leaves_a_valid_map(data, take):
    base = build_sample()
    doc = merge(base, edited(data, base, "a"), edited(data, base, "b")).doc
    for conflict in list(doc.conflicts):
        if any(c.id == conflict.id for c in doc.conflicts):
            try:
                ResolveConflict(conflict.id, take_theirs=take).apply(doc)
            except ValueError:  # theirs may no longer fit (e.g. its stage was deleted meanwhile)
                ResolveConflict(conflict.id, take_theirs=False).apply(doc)
            assert integrity_problems(doc) == []
    assert doc.conflicts == []
