"""The journey-map document: plain pydantic models, no Qt and no I/O.

Every list is ordered as the user sees it (stages left to right, lanes top to
bottom); cards are ordered within their cell by ``order``.
"""

# No ``from __future__ import annotations``: pydantic would compile each field's annotation string
# again when it builds the models; evaluated here they cost nothing extra.
import uuid
from datetime import datetime, timezone
from typing import Annotated, Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from journeymapper.model.kinds import (
    Channel,
    ConnectorStyle,
    CurveVariant,
    Evidence,
    LaneKind,
    Language,
)

#: Longest text a single field may hold; keeps hostile files from costing much.
MAX_TEXT = 20_000
#: Largest embedded image, in pixels (width x height).
MAX_IMAGE_PIXELS = 40_000_000
#: Ids are short printable tokens; the app makes them with :func:`new_id`.
Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
#: Relative size of a stage column or lane row (1 = normal).
RelSize = Annotated[float, Field(ge=0.25, le=8.0, allow_inf_nan=False)]
Number = Annotated[float, Field(ge=-1e12, le=1e12, allow_inf_nan=False)]


# Fields of format version 2 are left out of the file while they hold their default, so a map that
# uses none of them is written exactly as version 1 wrote it (see io.format.file_version).
def _is_empty(value: Any) -> bool:
    return not value


def _v2(default: Any = None, **kwargs: Any) -> Any:
    """A field added in format version 2: optional, and not written while empty."""
    if default is None:
        return Field(exclude_if=_is_empty, **kwargs)
    return Field(default, exclude_if=_is_empty, **kwargs)


def new_id(prefix: str = "") -> str:
    """A fresh, globally unique id (prefix helps a human reading the file)."""
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


# Default factories are Python functions, not the built-in ``list``/``dict``: building a validator,
# pydantic reads each factory's signature, and a built-in's means parsing its text signature (4 ms
# the first time, then 0.3 ms a field: 8 ms of the editor's start-up, which builds JourneyMap's
# validator for its first map). tests/ui/test_startup.py keeps it so.
def _new_list() -> list[Any]:
    return []


def _new_dict() -> dict[str, Any]:
    return {}


class _Model(BaseModel):
    # extra="forbid": an unknown field in a file is a mistake worth reporting.
    # defer_build: validators are built on first use, not at import (start-up builds JourneyMap's only).
    # ser_json_inf_nan: a NaN that bypassed validation is written as a bare NaN, which io.dumps refuses
    # (pydantic's default, null, would save a file that no longer loads).
    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True,
                              ser_json_inf_nan="constants")


class Persona(_Model):
    id: Id
    name: Text
    role: Text = ""
    quote: Text = ""
    description: Text = ""
    goals: list[Text] = Field(default_factory=_new_list)
    frustrations: list[Text] = Field(default_factory=_new_list)
    demographics: Text = ""
    colour: Colour = "#2E86C1"
    photo: Optional[Id] = None


class Stage(_Model):
    id: Id
    name: Text
    description: Text = ""
    colour: Colour = "#34495E"
    width: RelSize = 1.0
    #: Speaker notes for presenting this stage; never printed on the map (version 2).
    notes: Text = _v2("")


class Lane(_Model):
    id: Id
    kind: LaneKind
    title: Text
    colour: Colour = "#ECEFF1"
    height: RelSize = 1.0


class PlacementLog:
    """Every assignment of a card's lane, stage or order, oldest first, so that cell indexes
    (model/cell_index.py) catch up with what moved instead of scanning every card after each move.

    Positions are absolute; when the log grows long its older half is dropped (``start`` moves on)
    and an index that had not read that far rebuilds itself.
    """

    LIMIT = 20_000

    def __init__(self) -> None:
        self.entries: list[Card] = []
        self.start = 0

    @property
    def end(self) -> int:
        return self.start + len(self.entries)

    def append(self, card: "Card") -> None:
        if len(self.entries) >= self.LIMIT:
            half = self.LIMIT // 2
            del self.entries[:half]
            self.start += half
        self.entries.append(card)


PLACEMENTS = PlacementLog()
_PLACEMENT_FIELDS = frozenset({"lane_id", "stage_id", "order"})


class Card(_Model):
    id: Id
    lane_id: Id
    stage_id: Id
    order: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    text: Text = ""
    colour: Optional[Colour] = None
    channel: Optional[Channel] = None
    tags: list[Annotated[str, StringConstraints(max_length=200)]] = Field(default_factory=_new_list)
    evidence: Evidence = Evidence.ASSUMED
    source: Text = ""
    personas: list[Id] = Field(default_factory=_new_list)
    image: Optional[Id] = None
    #: Dot votes from a workshop (version 2).
    votes: Annotated[int, Field(ge=0, le=100_000)] = _v2(0)
    #: A task's score from a Mermaid journey diagram, 1 (worst) to 5 (best) (version 2).
    score: Optional[Annotated[int, Field(ge=1, le=5)]] = Field(None, exclude_if=_is_empty)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _PLACEMENT_FIELDS:
            PLACEMENTS.append(self)
        super().__setattr__(name, value)


class CurvePoint(_Model):
    stage_id: Id
    value: Annotated[int, Field(ge=-1000, le=1000)] = 0
    label: Annotated[str, StringConstraints(max_length=500)] = ""


class Curve(_Model):
    """One persona's emotion curve in an emotions lane, one point per stage."""

    id: Id
    lane_id: Id
    persona_id: Id
    variant: CurveVariant = CurveVariant.AS_IS
    points: list[CurvePoint] = Field(default_factory=_new_list)
    visible: bool = True


class Connector(_Model):
    id: Id
    from_card: Id
    to_card: Id
    label: Annotated[str, StringConstraints(max_length=500)] = ""
    style: ConnectorStyle = ConnectorStyle.FLOW


class Metric(_Model):
    """A KPI shown in a kpis lane: a value and a target per stage (missing = not measured)."""

    id: Id
    lane_id: Id
    name: Text
    unit: Annotated[str, StringConstraints(max_length=40)] = ""
    higher_is_better: bool = True
    values: dict[Id, Number] = Field(default_factory=_new_dict)
    targets: dict[Id, Number] = Field(default_factory=_new_dict)
    #: Where the values come from ("GA4, 2026-10-01 – 2026-10-31"), set by an analytics import
    #: (version 2).
    source: Text = _v2("")


class Asset(_Model):
    """An embedded image: PNG or JPEG bytes, base64 in the file."""

    id: Id
    mime: Annotated[str, StringConstraints(pattern=r"^image/(png|jpeg)$")]
    width: Annotated[int, Field(ge=1, le=20_000)]
    height: Annotated[int, Field(ge=1, le=20_000)]
    data: Annotated[str, StringConstraints(max_length=30_000_000)]

    @model_validator(mode="after")
    def _not_a_bomb(self) -> "Asset":
        # A small file can claim a huge canvas; decoding it would exhaust memory.
        if self.width * self.height > MAX_IMAGE_PIXELS:
            raise ValueError(f"image of {self.width} x {self.height} pixels is larger than allowed")
        return self


ConflictKind = Literal["map", "stage", "lane", "card", "persona", "curve", "point", "connector", "metric", "asset"]


class Conflict(_Model):
    """A merge conflict left for the user: the document holds "ours"; "theirs" is kept here until
    resolved, so a merge never loses what it did not take (version 2)."""

    id: Id
    kind: ConflictKind
    #: The item's id ("" for the map itself); for a curve point, "curve-id/stage-id".
    item_id: Annotated[str, StringConstraints(max_length=140)] = ""
    #: The field in conflict, or "" when the whole item is (edited on one side, deleted on the other).
    field: Annotated[str, StringConstraints(max_length=100)] = ""
    #: What the other side has: a field value, or the whole item as JSON; None when it deleted it.
    theirs: Any = None
    #: What the common ancestor had, when known.
    base: Any = None
    #: Where "theirs" came from (a file name), shown to the user.
    source: Text = ""


class EmotionScale(_Model):
    min: Annotated[int, Field(ge=-100, le=100)] = -3
    max: Annotated[int, Field(ge=-100, le=100)] = 3


class JourneyMap(_Model):
    """The whole document. Equality is field-by-field, so undo can be checked exactly."""

    id: Id = Field(default_factory=lambda: new_id("map-"))
    title: Text = "Untitled journey"
    description: Text = ""
    client: Text = ""
    author: Text = ""
    language: Language = Language.EN
    created: datetime = Field(default_factory=now_utc)
    modified: datetime = Field(default_factory=now_utc)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    personas: list[Persona] = Field(default_factory=_new_list)
    stages: list[Stage] = Field(default_factory=_new_list)
    lanes: list[Lane] = Field(default_factory=_new_list)
    cards: list[Card] = Field(default_factory=_new_list)
    curves: list[Curve] = Field(default_factory=_new_list)
    connectors: list[Connector] = Field(default_factory=_new_list)
    metrics: list[Metric] = Field(default_factory=_new_list)
    assets: list[Asset] = Field(default_factory=_new_list)
    #: How to use a template ("Replace the example with your own research…"): shown in the editor,
    #: never printed (version 2).
    instructions: Text = _v2("")
    #: Step names of an analytics source matched to stages, offered again at the next import:
    #: source name -> step name -> stage id (version 2).
    stage_mappings: dict[Annotated[str, StringConstraints(max_length=200)],
                         dict[Annotated[str, StringConstraints(max_length=500)], Id]] = _v2(
        default_factory=_new_dict)
    #: Merge conflicts not yet resolved (version 2).
    conflicts: list[Conflict] = _v2(default_factory=_new_list)
