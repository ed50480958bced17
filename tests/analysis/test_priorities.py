"""The Priorities order: most votes first, ties in map order; only pain points and opportunities."""

from __future__ import annotations

from journeymapper.analysis.priorities import ranked
from journeymapper.commands import SetVotes
from journeymapper.model import LaneKind
from tests.commands.conftest import build_sample


def test_most_votes_first_and_ties_in_map_order():
    doc = build_sample()
    assert [p.card_id for p in ranked(doc)] == ["c5", "c6", "c7", "c8"]  # all 0: stage, then place
    SetVotes("c8", 2).apply(doc)
    SetVotes("c7", 5).apply(doc)
    SetVotes("c1", 9).apply(doc)  # a touchpoint: not a priority
    order = ranked(doc)
    assert [(p.card_id, p.votes) for p in order] == [("c7", 5), ("c8", 2), ("c5", 0), ("c6", 0)]
    assert (order[0].stage_name, order[0].kind) == ("Buy", LaneKind.PAIN_POINTS)
    top = ranked(doc, kinds=None, voted_only=True, limit=2)
    assert [p.card_id for p in top] == ["c1", "c7"]
