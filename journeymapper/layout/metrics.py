"""KPI lanes: one row per metric, its name in the lane header, value/target/bar in each stage cell.

Row-local geometry (the lane's top is y = 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Optional

from journeymapper.layout.chart_geometry import MetricCell, MetricRow
from journeymapper.layout.geometry import Rect, Span, TextLine
from journeymapper.layout.labels import target_word, with_unit
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer, baseline_offset, block_height, place_lines, wrap
from journeymapper.model import JourneyMap, Lane, Language, Metric

_ROW_PADDING = 5.0
_TEXT_GAP = 6.0  # between the value and the target when they share a line


def lane_metrics(doc: JourneyMap, lane: Lane) -> list[Metric]:
    return [m for m in doc.metrics if m.lane_id == lane.id]


def layout_metric_rows(metrics: list[Metric], lane: Lane, columns: Sequence[Span], header_x: float,
                       header_w: float, top: float, language: Language, measurer: TextMeasurer,
                       style: LayoutStyle) -> tuple[tuple[MetricRow, ...], float]:
    """Metric rows stacked from ``top``; returns the rows and the bottom of the last one."""
    rows: list[MetricRow] = []
    y = top
    grid_end = columns[-1].end if columns else header_x + header_w
    for metric in metrics:
        row = _metric_row(metric, lane, columns, header_x, header_w, grid_end, y, language, measurer, style)
        rows.append(row)
        y = row.rect.bottom
    return tuple(rows), y


def _metric_row(metric: Metric, lane: Lane, columns: Sequence[Span], header_x: float, header_w: float,
                grid_end: float, top: float, language: Language, measurer: TextMeasurer,
                style: LayoutStyle) -> MetricRow:
    pad = style.header_padding
    name = wrap(metric.name, max(header_w - 2 * pad, style.metric_name_size), style.metric_name_size,
                measurer, max_lines=style.metric_name_max_lines)
    name_lines = place_lines(name, header_x + pad, top + _ROW_PADDING, style.metric_name_size, measurer,
                             colour=style.text_colour)
    name_h = block_height(max(1, len(name)), style.metric_name_size, measurer)
    numbers = [0.0, *metric.values.values(), *metric.targets.values()]
    lo, hi = min(numbers), max(numbers)
    contents = [_cell_content(metric, col, top, lo, hi, language, measurer, style) for col in columns]
    content_bottom = max([top + _ROW_PADDING + name_h] + [c[1] for c in contents])
    row_h = max(style.metric_row_min_height, content_bottom + _ROW_PADDING - top)
    cells = tuple(replace(partial, rect=Rect(col.start, top, col.size, row_h))
                  for (partial, _), col in zip(contents, columns, strict=True))
    return MetricRow(metric.id, lane.id, Rect(header_x, top, grid_end - header_x, row_h), name_lines, cells)


def kpi_status(metric: Metric, value: Optional[float], target: Optional[float]) -> str:
    """"missing" (no value), "neutral" (no target), "good" (meets the target in the KPI's direction) or "bad"."""
    if value is None:
        return "missing"
    if target is None:
        return "neutral"
    good = value >= target if metric.higher_is_better else value <= target
    return "good" if good else "bad"


def status_colour(status: str, style: LayoutStyle) -> str:
    """The colour canvas and exports give a KPI value of this :func:`kpi_status`."""
    return {"good": style.good_colour, "bad": style.bad_colour, "neutral": style.neutral_colour}.get(
        status, style.missing_colour)


def _cell_content(metric: Metric, column: Span, top: float, lo: float, hi: float, language: Language,
                  measurer: TextMeasurer, style: LayoutStyle) -> tuple[MetricCell, float]:
    """The cell with a placeholder rect (the row height is not known yet) and its content bottom."""
    inner_x = column.start + style.cell_padding
    inner_w = max(column.size - 2 * style.cell_padding, 0.0)
    value = metric.values.get(column.id)
    target = metric.targets.get(column.id)
    status = kpi_status(metric, value, target)
    colour = status_colour(status, style)

    y = top + _ROW_PADDING
    value_size, target_size = style.metric_value_size, style.metric_target_size
    value_text = "–" if value is None else with_unit(value, metric.unit, language)
    value_line = place_lines([value_text], inner_x, y, value_size, measurer, bold=True, colour=colour)[0]
    y += measurer.line_height(value_size)
    target_line: Optional[TextLine] = None
    if target is not None:
        text = f"{target_word(language)} {with_unit(target, metric.unit, language)}"
        target_w = measurer.width(text, target_size)
        value_w = measurer.width(value_text, value_size, bold=True)
        if value_w + _TEXT_GAP + target_w <= inner_w:  # same baseline, right-aligned
            target_line = TextLine(inner_x + inner_w - target_w, value_line.y_baseline, text, target_size,
                                   colour=style.muted_text_colour)
        else:
            target_line = TextLine(inner_x, y + baseline_offset(target_size, measurer), text, target_size,
                                   colour=style.muted_text_colour)
            y += measurer.line_height(target_size)

    y += style.metric_gap
    bar_h = style.metric_bar_height
    track = Rect(inner_x, y, inner_w, bar_h)
    span = hi - lo
    fraction = 0.0 if value is None or span <= 0 else (value - lo) / span
    bar = None if value is None else Rect(inner_x, y, inner_w * fraction, bar_h)
    tick = None
    if target is not None and span > 0:
        tx = inner_x + inner_w * (target - lo) / span
        tick = Rect(tx - style.metric_tick_width / 2, y + (bar_h - style.metric_tick_height) / 2,
                    style.metric_tick_width, style.metric_tick_height)
    bottom = y + max(bar_h, (bar_h + style.metric_tick_height) / 2 if tick else bar_h)
    cell = MetricCell(column.id, Rect(column.start, top, column.size, 0.0), value, target, status, colour,
                      value_line, target_line, track, bar, fraction, tick)
    return cell, bottom

