"""Dot votes and stage notes: each change one exact undo step; nothing else in the map moves."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.commands import Change, ClearVotes, SetStageFields, SetVotes, vote_step
from tests.commands.conftest import build_sample, undo_redo


def _votes(doc) -> dict[str, int]:
    return {c.id: c.votes for c in doc.cards if c.votes}


def test_a_vote_up_and_down_is_one_step_each(doc, check):
    change = check(doc, vote_step(doc, "c5", +1))
    assert change == Change(updated={"c5"})
    check(doc, vote_step(doc, "c5", +1))
    assert _votes(doc) == {"c5": 2}
    check(doc, vote_step(doc, "c5", -1))
    assert _votes(doc) == {"c5": 1}


def test_votes_never_go_below_zero_and_the_map_is_unchanged(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match="no votes to take away"):
        vote_step(doc, "c5", -1)
    with pytest.raises(ValueError, match="votes"):
        SetVotes("c5", -3)
    with pytest.raises(ValueError, match="no card"):
        SetVotes("ghost", 2).apply(doc)
    assert doc == before


def test_clear_votes_is_one_undoable_step(doc, check):
    SetVotes("c5", 3).apply(doc)
    SetVotes("c8", 1).apply(doc)
    change = check(doc, ClearVotes())
    assert change == Change(updated={"c5", "c8"})
    assert _votes(doc) == {}
    with pytest.raises(ValueError, match="no votes to clear"):
        ClearVotes().apply(doc)


def test_votes_are_saved_only_while_a_card_has_some(doc):
    plain = io.dumps(doc)
    assert json.loads(plain)["version"] == 1
    SetVotes("c5", 2).apply(doc)
    voted = json.loads(io.dumps(doc))
    assert voted["version"] == 2
    assert [c["votes"] for c in voted["cards"] if "votes" in c] == [2]
    assert io.loads(io.dumps(doc)) == doc
    ClearVotes().apply(doc)
    assert io.dumps(doc) == plain  # back to version 1, byte for byte


def test_stage_notes_are_a_stage_field(doc, check):
    change = check(doc, SetStageFields("s-buy", notes="Ask the room:\n<b>what</b> hurts?"))
    assert change == Change(updated={"s-buy"})
    assert doc.stages[1].notes == "Ask the room:\n<b>what</b> hurts?"
    assert io.loads(io.dumps(doc)).stages[1].notes == doc.stages[1].notes


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["c1", "c5", "c6", "c8"]), st.sampled_from([1, -1])), max_size=12))
def test_any_sequence_of_votes_undoes_exactly(steps):
    doc = build_sample()
    for card_id, delta in steps:
        try:
            command = vote_step(doc, card_id, delta)
        except ValueError:
            continue
        undo_redo(doc, command)
    assert all(c.votes >= 0 for c in doc.cards)
