"""Translated display names of the document's vocabularies, shared by every part of the UI.

Each name is a literal in a ``QCoreApplication.translate("Names", ...)`` call, so that
lupdate-style extraction finds it. The functions accept the enum member or its value.
"""

from __future__ import annotations

from typing import Any, Union

from PySide6.QtCore import QCoreApplication

from journeymapper.model import Channel, ConnectorStyle, CurveVariant, Evidence, LaneKind, Language


def lane_kind_name(kind: Union[LaneKind, str]) -> str:
    kind = LaneKind(kind)
    t = QCoreApplication.translate
    names = {
        LaneKind.TEXT: t("Names", "Text"),
        LaneKind.TOUCHPOINTS: t("Names", "Touchpoints"),
        LaneKind.ACTIONS: t("Names", "Actions"),
        LaneKind.THOUGHTS: t("Names", "Thoughts"),
        LaneKind.EMOTIONS: t("Names", "Emotions"),
        LaneKind.PAIN_POINTS: t("Names", "Pain points"),
        LaneKind.OPPORTUNITIES: t("Names", "Opportunities"),
        LaneKind.GOALS: t("Names", "Goals"),
        LaneKind.KPIS: t("Names", "KPIs"),
        LaneKind.BACKSTAGE: t("Names", "Backstage"),
        LaneKind.IMAGES: t("Names", "Images"),
    }
    return names[kind]


def channel_name(channel: Union[Channel, str]) -> str:
    channel = Channel(channel)
    t = QCoreApplication.translate
    names = {
        Channel.WEB: t("Names", "Website"),
        Channel.SEARCH: t("Names", "Search"),
        Channel.SOCIAL: t("Names", "Social media"),
        Channel.EMAIL: t("Names", "Email"),
        Channel.ADS: t("Names", "Advertising"),
        Channel.STORE: t("Names", "Store"),
        Channel.PHONE: t("Names", "Phone"),
        Channel.CHAT: t("Names", "Chat"),
        Channel.PUSH: t("Names", "Push notification"),
        Channel.APP: t("Names", "App"),
        Channel.WORD_OF_MOUTH: t("Names", "Word of mouth"),
        Channel.OTHER: t("Names", "Other"),
    }
    return names[channel]


def evidence_name(evidence: Union[Evidence, str]) -> str:
    evidence = Evidence(evidence)
    t = QCoreApplication.translate
    names = {
        Evidence.OBSERVED: t("Names", "Observed"),
        Evidence.ASSUMED: t("Names", "Assumed"),
        Evidence.PROPOSED: t("Names", "Proposed"),
    }
    return names[evidence]


def variant_name(variant: Union[CurveVariant, str]) -> str:
    variant = CurveVariant(variant)
    t = QCoreApplication.translate
    names = {
        CurveVariant.AS_IS: t("Names", "As is"),
        CurveVariant.TO_BE: t("Names", "To be"),
    }
    return names[variant]


def connector_style_name(style: Union[ConnectorStyle, str]) -> str:
    style = ConnectorStyle(style)
    t = QCoreApplication.translate
    names = {
        ConnectorStyle.FLOW: t("Names", "Flow"),
        #: A connector style: the customer goes back to an earlier step (Danish: "Går tilbage").
        ConnectorStyle.BACK: t("Names", "Going back"),
        ConnectorStyle.OPTIONAL: t("Names", "Optional"),
    }
    return names[style]


def language_name(language: Union[Language, str]) -> str:
    """Each language in its own words, as language menus usually show them."""
    language = Language(language)
    t = QCoreApplication.translate
    names = {
        Language.EN: t("Names", "English"),
        Language.DA: t("Names", "Dansk"),
    }
    return names[language]


def card_entry_name(entry: Any) -> str:
    """Name of a palette card entry: its key ("touchpoint", …) or a ``PaletteEntry``."""
    key = getattr(entry, "detail", entry)
    t = QCoreApplication.translate
    names = {
        "touchpoint": t("Names", "Touchpoint"),
        "action": t("Names", "Action"),
        "thought": t("Names", "Thought"),
        "pain_point": t("Names", "Pain point"),
        "opportunity": t("Names", "Opportunity"),
        "goal": t("Names", "Goal"),
        "note": t("Names", "Note"),
    }
    if key not in names:
        raise ValueError(f"unknown card entry {key!r}")
    return names[key]


__all__ = [
    "lane_kind_name", "channel_name", "evidence_name", "variant_name", "connector_style_name",
    "language_name", "card_entry_name",
]


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders tooltips that look like HTML as rich text."""
    if not text:
        return ""
    # html.escape's five replacements, without importing html (its entity tables cost start-up ~2 ms).
    for char, entity in _ESCAPES:
        text = text.replace(char, entity)
    return "<p style='white-space:pre-wrap'>" + text + "</p>"


_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))
