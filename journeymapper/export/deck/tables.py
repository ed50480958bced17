"""KPI slides (a native chart per count metric's funnel, a native table for the rest) and the
journey check's findings as native table rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.util import Emu, Pt

from journeymapper.analysis.check import Finding
from journeymapper.analysis.funnel import count_metrics, funnel
from journeymapper.analysis.priorities import ranked
from journeymapper.export.deck import shapes
from journeymapper.export.deck.base import BOTTOM, CONTENT_TOP, MARGIN, MUTED, TEXT, Deck, style_run
from journeymapper.export.deck.findings import finding_text, finding_where
from journeymapper.export.deck.shapes import Run
from journeymapper.export.labels import word
from journeymapper.layout.geometry import Rect
from journeymapper.layout.labels import with_unit
from journeymapper.layout.metrics import kpi_status, status_colour
from journeymapper.model import Metric

SIZE = 12.0
HEADER_FILL = "#37474F"
ZEBRA = "#F4F6F7"
MAX_FINDINGS = 60
MAX_VOTED = 10
#: The status column's words for each kpi_status.
_STATUS_WORDS = {"missing": "not_measured", "neutral": "no_target", "good": "meets_target", "bad": "misses_target"}


def funnel_metrics(deck: Deck) -> list[Metric]:
    """Count metrics with a value in at least two stages: each gets a chart slide."""
    return [m for m in count_metrics(deck.doc) if len(funnel(deck.doc, m.id)) >= 2]


def chart_slide(deck: Deck, metric: Metric) -> None:
    lang = deck.lang
    steps = funnel(deck.doc, metric.id)
    name = deck.clean(metric.name)
    work = deck.slide(word("funnel", lang, metric=name))
    data = CategoryChartData(number_format="#,##0")
    data.categories = [deck.line(step.stage_name, 220, SIZE) for step in steps]
    data.add_series(name or word("kpi", lang), [step.count for step in steps])
    x, y = MARGIN, CONTENT_TOP
    w, h = deck.width - 2 * MARGIN, deck.height - CONTENT_TOP - BOTTOM
    frame = work.slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Emu(shapes.emu(x)), Emu(shapes.emu(y)),
                                        Emu(shapes.emu(w)), Emu(shapes.emu(h)), data)
    chart = frame.chart
    chart.has_legend = False
    chart.font.size = Pt(SIZE)
    chart.font.name = shapes.FONT
    axis = chart.category_axis
    axis.reverse_order = True  # the first stage on top, as a funnel reads
    axis.tick_labels.font.size = Pt(SIZE)
    chart.value_axis.tick_labels.font.size = Pt(SIZE)
    chart.value_axis.has_major_gridlines = True
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.font.size = Pt(SIZE)
    labels.number_format = "#,##0"  # format codes are locale-free: a Danish PowerPoint shows 1.000
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    colour = deck.doc.stages[0].colour if deck.doc.stages else "#546E7A"
    series = plot.series[0]
    series.format.fill.solid()
    series.format.fill.fore_color.rgb = RGBColor.from_string(colour[1:])
    work.finish()


def kpi_rows(deck: Deck, charted: Sequence[Metric]) -> list[list[tuple[str, str]]]:
    """(text, colour) cells of the KPI table: the metrics without a funnel chart, a row per stage measured."""
    lang, style = deck.lang, deck.style
    skip = {m.id for m in charted}
    rows = []
    for metric in deck.doc.metrics:
        if metric.id in skip:
            continue
        for stage in deck.doc.stages:
            value, target = metric.values.get(stage.id), metric.targets.get(stage.id)
            if value is None and target is None:
                continue
            kind = kpi_status(metric, value, target)
            colour = status_colour(kind, style)
            status = word(_STATUS_WORDS[kind], lang)
            rows.append([(metric.name, TEXT), (stage.name, TEXT),
                         ("–" if value is None else with_unit(value, metric.unit, lang), colour),
                         ("–" if target is None else with_unit(target, metric.unit, lang), TEXT),
                         (status, colour)])
    return rows


def table_slides(deck: Deck, title: str, paged_title: str, headers: Sequence[str], weights: Sequence[float],
                 rows: Sequence[Sequence[tuple[str, str]]], max_lines: int, note: str = "") -> int:
    """Rows as native tables, as many slides as they need; returns the number of slides."""
    if not rows:
        return 0
    width = deck.width - 2 * MARGIN
    widths = [width * w / sum(weights) for w in weights]
    line_h = deck.line_height(SIZE)
    room = deck.height - CONTENT_TOP - BOTTOM - 8 - (20 if note else 0)
    # Set every cell first: a row is as tall as its tallest cell, and a slide takes what fits.
    set_rows = []
    for row in rows:
        cells = [deck.fit(text, w - 14, SIZE, max_lines) for (text, _), w in zip(row, widths, strict=True)]
        height = max(len(c.lines) or 1 for c in cells) * line_h + 12  # office suites pad a little more
        set_rows.append(([c.shown for c in cells], [colour for _, colour in row], height))
    pages: list[list[tuple[list[str], list[str], float]]] = [[]]
    used = line_h + 10  # the header row
    for entry in set_rows:
        if pages[-1] and used + entry[2] > room:
            pages.append([])
            used = line_h + 10
        pages[-1].append(entry)
        used += entry[2]
    for n, page in enumerate(pages, start=1):
        heading = title if len(pages) == 1 else paged_title.format(n=n, total=len(pages))
        work = deck.slide(heading)
        height = line_h + 10 + sum(h for _, _, h in page)
        shape = work.slide.shapes.add_table(len(page) + 1, len(headers), Emu(shapes.emu(MARGIN)),
                                            Emu(shapes.emu(CONTENT_TOP)), Emu(shapes.emu(width)),
                                            Emu(shapes.emu(height)))
        table = shape.table
        for i, w in enumerate(widths):
            table.columns[i].width = Emu(shapes.emu(w))
        table.rows[0].height = Emu(shapes.emu(line_h + 10))
        for i, text in enumerate(headers):
            _cell(deck, table.cell(0, i), text, "#FFFFFF", True, HEADER_FILL)
        for r, (texts, colours, h) in enumerate(page, start=1):
            table.rows[r].height = Emu(shapes.emu(h))
            for i, (text, colour) in enumerate(zip(texts, colours, strict=True)):
                _cell(deck, table.cell(r, i), text, colour, False, ZEBRA if r % 2 else "#FFFFFF")
        if note and n == len(pages):
            work.add(shapes.text_box(work.ids, "Note", Rect(MARGIN, deck.height - BOTTOM - 16, width, 18),
                                     [Run(deck.line(note, width, 11), 11, MUTED, italic=True)], deck.tag))
        work.finish()
    return len(pages)


def _cell(deck: Deck, cell: Any, text: str, colour: str, bold: bool, fill: str) -> None:
    cell.fill.solid()
    cell.fill.fore_color.rgb = RGBColor.from_string(fill[1:])
    cell.margin_left = cell.margin_right = Emu(shapes.emu(7))
    cell.margin_top = cell.margin_bottom = Emu(shapes.emu(5))
    frame = cell.text_frame
    frame.word_wrap = True
    frame.text = deck.clean(text)
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            style_run(run, SIZE, colour, bold, deck.tag)


def vote_rows(deck: Deck) -> list[list[tuple[str, str]]]:
    """The workshop's most-voted cards (any lane): votes, text, lane, stage."""
    return [[(str(p.votes), TEXT), (p.text, TEXT), (p.lane_title, TEXT), (p.stage_name, TEXT)]
            for p in ranked(deck.doc, kinds=None, voted_only=True, limit=MAX_VOTED)]


def finding_rows(deck: Deck, findings: Sequence[Finding]) -> list[list[tuple[str, str]]]:
    colours = {"error": "#C62828", "warning": "#B26A00", "info": "#455A64"}
    return [[(finding_text(f, deck.lang), TEXT), (finding_where(f, deck.doc), colours.get(f.severity.value, TEXT))]
            for f in findings[:MAX_FINDINGS]]
