"""Small documents and Hypothesis strategies for the layout tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from journeymapper.layout import MapLayout
from journeymapper.model import (
    CARD_LANE_KINDS,
    Asset,
    Card,
    Channel,
    Connector,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
)

PNG_2x1 = Asset(id="img-wide", mime="image/png", width=200, height=100, data="")
PNG_1x3 = Asset(id="img-tall", mime="image/png", width=100, height=300, data="")


def simple_map(stage_widths: Sequence[float] = (1.0, 1.0, 1.0),
               lane_kinds: Sequence[LaneKind] = (LaneKind.TOUCHPOINTS, LaneKind.ACTIONS),
               lane_heights: Sequence[float] | None = None) -> JourneyMap:
    heights = lane_heights or [1.0] * len(lane_kinds)
    return JourneyMap(
        id="map-1",
        title="Buying a bike",
        stages=[Stage(id=f"s{i}", name=f"Stage {i}", width=w) for i, w in enumerate(stage_widths)],
        lanes=[Lane(id=f"l{i}", kind=k, title=f"Lane {i}", height=h)
               for i, (k, h) in enumerate(zip(lane_kinds, heights, strict=True))],
        assets=[PNG_2x1, PNG_1x3],
    )


def add_card(doc: JourneyMap, lane: int, stage: int, text: str = "card", **fields: Any) -> Card:
    lane_id, stage_id = doc.lanes[lane].id, doc.stages[stage].id
    order = sum(1 for c in doc.cards if c.lane_id == lane_id and c.stage_id == stage_id)
    card = Card(id=fields.pop("id", f"c{len(doc.cards)}"), lane_id=lane_id, stage_id=stage_id, order=order,
                text=text, **fields)
    doc.cards.append(card)
    return card


def words(n: int) -> str:
    return " ".join(f"word{i}" for i in range(n))


# -- Hypothesis ---------------------------------------------------------------------

TEXTS = st.text(alphabet="ab cdé\nXYZ", max_size=60)


@st.composite
def random_maps(draw: st.DrawFn, max_cards: int = 25) -> JourneyMap:
    """A map of card lanes (plus maybe an emotions and a kpis lane) with random cards and connectors."""
    n_stages = draw(st.integers(1, 4))
    widths = draw(st.lists(st.sampled_from([0.5, 1.0, 1.5, 2.0]), min_size=n_stages, max_size=n_stages))
    card_kinds = sorted(CARD_LANE_KINDS, key=lambda k: k.value)
    kinds = draw(st.lists(st.sampled_from(card_kinds), min_size=1, max_size=3))
    if draw(st.booleans()):
        kinds.insert(draw(st.integers(0, len(kinds))), LaneKind.EMOTIONS)
    if draw(st.booleans()):
        kinds.insert(draw(st.integers(0, len(kinds))), LaneKind.KPIS)
    heights = draw(st.lists(st.sampled_from([0.5, 1.0, 2.0]), min_size=len(kinds), max_size=len(kinds)))
    doc = simple_map(widths, kinds, heights)
    card_lanes = [i for i, k in enumerate(kinds) if k in CARD_LANE_KINDS]
    for _ in range(draw(st.integers(0, max_cards))):
        lane, stage = draw(st.sampled_from(card_lanes)), draw(st.integers(0, n_stages - 1))
        add_card(doc, lane, stage, **draw(card_fields()))
    if doc.cards:
        ids = [c.id for c in doc.cards]
        for k in range(draw(st.integers(0, 6))):
            ends = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            label = draw(st.sampled_from(["", "then"]))
            doc.connectors.append(Connector(id=f"k{k}", from_card=ends[0], to_card=ends[1], label=label))
    return doc


@st.composite
def card_fields(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "text": draw(TEXTS),
        "channel": draw(st.none() | st.sampled_from(list(Channel))),
        "evidence": draw(st.sampled_from(list(Evidence))),
        "image": draw(st.none() | st.sampled_from([PNG_2x1.id, PNG_1x3.id])),
        "colour": draw(st.none() | st.just("#FFCC00")),
    }


def all_segments(layout: MapLayout) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    return [(c.points[i], c.points[i + 1]) for c in layout.connectors for i in range(len(c.points) - 1)]
