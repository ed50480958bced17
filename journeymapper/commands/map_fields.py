"""Fields of the map itself: title, client, language, emotion scale and so on."""

from __future__ import annotations

from typing import Any

from journeymapper.commands.base import Change
from journeymapper.commands.checks import validate_fields
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.model import JourneyMap


class SetMapFields(RecordedCommand):
    """Set map fields. A new emotion scale clamps curve points into it (undo restores them)."""

    settable = frozenset({"title", "description", "client", "author", "language", "emotion_scale", "instructions"})

    def __init__(self, **fields: Any) -> None:
        self.fields = validate_fields(JourneyMap, fields, self.settable)
        scale = self.fields.get("emotion_scale")
        if scale is not None and scale.min >= scale.max:
            raise ValueError("The emotion scale's minimum must be below its maximum.")
        self.name = "Edit Map Properties"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        old_scale = doc.emotion_scale.model_copy()
        journal.set(doc, **self.fields)
        change = Change(updated={doc.id})
        if doc.emotion_scale == old_scale:
            return change
        change.structure = True
        low, high = doc.emotion_scale.min, doc.emotion_scale.max
        for curve in doc.curves:
            if any(not low <= p.value <= high for p in curve.points):
                points = [p.model_copy(update={"value": max(low, min(p.value, high))}) for p in curve.points]
                journal.set(curve, points=points)
                change.updated.add(curve.id)
        return change
