"""Referential integrity: every reference in a document points at something that exists.

Checked on load and after every command. Each problem names its place as a
field path (``cards[3].lane_id``) so a message can say exactly where it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from itertools import islice
from typing import Any

from journeymapper.model.document import Card, JourneyMap
from journeymapper.model.kinds import CARD_LANE_KINDS, LaneKind
from journeymapper.model.lookup import positions
from journeymapper.model.problem import problem


@dataclass(frozen=True)
class IntegrityProblem:
    path: str
    message: str  # a Problem: the editor shows it translated

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def integrity_problems(doc: JourneyMap, limit: int = 50) -> list[IntegrityProblem]:
    """All broken references and duplicate ids, at most ``limit`` of them."""
    return list(islice(_problems(doc), limit))


def _problems(doc: JourneyMap) -> Iterator[IntegrityProblem]:
    yield from _duplicate_ids(doc)
    known = _Known(doc)
    if doc.emotion_scale.min >= doc.emotion_scale.max:
        yield IntegrityProblem("emotion_scale", problem("min must be below max"))
    for check in (_persona_problems, _card_problems, _curve_problems, _connector_problems, _metric_problems):
        yield from check(doc, known)


class _Known:
    """The ids a document's references may point at."""

    def __init__(self, doc: JourneyMap) -> None:
        self.stages = {s.id for s in doc.stages}
        self.lanes = {lane.id: lane.kind for lane in doc.lanes}
        self.cards = {c.id for c in doc.cards}
        self.personas = {p.id for p in doc.personas}
        self.assets = {a.id for a in doc.assets}


def _duplicate_ids(doc: JourneyMap) -> Iterator[IntegrityProblem]:
    seen: dict[str, str] = {}
    groups: tuple[tuple[str, Sequence[Any]], ...] = (
        ("personas", doc.personas), ("stages", doc.stages), ("lanes", doc.lanes),
        ("cards", doc.cards), ("curves", doc.curves), ("connectors", doc.connectors),
        ("metrics", doc.metrics), ("assets", doc.assets),
    )
    for name, items in groups:
        for i, item in enumerate(items):
            path = f"{name}[{i}].id"
            if item.id in seen:
                yield IntegrityProblem(path, problem("id {id} is used twice (also at {place})", id=repr(item.id),
                                                     place=seen[item.id]))
            else:
                seen[item.id] = path


def _persona_problems(doc: JourneyMap, known: _Known) -> Iterator[IntegrityProblem]:
    for i, p in enumerate(doc.personas):
        if p.photo is not None and p.photo not in known.assets:
            yield IntegrityProblem(f"personas[{i}].photo", problem("no asset with id {id}", id=repr(p.photo)))


def _card_problems(doc: JourneyMap, known: _Known) -> Iterator[IntegrityProblem]:
    P = IntegrityProblem
    for i, c in enumerate(doc.cards):
        kind = known.lanes.get(c.lane_id)
        if kind is None:
            yield P(f"cards[{i}].lane_id", problem("no lane with id {id}", id=repr(c.lane_id)))
        elif kind not in CARD_LANE_KINDS:
            yield P(f"cards[{i}].lane_id", problem("lane {id} is a {kind} lane and holds no cards",
                                                          id=repr(c.lane_id), kind=kind.value))
        if c.stage_id not in known.stages:
            yield P(f"cards[{i}].stage_id", problem("no stage with id {id}", id=repr(c.stage_id)))
        for j, pid in enumerate(c.personas):
            if pid not in known.personas:
                yield P(f"cards[{i}].personas[{j}]", problem("no persona with id {id}", id=repr(pid)))
        if c.image is not None and c.image not in known.assets:
            yield P(f"cards[{i}].image", problem("no asset with id {id}", id=repr(c.image)))


def _curve_problems(doc: JourneyMap, known: _Known) -> Iterator[IntegrityProblem]:
    P = IntegrityProblem
    for i, cv in enumerate(doc.curves):
        if known.lanes.get(cv.lane_id) is not LaneKind.EMOTIONS:
            yield P(f"curves[{i}].lane_id", problem("no emotions lane with id {id}", id=repr(cv.lane_id)))
        if cv.persona_id not in known.personas:
            yield P(f"curves[{i}].persona_id", problem("no persona with id {id}", id=repr(cv.persona_id)))
        yield from _point_problems(doc, known, i)


def _point_problems(doc: JourneyMap, known: _Known, i: int) -> Iterator[IntegrityProblem]:
    """The points of curve ``i``: each in a stage of its own, within the emotion scale."""
    P, scale = IntegrityProblem, doc.emotion_scale
    point_stages: set[str] = set()
    for j, pt in enumerate(doc.curves[i].points):
        where = f"curves[{i}].points[{j}]"
        if pt.stage_id not in known.stages:
            yield P(f"{where}.stage_id", problem("no stage with id {id}", id=repr(pt.stage_id)))
        elif pt.stage_id in point_stages:
            yield P(f"{where}.stage_id", problem("stage {id} has two points", id=repr(pt.stage_id)))
        point_stages.add(pt.stage_id)
        if not scale.min <= pt.value <= scale.max:
            yield P(f"{where}.value", problem("{value} is outside the emotion scale {low}..{high}",
                                              value=pt.value, low=scale.min, high=scale.max))


def _connector_problems(doc: JourneyMap, known: _Known) -> Iterator[IntegrityProblem]:
    for i, cn in enumerate(doc.connectors):
        if cn.from_card not in known.cards:
            yield IntegrityProblem(f"connectors[{i}].from_card", problem("no card with id {id}", id=repr(cn.from_card)))
        if cn.to_card not in known.cards:
            yield IntegrityProblem(f"connectors[{i}].to_card", problem("no card with id {id}", id=repr(cn.to_card)))


def _metric_problems(doc: JourneyMap, known: _Known) -> Iterator[IntegrityProblem]:
    for i, m in enumerate(doc.metrics):
        if known.lanes.get(m.lane_id) is not LaneKind.KPIS:
            yield IntegrityProblem(f"metrics[{i}].lane_id", problem("no kpis lane with id {id}", id=repr(m.lane_id)))
        for field, per_stage in (("values", m.values), ("targets", m.targets)):
            for sid in per_stage:
                if sid not in known.stages:
                    yield IntegrityProblem(f"metrics[{i}].{field}.{sid}",
                                           problem("no stage with id {id}", id=repr(sid)))


def change_problems(doc: JourneyMap, card_ids: Set[str], limit: int = 50, *,
                    new_cards: bool = True) -> list[IntegrityProblem]:
    """The references of just these cards (after an edit that only touched cards, nothing removed).

    ``new_cards=False`` says none of them was added, so none can repeat an id that is already used.
    """
    lanes = {lane.id: lane.kind for lane in doc.lanes}
    stages = {s.id for s in doc.stages}
    personas = {p.id for p in doc.personas}
    assets = {a.id for a in doc.assets}
    found: list[IntegrityProblem] = []
    if new_cards:  # a new card might repeat an id: only a pass over the whole list shows that
        places: Iterable[tuple[int, Card]] = ((i, c) for i, c in enumerate(doc.cards) if c.id in card_ids)
    else:
        index = positions(doc, "cards")
        places = sorted((index[i], doc.cards[index[i]]) for i in card_ids if i in index)
    seen: set[str] = set()
    for i, c in places:
        if c.id in seen:
            found.append(IntegrityProblem(f"cards[{i}].id", problem("id {id} is used twice", id=repr(c.id))))
        seen.add(c.id)
        kind = lanes.get(c.lane_id)
        if kind is None or kind not in CARD_LANE_KINDS:
            found.append(IntegrityProblem(f"cards[{i}].lane_id",
                                          problem("no lane holding cards with id {id}", id=repr(c.lane_id))))
        if c.stage_id not in stages:
            found.append(IntegrityProblem(f"cards[{i}].stage_id",
                                          problem("no stage with id {id}", id=repr(c.stage_id))))
        if any(pid not in personas for pid in c.personas):
            found.append(IntegrityProblem(f"cards[{i}].personas", problem("names a persona that does not exist")))
        if c.image is not None and c.image not in assets:
            found.append(IntegrityProblem(f"cards[{i}].image", problem("no asset with id {id}", id=repr(c.image))))
        if len(found) >= limit:
            break
    return found
