"""Geometry of the chart-like lanes: emotion curves (emotions lanes) and KPI rows (kpis lanes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from journeymapper.layout.geometry import (
    Bezier,
    Point,
    Rect,
    TextLine,
    shift_lines,
    shift_point,
    shift_points,
)


def _shift_bezier(b: Bezier, dy: float) -> Bezier:
    return (shift_point(b[0], dy), shift_point(b[1], dy), shift_point(b[2], dy), shift_point(b[3], dy))


@dataclass(frozen=True, slots=True)
class Face:
    """A small face drawn at a curve point: circle, two dot eyes, a mouth that smiles with the mood."""

    cx: float
    cy: float
    r: float
    left_eye: Point
    right_eye: Point
    eye_r: float
    mouth: Bezier

    def shifted(self, dy: float) -> Face:
        return Face(self.cx, self.cy + dy, self.r, shift_point(self.left_eye, dy),
                    shift_point(self.right_eye, dy), self.eye_r, _shift_bezier(self.mouth, dy))


@dataclass(frozen=True, slots=True)
class CurveMarker:
    """One curve point: its value, ``mood`` in [-1, 1] (scale min to max), face and wrapped label."""

    stage_id: str
    value: int
    point: Point
    mood: float
    face: Face
    label_lines: tuple[TextLine, ...]

    def shifted(self, dy: float) -> CurveMarker:
        return CurveMarker(self.stage_id, self.value, shift_point(self.point, dy), self.mood,
                           self.face.shifted(dy), shift_lines(self.label_lines, dy))


@dataclass(frozen=True, slots=True)
class CurvePath:
    """A persona's emotion curve: stroke ``beziers`` (cubic, joined end to start) in ``colour``.

    ``dash`` is empty for a solid (as-is) curve and the dash pattern for a to-be
    curve. Every point and control point lies inside ``band``. ``bridges`` are the
    segments across stages without a point (gaps): drawn faint, ``bridge_width`` wide in
    ``bridge_colour`` with ``bridge_dash``, so no value is read into the gap.
    """

    curve_id: str
    lane_id: str
    persona_id: str
    variant: str
    colour: str
    width: float
    dashed: bool
    dash: tuple[float, ...]
    band: Rect
    points: tuple[Point, ...]
    beziers: tuple[Bezier, ...]
    markers: tuple[CurveMarker, ...]
    bridges: tuple[Bezier, ...] = ()
    bridge_colour: str = ""
    bridge_width: float = 1.0
    bridge_dash: tuple[float, ...] = ()

    def shifted(self, dy: float) -> CurvePath:
        return CurvePath(
            self.curve_id, self.lane_id, self.persona_id, self.variant, self.colour, self.width,
            self.dashed, self.dash, self.band.shifted(dy), shift_points(self.points, dy),
            tuple(_shift_bezier(b, dy) for b in self.beziers),
            tuple(m.shifted(dy) for m in self.markers),
            tuple(_shift_bezier(b, dy) for b in self.bridges), self.bridge_colour, self.bridge_width,
            self.bridge_dash,
        )


@dataclass(frozen=True, slots=True)
class EmotionBand:
    """The value band of an emotions lane; ``zero_y`` is the neutral line if 0 is on the scale."""

    lane_id: str
    band: Rect
    zero_y: Optional[float]

    def shifted(self, dy: float) -> EmotionBand:
        zero_y = None if self.zero_y is None else self.zero_y + dy
        return EmotionBand(self.lane_id, self.band.shifted(dy), zero_y)


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """A legend line in an emotions lane header: a stroke sample from ``swatch[0]`` to ``swatch[1]``, text."""

    curve_id: str
    lane_id: str
    colour: str
    width: float
    dash: tuple[float, ...]
    swatch: tuple[Point, Point]
    lines: tuple[TextLine, ...]

    def shifted(self, dy: float) -> LegendEntry:
        return LegendEntry(self.curve_id, self.lane_id, self.colour, self.width, self.dash,
                           (shift_point(self.swatch[0], dy), shift_point(self.swatch[1], dy)),
                           shift_lines(self.lines, dy))


@dataclass(frozen=True, slots=True)
class MetricCell:
    """A KPI's value in one stage.

    ``status`` is "good", "bad" (against the target, honouring
    higher_is_better), "neutral" (no target) or "missing" (no value);
    ``colour`` is the matching style colour for the value text and bar.
    ``bar_track`` is the full bar, ``bar`` its filled part (``bar_fraction``
    of the track), ``target_tick`` a thin mark at the target's place.
    """

    stage_id: str
    rect: Rect
    value: Optional[float]
    target: Optional[float]
    status: str
    colour: str
    value_line: TextLine
    target_line: Optional[TextLine]
    bar_track: Rect
    bar: Optional[Rect]
    bar_fraction: float
    target_tick: Optional[Rect]

    def shifted(self, dy: float) -> MetricCell:
        return MetricCell(
            self.stage_id, self.rect.shifted(dy), self.value, self.target, self.status, self.colour,
            self.value_line.shifted(dy), None if self.target_line is None else self.target_line.shifted(dy),
            self.bar_track.shifted(dy), None if self.bar is None else self.bar.shifted(dy),
            self.bar_fraction, None if self.target_tick is None else self.target_tick.shifted(dy),
        )


@dataclass(frozen=True, slots=True)
class MetricRow:
    """One metric of a kpis lane: ``rect`` spans the header column and the grid; name sits in the header."""

    metric_id: str
    lane_id: str
    rect: Rect
    name_lines: tuple[TextLine, ...]
    cells: tuple[MetricCell, ...]

    def shifted(self, dy: float) -> MetricRow:
        return MetricRow(self.metric_id, self.lane_id, self.rect.shifted(dy),
                         shift_lines(self.name_lines, dy), tuple(c.shifted(dy) for c in self.cells))
