"""Stage slides: each stage's cards per lane as native shapes at a readable size (>= 12 pt).

A stage gets its own slide, continued on more slides if its cards need them; consecutive
stages with few cards share a slide as columns when they all fit. Card lanes show the cards
(fill, text, evidence marker, channel icon); an emotions lane shows the curves' segment over
the slide's stages; a KPI lane shows each metric's value against its target. A card text too
long for :data:`MAX_LINES` lines is cut with "…" and written whole in the speaker notes,
after the stage's description and notes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Optional

from journeymapper.export.deck import shapes
from journeymapper.export.deck.base import BOTTOM, CONTENT_TOP, MARGIN, MUTED, TEXT, Deck, SlideWork
from journeymapper.export.deck.icons import channel_icon, evidence_marker
from journeymapper.export.deck.shapes import Pen, Run
from journeymapper.export.labels import word
from journeymapper.layout.cards import evidence_look
from journeymapper.layout.geometry import Point, Rect, Segment
from journeymapper.layout.labels import variant_label, with_unit
from journeymapper.layout.metrics import kpi_status, status_colour
from journeymapper.layout.style import text_colour_on
from journeymapper.model import CARD_COLOURS, CARD_LANE_KINDS, Card, Curve, Lane, LaneKind, Metric, Stage

SIZE = 12.0
MAX_LINES = 6
PAD = 5.0
GAP = 6.0
LANE_GAP = 8.0
COLUMN_GAP = 12.0
MIN_CARD_W = 180.0
MAX_CARD_W = 300.0
MARKER = 7.0
ICON = 13.0
HEADER_H = 26.0
CHART_H = 56.0
#: Stages with at most this many cards may share a slide with their neighbours.
FEW = 6
MAX_COLUMNS = {960.0: 4, 720.0: 3}

Draw = Callable[[SlideWork, float], None]


@dataclass
class Band:
    """A horizontal strip of a slide: one lane's cells (or one row of a stage's cards in a lane)."""

    lane: Lane
    height: float
    draw: Draw
    first: bool  # the lane's first band: its label goes here


@dataclass
class StageSlide:
    stages: list[Stage]
    bands: list[tuple[Band, float]] = field(default_factory=list)  # (band, top)
    continued: bool = False
    cut: list[str] = field(default_factory=list)


class _Columns:
    """Stage columns across the slide; cards sit ``per_row`` abreast in a column, at most MAX_CARD_W wide."""

    def __init__(self, deck: Deck, count: int, label_w: float, widest_cell: int) -> None:
        self.x0 = MARGIN + label_w + 8
        self.width = (deck.width - MARGIN - self.x0 - (count - 1) * COLUMN_GAP) / count
        fits = max(1, int((self.width + GAP) // (MIN_CARD_W + GAP)))
        self.per_row = max(1, min(fits, widest_cell))
        self.card_w = min(MAX_CARD_W, (self.width - (self.per_row - 1) * GAP) / self.per_row)

    def x(self, i: int) -> float:
        return self.x0 + i * (self.width + COLUMN_GAP)


class StagePlanner:
    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        doc = deck.doc
        # Lane titles wrap between words only: the column is as wide as the longest word needs.
        words = [w for lane in doc.lanes for w in deck.clean(lane.title).split()]
        longest = max((deck.text_width(w, SIZE, bold=True) for w in words), default=0.0)
        self.label_w = min(max(120.0 if deck.width > 800 else 100.0, longest + 4), deck.width / 5)
        self.cards: dict[tuple[str, str], list[Card]] = defaultdict(list)
        for card in doc.cards:
            self.cards[(card.lane_id, card.stage_id)].append(card)
        for cell in self.cards.values():
            cell.sort(key=lambda c: c.order)
        self.per_stage: dict[str, int] = defaultdict(int)
        for card in doc.cards:
            self.per_stage[card.stage_id] += 1
        self.curves: dict[str, list[Curve]] = defaultdict(list)
        for curve in doc.curves:
            if curve.visible:
                self.curves[curve.lane_id].append(curve)
        self.metrics: dict[str, list[Metric]] = defaultdict(list)
        for metric in doc.metrics:
            self.metrics[metric.lane_id].append(metric)
        self.personas = {p.id: p for p in doc.personas}
        self.stage_index = {s.id: i for i, s in enumerate(doc.stages)}

    def _columns(self, group: Sequence[Stage]) -> _Columns:
        widest = max((len(self.cards.get((lane.id, s.id), [])) for lane in self.deck.doc.lanes for s in group),
                     default=1)
        return _Columns(self.deck, len(group), self.label_w, widest)

    # -- planning ----------------------------------------------------------------------------------
    def plan(self) -> list[StageSlide]:
        stages = self.deck.doc.stages
        most = MAX_COLUMNS.get(self.deck.width, 3)
        slides: list[StageSlide] = []
        i = 0
        while i < len(stages):
            taken = 1
            for k in range(min(most, len(stages) - i), 1, -1):
                group = stages[i:i + k]
                if all(self.per_stage[s.id] <= FEW for s in group):
                    packed = self._pack(group, split=False)
                    if packed is not None:
                        slides += packed
                        taken = k
                        break
            else:
                packed = self._pack(stages[i:i + 1], split=True)
                slides += packed or []
            i += taken
        return slides

    def _pack(self, group: list[Stage], split: bool) -> Optional[list[StageSlide]]:
        deck = self.deck
        cols = self._columns(group)
        top = CONTENT_TOP + (HEADER_H + 8 if len(group) > 1 else 0)
        bottom = deck.height - BOTTOM
        slides = [StageSlide(group)]
        y = top
        for lane in deck.doc.lanes:
            bands, cut = self._bands(lane, group, cols, split)
            for band in bands:
                gap = LANE_GAP if band.first else GAP
                start = y + (gap if slides[-1].bands else 0)
                if start + band.height > bottom and slides[-1].bands:
                    if not split:
                        return None
                    slides.append(StageSlide(group, continued=True))
                    start = top
                    if not band.first:
                        band = Band(band.lane, band.height, band.draw, True)
                slides[-1].bands.append((band, start))
                y = start + band.height
            if cut:
                slides[-1].cut += cut
        return slides

    def _bands(self, lane: Lane, group: list[Stage], cols: _Columns, split: bool) -> tuple[list[Band], list[str]]:
        if lane.kind in CARD_LANE_KINDS:
            return self._card_bands(lane, group, cols, split)
        if lane.kind is LaneKind.EMOTIONS:
            band = self._curve_band(lane, group, cols)
        else:
            band = self._kpi_band(lane, group, cols)
        return ([band] if band else []), []

    def _label_height(self, lane: Lane) -> float:
        return len(self.deck.fit(lane.title, self.label_w, SIZE, 3, bold=True).lines or [""]) \
            * self.deck.line_height(SIZE)

    def _card_bands(self, lane: Lane, group: list[Stage], cols: _Columns,
                    split: bool) -> tuple[list[Band], list[str]]:
        deck = self.deck
        cells = [self.cards.get((lane.id, s.id), []) for s in group]
        if not any(cells):
            return [], []
        cut: list[str] = []
        # Each column: rows of placed cards (card, fitted text, height).
        columns: list[list[list[tuple[Card, str, float]]]] = []
        for cards in cells:
            rows: list[list[tuple[Card, str, float]]] = []
            for n, card in enumerate(cards):
                text_w = cols.card_w - 2 * PAD - MARKER - 4 - (ICON + 4 if card.channel else 0)
                fitted = deck.fit(card.text, max(text_w, 2 * SIZE), SIZE, MAX_LINES)
                if fitted.cut:
                    cut.append(deck.clean(card.text))
                height = 2 * PAD + max(1, len(fitted.lines)) * deck.line_height(SIZE)
                if n % cols.per_row == 0:
                    rows.append([])
                rows[-1].append((card, fitted.shown, height))
            columns.append(rows)
        label_h = self._label_height(lane)

        def row_height(row: list[tuple[Card, str, float]]) -> float:
            return max(h for _, _, h in row)

        if split:  # one stage: a band per row of cards
            bands = []
            for i, row in enumerate(columns[0]):
                h = row_height(row)
                draw = self._draw_cards(lane, [[row]], cols)
                bands.append(Band(lane, max(h, label_h if i == 0 else 0), draw, i == 0))
            return bands, cut
        height = max(sum(row_height(r) for r in rows) + GAP * max(0, len(rows) - 1) for rows in columns)
        return [Band(lane, max(height, label_h), self._draw_cards(lane, columns, cols), True)], cut

    def _draw_cards(self, lane: Lane, columns: list[list[list[tuple[Card, str, float]]]], cols: _Columns) -> Draw:
        deck, style = self.deck, self.deck.style

        def draw(work: SlideWork, top: float) -> None:
            for c, rows in enumerate(columns):
                y = top
                for row in rows:
                    row_h = max(h for _, _, h in row)
                    for j, (card, shown, _h) in enumerate(row):
                        x = cols.x(c) + j * (cols.card_w + GAP)
                        fill = card.colour or CARD_COLOURS[lane.kind]
                        rect = Rect(x, y, cols.card_w, row_h)
                        left = PAD + (ICON + 4 if card.channel else 0)
                        work.add(shapes.shape(
                            work.ids, "Card", rect, "roundRect", fill=fill,
                            pen=Pen(style.card_border_colour, 0.75), adjust=6000,
                            runs=[Run(shown, SIZE, text_colour_on(fill, style))], lang=deck.tag,
                            inset=(left, PAD, PAD + MARKER + 4, PAD)))
                        marker_fill, stroke = evidence_look(card.evidence, style)
                        m = Rect(rect.right - PAD - MARKER, y + PAD + (deck.line_height(SIZE) - MARKER) / 2,
                                 MARKER, MARKER)
                        work.add(evidence_marker(work.ids, card.evidence.value, m, marker_fill, stroke))
                        if card.channel:
                            icon = Rect(x + PAD, y + PAD + (deck.line_height(SIZE) - ICON) / 2, ICON, ICON)
                            work.add(channel_icon(work.ids, card.channel.value, icon, style.muted_text_colour))
                    y += row_h + GAP
        return draw

    def _curve_band(self, lane: Lane, group: list[Stage], cols: _Columns) -> Optional[Band]:
        deck = self.deck
        ids = {s.id for s in group}
        curves = [c for c in self.curves.get(lane.id, []) if any(p.stage_id in ids for p in c.points)]
        if not curves:
            return None
        line_h = deck.line_height(SIZE)
        rows = max(sum(1 for c in curves if any(p.stage_id == s.id for p in c.points)) for s in group)
        height = max(CHART_H + rows * line_h + 4, self._label_height(lane))
        scale = deck.doc.emotion_scale
        low, high = scale.min, scale.max
        span = max(high - low, 1)
        stage_ids = [s.id for s in deck.doc.stages]

        def draw(work: SlideWork, top: float) -> None:
            band = Rect(cols.x0, top + 8, cols.x(len(group) - 1) + cols.width - cols.x0, CHART_H - 16)

            def y_of(v: int) -> float:
                return band.y + (high - max(low, min(high, v))) / span * band.h

            if low < 0 < high:
                work.add(shapes.freeform(work.ids, "Neutral line", [([((band.x, y_of(0)), (band.right, y_of(0)))],
                                                                    False, False)], Pen("#B0BEC5", 0.75, (2, 2))))
            text_rows = [0] * len(group)
            for curve in curves:
                persona = self.personas.get(curve.persona_id)
                colour = persona.colour if persona else deck.style.missing_persona_colour
                values = {p.stage_id: p for p in curve.points}
                points: list[Point] = []
                first = self.stage_index[group[0].id]
                # A neighbour's point outside the slide: the curve runs towards it, to the slide's edge.
                before = values.get(stage_ids[first - 1]) if first > 0 else None
                xs = [cols.x(i) + cols.width / 2 for i in range(len(group))]
                inside = [(xs[i], values[s.id].value) for i, s in enumerate(group) if s.id in values]
                if before is not None and inside and group[0].id in values:
                    x_prev = xs[0] - cols.width - COLUMN_GAP
                    points.append((band.x, y_of(before.value) + (y_of(inside[0][1]) - y_of(before.value))
                                   * (band.x - x_prev) / (xs[0] - x_prev)))
                points += [(x, y_of(v)) for x, v in inside]
                last = self.stage_index[group[-1].id]
                after = values.get(stage_ids[last + 1]) if last + 1 < len(stage_ids) else None
                if after is not None and inside and group[-1].id in values:
                    x_next = xs[-1] + cols.width + COLUMN_GAP
                    points.append((band.right, y_of(inside[-1][1]) + (y_of(after.value) - y_of(inside[-1][1]))
                                   * (band.right - xs[-1]) / (x_next - xs[-1])))
                dash = (6.0, 3.0) if curve.variant.value == "to_be" else ()
                if len(points) >= 2:
                    segs: list[Segment] = [(a, b) for a, b in zip(points, points[1:], strict=False)]
                    work.add(shapes.freeform(work.ids, "Emotion curve", [(segs, False, False)], Pen(colour, 2.0, dash)))
                name = deck.clean(persona.name if persona else "?")
                for i, stage in enumerate(group):
                    point = values.get(stage.id)
                    if point is None:
                        continue
                    x, y = xs[i], y_of(point.value)
                    work.add(shapes.shape(work.ids, "Emotion point", Rect(x - 5, y - 5, 10, 10), "ellipse",
                                          fill="#FFFFFF", pen=Pen(colour, 1.5)))
                    label = f"{name} ({variant_label(curve.variant, deck.lang)}): {point.value:+d}"
                    if point.label.strip():
                        label += " · " + deck.clean(point.label)
                    shown = deck.line(label, cols.width, SIZE)
                    ty = top + CHART_H + text_rows[i] * line_h
                    text_rows[i] += 1
                    work.add(shapes.text_box(work.ids, "Emotion label", Rect(cols.x(i), ty, cols.width, line_h + 2),
                                             [Run(shown, SIZE, TEXT)], deck.tag))
        return Band(lane, height, draw, True)

    def _kpi_band(self, lane: Lane, group: list[Stage], cols: _Columns) -> Optional[Band]:
        deck, style, lang = self.deck, self.deck.style, self.deck.lang
        cells: list[list[tuple[str, str, int]]] = []
        for stage in group:
            lines = []
            for metric in self.metrics.get(lane.id, []):
                value, target = metric.values.get(stage.id), metric.targets.get(stage.id)
                if value is None and target is None:
                    continue
                text = f"{deck.clean(metric.name)}: " + ("–" if value is None else with_unit(value, metric.unit, lang))
                if target is not None:
                    text += f" ({word('target', lang).lower()} {with_unit(target, metric.unit, lang)})"
                colour = status_colour(kpi_status(metric, value, target), style)
                fitted = deck.fit(text, cols.width, SIZE, 2)
                lines.append((fitted.shown, colour, max(1, len(fitted.lines))))
            cells.append(lines)
        if not any(cells):
            return None
        line_h = deck.line_height(SIZE)
        height = max(max(sum(n for _, _, n in c) * line_h + 4 * len(c) for c in cells), self._label_height(lane))

        def draw(work: SlideWork, top: float) -> None:
            for i, lines in enumerate(cells):
                y = top
                for shown, colour, n in lines:
                    work.add(shapes.text_box(work.ids, "KPI", Rect(cols.x(i), y, cols.width, n * line_h + 2),
                                             [Run(shown, SIZE, colour, True)], deck.tag))
                    y += n * line_h + 4
        return Band(lane, height, draw, True)

    # -- drawing -----------------------------------------------------------------------------------
    def draw(self, plan: StageSlide) -> None:
        deck, lang = self.deck, self.deck.lang
        names = [s.name for s in plan.stages]
        title = " · ".join(names)
        if plan.continued:
            title = word("stage_continued", lang, name=title)
        notes = []
        for stage in plan.stages:
            parts = [p for p in (stage.description.strip(), stage.notes.strip()) if p]
            if parts:
                notes.append("\n".join([stage.name] + parts) if len(plan.stages) > 1 else "\n\n".join(parts))
        if plan.cut:
            notes.append(word("cut_notes", lang) + "\n" + "\n\n".join(plan.cut))
        work = deck.slide(title, accent=plan.stages[0].colour, notes="\n\n".join(notes))
        cols = self._columns(plan.stages)
        if len(plan.stages) > 1:
            for i, stage in enumerate(plan.stages):
                r = Rect(cols.x(i), CONTENT_TOP, cols.width, HEADER_H)
                shown = deck.line(stage.name, cols.width - 12, SIZE, bold=True)
                run = Run(shown, SIZE, text_colour_on(stage.colour, deck.style), True)
                work.add(shapes.shape(work.ids, "Stage", r, fill=stage.colour, runs=[run], lang=deck.tag,
                                      inset=(6, 2, 6, 2), anchor="ctr"))
        for band, top in plan.bands:
            if band.first:
                label = deck.fit(band.lane.title, self.label_w, SIZE, 3, bold=True)
                work.add(shapes.text_box(work.ids, "Lane", Rect(MARGIN, top, self.label_w,
                                                                len(label.lines or [""]) * deck.line_height(SIZE) + 2),
                                         [Run(label.shown, SIZE, MUTED, True)], deck.tag))
                if top > CONTENT_TOP + 1 + (HEADER_H + 8 if len(plan.stages) > 1 else 0):
                    work.add(shapes.shape(work.ids, "Rule", Rect(MARGIN, top - LANE_GAP / 2 - 0.25,
                                                                 deck.width - 2 * MARGIN, 0.5), fill="#E0E5E8"))
            band.draw(work, top)
        work.finish()
