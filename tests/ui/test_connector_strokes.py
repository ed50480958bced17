"""A dashed connector is stroked only where the canvas repaints it, and looks the same as drawn whole."""

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtTest import QTest

from journeymapper.canvas.connector_layer import clipped_runs
from journeymapper.canvas.items import ConnectorItem
from journeymapper.io import templates
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import default_measurer
from journeymapper.model import Card, LaneKind
from journeymapper.ui.application import ensure_app

from .windows import discard, show_window


def _tall_laptop_shop():
    """The laptop shop with 40 more cards in each touchpoint cell: its connectors run a long way."""
    doc = templates.load_template("laptop-shop", "en")
    lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.TOUCHPOINTS)
    for stage in doc.stages:
        start = sum(1 for c in doc.cards if c.lane_id == lane.id and c.stage_id == stage.id)
        doc.cards += [Card(id=f"{stage.id}-extra-{i}", lane_id=lane.id, stage_id=stage.id, order=start + i,
                           text=f"Visit {i}") for i in range(40)]
    return doc


@pytest.fixture(scope="module")
def dashed():
    """The dashed connector with the most segments, as a canvas item, and its longest straight segment."""
    ensure_app()
    layout = compute_layout(_tall_laptop_shop(), default_measurer())
    route = max((c for c in layout.connectors if c.dash), key=lambda c: len(c.path))
    item = ConnectorItem(route)
    index, segment = max(((i, s) for i, s in enumerate(route.path) if len(s) == 2),
                         key=lambda pair: abs(pair[1][1][0] - pair[1][0][0]) + abs(pair[1][1][1] - pair[1][0][1]))
    return item, index, segment


def _strip_across(segment, size=24.0):
    (x0, y0), (x1, y1) = segment
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return QRectF(mx - size / 2, my - size / 2, size, size)


def test_a_repaint_of_a_small_area_strokes_only_the_part_of_the_dashed_connector_in_it(dashed):
    item, index, segment = dashed
    (x0, y0), (x1, y1) = segment
    assert abs(x1 - x0) + abs(y1 - y0) > 300  # long enough to be worth cutting
    area = _strip_across(segment)
    runs = clipped_runs(item.path, item.pieces, [area], shortest=100)
    assert runs is not None and len(runs) == 1
    first, _, parts = runs[0]
    assert first == index and len(parts) == 1
    (a, b) = parts[0]
    grown = area.adjusted(-4, -4, 4, 4)
    assert grown.contains(QPointF(*a)) and grown.contains(QPointF(*b))  # only the strip, and its margin
    everything = item.boundingRect().adjusted(-10, -10, 10, 10)
    assert clipped_runs(item.path, item.pieces, [everything], shortest=100) is None  # all of it: drawn whole


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_cut_dashes_fall_where_the_whole_connector_has_them(dashed, scale):
    """Drawn whole and drawn only in the strip, the strip's pixels agree (the dash pattern runs on)."""
    item, _, segment = dashed
    area = _strip_across(segment)
    box = item.boundingRect()
    to_image = QTransform.fromTranslate(-box.left(), -box.top()) * QTransform.fromScale(scale, scale)

    def render(areas):
        # The image holds the whole connector: Qt's own dasher shifts the pattern after parts it skips
        # for lying outside the image, and the comparison is with the true pattern.
        image = QImage(int(box.width() * scale) + 2, int(box.height() * scale) + 2,
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(to_image)
        painter.setClipRect(area)
        item.draw(painter, scale, areas)
        painter.end()
        return image.copy(to_image.mapRect(area).toAlignedRect())

    whole, cut = render(None), render([area])
    inked = [(x, y) for y in range(whole.height()) for x in range(whole.width())
             if QColor(whole.pixel(x, y)).lightness() < 200]
    assert inked  # the strip has dashes in it
    worst = max(abs(QColor(whole.pixel(x, y)).lightness() - QColor(cut.pixel(x, y)).lightness())
                for y in range(whole.height()) for x in range(whole.width()))
    assert worst <= 8  # a level or two of antialiasing, not a dash moved


def test_scrolling_past_dashed_connectors_paints_what_a_full_repaint_paints(qtbot):
    window = show_window(qtbot, _tall_laptop_shop(), (1200, 800))
    view = window.view
    view.set_zoom(1.0)
    route = max((c for c in window.scene.layout.connectors if c.dash), key=lambda c: len(c.path))
    box = ConnectorItem(route).boundingRect()
    view.centerOn(box.center().x(), box.top())
    bar = view.verticalScrollBar()
    for _ in range(12):  # each step repaints only the strip that scrolled into view
        bar.setValue(bar.value() + 37)
        QTest.qWait(5)
    scrolled = view.viewport().grab().toImage()
    view.viewport().repaint()
    assert view.viewport().grab().toImage() == scrolled
    discard(window)
