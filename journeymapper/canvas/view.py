"""The view onto the map: zoom, pan, pinned headers, keyboard navigation, in-place editing."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from journeymapper.canvas.inline_editor import InlineEditor
from journeymapper.canvas.keyboard import handle_key
from journeymapper.canvas.scene import MapScene

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene, parent: Optional[QWidget] = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.editor = InlineEditor(self)
        self._pan_from: Optional[QPoint] = None
        self._space_held = False
        self._zoom = 1.0
        self.setTransform(self.transform().fromScale(self.pixels_per_point(), self.pixels_per_point()))
        scene.set_view_scale(self.transform().m11())
        scene.editRequested.connect(self.edit_item)

    # -- zoom ----------------------------------------------------------------------------------
    def pixels_per_point(self) -> float:
        """Screen pixels for one point at 100% (so 100% is true size on a calibrated screen)."""
        return self.logicalDpiX() / 72.0 * self._zoom_value()

    def _zoom_value(self) -> float:
        return getattr(self, "_zoom", 1.0)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, anchor_under_mouse: bool = False) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self._zoom) < 1e-9:
            return
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse if anchor_under_mouse
                                     else QGraphicsView.ViewportAnchor.AnchorViewCenter)
        factor = zoom / self._zoom
        self._zoom = zoom
        self.scale(factor, factor)
        self.map_scene.set_view_scale(self.transform().m11())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._visible_changed()
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        rect = self.map_scene.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect().adjusted(8, 8, -8, -8)
        base = self.logicalDpiX() / 72.0
        fit = min(view.width() / (rect.width() * base), view.height() / (rect.height() * base))
        self.set_zoom(fit)
        self.centerOn(rect.center())
        self._visible_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self._zoom * (ZOOM_STEP ** steps), anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            self.show_start()

    def show_start(self) -> None:
        """Where a freshly opened map starts: the whole width if readable, from the top-left."""
        rect = self.map_scene.sceneRect()
        if rect.isEmpty():
            return
        base = self.logicalDpiX() / 72.0
        fit_width = (self.viewport().width() - 16) / (rect.width() * base)
        self.set_zoom(max(0.6, min(1.0, fit_width)))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._visible_changed()

    # -- pan: middle button, or Space + left button ---------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_held and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if handle_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return False  # Tab moves between cards (keyboard.py), not out of the canvas

    # -- editing ---------------------------------------------------------------------------------
    def edit_item(self, item_id: str) -> None:
        self.editor.open(item_id)

    # -- pinned headers follow the visible area -------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._visible_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._visible_changed()

    def _visible_changed(self) -> None:
        self.map_scene.set_visible_rect(self.visible_scene_rect())

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
