"""Differences drawn over the map: added items outlined in one colour, changed in another, moved in a
third, removed items as faint ghosts where they were (in the compared map's layout).

One item paints every marker and has no shape, so it never takes a click or a drag from the map
under it; tooltips come from :meth:`DiffOverlay.tooltip_at`, asked by the view's owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymapper.compare.diff import Entry
from journeymapper.compare.snapshot import split_point_id
from journeymapper.layout.geometry import Rect
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap

#: Above cards, connectors and pinned headers.
Z_DIFF = 5000.0
COLOURS = {"added": "#1E8449", "changed": "#E67E22", "moved": "#2E86C1", "removed": "#7F8C8D"}


@dataclass(frozen=True)
class Marker:
    entry: Entry
    rect: QRectF
    tooltip: str


def entry_rect(layout: MapLayout, doc: JourneyMap, entry: Entry) -> Optional[QRectF]:
    """Where ``entry``'s item is drawn in ``layout`` (of ``doc``), or None if it has no place of its own."""
    kind, item_id = entry.kind, entry.item_id
    rect: Optional[Rect] = None
    if kind == "card":
        box = layout.card(item_id)
        rect = box.rect if box else None
    elif kind in ("stage", "lane"):
        headers = layout.stage_headers if kind == "stage" else layout.lane_headers
        rect = next((h.rect for h in headers if h.id == item_id), None)
    elif kind == "metric":
        rect = next((r.rect for r in layout.metric_rows if r.metric_id == item_id), None)
    elif kind in ("point", "curve"):
        curve_id, stage_id = split_point_id(item_id) if kind == "point" else (item_id, "")
        curve = next((c for c in doc.curves if c.id == curve_id), None)
        row = layout.lane_row(curve.lane_id) if curve else None
        column = layout.stage_column(stage_id) if stage_id else None
        if row is not None and (column is not None or kind == "curve"):
            x0, x1 = (column.start, column.end) if column else (layout.grid.x, layout.grid.right)
            rect = Rect(x0, row.start, x1 - x0, row.end - row.start)
    elif kind == "connector":
        connector = next((c for c in doc.connectors if c.id == item_id), None)
        ends = [layout.card(c) for c in ((connector.from_card, connector.to_card) if connector else ())]
        boxes = [b.rect for b in ends if b is not None]
        if boxes:
            left, top = min(b.x for b in boxes), min(b.y for b in boxes)
            right, bottom = max(b.right for b in boxes), max(b.bottom for b in boxes)
            rect = Rect(left, top, right - left, bottom - top)
    return QRectF(rect.x, rect.y, rect.w, rect.h) if rect is not None else None


def ghost_rect(old: MapLayout, old_doc: JourneyMap, new: MapLayout, entry: Entry) -> Optional[QRectF]:
    """Where a removed item was: a card keeps its place within its cell when the cell is still
    there (the rows and columns around it may have grown), anything else its old place."""
    rect = entry_rect(old, old_doc, entry)
    box = old.card(entry.item_id) if entry.kind == "card" else None
    if rect is None or box is None:
        return rect
    cells = {(c.lane_id, c.stage_id): c.rect for c in new.cells}
    was = next((c.rect for c in old.cells if (c.lane_id, c.stage_id) == (box.lane_id, box.stage_id)), None)
    now = cells.get((box.lane_id, box.stage_id))
    if was is None or now is None:
        return rect
    return rect.translated(now.x - was.x, now.y - was.y)


class DiffOverlay(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_DIFF)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.markers: list[Marker] = []
        self._bounds = QRectF()
        #: Ghost text per removed card (its old text), drawn faintly inside the ghost.
        self.ghost_texts: dict[str, str] = {}

    def set_markers(self, markers: Sequence[Marker], ghost_texts: Optional[dict[str, str]] = None) -> None:
        self.prepareGeometryChange()
        self.markers = list(markers)
        self.ghost_texts = dict(ghost_texts or {})
        bounds = QRectF()
        for marker in self.markers:
            bounds = bounds.united(marker.rect.adjusted(-8, -8, 8, 8))
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: the map under it keeps every click

    def marker_at(self, pos: QPointF) -> Optional[Marker]:
        """The smallest marker under ``pos`` (a card inside a changed stage's column wins)."""
        hits = [m for m in self.markers if m.rect.adjusted(-4, -4, 4, 4).contains(pos)]
        return min(hits, key=lambda m: m.rect.width() * m.rect.height(), default=None)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        exposed = option.exposedRect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for marker in self.markers:
            rect = marker.rect.adjusted(-3, -3, 3, 3)
            if not rect.adjusted(-3, -3, 3, 3).intersects(exposed):
                continue
            colour = QColor(COLOURS[marker.entry.change])
            if marker.entry.change == "removed":
                fill = QColor(colour)
                fill.setAlpha(40)
                pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 4, 4)
                text = self.ghost_texts.get(marker.entry.item_id) or marker.entry.label
                faint = QColor(colour)
                faint.setAlpha(150)
                painter.setPen(faint)
                painter.drawText(rect.adjusted(6, 4, -6, -4),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                                 text)
                continue
            painter.setPen(QPen(colour, 2.5 if marker.entry.change != "moved" else 2.0,
                                Qt.PenStyle.SolidLine if marker.entry.change != "moved" else Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 5, 5)
