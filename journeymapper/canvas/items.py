"""Scene items: each draws one piece of the layout and never writes to the document."""

from __future__ import annotations

import itertools
import math
from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymapper.canvas import painting as p
from journeymapper.canvas.card_raster import CardRaster
from journeymapper.canvas.connector_layer import ConnectorLayer, clipped_runs, route_pieces, united
from journeymapper.canvas.icons import draw_channel_icon
from journeymapper.canvas.votes import draw_vote_dots
from journeymapper.layout.chart_geometry import CurvePath, MetricRow
from journeymapper.layout.fonts import default_measurer
from journeymapper.layout.geometry import CardBox, ConnectorPath, HeaderBox
from journeymapper.layout.markers import evidence_diamond
from journeymapper.layout.style import LayoutStyle, shade

SELECTION_COLOUR = "#1E88E5"
Z_CELLS, Z_CURVES, Z_CARDS, Z_CONNECTORS, Z_LANE_HEADERS, Z_STAGE_HEADERS = 0, 5, 10, 15, 30, 31
#: Below this many screen pixels per point of text, cards are drawn as plain blocks.
READABLE_SCALE = 0.35
# Looked up once: these run for thousands of cards.
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_CUT_PX = 120  # a dashed connector's lines longer than this on screen are stroked only where repainted


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class CardItem(QGraphicsItem):
    """A card: a rounded rectangle with wrapped text, channel icon and evidence marker."""

    kind = "card"

    def __init__(self, box: CardBox, style: LayoutStyle, tooltip: str = "") -> None:
        super().__init__()
        self.box = box
        self.style = style
        self.item_id = box.card_id
        self._bounds = p.rectf(box.rect).adjusted(-2, -2, 2, 2)  # asked for often while painting
        self.image: Optional[QImage] = None  # for cards with an image asset, set by the scene
        self.tip_of: Optional[tuple[str, str]] = None  # (evidence, source) the tooltip was made from
        self.raster: Optional[CardRaster] = None  # the scene's image of card blocks, for zoomed-out views
        self.in_raster = True  # False while the card is away from its place (dragged): it paints itself
        self._blank = False  # the view shows the raster: nothing to paint unless selected or dragged
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(Z_CARDS)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if tooltip:
            self.setToolTip(tooltip)

    def set_box(self, box: CardBox) -> None:
        if box != self.box:
            self.prepareGeometryChange()
            self.box = box
            self._bounds = p.rectf(box.rect).adjusted(-2, -2, 2, 2)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_blank(self, blank: bool) -> None:
        """Leave painting to the scene's card image (the view is zoomed out that far), unless it is shown
        differently from its block there: selected, or away from its place. Qt then skips the item.
        The scene calls this again when the card's selection changes."""
        self._blank = blank
        self.setFlag(_NO_CONTENTS, blank and self.in_raster and not self.isSelected())

    def set_in_raster(self, drawn: bool) -> None:
        self.in_raster = drawn
        self.set_blank(self._blank)


    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        box, style = self.box, self.style
        rect = p.rectf(box.rect)
        selected = self.isSelected()
        if _lod(option, painter) < READABLE_SCALE:
            if not selected and self.in_raster and self.raster is not None and self.raster.covers(painter):
                return  # the scene's background copied this block from its image
            painter.fillRect(rect, p.qcolor(SELECTION_COLOUR if selected else box.fill))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QPen(p.qcolor(SELECTION_COLOUR), 2.0) if selected else QPen(
            p.qcolor(style.card_border_colour), style.card_border_width)
        painter.setPen(border)
        painter.setBrush(QBrush(p.qcolor(box.fill)))
        radius = style.card_corner_radius
        painter.drawRoundedRect(rect, radius, radius)
        p.draw_lines(painter, box.lines)
        if box.channel and box.channel_rect:
            draw_channel_icon(painter, box.channel, p.rectf(box.channel_rect), style.muted_text_colour)
        draw_evidence_marker(painter, box)
        if self.image is not None and box.image_rect is not None:
            painter.drawImage(p.rectf(box.image_rect), self.image)
        draw_vote_dots(painter, box, style)


def draw_evidence_marker(painter: QPainter, box: CardBox) -> None:
    """Evidence told apart by shape, not colour alone: observed a filled disc, assumed a hollow
    ring, proposed a diamond (so the three stay distinct in greyscale and for colour-blind readers)."""
    marker = p.rectf(box.evidence_rect)
    painter.setPen(QPen(p.qcolor(box.evidence_stroke), 1.0))
    painter.setBrush(QBrush(p.qcolor(box.evidence_fill)) if box.evidence_fill else Qt.BrushStyle.NoBrush)
    diamond = evidence_diamond(box.evidence_rect, box.evidence)
    if diamond:
        painter.drawPolygon(QPolygonF([p.pointf(corner) for corner in diamond]))
    else:
        painter.drawEllipse(marker)


class HeaderItem(QGraphicsItem):
    """The title band, a stage header or a lane header. Stage and lane headers are selectable."""

    def __init__(self, box: HeaderBox, style: LayoutStyle) -> None:
        super().__init__()
        self.box = box
        self.style = style
        self.kind = box.kind
        self.item_id = box.id
        self.legend: list = []  # LegendEntry of an emotions lane
        self.metric_names: list = []  # name lines of a kpis lane's metrics
        if box.kind in ("stage", "lane"):
            self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue({"stage": Z_STAGE_HEADERS, "lane": Z_LANE_HEADERS}.get(box.kind, Z_CELLS))
        # A lane's title is an item of its own, so that it can move down the lane and repaint alone:
        # Qt repaints the whole of a (tall) lane header for an update of part of it after a scroll.
        self.title_item = _TitleItem(self) if box.kind == "lane" else None

    @property
    def title_shift(self) -> float:
        """How far a lane's title is moved down to stay in view (keep_title_in_view)."""
        return self.title_item.pos().y() if self.title_item is not None else 0.0

    def title_rect(self) -> QRectF:
        """Where the title is drawn now, in scene coordinates (an inline rename opens there)."""
        if self.title_item is None:
            return self.sceneBoundingRect().adjusted(1, 1, -1, -1)
        return self.title_item.sceneBoundingRect().adjusted(1, 1, -1, -1)

    def keep_title_in_view(self, top: Optional[float]) -> None:
        """Draw a lane's title at ``top`` (where the visible grid starts), or None: at the lane's top.

        A lane with thousands of cards is taller than the window; scrolled down its length, its name
        would be out of sight. The title moves down with the view while the lane lets it; a lane with
        KPI names or a curve legend keeps its title in place (they sit right below it).
        """
        if self.title_item is None:
            return
        shift = 0.0
        if top is not None and not self.legend and not self.metric_names:
            rect = self.box.rect
            shift = max(0.0, min(top - rect.y, rect.h - self.title_item.height))
        if shift != self.title_shift:
            self.title_item.setPos(0, shift)

    def boundingRect(self) -> QRectF:
        return p.rectf(self.box.rect).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        box = self.box
        rect = p.rectf(box.rect)
        if box.fill:
            painter.fillRect(rect, p.qcolor(box.fill))
            painter.setPen(QPen(p.qcolor(shade(box.fill, 0.85)), 0.8))
            painter.drawRect(rect)
        elif box.kind == "title":
            painter.fillRect(rect, QColor("#FFFFFF"))
        if _lod(option, painter) >= READABLE_SCALE / 2:
            if self.title_item is None:
                p.draw_lines(painter, box.lines)
            for lines in self.metric_names:
                p.draw_lines(painter, lines)
            for entry in self.legend:
                painter.setPen(p.pen(entry.colour, entry.width, entry.dash))
                painter.drawLine(p.pointf(entry.swatch[0]), p.pointf(entry.swatch[1]))
                p.draw_lines(painter, entry.lines)
        if self.isSelected():
            painter.setPen(QPen(p.qcolor(SELECTION_COLOUR), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class _TitleItem(QGraphicsItem):
    """A lane header's title lines, drawn above the header; never hit (clicks find the header)."""

    def __init__(self, header: HeaderItem) -> None:
        super().__init__(header)
        box = header.box
        self._lines = box.lines
        #: From the header's top to below its last line, padding included.
        self.height = 0.0
        if box.lines:
            descent = default_measurer().descent  # the bundled font the lines are drawn in
            bottom = max(line.y_baseline + descent(line.size) for line in box.lines)
            self.height = min(box.rect.h, bottom - box.rect.y + header.style.header_padding)
        self._bounds = QRectF(box.rect.x, box.rect.y, box.rect.w, self.height).adjusted(-1, -1, 1, 1)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        if _lod(option, painter) >= READABLE_SCALE / 2:
            p.draw_lines(painter, self._lines)


class ConnectorItem(QGraphicsItem):
    """An arrow between two cards, routed by the layout; selectable and deletable.

    In a scene its :class:`ConnectorLayer` paints it (see connector_layer.py for why); the
    item answers hit tests, holds the selection and tells the layer what to repaint.
    """

    kind = "connector"

    def __init__(self, path: ConnectorPath) -> None:
        super().__init__()
        self.layer: Optional[ConnectorLayer] = None
        self._take(path)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_CONNECTORS)

    def _take(self, path: ConnectorPath) -> None:
        """A new route's areas; its Qt path and arrow are made when first drawn or hit-tested, as most
        reroutes (a card of the connector moved) happen out of view or too small for a hit test."""
        self.path = path
        self.item_id = path.connector_id
        self.pieces = route_pieces(path)
        self._bounds = united(self.pieces).adjusted(-5, -5, 5, 5)  # with the pieces' 3: the pen and a margin
        self._stroke: Optional[QPainterPath] = None
        self._starts: Optional[tuple[float, list[float]]] = None  # (scale, route length at each segment)
        self._arrow: Optional[QPolygonF] = None
        self._pens = (p.pen(path.colour, path.width, path.dash), p.pen(SELECTION_COLOUR, path.width + 1, path.dash))

    def set_path(self, path: ConnectorPath) -> None:
        """Follow a new route (cheaper for the scene index than a new item); only what moved repaints."""
        old, old_bounds = self.path, self._bounds
        self.prepareGeometryChange()
        self._take(path)
        if self.layer is not None:
            self.layer.rerouted(self, old, old_bounds)
        else:
            self.update()

    def stroke_path(self) -> QPainterPath:
        if self._stroke is None:
            self._stroke = p.segments_path(self.path.path)
        return self._stroke

    def _dash_start(self, index: int, t: float, scale: float) -> float:
        """Length of the route up to ``t`` (0 to 1) along segment ``index``, in points, as Qt's dasher
        measures it at ``scale`` device pixels per point: rounded corners as the polygons it flattens
        them to (finer when zoomed in), else the dashes after a corner would shift by a fraction of a pixel."""
        if self._starts is None or self._starts[0] != scale:
            flatten = QTransform.fromScale(scale, scale)
            lengths = [math.dist(*segment) if len(segment) == 2
                       else _polygon_length(p.segments_path([segment]), flatten) / scale
                       for segment in self.path.path]
            self._starts = (scale, [0.0, *itertools.accumulate(lengths)])
        starts = self._starts[1]
        return starts[index] + t * (starts[index + 1] - starts[index])

    def painted_by(self, layer: Optional[ConnectorLayer]) -> None:
        self.layer = layer
        self.setFlag(_NO_CONTENTS, layer is not None)

    def restyled(self) -> None:
        """Selected, faded or shown again: repaint (Python itemChange overrides would tax every item change)."""
        if self.layer is not None:
            self.layer.update(self._bounds)
        else:
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self):
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self.stroke_path())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        if self.layer is None:  # outside a scene's layer (it paints us otherwise)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            self.draw(painter, _lod(option, painter))

    def draw(self, painter: QPainter, lod: float, areas: Optional[list[QRectF]] = None) -> None:
        """Stroke, arrow and label; the caller has set antialiasing and no brush (the layer, once for all).

        ``areas``: what is being repainted; a dashed stroke is then drawn only where it meets them.
        """
        path = self.path
        selected = self.isSelected()
        pen = self._pens[selected]
        painter.setPen(pen)
        scale = _device_scale(painter) if areas and path.dash else 0.0
        # Solid strokes gain too little to be cut; a pen thinner than a device pixel goes to Qt's cosmetic
        # stroker, which places a dash offset otherwise.
        runs = clipped_runs(path, self.pieces, areas, _CUT_PX / lod) if areas and pen.widthF() * scale > 1 else None
        if runs is None:
            painter.drawPath(self.stroke_path())
        for index, t0, parts in runs or ():  # each dashed on from where the whole route has its pattern there
            dashed = QPen(pen)
            dashed.setDashOffset(self._dash_start(index, t0, scale) / pen.widthF())  # in pen widths
            painter.setPen(dashed)
            painter.drawPath(p.segments_path(parts))
        if lod < READABLE_SCALE / 2:  # the arrowhead would be a pixel or less
            return
        if self._arrow is None:
            arrow = path.arrow
            self._arrow = QPolygonF([p.pointf(arrow.tip), p.pointf(arrow.left), p.pointf(arrow.right)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(p.qcolor(SELECTION_COLOUR if selected else path.colour)))
        painter.drawPolygon(self._arrow)
        if path.label_rect and path.label_lines and lod >= READABLE_SCALE:
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(p.rectf(path.label_rect), 2, 2)
            p.draw_lines(painter, path.label_lines)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _device_scale(painter: QPainter) -> float:
    """Device pixels per point, the screen's pixel ratio included."""
    return math.sqrt(abs(painter.deviceTransform().determinant()))


def _polygon_length(path: QPainterPath, transform: QTransform) -> float:
    return sum(math.dist((a.x(), a.y()), (b.x(), b.y()))
               for polygon in path.toSubpathPolygons(transform) for a, b in itertools.pairwise(polygon.toList()))


class CurveItem(QGraphicsItem):
    """A persona's emotion curve with a face and optional label at each stage."""

    kind = "curve"

    def __init__(self, curve: CurvePath, style: LayoutStyle) -> None:
        super().__init__()
        self.curve = curve
        self.style = style
        self.item_id = curve.curve_id
        self._path = p.segments_path(curve.beziers)
        self._bridges = p.segments_path(curve.bridges)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_CURVES)

    def set_curve(self, curve: CurvePath) -> None:
        """Draw other geometry (a drag preview); the document is not touched."""
        self.prepareGeometryChange()
        self.curve = curve
        self._path = p.segments_path(curve.beziers)
        self._bridges = p.segments_path(curve.bridges)
        self.update()

    def _current_stage(self) -> Optional[str]:
        if not self.isSelected():
            return None
        point = getattr(self.scene(), "curve_points", None)
        current = point.point if point is not None else None
        return current[1] if current and current[0] == self.item_id else None

    def boundingRect(self) -> QRectF:
        rect = p.rectf(self.curve.band)
        for marker in self.curve.markers:
            for line in marker.label_lines:
                rect = rect.united(QRectF(line.x, line.y_baseline - line.size, 200, line.size * 1.5))
        return rect.adjusted(-12, -12, 12, 12)

    def shape(self):
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        shape = stroker.createStroke(self._path)
        shape.addPath(stroker.createStroke(self._bridges))
        for marker in self.curve.markers:
            shape.addEllipse(p.pointf(marker.point), marker.face.r + 2, marker.face.r + 2)
        return shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        curve, style = self.curve, self.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if curve.bridges:  # across stages without a point: faint, under the curve
            painter.setPen(p.pen(curve.bridge_colour, curve.bridge_width, curve.bridge_dash))
            painter.drawPath(self._bridges)
        width = curve.width + (1.5 if self.isSelected() else 0)
        painter.setPen(p.pen(curve.colour, width, curve.dash))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if _lod(option, painter) < READABLE_SCALE / 2:  # faces a few pixels wide: the curve says it all
            return
        current = self._current_stage()
        for marker in curve.markers:
            face = marker.face
            if marker.stage_id == current:  # the selected point (curve_points.py): a ring around it
                painter.setPen(QPen(p.qcolor(SELECTION_COLOUR), 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(p.pointf((face.cx, face.cy)), face.r + 3, face.r + 3)
            painter.setPen(QPen(p.qcolor(curve.colour), style.face_stroke_width))
            painter.setBrush(QBrush(p.qcolor(style.face_fill)))
            painter.drawEllipse(p.pointf((face.cx, face.cy)), face.r, face.r)
            painter.setBrush(QBrush(p.qcolor(curve.colour)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(p.pointf(face.left_eye), face.eye_r, face.eye_r)
            painter.drawEllipse(p.pointf(face.right_eye), face.eye_r, face.eye_r)
            painter.setPen(QPen(p.qcolor(curve.colour), style.face_stroke_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(p.segments_path([face.mouth]))
            p.draw_lines(painter, marker.label_lines)


class MetricRowItem(QGraphicsItem):
    """One KPI across the stages: value, target and a bar per stage; name in the lane header."""

    kind = "metric"

    def __init__(self, row: MetricRow, style: LayoutStyle) -> None:
        super().__init__()
        self.row = row
        self.style = style
        self.item_id = row.metric_id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)  # to edit in place and inspect
        self.setZValue(Z_CARDS)

    def mousePressEvent(self, event) -> None:
        cells = getattr(self.scene(), "metric_cells", None)
        if cells is not None:  # the cell F2 edits (metric_cells.py)
            cells.clicked(self.item_id, event.scenePos().x())
        super().mousePressEvent(event)

    def boundingRect(self) -> QRectF:
        return p.rectf(self.row.rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        row = self.row
        painter.setPen(QPen(p.qcolor(self.style.grid_line_colour), 0.5))
        painter.drawLine(p.pointf((row.rect.x, row.rect.bottom)), p.pointf((row.rect.right, row.rect.bottom)))
        for cell in row.cells:
            painter.fillRect(p.rectf(cell.bar_track), p.qcolor(self.style.bar_track_colour))
            if cell.bar:
                painter.fillRect(p.rectf(cell.bar), p.qcolor(cell.colour))
            if cell.target_tick:
                painter.fillRect(p.rectf(cell.target_tick), p.qcolor(self.style.text_colour))
            p.draw_lines(painter, [cell.value_line])
            if cell.target_line:
                p.draw_lines(painter, [cell.target_line])
        if self.isSelected():
            painter.setPen(QPen(p.qcolor(SELECTION_COLOUR), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(p.rectf(row.rect).adjusted(1, 1, -1, -1))
