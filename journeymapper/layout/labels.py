"""The few words the layout itself prints (lane kinds, curve variants, "target"), and number formatting."""

from __future__ import annotations

from journeymapper.model import CurveVariant, JourneyMap, LaneKind, Language
from journeymapper.text import number
from journeymapper.text import with_unit as _with_unit

_KIND_LABELS: dict[Language, dict[LaneKind, str]] = {
    Language.EN: {
        LaneKind.TEXT: "Text", LaneKind.TOUCHPOINTS: "Touchpoints", LaneKind.ACTIONS: "Actions",
        LaneKind.THOUGHTS: "Thoughts", LaneKind.EMOTIONS: "Emotions", LaneKind.PAIN_POINTS: "Pain points",
        LaneKind.OPPORTUNITIES: "Opportunities", LaneKind.GOALS: "Goals", LaneKind.KPIS: "KPIs",
        LaneKind.BACKSTAGE: "Backstage", LaneKind.IMAGES: "Images",
    },
    Language.DA: {
        LaneKind.TEXT: "Tekst", LaneKind.TOUCHPOINTS: "Berøringspunkter", LaneKind.ACTIONS: "Handlinger",
        LaneKind.THOUGHTS: "Tanker", LaneKind.EMOTIONS: "Følelser", LaneKind.PAIN_POINTS: "Smertepunkter",
        LaneKind.OPPORTUNITIES: "Muligheder", LaneKind.GOALS: "Mål", LaneKind.KPIS: "KPI'er",
        LaneKind.BACKSTAGE: "Bag kulisserne", LaneKind.IMAGES: "Billeder",
    },
}

_VARIANT_LABELS: dict[Language, dict[CurveVariant, str]] = {
    Language.EN: {CurveVariant.AS_IS: "as-is", CurveVariant.TO_BE: "to-be"},
    Language.DA: {CurveVariant.AS_IS: "nuværende", CurveVariant.TO_BE: "fremtidig"},
}

_TARGET_WORD = {Language.EN: "target", Language.DA: "målværdi"}


#: The author the built-in templates carried: the product's name, never a person who wrote the map.
TEMPLATE_AUTHORS = frozenset({"journey mapper"})


def printed_author(doc: JourneyMap) -> str:
    """The map's author as it may be printed: "" for a template's default author."""
    author = doc.author.strip()
    return "" if author.casefold() in TEMPLATE_AUTHORS else author


def kind_label(kind: LaneKind, language: Language) -> str:
    return _KIND_LABELS[Language(language)][LaneKind(kind)]


def variant_label(variant: CurveVariant, language: Language) -> str:
    return _VARIANT_LABELS[Language(language)][CurveVariant(variant)]


def target_word(language: Language) -> str:
    return _TARGET_WORD[Language(language)]


def format_number(value: float, language: Language) -> str:
    """Up to two decimals, trailing zeros dropped, grouped thousands: 1,234.5 (en) / 1.234,5 (da)."""
    return number(value, language)


def with_unit(value: float, unit: str, language: Language) -> str:
    """"58%", "4.4/5" (en); "58 %", "4,4/5", "8.600 kr." (da): see :mod:`journeymapper.text`."""
    return _with_unit(value, unit, language)
