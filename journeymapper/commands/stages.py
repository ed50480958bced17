"""Stage (column) commands. Curve points stay in stage order; a stage may have no point (a gap)."""

from __future__ import annotations

from typing import Optional

from journeymapper.commands.base import Change
from journeymapper.commands.checks import find, require_new_ids, validate_field
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.commands.simple import SetFields
from journeymapper.model import JourneyMap, Stage


def neutral_value(doc: JourneyMap) -> int:
    """0 if the emotion scale has it, else the scale's end nearest to 0."""
    return max(doc.emotion_scale.min, min(0, doc.emotion_scale.max))


class AddStage(RecordedCommand):
    """Insert a stage at ``index`` (default: last). Curves get no point for it: an emotion nobody
    observed must not be invented (the curve has a gap there until the user sets a value)."""

    def __init__(self, stage: Stage, index: Optional[int] = None) -> None:
        self.stage = stage.model_copy(deep=True)
        self.index = index
        self.name = "Add Stage"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        require_new_ids(doc, [self.stage.id])
        index = len(doc.stages) if self.index is None else max(0, min(self.index, len(doc.stages)))
        journal.insert(doc, "stages", [self.stage.model_copy(deep=True)], index)
        return Change(added={self.stage.id}, structure=True)


class MoveStage(RecordedCommand):
    """Move a stage to ``new_index`` (its position afterwards); curve points follow."""

    def __init__(self, stage_id: str, new_index: int) -> None:
        self.stage_id = stage_id
        self.new_index = new_index
        self.name = "Move Stage"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        find(doc.stages, self.stage_id, "stage")
        if not journal.move(doc, "stages", self.stage_id, self.new_index):
            return Change()
        position = {s.id: i for i, s in enumerate(doc.stages)}
        updated = {self.stage_id}
        for curve in doc.curves:
            points = sorted(curve.points, key=lambda p: position.get(p.stage_id, len(position)))
            if [p.stage_id for p in points] != [p.stage_id for p in curve.points]:
                journal.set(curve, points=points)
                updated.add(curve.id)
        return Change(updated=updated, structure=True)


class ResizeStage(RecordedCommand):
    def __init__(self, stage_id: str, width: float) -> None:
        self.stage_id = stage_id
        self.width = validate_field(Stage, "width", width)
        self.name = "Resize Stage"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        journal.set(find(doc.stages, self.stage_id, "stage"), width=self.width)
        return Change(updated={self.stage_id}, structure=True)


class SetStageFields(SetFields):
    """Set a stage's name, description, colour or speaker notes (width: :class:`ResizeStage`)."""

    model = Stage
    group = "stages"
    noun = "stage"
    settable = frozenset({"name", "description", "colour", "notes"})
