"""A lane with many cards is taller than the window: scrolled down its length, the user still sees and
can rename which lane it is."""

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from journeymapper.io import templates
from journeymapper.model import Card, LaneKind, Persona

from .windows import discard, show_window

EXTRA_CARDS = 200


@pytest.fixture
def tall(qtbot):
    """The laptop shop with 200 more touchpoints in its second stage, shown at 100 %."""
    doc = templates.load_template("laptop-shop", "en")
    lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.TOUCHPOINTS)
    stage = doc.stages[1]
    start = sum(1 for c in doc.cards if c.lane_id == lane.id and c.stage_id == stage.id)
    doc.cards += [Card(id=f"tall-{i}", lane_id=lane.id, stage_id=stage.id, order=start + i,
                       text=f"Store visit {i}: compares screens side by side") for i in range(EXTRA_CARDS)]
    win = show_window(qtbot, doc)
    win.view.set_zoom(1.0)
    yield win, lane
    discard(win)


def _scroll_to_middle_of(win, lane_id):
    """Scroll (the scroll bar, as the wheel does) so the middle of the lane is in the window's middle."""
    row = win.scene.layout.lane_row(lane_id)
    bar = win.view.verticalScrollBar()
    target = win.view.mapFromScene(QPointF(0, (row.start + row.end) / 2)).y() - win.view.viewport().height() // 2
    bar.setValue(bar.value() + target)
    QTest.qWait(10)
    visible = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    assert row.start < visible.top() and visible.bottom() < row.end  # the lane fills the window
    return visible


def _ink(win, scene_rect) -> int:
    """Pixels in ``scene_rect`` much darker than the lane header's fill: the title's letters."""
    image = win.view.viewport().grab().toImage()
    area = QRect(win.view.mapFromScene(scene_rect.topLeft()), win.view.mapFromScene(scene_rect.bottomRight()))
    area = area.intersected(image.rect())
    return sum(1 for x in range(area.left(), area.right(), 2) for y in range(area.top(), area.bottom(), 2)
               if QColor(image.pixel(x, y)).lightness() < 110)


def test_scrolled_down_a_tall_lane_its_title_stays_in_view_below_the_stage_headers(tall):
    win, lane = tall
    header = win.scene.headers[("lane", lane.id)]
    visible = _scroll_to_middle_of(win, lane.id)
    title = header.title_rect()
    stage_headers_bottom = win.scene.headers[("stage", win.session.doc.stages[0].id)].sceneBoundingRect().bottom()
    assert visible.contains(title)
    assert title.top() >= stage_headers_bottom - 2  # not hidden under the pinned stage headers
    assert _ink(win, title) > 20  # drawn there, readable
    win.view.verticalScrollBar().setValue(win.view.verticalScrollBar().minimum())
    QTest.qWait(10)
    assert header.title_rect().top() == pytest.approx(header.box.rect.y)  # back at the top of its lane


def test_the_title_stops_at_the_bottom_of_its_lane(tall):
    win, lane = tall
    row = win.scene.layout.lane_row(lane.id)
    header = win.scene.headers[("lane", lane.id)]
    bar = win.view.verticalScrollBar()
    bar.setValue(bar.value() + win.view.mapFromScene(QPointF(0, row.end - 30)).y())  # the lane's end near the top
    QTest.qWait(10)
    assert header.title_rect().bottom() <= row.end + 1


@pytest.mark.parametrize("zoom", [1.0, 0.2])
def test_double_clicking_the_title_far_down_the_lane_renames_it_in_view(tall, zoom):
    win, lane = tall
    win.view.set_zoom(zoom)
    _scroll_to_middle_of(win, lane.id)
    viewport = win.view.viewport()
    header = win.scene.headers[("lane", lane.id)]
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      win.view.mapFromScene(header.title_rect().center()))
    editor = win.view.editor.editor
    assert editor is not None and viewport.rect().contains(editor.geometry())
    # right over the title, where it is once the editor has scrolled the title's margin into view
    assert abs(editor.geometry().top() - win.view.mapFromScene(header.title_rect().topLeft()).y()) <= 1
    QTest.keyClicks(editor, "Store and web touchpoints")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert lane.title == "Store and web touchpoints"
    assert win.session.undo_stack.canUndo()


def test_image_export_draws_the_title_at_the_top_of_its_lane(tall):
    win, lane = tall
    _scroll_to_middle_of(win, lane.id)
    header = win.scene.headers[("lane", lane.id)]
    with win.scene.unpinned():
        assert header.title_shift == 0
    assert header.title_shift > 0  # and back in view afterwards


def test_an_emotions_lane_whose_legend_comes_back_puts_its_title_back_above_it(qtbot):
    """Filtered on a persona without a curve, an emotions lane has no legend and its title may move down
    with the view; when the filter is cleared the legend returns right below the title's usual place."""
    doc = templates.load_template("saas-onboarding", "en")
    doc.personas.append(Persona(id="p-no-curve", name="Nobody yet"))
    lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.EMOTIONS)
    win = show_window(qtbot, doc, (1200, 700))
    win.view.set_zoom(8.0)  # the lane is taller than the window
    scene, header = win.scene, win.scene.headers[("lane", lane.id)]
    scene.set_persona_filter("p-no-curve")
    assert header.legend == []
    _scroll_to_middle_of(win, lane.id)
    assert header.title_shift > 0
    scene.set_persona_filter(None)
    assert header.legend and header.title_shift == 0
    assert header.title_rect().bottom() <= header.legend[0].swatch[0][1]
    discard(win)
