"""The overview slide: the whole map as native shapes, grouped per lane, scaled from the layout.

Everything is placed from the layout geometry (the canvas's and the PDF's): lane bands and
headers, stage headers, cards as rounded rectangles with their text, KPI rows, emotion curves
as freeform lines with a marker per point, connectors as connector shapes. Text that would
print below :data:`MIN_SIZE` is greeked: each line becomes a grey stroke of its length, all of a
lane's in one freeform, and the slide says the texts are on the stage slides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from journeymapper.export.deck import shapes
from journeymapper.export.deck.base import BOTTOM, CONTENT_TOP, MARGIN, MUTED, Deck, SlideWork
from journeymapper.export.deck.icons import channel_icon, evidence_marker
from journeymapper.export.deck.shapes import Pen, Run
from journeymapper.export.labels import word
from journeymapper.layout.geometry import Point, Rect, Segment, TextLine
from journeymapper.layout.map_layout import MapLayout
from journeymapper.layout.style import shade

#: Smallest text size (points, as printed on the slide) shown as text rather than greeked.
MIN_SIZE = 6.0
#: Smallest evidence marker (points on the slide) drawn; channel icons go with them.
MIN_MARK = 2.0
_GREEK = "#9AA5AB"
_NOTE_SIZE = 11.0


@dataclass(frozen=True)
class _Frame:
    """Map coordinates -> slide points: x' = ox + x * s."""

    ox: float
    oy: float
    s: float
    top: float  # the map's y shown at the frame's top (the title band is left out)

    def p(self, pt: Point) -> Point:
        return (self.ox + pt[0] * self.s, self.oy + (pt[1] - self.top) * self.s)

    def r(self, r: Rect) -> Rect:
        return Rect(self.ox + r.x * self.s, self.oy + (r.y - self.top) * self.s, r.w * self.s, r.h * self.s)

    def seg(self, seg: Segment) -> Segment:
        return tuple(self.p(pt) for pt in seg)


class _Text:
    """Collects a group's text: lines big enough as text boxes, the rest as greek strokes."""

    def __init__(self, deck: Deck, frame: _Frame) -> None:
        self.deck, self.frame = deck, frame
        self.greek: list[Segment] = []
        self.greeked = 0

    def lines(self, work: SlideWork, name: str, lines: Sequence[TextLine], out: list[str]) -> None:
        """Lines as text boxes, one per run of lines in the same size and style (a header's name and
        description differ), each line where the layout put its baseline; too small ones greeked."""
        start = 0
        for i in range(1, len(lines) + 1):
            if i == len(lines) or _style(lines[i]) != _style(lines[start]):
                self._block(work, name, lines[start:i], out)
                start = i

    def _block(self, work: SlideWork, name: str, lines: Sequence[TextLine], out: list[str]) -> None:
        if not lines:
            return
        f, deck = self.frame, self.deck
        size = lines[0].size * f.s
        if size < MIN_SIZE:
            self.greeked += 1
            for line in lines:
                if line.text.strip():
                    width = deck.text_width(line.text, line.size, line.bold) * f.s
                    y = f.oy + (line.y_baseline - f.top - 0.3 * line.size) * f.s
                    x = f.ox + line.x * f.s
                    self.greek.append(((x, y), (x + width, y)))
            return
        step = (lines[1].y_baseline - lines[0].y_baseline) * f.s if len(lines) > 1 else \
            deck.line_height(lines[0].size) * f.s
        x = min(line.x for line in lines)
        width = max(deck.text_width(line.text, line.size, line.bold) for line in lines) * f.s
        top = f.oy + (lines[0].y_baseline - f.top) * f.s - 0.95 * size
        runs = [Run(deck.clean(line.text), line.size * f.s, line.colour, line.bold, line.italic) for line in lines]
        out.append(shapes.text_box(work.ids, name, Rect(f.ox + x * f.s, top, width + 2 * size, step * len(lines)),
                                   runs, deck.tag, wrap=False, spacing=step))

    def flush(self, work: SlideWork, out: list[str]) -> None:
        if self.greek:
            width = max(0.4, 0.55 * self.deck.style.card_text_size * self.frame.s)
            out.append(shapes.freeform(work.ids, "Greeked text", [(self.greek, False, False)],
                                       Pen(_GREEK, width)))
        self.greek = []


def overview_slide(deck: Deck, layout: MapLayout) -> None:
    lang = deck.lang
    work = deck.slide(word("overview", lang))
    area = Rect(MARGIN, CONTENT_TOP, deck.width - 2 * MARGIN, deck.height - CONTENT_TOP - BOTTOM - 16)
    top = min((h.rect.y for h in layout.stage_headers), default=layout.grid.y)
    top = max(0.0, top - layout.style.margin / 2)
    map_h = max(1.0, layout.height - top)
    s = min(area.w / max(layout.width, 1.0), area.h / map_h)
    frame = _Frame(area.x + (area.w - layout.width * s) / 2, area.y, s, top)
    text = _Text(deck, frame)
    style = layout.style

    stage_parts: list[str] = []
    for box in layout.stage_headers:
        stage_parts.append(shapes.shape(work.ids, "Stage", frame.r(box.rect), fill=box.fill,
                                        pen=Pen(shade(box.fill or "#FFFFFF", 0.85), 0.5)))
        text.lines(work, "Stage name", box.lines, stage_parts)
    text.flush(work, stage_parts)
    work.add(shapes.group(work.ids, "Stages", stage_parts, _union(frame.r(b.rect) for b in layout.stage_headers)))

    cells = defaultdict(list)
    for cell in layout.cells:
        cells[cell.lane_id].append(cell)
    cards = defaultdict(list)
    for card in layout.cards:
        cards[card.lane_id].append(card)
    curves = defaultdict(list)
    for curve in layout.curves:
        curves[curve.lane_id].append(curve)
    metric_rows = defaultdict(list)
    for row in layout.metric_rows:
        metric_rows[row.lane_id].append(row)
    bands = {b.lane_id: b for b in layout.emotion_bands}
    legends = defaultdict(list)
    for entry in layout.legend:
        legends[entry.lane_id].append(entry)
    marks = style.evidence_marker_size * s >= MIN_MARK
    grid_pen = Pen(style.grid_line_colour, max(0.25, style.grid_line_width * s))
    card_pen = Pen(style.card_border_colour, max(0.25, style.card_border_width * s))

    for header in layout.lane_headers:
        deck.check()
        lane_id = header.id
        parts: list[str] = []
        rects = [frame.r(header.rect)]
        parts.append(shapes.shape(work.ids, "Lane header", rects[0], fill=header.fill,
                                  pen=Pen(shade(header.fill or "#FFFFFF", 0.85), 0.5)))
        text.lines(work, "Lane title", header.lines, parts)
        for cell in cells.get(lane_id, ()):
            r = frame.r(cell.rect)
            rects.append(r)
            parts.append(shapes.shape(work.ids, "Cell", r, fill=cell.fill, pen=grid_pen))
        band = bands.get(lane_id)
        if band is not None and band.zero_y is not None:
            a, b = frame.p((band.band.x, band.zero_y)), frame.p((band.band.right, band.zero_y))
            dash = tuple(d * s for d in style.zero_line_dash)
            parts.append(shapes.freeform(work.ids, "Neutral line", [([(a, b)], False, False)],
                                         Pen(style.zero_line_colour, 0.5, dash)))
        for card in cards.get(lane_id, ()):
            r = frame.r(card.rect)
            # roundRect's corner is a share of the shorter side (100000 = all of it).
            adjust = min(50000, round(style.card_corner_radius * s / max(min(r.w, r.h), 0.01) * 100000))
            parts.append(shapes.shape(work.ids, "Card", r, "roundRect", fill=card.fill, pen=card_pen, adjust=adjust))
            text.lines(work, "Card text", card.lines, parts)
            if marks:  # icons and evidence markers where they are big enough to see
                if card.channel and card.channel_rect:
                    parts.append(channel_icon(work.ids, card.channel, frame.r(card.channel_rect),
                                              style.muted_text_colour))
                parts.append(evidence_marker(work.ids, card.evidence, frame.r(card.evidence_rect), card.evidence_fill,
                                             card.evidence_stroke, max(0.25, s)))
            for dot in card.vote_dots:
                parts.append(shapes.shape(work.ids, "Vote", frame.r(dot), "ellipse", fill=style.vote_dot_colour))
            if card.vote_label is not None:
                text.lines(work, "Votes", [card.vote_label], parts)
        for row in metric_rows.get(lane_id, ()):
            text.lines(work, "KPI name", row.name_lines, parts)
            for mc in row.cells:
                parts.append(shapes.shape(work.ids, "KPI track", frame.r(mc.bar_track), fill=style.bar_track_colour))
                if mc.bar:
                    parts.append(shapes.shape(work.ids, "KPI bar", frame.r(mc.bar), fill=mc.colour))
                if mc.target_tick:
                    parts.append(shapes.shape(work.ids, "KPI target", frame.r(mc.target_tick), fill=style.text_colour))
                text.lines(work, "KPI value", [mc.value_line] + ([mc.target_line] if mc.target_line else []), parts)
        for entry in legends.get(lane_id, ()):
            a, b = frame.p(entry.swatch[0]), frame.p(entry.swatch[1])
            pen = Pen(entry.colour, max(0.5, entry.width * s), tuple(d * s for d in entry.dash))
            parts.append(shapes.freeform(work.ids, "Legend", [([(a, b)], False, False)], pen))
            text.lines(work, "Legend text", entry.lines, parts)
        for curve in curves.get(lane_id, ()):
            if curve.beziers:
                parts.append(shapes.freeform(work.ids, "Emotion curve", [([frame.seg(b) for b in curve.beziers],
                                                                          False, False)],
                                             Pen(curve.colour, max(0.75, curve.width * s),
                                                 tuple(d * s for d in curve.dash))))
            for marker in curve.markers:
                face = marker.face
                fr = max(1.5, face.r * s)
                cx, cy = frame.p((face.cx, face.cy))
                parts.append(shapes.shape(work.ids, "Emotion point", Rect(cx - fr, cy - fr, 2 * fr, 2 * fr), "ellipse",
                                          fill=style.face_fill, pen=Pen(curve.colour, 0.75)))
                text.lines(work, "Point label", marker.label_lines, parts)
        text.flush(work, parts)
        work.add(shapes.group(work.ids, _lane_name(deck, lane_id), parts, _union(rects)))

    connector_parts = []
    for path in layout.connectors:
        if len(path.points) >= 2:
            connector_parts.append(shapes.connector(work.ids, "Connector", [frame.p(p) for p in path.points],
                                                    Pen(path.colour, max(0.5, path.width * s),
                                                        tuple(d * s for d in path.dash))))
    if connector_parts:
        work.add(shapes.group(work.ids, "Connectors", connector_parts,
                              shapes.bounds(frame.p(p) for c in layout.connectors for p in c.points)))
    if text.greeked:
        note = deck.line(word("greeked", lang), area.w, _NOTE_SIZE)
        work.add(shapes.text_box(work.ids, "Note", Rect(MARGIN, deck.height - BOTTOM - 14, area.w, 18),
                                 [Run(note, _NOTE_SIZE, MUTED, italic=True)], deck.tag))
    work.finish()


def _style(line: TextLine) -> tuple[float, bool, bool, str]:
    return (line.size, line.bold, line.italic, line.colour)


def _lane_name(deck: Deck, lane_id: str) -> str:
    lane = next((lane for lane in deck.doc.lanes if lane.id == lane_id), None)
    title = deck.clean(lane.title).strip() if lane else ""
    return f"{word('lane', deck.lang)}: {title[:80]}" if title else word("lane", deck.lang)


def _union(rects: Iterable[Rect]) -> Rect:
    rs = list(rects)
    if not rs:
        return Rect(0, 0, 0, 0)
    x, y = min(r.x for r in rs), min(r.y for r in rs)
    return Rect(x, y, max(r.right for r in rs) - x, max(r.bottom for r in rs) - y)
