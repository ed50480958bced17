"""Big maps must lay out fast with the real font measurer (bounds are loose to stay stable on slow CI)."""

from __future__ import annotations

import random
import time

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


def test_five_thousand_cards() -> None:
    doc = big_map()
    measurer = FontMeasurer()  # a cold width cache
    start = time.perf_counter()
    layout = compute_layout(doc, measurer)
    cold = time.perf_counter() - start
    assert len(layout.cards) == 5000
    assert cold < 3.0, f"cold layout took {cold:.2f} s"

    start = time.perf_counter()
    compute_layout(doc, measurer)
    warm = time.perf_counter() - start
    assert warm < 2.0, f"warm layout took {warm:.2f} s"

    doc.cards[10].text += " and a few more words to make it taller " * 5
    start = time.perf_counter()
    relayout(layout, doc, measurer, {doc.cards[10].id})
    incremental = time.perf_counter() - start
    assert incremental < max(0.25, warm / 3), f"relayout took {incremental:.3f} s"
