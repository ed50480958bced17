"""Numbers, percentages, quotes and dates as each language writes them, wherever they are made:
the journey check, a KPI cell of the map (canvas and PDF draw the same layout), the deck, the cover date."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from journeymapper.analysis.check import check
from journeymapper.export.deck.findings import finding_text
from journeymapper.export.sections import format_date
from journeymapper.layout import MonoMeasurer, compute_layout
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Language, Metric, Stage
from journeymapper.text import date_text, moment_text, number, percent, quoted, time_text, with_unit

EN, DA = Language.EN, Language.DA
NBSP = "\u00a0"


def test_numbers_follow_the_language():
    assert number(8600, EN) == "8,600" and number(8600, DA) == "8.600"
    assert number(2.2, EN) == "2.2" and number(2.2, DA) == "2,2"
    assert number(1234567.891, DA) == "1.234.567,89"
    assert with_unit(8600, "kr.", DA) == f"8.600{NBSP}kr." and with_unit(8600, "kr.", EN) == f"8,600{NBSP}kr."
    assert with_unit(4.4, "/5", DA) == "4,4/5" and with_unit(4.4, "/5", EN) == "4.4/5"
    assert with_unit(58, "%", DA) == f"58{NBSP}%" and with_unit(58, "%", EN) == "58%"
    assert percent(0.62, DA) == f"62{NBSP}%" and percent(0.62, EN) == "62%"
    assert percent(0.068, DA, 1) == f"6,8{NBSP}%"


def test_quotes_dates_and_times_follow_the_language():
    assert quoted("Hurtig levering", DA) == "»Hurtig levering«"
    assert quoted("Fast delivery", EN) == "“Fast delivery”"
    assert date_text(date(2026, 12, 7), DA) == "7. december 2026"
    assert date_text(date(2026, 12, 7), EN) == "Dec 7, 2026"
    assert format_date(date(2026, 12, 7), DA) == "7. december 2026"  # the PDF cover and the deck's title slide
    assert time_text(datetime(2026, 12, 7, 2, 33), DA) == "kl. 02.33"
    assert time_text(datetime(2026, 12, 7, 14, 5), EN) == "2:05 PM"


def test_a_stored_utc_moment_is_shown_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    import time
    time.tzset()
    try:
        stamp = datetime(2026, 12, 7, 1, 33, 8, tzinfo=timezone.utc)
        assert moment_text(stamp, DA) == "7. december 2026 kl. 02.33"  # UTC+1 in winter
        assert moment_text(stamp, EN) == "Dec 7, 2026, 2:33 AM"
        assert moment_text(stamp.astimezone(timezone(timedelta(hours=5))), DA) == "7. december 2026 kl. 02.33"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _shop() -> JourneyMap:
    """Two stages, a KPI below target and a funnel that loses 62 % of its customers."""
    stages = [Stage(id="co", name="Consideration"), Stage(id="pu", name="Purchase")]
    lanes = [Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
             Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs")]
    cards = [Card(id=f"t_{s.id}", lane_id="tp", stage_id=s.id, text="Web shop") for s in stages]
    metrics = [
        Metric(id="conv", lane_id="kpi", name="Conversion rate", unit="%", values={"co": 4.4, "pu": 2.2},
               targets={"pu": 3}),
        Metric(id="basket", lane_id="kpi", name="Basket value", unit="kr.", values={"co": 9100, "pu": 8600},
               targets={"pu": 9000}),
        Metric(id="visitors", lane_id="kpi", name="Visitors", values={"co": 1000, "pu": 380}),
    ]
    return JourneyMap(title="Shop", stages=stages, lanes=lanes, cards=cards, metrics=metrics)


def _messages(doc: JourneyMap, language: Language) -> list[str]:
    return [finding_text(f, language) for f in check(doc, language) if f.rule in ("kpi-below-target", "funnel-drop")]


def test_the_journey_check_writes_numbers_in_each_language():
    doc = _shop()
    assert _messages(doc, EN) == [
        "Funnel “Visitors” loses 62% of its customers from “Consideration” to “Purchase”.",
        "KPI “Conversion rate” misses its target in stage “Purchase”: 2.2% against 3%.",
        f"KPI “Basket value” misses its target in stage “Purchase”: 8,600{NBSP}kr. against 9,000{NBSP}kr.",
    ]
    assert _messages(doc, DA) == [
        f"Tragten »Visitors« mister 62{NBSP}% af kunderne fra »Consideration« til »Purchase«.",
        f"KPI'en »Conversion rate« når ikke sin målværdi i fasen »Purchase«: 2,2{NBSP}% mod 3{NBSP}%.",
        f"KPI'en »Basket value« når ikke sin målværdi i fasen »Purchase«: 8.600{NBSP}kr. mod 9.000{NBSP}kr.",
    ]


@pytest.mark.parametrize(("language", "value", "target"), [
    (EN, "2.2%", "target 3%"), (DA, f"2,2{NBSP}%", f"målværdi 3{NBSP}%"),
])
def test_a_kpi_cell_of_the_map_writes_its_value_in_the_maps_language(language, value, target):
    doc = _shop()
    doc.language = language
    layout = compute_layout(doc, MonoMeasurer())
    conv = next(row for row in layout.metric_rows if row.metric_id == "conv")
    cell = next(c for c in conv.cells if c.stage_id == "pu")
    assert cell.value_line.text == value
    assert cell.target_line is not None and cell.target_line.text == target
