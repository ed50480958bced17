"""Conversion funnel over the stages, and the KPI presets of Insert › KPI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from journeymapper.model import JourneyMap, Language, Metric


@dataclass(frozen=True)
class FunnelStep:
    stage_id: str
    stage_name: str
    count: float
    #: Share of the previous step's count that reached this one (None: first step,
    #: or the previous count was zero). Above 1 when the count grows.
    step_conversion: Optional[float]
    #: 1 - step_conversion: the share lost on the way here.
    drop_off: Optional[float]
    #: Share of the first step's count (None when the first count is zero).
    overall_conversion: Optional[float]


def funnel(doc: JourneyMap, metric_id: str) -> list[FunnelStep]:
    """The funnel of a count metric, one step per stage that has a value, in stage order.

    Raises KeyError if the map has no metric with that id.
    """
    metric = next((m for m in doc.metrics if m.id == metric_id), None)
    if metric is None:
        raise KeyError(metric_id)
    steps: list[FunnelStep] = []
    for stage in doc.stages:
        if stage.id not in metric.values:
            continue
        count = metric.values[stage.id]
        if not steps:
            steps.append(FunnelStep(stage.id, stage.name, count, None, None,
                                    1.0 if count else None))
            continue
        previous, first = steps[-1].count, steps[0].count
        conversion = count / previous if previous else None
        steps.append(FunnelStep(
            stage.id, stage.name, count, conversion,
            None if conversion is None else 1.0 - conversion,
            count / first if first else None,
        ))
    return steps


# Lower-case units and name fragments that mark a metric as a head count (English and Danish).
COUNT_UNITS = frozenset({"customers", "visitors", "users", "people", "sessions", "leads", "orders",
                         "kunder", "besøgende", "brugere", "personer", "sessioner", "ordrer"})
COUNT_WORDS = ("visitor", "customer", "users", "people", "sessions", "leads", "orders",
               "kunder", "besøgende", "brugere", "antal", "count", "number of")
#: A unitless metric named like this is a rate, a score or an average, not a count.
RATE_WORDS = ("rate", "ratio", "%", "score", "nps", "csat", "satisfaction", "time", "value",
              "share", "andel", "tid", "tilfredshed", "værdi", "gennemsnit", "average", "mean")
#: "… per account", "… pr. konto": a count divided by something is an average, and no funnel.
PER_WORDS = (" per ", " pr. ", " pr ", "/")


def looks_like_count(metric: Metric) -> bool:
    if not metric.higher_is_better:  # abandonments, complaints, returns: counted, but no funnel of customers
        return False
    unit = metric.unit.strip().casefold()
    name = metric.name.casefold()
    if any(word in f" {name} " for word in PER_WORDS):
        return False
    if unit in COUNT_UNITS:
        return True
    # "Customer lifetime value" names customers but is no head count: rate words win.
    if unit == "%" or any(word in name for word in RATE_WORDS):
        return False
    return not unit or any(word in name for word in COUNT_WORDS)


def count_metrics(doc: JourneyMap) -> list[Metric]:
    """Metrics that look like head counts per stage (visitors, customers, ...)."""
    return [m for m in doc.metrics if looks_like_count(m)]


@dataclass(frozen=True)
class KpiPreset:
    key: str
    name_en: str
    name_da: str
    unit: str
    higher_is_better: bool
    #: Natural range of the value, when it has one (percentages, NPS).
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    #: The unit as Danish writes it, when it differs ("sek.", "kr.").
    unit_da: Optional[str] = None

    def name_for(self, language: Language) -> str:
        return self.name_da if language is Language.DA else self.name_en

    def unit_for(self, language: Language) -> str:
        return self.unit_da if language is Language.DA and self.unit_da is not None else self.unit


#: The presets Insert › KPI offers, in this order.
KPI_PRESETS: tuple[KpiPreset, ...] = (
    KpiPreset("conversion_rate", "Conversion rate", "Konverteringsrate", "%", True, 0, 100),
    KpiPreset("bounce_rate", "Bounce rate", "Afvisningsrate", "%", False, 0, 100),
    KpiPreset("time_on_page", "Time on page", "Tid på siden", "s", True, 0, None, "sek."),
    KpiPreset("cart_abandonment_rate", "Cart abandonment rate",
              "Opgivelse af indkøbskurv", "%", False, 0, 100),
    KpiPreset("customer_lifetime_value", "Customer lifetime value", "Kundens levetidsværdi",
              "kr", True, None, None, "kr."),
    KpiPreset("customer_satisfaction", "Customer satisfaction (CSAT)", "Kundetilfredshed (CSAT)",
              "%", True, 0, 100),
    KpiPreset("nps", "Net Promoter Score (NPS)", "Net Promoter Score (NPS)", "", True, -100, 100),
    KpiPreset("visitors", "Visitors", "Besøgende", "", True, 0, None),
)
