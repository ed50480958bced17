import pytest

from journeymapper.model import (
    Card,
    Channel,
    Connector,
    Curve,
    CurvePoint,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
)


def make_sample() -> JourneyMap:
    """A small map using every kind of object, with Danish and other non-ASCII text."""
    from datetime import datetime, timezone

    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    stages = [Stage(id=f"s{i}", name=name) for i, name in enumerate(["Bevidsthed", "Overvejelse", "Køb"])]
    lanes = [
        Lane(id="l-tp", kind=LaneKind.TOUCHPOINTS, title="Berøringspunkter"),
        Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Smertepunkter"),
        Lane(id="l-emo", kind=LaneKind.EMOTIONS, title="Følelser"),
        Lane(id="l-kpi", kind=LaneKind.KPIS, title="KPI"),
    ]
    persona = Persona(id="p1", name="Prisbevidst Peter", goals=["Best price"], colour="#AA3377")
    cards = [
        Card(id="c1", lane_id="l-tp", stage_id="s0", text="Google: \"new Windows laptops\"",
             channel=Channel.SEARCH, evidence=Evidence.OBSERVED, source="GA, Q3"),
        Card(id="c2", lane_id="l-tp", stage_id="s1", text="Αξιολογήσεις / Отзывы <b>&amp;</b>",
             tags=["review"], personas=["p1"]),
        Card(id="c3", lane_id="l-pain", stage_id="s2", order=0, text="Kuponkode virker ikke"),
    ]
    return JourneyMap(
        id="map-sample", title="Laptop-butikken", client="J&C <Shop>", created=stamp, modified=stamp,
        personas=[persona], stages=stages, lanes=lanes, cards=cards,
        curves=[Curve(id="cv1", lane_id="l-emo", persona_id="p1",
                      points=[CurvePoint(stage_id=f"s{i}", value=v) for i, v in enumerate([1, -2, 3])])],
        connectors=[Connector(id="k1", from_card="c1", to_card="c2", label="compare")],
        metrics=[Metric(id="m1", lane_id="l-kpi", name="Conversion rate", unit="%",
                        values={"s0": 2.5, "s2": 1.25}, targets={"s2": 3.0})],
    )


@pytest.fixture
def sample() -> JourneyMap:
    return make_sample()
