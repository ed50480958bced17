from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.layout import MapLayout, MonoMeasurer, compute_layout, relayout
from journeymapper.model import CARD_LANE_KINDS, Card, Connector, JourneyMap, Stage
from tests.layout.layout_docs import add_card, card_fields, random_maps, simple_map, words

MEASURER = MonoMeasurer()


@st.composite
def card_edit(draw: st.DrawFn, doc: JourneyMap) -> set[str]:
    """Apply one random card edit to ``doc`` in place; return the ids it changed."""
    card_lanes = [lane.id for lane in doc.lanes if lane.kind in CARD_LANE_KINDS]
    stages = [s.id for s in doc.stages]
    kinds = ["add"] + (["text", "move", "delete", "order", "fields", "link"] if doc.cards else [])
    kinds += ["label", "unlink"] if doc.connectors else []
    kind = draw(st.sampled_from(kinds))
    if kind in ("link", "label", "unlink"):
        return connector_edit(draw, doc, kind)
    if kind == "add":
        card = Card(id=f"new{len(doc.cards)}-{draw(st.integers(0, 10**6))}",
                    lane_id=draw(st.sampled_from(card_lanes)), stage_id=draw(st.sampled_from(stages)),
                    order=draw(st.integers(0, 30)), **draw(card_fields()))
        doc.cards.insert(draw(st.integers(0, len(doc.cards))), card)
        return {card.id}
    card = draw(st.sampled_from(doc.cards))
    if kind == "text":
        card.text = draw(st.sampled_from(["", "x", words(3), words(40), card.text + "\n" + card.text]))
    elif kind == "move":
        card.lane_id, card.stage_id = draw(st.sampled_from(card_lanes)), draw(st.sampled_from(stages))
    elif kind == "delete":
        doc.cards.remove(card)
    elif kind == "order":
        card.order = draw(st.integers(0, 30))
    else:
        for name, value in draw(card_fields()).items():
            setattr(card, name, value)
    return {card.id}


def connector_edit(draw: st.DrawFn, doc: JourneyMap, kind: str) -> set[str]:
    """Add, relabel (in place) or remove a connector; the change names the connector only."""
    if kind == "link":
        ends = [draw(st.sampled_from(doc.cards)).id for _ in range(2)]
        connector = Connector(id=f"k-new{len(doc.connectors)}-{draw(st.integers(0, 10**6))}",
                              from_card=ends[0], to_card=ends[1], label=draw(st.sampled_from(["", "then"])))
        doc.connectors.insert(draw(st.integers(0, len(doc.connectors))), connector)
        return {connector.id}
    connector = draw(st.sampled_from(doc.connectors))
    if kind == "label":
        connector.label = draw(st.sampled_from(["", "x", words(6)]))
    else:
        doc.connectors.remove(connector)
    return {connector.id}


@settings(max_examples=120, deadline=None)
@given(data=st.data(), doc=random_maps(max_cards=15))
def test_relayout_equals_a_full_layout(data: st.DataObject, doc: JourneyMap) -> None:
    layout = compute_layout(doc, MEASURER)
    for _ in range(data.draw(st.integers(1, 4))):
        changed = data.draw(card_edit(doc))
        layout = relayout(layout, doc, MEASURER, changed)
        full = compute_layout(doc, MEASURER)
        assert layout == full
        assert layout.cache.card_index == full.cache.card_index


def _lanes_map() -> tuple[JourneyMap, MapLayout]:
    doc = simple_map(lane_kinds=[*sorted(CARD_LANE_KINDS, key=lambda k: k.value)[:3]])
    for lane in range(3):
        for stage in range(3):
            add_card(doc, lane, stage, words(3))
    return doc, compute_layout(doc, MEASURER)


def test_same_height_leaves_other_rows_untouched() -> None:
    doc, layout = _lanes_map()
    doc.cards[4].text = "four"  # lane 1, still one line
    after = relayout(layout, doc, MEASURER, {doc.cards[4].id})
    assert after.lane_rows == layout.lane_rows
    for lane_id in ("l0", "l2"):
        for stage_id in ("s0", "s1", "s2"):
            old_cards, new_cards = layout.cell_cards(lane_id, stage_id), after.cell_cards(lane_id, stage_id)
            assert all(old is new for old, new in zip(old_cards, new_cards, strict=True))
    assert after.cell_cards("l1", "s0")[0] is layout.cell_cards("l1", "s0")[0]
    assert after.card(doc.cards[4].id).lines[0].text == "four"  # type: ignore[union-attr]


def test_taller_row_moves_the_rows_below() -> None:
    doc, layout = _lanes_map()
    doc.cards[4].text = words(60)
    after = relayout(layout, doc, MEASURER, {doc.cards[4].id})
    grow = after.lane_rows[1].size - layout.lane_rows[1].size
    assert grow > 0
    assert after.lane_rows[0] == layout.lane_rows[0]
    assert after.cell_cards("l0", "s0")[0] is layout.cell_cards("l0", "s0")[0]
    moved_old, moved_new = layout.cell_cards("l2", "s1")[0], after.cell_cards("l2", "s1")[0]
    assert moved_new.rect.y - moved_old.rect.y == grow  # exact: card y values are on a 1/64 pt grid
    old_baselines = [line.y_baseline for line in moved_old.lines]
    assert [line.y_baseline - grow for line in moved_new.lines] == old_baselines
    assert after == compute_layout(doc, MEASURER)


def test_structure_change_falls_back_to_a_full_layout() -> None:
    doc, layout = _lanes_map()
    doc.stages.append(Stage(id="s9", name="New"))
    after = relayout(layout, doc, MEASURER, set())
    assert len(after.stage_columns) == 4
    assert after == compute_layout(doc, MEASURER)
