"""The selected emotion-curve point: which curve, which stage (a view state, never saved).

A curve is selected as a whole (its id in the scene's selection); the point is the stage
of that curve the user clicked, picked in the inspector or walked to with Left/Right. A
stage where the curve has no point (a gap) can be the current point too: the inspector
then offers to set a value there. Up/Down change the value by one step of the scale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from journeymapper.commands.base import Composite
from journeymapper.commands.curves import SetCurvePoint
from journeymapper.commands.stages import neutral_value
from journeymapper.model import Curve

if TYPE_CHECKING:
    from journeymapper.canvas.host import CanvasHost


class CurvePointSelection:
    def __init__(self, scene: CanvasHost) -> None:
        self.scene = scene
        #: (curve id, stage id), or None.
        self._point: Optional[tuple[str, str]] = None

    @property
    def point(self) -> Optional[tuple[str, str]]:
        """The current point, if its curve is the (only) selected item and both still exist."""
        if self._point is None:
            return None
        curve_id, stage_id = self._point
        doc = self.scene.doc
        if (self.scene.selected_ids() != [curve_id] or all(c.id != curve_id for c in doc.curves)
                or all(s.id != stage_id for s in doc.stages)):
            return None
        return self._point

    def select(self, curve_id: str, stage_id: str) -> None:
        """Make (curve, stage) the current point and select the curve (listeners hear of it)."""
        self._point = (curve_id, stage_id)
        self.scene.select_ids([curve_id])

    def curve(self) -> Optional[Curve]:
        point = self.point
        return next((c for c in self.scene.doc.curves if c.id == point[0]), None) if point else None

    def value(self) -> Optional[int]:
        """The current point's value; None for a gap (or no current point)."""
        point, curve = self.point, self.curve()
        if point is None or curve is None:
            return None
        return next((p.value for p in curve.points if p.stage_id == point[1]), None)

    # -- keyboard ----------------------------------------------------------------------------
    def step_value(self, steps: int) -> bool:
        """Up/Down: the value one step up or down the scale (a gap gets the neutral value first)."""
        point = self.point
        if point is None:
            return False
        scale = self.scene.doc.emotion_scale
        value = self.value()
        new = neutral_value(self.scene.doc) if value is None else max(scale.min, min(scale.max, value + steps))
        if new != value:
            command = SetCurvePoint(point[0], point[1], new)
            # Its own undo step: SetCurvePoint merges with the next set of the same point.
            self.scene.push(Composite(command.name, [command]))
        return True

    def step_stage(self, steps: int) -> bool:
        """Left/Right: the curve's point at the previous or next stage (gaps included)."""
        point = self.point
        if point is None:
            return False
        stages = [s.id for s in self.scene.doc.stages]
        index = stages.index(point[1]) + steps
        if 0 <= index < len(stages):
            self.select(point[0], stages[index])
        return True


__all__ = ["CurvePointSelection"]
