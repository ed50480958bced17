"""The appendix: every card (stage, lane, text, evidence, source) and the KPI table.

Tables are set into display lists first (:func:`plan_appendix`), so the page
count is known before drawing; the same plan is then drawn. The header row is
repeated on every page, and a row taller than a whole page continues on the
next one, so no card text is ever lost. All text is drawn as plain lines.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

from reportlab.pdfgen.canvas import Canvas

from journeymapper.analysis.funnel import FunnelStep, count_metrics, funnel
from journeymapper.export import draw
from journeymapper.export.changes import ChangesSince, add_changes_section
from journeymapper.export.labels import evidence_label, word
from journeymapper.export.sections import SECTION_MARGIN_MM, PageBox, content_box
from journeymapper.export.table_cells import Cell, Para, cell
from journeymapper.export.typeset import Typesetter
from journeymapper.export.votes import add_top_voted_section
from journeymapper.layout.cards import evidence_look
from journeymapper.layout.geometry import Rect, TextLine
from journeymapper.layout.labels import format_number, target_word, with_unit
from journeymapper.layout.metrics import kpi_status, status_colour
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import baseline_offset
from journeymapper.model import Evidence, JourneyMap, Language, Metric, Stage

_HEADER_FILL = "#37474F"
_HEADER_TEXT = "#FFFFFF"
_ZEBRA = "#F4F6F7"
_RULE = "#DDE3E6"
_GROUP_RULE = "#90A4AE"
_MUTED = "#616161"
_MIN_STAGE_COLUMN = 62.0  # narrowest stage column of the KPI table (at A4 size)


@dataclass
class DisplayPage:
    lines: list[TextLine] = field(default_factory=list)
    fills: list[tuple[Rect, str]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    markers: list[tuple[Rect, Optional[str], str]] = field(default_factory=list)


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # index into the appendix pages


@dataclass
class Appendix:
    pages: list[DisplayPage]
    bookmarks: list[Bookmark]


@dataclass(frozen=True)
class _Line:
    """One set line of a table cell; a marker line holds only the evidence marker and takes no height."""

    text: str
    size: float
    bold: bool = False
    colour: Optional[str] = None
    marker: Optional[tuple[Optional[str], str]] = None


_Sets = list[list[_Line]]


class _Flow:
    """Pages filled top to bottom; tables keep their header row with at least one body line."""

    def __init__(self, ts: Typesetter, box: PageBox) -> None:
        self.ts, self.box, self.k = ts, box, ts.k
        self.pages: list[DisplayPage] = []
        self.bookmarks: list[Bookmark] = []
        self.y = 0.0
        self.size, self.small = ts.size(8.5), ts.size(7.5)
        self.pad_x, self.pad_y = 5 * ts.k, 3.5 * ts.k
        self._after_header = 0.0
        self.new_page()

    @property
    def page(self) -> DisplayPage:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(DisplayPage())
        self.y = self.box.y

    def room(self) -> float:
        return self.box.bottom - self.y

    def heading(self, text: str, size: float, needs: float = 0.0, bookmark: bool = True) -> None:
        block = self.ts.block(text, self.box.x, 0, self.box.w, self.ts.size(size), bold=True, max_lines=2)
        if block.height + needs > self.room() and self.y > self.box.y:
            self.new_page()
        if bookmark:
            self.bookmarks.append(Bookmark(text, len(self.pages) - 1))
        self.page.lines += [_moved(line, self.y) for line in block.lines]
        self.y += block.height + 8 * self.k

    def funnel(self, steps: Sequence[FunnelStep], lang: Language, colour: str) -> None:
        """A funnel chart: one centred bar per stage, as wide as its count, with conversion and drop-off."""
        if not steps:
            return
        row_h, gap = 26 * self.k, 4 * self.k
        label_w = self.box.w * 0.24
        chart_x, chart_w = self.box.x + label_w, self.box.w * 0.46
        notes_x = chart_x + chart_w + 10 * self.k
        notes_w = self.box.right - notes_x
        widest = max(step.count for step in steps) or 1.0
        size, small = self.size, self.small
        for step in steps:
            if row_h > self.room():
                self.new_page()
            top = self.y
            bar_w = max(2 * self.k, chart_w * max(step.count, 0.0) / widest)
            self.page.fills.append((Rect(chart_x + (chart_w - bar_w) / 2, top, bar_w, row_h - gap), colour))
            name = self.ts.block(step.stage_name, self.box.x, top, label_w - 8 * self.k, size, bold=True,
                                 max_lines=2)
            label = format_number(step.count, lang)
            text_w = self.ts.measurer.width(label, size, True)
            inside = bar_w >= text_w + 8 * self.k  # white on the bar, else dark beside it
            bar_x = chart_x + (chart_w - bar_w) / 2
            count = self.ts.block(label, chart_x if inside else bar_x + bar_w + 4 * self.k,
                                  top + (row_h - gap) / 2 - self.ts.line_height(size) / 2,
                                  chart_w if inside else text_w + 2 * self.k, size, bold=True,
                                  colour="#FFFFFF" if inside else self.ts.style.text_colour,
                                  align="center" if inside else "left")
            notes = []
            if step.step_conversion is not None and step.drop_off is not None:
                notes.append(word("of_previous", lang).format(share=_percent(step.step_conversion, lang)))
                notes.append(word("lost", lang).format(share=_percent(step.drop_off, lang)))
            if step.overall_conversion is not None and step is not steps[0]:
                notes.append(word("overall", lang).format(share=_percent(step.overall_conversion, lang)))
            note = self.ts.block(" · ".join(notes), notes_x, top, notes_w, small, colour=_MUTED, max_lines=2)
            self.page.lines += list(name.lines) + list(count.lines) + list(note.lines)
            self.y = top + row_h
        self.y += 12 * self.k

    def note(self, text: str) -> None:
        block = self.ts.block(text, self.box.x, self.y, self.box.w, self.ts.size(9), colour=_MUTED)
        self.page.lines += block.lines
        self.y += block.height + 16 * self.k

    def table(self, headers: Sequence[str], weights: Sequence[float], rows: Sequence[Sequence[Cell]],
              group_column: Optional[int] = None) -> None:
        """Rows under a header row; ``group_column`` shows a value only where it changes or a page starts."""
        widths = self._widths(weights, [list(headers)] + [[_text_of(c) for c in row] for row in rows],
                              [any(row[i].marker for row in rows) for i in range(len(weights))])
        header = self._set_row([Cell((Para(h, True, _HEADER_TEXT),)) for h in headers], widths)
        header_h = self._height(header)
        step = self.ts.line_height(self.size)
        if header_h + 2 * self.pad_y + step > self.room():
            self.new_page()
        self._draw_row(header, widths, header_h, _HEADER_FILL)
        self._after_header = self.y
        last_group: Optional[str] = None
        for n, row in enumerate(rows):
            group = _text_of(row[group_column]) if group_column is not None else None
            shown = list(row)
            if group_column is not None and group == last_group:
                shown[group_column] = Cell(())
            sets = self._set_row(shown, widths)
            fill = _ZEBRA if n % 2 == 0 else None
            separator = group_column is not None and n > 0 and group != last_group
            while True:
                height = self._height(sets)
                fresh = abs(self.y - self._after_header) < 1e-6  # nothing but the header on this page
                if height <= self.room() or not any(sets) or (fresh and self.room() < 2 * self.pad_y + step):
                    self._draw_row(sets, widths, height, fill, separator and not fresh)
                    break
                fit = math.floor((self.room() - 2 * self.pad_y) / step)
                if not fresh and (height <= self.box.bottom - self.box.y - header_h or fit < 2):
                    self._continue(header, widths, header_h)  # the whole row on the next page
                    if group_column is not None:
                        shown[group_column] = row[group_column]
                        sets = self._set_row(shown, widths)
                    continue
                first = [s[:fit + (1 if s and s[0].marker else 0)] for s in sets]
                self._draw_row(first, widths, self._height(first), fill, separator and not fresh)
                separator = False
                sets = [s[len(f):] for s, f in zip(sets, first, strict=True)]
                self._continue(header, widths, header_h)
            last_group = group
        self.y += 16 * self.k

    def _widths(self, weights: Sequence[float], texts: Sequence[Sequence[str]],
                markers: Sequence[bool]) -> list[float]:
        """Column widths by weight, widened so no column breaks inside a word; the widest column pays."""
        total = sum(weights)
        widths = [self.box.w * w / total for w in weights]
        longest = [0.0] * len(widths)
        for row in texts:
            for i, text in enumerate(row):
                word_w = max((self.ts.width(w, self.size, bold=True) for w in text.split()), default=0.0)
                longest[i] = max(longest[i], word_w)
        needs = [min(n + 2 * self.pad_x + (self._marker_room() if m else 0.0), self.box.w / len(widths))
                 for n, m in zip(longest, markers, strict=True)]
        widest = max(range(len(widths)), key=lambda i: widths[i])
        for i, need in enumerate(needs):
            if i != widest and widths[i] < need:
                grow = min(need - widths[i], max(0.0, widths[widest] - needs[widest]))
                widths[i] += grow
                widths[widest] -= grow
        return widths

    def _continue(self, header: _Sets, widths: Sequence[float], header_h: float) -> None:
        self.new_page()
        self._draw_row(header, widths, header_h, _HEADER_FILL)
        self._after_header = self.y

    def _marker_room(self) -> float:
        return 10 * self.k

    def _set_row(self, row: Sequence[Cell], widths: Sequence[float]) -> _Sets:
        """Each cell as its wrapped lines."""
        out = []
        for c, width in zip(row, widths, strict=True):
            inner = width - 2 * self.pad_x - (self._marker_room() if c.marker else 0.0)
            lines = [_Line("", self.size, marker=c.marker)] if c.marker else []
            for para in c.paras:
                size = self.small if para.small else self.size
                lines += [_Line(text, size, para.bold, para.colour)
                          for text in self.ts.lines_of(para.text, inner, size, para.bold)]
            out.append(lines)
        return out

    def _height(self, sets: _Sets) -> float:
        heights = [sum(self.ts.line_height(line.size) for line in lines if not line.marker) for lines in sets]
        return 2 * self.pad_y + max(heights + [self.ts.line_height(self.size)])

    def _draw_row(self, sets: _Sets, widths: Sequence[float], height: float, fill: Optional[str],
                  separator: bool = False) -> None:
        page, y0 = self.page, self.y
        if fill:
            page.fills.append((Rect(self.box.x, y0, self.box.w, height), fill))
        if separator:  # a stronger line where a new group (stage) starts
            page.rules.append((self.box.x, y0, self.box.right, y0, _GROUP_RULE))
        x = self.box.x
        measurer = self.ts.measurer
        for lines, width in zip(sets, widths, strict=True):
            y = y0 + self.pad_y
            text_x = x + self.pad_x
            for line in lines:
                if line.marker:
                    d = 6 * self.k
                    top = y + baseline_offset(line.size, measurer) - 0.36 * line.size - d / 2
                    page.markers.append((Rect(text_x, top, d, d), line.marker[0], line.marker[1]))
                    text_x += self._marker_room()
                    continue
                if line.text:
                    page.lines.append(TextLine(text_x, y + baseline_offset(line.size, measurer), line.text,
                                               line.size, line.bold, False,
                                               line.colour or self.ts.style.text_colour))
                y += self.ts.line_height(line.size)
            x += width
        self.y = y0 + height
        page.rules.append((self.box.x, self.y, self.box.right, self.y, _RULE))


def _moved(line: TextLine, top: float) -> TextLine:
    return TextLine(line.x, line.y_baseline + top, line.text, line.size, line.bold, line.italic, line.colour)


def _text_of(c: Cell) -> str:
    return " ".join(p.text for p in c.paras)


def plan_appendix(doc: JourneyMap, ts: Typesetter, page_w: float, page_h: float, margin: float,
                  changes: Optional[ChangesSince] = None) -> Appendix:
    lang, style = doc.language, ts.style
    flow = _Flow(ts, content_box(page_w, page_h, margin, SECTION_MARGIN_MM))
    flow.heading(word("appendix", lang), 20, bookmark=False)
    add_top_voted_section(flow, doc, lang)
    stage_pos = {s.id: i for i, s in enumerate(doc.stages)}
    lane_pos = {lane.id: i for i, lane in enumerate(doc.lanes)}
    stages = {s.id: s.name for s in doc.stages}
    lanes = {lane.id: lane.title for lane in doc.lanes}
    cards = sorted((c for c in doc.cards if c.stage_id in stage_pos and c.lane_id in lane_pos),
                   key=lambda c: (stage_pos[c.stage_id], lane_pos[c.lane_id], c.order))
    flow.heading(word("cards", lang), 14, needs=60 * ts.k)
    if cards:
        rows = [[cell(stages[c.stage_id], True), cell(lanes[c.lane_id]), cell(c.text),
                 Cell((Para(evidence_label(c.evidence, lang)),), evidence_look(c.evidence, style)),
                 cell(c.source, colour=_MUTED)] for c in cards]
        headers = [word(key, lang) for key in ("stage", "lane", "card", "evidence", "source")]
        flow.table(headers, (15, 15, 40, 12, 18), rows, group_column=0)
    else:
        flow.note(word("no_cards", lang))
    flow.heading(word("kpis", lang), 14, needs=60 * ts.k)
    if doc.metrics and doc.stages:
        per_page = max(1, int((flow.box.w / ts.k - 150) // _MIN_STAGE_COLUMN))
        for first in range(0, len(doc.stages), per_page):
            chunk = doc.stages[first:first + per_page]
            rows = [_metric_row(m, chunk, doc, style) for m in doc.metrics]
            headers = [word("metric", lang)] + [s.name for s in chunk]
            flow.table(headers, [2.2] + [1.0] * len(chunk), rows)
    else:
        flow.note(word("no_kpis", lang))
    colour = doc.stages[0].colour if doc.stages else style.neutral_colour
    for metric in count_metrics(doc):
        steps = funnel(doc, metric.id)
        if len(steps) >= 2:
            flow.heading(word("funnel", lang).format(metric=metric.name), 14, needs=3 * 26 * ts.k)
            flow.funnel(steps, lang, colour)
    if changes is not None:
        add_changes_section(flow, changes, lang)
    return Appendix(flow.pages, flow.bookmarks)


def _percent(share: float, lang: Language) -> str:
    return with_unit(round(share * 100, 1), "%", lang)


def _metric_row(metric: Metric, stages: Sequence[Stage], doc: JourneyMap, style: LayoutStyle) -> list[Cell]:
    lang = doc.language
    direction = word("higher_better" if metric.higher_is_better else "lower_better", lang)
    unit = f"{metric.unit} · " if metric.unit else ""
    row = [Cell((Para(metric.name, True), Para(unit + direction, colour=_MUTED, small=True)))]
    for stage in stages:
        value, target = metric.values.get(stage.id), metric.targets.get(stage.id)
        colour = status_colour(kpi_status(metric, value, target), style)
        paras = [Para("–" if value is None else with_unit(value, metric.unit, lang), True, colour)]
        if target is not None:
            paras.append(Para(f"{target_word(lang)} {with_unit(target, metric.unit, lang)}", colour=_MUTED,
                              small=True))
        row.append(Cell(tuple(paras)))
    return row


def draw_appendix_page(c: Canvas, page: DisplayPage) -> None:
    for rect, fill in page.fills:
        draw.fill_rect(c, rect, fill)
    for x1, y1, x2, y2, colour in page.rules:
        draw.set_pen(c, colour, 0.5)
        c.line(x1, y1, x2, y2)
    style = LayoutStyle()
    kinds = {evidence_look(e, style): e.value for e in Evidence}  # a marker's look names its evidence
    for rect, marker_fill, stroke in page.markers:
        evidence = kinds.get((marker_fill, stroke), Evidence.ASSUMED.value)
        draw.draw_evidence_marker(c, rect, evidence, marker_fill, stroke)
    draw.draw_lines(c, page.lines)
