"""The canvas helpers need only a host (canvas/host.py), not the scene: a plain object will do."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

import pytest
from PySide6.QtCore import QObject, Signal

from journeymapper.canvas import images
from journeymapper.canvas.host import CanvasHost
from journeymapper.canvas.operations import Operations
from journeymapper.canvas.palette_mime import PaletteEntry
from journeymapper.commands.base import Command
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import MonoMeasurer
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage


class PlainHost(QObject):
    """A host with no items at all: the document, its layout, commands applied at once, a selection."""

    message = Signal(str)

    def __init__(self, doc: JourneyMap) -> None:
        super().__init__()
        self.doc = doc
        self.measurer = MonoMeasurer()
        self.layout: MapLayout = compute_layout(doc, self.measurer)
        self.selection: list[str] = []
        self.messages: list[str] = []
        self.message.connect(self.messages.append)

    def push(self, command: Command) -> bool:
        try:
            command.apply(self.doc)
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        self.layout = compute_layout(self.doc, self.measurer)
        return True

    def select_ids(self, ids: Iterable[str]) -> None:
        self.selection = list(ids)

    def selected_ids(self) -> list[str]:
        return list(self.selection)

    def selected_card_ids(self) -> list[str]:
        cards = {c.id for c in self.doc.cards}
        return [i for i in self.selection if i in cards]

    def current_cell(self) -> Optional[tuple[str, str]]:
        card = next((c for c in self.doc.cards if c.id in self.selection), None)
        return (card.lane_id, card.stage_id) if card else None

    def filtered_persona(self) -> Optional[str]:
        return None


def _doc() -> JourneyMap:
    return JourneyMap(stages=[Stage(id="s1", name="Look"), Stage(id="s2", name="Buy")],
                      lanes=[Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
                             Lane(id="img", kind=LaneKind.IMAGES, title="Images"),
                             Lane(id="emo", kind=LaneKind.EMOTIONS, title="Feelings")],
                      cards=[Card(id="c1", lane_id="tp", stage_id="s2", text="Pays")])


@pytest.fixture
def host(qapp) -> PlainHost:
    return PlainHost(_doc())


def test_operations_insert_into_the_current_cell_and_select_what_they_made(host):
    ops = Operations(host)
    typed: CanvasHost = host  # what mypy checks: the plain host is a CanvasHost
    assert ops.host is typed
    host.select_ids(["c1"])
    new_id = ops.insert_card()
    card = next(c for c in host.doc.cards if c.id == new_id)
    assert (card.lane_id, card.stage_id, card.order) == ("tp", "s2", 1)
    assert host.selection == [new_id]
    ops.delete_selection()
    assert [c.id for c in host.doc.cards] == ["c1"]


def test_a_palette_drop_lands_where_the_layout_says(host):
    ops = Operations(host)
    column = host.layout.stage_column("s1")
    row = host.layout.lane_row("tp")
    x, y = column.start + 5, row.start + 5
    new_id = ops.drop(PaletteEntry("card", "touchpoint"), x, y)
    card = next(c for c in host.doc.cards if c.id == new_id)
    assert (card.lane_id, card.stage_id) == ("tp", "s1")
    emotions = host.layout.lane_row("emo")
    assert ops.drop(PaletteEntry("card", "touchpoint"), x, emotions.start + 5) is None
    assert host.messages == ["This lane holds no cards."]


def test_image_drops_refuse_a_lane_without_images_with_a_message(host, tmp_path):
    row = host.layout.lane_row("emo")
    column = host.layout.stage_column("s1")
    picture = tmp_path / "a.png"
    picture.write_bytes(b"not really")
    before = host.doc.model_copy(deep=True)
    assert images.drop_images(host, [picture], column.start + 5, row.start + 5) is None
    assert host.messages == ["Drop images onto a card or into a cell of an Images lane."]
    assert host.doc == before
