"""Emotion curve commands: a curve belongs to an emotions lane and one persona."""

from __future__ import annotations

from typing import ClassVar, Optional

from journeymapper.commands.base import Change
from journeymapper.commands.checks import find, require_known, require_lane_kind, validate_field
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.commands.simple import AddItem, SetFields
from journeymapper.model import Curve, CurvePoint, JourneyMap, LaneKind


def _check_value(doc: JourneyMap, value: int) -> None:
    scale = doc.emotion_scale
    if not scale.min <= value <= scale.max:
        raise ValueError(f"{value} is outside the emotion scale {scale.min}..{scale.max}.")


class AddCurve(AddItem[Curve]):
    """Add a curve; its points must name distinct stages and lie on the emotion scale."""

    group: ClassVar[str] = "curves"
    noun: ClassVar[str] = "curve"

    def _check(self, doc: JourneyMap) -> None:
        require_lane_kind(doc, self.item.lane_id, LaneKind.EMOTIONS)
        find(doc.personas, self.item.persona_id, "persona")
        stages = [p.stage_id for p in self.item.points]
        require_known(stages, {s.id for s in doc.stages}, "stage")
        if len(set(stages)) != len(stages):
            raise ValueError("A curve can have only one point per stage.")
        for point in self.item.points:
            _check_value(doc, point.value)


class SetCurvePoint(RecordedCommand):
    """Set a curve's value (and label, unless None) at one stage, adding the point if missing.

    Repeated sets of the same point (one drag) merge into one undo step.
    """

    def __init__(self, curve_id: str, stage_id: str, value: int, label: Optional[str] = None) -> None:
        self.curve_id, self.stage_id = curve_id, stage_id
        self.value = validate_field(CurvePoint, "value", value)
        self.label = None if label is None else validate_field(CurvePoint, "label", label)
        self.name = "Change Emotion"
        self.merge_key = ("curve point", curve_id, stage_id)

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        curve = find(doc.curves, self.curve_id, "curve")
        find(doc.stages, self.stage_id, "stage")
        _check_value(doc, self.value)
        points = list(curve.points)
        at = next((i for i, p in enumerate(points) if p.stage_id == self.stage_id), None)
        if at is None:
            position = {s.id: i for i, s in enumerate(doc.stages)}
            mine = position[self.stage_id]
            at = sum(1 for p in points if position.get(p.stage_id, mine) < mine)
            points.insert(at, CurvePoint(stage_id=self.stage_id, value=self.value, label=self.label or ""))
        else:
            label = points[at].label if self.label is None else self.label
            points[at] = CurvePoint(stage_id=self.stage_id, value=self.value, label=label)
        journal.set(curve, points=points)
        return Change(updated={self.curve_id})

    def _absorb(self, other: RecordedCommand) -> bool:
        assert isinstance(other, SetCurvePoint)
        self.value = other.value
        if other.label is not None:
            self.label = other.label
        return True


class SetCurveFields(SetFields):
    """Show or hide a curve, or switch it between as-is and to-be."""

    model = Curve
    group = "curves"
    noun = "curve"
    settable = frozenset({"visible", "variant"})
