from __future__ import annotations

import pytest

from journeymapper.layout import LayoutStyle, MonoMeasurer, compute_layout
from journeymapper.layout.labels import format_number, with_unit
from journeymapper.model import JourneyMap, LaneKind, Language, Metric
from tests.layout.layout_docs import simple_map

STYLE = LayoutStyle()


def kpi_map() -> JourneyMap:
    doc = simple_map((1.0, 1.0, 1.0, 1.0), (LaneKind.TEXT, LaneKind.KPIS))
    doc.metrics = [
        Metric(id="nps", lane_id="l1", name="Net promoter score", values={"s0": 10, "s1": 40, "s2": 30},
               targets={"s0": 30, "s1": 30}),
        Metric(id="wait", lane_id="l1", name="Waiting time", unit="min", higher_is_better=False,
               values={"s0": 5, "s1": 20}, targets={"s0": 10, "s1": 10, "s3": 10}),
    ]
    return doc


def test_one_row_per_metric_with_a_cell_per_stage(mono: MonoMeasurer) -> None:
    layout = compute_layout(kpi_map(), mono)
    nps, wait = layout.metric_rows
    row = layout.lane_rows[1]
    assert row.start < nps.rect.y and nps.rect.bottom == wait.rect.y and wait.rect.bottom <= row.end
    assert [c.stage_id for c in nps.cells] == ["s0", "s1", "s2", "s3"]
    for cell, col in zip(nps.cells, layout.stage_columns, strict=True):
        assert (cell.rect.x, cell.rect.w) == (col.start, col.size)
        assert (cell.rect.y, cell.rect.h) == (nps.rect.y, nps.rect.h)
    header = layout.lane_headers[1]
    assert nps.name_lines[0].text == "Net promoter score"
    assert header.rect.contains(nps.name_lines[0].x, nps.name_lines[0].y_baseline)


def test_status_against_target_honours_direction(mono: MonoMeasurer) -> None:
    layout = compute_layout(kpi_map(), mono)
    nps, wait = layout.metric_rows
    assert [c.status for c in nps.cells] == ["bad", "good", "neutral", "missing"]
    assert [c.status for c in wait.cells] == ["good", "bad", "missing", "missing"]
    assert nps.cells[0].colour == STYLE.bad_colour and nps.cells[1].colour == STYLE.good_colour
    assert nps.cells[0].value_line.colour == STYLE.bad_colour


def test_texts_and_bars(mono: MonoMeasurer) -> None:
    layout = compute_layout(kpi_map(), mono)
    nps, wait = layout.metric_rows
    first = nps.cells[0]
    assert first.value_line.text == "10" and first.value_line.bold
    assert first.target_line is not None and first.target_line.text == "target 30"
    assert first.bar_fraction == pytest.approx(10 / 40)
    assert first.bar is not None and first.bar.w == pytest.approx(first.bar_track.w / 4)
    assert first.target_tick is not None
    assert first.target_tick.cx == pytest.approx(first.bar_track.x + first.bar_track.w * 0.75)
    assert wait.cells[1].value_line.text == "20\u00a0min"
    missing = nps.cells[3]
    assert missing.value_line.text == "–" and missing.bar is None and missing.target_line is None
    for cell in nps.cells + wait.cells:
        assert cell.rect.contains_rect(cell.bar_track)
        if cell.target_tick:
            assert cell.rect.contains_rect(cell.target_tick)


def test_number_formatting() -> None:
    assert format_number(1234.5, Language.EN) == "1,234.5"
    assert format_number(1234.5, Language.DA) == "1.234,5"
    assert format_number(-0.001, Language.EN) == "0"
    assert format_number(3.0, Language.EN) == "3"
    assert with_unit(12.25, "%", Language.DA) == "12,25\u00a0%"  # Danish: a space before %
    assert with_unit(12.25, "%", Language.EN) == "12.25%"
    assert with_unit(4.4, "/5", Language.DA) == "4,4/5"
    assert with_unit(2, "kr", Language.DA) == "2\u00a0kr"  # never split from its number
