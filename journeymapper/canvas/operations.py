"""What the Edit and Insert menus and palette drops do to the map: each is one command."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from journeymapper.canvas.names import lane_kind_name
from journeymapper.canvas.palette_mime import CARD_ENTRIES, PaletteEntry
from journeymapper.commands.cards import AddCards, DuplicateCards
from journeymapper.commands.clipboard import copy_fragment, paste_command
from journeymapper.commands.lanes import AddLane
from journeymapper.commands.removal import RemoveItems
from journeymapper.commands.stages import AddStage
from journeymapper.model import (
    CARD_LANE_KINDS,
    LANE_COLOURS,
    Card,
    Lane,
    LaneKind,
    Stage,
    new_id,
)

if TYPE_CHECKING:
    from journeymapper.canvas.host import ItemHost
    from journeymapper.model import JourneyMap

MIME_FRAGMENT = "application/x-journeymapper-fragment"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def default_lane_title(kind: LaneKind) -> str:
    return lane_kind_name(kind) if kind is not LaneKind.TEXT else _tr("Notes")


class Operations:
    """Edit-menu and insert operations on a scene's current selection."""

    def __init__(self, host: ItemHost) -> None:
        self.host = host

    @property
    def doc(self) -> JourneyMap:
        return self.host.doc

    # -- clipboard -------------------------------------------------------------------------
    def copy(self) -> bool:
        ids = self.host.selected_card_ids()
        if not ids:
            return False
        text = json.dumps(copy_fragment(self.doc, ids), indent=2, ensure_ascii=False)
        mime = QMimeData()
        mime.setData(MIME_FRAGMENT, text.encode("utf-8"))
        mime.setText(text)  # pasting into a text editor gives readable JSON
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete_selection(_tr("Cut"))

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasFormat(MIME_FRAGMENT):
            text = bytes(mime.data(MIME_FRAGMENT).data()).decode("utf-8", "replace")
        elif mime.hasText():
            text = mime.text()
        else:
            return
        try:
            fragment = json.loads(text)
        except ValueError:
            self.host.message.emit(_tr("The clipboard holds no Journey Mapper cards."))
            return
        cell = self.host.current_cell() or self._first_card_cell()
        if cell is None:
            self.host.message.emit(_tr("Add a lane for cards before pasting."))
            return
        try:
            command = paste_command(self.doc, fragment, *cell)
        except ValueError as exc:
            self.host.message.emit(str(exc))
            return
        if self.host.push(command):
            self.host.select_ids([c.id for c in command.cards])

    def _first_card_cell(self) -> Optional[tuple[str, str]]:
        lane = next((lane for lane in self.doc.lanes if lane.kind in CARD_LANE_KINDS), None)
        if lane is None or not self.doc.stages:
            return None
        return lane.id, self.doc.stages[0].id

    # -- delete / duplicate ----------------------------------------------------------------
    def delete_selection(self, name: Optional[str] = None) -> None:
        ids = self.host.selected_ids()
        if not ids:
            return
        command = RemoveItems(ids)
        if name:
            command.name = name
        self.host.push(command)

    def duplicate(self) -> None:
        ids = self.host.selected_card_ids()
        if ids:
            command = DuplicateCards(ids)
            if self.host.push(command):
                self.host.select_ids(list(command.copies.values()))

    # -- inserting -------------------------------------------------------------------------
    def insert_card(self, cell: Optional[tuple[str, str]] = None, index: Optional[int] = None) -> Optional[str]:
        cell = cell or self.host.current_cell() or self._first_card_cell()
        if cell is None:
            self.host.message.emit(_tr("Add a stage and a lane for cards first."))
            return None
        lane_id, stage_id = cell
        if index is None:
            index = len(self.host.layout.cell_cards(lane_id, stage_id))
        card = Card(id=new_id("c-"), lane_id=lane_id, stage_id=stage_id, order=index, text="")
        if not self.host.push(AddCards(card, name=_tr("Add Card"))):
            return None
        self.host.select_ids([card.id])
        return card.id

    def insert_stage(self, index: Optional[int] = None) -> Optional[str]:
        if index is None:
            selected = [s.id for s in self.doc.stages if s.id in self.host.selected_ids()]
            ids = [s.id for s in self.doc.stages]
            index = ids.index(selected[-1]) + 1 if selected else len(ids)
        stage = Stage(id=new_id("s-"), name=_tr("New stage"), colour=_stage_colour(len(self.doc.stages)))
        if not self.host.push(AddStage(stage, index)):
            return None
        self.host.select_ids([stage.id])
        return stage.id

    def insert_lane(self, kind: LaneKind = LaneKind.TOUCHPOINTS, index: Optional[int] = None) -> Optional[str]:
        if index is None:
            selected = [lane.id for lane in self.doc.lanes if lane.id in self.host.selected_ids()]
            ids = [lane.id for lane in self.doc.lanes]
            index = ids.index(selected[-1]) + 1 if selected else len(ids)
        lane = Lane(id=new_id("l-"), kind=kind, title=default_lane_title(kind), colour=LANE_COLOURS[kind])
        if not self.host.push(AddLane(lane, index)):
            return None
        self.host.select_ids([lane.id])
        return lane.id

    # -- palette drops ---------------------------------------------------------------------
    def drop(self, entry: PaletteEntry, x: float, y: float) -> Optional[str]:
        """Create what the palette entry stands for where it was dropped; returns the new id."""
        layout = self.host.layout
        if entry.kind == "stage":
            return self.insert_stage(layout.stage_insert_index(x))
        if entry.kind == "lane":
            return self.insert_lane(LaneKind(entry.detail), layout.lane_insert_index(y))
        if entry.kind == "card":
            cell = layout.cell_at(x, y)
            if cell is None:
                self.host.message.emit(_tr("Drop cards onto a cell of the map."))
                return None
            lane = next(lane for lane in self.doc.lanes if lane.id == cell[0])
            if lane.kind not in CARD_LANE_KINDS:
                self.host.message.emit(_tr("This lane holds no cards."))
                return None
            return self.insert_card(cell, layout.insertion_index(cell[0], cell[1], y))
        if entry.kind == "curve":
            from journeymapper.canvas.curve_drops import drop_curve

            return drop_curve(self.host, x, y)
        return None

    def accepts(self, entry: PaletteEntry, x: float, y: float) -> bool:
        layout = self.host.layout
        if entry.kind in ("stage", "lane"):
            return True
        cell = layout.cell_at(x, y)
        if cell is None:
            return False
        kind = next((lane.kind for lane in self.doc.lanes if lane.id == cell[0]), None)
        if entry.kind == "card":
            return kind in CARD_LANE_KINDS
        return entry.kind == "curve"


#: Muted stage colours that carry white text, cycled for new stages.
STAGE_PALETTE = ("#2E4057", "#3D5A80", "#4F6D7A", "#5C4D7D", "#6B4E71", "#2F6F62", "#7A5C3E", "#455A64")


def _stage_colour(index: int) -> str:
    return STAGE_PALETTE[index % len(STAGE_PALETTE)]


__all__ = ["Operations", "MIME_FRAGMENT", "CARD_ENTRIES", "default_lane_title"]
