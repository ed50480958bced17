"""Map builders for the analysis tests: a tiny fluent builder, a clean map, a big map."""

from __future__ import annotations

import random
from typing import Optional

import pytest

from journeymapper.model import (
    Card,
    Connector,
    ConnectorStyle,
    Curve,
    CurvePoint,
    CurveVariant,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
)

STAGES = ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy")


class MapBuilder:
    """Builds a JourneyMap step by step; every method returns the new item's id."""

    def __init__(self) -> None:
        self.doc = JourneyMap(title="Laptop shop")
        self._n = 0

    def _id(self, prefix: str, given: Optional[str]) -> str:
        self._n += 1
        return given or f"{prefix}{self._n}"

    def stage(self, name: str, id: Optional[str] = None) -> str:
        sid = self._id("stage", id)
        self.doc.stages.append(Stage(id=sid, name=name))
        return sid

    def lane(self, kind: LaneKind, title: Optional[str] = None, id: Optional[str] = None) -> str:
        lid = self._id("lane", id)
        self.doc.lanes.append(Lane(id=lid, kind=kind, title=title or kind.value))
        return lid

    def card(self, lane: str, stage: str, text: str, id: Optional[str] = None,
             evidence: Evidence = Evidence.OBSERVED) -> str:
        cid = self._id("card", id)
        order = sum(1 for c in self.doc.cards if c.lane_id == lane and c.stage_id == stage)
        self.doc.cards.append(Card(id=cid, lane_id=lane, stage_id=stage, order=order, text=text,
                                   evidence=evidence))
        return cid

    def connect(self, a: str, b: str, style: ConnectorStyle = ConnectorStyle.FLOW,
                label: str = "") -> str:
        cid = self._id("conn", None)
        self.doc.connectors.append(Connector(id=cid, from_card=a, to_card=b, style=style, label=label))
        return cid

    def persona(self, name: str, id: Optional[str] = None) -> str:
        pid = self._id("persona", id)
        self.doc.personas.append(Persona(id=pid, name=name))
        return pid

    def curve(self, lane: str, persona: str, values: dict[str, int],
              variant: CurveVariant = CurveVariant.AS_IS) -> str:
        cid = self._id("curve", None)
        points = [CurvePoint(stage_id=s, value=v) for s, v in values.items()]
        self.doc.curves.append(Curve(id=cid, lane_id=lane, persona_id=persona, variant=variant,
                                     points=points))
        return cid

    def metric(self, lane: str, name: str, values: dict[str, float],
               targets: Optional[dict[str, float]] = None, unit: str = "",
               higher_is_better: bool = True, id: Optional[str] = None) -> str:
        mid = self._id("metric", id)
        self.doc.metrics.append(Metric(id=mid, lane_id=lane, name=name, unit=unit, values=values,
                                       targets=targets or {}, higher_is_better=higher_is_better))
        return mid


@pytest.fixture
def builder() -> MapBuilder:
    return MapBuilder()


@pytest.fixture
def clean(builder: MapBuilder) -> MapBuilder:
    """The laptop-shop journey with nothing for the check to complain about.

    Ids: stages aw, co, pu, re, ad; lanes tp, pain, opp, emo, kpi; one touchpoint
    per stage (t_aw, ...); persona anna with a complete curve dipping at purchase,
    where a pain point and its opportunity are recorded.
    """
    b = builder
    aw, co, pu, re, ad = (b.stage(name, id=key) for name, key in
                          zip(STAGES, ("aw", "co", "pu", "re", "ad"), strict=True))
    tp = b.lane(LaneKind.TOUCHPOINTS, "Touchpoints", id="tp")
    pain = b.lane(LaneKind.PAIN_POINTS, "Pain points", id="pain")
    opp = b.lane(LaneKind.OPPORTUNITIES, "Opportunities", id="opp")
    emo = b.lane(LaneKind.EMOTIONS, "Emotions", id="emo")
    kpi = b.lane(LaneKind.KPIS, "KPIs", id="kpi")
    texts = ("Blog post on new laptops", "In-depth review", "Checkout with coupon",
             "Follow-up e-mail", "Exclusive offer")
    for stage, text in zip((aw, co, pu, re, ad), texts, strict=True):
        b.card(tp, stage, text, id=f"t_{stage}")
    b.card(pain, pu, "Coupon code rejected", id="pain_pu")
    b.card(opp, pu, "Apply coupons automatically", id="opp_pu")
    anna = b.persona("Anna", id="anna")
    b.curve(emo, anna, {aw: 1, co: 0, pu: -2, re: 2, ad: 3})
    b.metric(kpi, "Conversion rate", {pu: 3.0}, {pu: 2.5}, unit="%", id="conv")
    b.metric(kpi, "Bounce rate", {aw: 40.0}, {aw: 45.0}, unit="%", higher_is_better=False,
             id="bounce")
    b.metric(kpi, "Visitors", {aw: 1000, co: 600, pu: 400, re: 300, ad: 200}, id="visitors")
    return b


def make_big_map(n_cards: int = 5000, n_stages: int = 8, seed: int = 1) -> JourneyMap:
    """A large, messy map: most cards are touchpoints/actions, with loops and gaps."""
    rng = random.Random(seed)
    b = MapBuilder()
    stages = [b.stage(f"Stage {i}") for i in range(n_stages)]
    kinds = (LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS,
             LaneKind.OPPORTUNITIES)
    lanes = [b.lane(kind) for kind in kinds]
    emo, kpi = b.lane(LaneKind.EMOTIONS), b.lane(LaneKind.KPIS)
    weights = (4, 3, 1, 1, 1)
    for i in range(n_cards):
        lane = rng.choices(lanes, weights)[0]
        b.card(lane, rng.choice(stages), f"Card {i}\nwith a second line",
               evidence=rng.choice(list(Evidence)))
    ids = [c.id for c in b.doc.cards]
    for _ in range(n_cards // 10):
        b.connect(rng.choice(ids), rng.choice(ids), rng.choice(list(ConnectorStyle)))
    for p in range(5):
        persona = b.persona(f"Persona {p}")
        b.curve(emo, persona, {s: rng.randint(-3, 3) for s in stages if rng.random() < 0.9})
    for m in range(10):
        b.metric(kpi, f"Visitors {m}", {s: rng.randint(0, 10_000) for s in stages},
                 {s: rng.randint(0, 10_000) for s in stages})
    return b.doc


@pytest.fixture(scope="session")
def big_map() -> JourneyMap:
    return make_big_map()
