"""Orthogonal connector routes between cards, along the free channels of the grid.

Cards sit ``cell_padding`` inside their cells, so a band that wide on each
side of every column and row boundary is free of cards. A route leaves the
source card's right edge into the channel after its column; to reach an
adjacent column it drops straight to the target's height there. Farther
columns are reached along a row boundary between the two cards; a target in
an earlier column (a back flow) is reached along the boundary *below* both
lanes, so the route reads as a loop. A target in the same column is entered
from its right edge. Each connector keeps to one track (a fixed offset from
the boundary) so parallel routes stay apart.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence, Set
from typing import NamedTuple, Optional

from journeymapper.layout.geometry import (
    ArrowHead,
    CardBox,
    ConnectorPath,
    Point,
    Rect,
    Segment,
    Span,
    TextLine,
)
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer, block_height, place_lines, wrap
from journeymapper.model import Connector, ConnectorStyle

#: Control-point distance of a cubic quarter circle, as a fraction of its radius.
_ARC_K = 4 / 3 * (math.sqrt(2) - 1)


#: Routes of an earlier layout: connector id -> (what the route was made from, the route).
Routes = Mapping[str, tuple[Hashable, ConnectorPath]]


def route_all(connectors: Sequence[Connector], cards: Mapping[str, CardBox], columns: Sequence[Span],
              rows: Sequence[Span], measurer: TextMeasurer, style: LayoutStyle,
              previous: Optional[tuple[Routes, Mapping[str, CardBox], Sequence[Span]]] = None,
              ) -> tuple[tuple[ConnectorPath, ...], dict[str, tuple[Hashable, ConnectorPath]]]:
    """Routes for the connectors whose two cards are both laid out (others are left out), plus the
    routes keyed for the next call.

    ``previous`` is (routes, cards, rows) of an earlier layout with the same columns,
    measurer and style. A route depends only on its connector and its place in the list
    (its track), the two card boxes, the columns, and the rows from the first down to
    the lower of the two cards' rows; when all of those are unchanged the earlier route
    (the very same object) is kept instead of being routed and its label wrapped again.
    """
    column_index = {c.id: i for i, c in enumerate(columns)}
    row_index = {r.id: i for i, r in enumerate(rows)}
    old_routes: Routes = {}
    old_cards: Mapping[str, CardBox] = {}
    same_rows = 0  # rows[:same_rows] are the rows of the earlier layout
    if previous is not None:
        old_routes, old_cards, old_rows = previous
        while (same_rows < min(len(rows), len(old_rows))
               and rows[same_rows] == old_rows[same_rows]):
            same_rows += 1
    paths: list[ConnectorPath] = []
    keyed: dict[str, tuple[Hashable, ConnectorPath]] = {}
    for k, connector in enumerate(connectors):
        source, target = cards.get(connector.from_card), cards.get(connector.to_card)
        if source is None or target is None:
            continue
        rs, rt = row_index[source.lane_id], row_index[target.lane_id]
        key = (k, connector.id, connector.from_card, connector.to_card, connector.label, connector.style)
        old = old_routes.get(connector.id)
        if (old is not None and old[0] == key and max(rs, rt) < same_rows
                and old_cards.get(connector.from_card) is source and old_cards.get(connector.to_card) is target):
            path = old[1]
        else:
            cs, ct = column_index[source.stage_id], column_index[target.stage_id]
            path = _path(k, connector, source, target, cs, rs, ct, rt, columns, rows, measurer, style)
        paths.append(path)
        keyed[connector.id] = (key, path)
    return tuple(paths), keyed


def _route_one(k: int, connector: Connector, cards: Mapping[str, CardBox], column_index: Mapping[str, int],
               row_index: Mapping[str, int], columns: Sequence[Span], rows: Sequence[Span], measurer: TextMeasurer,
               style: LayoutStyle, earlier: Earlier) -> Optional[tuple[Hashable, ConnectorPath]]:
    """The k-th connector's (key, route), the earlier one kept if nothing it depends on changed."""
    source, target = cards.get(connector.from_card), cards.get(connector.to_card)
    if source is None or target is None:
        return None
    key = (k, connector.id, connector.from_card, connector.to_card, connector.label, connector.style)
    old = earlier.routes.get(connector.id)
    if (old is not None and old[0] == key and earlier.cards.get(connector.from_card) is source
            and earlier.cards.get(connector.to_card) is target):
        return old
    cs, ct = column_index[source.stage_id], column_index[target.stage_id]
    rs, rt = row_index[source.lane_id], row_index[target.lane_id]
    # Same label, same measurer and style: the same lines (wrapping is the dear part of a label).
    same_label = old is not None and isinstance(old[0], tuple) and old[0][4] == connector.label
    wrapped = [line.text for line in old[1].label_lines] if old is not None and same_label else None
    return key, _path(k, connector, source, target, cs, rs, ct, rt, columns, rows, measurer, style, wrapped)


def _path(k: int, connector: Connector, source: CardBox, target: CardBox, cs: int, rs: int, ct: int, rt: int,
          columns: Sequence[Span], rows: Sequence[Span], measurer: TextMeasurer,
          style: LayoutStyle, wrapped: Optional[list[str]] = None) -> ConnectorPath:
    points = _route(source, target, cs, rs, ct, rt, columns, rows, track_offset(k, style))
    return _connector_path(connector, points, ct < cs, measurer, style, wrapped)


class Earlier(NamedTuple):
    """What :func:`reroute` keeps from the previous layout."""

    routes: Routes
    cards: Mapping[str, CardBox]
    rows: Sequence[Span]
    connectors: list[Connector]  # the list that was routed (a shallow copy)
    links: Mapping[str, tuple[int, ...]]
    paths: tuple[ConnectorPath, ...]
    moved: Set[str]  # ids of cards whose boxes are new
    edited: Set[str] = frozenset()  # ids other than cards' that the change named (edited connectors)


def card_links(connectors: Sequence[Connector]) -> dict[str, tuple[int, ...]]:
    """Card id -> positions of the connectors that start or end at it."""
    links: dict[str, list[int]] = {}
    for k, c in enumerate(connectors):
        links.setdefault(c.from_card, []).append(k)
        if c.to_card != c.from_card:
            links.setdefault(c.to_card, []).append(k)
    return {card_id: tuple(ks) for card_id, ks in links.items()}


def reroute(connectors: Sequence[Connector], cards: Mapping[str, CardBox], columns: Sequence[Span],
            rows: Sequence[Span], measurer: TextMeasurer, style: LayoutStyle, earlier: Earlier,
            ) -> tuple[tuple[ConnectorPath, ...], dict[str, tuple[Hashable, ConnectorPath]],
                       Mapping[str, tuple[int, ...]]]:
    """:func:`route_all` after a re-layout: (paths, routes, links).

    While the connector list holds the same objects and no lane row moved, only the
    connectors at cards with new boxes, or named by the change, are looked at; the
    rest keep their routes without a pass over all of them.
    """
    same_list = earlier.connectors == connectors  # identity first: no model __eq__ while unchanged
    if not same_list or tuple(rows) != tuple(earlier.rows):
        paths, routes = route_all(connectors, cards, columns, rows, measurer, style,
                                  (earlier.routes, earlier.cards, earlier.rows))
        return paths, routes, earlier.links if same_list else card_links(connectors)
    candidates = {k for card_id in earlier.moved for k in earlier.links.get(card_id, ())}
    if earlier.edited:
        candidates.update(k for k, c in enumerate(connectors) if c.id in earlier.edited)
    column_index = {c.id: i for i, c in enumerate(columns)}
    row_index = {r.id: i for i, r in enumerate(rows)}
    routes = dict(earlier.routes)
    # While every connector has a route, the k-th path is the k-th connector's: replace it in place.
    by_position: Optional[list[ConnectorPath]] = list(earlier.paths) if len(earlier.paths) == len(connectors) else None
    changed = False
    for k in sorted(candidates):
        connector = connectors[k]
        route = _route_one(k, connector, cards, column_index, row_index, columns, rows, measurer, style, earlier)
        if route is None:
            if routes.pop(connector.id, None) is not None:
                changed, by_position = True, None
        elif route is not routes.get(connector.id):
            routes[connector.id] = route
            changed = True
            if by_position is not None:
                by_position[k] = route[1]
    if not changed:
        return earlier.paths, routes, earlier.links
    if by_position is not None:
        return tuple(by_position), routes, earlier.links
    return tuple([routes[c.id][1] for c in connectors if c.id in routes]), routes, earlier.links


def track_offset(k: int, style: LayoutStyle) -> float:
    """Offset of the k-th connector's track from a boundary; leaves room for the arrow before a card."""
    reach = max(0.0, style.cell_padding - style.arrow_length - 1.5)
    tracks = int(2 * reach // style.connector_track_spacing) + 1
    return ((k % tracks) - (tracks - 1) / 2) * style.connector_track_spacing


def _route(source: CardBox, target: CardBox, cs: int, rs: int, ct: int, rt: int, columns: Sequence[Span],
           rows: Sequence[Span], offset: float) -> list[Point]:
    s, t = source.rect, target.rect
    sy, ty, sx = s.cy, t.cy, s.right
    xa = columns[cs].end + offset
    if source.card_id == target.card_id:  # a small loop off the right edge
        q = s.h / 4
        return [(sx, sy - q), (xa, sy - q), (xa, sy + q), (sx, sy + q)]
    if ct == cs:
        return _simplify([(sx, sy), (xa, sy), (xa, ty), (t.right, ty)])
    if ct == cs + 1:
        return _simplify([(sx, sy), (xa, sy), (xa, ty), (t.x, ty)])
    xb = columns[ct].start + offset
    if ct > cs:
        yh = _nearest_boundary(rows, min(rs, rt), max(rs, rt), (sy + ty) / 2) + offset
    else:
        yh = rows[max(rs, rt)].end + offset
    return _simplify([(sx, sy), (xa, sy), (xa, yh), (xb, yh), (xb, ty), (t.x, ty)])


def _nearest_boundary(rows: Sequence[Span], first: int, last: int, y: float) -> float:
    boundaries = [rows[i].start for i in range(first, last + 1)] + [rows[last].end]
    return min(boundaries, key=lambda b: abs(b - y))


def _simplify(points: list[Point]) -> list[Point]:
    """Drop repeated points and middle points of straight runs (keeping U-turns)."""
    out = [points[0]]
    for i in range(1, len(points)):
        p = points[i]
        if math.dist(p, out[-1]) < 1e-9:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            px, py = p
            if ((ax == bx == px) or (ay == by == py)) and (bx - ax) * (px - bx) + (by - ay) * (py - by) > 0:
                out[-1] = p  # same line, same way
                continue
        out.append(p)
    return out


def _connector_path(connector: Connector, points: list[Point], is_back: bool, measurer: TextMeasurer,
                    style: LayoutStyle, wrapped: Optional[list[str]] = None) -> ConnectorPath:
    """The drawn route along ``points``; ``wrapped`` is the label's lines if known (else it is wrapped)."""
    radius = style.connector_corner_radius
    # Each segment's unit direction and length; (1, 0) for a zero-length one.
    units: list[tuple[float, float, float]] = []
    lengths: list[float] = []
    ax, ay = points[0]
    for i in range(1, len(points)):
        bx, by = points[i]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        units.append((dx / length, dy / length, length) if length else (1.0, 0.0, length))
        lengths.append(length)
        ax, ay = bx, by
    ux, uy, last_len = units[-1]
    tip = points[-1]
    arrow_len = min(style.arrow_length, last_len)
    base = (tip[0] - ux * arrow_len, tip[1] - uy * arrow_len)
    half = style.arrow_width / 2
    arrow = ArrowHead(tip, (base[0] - uy * half, base[1] + ux * half), (base[0] + uy * half, base[1] - ux * half))

    segments: list[Segment] = []
    current = points[0]
    ix, iy, len_in = units[0]
    for i in range(1, len(points) - 1):
        ox, oy, len_out = units[i]
        r = min(radius, len_in / 2, len_out / 2)
        vx, vy = points[i]
        a, b = (vx - ix * r, vy - iy * r), (vx + ox * r, vy + oy * r)
        if a != current:
            segments.append((current, a))
        if r > 0:
            k = _ARC_K * r
            segments.append((a, (a[0] + ix * k, a[1] + iy * k), (b[0] - ox * k, b[1] - oy * k), b))
        current = b
        ix, iy, len_in = ox, oy, len_out
    # Stop the stroke at the arrow's base; skip it if a corner already reached past the base.
    if (base[0] - current[0]) * ux + (base[1] - current[1]) * uy > 0:
        segments.append((current, base))

    kind = connector.style
    if kind is ConnectorStyle.BACK:
        colour, dash = style.back_connector_colour, style.connector_back_dash
    elif kind is ConnectorStyle.OPTIONAL:
        colour, dash = style.connector_colour, style.connector_optional_dash
    else:
        colour, dash = style.connector_colour, ()
    anchor = _midpoint(points, lengths)
    if wrapped is None:
        wrapped = wrap(connector.label, style.connector_label_width, style.connector_label_size, measurer,
                       max_lines=style.connector_label_max_lines)
    label_rect, label_lines = _label(wrapped, anchor, measurer, style) if wrapped else (None, ())
    return ConnectorPath(connector.id, connector.from_card, connector.to_card, kind.value, is_back,
                         tuple(points), radius, tuple(segments), arrow, colour, style.connector_width, dash,
                         anchor, label_rect, label_lines)


def _midpoint(points: list[Point], lengths: list[float]) -> Point:
    """The point halfway along the polyline whose segments are ``lengths`` long."""
    remaining = sum(lengths) / 2
    for i, length in enumerate(lengths):
        if remaining <= length and length > 0:
            f = remaining / length
            (ax, ay), (bx, by) = points[i], points[i + 1]
            return (ax + (bx - ax) * f, ay + (by - ay) * f)
        remaining -= length
    return points[-1]


def _label(wrapped: list[str], anchor: Point, measurer: TextMeasurer,
           style: LayoutStyle) -> tuple[Rect, tuple[TextLine, ...]]:
    """The box and lines of a label already wrapped into ``wrapped`` (at least one line), centred on anchor."""
    size = style.connector_label_size
    w = max(measurer.width(line, size) for line in wrapped)
    h = block_height(len(wrapped), size, measurer)
    left, top = anchor[0] - w / 2, anchor[1] - h / 2
    lines = place_lines(wrapped, left, top, size, measurer, colour=style.text_colour, align="center", width=w)
    p = style.connector_label_padding
    return Rect(left - p, top - p, w + 2 * p, h + 2 * p), lines
