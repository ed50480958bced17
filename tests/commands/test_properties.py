"""Random sequences of valid commands: integrity always holds, undo and redo are exact."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.commands import (
    AddAsset,
    AddCards,
    AddConnector,
    AddCurve,
    AddLane,
    AddMetric,
    AddPersona,
    AddStage,
    CardMove,
    Change,
    Command,
    DuplicateCards,
    MoveCards,
    MoveLane,
    MoveStage,
    RemoveItems,
    ResizeLane,
    ResizeStage,
    SetCardFields,
    SetConnectorFields,
    SetCurveFields,
    SetCurvePoint,
    SetLaneFields,
    SetMapFields,
    SetMetricFields,
    SetMetricValue,
    SetPersonaFields,
    SetStageFields,
    copy_fragment,
    paste_command,
)
from journeymapper.model import (
    CARD_LANE_KINDS,
    Asset,
    Card,
    Channel,
    Connector,
    Curve,
    CurvePoint,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
    integrity_problems,
)

_counter = itertools.count()
COLOURS = st.sampled_from(["#FF0000", "#00FF00", "#123456"])
TEXTS = st.text(alphabet="abc xyz", max_size=8)


def fresh(prefix: str) -> str:
    return f"{prefix}-gen{next(_counter)}"


def card_lanes(doc: JourneyMap) -> list[str]:
    return [lane.id for lane in doc.lanes if lane.kind in CARD_LANE_KINDS]


def lanes_of(doc: JourneyMap, kind: LaneKind) -> list[str]:
    return [lane.id for lane in doc.lanes if lane.kind is kind]


def some(data: st.DataObject, items: list[Any], most: int = 3) -> list[Any]:
    indexes = data.draw(st.lists(st.integers(0, len(items) - 1), min_size=1, max_size=most, unique=True))
    return [items[i] for i in indexes]


def pick(data: st.DataObject, items: list[Any]) -> Any:
    return items[data.draw(st.integers(0, len(items) - 1))]


# Each maker returns a command valid for ``doc``, or None if the map lacks what it needs.

def add_cards(data, doc):
    if not card_lanes(doc) or not doc.stages:
        return None
    personas = [p.id for p in doc.personas]
    cards = [Card(id=fresh("card"), lane_id=pick(data, card_lanes(doc)), stage_id=pick(data, doc.stages).id,
                  order=data.draw(st.integers(0, 4)), text=data.draw(TEXTS),
                  personas=some(data, personas, 2) if personas and data.draw(st.booleans()) else [])
             for _ in range(data.draw(st.integers(1, 3)))]
    return AddCards(cards)


def move_cards(data, doc, nudge: bool = False, cards: list[str] | None = None):
    if not doc.cards or not card_lanes(doc):
        return None
    cards = cards or [c.id for c in some(data, doc.cards)]
    moves = [CardMove(card_id, pick(data, card_lanes(doc)), pick(data, doc.stages).id,
                      data.draw(st.integers(0, 4)))
             for card_id in cards]
    return MoveCards(moves, nudge=nudge)


def set_card_fields(data, doc):
    if not doc.cards:
        return None
    choices: dict[str, st.SearchStrategy[Any]] = {
        "text": TEXTS, "colour": st.none() | COLOURS, "channel": st.none() | st.sampled_from(list(Channel)),
        "tags": st.lists(TEXTS, max_size=2), "evidence": st.sampled_from(["observed", "proposed"]),
        "personas": st.lists(st.sampled_from([p.id for p in doc.personas] or ["-"]), max_size=2, unique=True)
        if doc.personas else st.just([]),
        "image": st.none() | st.sampled_from([a.id for a in doc.assets]) if doc.assets else st.none(),
    }
    names = data.draw(st.lists(st.sampled_from(sorted(choices)), min_size=1, max_size=3, unique=True))
    return SetCardFields(pick(data, doc.cards).id, **{n: data.draw(choices[n]) for n in names})


def duplicate(data, doc):
    return DuplicateCards([c.id for c in some(data, doc.cards)]) if doc.cards else None


def remove(data, doc):
    everything = [item.id for group in (doc.personas, doc.stages, doc.lanes, doc.cards, doc.curves,
                                        doc.connectors, doc.metrics, doc.assets) for item in group]
    return RemoveItems(some(data, everything)) if everything else None


def stage_command(data, doc):
    if not doc.stages or data.draw(st.booleans()):
        return AddStage(Stage(id=fresh("stage"), name="S"), data.draw(st.integers(0, 5)))
    stage = pick(data, doc.stages).id
    return data.draw(st.sampled_from([
        MoveStage(stage, data.draw(st.integers(0, 5))),
        ResizeStage(stage, data.draw(st.sampled_from([0.5, 2.0]))),
        SetStageFields(stage, name=data.draw(TEXTS), colour=data.draw(COLOURS)),
    ]))


def lane_command(data, doc):
    if not doc.lanes or data.draw(st.booleans()):
        lane = Lane(id=fresh("lane"), kind=data.draw(st.sampled_from(list(LaneKind))), title="L")
        return AddLane(lane, data.draw(st.integers(0, 5)))
    lane = pick(data, doc.lanes)
    commands = [MoveLane(lane.id, data.draw(st.integers(0, 5))), ResizeLane(lane.id, 1.5)]
    if lane.kind in CARD_LANE_KINDS:
        commands.append(SetLaneFields(lane.id, kind=data.draw(st.sampled_from(sorted(CARD_LANE_KINDS)))))
    return data.draw(st.sampled_from(commands))


def map_fields(data, doc):
    low, high = data.draw(st.integers(-5, 0)), data.draw(st.integers(1, 5))
    return SetMapFields(emotion_scale={"min": low, "max": high}, title=data.draw(TEXTS))


def persona_command(data, doc):
    if not doc.personas or data.draw(st.booleans()):
        return AddPersona(Persona(id=fresh("persona"), name="P"), data.draw(st.integers(0, 3)))
    photo = data.draw(st.sampled_from([None] + [a.id for a in doc.assets]))
    return SetPersonaFields(pick(data, doc.personas).id, name=data.draw(TEXTS), photo=photo)


def curve_command(data, doc):
    scale = doc.emotion_scale
    if doc.curves and doc.stages and data.draw(st.booleans()):
        curve = pick(data, doc.curves)
        if data.draw(st.booleans()):
            return SetCurveFields(curve.id, visible=data.draw(st.booleans()))
        value = data.draw(st.integers(scale.min, scale.max))
        return SetCurvePoint(curve.id, pick(data, doc.stages).id, value, data.draw(st.none() | TEXTS))
    if not lanes_of(doc, LaneKind.EMOTIONS) or not doc.personas:
        return None
    values = st.integers(scale.min, scale.max)
    points = [CurvePoint(stage_id=s.id, value=data.draw(values)) for s in doc.stages]
    return AddCurve(Curve(id=fresh("curve"), lane_id=pick(data, lanes_of(doc, LaneKind.EMOTIONS)),
                          persona_id=pick(data, doc.personas).id, points=points))


def connector_command(data, doc):
    if doc.connectors and data.draw(st.booleans()):
        return SetConnectorFields(pick(data, doc.connectors).id, label=data.draw(TEXTS), style="optional")
    if len(doc.cards) < 2:
        return None
    ends = data.draw(st.lists(st.integers(0, len(doc.cards) - 1), min_size=2, max_size=2, unique=True))
    a, b = (doc.cards[i].id for i in ends)
    return AddConnector(Connector(id=fresh("conn"), from_card=a, to_card=b))


def metric_command(data, doc):
    if doc.metrics and doc.stages and data.draw(st.booleans()):
        metric = pick(data, doc.metrics)
        if data.draw(st.booleans()):
            return SetMetricFields(metric.id, unit=data.draw(TEXTS))
        number = st.none() | st.integers(-100, 100).map(float)
        return SetMetricValue(metric.id, pick(data, doc.stages).id, data.draw(number), data.draw(number))
    if not lanes_of(doc, LaneKind.KPIS):
        return None
    values = {s.id: 1.0 for s in doc.stages[:1]}
    return AddMetric(Metric(id=fresh("metric"), lane_id=pick(data, lanes_of(doc, LaneKind.KPIS)), name="M",
                            values=values))


def asset(data, doc):
    return AddAsset(Asset(id=fresh("asset"), mime="image/png", width=1, height=1, data=data.draw(TEXTS)))


def paste(data, doc):
    if not doc.cards or not doc.stages or not doc.lanes or not card_lanes(doc):
        return None
    fragment = copy_fragment(doc, [c.id for c in some(data, doc.cards)])
    return paste_command(doc, fragment, pick(data, doc.lanes).id, pick(data, doc.stages).id)


def follow_up(data, doc, last: Command | None):
    """A command that may merge with the last one: the next nudge, drag step or keystroke."""
    if isinstance(last, MoveCards) and last.merge_key is not None:
        return move_cards(data, doc, nudge=True, cards=[m.card_id for m in last.moves])
    if isinstance(last, SetCurvePoint):
        scale = doc.emotion_scale
        return SetCurvePoint(last.curve_id, last.stage_id, data.draw(st.integers(scale.min, scale.max)))
    if isinstance(last, SetCardFields) and last.merge_key is not None:
        field = next(iter(last.fields))
        value = data.draw(TEXTS) if field == "text" else last.fields[field]
        return SetCardFields(last.item_id, **{field: value})
    return move_cards(data, doc, nudge=True)


MAKERS: list[Callable[..., Command | None]] = [
    add_cards, move_cards, set_card_fields, duplicate, remove, stage_command, lane_command, map_fields,
    persona_command, curve_command, connector_command, metric_command, asset, paste,
]


def next_command(data: st.DataObject, doc: JourneyMap, last: Command | None) -> Command:
    while True:
        if data.draw(st.integers(0, 4)) == 0:
            command = follow_up(data, doc, last)
        else:
            command = data.draw(st.sampled_from(MAKERS))(data, doc)
        if command is not None:
            return command


def item_states(doc: JourneyMap) -> dict[str, Any]:
    """Every item's fields by id, and the map's own fields under the map id."""
    states: dict[str, Any] = {doc.id: doc.model_dump(exclude={"personas", "stages", "lanes", "cards",
                                                              "curves", "connectors", "metrics", "assets"})}
    for group in (doc.personas, doc.stages, doc.lanes, doc.cards, doc.curves, doc.connectors,
                  doc.metrics, doc.assets):
        for item in group:
            states[item.id] = item.model_dump()
    return states


def check_change(before: dict[str, Any], after: dict[str, Any], change: Change) -> None:
    assert change.added == after.keys() - before.keys()
    assert change.removed == before.keys() - after.keys()
    edited = {key for key in before.keys() & after.keys() if before[key] != after[key]}
    assert edited <= change.updated


def contiguous(doc: JourneyMap) -> bool:
    cells: dict[tuple[str, str], list[int]] = {}
    for c in doc.cards:
        cells.setdefault((c.lane_id, c.stage_id), []).append(c.order)
    return all(sorted(orders) == list(range(len(orders))) for orders in cells.values())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_commands_keep_integrity_and_undo_redo_exactly(sample_builder, data):
    doc = sample_builder()
    states = [doc.model_copy(deep=True)]
    done: list[Command] = []
    for _ in range(data.draw(st.integers(1, 12), label="steps")):
        command = next_command(data, doc, done[-1] if done else None)
        before = item_states(doc)
        change = command.apply(doc)
        assert integrity_problems(doc) == [], command
        assert contiguous(doc), command
        check_change(before, item_states(doc), change)
        if done and done[-1].merge_with(command):
            states[-1] = doc.model_copy(deep=True)
        else:
            done.append(command)
            states.append(doc.model_copy(deep=True))

    for i in reversed(range(len(done))):
        done[i].revert(doc)
        assert doc == states[i]
        assert integrity_problems(doc) == []
    for i, command in enumerate(done):
        command.apply(doc)
        assert doc == states[i + 1]
