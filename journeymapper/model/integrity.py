"""Referential integrity: every reference in a document points at something that exists.

Checked on load and after every command. Each problem names its place as a
field path (``cards[3].lane_id``) so a message can say exactly where it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.model.document import JourneyMap
from journeymapper.model.kinds import CARD_LANE_KINDS, LaneKind


@dataclass(frozen=True)
class IntegrityProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def integrity_problems(doc: JourneyMap, limit: int = 50) -> list[IntegrityProblem]:
    """All broken references and duplicate ids, at most ``limit`` of them."""
    found: list[IntegrityProblem] = []

    def problem(path: str, message: str) -> bool:
        found.append(IntegrityProblem(path, message))
        return len(found) >= limit

    seen: dict[str, str] = {}
    groups = (
        ("personas", doc.personas),
        ("stages", doc.stages),
        ("lanes", doc.lanes),
        ("cards", doc.cards),
        ("curves", doc.curves),
        ("connectors", doc.connectors),
        ("metrics", doc.metrics),
        ("assets", doc.assets),
    )
    for name, items in groups:
        for i, item in enumerate(items):
            path = f"{name}[{i}].id"
            if item.id in seen:
                if problem(path, f"id {item.id!r} is used twice (also at {seen[item.id]})"):
                    return found
            else:
                seen[item.id] = path

    stages = {s.id for s in doc.stages}
    lanes = {lane.id: lane.kind for lane in doc.lanes}
    cards = {c.id for c in doc.cards}
    personas = {p.id for p in doc.personas}
    assets = {a.id for a in doc.assets}

    if doc.emotion_scale.min >= doc.emotion_scale.max:
        if problem("emotion_scale", "min must be below max"):
            return found
    for i, p in enumerate(doc.personas):
        if p.photo is not None and p.photo not in assets:
            if problem(f"personas[{i}].photo", f"no asset with id {p.photo!r}"):
                return found
    for i, c in enumerate(doc.cards):
        if c.lane_id not in lanes:
            if problem(f"cards[{i}].lane_id", f"no lane with id {c.lane_id!r}"):
                return found
        elif lanes[c.lane_id] not in CARD_LANE_KINDS:
            if problem(f"cards[{i}].lane_id", f"lane {c.lane_id!r} is a {lanes[c.lane_id].value} lane and holds no cards"):
                return found
        if c.stage_id not in stages:
            if problem(f"cards[{i}].stage_id", f"no stage with id {c.stage_id!r}"):
                return found
        for j, pid in enumerate(c.personas):
            if pid not in personas:
                if problem(f"cards[{i}].personas[{j}]", f"no persona with id {pid!r}"):
                    return found
        if c.image is not None and c.image not in assets:
            if problem(f"cards[{i}].image", f"no asset with id {c.image!r}"):
                return found
    for i, cv in enumerate(doc.curves):
        if lanes.get(cv.lane_id) is not LaneKind.EMOTIONS:
            if problem(f"curves[{i}].lane_id", f"no emotions lane with id {cv.lane_id!r}"):
                return found
        if cv.persona_id not in personas:
            if problem(f"curves[{i}].persona_id", f"no persona with id {cv.persona_id!r}"):
                return found
        point_stages: set[str] = set()
        for j, pt in enumerate(cv.points):
            if pt.stage_id not in stages:
                if problem(f"curves[{i}].points[{j}].stage_id", f"no stage with id {pt.stage_id!r}"):
                    return found
            elif pt.stage_id in point_stages:
                if problem(f"curves[{i}].points[{j}].stage_id", f"stage {pt.stage_id!r} has two points"):
                    return found
            point_stages.add(pt.stage_id)
            if not doc.emotion_scale.min <= pt.value <= doc.emotion_scale.max:
                if problem(f"curves[{i}].points[{j}].value", f"{pt.value} is outside the emotion scale"):
                    return found
    for i, cn in enumerate(doc.connectors):
        for end in ("from_card", "to_card"):
            ref = getattr(cn, end)
            if ref not in cards:
                if problem(f"connectors[{i}].{end}", f"no card with id {ref!r}"):
                    return found
    for i, m in enumerate(doc.metrics):
        if lanes.get(m.lane_id) is not LaneKind.KPIS:
            if problem(f"metrics[{i}].lane_id", f"no kpis lane with id {m.lane_id!r}"):
                return found
        for field in ("values", "targets"):
            for sid in getattr(m, field):
                if sid not in stages:
                    if problem(f"metrics[{i}].{field}.{sid}", f"no stage with id {sid!r}"):
                        return found
    return found
