"""KPI commands: a metric lives in a kpis lane and has a value and a target per stage."""

from __future__ import annotations

from typing import ClassVar, Optional

from journeymapper.commands.base import Change
from journeymapper.commands.checks import find, require_known, require_lane_kind, validate_field
from journeymapper.commands.journal import Journal, RecordedCommand
from journeymapper.commands.simple import AddItem, SetFields
from journeymapper.model import JourneyMap, LaneKind, Metric


class AddMetric(AddItem[Metric]):
    group: ClassVar[str] = "metrics"
    noun: ClassVar[str] = "metric"

    def _check(self, doc: JourneyMap) -> None:
        require_lane_kind(doc, self.item.lane_id, LaneKind.KPIS)
        stages = {s.id for s in doc.stages}
        require_known(self.item.values, stages, "stage")
        require_known(self.item.targets, stages, "stage")


class SetMetricFields(SetFields):
    """Set a metric's name, unit, direction or source note (values: :class:`SetMetricValue`)."""

    model = Metric
    group = "metrics"
    noun = "metric"
    settable = frozenset({"name", "unit", "higher_is_better", "source"})


class SetMetricValue(RecordedCommand):
    """Set a metric's value and target at one stage; None means "not measured".

    Repeated edits of the same cell (typing) merge into one undo step.
    """

    def __init__(
        self, metric_id: str, stage_id: str, value: Optional[float], target: Optional[float]
    ) -> None:
        self.metric_id, self.stage_id = metric_id, stage_id
        self.value = _checked_number(stage_id, "values", value)
        self.target = _checked_number(stage_id, "targets", target)
        self.name = "Edit KPI Value"
        self.merge_key = ("metric value", metric_id, stage_id)

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        metric = find(doc.metrics, self.metric_id, "metric")
        find(doc.stages, self.stage_id, "stage")
        journal.set(
            metric,
            values=_with(metric.values, self.stage_id, self.value),
            targets=_with(metric.targets, self.stage_id, self.target),
        )
        return Change(updated={self.metric_id})

    def _absorb(self, other: RecordedCommand) -> bool:
        assert isinstance(other, SetMetricValue)
        self.value, self.target = other.value, other.target
        return True


def _checked_number(stage_id: str, field: str, number: Optional[float]) -> Optional[float]:
    if number is None:
        return None
    checked: dict[str, float] = validate_field(Metric, field, {stage_id: number})
    return checked[stage_id]


def _with(numbers: dict[str, float], stage_id: str, number: Optional[float]) -> dict[str, float]:
    """A copy of ``numbers`` with ``stage_id`` set, or dropped when None."""
    result = dict(numbers)
    if number is None:
        result.pop(stage_id, None)
    else:
        result[stage_id] = number
    return result
