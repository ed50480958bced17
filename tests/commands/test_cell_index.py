"""The cell index behind every card drop is never stale, whoever changes the cards and however."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.commands import CardMove, MoveCards
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage
from journeymapper.model import document as document_module
from journeymapper.model.cell_index import cell_cards

LANES, STAGES = ("a", "b"), ("s1", "s2", "s3")
KEYS = [(lane, stage) for lane in LANES for stage in STAGES]


def _doc(cards: int = 9) -> JourneyMap:
    return JourneyMap(stages=[Stage(id=s, name=s) for s in STAGES],
                      lanes=[Lane(id=lane, kind=LaneKind.TOUCHPOINTS, title=lane) for lane in LANES],
                      cards=[Card(id=f"c{i}", lane_id=LANES[i % 2], stage_id=STAGES[i % 3], order=i // 6)
                             for i in range(cards)])


def _scanned(doc: JourneyMap, key: tuple[str, str]) -> list[str]:
    """What a pass over every card gives: the oracle."""
    found = [(c.order, i, c.id) for i, c in enumerate(doc.cards) if (c.lane_id, c.stage_id) == key]
    return [card_id for _, _, card_id in sorted(found)]


def _agrees(doc: JourneyMap) -> None:
    for key in KEYS:
        assert [c.id for c in cell_cards(doc, key)] == _scanned(doc, key), key


EDITS = st.lists(st.tuples(st.sampled_from(["lane", "stage", "order", "insert", "remove", "replace", "move",
                                            "undo", "copy"]),
                           st.integers(0, 50), st.integers(0, 50)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(EDITS)
def test_the_index_agrees_with_a_scan_after_any_edits(edits):
    doc = _doc()
    done: list[MoveCards] = []
    _agrees(doc)
    for kind, a, b in edits:
        card = doc.cards[a % len(doc.cards)] if doc.cards else None
        if kind == "lane" and card:
            card.lane_id = LANES[b % 2]
        elif kind == "stage" and card:
            card.stage_id = STAGES[b % 3]
        elif kind == "order" and card:
            card.order = b % 7
        elif kind == "insert":
            doc.cards.insert(a % (len(doc.cards) + 1), Card(id=f"n{len(doc.cards)}-{a}-{b}", lane_id=LANES[a % 2],
                                                            stage_id=STAGES[b % 3], order=b % 5))
        elif kind == "remove" and card:
            doc.cards.remove(card)
        elif kind == "replace":
            doc.cards = [c.model_copy() for c in reversed(doc.cards)]
        elif kind == "move" and card:
            command = MoveCards([CardMove(card.id, LANES[b % 2], STAGES[a % 3], b % 4)])
            command.apply(doc)
            done.append(command)
        elif kind == "undo" and done:
            with contextlib.suppress(KeyError):  # the moved card was removed by hand since
                done.pop().revert(doc)
        elif kind == "copy" and card:  # another document's card moves: this index must not follow it
            other = doc.model_copy(deep=True)
            other.cards[a % len(other.cards)].stage_id = STAGES[(b + 1) % 3]
            _agrees(other)
        _agrees(doc)


def test_a_log_trimmed_past_an_index_rebuilds_it(monkeypatch):
    monkeypatch.setattr(document_module.PlacementLog, "LIMIT", 4)
    doc = _doc()
    _agrees(doc)
    for i, card in enumerate(doc.cards):  # more assignments than the log keeps
        card.stage_id = STAGES[(i + 1) % 3]
    assert document_module.PLACEMENTS.start > 0
    _agrees(doc)


def test_a_map_with_a_repeated_id_is_still_answered_exactly():
    doc = _doc()
    doc.cards.append(doc.cards[0].model_copy(update={"stage_id": "s3"}))  # broken, as a bad file could be
    _agrees(doc)
    doc.cards[-1].lane_id = "b"
    _agrees(doc)


@pytest.mark.parametrize("order", [0, 1, 5])
def test_a_drop_lands_where_asked(order):
    doc = _doc(18)
    target = [c.id for c in cell_cards(doc, ("a", "s1"))]
    MoveCards([CardMove("c1", "a", "s1", order)]).apply(doc)
    target.insert(min(order, len(target)), "c1")
    assert [c.id for c in cell_cards(doc, ("a", "s1"))] == target == _scanned(doc, ("a", "s1"))
    assert [c.order for c in cell_cards(doc, ("a", "s1"))] == list(range(len(target)))
