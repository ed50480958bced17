"""The map as a presentation: an overview, then one stage after another, on a view of its own.

A second view onto the editor's scene, which it never edits: it takes no mouse gestures to the
items, claims every key before any shortcut sees it, and turns clicker keys into named steps
(:func:`clicker_key`) for the window that hosts it. Each step moves a camera (centre and scale)
over about 300 ms, or at once when motion is reduced; the current stage is outlined and the others
are dimmed, while the scene keeps its lane titles (and stage headers) pinned into this view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEasingCurve,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from journeymapper.canvas.scene import MapScene

#: Card text at least this many screen pixels high on a stage step (a back row can read it).
READABLE_TEXT_PX = 16.0
ANIMATION_MS = 300
DIM = QColor(16, 20, 24, 165)
HIGHLIGHT = QColor("#FFB300")

K = Qt.Key
_FORWARD = {K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter}
_BACK = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace}
_NAMED = {K.Key_Home: "first", K.Key_End: "last", K.Key_B: "black", K.Key_W: "white", K.Key_P: "persona",
          K.Key_N: "notes", K.Key_Escape: "leave", K.Key_Period: "black"}  # many clickers send "." to blank


#: The keys while presenting, for Help › Keyboard Shortcuts (keys, what they do).
PRESENTATION_KEYS: tuple[tuple[str, object], ...] = (
    ("→  ↓  Page Down  Space  Enter, click, wheel down", QT_TRANSLATE_NOOP("Keyboard", "Next stage")),
    ("←  ↑  Page Up  Backspace, right click, wheel up", QT_TRANSLATE_NOOP("Keyboard", "Previous stage")),
    ("Home  End", QT_TRANSLATE_NOOP("Keyboard", "The overview, the last stage")),
    ("1 … 9 then Enter", QT_TRANSLATE_NOOP("Keyboard", "Go to that stage")),
    ("B  W", QT_TRANSLATE_NOOP("Keyboard", "Black or white screen (any key returns)")),
    ("P", QT_TRANSLATE_NOOP("Keyboard", "Next persona filter (all, then each persona)")),
    ("N", QT_TRANSLATE_NOOP("Keyboard", "Show or hide the speaker notes")),
    ("Esc", QT_TRANSLATE_NOOP("Keyboard", "Back to the editor as it was")),
)


def clicker_key(event: QKeyEvent) -> Optional[str]:
    """What a key means while presenting: "next", "back", "first", "last", "enter", "digit:N", "black",
    "white", "persona", "notes", "leave"; None for keys that mean nothing here."""
    key = event.key()
    if K.Key_0 <= key <= K.Key_9:
        return f"digit:{key - K.Key_0}"
    if key in (K.Key_Return, K.Key_Enter):
        return "enter"  # forward, or a jump when a number was typed (the window decides)
    if key in _FORWARD:
        return "next"
    if key in _BACK:
        return "back"
    return _NAMED.get(Qt.Key(key))


@dataclass(frozen=True)
class Camera:
    """Where the view looks: the scene point at the centre of the viewport, and pixels per point."""

    cx: float
    cy: float
    scale: float

    def towards(self, other: Camera, t: float) -> Camera:
        """Part ``t`` of the way to ``other``; the scale moves evenly in log space (zooming feels even)."""
        scale = math.exp(math.log(self.scale) + (math.log(other.scale) - math.log(self.scale)) * t)
        return Camera(self.cx + (other.cx - self.cx) * t, self.cy + (other.cy - self.cy) * t, scale)


class PresentationView(QGraphicsView):
    """Steps: 0 is the whole map, 1..n the stages in map order."""

    stepChanged = Signal(int)
    keyCommand = Signal(str)  # what clicker_key made of a key press
    clicked = Signal(int)  # +1 (left click, wheel down) or -1 (right click, wheel up)

    def __init__(self, scene: MapScene, animate: bool = True, parent: Optional[QWidget] = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.animate = animate
        self.step = 0
        self._camera: Optional[Camera] = None
        self._wheel = 0
        self.setObjectName("presentation-view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setInteractive(False)  # a view to show the map, never to edit it
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._animate_to)
        self._from: Optional[Camera] = None
        self._to: Optional[Camera] = None
        self._open_scene_rect()

    # -- steps -------------------------------------------------------------------------------------
    def step_count(self) -> int:
        """Steps in all: the overview and one per stage."""
        return 1 + len(self.map_scene.layout.stage_columns)

    def stage_id(self, step: Optional[int] = None) -> Optional[str]:
        step = self.step if step is None else step
        columns = self.map_scene.layout.stage_columns
        return columns[step - 1].id if 1 <= step <= len(columns) else None

    def go(self, step: int, animate: Optional[bool] = None) -> None:
        """Show step ``step`` (clamped), moving there over ANIMATION_MS unless motion is reduced."""
        step = max(0, min(step, self.step_count() - 1))
        changed = step != self.step
        self.step = step
        target = self.camera_for(step)
        if (self.animate if animate is None else animate) and self._camera is not None and self.isVisible():
            self._animation.stop()
            self._from, self._to = self._camera, target
            self._animation.start()
        else:
            self._animation.stop()
            self._set_camera(target)
        self.viewport().update()
        if changed:
            self.stepChanged.emit(step)

    def forward(self) -> None:
        self.go(self.step + 1)

    def back(self) -> None:
        self.go(self.step - 1)

    def finish_motion(self) -> None:
        """Jump to the end of a running move (tests, and a key pressed mid-way)."""
        if self._animation.state() == QVariantAnimation.State.Running and self._to is not None:
            self._animation.stop()
            self._set_camera(self._to)

    # -- camera ------------------------------------------------------------------------------------
    def camera_for(self, step: int) -> Camera:
        layout = self.map_scene.layout
        view = self.viewport().rect()
        vw, vh = max(view.width(), 1), max(view.height(), 1)
        if step == 0 or not layout.stage_columns:
            rect = QRectF(0, 0, max(layout.width, 1.0), max(layout.height, 1.0))
            scale = min((vw - 32) / rect.width(), (vh - 32) / rect.height())
            return Camera(rect.center().x(), rect.center().y(), max(scale, 0.01))
        target = self.stage_frame(step)
        fit = min(vw / target.width(), vh / target.height())
        scale = max(fit, READABLE_TEXT_PX / layout.style.card_text_size)
        return Camera(target.center().x(), target.center().y(), scale)

    def stage_frame(self, step: int) -> QRectF:
        """The stage's column with room for the pinned lane titles on both sides (so it sits centred)."""
        layout = self.map_scene.layout
        column = layout.stage_columns[step - 1]
        header = layout.stage_headers[step - 1].rect
        room = layout.style.lane_header_width
        return QRectF(column.start - room, header.y, column.size + 2 * room, layout.grid.bottom - header.y)

    def _animate_to(self, value: object) -> None:
        if self._from is not None and self._to is not None:
            self._set_camera(self._from.towards(self._to, float(value)))  # type: ignore[arg-type]

    def _set_camera(self, camera: Camera) -> None:
        self._camera = camera
        self.setTransform(QTransform.fromScale(camera.scale, camera.scale))
        self.centerOn(QPointF(camera.cx, camera.cy))
        self._follow()

    def _follow(self) -> None:
        """The scene pins its headers into this view and paints cards for its scale."""
        if self._camera is None:
            return
        self.map_scene.set_view_scale(self.transform().m11())
        self.map_scene.set_visible_rect(self.visible_scene_rect())

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _open_scene_rect(self) -> None:
        """Let the camera centre any stage, even the last, however far that shows past the map."""
        layout = self.map_scene.layout
        pad = 4 * max(layout.width, layout.height, 1.0)
        self.setSceneRect(QRectF(-pad, -pad, layout.width + 2 * pad, layout.height + 2 * pad))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._follow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._camera is not None:
            self._animation.stop()
            self._set_camera(self.camera_for(self.step))

    # -- highlight the stage, dim the others ---------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        stage = self.stage_id()
        layout = self.map_scene.layout
        if stage is None:
            return
        dimmed = QPainterPath()
        for column in layout.stage_columns:
            if column.id != stage:
                dimmed.addRect(QRectF(column.start, 0, column.size, layout.height))
        dx, _dy = self.map_scene.corner_offset
        titles = QPainterPath()  # the pinned lane titles stay bright
        titles.addRect(QRectF(layout.grid.x - layout.style.lane_header_width + dx, 0,
                              layout.style.lane_header_width, layout.height))
        painter.fillPath(dimmed.subtracted(titles), DIM)
        column = next(c for c in layout.stage_columns if c.id == stage)
        top = layout.stage_headers[self.step - 1].rect.y
        frame = QPainterPath()
        frame.addRect(QRectF(column.start, top, column.size, layout.grid.bottom - top))
        outside = QPainterPath()
        outside.addRect(QRectF(-1e6, -1e6, 2e6, 2e6))
        painter.save()
        painter.setClipPath(outside.subtracted(titles))  # the outline passes behind the pinned titles
        pen = QPen(HIGHLIGHT, 4.0)
        pen.setCosmetic(True)  # the same few pixels at any zoom
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(frame)
        painter.restore()

    # -- input: keys as a clicker sends them, clicks and the wheel step ---------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # every key is ours: no editor shortcut acts while presenting
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = clicker_key(event)
        event.accept()
        self.finish_motion()
        self.keyCommand.emit(command or "other")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.clicked.emit(-1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)  # a quick second click is a second step, not an edit

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()  # the right click stepped back; no menu

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:
            sign = 1 if self._wheel < 0 else -1  # rolling down (towards you) goes on
            self._wheel += 120 * sign
            self.clicked.emit(sign)
