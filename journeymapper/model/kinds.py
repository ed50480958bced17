"""Closed vocabularies of the document: lane kinds, channels, evidence, styles."""

from __future__ import annotations

from enum import Enum


class LaneKind(str, Enum):
    """What a swimlane holds; decides how its cells are drawn and what a drop creates."""

    TEXT = "text"
    TOUCHPOINTS = "touchpoints"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    GOALS = "goals"
    KPIS = "kpis"
    BACKSTAGE = "backstage"
    IMAGES = "images"


#: Lane kinds whose cells hold cards (emotions hold curves, kpis hold metrics).
CARD_LANE_KINDS = frozenset(LaneKind) - {LaneKind.EMOTIONS, LaneKind.KPIS}


class Channel(str, Enum):
    """Where a touchpoint happens; each has an icon."""

    WEB = "web"
    SEARCH = "search"
    SOCIAL = "social"
    EMAIL = "email"
    ADS = "ads"
    STORE = "store"
    PHONE = "phone"
    CHAT = "chat"
    PUSH = "push"
    APP = "app"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER = "other"


class Evidence(str, Enum):
    """How sure the team is of a card: seen in research, guessed, or a proposal."""

    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class CurveVariant(str, Enum):
    AS_IS = "as_is"
    TO_BE = "to_be"


class ConnectorStyle(str, Enum):
    FLOW = "flow"
    BACK = "back"
    OPTIONAL = "optional"


class Language(str, Enum):
    EN = "en"
    DA = "da"


#: Default colour of a lane (and its new cards) by kind: soft, print-friendly tints.
LANE_COLOURS: dict[LaneKind, str] = {
    LaneKind.TEXT: "#ECEFF1",
    LaneKind.TOUCHPOINTS: "#D6EAF8",
    LaneKind.ACTIONS: "#D5F5E3",
    LaneKind.THOUGHTS: "#FDEBD0",
    LaneKind.EMOTIONS: "#FEF9E7",
    LaneKind.PAIN_POINTS: "#FADBD8",
    LaneKind.OPPORTUNITIES: "#D1F2EB",
    LaneKind.GOALS: "#E8DAEF",
    LaneKind.KPIS: "#EAEDED",
    LaneKind.BACKSTAGE: "#E5E8E8",
    LaneKind.IMAGES: "#F4F6F6",
}

#: Default card colour by lane kind (a stronger tint than the lane's background).
CARD_COLOURS: dict[LaneKind, str] = {
    LaneKind.TEXT: "#FFFFFF",
    LaneKind.TOUCHPOINTS: "#AED6F1",
    LaneKind.ACTIONS: "#ABEBC6",
    LaneKind.THOUGHTS: "#FAD7A0",
    LaneKind.EMOTIONS: "#FCF3CF",
    LaneKind.PAIN_POINTS: "#F5B7B1",
    LaneKind.OPPORTUNITIES: "#A3E4D7",
    LaneKind.GOALS: "#D2B4DE",
    LaneKind.KPIS: "#FFFFFF",
    LaneKind.BACKSTAGE: "#D5DBDB",
    LaneKind.IMAGES: "#FFFFFF",
}
