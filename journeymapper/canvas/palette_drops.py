"""Drops onto the canvas from outside it: palette entries (cards, stages, lanes, curves) and image files."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from PySide6.QtWidgets import QGraphicsSceneDragDropEvent

from journeymapper.canvas import images as layer_images
from journeymapper.canvas.palette_mime import MIME_PALETTE, PaletteEntry

if TYPE_CHECKING:
    from journeymapper.canvas.gestures import Gestures
    from journeymapper.canvas.host import CanvasHost
    from journeymapper.canvas.operations import Operations


def palette_entry(event: QGraphicsSceneDragDropEvent) -> Optional[PaletteEntry]:
    """The palette entry being dragged, None if the drag carries none."""
    mime = event.mimeData()
    if mime is None or not mime.hasFormat(MIME_PALETTE):
        return None
    return PaletteEntry.decode(bytes(mime.data(MIME_PALETTE).data()))


class PaletteDrops:
    """The scene's drag-and-drop events: where an entry would land, and what dropping it makes.

    ``edit`` opens the in-place editor on a new card, stage or lane.
    """

    def __init__(self, host: CanvasHost, ops: Operations, gestures: Gestures, edit: Callable[[str], None]) -> None:
        self.host = host
        self.ops = ops
        self.gestures = gestures
        self.edit = edit

    def enter(self, event: QGraphicsSceneDragDropEvent) -> None:
        if palette_entry(event) is not None or layer_images.dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def move(self, event: QGraphicsSceneDragDropEvent) -> None:
        entry = palette_entry(event)
        pos = event.scenePos()
        if entry is not None and self.ops.accepts(entry, pos.x(), pos.y()):
            event.acceptProposedAction()
            self.gestures.show_drop_indicator(entry, pos)
        elif entry is None and layer_images.dropped_files(event.mimeData()) and layer_images.drop_target(
                self.host, pos.x(), pos.y()):  # image files onto a card or an images lane
            self.gestures.hide_indicator()
            event.acceptProposedAction()
        else:
            self.gestures.hide_indicator()
            event.ignore()

    def leave(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.gestures.hide_indicator()

    def drop(self, event: QGraphicsSceneDragDropEvent) -> None:
        entry = palette_entry(event)
        self.gestures.hide_indicator()
        files = layer_images.dropped_files(event.mimeData()) if entry is None else []
        if files:  # embed dropped images
            event.acceptProposedAction()
            layer_images.drop_images(self.host, files, event.scenePos().x(), event.scenePos().y())
            return
        if entry is None:
            event.ignore()
            return
        event.acceptProposedAction()
        new_id = self.ops.drop(entry, event.scenePos().x(), event.scenePos().y())
        if new_id and entry.kind in ("card", "stage", "lane"):
            self.edit(new_id)
