"""Lane (row) commands."""

from __future__ import annotations

from typing import Any, Optional

from journeymapper.commands.base import Change
from journeymapper.commands.checks import find, require_new_ids, validate_field
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.commands.simple import SetFields
from journeymapper.model import JourneyMap, Lane
from journeymapper.model.kinds import CARD_LANE_KINDS


class AddLane(RecordedCommand):
    """Insert a lane at ``index`` (default: last)."""

    def __init__(self, lane: Lane, index: Optional[int] = None) -> None:
        self.lane = lane.model_copy(deep=True)
        self.index = index
        self.name = "Add Lane"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        require_new_ids(doc, [self.lane.id])
        journal.insert(doc, "lanes", [self.lane.model_copy(deep=True)], self.index)
        return Change(added={self.lane.id}, structure=True)


class MoveLane(RecordedCommand):
    """Move a lane to ``new_index`` (its position afterwards)."""

    def __init__(self, lane_id: str, new_index: int) -> None:
        self.lane_id = lane_id
        self.new_index = new_index
        self.name = "Move Lane"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        find(doc.lanes, self.lane_id, "lane")
        if not journal.move(doc, "lanes", self.lane_id, self.new_index):
            return Change()
        return Change(updated={self.lane_id}, structure=True)


class ResizeLane(RecordedCommand):
    def __init__(self, lane_id: str, height: float) -> None:
        self.lane_id = lane_id
        self.height = validate_field(Lane, "height", height)
        self.name = "Resize Lane"

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        journal.set(find(doc.lanes, self.lane_id, "lane"), height=self.height)
        return Change(updated={self.lane_id}, structure=True)


class SetLaneFields(SetFields):
    """Set a lane's title, colour or kind (height: :class:`ResizeLane`).

    The kind may change only between kinds that hold cards: curves and metrics
    have no place in a card lane, and cards none in an emotions or kpis lane.
    Cards without their own colour are drawn in the new kind's colour.
    """

    model = Lane
    group = "lanes"
    noun = "lane"
    settable = frozenset({"title", "colour", "kind"})

    def __init__(self, lane_id: str, **fields: Any) -> None:
        super().__init__(lane_id, **fields)
        kind = self.fields.get("kind")
        if kind is not None and kind not in CARD_LANE_KINDS:
            raise ValueError(f"A lane cannot be changed into a {kind.value} lane.")

    def _check(self, doc: JourneyMap) -> None:
        lane = find(doc.lanes, self.item_id, "lane")
        if "kind" in self.fields and lane.kind not in CARD_LANE_KINDS:
            raise ValueError(f"A {lane.kind.value} lane cannot be changed into another kind.")
