"""View > Funnel…: the numbers the dialog shows are those of ``analysis.funnel``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from journeymapper.analysis.funnel import funnel
from journeymapper.model import JourneyMap, Lane, LaneKind, Metric, Stage
from journeymapper.ui.funnel_dialog import FunnelDialog, format_count, format_share
from journeymapper.ui.session import MapSession
from tests.ui.windows import choose_with_keys

STAGES = ("Awareness", "Consideration", "Purchase", "Retention")


def _doc() -> JourneyMap:
    return JourneyMap(
        stages=[Stage(id=f"s{i}", name=name) for i, name in enumerate(STAGES)],
        lanes=[Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs")],
        metrics=[
            Metric(id="visitors", lane_id="kpi", name="Visitors", values={"s0": 12000, "s1": 5400, "s2": 1900,
                                                                          "s3": 1500}),
            Metric(id="conv", lane_id="kpi", name="Conversion rate", unit="%", values={"s2": 2.5}),
            Metric(id="orders", lane_id="kpi", name="Orders", unit="orders", values={"s2": 40, "s3": 0.5}),
        ])


@pytest.fixture
def dialog(qtbot) -> FunnelDialog:
    d = FunnelDialog(MapSession(_doc()))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _table(dialog: FunnelDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_offers_count_metrics_only_and_is_not_modal(dialog):
    box = dialog.metric_box
    assert [box.itemData(i) for i in range(box.count())] == ["visitors", "orders"]
    assert box.itemText(1) == "Orders"  # the unit repeats the name: not shown twice
    assert not dialog.isModal()


def test_table_shows_the_funnel_numbers(dialog):
    steps = funnel(dialog.doc, "visitors")
    locale = QLocale()
    assert _table(dialog) == [
        [s.stage_name, format_count(s.count, locale), format_share(s.step_conversion, locale),
         format_share(s.drop_off, locale), format_share(s.overall_conversion, locale)] for s in steps]
    assert dialog.chart.steps == steps
    c_locale = QLocale.c()
    assert format_share(steps[1].step_conversion, c_locale) == "45.0%"
    assert format_share(steps[2].drop_off, c_locale) == "64.8%"
    assert format_count(12000, c_locale) == "12000" and format_count(0.5, c_locale) == "0.5"
    assert format_share(None) == "–"
    assert dialog.summary.text() == "12.5% of “Awareness” reach “Retention”"


def test_big_drop_offs_are_red(dialog):
    alarm = [dialog.table.item(r, 3).foreground().color() == QColor("#C62828") for r in range(4)]
    assert alarm == [False, True, True, False]  # 55% and 64.8% lost; 21.1% is fine


def test_choosing_another_metric_redraws(dialog):
    choose_with_keys(dialog.metric_box, "orders")
    assert _table(dialog) == [["Purchase", "40", "–", "–", "100.0%"],
                              ["Retention", "0.5", "1.3%", "98.8%", "1.3%"]]
    assert dialog.chart.steps == funnel(dialog.doc, "orders")


def test_refresh_follows_edits_and_keeps_the_choice(dialog):
    choose_with_keys(dialog.metric_box, "orders")
    dialog.doc.metrics[2].values["s1"] = 80
    dialog.refresh()
    assert dialog.metric_box.currentData() == "orders"
    assert [row[0] for row in _table(dialog)] == ["Consideration", "Purchase", "Retention"]
    dialog.doc.metrics = dialog.doc.metrics[:2]
    dialog.refresh()
    assert dialog.metric_box.currentData() == "visitors"


def test_a_map_without_count_metrics_explains_what_to_do(qtbot):
    doc = _doc()
    doc.metrics = [m for m in doc.metrics if m.id == "conv"]
    d = FunnelDialog(MapSession(doc))
    qtbot.addWidget(d)
    d.show()
    assert not d.metric_box.isEnabled() and d.chart.steps == []
    assert "no count KPI" in d.chart.message and not d.table.isVisible()


def test_the_chart_renders(dialog, tmp_path):
    image = dialog.grab()
    assert image.save(str(tmp_path / "funnel.png"))
    chart = dialog.chart.grab().toImage()
    # The first (widest) band is drawn in the funnel's dark blue, wider than the last one.
    def blue_run(y: int) -> int:
        return sum(chart.pixelColor(x, y).blue() > chart.pixelColor(x, y).red() + 60 for x in range(chart.width()))

    runs = [blue_run(y) for y in range(0, chart.height(), 4)]
    widest = max(runs)
    assert widest > chart.width() // 3
    assert runs.index(widest) < len(runs) // 3  # at the top: a funnel, not a pyramid
