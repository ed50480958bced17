"""Emotion curves: a point per stage, joined by a monotone cubic that never leaves the lane's value band.

All geometry is row-local (the lane's top is y = 0).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from journeymapper.layout.chart_geometry import CurveMarker, CurvePath, EmotionBand, Face, LegendEntry
from journeymapper.layout.geometry import Bezier, Point, Rect, Span
from journeymapper.layout.labels import variant_label
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer, block_height, place_lines, wrap
from journeymapper.model import Curve, CurveVariant, EmotionScale, JourneyMap, Lane

_LEGEND_TEXT_GAP = 4.0
_LEGEND_ENTRY_GAP = 2.0


def monotone_beziers(points: Sequence[Point]) -> list[Bezier]:
    """Fritsch–Carlson monotone cubic through ``points`` (x strictly increasing), as cubic Béziers.

    Each segment stays between its end values: slopes are zero at local extrema
    and limited so that every control point lies within its segment's y range.
    """
    n = len(points)
    if n < 2:
        return []
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    d = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    m = [d[0]] + [0.0 if d[i - 1] * d[i] <= 0 else (d[i - 1] + d[i]) / 2 for i in range(1, n - 1)] + [d[-1]]
    for i in range(n - 1):
        if d[i] == 0:
            m[i] = m[i + 1] = 0.0
            continue
        a, b = m[i] / d[i], m[i + 1] / d[i]
        s = a * a + b * b
        if s > 9:
            t = 3 / math.sqrt(s)
            m[i], m[i + 1] = t * a * d[i], t * b * d[i]
    beziers: list[Bezier] = []
    for i in range(n - 1):
        lo, hi = min(ys[i], ys[i + 1]), max(ys[i], ys[i + 1])
        third = h[i] / 3
        c1 = (xs[i] + third, _clamp(ys[i] + m[i] * third, lo, hi))
        c2 = (xs[i + 1] - third, _clamp(ys[i + 1] - m[i + 1] * third, lo, hi))
        beziers.append((points[i], c1, c2, points[i + 1]))
    return beziers


def _clamp(v: float, lo: float, hi: float) -> float:
    return lo if v < lo else hi if v > hi else v


def visible_curves(doc: JourneyMap, lane: Lane) -> list[Curve]:
    return [c for c in doc.curves if c.lane_id == lane.id and c.visible]


def layout_legend(doc: JourneyMap, curves: list[Curve], x: float, width: float, top: float,
                  measurer: TextMeasurer, style: LayoutStyle) -> tuple[tuple[LegendEntry, ...], float]:
    """Legend lines (persona name and variant) in the lane header from ``top``; returns entries and bottom."""
    personas = {p.id: p for p in doc.personas}
    size = style.legend_size
    line_h = measurer.line_height(size)
    swatch_x0 = x + style.header_padding
    swatch_x1 = swatch_x0 + style.legend_swatch_length
    text_x = swatch_x1 + _LEGEND_TEXT_GAP
    text_w = max(x + width - style.header_padding - text_x, size)
    entries: list[LegendEntry] = []
    y = top
    for curve in curves:
        persona = personas.get(curve.persona_id)
        name = persona.name if persona else curve.persona_id
        text = f"{name} ({variant_label(curve.variant, doc.language)})"
        wrapped = wrap(text, text_w, size, measurer, max_lines=style.legend_max_lines)
        lines = place_lines(wrapped, text_x, y, size, measurer, colour=style.text_colour)
        swatch_y = y + line_h / 2
        swatch = ((swatch_x0, swatch_y), (swatch_x1, swatch_y))
        entries.append(LegendEntry(curve.id, curve.lane_id, _curve_colour(doc, curve, style),
                                   style.curve_width, _curve_dash(curve, style), swatch, lines))
        y += block_height(max(1, len(wrapped)), size, measurer) + _LEGEND_ENTRY_GAP
    return tuple(entries), y


def layout_curves(doc: JourneyMap, lane: Lane, curves: list[Curve], columns: Sequence[Span], grid_x: float,
                  grid_w: float, row_height: float, measurer: TextMeasurer,
                  style: LayoutStyle) -> tuple[EmotionBand, tuple[CurvePath, ...]]:
    """The lane's value band and its visible curves, for a row ``row_height`` tall."""
    label_h = style.curve_label_max_lines * measurer.line_height(style.curve_label_size)
    margin = min(style.face_radius + style.curve_label_gap + label_h, row_height * 0.3)
    band = Rect(grid_x, margin, grid_w, max(0.0, row_height - 2 * margin))
    scale = doc.emotion_scale
    zero_y = _value_y(0, scale, band) if scale.min <= 0 <= scale.max else None
    by_stage = {col.id: col for col in columns}
    order = {col.id: i for i, col in enumerate(columns)}
    paths: list[CurvePath] = []
    shifts = _face_shifts(curves, style)
    for curve in curves:
        present = sorted((p for p in curve.points if p.stage_id in by_stage), key=lambda p: order[p.stage_id])
        points = tuple((by_stage[p.stage_id].centre + shifts.get((curve.id, p.stage_id), 0.0),
                        _value_y(p.value, scale, band)) for p in present)
        colour = _curve_colour(doc, curve, style)
        markers = tuple(
            _marker(p.stage_id, p.value, p.label, pt, by_stage[p.stage_id], band, scale, measurer, style)
            for p, pt in zip(present, points, strict=True)
        )
        dash = _curve_dash(curve, style)
        # One smooth curve through the known points; a segment across stages without a point is a bridge.
        solid: list[Bezier] = []
        bridges: list[Bezier] = []
        for (a, b), bezier in zip(itertools.pairwise(present), monotone_beziers(points), strict=True):
            (bridges if order[b.stage_id] - order[a.stage_id] > 1 else solid).append(bezier)
        paths.append(CurvePath(curve.id, lane.id, curve.persona_id, curve.variant.value, colour,
                               style.curve_width, bool(dash), dash, band, points, tuple(solid), markers,
                               tuple(bridges), _faded(colour, style.curve_bridge_fade),
                               style.curve_bridge_width, style.curve_bridge_dash))
    return EmotionBand(lane.id, band, zero_y), tuple(paths)


def _face_shifts(curves: list[Curve], style: LayoutStyle) -> dict[tuple[str, str], float]:
    """Sideways offsets so faces of curves meeting at the same value sit side by side, not on top."""
    meeting: dict[tuple[str, int], list[str]] = {}
    for curve in curves:
        for point in curve.points:
            meeting.setdefault((point.stage_id, point.value), []).append(curve.id)
    step = 2 * style.face_radius + 2.0
    shifts: dict[tuple[str, str], float] = {}
    for (stage_id, _), curve_ids in meeting.items():
        for rank, curve_id in enumerate(curve_ids):
            if len(curve_ids) > 1:
                shifts[(curve_id, stage_id)] = (rank - (len(curve_ids) - 1) / 2) * step
    return shifts


def _value_y(value: int, scale: EmotionScale, band: Rect) -> float:
    if scale.max <= scale.min:
        return band.cy
    fraction = (_clamp(value, scale.min, scale.max) - scale.min) / (scale.max - scale.min)
    return band.bottom - fraction * band.h


def _mood(value: int, scale: EmotionScale) -> float:
    if scale.max <= scale.min:
        return 0.0
    return 2 * (_clamp(value, scale.min, scale.max) - scale.min) / (scale.max - scale.min) - 1


def _marker(stage_id: str, value: int, label: str, point: Point, column: Span, band: Rect,
            scale: EmotionScale, measurer: TextMeasurer, style: LayoutStyle) -> CurveMarker:
    mood = _mood(value, scale)
    r = style.face_radius
    size = style.curve_label_size
    inner_w = max(column.size - 2 * style.header_padding, size)
    wrapped = wrap(label, inner_w, size, measurer, max_lines=style.curve_label_max_lines)
    x, y = point
    label_h = block_height(len(wrapped), size, measurer)
    # Labels go on the side with more room: below a high point, above a low one.
    top = y + r + style.curve_label_gap if y < band.cy else y - r - style.curve_label_gap - label_h
    pad = style.header_padding
    left = _clamp(x - inner_w / 2, column.start + pad, column.end - pad - inner_w)
    lines = place_lines(wrapped, left, top, size, measurer, colour=style.text_colour, align="center",
                        width=inner_w)
    return CurveMarker(stage_id, value, point, mood, _face(x, y, r, mood), lines)


def _face(cx: float, cy: float, r: float, mood: float) -> Face:
    mouth_y = cy + 0.3 * r
    bend = mood * 0.35 * r  # > 0 pulls the middle down: a smile (y grows downwards)
    mouth: Bezier = ((cx - 0.45 * r, mouth_y), (cx - 0.2 * r, mouth_y + bend),
                     (cx + 0.2 * r, mouth_y + bend), (cx + 0.45 * r, mouth_y))
    eye_y = cy - 0.25 * r
    return Face(cx, cy, r, (cx - 0.35 * r, eye_y), (cx + 0.35 * r, eye_y), 0.12 * r, mouth)


def _curve_colour(doc: JourneyMap, curve: Curve, style: LayoutStyle) -> str:
    persona = next((p for p in doc.personas if p.id == curve.persona_id), None)
    return persona.colour if persona else style.missing_persona_colour


def _faded(colour: str, share: float) -> str:
    """``colour`` ("#RRGGBB") with ``share`` of white mixed in."""
    channels = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * share):02X}" for c in channels)


def _curve_dash(curve: Curve, style: LayoutStyle) -> tuple[float, ...]:
    return style.curve_dash if curve.variant is CurveVariant.TO_BE else ()
