"""What a re-layout keeps of the previous layout (layout/reuse.py), decided apart from the geometry."""

from __future__ import annotations

from journeymapper.layout import MonoMeasurer, compute_layout
from journeymapper.layout.cards import CardContext
from journeymapper.layout.reuse import FRESH_ROW, NOTHING, Reuse, RowReuse, changed_cells
from journeymapper.layout.rows import place_row
from journeymapper.model import CARD_LANE_KINDS
from tests.layout.layout_docs import add_card, simple_map, words

MEASURER = MonoMeasurer()


def _layout():
    doc = simple_map(lane_kinds=[*sorted(CARD_LANE_KINDS, key=lambda k: k.value)[:2]])
    for lane in range(2):
        for stage in range(3):
            add_card(doc, lane, stage, words(3))
    return doc, compute_layout(doc, MEASURER)


def test_a_full_layout_keeps_nothing():
    _, layout = _layout()
    row = layout.cache.rows_placed["l0"]
    assert FRESH_ROW.whole(row.y) is None and FRESH_ROW.cell("s0", row.y) is None
    assert FRESH_ROW.frame(row.y, row.height) is None and FRESH_ROW.overlays(row.y) is None
    assert FRESH_ROW.earlier_cards("s0") is None
    assert NOTHING.row("l0") is FRESH_ROW and NOTHING.earlier(layout.cache.rows_placed) is None


def test_an_unchanged_row_in_place_is_kept_whole_and_a_moved_one_cell_by_cell():
    _, layout = _layout()
    row = layout.cache.rows_placed["l1"]
    reuse = RowReuse(row)
    assert reuse.whole(row.y) is row and reuse.whole(row.y + 8) is None
    kept = reuse.cell("s1", row.y + 8)
    assert kept is not None and kept.keys == row.cell_keys["s1"]
    assert [b.rect.y for b in kept.boxes] == [b.rect.y + 8 for b in row.cell_cards["s1"]]
    assert reuse.frame(row.y + 8, row.height) is None and reuse.overlays(row.y + 8) is None
    assert reuse.frame(row.y, row.height) == (row.header, row.cells)
    assert reuse.frame(row.y, row.height + 1) is None  # a taller row needs taller cells


def test_a_changed_cell_is_laid_out_again_from_its_earlier_boxes():
    doc, layout = _layout()
    row = layout.cache.rows_placed["l0"]
    reuse = Reuse(layout.cache, layout.connectors, {"l0": {"s2"}}).row("l0")
    assert reuse.whole(row.y) is None and reuse.cell("s2", row.y) is None
    assert reuse.cell("s0", row.y).boxes is row.cell_cards["s0"]  # the very same boxes
    earlier = reuse.earlier_cards("s2")
    assert {card_id: box for card_id, (_, box) in earlier.items()} == {b.card_id: b for b in row.cell_cards["s2"]}

    # Placed again with nothing changed in the cell's cards: every box is the same object.
    cards = {("l0", "s2"): [c for c in doc.cards if (c.lane_id, c.stage_id) == ("l0", "s2")]}
    ctx = CardContext(MEASURER, layout.style, {})
    again = place_row(layout.cache.rows_local["l0"], row.y, layout.cache.frame, cards, ctx, reuse)
    assert again is not row and again == row
    assert all(a is b for a, b in zip(again.cards, row.cards, strict=True))
    changes = list(changed_cells({"l0": row}, {"l0": again}))
    assert [(c.gone, c.came) for c in changes] == [([], [])]  # the cell was laid out, no box changed
