"""Analytics exports as they come: GA4 funnel and "Pages and screens", Mixpanel funnels, wide tables
either way round, step names matched to stages, and matches remembered per source."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.commands.imports import import_analytics
from journeymapper.io import stage_matching as sm
from journeymapper.io.analytics import MetricColumn, Options, parse_analytics, read_preamble
from journeymapper.io.csv_import import CsvImportError
from journeymapper.model import JourneyMap, Lane, LaneKind, Language, Metric, Stage

FIXTURES = Path(__file__).parent.parent / "fixtures" / "analytics"


def _doc(language: Language = Language.EN) -> JourneyMap:
    names = ("Awareness", "Consideration", "Purchase", "Retention")
    if language is Language.DA:
        names = ("Opmærksomhed", "Overvejelse", "Køb", "Fastholdelse")
    return JourneyMap(language=language, stages=[Stage(id=f"s{i}", name=n) for i, n in enumerate(names)],
                      lanes=[Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs")],
                      metrics=[Metric(id="users", lane_id="kpi", name="Active users", values={"s3": 5.0})])


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_ga4_funnel_exploration_as_exported():
    doc = _doc()
    result = parse_analytics(doc, _read("ga4-funnel-exploration.csv"), source="ga4.csv")
    assert result.shape == "stages" and result.step_column == "Step"
    assert result.kpis.errors == []
    users = result.kpis.updated_metrics[0]
    # quoted thousands separators; the existing metric is updated, not duplicated
    assert users.id == "users" and users.values == {"s0": 12400.0, "s1": 6014.0, "s2": 2358.0, "s3": 1674.0}
    rates = {m.name: m for m in result.kpis.new_metrics}
    assert rates["Completion rate"].values == {"s0": 48.5, "s1": 39.2, "s2": 71.0}
    assert rates["Completion rate"].unit == "%"
    assert rates["Abandonment rate"].higher_is_better is False
    # the date range of the comment header is every imported KPI's source note
    assert {m.source for m in [users, *rates.values()]} == {"GA4, 2026-10-01 – 2026-10-31"}
    assert all(m.how == sm.NUMBER for m in result.matches.values())
    assert result.source_key == "GA4: Funnel exploration"
    assert result.mappings == {"GA4: Funnel exploration": {
        "1. Awareness": "s0", "2. Consideration": "s1", "3. Purchase": "s2", "4. Retention": "s3"}}
    assert doc.metrics[0].values == {"s3": 5.0}  # the document itself is untouched


def test_ga4_preamble():
    preamble = read_preamble(_read("ga4-pages-and-screens.csv"))
    assert preamble.title == "Pages and screens: Page title and screen class" and preamble.ga4
    assert preamble.note == "GA4, 2026-10-01 – 2026-10-31"
    assert read_preamble("Stage,Metric,Value\n").note == ""


def test_ga4_pages_and_screens_with_chosen_stages_and_durations():
    doc = _doc()
    options = Options(stages={"Nordlys – Home": "s0", "Nordlys – Compare laptops": "s1",
                              "Nordlys – Checkout": "s2", "Nordlys – Order status": None})
    result = parse_analytics(doc, _read("ga4-pages-and-screens.csv"), options, source="pages.csv")
    assert result.kpis.errors == [] and result.step_column == "Page title and screen class"
    metrics = {m.name: m for m in result.kpis.new_metrics}
    assert metrics["Views"].values == {"s0": 48210.0, "s1": 12093.0, "s2": 3911.0}
    assert metrics["Average engagement time"].values == {"s0": 38.0, "s1": 72.0, "s2": 55.0}
    assert metrics["Total revenue"].values["s2"] == 184220.5
    assert result.matches["Nordlys – Order status"].how == sm.SKIPPED
    assert result.mappings == {"GA4: Pages and screens: Page title and screen class": {
        "Nordlys – Home": "s0", "Nordlys – Compare laptops": "s1", "Nordlys – Checkout": "s2"}}


def test_unmatched_steps_are_row_errors_naming_the_step():
    result = parse_analytics(_doc(), _read("ga4-pages-and-screens.csv"), source="pages.csv")
    assert result.unmatched == ["Nordlys – Home", "Nordlys – Compare laptops", "Nordlys – Checkout",
                                "Nordlys – Order status"]
    assert [str(e) for e in result.kpis.errors][0] == 'Row 10: no stage is called "Nordlys – Home"'
    assert result.kpis.rows_imported == 0 and result.mappings is None


def test_mixpanel_funnel_by_order_with_a_named_metric():
    doc = _doc()
    text = _read("mixpanel-funnel.csv")
    first = parse_analytics(doc, text, Options(match="order"), source="mixpanel-funnel.csv")
    # The numeric "Step" column counts steps: it is neither the step name nor a metric.
    assert first.step_column == "Event"
    assert [c.column for c in first.candidates] == [
        "Count", "Conversion Rate (from previous step)", "Conversion Rate (overall)", "Avg Time to Convert"]
    durations = next(m for m in first.kpis.new_metrics if m.name == "Avg Time to Convert")
    assert durations.values == {"s1": 252.0, "s2": 3780.0}  # "4m 12s", "1h 3m" in seconds
    assert durations.unit == "s"
    options = Options(match="order", shape="stages", metrics=[MetricColumn("Count", "Visitors")])
    result = parse_analytics(doc, text, options, source="mixpanel-funnel.csv")
    visitors = result.kpis.new_metrics[0]
    assert visitors.name == "Visitors" and visitors.values == {"s0": 12400.0, "s1": 6014.0, "s2": 2358.0}
    assert visitors.source == ""  # Mixpanel's export says nothing about dates
    assert result.mappings == {"mixpanel-funnel.csv": {
        "Viewed Landing Page": "s0", "Viewed Product": "s1", "Completed Purchase": "s2"}}


def test_remembered_matches_are_offered_at_the_next_import():
    doc = _doc()
    text = _read("mixpanel-funnel.csv")
    once = parse_analytics(doc, text, Options(match="order"), source="x/mixpanel-funnel.csv",
                           source_name="mixpanel-funnel.csv")
    assert once.mappings is not None
    doc.stage_mappings = once.mappings
    again = parse_analytics(doc, text, source="mixpanel-funnel.csv", source_name="mixpanel-funnel.csv")
    assert {m.how for m in again.matches.values()} == {sm.REMEMBERED}
    assert again.kpis.errors == [] and again.mappings is None  # nothing new to remember


def test_wide_table_with_one_row_per_metric_danish_numbers():
    doc = _doc(Language.DA)
    result = parse_analytics(doc, _read("wide-metrics-as-rows.csv"), source="dk.csv")
    assert result.shape == "metrics" and result.kpis.errors == []
    new = {m.name: m for m in result.kpis.new_metrics}
    assert new["Besøgende"].values == {"s0": 12400.0, "s1": 6014.0, "s2": 2358.0, "s3": 1674.0}
    assert new["Konvertering"].values == {"s1": 48.5, "s2": 39.2, "s3": 71.0} and new["Konvertering"].unit == "%"
    assert all(m.how == sm.EXACT for m in result.matches.values()) and result.mappings is None


def test_one_value_table_with_targets_and_units():
    text = "Stage,Revenue (DKK),Revenue target\nAwareness,\"1,200\",1500\nPURCHASE,900,\n"
    result = parse_analytics(_doc(), text, source="rev.csv")
    revenue = result.kpis.new_metrics[0]
    assert (revenue.name, revenue.unit) == ("Revenue", "DKK")
    assert revenue.values == {"s0": 1200.0, "s2": 900.0} and revenue.targets == {"s0": 1500.0}


@pytest.mark.parametrize(("step", "stage", "how"), [
    ("Awareness", "s0", sm.EXACT), ("  awareness ", "s0", sm.EXACT), ("1. Awareness", "s0", sm.NUMBER),
    ("Step 3 - Purchase", "s2", sm.NUMBER), ("2) consideration", "s1", sm.NUMBER), ("s1", "s1", sm.EXACT),
    ("Overvejelse", "s3", sm.EXACT), ("overvejelsé!", "s3", sm.FOLDED), ("4. Køb", "s4", sm.NUMBER),
    ("Kob", "s4", sm.FOLDED), ("Checkout", None, None),
])
def test_stage_matching_levels(step, stage, how):
    names = ("Awareness", "Consideration", "Purchase", "Overvejelse", "Køb")
    doc = JourneyMap(stages=[Stage(id=f"s{i}", name=n) for i, n in enumerate(names)])
    found = sm.match_steps(doc, [step])[step]
    assert (found.stage_id, found.how) == (stage, how)


def test_exact_name_wins_over_a_number_stripped_one():
    doc = JourneyMap(stages=[Stage(id="a", name="Buy"), Stage(id="b", name="1. Buy")])
    assert sm.match_steps(doc, ["1. Buy"])["1. Buy"] == sm.StepMatch("b", sm.EXACT)


def test_the_import_is_one_undo_step_with_the_remembered_matches():
    doc = _doc()
    result = parse_analytics(doc, _read("ga4-funnel-exploration.csv"), source="ga4.csv")
    before = doc.model_copy(deep=True)
    command = import_analytics(result.kpis.new_metrics, result.kpis.updated_metrics, None, result.mappings)
    command.apply(doc)
    assert doc.stage_mappings == result.mappings and len(doc.metrics) == 4
    assert doc.metrics[0].source == "GA4, 2026-10-01 – 2026-10-31"
    command.revert(doc)
    assert doc == before


def test_a_table_of_numbers_only_is_refused_with_one_line():
    with pytest.raises(CsvImportError, match=r"^n.csv, row 1: no column holds step or stage names"):
        parse_analytics(_doc(), "1,2\n3,4\n", source="n.csv")


@pytest.mark.parametrize(("header", "name", "unit"), [
    ("Revenue (DKK)", "Revenue", "DKK"), ("Share [%]", "Share", "%"), ("Time (seconds)", "Time", "seconds"),
    ("Conversion Rate (overall)", "Conversion Rate (overall)", ""),
    ("Active users (Step 1)", "Active users (Step 1)", ""),
])
def test_units_in_headers(header, name, unit):
    from journeymapper.io.analytics import split_header

    assert split_header(header) == (name, unit)


def test_mixpanel_steps_as_columns_is_read_one_row_per_metric():
    result = parse_analytics(_doc(), _read("mixpanel-funnel-steps-as-columns.csv"), source="mp.csv")
    assert result.shape == "metrics" and result.kpis.errors == []
    assert [c.column for c in result.candidates] == ["Users", "Conversion rate (from previous step)"]
    users = result.kpis.new_metrics[0]
    assert users.name == "Users" and users.values == {"s0": 12400.0, "s1": 6014.0, "s2": 2358.0}
    assert {m.how for m in result.matches.values()} == {sm.NUMBER}
