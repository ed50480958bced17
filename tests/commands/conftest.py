"""A small but complete sample map, and a check that a command undoes and redoes exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import pytest

from journeymapper.commands import Change, Command
from journeymapper.model import (
    Asset,
    Card,
    Connector,
    Curve,
    CurvePoint,
    CurveVariant,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
    integrity_problems,
)

# A 1x1 PNG, base64.
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def build_sample() -> JourneyMap:
    """3 stages; touchpoints, emotions, pain points and kpis lanes; 2 personas; 8 cards.

    Cards are deliberately not stored in cell order, so that tests notice list positions.
    """
    stamp = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)

    def card(cid: str, lane: str, stage: str, order: int, **extra: object) -> Card:
        return Card.model_validate({"id": cid, "lane_id": lane, "stage_id": stage, "order": order,
                                    "text": f"text of {cid}", **extra})

    return JourneyMap(
        id="map-1", title="Sample", created=stamp, modified=stamp,
        personas=[Persona(id="p-anna", name="Anna"), Persona(id="p-ben", name="Ben", photo="a-logo")],
        stages=[
            Stage(id="s-aware", name="Aware"), Stage(id="s-buy", name="Buy"), Stage(id="s-use", name="Use"),
        ],
        lanes=[
            Lane(id="l-touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
            Lane(id="l-emo", kind=LaneKind.EMOTIONS, title="Feelings"),
            Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
            Lane(id="l-kpi", kind=LaneKind.KPIS, title="KPIs"),
        ],
        cards=[
            card("c8", "l-pain", "s-use", 0, image="a-logo", personas=["p-anna"]),
            card("c1", "l-touch", "s-aware", 0, personas=["p-anna", "p-ben"], channel="web"),
            card("c3", "l-touch", "s-aware", 2),
            card("c2", "l-touch", "s-aware", 1, tags=["price"]),
            card("c4", "l-touch", "s-buy", 0),
            card("c5", "l-pain", "s-aware", 0),
            card("c7", "l-pain", "s-buy", 1),
            card("c6", "l-pain", "s-buy", 0, personas=["p-ben"]),
        ],
        curves=[
            Curve(id="cv-anna", lane_id="l-emo", persona_id="p-anna", points=[
                CurvePoint(stage_id="s-aware", value=1, label="curious"),
                CurvePoint(stage_id="s-buy", value=-2),
                CurvePoint(stage_id="s-use", value=3, label="happy"),
            ]),
            Curve(id="cv-ben", lane_id="l-emo", persona_id="p-ben", variant=CurveVariant.TO_BE, points=[
                CurvePoint(stage_id="s-aware", value=0),
                CurvePoint(stage_id="s-buy", value=2),
                CurvePoint(stage_id="s-use", value=-3),
            ]),
        ],
        connectors=[
            Connector(id="k1", from_card="c1", to_card="c4"),
            Connector(id="k2", from_card="c4", to_card="c6", label="then"),
            Connector(id="k3", from_card="c5", to_card="c8"),
        ],
        metrics=[
            Metric(id="m-nps", lane_id="l-kpi", name="NPS",
                   values={"s-aware": 10, "s-buy": 20, "s-use": 30}, targets={"s-buy": 25}),
        ],
        assets=[Asset(id="a-logo", mime="image/png", width=1, height=1, data=PIXEL)],
    )


def cell(doc: JourneyMap, lane_id: str, stage_id: str) -> list[str]:
    """Card ids of one cell in display order."""
    cards = [c for c in doc.cards if (c.lane_id, c.stage_id) == (lane_id, stage_id)]
    return [c.id for c in sorted(cards, key=lambda c: c.order)]


def orders_contiguous(doc: JourneyMap) -> bool:
    cells: dict[tuple[str, str], list[int]] = {}
    for c in doc.cards:
        cells.setdefault((c.lane_id, c.stage_id), []).append(c.order)
    return all(sorted(orders) == list(range(len(orders))) for orders in cells.values())


def undo_redo(doc: JourneyMap, command: Command) -> Change:
    """Apply, revert, apply again; check each step is exact and keeps integrity. Leaves it applied."""
    assert integrity_problems(doc) == []
    before = doc.model_copy(deep=True)
    change = command.apply(doc)
    assert integrity_problems(doc) == []
    after = doc.model_copy(deep=True)
    assert command.revert(doc) == change.inverted()
    assert doc == before
    assert command.apply(doc) == change
    assert doc == after
    return change


@pytest.fixture
def doc() -> JourneyMap:
    return build_sample()


@pytest.fixture(scope="session")
def sample_builder() -> Callable[[], JourneyMap]:
    return build_sample


@pytest.fixture(scope="session")
def check() -> Callable[[JourneyMap, Command], Change]:
    return undo_redo


@pytest.fixture(scope="session")
def cell_ids() -> Callable[[JourneyMap, str, str], list[str]]:
    return cell


@pytest.fixture(scope="session")
def contiguous() -> Callable[[JourneyMap], bool]:
    return orders_contiguous
