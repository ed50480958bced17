from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings

from journeymapper.layout import ConnectorPath, LayoutStyle, MapLayout, MonoMeasurer, Rect, compute_layout
from journeymapper.model import Connector, ConnectorStyle, JourneyMap, LaneKind
from tests.layout.layout_docs import add_card, random_maps, simple_map

STYLE = LayoutStyle()
EPS = 1e-6


def crosses_interior(a: tuple[float, float], b: tuple[float, float], r: Rect) -> bool:
    if a[1] == b[1]:  # horizontal
        return r.y < a[1] < r.bottom and max(a[0], b[0]) > r.x and min(a[0], b[0]) < r.right
    return r.x < a[0] < r.right and max(a[1], b[1]) > r.y and min(a[1], b[1]) < r.bottom


def check_route(layout: MapLayout, path: ConnectorPath) -> None:
    source, target = layout.card(path.from_card), layout.card(path.to_card)
    assert source is not None and target is not None
    (x0, y0), (x1, y1) = path.points[0], path.points[-1]
    assert x0 == source.rect.right and source.rect.y <= y0 <= source.rect.bottom
    assert x1 in (target.rect.x, target.rect.right) and target.rect.y <= y1 <= target.rect.bottom
    for a, b in itertools.pairwise(path.points):
        assert a[0] == b[0] or a[1] == b[1], "segments are axis-aligned"
        assert a != b
        for card in layout.cards:
            assert not crosses_interior(a, b, card.rect), (path.connector_id, card.card_id)
    # The stroke starts at the source and stops at the arrow's base; the tip is on the target.
    assert path.path[0][0] == path.points[0]
    assert all(len(seg) in (2, 4) for seg in path.path)
    for prev, seg in itertools.pairwise(path.path):
        assert math.dist(prev[-1], seg[0]) < EPS
    assert path.arrow.tip == path.points[-1]
    base = ((path.arrow.left[0] + path.arrow.right[0]) / 2, (path.arrow.left[1] + path.arrow.right[1]) / 2)
    assert math.dist(base, path.arrow.tip) == pytest.approx(STYLE.arrow_length)
    if path.path:
        assert math.dist(path.path[-1][-1], base) < EPS or _is_corner_end(path)


def _is_corner_end(path: ConnectorPath) -> bool:
    return len(path.path[-1]) == 4  # a rounded corner already reached the arrow


@settings(max_examples=80, deadline=None)
@given(doc=random_maps())
def test_random_routes_are_orthogonal_and_avoid_cards(doc: JourneyMap) -> None:
    layout = compute_layout(doc, MonoMeasurer())
    assert len(layout.connectors) == len(doc.connectors)
    cols = {c.id: i for i, c in enumerate(layout.stage_columns)}
    for path in layout.connectors:
        check_route(layout, path)
        source, target = layout.card(path.from_card), layout.card(path.to_card)
        assert source is not None and target is not None
        assert path.is_back == (cols[target.stage_id] < cols[source.stage_id])


def connector_map() -> JourneyMap:
    doc = simple_map((1.0, 1.0, 1.0, 1.0), (LaneKind.ACTIONS, LaneKind.TEXT, LaneKind.THOUGHTS))
    add_card(doc, 0, 0, "a")  # c0
    add_card(doc, 0, 1, "b")  # c1
    add_card(doc, 0, 3, "c")  # c2
    add_card(doc, 2, 0, "d")  # c3
    add_card(doc, 0, 1, "e")  # c4, below c1
    add_card(doc, 1, 2, "blocker " * 10)  # c5
    return doc


def route(doc: JourneyMap, a: str, b: str, **kw: object) -> tuple[MapLayout, ConnectorPath]:
    doc.connectors = [Connector(id="k", from_card=a, to_card=b, **kw)]  # type: ignore[arg-type]
    layout = compute_layout(doc, MonoMeasurer())
    check_route(layout, layout.connectors[0])
    return layout, layout.connectors[0]


def test_neighbouring_cards_at_the_same_height_get_a_straight_arrow() -> None:
    _, path = route(connector_map(), "c0", "c1")
    assert len(path.points) == 2 and path.points[0][1] == path.points[1][1]
    assert path.arrow.tip[0] > path.arrow.left[0]  # points right


def test_forward_route_travels_in_the_gaps() -> None:
    layout, path = route(connector_map(), "c3", "c2")
    assert len(path.points) == 6 and not path.is_back
    row_edges = {r.start for r in layout.lane_rows} | {r.end for r in layout.lane_rows}
    horizontal_y = path.points[2][1]
    assert min(abs(horizontal_y - e) for e in row_edges) < STYLE.cell_padding


def test_back_connector_loops_below_both_lanes() -> None:
    layout, path = route(connector_map(), "c2", "c3", style=ConnectorStyle.BACK)
    assert path.is_back
    lowest = layout.lane_rows[2].end
    assert max(y for _, y in path.points) > lowest - STYLE.cell_padding
    assert path.points[-1][0] == layout.card("c3").rect.x  # type: ignore[union-attr]
    assert path.dash == STYLE.connector_back_dash and path.colour == STYLE.back_connector_colour


def test_same_column_enters_from_the_right() -> None:
    layout, path = route(connector_map(), "c1", "c4", style=ConnectorStyle.OPTIONAL)
    target = layout.card("c4")
    assert target is not None and path.points[-1] == (target.rect.right, target.rect.cy)
    assert path.arrow.tip[0] < path.arrow.left[0]  # points left
    assert path.dash == STYLE.connector_optional_dash


def test_self_connector_is_a_small_loop() -> None:
    _, path = route(connector_map(), "c0", "c0")
    assert len(path.points) == 4


def test_corners_are_rounded_and_label_sits_midway() -> None:
    _, path = route(connector_map(), "c3", "c2", label="then")
    assert any(len(seg) == 4 for seg in path.path)
    assert path.label_rect is not None and path.label_rect.center == pytest.approx(path.label_anchor)
    assert [line.text for line in path.label_lines] == ["then"]
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(path.points)]
    # The anchor lies on the route, halfway along it.
    walked = 0.0
    for (a, b), length in zip(itertools.pairwise(path.points), lengths, strict=True):
        if math.dist(a, path.label_anchor) + math.dist(path.label_anchor, b) == pytest.approx(length):
            walked += math.dist(a, path.label_anchor)
            break
        walked += length
    assert walked == pytest.approx(sum(lengths) / 2)


def test_connectors_to_missing_cards_are_left_out() -> None:
    doc = connector_map()
    doc.connectors = [Connector(id="k", from_card="c0", to_card="nope")]
    assert compute_layout(doc, MonoMeasurer()).connectors == ()


def test_parallel_connectors_use_different_tracks() -> None:
    doc = connector_map()
    doc.connectors = [Connector(id=f"k{i}", from_card="c3", to_card="c2") for i in range(2)]
    first, second = compute_layout(doc, MonoMeasurer()).connectors
    assert first.points[1][0] != second.points[1][0]
