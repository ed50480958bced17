"""Dragging an emotion curve's point up or down: a snapped preview, then one command on release.

The preview is laid out by the same code as the map (``layout.curves``) for a
copy of the curve, so what the user sees while dragging is exactly what the
release produces. The command is wrapped in a one-command :class:`Composite`:
``SetCurvePoint`` merges with the next set of the same point, and two drags
must stay two undo steps. Double-clicking a point edits its label in place.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from journeymapper.canvas import painting
from journeymapper.canvas.connector_drag import edit_in_place
from journeymapper.canvas.items import CurveItem
from journeymapper.commands.base import Composite
from journeymapper.commands.curves import SetCurvePoint
from journeymapper.layout.chart_geometry import CurvePath
from journeymapper.layout.curves import layout_curves
from journeymapper.model import Curve, CurvePoint
from journeymapper.model.queries import find_lane

if TYPE_CHECKING:
    from journeymapper.canvas.host import ItemHost

#: Extra reach around a face, in screen pixels, that still grabs the point.
GRAB_PX = 4.0
Z_BADGE = 25  # over the curves, under the pinned headers


def _tr(text: str) -> str:
    return QCoreApplication.translate("CurveDrag", text)


class CurveDrag:
    """One curve point being dragged (at most one at a time)."""

    def __init__(self, host: ItemHost) -> None:
        self.host = host
        self.item: Optional[CurveItem] = None
        self.stage_id = ""
        self.value = 0
        self.original: Optional[CurvePath] = None
        self.badge: Optional[QGraphicsRectItem] = None
        self._text: Optional[QGraphicsSimpleTextItem] = None

    # -- hit testing ----------------------------------------------------------------------------
    def hits(self, pos: QPointF) -> list[tuple[CurveItem, str]]:
        """The shown curve points within grabbing reach of ``pos``: topmost curve first, then nearest."""
        top = self.host.item_at(pos)
        if not isinstance(top, CurveItem):  # e.g. a pinned lane header over the curve
            return []
        reach = GRAB_PX / self.host.pixels_per_point()
        found: list[tuple[int, float, CurveItem, str]] = []
        stacked = [i for i in self.host.curve_items() if i.isVisible()]
        for rank, item in enumerate(reversed(stacked)):  # drawn last = on top
            for marker in item.curve.markers:
                d = math.hypot(pos.x() - marker.point[0], pos.y() - marker.point[1])
                if d <= marker.face.r + reach:
                    found.append((rank, d, item, marker.stage_id))
        found.sort(key=lambda f: (f[0], f[1]))
        return [(item, stage_id) for _, _, item, stage_id in found]

    def hit(self, pos: QPointF) -> Optional[tuple[CurveItem, str]]:
        """The point a click at ``pos`` takes: the topmost, or where points overlap and one of them is
        the current point, the next one under it (so repeated clicks reach every point)."""
        hits = self.hits(pos)
        if not hits:
            return None
        current = self.host.curve_points.point
        keys = [(item.item_id, stage_id) for item, stage_id in hits]
        if current in keys and len(hits) > 1:
            return hits[(keys.index(current) + 1) % len(hits)]
        return hits[0]

    def hover(self, pos: QPointF) -> Optional[Qt.CursorShape]:
        return Qt.CursorShape.SizeVerCursor if self.hits(pos) else None

    # -- the gesture ---------------------------------------------------------------------------
    def press(self, pos: QPointF) -> bool:
        found = self.hit(pos)
        if found is None or found[0].curve.band.h <= 0:
            return False
        self.item, self.stage_id = found
        self.original = self.item.curve
        marker = next(m for m in self.original.markers if m.stage_id == self.stage_id)
        self.value = marker.value
        self.host.curve_points.select(self.item.item_id, self.stage_id)
        self._show_badge(marker.point)
        return True

    def move(self, pos: QPointF) -> None:
        if self.item is None or self.original is None:
            return
        value = self.value_at(pos.y())
        if value != self.value:
            self.value = value
            preview = self._preview(value)
            if preview is not None:
                self.item.set_curve(preview)
        marker = next((m for m in self.item.curve.markers if m.stage_id == self.stage_id), None)
        if marker is not None:
            self._show_badge(marker.point)

    def release(self, pos: QPointF) -> None:
        item, original = self.item, self.original
        self.move(pos)
        value, stage_id = self.value, self.stage_id
        self.cancel()
        if item is None or original is None:
            return
        before = next((m.value for m in original.markers if m.stage_id == stage_id), None)
        if value != before:
            command = SetCurvePoint(item.item_id, stage_id, value)
            self.host.push(Composite(command.name, [command]))

    def cancel(self) -> None:
        """Drop the preview: the item shows the document's curve again."""
        if self.item is not None and self.original is not None and shiboken6.isValid(self.item):
            self.item.set_curve(self.original)
        self.item, self.original = None, None
        if self.badge is not None and shiboken6.isValid(self.badge):
            self.badge.hide()

    # -- a point's label, edited in place (double-click) -------------------------------------------
    def edit_label(self, pos: QPointF) -> bool:
        """Open a one-line editor for the label of the curve point under ``pos`` (the current one, which
        the double-click's first press chose, if it is there)."""
        hits = self.hits(pos)
        current = self.host.curve_points.point
        found = next((h for h in hits if (h[0].item_id, h[1]) == current), hits[0] if hits else None)
        if found is None:
            return False
        item, stage_id = found
        curve_id = item.item_id
        curve = next((c for c in self.host.doc.curves if c.id == curve_id), None)
        point = next((p for p in curve.points if p.stage_id == stage_id), None) if curve else None
        marker = next((m for m in item.curve.markers if m.stage_id == stage_id), None)
        if point is None or marker is None:
            return False
        host = self.host
        host.curve_points.select(curve_id, stage_id)

        def commit(text: str) -> None:
            now = next((c for c in host.doc.curves if c.id == curve_id), None)
            value = next((p.value for p in now.points if p.stage_id == stage_id), None) if now else None
            if value is not None:
                command = SetCurvePoint(curve_id, stage_id, value, label=text)
                host.push(Composite("Edit Emotion Label", [command]))

        below = marker.point[1] < item.curve.band.cy  # where the layout puts the label
        offset = (marker.face.r + 14) * (1 if below else -1)
        anchor = QPointF(marker.point[0], marker.point[1] + offset)
        return edit_in_place(host, anchor, point.label, commit, "curve-label-editor",
                             _tr("Label for this point")) is not None

    # -- values ----------------------------------------------------------------------------------
    def value_at(self, y: float) -> int:
        """The scale value nearest to height ``y`` in the dragged curve's band, clamped to the scale."""
        assert self.original is not None
        band = self.original.band
        scale = self.host.doc.emotion_scale
        fraction = (band.bottom - y) / band.h
        value = round(scale.min + fraction * (scale.max - scale.min))
        return max(scale.min, min(scale.max, value))

    def _preview(self, value: int) -> Optional[CurvePath]:
        """The dragged curve laid out with ``value`` at the dragged stage (the document is untouched)."""
        assert self.item is not None
        doc, layout = self.host.doc, self.host.layout
        curve = next((c for c in doc.curves if c.id == self.item.item_id), None)
        lane = find_lane(doc, curve.lane_id) if curve else None
        row = layout.lane_row(curve.lane_id) if curve else None
        if curve is None or lane is None or row is None:
            return None
        points = [CurvePoint(stage_id=p.stage_id, value=value, label=p.label) if p.stage_id == self.stage_id else p
                  for p in curve.points]
        moved = Curve(id=curve.id, lane_id=curve.lane_id, persona_id=curve.persona_id, variant=curve.variant,
                      points=points, visible=True)
        _, paths = layout_curves(doc, lane, [moved], layout.stage_columns, layout.grid.x, layout.grid.w,
                                 row.size, self.host.measurer, layout.style)
        return paths[0].shifted(row.start) if paths else None

    def _show_badge(self, point: tuple[float, float]) -> None:
        """A small label beside the point with the value it will get ("+2")."""
        if self.badge is None or not shiboken6.isValid(self.badge):
            self.badge = QGraphicsRectItem()
            self.badge.setBrush(QBrush(QColor("#FFFFFF")))
            self.badge.setPen(QPen(QColor("#1E88E5"), 1.0))
            self.badge.setZValue(Z_BADGE)
            self._text = QGraphicsSimpleTextItem(self.badge)
            font = QFont(painting.FAMILY)
            font.setPixelSize(10)
            self._text.setFont(font)
            self.host.addItem(self.badge)
        assert self._text is not None
        self._text.setText(f"{self.value:+d}" if self.value else "0")
        text_rect = self._text.boundingRect()
        radius = self.item.curve.markers[0].face.r if self.item and self.item.curve.markers else 7.0
        x, y = point[0] + radius + 4, point[1] - text_rect.height() / 2 - 2
        self.badge.setRect(QRectF(x, y, text_rect.width() + 6, text_rect.height() + 4))
        self._text.setPos(x + 3, y + 2)
        self.badge.show()


__all__ = ["CurveDrag"]
