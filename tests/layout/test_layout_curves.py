from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.layout import Bezier, CurvePath, LayoutStyle, MapLayout, MonoMeasurer, compute_layout
from journeymapper.layout.curves import monotone_beziers
from journeymapper.model import Curve, CurvePoint, CurveVariant, EmotionScale, JourneyMap, LaneKind, Persona
from tests.layout.layout_docs import simple_map

STYLE = LayoutStyle()
EPS = 1e-6


def emotions_map(values: list[int], stage_widths: list[float] | None = None, scale: tuple[int, int] = (-3, 3),
                 **curve: object) -> JourneyMap:
    widths = stage_widths or [1.0] * len(values)
    doc = simple_map(widths, (LaneKind.ACTIONS, LaneKind.EMOTIONS, LaneKind.TEXT))
    doc.emotion_scale = EmotionScale(min=scale[0], max=scale[1])
    doc.personas = [Persona(id="p1", name="Anna", colour="#C0392B"), Persona(id="p2", name="Bo")]
    points = [CurvePoint(stage_id=f"s{i}", value=v, label=f"label {i}") for i, v in enumerate(values)]
    doc.curves = [Curve(id="cv1", lane_id="l1", persona_id="p1", points=points, **curve)]  # type: ignore[arg-type]
    return doc


def sample(b: Bezier, t: float) -> tuple[float, float]:
    u = 1 - t
    coeffs = (u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3)
    x = sum(c * p[0] for c, p in zip(coeffs, b, strict=True))
    return x, sum(c * p[1] for c, p in zip(coeffs, b, strict=True))


def assert_inside_lane(layout: MapLayout, curve: CurvePath) -> None:
    row = layout.lane_row(curve.lane_id)
    assert row is not None
    band = curve.band
    assert row.start <= band.y and band.bottom <= row.end
    for b in curve.beziers:
        for x, y in (*b, *(sample(b, t / 16) for t in range(17))):
            assert band.y - EPS <= y <= band.bottom + EPS
            assert band.x <= x <= band.right
    for marker in curve.markers:
        face = marker.face
        assert row.start <= face.cy - face.r and face.cy + face.r <= row.end


def test_points_are_centred_in_their_stage_columns(mono: MonoMeasurer) -> None:
    layout = compute_layout(emotions_map([0, 3, -3], [1.0, 2.0, 0.5]), mono)
    (curve,) = layout.curves
    assert [x for x, _ in curve.points] == [c.centre for c in layout.stage_columns]
    assert [m.stage_id for m in curve.markers] == ["s0", "s1", "s2"]


def test_values_map_linearly_with_max_at_the_top(mono: MonoMeasurer) -> None:
    layout = compute_layout(emotions_map([-3, 0, 3, 1]), mono)
    (curve,) = layout.curves
    (band,) = layout.emotion_bands
    ys = [y for _, y in curve.points]
    assert ys[0] == pytest.approx(curve.band.bottom) and ys[2] == pytest.approx(curve.band.y)
    assert ys[1] == pytest.approx(curve.band.cy) and band.zero_y == pytest.approx(ys[1])
    assert ys[3] == pytest.approx(curve.band.bottom - 4 / 6 * curve.band.h)
    assert [m.mood for m in curve.markers] == pytest.approx([-1.0, 0.0, 1.0, 1 / 3])
    assert_inside_lane(layout, curve)


def test_scale_one_to_ten_has_no_zero_line(mono: MonoMeasurer) -> None:
    layout = compute_layout(emotions_map([1, 10, 1, 10, 5], scale=(1, 10)), mono)
    (band,) = layout.emotion_bands
    assert band.zero_y is None
    assert_inside_lane(layout, layout.curves[0])


@settings(max_examples=150, deadline=None)
@given(data=st.data(), lo=st.integers(-100, 99), n=st.integers(1, 8))
def test_curves_never_leave_the_band(data: st.DataObject, lo: int, n: int) -> None:
    hi = data.draw(st.integers(lo + 1, 100))
    values = data.draw(st.lists(st.integers(lo, hi), min_size=n, max_size=n))
    widths = data.draw(st.lists(st.sampled_from([0.25, 0.5, 1.0, 3.0, 8.0]), min_size=n, max_size=n))
    height = data.draw(st.sampled_from([0.25, 0.5, 1.0, 3.0]))
    doc = emotions_map(values, widths, (lo, hi))
    doc.lanes[1].height = height
    layout = compute_layout(doc, MonoMeasurer())
    (curve,) = layout.curves
    assert len(curve.beziers) == n - 1
    assert_inside_lane(layout, curve)


def test_zig_zag_control_points_stay_within_each_segment() -> None:
    points = [(0.0, 0.0), (10.0, 100.0), (11.0, 0.0), (50.0, 100.0), (51.0, 99.0), (52.0, 0.0)]
    for (p0, c1, c2, p3) in monotone_beziers(points):
        lo, hi = min(p0[1], p3[1]), max(p0[1], p3[1])
        assert lo <= c1[1] <= hi and lo <= c2[1] <= hi
        assert p0[0] < c1[0] < c2[0] < p3[0]


def test_bezier_chain_passes_through_the_points() -> None:
    points = [(0.0, 5.0), (3.0, 1.0), (7.0, 2.0)]
    beziers = monotone_beziers(points)
    assert [b[0] for b in beziers] + [beziers[-1][3]] == points
    assert monotone_beziers(points[:1]) == []


def test_hidden_curves_are_omitted(mono: MonoMeasurer) -> None:
    doc = emotions_map([0, 1, 2])
    doc.curves.append(Curve(id="cv2", lane_id="l1", persona_id="p2", visible=False,
                            points=[CurvePoint(stage_id="s0", value=1)]))
    layout = compute_layout(doc, mono)
    assert [c.curve_id for c in layout.curves] == ["cv1"]
    assert [e.curve_id for e in layout.legend] == ["cv1"]


def test_to_be_is_dashed_as_is_solid(mono: MonoMeasurer) -> None:
    doc = emotions_map([0, 1, 2])
    doc.curves.append(Curve(id="cv2", lane_id="l1", persona_id="p2", variant=CurveVariant.TO_BE,
                            points=[CurvePoint(stage_id="s0", value=1), CurvePoint(stage_id="s2", value=3)]))
    layout = compute_layout(doc, mono)
    as_is, to_be = layout.curves
    assert not as_is.dashed and as_is.dash == () and as_is.colour == "#C0392B"
    assert to_be.dashed and to_be.dash == STYLE.curve_dash and to_be.colour == "#2E86C1"
    assert [m.stage_id for m in to_be.markers] == ["s0", "s2"]  # a missing point is skipped
    assert len(to_be.beziers) == 0 and len(to_be.bridges) == 1  # across the gap at s1: a bridge
    legend_as_is, legend_to_be = layout.legend
    assert legend_as_is.lines[0].text == "Anna (as-is)" and legend_as_is.dash == ()
    assert legend_to_be.lines[0].text == "Bo (to-be)" and legend_to_be.dash == STYLE.curve_dash
    header = layout.lane_headers[1]
    for entry in layout.legend:
        assert header.rect.contains(*entry.swatch[0]) and header.rect.contains(*entry.swatch[1])
        assert entry.lines[0].y_baseline > header.lines[-1].y_baseline


def test_faces_smile_with_the_mood(mono: MonoMeasurer) -> None:
    layout = compute_layout(emotions_map([-3, 3]), mono)
    sad, happy = (m.face for m in layout.curves[0].markers)
    assert happy.mouth[1][1] > happy.mouth[0][1]  # middle pulled down: a smile
    assert sad.mouth[1][1] < sad.mouth[0][1]


def test_labels_stay_in_their_column_and_lane(mono: MonoMeasurer) -> None:
    layout = compute_layout(emotions_map([-3, 3, 0]), mono)
    row = layout.lane_rows[1]
    for marker, col in zip(layout.curves[0].markers, layout.stage_columns, strict=True):
        assert marker.label_lines
        for line in marker.label_lines:
            assert col.start <= line.x and line.x + mono.width(line.text, line.size) <= col.end
            assert row.start < line.y_baseline < row.end


def test_emotions_lane_has_its_own_height(mono: MonoMeasurer) -> None:
    layout = compute_layout(emotions_map([0, 1]), mono)
    assert layout.lane_rows[1].size == STYLE.emotion_lane_height


def test_faces_of_curves_meeting_at_the_same_value_do_not_overlap():
    from journeymapper.layout import MonoMeasurer, compute_layout
    from journeymapper.model import Curve, CurvePoint, Lane, LaneKind, Persona
    from tests.layout.layout_docs import simple_map

    doc = simple_map([1.0, 1.0], (LaneKind.TOUCHPOINTS,))
    doc.lanes.append(Lane(id="emo", kind=LaneKind.EMOTIONS, title="Feelings"))
    doc.personas = [Persona(id=f"p{i}", name=f"P{i}") for i in range(3)]
    doc.curves = [Curve(id=f"cv{i}", lane_id="emo", persona_id=f"p{i}",
                        points=[CurvePoint(stage_id=s.id, value=1) for s in doc.stages]) for i in range(3)]
    layout = compute_layout(doc, MonoMeasurer())
    for stage in doc.stages:
        faces = sorted(m.face.cx for c in layout.curves for m in c.markers if m.stage_id == stage.id)
        assert all(b - a >= 2 * layout.style.face_radius for a, b in zip(faces, faces[1:], strict=False))
        column = layout.stage_column(stage.id)
        assert column.start < faces[0] and faces[-1] < column.end


def test_a_stage_without_a_point_is_bridged_faintly_not_given_a_value(mono: MonoMeasurer) -> None:
    doc = emotions_map([1, 0, 2, -1])
    doc.curves[0].points = [p for p in doc.curves[0].points if p.stage_id != "s1"]  # a gap at s1
    layout = compute_layout(doc, mono)
    (curve,) = layout.curves
    assert [m.stage_id for m in curve.markers] == ["s0", "s2", "s3"]  # no face invented in the gap
    assert len(curve.beziers) == 1 and len(curve.bridges) == 1
    bridge = curve.bridges[0]
    assert bridge[0] == curve.points[0] and bridge[3] == curve.points[1]  # s0 straight across to s2
    assert curve.beziers[0][0] == curve.points[1]
    assert curve.bridge_dash and curve.bridge_width < curve.width
    assert curve.bridge_colour != curve.colour
    assert_inside_lane(layout, curve)


def test_a_curve_without_gaps_has_no_bridge(mono: MonoMeasurer) -> None:
    (curve,) = compute_layout(emotions_map([1, 0, 2]), mono).curves
    assert curve.bridges == () and len(curve.beziers) == 2
