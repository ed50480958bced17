"""The journey-map document: plain Python, no Qt, no I/O."""

from journeymapper.model.document import (
    MAX_TEXT,
    Asset,
    Card,
    Conflict,
    Connector,
    Curve,
    CurvePoint,
    EmotionScale,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Stage,
    new_id,
    now_utc,
)
from journeymapper.model.integrity import IntegrityProblem, integrity_problems
from journeymapper.model.kinds import (
    CARD_COLOURS,
    CARD_LANE_KINDS,
    LANE_COLOURS,
    Channel,
    ConnectorStyle,
    CurveVariant,
    Evidence,
    LaneKind,
    Language,
)
from journeymapper.model.remap import with_fresh_ids

__all__ = [
    "MAX_TEXT", "Asset", "Card", "Conflict", "Connector", "Curve", "CurvePoint", "EmotionScale",
    "JourneyMap", "Lane", "Metric", "Persona", "Stage", "new_id", "now_utc",
    "IntegrityProblem", "integrity_problems", "CARD_COLOURS", "CARD_LANE_KINDS",
    "LANE_COLOURS", "Channel", "ConnectorStyle", "CurveVariant", "Evidence", "LaneKind",
    "Language", "with_fresh_ids",
]
