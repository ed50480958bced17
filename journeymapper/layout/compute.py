"""Laying out a whole map (:func:`compute_layout`) and re-laying out changed cards (:func:`relayout`)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Set
from itertools import chain
from operator import attrgetter
from typing import Optional

from journeymapper.layout.cards import CardContext
from journeymapper.layout.connectors import card_links, reroute, route_all
from journeymapper.layout.geometry import CardBox, ConnectorPath, HeaderBox, Rect, Span, snap
from journeymapper.layout.headers import layout_title, stage_header_block
from journeymapper.layout.map_layout import LayoutCache, MapLayout
from journeymapper.layout.reuse import NOTHING, Reuse
from journeymapper.layout.rows import Frame, RowLocal, RowPlaced, build_row, place_row
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer
from journeymapper.model import CARD_LANE_KINDS, Card, JourneyMap
from journeymapper.model.lookup import find_items, positions

_DEFAULT_STYLE = LayoutStyle()


def compute_layout(doc: JourneyMap, measurer: TextMeasurer, style: LayoutStyle = _DEFAULT_STYLE) -> MapLayout:
    """Lay out the whole map: title, stage headers, lane rows with their cards/curves/KPIs, connectors."""
    m = style.margin
    columns: list[Span] = []
    x = m + style.lane_header_width
    for stage in doc.stages:
        end = x + style.base_column_width * stage.width
        columns.append(Span(stage.id, x, end))
        x = end
    grid_x, grid_right = m + style.lane_header_width, x

    title = layout_title(doc, m, m, grid_right - m, measurer, style)
    y = snap(title.rect.bottom + style.title_gap if title else m)
    blocks = [stage_header_block(s, c.start, y, c.size, measurer, style)
              for s, c in zip(doc.stages, columns, strict=True)]
    header_h = snap(max([style.stage_header_min_height] + [b.height for b in blocks]))
    stage_headers = tuple(HeaderBox(s.id, "stage", Rect(c.start, y, c.size, header_h), s.colour, b.lines)
                          for s, c, b in zip(doc.stages, columns, blocks, strict=True))

    frame = Frame(m, style.lane_header_width, tuple(columns), grid_x, grid_right, y + header_h)
    ctx = _card_context(doc, measurer, style)
    rows_local = {lane.id: build_row(doc, lane, frame, ctx) for lane in doc.lanes}
    return _assemble(doc, frame, title, stage_headers, rows_local, _group_cards(doc, doc.cards), ctx,
                     NOTHING, _structure_key(doc))


def relayout(layout: MapLayout, doc: JourneyMap, measurer: TextMeasurer,
             changed_card_ids: Set[str]) -> MapLayout:
    """The layout after the cards in ``changed_card_ids`` were edited, added, moved or deleted.

    The rule: every cell that held or now holds a changed card is laid out
    again (all of its cards, as their order may have changed), but only cards
    whose content or cell changed are wrapped again: the others keep their
    boxes, moved to their new places. A row whose height stays the same keeps
    its place, and every row other than the changed ones keeps its geometry
    (the very same objects). If a row's height changes, the rows below move
    down or up by the difference. A connector is routed again only if one of
    its cards' boxes, its own fields or place in the list, or a row it may run
    along changed; the others keep their routes (the same objects). Any other change
    (stages, lanes, title, personas, curves, metrics, assets, language,
    emotion scale) makes this a full :func:`compute_layout`. The result
    equals ``compute_layout(doc, measurer, layout.style)`` provided
    ``changed_card_ids`` names every card whose cell changed and
    ``measurer`` measures as before.
    """
    structure = _structure_key(doc)
    if structure != layout.cache.structure:
        return compute_layout(doc, measurer, layout.style)
    cache = layout.cache
    changed = find_items(doc, "cards", changed_card_ids)  # those still in the map
    touched_cells = {(c.lane_id, c.stage_id) for c in changed.values()}
    for card_id in changed_card_ids:
        old = cache.card_index.get(card_id)
        if old is not None:
            touched_cells.add((old.lane_id, old.stage_id))
    # A touched cell now holds its earlier cards that did not change, plus the changed cards now in it.
    members = set(changed)
    touched: dict[str, set[str]] = {}
    for lane_id, stage_id in touched_cells:
        touched.setdefault(lane_id, set()).add(stage_id)
        row = cache.rows_placed.get(lane_id)
        if row is not None:  # deleted cards among these are not in the map's index below
            members.update([box.card_id for box in row.cell_cards.get(stage_id, ())])
    index = positions(doc, "cards")
    places = sorted([index[card_id] for card_id in members if card_id in index])  # ties keep list order
    cells = _group_cards(doc, map(doc.cards.__getitem__, places), touched_cells)
    ctx = _card_context(doc, measurer, layout.style)
    edited = {i for i in changed_card_ids if i not in changed and i not in cache.card_index}
    return _assemble(doc, cache.frame, layout.title, layout.stage_headers, cache.rows_local,
                     cells, ctx, Reuse(cache, layout.connectors, touched, edited), structure)


def _assemble(doc: JourneyMap, frame: Frame, title: Optional[HeaderBox], stage_headers: tuple[HeaderBox, ...],
              rows_local: Mapping[str, RowLocal], cards: Mapping[tuple[str, str], list[Card]],
              ctx: CardContext, reuse: Reuse, structure: Hashable) -> MapLayout:
    """Place the rows top to bottom and route the connectors, keeping what ``reuse`` says still holds."""
    style = ctx.style
    y = frame.grid_top
    placed: dict[str, RowPlaced] = {}
    lane_rows: list[Span] = []
    spans = reuse.lane_spans(len(doc.lanes))
    for i, lane in enumerate(doc.lanes):
        row = place_row(rows_local[lane.id], y, frame, cards, ctx, reuse.row(lane.id))
        placed[lane.id] = row
        lane_rows.append(spans.span(i, lane.id, y, y + row.height))
        y += row.height
    rows = [placed[lane.id] for lane in doc.lanes]
    all_cards = tuple(chain.from_iterable(row.cards for row in rows))
    connectors, cache = _route(doc, frame, rows_local, placed, all_cards, tuple(lane_rows), ctx, reuse, structure)
    return MapLayout(
        style=style, width=frame.grid_right + style.margin, height=y + style.margin, title=title,
        stage_headers=stage_headers, lane_headers=tuple(row.header for row in rows),
        stage_columns=frame.columns, lane_rows=tuple(lane_rows),
        grid=Rect(frame.grid_x, frame.grid_top, frame.grid_right - frame.grid_x, y - frame.grid_top),
        cells=tuple(chain.from_iterable(row.cells for row in rows)), cards=all_cards,
        emotion_bands=tuple(row.band for row in rows if row.band is not None),
        curves=tuple(chain.from_iterable(row.curves for row in rows)),
        legend=tuple(chain.from_iterable(row.legend for row in rows)),
        metric_rows=tuple(chain.from_iterable(row.metric_rows for row in rows)), connectors=connectors, cache=cache,
    )


def _route(doc: JourneyMap, frame: Frame, rows_local: Mapping[str, RowLocal], placed: dict[str, RowPlaced],
           all_cards: tuple[CardBox, ...], lane_rows: tuple[Span, ...], ctx: CardContext, reuse: Reuse,
           structure: Hashable) -> tuple[tuple[ConnectorPath, ...], LayoutCache]:
    """The connectors' paths between the placed cards, and what a later re-layout may reuse."""
    links: Mapping[str, tuple[int, ...]]
    earlier = reuse.earlier(placed)
    if earlier is None:
        card_index = {card.card_id: card for card in all_cards}
        connectors, routes = route_all(doc.connectors, card_index, frame.columns, lane_rows, ctx.measurer,
                                       ctx.style)
        links = card_links(doc.connectors)
    else:
        card_index, was = earlier
        connectors, routes, links = reroute(doc.connectors, card_index, frame.columns, lane_rows, ctx.measurer,
                                            ctx.style, was)
    return connectors, LayoutCache(structure, frame, rows_local, placed, card_index, lane_rows, routes,
                                   reuse.routed(doc.connectors), links)


def _card_context(doc: JourneyMap, measurer: TextMeasurer, style: LayoutStyle) -> CardContext:
    return CardContext(measurer, style, {a.id: (a.width, a.height) for a in doc.assets})


_ORDER = attrgetter("order")


def _group_cards(doc: JourneyMap, cards: Iterable[Card],
                 only: Optional[Set[tuple[str, str]]] = None) -> dict[tuple[str, str], list[Card]]:
    """Cards of card lanes by (lane id, stage id), each cell in display order (stable on ties); with
    ``only``, just the cards of those cells."""
    card_lanes = [lane.id for lane in doc.lanes if lane.kind in CARD_LANE_KINDS]
    wanted = {(lane_id, s.id) for lane_id in card_lanes for s in doc.stages}
    if only is not None:
        wanted.intersection_update(only)
    grouped: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        cell = (card.lane_id, card.stage_id)
        if cell in wanted:
            grouped.setdefault(cell, []).append(card)
    for cell_cards in grouped.values():
        cell_cards.sort(key=_ORDER)
    return grouped


def _structure_key(doc: JourneyMap) -> Hashable:
    """Everything but cards and connectors that the layout depends on."""
    # Lists in tuple(): faster than generators, and this runs on every edit.
    return (
        doc.id, doc.title, doc.description, doc.client, doc.author, doc.language,
        doc.emotion_scale.min, doc.emotion_scale.max,
        tuple([(s.id, s.name, s.description, s.colour, s.width) for s in doc.stages]),
        tuple([(lane.id, lane.kind, lane.title, lane.colour, lane.height) for lane in doc.lanes]),
        tuple([(p.id, p.name, p.colour) for p in doc.personas]),
        tuple([(c.id, c.lane_id, c.persona_id, c.variant, c.visible,
                tuple([(p.stage_id, p.value, p.label) for p in c.points])) for c in doc.curves]),
        tuple([(m.id, m.lane_id, m.name, m.unit, m.higher_is_better, tuple(m.values.items()),
                tuple(m.targets.items())) for m in doc.metrics]),
        tuple([(a.id, a.width, a.height) for a in doc.assets]),
    )
