"""Mouse gestures on the map: drag cards, reorder stages and lanes, resize columns and rows.

During a gesture only the scene's items move (a preview); the document changes
once, on release, through one command — so one gesture is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
)

from journeymapper.canvas.connector_drag import ConnectorDrag
from journeymapper.canvas.curve_drag import CurveDrag
from journeymapper.canvas.items import READABLE_SCALE, CardItem, HeaderItem
from journeymapper.commands.cards import CardMove, MoveCards
from journeymapper.commands.lanes import MoveLane, ResizeLane
from journeymapper.commands.stages import MoveStage, ResizeStage
from journeymapper.layout.geometry import Span
from journeymapper.model import CARD_LANE_KINDS

if TYPE_CHECKING:
    from journeymapper.canvas.host import ItemHost
    from journeymapper.canvas.palette_mime import PaletteEntry

INDICATOR = "#1E88E5"
#: How close (in screen pixels) the pointer must be to a border to grab it.
GRAB_PX = 4.0
Z_INDICATOR = 100


@dataclass
class _Gesture:
    kind: str  # "cards", "stage", "lane", "resize-stage", "resize-lane"
    start: QPointF
    target_id: str = ""
    card_ids: list[str] = field(default_factory=list)
    active: bool = False  # past the drag distance
    cached: list[str] = field(default_factory=list)  # cards drawn from a pixmap until the gesture ends


class Gestures:
    """Tracks one gesture at a time for a scene and turns it into a command on release."""

    def __init__(self, host: ItemHost) -> None:
        self.host = host
        self.gesture: Optional[_Gesture] = None
        self.indicator: Optional[QGraphicsRectItem] = None
        self.guide: Optional[QGraphicsLineItem] = None
        # Curve points and connector handles have their own gestures (the layers).
        self.curve_drag = CurveDrag(host)
        self.connector_drag = ConnectorDrag(host)
        self.layers: tuple[CurveDrag | ConnectorDrag, ...] = (self.curve_drag, self.connector_drag)
        self.layer: Optional[CurveDrag | ConnectorDrag] = None  # the layer gesture in progress

    # -- what is under the pointer -----------------------------------------------------------
    def boundary_at(self, pos: QPointF) -> Optional[tuple[str, str]]:
        """("resize-stage", id) or ("resize-lane", id) when the pointer is on a grid border."""
        layout = self.host.layout
        grid = layout.grid
        tolerance = GRAB_PX / self.host.pixels_per_point()
        top = layout.stage_headers[0].rect.y if layout.stage_headers else grid.y
        if top <= pos.y() <= grid.bottom and grid.x < pos.x() <= grid.right + tolerance:
            stage_id = layout.stage_boundary_near(pos.x(), tolerance)
            if stage_id:
                return "resize-stage", stage_id
        left = grid.x - layout.style.lane_header_width
        if left <= pos.x() <= grid.right and grid.y < pos.y() <= grid.bottom + tolerance:
            lane_id = layout.lane_boundary_near(pos.y(), tolerance)
            if lane_id:
                return "resize-lane", lane_id
        return None

    def hover_cursor(self, pos: QPointF) -> Optional[Qt.CursorShape]:
        layer_cursor = None
        for layer in self.layers:  # every layer sees the hover (the handle follows it)
            layer_cursor = layer.hover(pos) or layer_cursor
        hit = self.boundary_at(pos)
        if hit is None:
            return layer_cursor
        return Qt.CursorShape.SplitHCursor if hit[0] == "resize-stage" else Qt.CursorShape.SplitVCursor

    # -- the gesture ---------------------------------------------------------------------------
    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Start a gesture; True if the press belongs to one (the scene then skips default handling)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        for layer in self.layers:  # a curve point or a connector handle under the pointer
            if layer.press(pos):
                self.layer = layer
                return True
        hit = self.boundary_at(pos)
        if hit is not None:
            self.gesture = _Gesture(hit[0], pos, hit[1], active=True)
            self._show_guide(pos)
            return True
        item = self.host.item_at(pos)
        if isinstance(item, CardItem):
            self.gesture = _Gesture("cards", pos)
        elif isinstance(item, HeaderItem) and item.kind in ("stage", "lane"):
            self.gesture = _Gesture(item.kind, pos, item.item_id)
        return False

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.layer is not None:
            self.layer.move(event.scenePos())
            return True
        g = self.gesture
        if g is None:
            return False
        pos = event.scenePos()
        if not g.active:
            if (pos - g.start).manhattanLength() < QApplication.startDragDistance():
                return False
            g.active = True
            if g.kind == "cards":
                g.card_ids = self.host.selected_card_ids()
                for item in self._card_items(g):
                    item.setOpacity(0.75)
                    item.setZValue(50)
                # While it follows the pointer the card only moves: repaint it from a pixmap.
                _from_pixmap(g, self._card_items(g))
                self.host.lift_cards(self._card_items(g))
                self._cache_cards_in_view(g)
        delta = pos - g.start
        # Items can vanish mid-gesture (Delete or Undo from the keyboard): move what is still there.
        if g.kind == "cards":
            for item in self._card_items(g):
                item.setPos(delta)
            self._show_card_indicator(pos)
        elif g.kind in ("stage", "lane"):
            header = self.host.header_item(g.kind, g.target_id)
            if header is None:
                self.cancel()
                return True
            if g.kind == "stage":
                header.setPos(delta.x(), 0)
                self._show_stage_indicator(pos.x())
            else:
                header.setPos(0, delta.y())
                self._show_lane_indicator(pos.y())
        else:
            self._show_guide(pos)
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.layer is not None:
            layer, self.layer = self.layer, None
            layer.release(event.scenePos())
            return True
        g, self.gesture = self.gesture, None
        if g is None or not g.active:
            return False
        self._clear_preview(g)
        pos = event.scenePos()
        command = {
            "cards": self._move_cards, "stage": self._move_stage, "lane": self._move_lane,
            "resize-stage": self._resize_stage, "resize-lane": self._resize_lane,
        }[g.kind](g, pos)
        if command is not None:
            self.host.push(command)
        return True

    def _card_items(self, g: _Gesture) -> list[CardItem]:
        return [item for item in (self.host.card_item(card_id) for card_id in g.card_ids) if item is not None]

    def cancel(self) -> None:
        if self.layer is not None:
            self.layer.cancel()
            self.layer = None
        if self.gesture is not None:
            self._clear_preview(self.gesture)
            self.gesture = None

    # -- commands from the release point ------------------------------------------------------
    def drop_target(self, pos: QPointF, moving: list[str]) -> Optional[tuple[str, str, int]]:
        """(lane, stage, index in the cell without the moving cards) under ``pos``, for card lanes."""
        layout = self.host.layout
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        lane = next((lane for lane in self.host.doc.lanes if lane.id == cell[0]), None)
        if lane is None or lane.kind not in CARD_LANE_KINDS:
            return None
        moving_set = set(moving)
        index = sum(1 for box in layout.cell_cards(*cell) if box.rect.cy < pos.y() and box.card_id not in moving_set)
        return cell[0], cell[1], index

    def _move_cards(self, g: _Gesture, pos: QPointF):
        target = self.drop_target(pos, g.card_ids)
        if target is None or not g.card_ids:
            return None
        lane_id, stage_id, index = target
        alive = {c.id for c in self.host.doc.cards}
        moving = [card_id for card_id in g.card_ids if card_id in alive]
        if not moving:
            return None
        moves = [CardMove(card_id, lane_id, stage_id, index + i) for i, card_id in enumerate(moving)]
        current = {c.id: (c.lane_id, c.stage_id, c.order) for c in self.host.doc.cards if c.id in set(g.card_ids)}
        if all(current.get(m.card_id) == (m.lane_id, m.stage_id, m.order) for m in moves):
            return None  # dropped where they were
        return MoveCards(moves)

    def _move_stage(self, g: _Gesture, pos: QPointF):
        new_index = _index_after_removal([s.id for s in self.host.doc.stages], g.target_id,
                                         self.host.layout.stage_insert_index(pos.x()))
        return None if new_index is None else MoveStage(g.target_id, new_index)

    def _move_lane(self, g: _Gesture, pos: QPointF):
        new_index = _index_after_removal([lane.id for lane in self.host.doc.lanes], g.target_id,
                                         self.host.layout.lane_insert_index(pos.y()))
        return None if new_index is None else MoveLane(g.target_id, new_index)

    def _resize_stage(self, g: _Gesture, pos: QPointF):
        column = self.host.layout.stage_column(g.target_id)
        if column is None:
            return None
        width = _clamp((pos.x() - column.start) / self.host.layout.style.base_column_width)
        stage = next(s for s in self.host.doc.stages if s.id == g.target_id)
        return None if abs(width - stage.width) < 0.01 else ResizeStage(g.target_id, width)

    def _resize_lane(self, g: _Gesture, pos: QPointF):
        row = self.host.layout.lane_row(g.target_id)
        lane = next((lane for lane in self.host.doc.lanes if lane.id == g.target_id), None)
        if row is None or lane is None:
            return None
        # A row is at least min_lane_height x lane.height tall (more when cards need it).
        base = self.host.layout.style.min_lane_height
        height = _clamp((pos.y() - row.start) / base)
        return None if abs(height - lane.height) < 0.01 else ResizeLane(g.target_id, height)

    # -- preview -------------------------------------------------------------------------------
    def _indicator(self) -> QGraphicsRectItem:
        if self.indicator is None:
            self.indicator = QGraphicsRectItem()
            self.indicator.setBrush(QBrush(QColor(INDICATOR)))
            self.indicator.setPen(QPen(Qt.PenStyle.NoPen))
            self.indicator.setZValue(Z_INDICATOR)
            self.host.addItem(self.indicator)
        return self.indicator

    def _show_card_indicator(self, pos: QPointF) -> None:
        target = self.drop_target(pos, self.gesture.card_ids if self.gesture else [])
        indicator = self._indicator()
        if target is None:
            indicator.hide()
            return
        lane_id, stage_id, index = target
        layout = self.host.layout
        others = [b for b in layout.cell_cards(lane_id, stage_id)
                  if self.gesture is None or b.card_id not in self.gesture.card_ids]
        all_cards = layout.cell_cards(lane_id, stage_id)
        full_index = all_cards.index(others[index]) if index < len(others) else len(all_cards)
        marker = layout.insertion_marker(lane_id, stage_id, full_index, 3.0)
        if marker is None:
            indicator.hide()
            return
        self._show_bar(QRectF(marker.x, marker.y, marker.w, marker.h))

    def show_drop_indicator(self, entry: PaletteEntry, pos: QPointF) -> None:
        """Where a palette entry dragged over the map would land."""
        if entry.kind == "stage":
            self._show_stage_indicator(pos.x())
        elif entry.kind == "lane":
            self._show_lane_indicator(pos.y())
        elif entry.kind == "card":
            self._show_card_indicator(pos)
        else:
            self.hide_indicator()

    def hide_indicator(self) -> None:
        if self.indicator is not None:
            self.indicator.hide()

    def _show_stage_indicator(self, x: float) -> None:
        layout = self.host.layout
        edge = _gap_edge(layout.stage_columns, layout.stage_insert_index(x))
        if edge is not None:
            top = layout.stage_headers[0].rect.y
            self._show_bar(QRectF(edge - 1.5, top, 3, layout.grid.bottom - top))

    def _show_lane_indicator(self, y: float) -> None:
        layout = self.host.layout
        edge = _gap_edge(layout.lane_rows, layout.lane_insert_index(y))
        if edge is not None:
            left = layout.grid.x - layout.style.lane_header_width
            self._show_bar(QRectF(left, edge - 1.5, layout.grid.right - left, 3))

    def _show_bar(self, rect: QRectF) -> None:
        indicator = self._indicator()
        indicator.setRect(rect)
        indicator.show()

    def _show_guide(self, pos: QPointF) -> None:
        if self.guide is None:
            self.guide = QGraphicsLineItem()
            pen = QPen(QColor(INDICATOR), 1.5, Qt.PenStyle.DashLine)
            self.guide.setPen(pen)
            self.guide.setZValue(Z_INDICATOR)
            self.host.addItem(self.guide)
        layout = self.host.layout
        if self.gesture and self.gesture.kind == "resize-lane":
            self.guide.setLine(QLineF(layout.grid.x - layout.style.lane_header_width, pos.y(),
                                      layout.grid.right, pos.y()))
        else:
            self.guide.setLine(QLineF(pos.x(), layout.grid.y - 40, pos.x(), layout.grid.bottom))
        self.guide.show()

    def _cache_cards_in_view(self, g: _Gesture) -> None:
        """Let the cards in view repaint from a pixmap until the drop.

        Each step of a drag repaints what lies under the dragged cards' old and new places: the cards
        passed over would lay out and draw their text again at every step, which cost more than the
        rest of the step. A card's pixmap is made when it is first painted and redone when it changes.
        Zoomed out, the card image (card_raster.py) draws them anyway.
        """
        views = self.host.views()
        if not views or views[0].transform().m11() < READABLE_SCALE:
            return
        view = views[0]
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        moving = set(g.card_ids)
        _from_pixmap(g, [item for item in self.host.card_items_in(seen) if item.item_id not in moving])

    def _clear_preview(self, g: _Gesture) -> None:
        for marker in (self.indicator, self.guide):
            if marker is not None:
                marker.hide()
        if g.kind == "cards":
            moved = self._card_items(g)
            for card in moved:
                card.setPos(0, 0)
                card.setZValue(10)
            self.host.settle_cards(moved)
            for cached in filter(None, map(self.host.card_item, g.cached)):
                cached.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # sharp again at any zoom
            g.cached = []
        elif g.kind in ("stage", "lane"):
            header = self.host.header_item(g.kind, g.target_id)
            if header is not None:
                header.setPos(0, 0)
        self.host.pin_headers()


def _from_pixmap(g: _Gesture, items: list[CardItem]) -> None:
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        g.cached.append(item.item_id)


def _gap_edge(spans: Sequence[Span], index: int) -> Optional[float]:
    """Where gap ``index`` between stage columns (or lane rows) is; None on an empty grid."""
    if not spans:
        return None
    return spans[index].start if index < len(spans) else spans[-1].end


def _index_after_removal(ids: list[str], moving: str, insert_at: int) -> Optional[int]:
    """The list position for ``moving`` dropped at gap ``insert_at`` (None if it stays put or is gone)."""
    if moving not in ids:
        return None
    old_index = ids.index(moving)
    new_index = insert_at - 1 if insert_at > old_index else insert_at
    return None if new_index == old_index else new_index


def _clamp(value: float) -> float:
    return round(min(8.0, max(0.25, value)), 2)

