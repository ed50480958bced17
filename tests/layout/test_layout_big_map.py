"""A big map with the real font measurer: laid out completely, and incremental relayout stays exact."""

from __future__ import annotations

import random

from journeymapper.layout import FontMeasurer, compute_layout, relayout
from journeymapper.model import Card, Connector, LaneKind
from tests.layout.layout_docs import simple_map

VOCABULARY = ["customer", "wants", "to", "compare", "prices", "quickly", "before", "buying", "online",
              "store,", "asks", "friends,", "reviews,", "gets", "frustrated", "when", "delivery", "late"]


def big_map(n_cards: int = 5000):  # type: ignore[no-untyped-def]
    rnd = random.Random(7)
    kinds = (LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS,
             LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE)
    doc = simple_map([rnd.choice([0.5, 1.0, 1.5]) for _ in range(12)], kinds)
    for i in range(n_cards):
        text = " ".join(f"{rnd.choice(VOCABULARY)}{rnd.randrange(300)}" for _ in range(rnd.randint(3, 30)))
        lane, stage = rnd.choice(doc.lanes), rnd.choice(doc.stages)
        doc.cards.append(Card(id=f"c{i}", lane_id=lane.id, stage_id=stage.id, order=i, text=text))
    doc.connectors = [Connector(id=f"k{i}", from_card=f"c{rnd.randrange(n_cards)}",
                                to_card=f"c{rnd.randrange(n_cards)}") for i in range(200)]
    return doc


def test_five_thousand_cards_lay_out_and_relayout_matches() -> None:
    """Correctness on a big map; its speed is measured in benchmarks/, never asserted in tests."""
    doc = big_map()
    measurer = FontMeasurer()
    layout = compute_layout(doc, measurer)
    assert len(layout.cards) == 5000
    doc.cards[10].text += " and a few more words to make it taller " * 5
    assert relayout(layout, doc, measurer, {doc.cards[10].id}) == compute_layout(doc, measurer)
