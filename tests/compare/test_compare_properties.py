"""Diff, apply and merge over random edits made with the command layer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.commands import (
    AddCards,
    Command,
    RemoveItems,
    SetCardFields,
    SetConnectorFields,
    SetCurvePoint,
    SetLaneFields,
    SetMapFields,
    SetMetricValue,
    SetPersonaFields,
    SetStageFields,
)
from journeymapper.compare import apply_diff, diff, merge
from journeymapper.compare.snapshot import snapshot
from journeymapper.model import Card, JourneyMap, integrity_problems
from tests.commands.conftest import build_sample
from tests.commands.test_properties import TEXTS, next_command

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def edited(data: st.DataObject, doc: JourneyMap, label: str) -> JourneyMap:
    """A copy of ``doc`` after a few random commands."""
    doc = doc.model_copy(deep=True)
    last: Command | None = None
    for _ in range(data.draw(st.integers(0, 6), label=f"{label} steps")):
        last = next_command(data, doc, last)
        last.apply(doc)
    return doc


def test_a_map_compared_with_itself_or_a_copy_has_no_differences():
    doc = build_sample()
    for other in (doc, doc.model_copy(deep=True)):
        changes = diff(doc, other)
        assert changes.same and not changes.items and not changes.orders and not changes.map_fields


@SETTINGS
@given(data=st.data())
def test_applying_the_diff_of_a_and_b_to_a_gives_b(data):
    a = edited(data, build_sample(), "a")
    b = edited(data, a, "b")
    changes = diff(a, b)
    assert changes.same == (a == b)
    assert apply_diff(a, changes) == b
    assert diff(a, a).same and diff(b, b).same


@SETTINGS
@given(data=st.data())
def test_merging_the_same_edits_on_both_sides_gives_them(data):
    base = build_sample()
    a = edited(data, base, "a")
    result = merge(base, a, a.model_copy(deep=True))
    assert result.clean and result.doc == a
    assert merge(base, a, base).doc == a   # theirs unchanged
    assert merge(base, base, a).doc == a   # ours unchanged


@SETTINGS
@given(data=st.data())
def test_without_conflicts_swapping_ours_and_theirs_gives_the_same_map(data):
    base = build_sample()
    a, b = edited(data, base, "a"), edited(data, base, "b")
    one, other = merge(base, a, b), merge(base, b, a)
    assert integrity_problems(one.doc) == [] and integrity_problems(other.doc) == []
    if one.clean:
        assert other.clean
        assert diff(one.doc, other.doc).same, diff(one.doc, other.doc).entries


def content(key: tuple[str, str], fields: dict[str, Any] | None) -> dict[str, Any] | None:
    if fields is None or key[0] != "card":
        return fields
    return {name: value for name, value in fields.items() if name != "order"}


@SETTINGS
@given(data=st.data())
def test_a_merge_loses_nothing_either_side_changed(data):
    """Every item a side changed is in the result as that side has it, or named by a conflict."""
    base = build_sample()
    a, b = edited(data, base, "a"), edited(data, base, "b")
    result = merge(base, a, b, source="b.jmap")
    assert integrity_problems(result.doc) == []
    old, merged = snapshot(base), snapshot(result.doc)
    disputed = {(c.kind, c.item_id) for c in result.conflicts}
    for side in (snapshot(a), snapshot(b)):
        for key, fields in side.items.items():
            if key[0] == "conflict" or content(key, old.items.get(key)) == content(key, fields):
                continue  # unchanged by this side (a card shifting in its cell is not an edit of it)
            kept = merged.items.get(key)
            if kept == fields or key in disputed:
                continue
            # Merged field by field: each field this side changed is in, or in a conflict.
            assert kept is not None, key
            for name, value in fields.items():
                if name == "order" or value == (old.items.get(key) or {}).get(name):
                    continue
                assert kept.get(name) == value or any(c.item_id == key[1] and c.field == name
                                                      for c in result.conflicts), (key, name)
    assert all(c.source == "b.jmap" for c in result.conflicts)


# -- disjoint edits: each side edits only its own items -------------------------------------------

# Side "a" owns the first stage's cells and these items; side "b" the other stages and the rest
# (no connector joins only cards of the first stage, so "a" edits none).
OWNED = {
    "a": {"stage": ["s-aware"], "lanes": ["l-touch", "l-emo"], "persona": "p-anna", "connector": None,
          "map": "title"},
    "b": {"stage": ["s-buy", "s-use"], "lanes": ["l-pain", "l-kpi"], "persona": "p-ben", "connector": "k2",
          "map": "description"},
}


def disjoint_edits(data: st.DataObject, side: str) -> list[Callable[[JourneyMap], Command]]:
    """Makers of commands that touch only what ``side`` owns (made afresh for each replay)."""
    own = OWNED[side]
    makers: list[Callable[[JourneyMap], Command]] = []
    for step in range(data.draw(st.integers(1, 6), label=f"{side} steps")):
        what = data.draw(st.sampled_from(["card", "stage", "lane", "persona", "point", "metric", "connector",
                                          "map", "add", "remove"]), label=f"{side} edit")
        text = data.draw(TEXTS)
        stage = data.draw(st.sampled_from(own["stage"]))
        value = data.draw(st.integers(-3, 3))

        def own_cards(doc: JourneyMap) -> list[Card]:
            return [c for c in doc.cards if c.stage_id in own["stage"] and not c.id.startswith("new-")]

        pick = data.draw(st.integers(0, 10))
        if what == "card":
            makers.append(lambda doc, t=text, p=pick: SetCardFields(own_cards(doc)[p % len(own_cards(doc))].id,
                                                                    text=t) if own_cards(doc) else None)
        elif what == "stage":
            makers.append(lambda doc, t=text, s=stage: SetStageFields(s, name=t or "x"))
        elif what == "lane":
            lane = data.draw(st.sampled_from(own["lanes"]))
            makers.append(lambda doc, t=text, lane=lane: SetLaneFields(lane, title=t))
        elif what == "persona":
            makers.append(lambda doc, t=text: SetPersonaFields(own["persona"], role=t))
        elif what == "point":
            curve = data.draw(st.sampled_from(["cv-anna", "cv-ben"]))
            makers.append(lambda doc, c=curve, s=stage, v=value: SetCurvePoint(c, s, v))
        elif what == "metric":
            makers.append(lambda doc, s=stage, v=value: SetMetricValue("m-nps", s, float(v), None))
        elif what == "connector":
            makers.append(lambda doc, t=text: SetConnectorFields(own["connector"], label=t)
                          if any(k.id == own["connector"] for k in doc.connectors) else None)
        elif what == "map":
            makers.append(lambda doc, t=text: SetMapFields(**{own["map"]: t}))
        elif what == "add":
            lane = data.draw(st.sampled_from(["l-touch", "l-pain"]))
            order = data.draw(st.integers(0, 3))
            card_id = f"new-{side}-{step}"
            makers.append(lambda doc, lane=lane, s=stage, o=order, t=text, cid=card_id: AddCards(
                [Card(id=cid, lane_id=lane, stage_id=s, order=o, text=t)]))
        else:
            makers.append(lambda doc, p=pick: RemoveItems([own_cards(doc)[p % len(own_cards(doc))].id])
                          if own_cards(doc) else None)
    return makers


def replay(doc: JourneyMap, makers: list[Callable[[JourneyMap], Any]]) -> JourneyMap:
    for make in makers:
        command = make(doc)
        if command is not None:
            command.apply(doc)
    return doc


@SETTINGS
@given(data=st.data())
def test_merging_edits_of_disjoint_items_equals_applying_both(data):
    base = build_sample()
    ours_edits, theirs_edits = disjoint_edits(data, "a"), disjoint_edits(data, "b")
    ours = replay(base.model_copy(deep=True), ours_edits)
    theirs = replay(base.model_copy(deep=True), theirs_edits)
    both = replay(replay(base.model_copy(deep=True), ours_edits), theirs_edits)
    result = merge(base, ours, theirs)
    assert result.clean, result.conflicts
    assert diff(both, result.doc).same, diff(both, result.doc).entries
    assert diff(both, merge(base, theirs, ours).doc).same


@SETTINGS
@given(data=st.data())
def test_a_two_way_merge_keeps_everything_and_makes_every_difference_a_conflict(data):
    base = build_sample()
    a, b = edited(data, base, "a"), edited(data, base, "b")
    result = merge(None, a, b, source="copy.jmap")
    assert integrity_problems(result.doc) == []
    kept = snapshot(result.doc)
    for side in (snapshot(a), snapshot(b)):
        for key in side.items:
            if key[0] != "conflict":
                assert key in kept.items, key  # nothing either side has is dropped
    if diff(a, b).same:
        assert result.clean
    else:
        assert not result.clean
