"""Drops onto the canvas from outside it: palette entries (cards, stages, lanes, curves) and image files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtWidgets import QGraphicsSceneDragDropEvent

from journeymapper.canvas import images as layer_images
from journeymapper.canvas.palette_mime import MIME_PALETTE, PaletteEntry

if TYPE_CHECKING:
    from journeymapper.canvas.scene import MapScene


class PaletteDrops:
    """Drag-and-drop handlers of :class:`MapScene` (a mixin: the scene is ``self``)."""

    def _palette_entry(self: MapScene, event: QGraphicsSceneDragDropEvent) -> Optional[PaletteEntry]:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(MIME_PALETTE):
            return None
        return PaletteEntry.decode(bytes(mime.data(MIME_PALETTE).data()))

    def dragEnterEvent(self: MapScene, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if self._palette_entry(event) is not None or layer_images.dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self: MapScene, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        entry = self._palette_entry(event)
        pos = event.scenePos()
        if entry is not None and self.ops.accepts(entry, pos.x(), pos.y()):
            event.acceptProposedAction()
            self.gestures.show_drop_indicator(entry, pos)
        elif entry is None and layer_images.dropped_files(event.mimeData()) and layer_images.drop_target(
                self, pos.x(), pos.y()):  # journey layers: image files onto a card or an images lane
            self.gestures.hide_indicator()
            event.acceptProposedAction()
        else:
            self.gestures.hide_indicator()
            event.ignore()

    def dragLeaveEvent(self: MapScene, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self.gestures.hide_indicator()

    def dropEvent(self: MapScene, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        entry = self._palette_entry(event)
        self.gestures.hide_indicator()
        files = layer_images.dropped_files(event.mimeData()) if entry is None else []
        if files:  # journey layers: embed dropped images
            event.acceptProposedAction()
            layer_images.drop_images(self, files, event.scenePos().x(), event.scenePos().y())
            return
        if entry is None:
            event.ignore()
            return
        event.acceptProposedAction()
        new_id = self.ops.drop(entry, event.scenePos().x(), event.scenePos().y())
        if new_id and entry.kind in ("card", "stage", "lane"):
            self.editRequested.emit(new_id)
