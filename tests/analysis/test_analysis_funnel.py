"""Funnel arithmetic, count-metric detection and the KPI presets."""

from __future__ import annotations

import pytest

from journeymapper.analysis.funnel import KPI_PRESETS, FunnelStep, count_metrics, funnel
from journeymapper.model import LaneKind


@pytest.fixture
def shop(builder):
    for name, key in (("Awareness", "aw"), ("Consideration", "co"), ("Purchase", "pu"),
                      ("Retention", "re"), ("Advocacy", "ad")):
        builder.stage(name, id=key)
    builder.lane(LaneKind.KPIS, id="kpi")
    return builder


def test_funnel_arithmetic(shop):
    # Retention has no value: it is skipped, and advocacy is compared with purchase.
    shop.metric("kpi", "Visitors", {"aw": 1000, "co": 400, "pu": 100, "ad": 80}, id="v")
    steps = funnel(shop.doc, "v")
    assert [s.stage_name for s in steps] == ["Awareness", "Consideration", "Purchase", "Advocacy"]
    assert steps[0] == FunnelStep("aw", "Awareness", 1000, None, None, 1.0)
    assert steps[1].step_conversion == pytest.approx(0.4)
    assert steps[1].drop_off == pytest.approx(0.6)
    assert steps[2].step_conversion == pytest.approx(0.25)
    assert steps[2].overall_conversion == pytest.approx(0.1)
    assert steps[3].step_conversion == pytest.approx(0.8)
    assert steps[3].drop_off == pytest.approx(0.2)
    assert steps[3].overall_conversion == pytest.approx(0.08)


def test_funnel_zero_counts_give_none(shop):
    shop.metric("kpi", "Customers", {"aw": 0, "co": 0, "pu": 5}, id="c")
    steps = funnel(shop.doc, "c")
    assert steps[0].overall_conversion is None
    assert steps[1].step_conversion is None and steps[1].drop_off is None
    assert steps[2].overall_conversion is None


def test_funnel_of_unknown_metric(shop):
    with pytest.raises(KeyError, match=r'nope'):
        funnel(shop.doc, "nope")
    shop.metric("kpi", "Visitors", {}, id="empty")
    assert funnel(shop.doc, "empty") == []


def test_count_metrics(shop):
    counts = {
        "Visitors": "", "Customers": "kunder", "Besøgende": "", "Number of orders": "stk",
        "Sessions": "sessions",
    }
    others = {
        "Conversion rate": "%", "Konverteringsrate": "", "Customer lifetime value": "kr",
        "NPS": "", "Time on page": "s", "Customer satisfaction": "", "Revenue": "kr",
    }
    for name, unit in {**counts, **others}.items():
        shop.metric("kpi", name, {}, unit=unit)
    # Counted, but the fewer the better (as a GA4 funnel export's "Abandonments" imports): no funnel.
    for name in ("Abandonments", "Support tickets", "Returned orders"):
        shop.metric("kpi", name, {}, higher_is_better=False)
    assert [m.name for m in count_metrics(shop.doc)] == list(counts)


def test_kpi_presets_cover_the_article():
    by_key = {p.key: p for p in KPI_PRESETS}
    assert set(by_key) >= {"conversion_rate", "bounce_rate", "time_on_page", "cart_abandonment_rate",
                           "customer_lifetime_value", "customer_satisfaction", "nps", "visitors"}
    assert by_key["conversion_rate"].name_da == "Konverteringsrate"
    assert by_key["conversion_rate"].unit == "%"
    assert not by_key["bounce_rate"].higher_is_better
    assert not by_key["cart_abandonment_rate"].higher_is_better
    assert by_key["time_on_page"].unit == "s"
    assert by_key["customer_lifetime_value"].unit == "kr"
    assert (by_key["nps"].minimum, by_key["nps"].maximum) == (-100, 100)
    assert all(p.name_en and p.name_da for p in KPI_PRESETS)
