"""Channel icons on the canvas, drawn from the shared vector definitions."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF

from journeymapper.canvas.painting import qcolor
from journeymapper.layout.channel_icons import GRID, ICONS, STROKE


def draw_channel_icon(painter: QPainter, channel: str, rect: QRectF, colour: str) -> None:
    shapes = ICONS.get(channel)
    if not shapes:
        return
    painter.save()
    painter.translate(rect.x(), rect.y())
    scale = min(rect.width(), rect.height()) / GRID
    painter.scale(scale, scale)
    stroke = QPen(qcolor(colour), STROKE)
    stroke.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroke.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for shape in shapes:
        a = shape.args
        if shape.fill:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(qcolor(colour)))
        else:
            painter.setPen(stroke)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        if shape.kind == "circle":
            painter.drawEllipse(QPointF(a[0], a[1]), a[2], a[2])
        elif shape.kind == "ellipse":
            painter.drawEllipse(QPointF(a[0], a[1]), a[2], a[3])
        elif shape.kind == "rect":
            painter.drawRoundedRect(QRectF(a[0], a[1], a[2], a[3]), a[4], a[4])
        elif shape.kind == "line":
            painter.drawLine(QPointF(a[0], a[1]), QPointF(a[2], a[3]))
        else:
            points = QPolygonF([QPointF(a[i], a[i + 1]) for i in range(0, len(a), 2)])
            if shape.kind == "polygon":
                painter.drawPolygon(points)
            else:
                painter.drawPolyline(points)
    painter.restore()
