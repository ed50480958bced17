from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings

from journeymapper.layout import LayoutStyle, MapLayout, MonoMeasurer, compute_layout
from journeymapper.model import Channel, JourneyMap, LaneKind, Language
from tests.layout.layout_docs import PNG_1x3, PNG_2x1, add_card, random_maps, simple_map, words

STYLE = LayoutStyle()
EPS = 1e-6


def check_grid_invariants(layout: MapLayout, doc: JourneyMap) -> None:
    cols = {c.id: c for c in layout.stage_columns}
    rows = {r.id: r for r in layout.lane_rows}
    # Cells tile the grid: one per lane x stage, same x per column and same y per row.
    assert len(layout.cells) == len(doc.lanes) * len(doc.stages)
    for cell in layout.cells:
        assert (cell.rect.x, cell.rect.right) == (cols[cell.stage_id].start, cols[cell.stage_id].end)
        row = rows[cell.lane_id]
        assert (cell.rect.y, cell.rect.bottom) == pytest.approx((row.start, row.end))
    for a, b in itertools.pairwise(layout.stage_columns):
        assert a.end == b.start
    for a, b in itertools.pairwise(layout.lane_rows):
        assert a.end == b.start
    # Every card is inside its cell and no two cards overlap.
    for card in layout.cards:
        cell = layout.cell_rect(card.lane_id, card.stage_id)
        assert cell is not None and cell.inset(STYLE.cell_padding - EPS).contains_rect(card.rect)
    for a, b in itertools.combinations(layout.cards, 2):
        assert not a.rect.intersects(b.rect), (a.card_id, b.card_id)
    assert layout.width >= layout.grid.right and layout.height >= layout.grid.bottom


@settings(max_examples=60, deadline=None)
@given(doc=random_maps())
def test_random_maps_keep_the_grid_invariants(doc: JourneyMap) -> None:
    check_grid_invariants(compute_layout(doc, MonoMeasurer()), doc)


def test_every_card_of_a_card_lane_is_laid_out_in_order(mono: MonoMeasurer) -> None:
    doc = simple_map()
    for i in range(3):
        add_card(doc, 0, 1, f"card {i}")
    doc.cards[0].order, doc.cards[2].order = 2, 0
    layout = compute_layout(doc, mono)
    cell = layout.cell_cards("l0", "s1")
    assert [c.card_id for c in cell] == ["c2", "c1", "c0"]
    assert [c.index for c in cell] == [0, 1, 2]
    assert all(a.rect.bottom + STYLE.card_gap == pytest.approx(b.rect.y) for a, b in itertools.pairwise(cell))


def test_cards_fill_the_cell_width(mono: MonoMeasurer) -> None:
    doc = simple_map()
    add_card(doc, 1, 2)
    layout = compute_layout(doc, mono)
    (card,) = layout.cards
    col = layout.stage_column("s2")
    assert col is not None
    assert card.rect.x == col.start + STYLE.cell_padding
    assert card.rect.w == pytest.approx(col.size - 2 * STYLE.cell_padding)


def test_stage_width_scales_the_column(mono: MonoMeasurer) -> None:
    layout = compute_layout(simple_map(stage_widths=(1.0, 2.0, 0.5)), mono)
    sizes = [c.size for c in layout.stage_columns]
    assert sizes == [STYLE.base_column_width * w for w in (1.0, 2.0, 0.5)]
    assert layout.stage_columns[0].start == STYLE.margin + STYLE.lane_header_width


def test_lane_grows_with_its_tallest_cell(mono: MonoMeasurer) -> None:
    doc = simple_map(lane_heights=[1.0, 1.5])
    empty = compute_layout(doc, mono)
    assert [r.size for r in empty.lane_rows] == [STYLE.min_lane_height, STYLE.min_lane_height * 1.5]
    for _ in range(6):
        add_card(doc, 0, 1, words(12))
    add_card(doc, 0, 2, "short")
    layout = compute_layout(doc, mono)
    row = layout.lane_rows[0]
    tallest = layout.cell_cards("l0", "s1")
    assert row.size > STYLE.min_lane_height
    assert row.end == pytest.approx(tallest[-1].rect.bottom + STYLE.cell_padding)
    assert layout.lane_rows[1].size == STYLE.min_lane_height * 1.5


def test_card_height_follows_its_text(mono: MonoMeasurer) -> None:
    doc = simple_map()
    add_card(doc, 1, 0, "one line")
    add_card(doc, 1, 1, words(30))
    layout = compute_layout(doc, mono)
    short, long = layout.card("c0"), layout.card("c1")
    assert short is not None and long is not None
    line_h = mono.line_height(STYLE.card_text_size)
    assert short.rect.h == pytest.approx(2 * STYLE.card_padding + line_h)
    assert long.rect.h == pytest.approx(2 * STYLE.card_padding + len(long.lines) * line_h)
    for line in long.lines:  # inside the card's padding
        assert long.rect.x + STYLE.card_padding <= line.x
        assert line.x + mono.width(line.text, line.size) <= long.rect.right - STYLE.card_padding + EPS
        assert long.rect.y + STYLE.card_padding < line.y_baseline < long.rect.bottom - STYLE.card_padding


def test_channel_icon_and_evidence_marker(mono: MonoMeasurer) -> None:
    doc = simple_map()
    add_card(doc, 0, 0, "touch", channel=Channel.EMAIL)
    add_card(doc, 1, 0, "plain")
    layout = compute_layout(doc, mono)
    touch, plain = layout.card("c0"), layout.card("c1")
    assert touch is not None and plain is not None
    assert touch.channel == "email" and touch.channel_rect is not None
    assert plain.channel is None and plain.channel_rect is None
    assert touch.lines[0].x >= touch.channel_rect.right + STYLE.icon_gap - EPS
    for card in (touch, plain):
        assert card.evidence == "assumed" and card.evidence_fill is None
        assert card.evidence_rect.right == pytest.approx(card.rect.right - STYLE.card_padding)
        assert card.rect.contains_rect(card.evidence_rect)
        last = card.lines[-1]
        assert last.x + mono.width(last.text, STYLE.card_text_size) <= card.evidence_rect.x


def test_image_keeps_its_aspect_ratio(mono: MonoMeasurer) -> None:
    doc = simple_map(lane_kinds=(LaneKind.IMAGES,))
    add_card(doc, 0, 0, "", image=PNG_2x1.id)
    add_card(doc, 0, 1, "", image=PNG_1x3.id)
    add_card(doc, 0, 2, "", image="no-such-asset")
    layout = compute_layout(doc, mono)
    wide, tall, missing = (layout.card(f"c{i}") for i in range(3))
    assert wide is not None and tall is not None and missing is not None
    assert wide.image_rect is not None and tall.image_rect is not None and missing.image_rect is None
    assert wide.image_rect.w == pytest.approx(wide.rect.w - 2 * STYLE.card_padding)
    assert wide.image_rect.w / wide.image_rect.h == pytest.approx(2.0)
    assert tall.image_rect.h == STYLE.max_image_height  # capped, then narrowed and centred
    assert tall.image_rect.w / tall.image_rect.h == pytest.approx(1 / 3)
    assert tall.image_rect.cx == pytest.approx(tall.rect.cx)
    assert tall.image_rect.y == tall.rect.y + STYLE.card_padding
    assert wide.rect.h > wide.image_rect.h and wide.image_asset == PNG_2x1.id


def test_headers(mono: MonoMeasurer) -> None:
    doc = simple_map()
    doc.stages[1].description = "A longer description " * 5
    doc.stages[0].colour = "#FFFFFF"
    layout = compute_layout(doc, mono)
    assert layout.title is not None and layout.title.lines[0].text == "Buying a bike"
    assert layout.title.lines[0].bold
    for header, col in zip(layout.stage_headers, layout.stage_columns, strict=True):
        assert (header.rect.x, header.rect.w) == (col.start, col.size)
        assert header.rect.bottom == layout.grid.y
        assert header.lines[0].bold and header.lines[0].size == STYLE.stage_name_size
    assert len({h.rect.h for h in layout.stage_headers}) == 1
    assert len(layout.stage_headers[1].lines) > 2  # name + wrapped description
    assert layout.stage_headers[0].lines[0].colour == STYLE.text_colour  # dark text on white
    assert layout.stage_headers[1].lines[0].colour == STYLE.text_on_dark_colour  # default stage fill is dark
    for header, row in zip(layout.lane_headers, layout.lane_rows, strict=True):
        assert (header.rect.y, header.rect.bottom) == (row.start, row.end)
        assert header.rect.right == layout.grid.x
        assert [line.text for line in header.lines][-1] in ("Touchpoints", "Actions")


def test_danish_kind_labels(mono: MonoMeasurer) -> None:
    doc = simple_map()
    doc.language = Language.DA
    layout = compute_layout(doc, mono)
    assert layout.lane_headers[0].lines[-1].text == "Berøringspunkter"  # the glossary's word


def test_cards_of_unknown_or_non_card_lanes_are_left_out(mono: MonoMeasurer) -> None:
    doc = simple_map(lane_kinds=(LaneKind.TEXT, LaneKind.EMOTIONS))
    add_card(doc, 1, 0, "in an emotions lane")
    add_card(doc, 0, 0, "fine")
    doc.cards[1].stage_id = "gone"
    assert compute_layout(doc, mono).cards == ()


def test_empty_map(mono: MonoMeasurer) -> None:
    layout = compute_layout(JourneyMap(id="empty", title=""), mono)
    assert layout.title is None and layout.cards == () and layout.cells == ()
    assert layout.cell_at(100, 100) is None and layout.stage_insert_index(0) == 0


# -- hit testing ----------------------------------------------------------------------


def _two_card_layout(mono: MonoMeasurer) -> MapLayout:
    doc = simple_map()
    add_card(doc, 0, 1, "first")
    add_card(doc, 0, 1, "second")
    return compute_layout(doc, mono)


def test_cell_at_and_card_at(mono: MonoMeasurer) -> None:
    layout = _two_card_layout(mono)
    first, second = layout.cell_cards("l0", "s1")
    assert layout.cell_at(*first.rect.center) == ("l0", "s1")
    assert layout.card_at(*first.rect.center) == first
    assert layout.card_at(*second.rect.center) == second
    gap_y = (first.rect.bottom + second.rect.y) / 2
    assert layout.card_at(first.rect.cx, gap_y) is None
    assert layout.cell_at(layout.stage_columns[2].centre, layout.lane_rows[1].centre) == ("l1", "s2")
    assert layout.cell_at(layout.grid.x - 1, layout.grid.cy) is None  # lane header
    assert layout.cell_at(layout.grid.cx, layout.grid.bottom) is None  # below the grid


def test_insertion_index_and_marker(mono: MonoMeasurer) -> None:
    layout = _two_card_layout(mono)
    first, second = layout.cell_cards("l0", "s1")
    assert layout.insertion_index("l0", "s1", first.rect.y) == 0
    assert layout.insertion_index("l0", "s1", first.rect.bottom) == 1
    assert layout.insertion_index("l0", "s1", second.rect.bottom + 50) == 2
    assert layout.insertion_index("l0", "s0", 500) == 0  # empty cell
    marker = layout.insertion_marker("l0", "s1", 1)
    assert marker is not None and first.rect.bottom < marker.cy < second.rect.y
    end = layout.insertion_marker("l0", "s1", 2)
    assert end is not None and end.cy > second.rect.bottom
    empty = layout.insertion_marker("l1", "s0", 0)
    cell = layout.cell_rect("l1", "s0")
    assert empty is not None and cell is not None and cell.contains(*empty.center)


def test_stage_and_lane_insert_index(mono: MonoMeasurer) -> None:
    layout = compute_layout(simple_map(stage_widths=(1, 2, 1)), mono)
    cols, rows = layout.stage_columns, layout.lane_rows
    assert layout.stage_insert_index(cols[0].start) == 0
    assert layout.stage_insert_index(cols[0].centre + 1) == 1
    assert layout.stage_insert_index(cols[1].centre - 1) == 1
    assert layout.stage_insert_index(cols[2].end + 100) == 3
    assert layout.lane_insert_index(rows[0].start) == 0
    assert layout.lane_insert_index(rows[1].centre + 1) == 2


def test_boundaries_near(mono: MonoMeasurer) -> None:
    layout = compute_layout(simple_map(), mono)
    cols, rows = layout.stage_columns, layout.lane_rows
    assert layout.stage_boundary_near(cols[1].end + 3) == "s1"
    assert layout.stage_boundary_near(cols[1].end - 2) == "s1"
    assert layout.stage_boundary_near(cols[1].centre) is None
    assert layout.lane_boundary_near(rows[0].end) == "l0"
    assert layout.lane_boundary_near(rows[0].end + 10, tolerance=12) == "l0"
    assert layout.lane_boundary_near(rows[0].centre) is None
