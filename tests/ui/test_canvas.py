"""The canvas editor driven like a user drives it: real mouse and keyboard events."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper import io
from journeymapper.canvas.palette_mime import MIME_PALETTE, PaletteEntry
from journeymapper.io import templates
from journeymapper.model import LaneKind
from journeymapper.ui.application import ensure_app
from journeymapper.ui.main_window import MainWindow
from tests.ui.windows import show_window


@pytest.fixture
def window(qtbot):
    ensure_app()
    doc = templates.load_template("ecommerce", "en")
    win = show_window(qtbot, doc, zoom=0.7)
    yield win
    _discard_changes(win)


def _discard_changes(win):
    """Closing at teardown must not stop at the unsaved-changes question."""
    try:
        win.session.undo_stack.setClean()
        win.close()
    except RuntimeError:  # already closed and deleted by the test
        pass


def vp(window, x, y) -> QPoint:
    """Viewport position of a scene point, scrolling it into view first."""
    window.view.ensureVisible(x - 5, y - 5, 10, 10, 80, 80)
    return window.view.mapFromScene(QPointF(x, y))


def card_centre(window, card_id):
    box = window.scene.layout.card(card_id)
    return box.rect.cx, box.rect.cy


def drag(window, start, end, steps=6):
    viewport = window.view.viewport()
    p0 = vp(window, *start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    p1 = window.view.mapFromScene(QPointF(*end))
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, p0 + (p1 - p0) * (i / steps))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)


def lane(doc, kind):
    return next(lane for lane in doc.lanes if lane.kind == kind)


def cell_cards(doc, lane_id, stage_id):
    return sorted((c for c in doc.cards if c.lane_id == lane_id and c.stage_id == stage_id), key=lambda c: c.order)


def drop_palette(window, entry: PaletteEntry, scene_point):
    viewport = window.view.viewport()
    pos = vp(window, *scene_point)
    mime = QMimeData()
    mime.setData(MIME_PALETTE, entry.encode())
    actions = Qt.DropAction.CopyAction
    for event in (QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(viewport, event)
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_palette_drop_on_a_cell_creates_a_card_there_and_starts_editing(window, qtbot):
    doc = window.session.doc
    pains = lane(doc, LaneKind.PAIN_POINTS)
    stage = doc.stages[2]
    rect = window.scene.layout.cell_rect(pains.id, stage.id)
    before = len(cell_cards(doc, pains.id, stage.id))
    assert drop_palette(window, PaletteEntry("card", "pain_point"), (rect.cx, rect.bottom - 4))
    cards = cell_cards(doc, pains.id, stage.id)
    assert len(cards) == before + 1
    new = cards[-1]  # dropped below the last card: it lands at the end
    assert window.scene.selected_ids() == [new.id]
    editor = window.view.findChild(type(window.view.editor.editor), "inline-editor")
    assert editor is not None and editor.isVisible()
    QTest.keyClicks(editor, "Slow checkout")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert next(c for c in doc.cards if c.id == new.id).text == "Slow checkout"
    assert window.session.undo_stack.count() == 2
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert len(cell_cards(doc, pains.id, stage.id)) == before


def test_palette_drop_between_columns_adds_a_stage(window):
    doc = window.session.doc
    columns = window.scene.layout.stage_columns
    x = columns[1].end - 5  # right half of the second column: the new stage goes after it
    y = window.scene.layout.stage_headers[0].rect.cy
    assert drop_palette(window, PaletteEntry("stage"), (x, y))
    assert len(doc.stages) == 6
    assert doc.stages[2].name == "New stage"
    # no emotion is invented for the new stage: every curve has a gap there
    assert all(len(c.points) == 5 for c in doc.curves)


def test_palette_lane_drop_adds_that_kind_of_lane(window):
    doc = window.session.doc
    rows = window.scene.layout.lane_rows
    assert drop_palette(window, PaletteEntry("lane", "backstage"), (window.scene.layout.grid.cx, rows[0].end - 2))
    assert doc.lanes[1].kind == LaneKind.BACKSTAGE and doc.lanes[1].title == "Backstage"


def test_dragging_a_card_to_another_cell_moves_it_as_one_undo_step(window):
    doc = window.session.doc
    touch = lane(doc, LaneKind.TOUCHPOINTS)
    source = cell_cards(doc, touch.id, doc.stages[0].id)[0]
    target_rect = window.scene.layout.cell_rect(touch.id, doc.stages[3].id)
    count = window.session.undo_stack.count()
    drag(window, card_centre(window, source.id), (target_rect.cx, target_rect.bottom - 3))
    moved = next(c for c in doc.cards if c.id == source.id)
    assert (moved.lane_id, moved.stage_id) == (touch.id, doc.stages[3].id)
    assert cell_cards(doc, touch.id, doc.stages[3].id)[-1].id == source.id
    assert window.session.undo_stack.count() == count + 1
    assert window.session.undo_stack.undoText() == "Move Card"
    window.session.undo_stack.undo()
    back = next(c for c in doc.cards if c.id == source.id)
    assert (back.stage_id, back.order) == (doc.stages[0].id, 0)
    # the scene followed the document back
    assert window.scene.layout.card(source.id).stage_id == doc.stages[0].id


def test_dragging_a_stage_header_reorders_stages(window):
    doc = window.session.doc
    first = doc.stages[0].id
    header = window.scene.layout.stage_headers[0].rect
    target = window.scene.layout.stage_columns[2]
    drag(window, (header.cx, header.cy), (target.end - 10, header.cy))
    assert [s.id for s in doc.stages].index(first) == 2
    window.session.undo_stack.undo()
    assert doc.stages[0].id == first


def test_dragging_a_column_border_resizes_the_stage(window):
    doc = window.session.doc
    column = window.scene.layout.stage_columns[0]
    y = window.scene.layout.stage_headers[0].rect.cy
    drag(window, (column.end, y), (column.end + 110, y))
    assert doc.stages[0].width == pytest.approx(1.5, abs=0.03)
    assert window.scene.layout.stage_columns[0].size == pytest.approx(330, abs=7)


def test_double_click_edits_a_stage_name_and_escape_cancels(window):
    doc = window.session.doc
    header = window.scene.layout.stage_headers[1].rect
    pos = vp(window, header.cx, header.cy)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    editor = window.view.editor.editor
    assert editor is not None
    QTest.keyClicks(editor, "Research")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert doc.stages[1].name == "Consideration"
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(window, header.cx, header.cy))
    QTest.keyClicks(window.view.editor.editor, "Research")
    QTest.keyClick(window.view.editor.editor, Qt.Key.Key_Return)
    assert doc.stages[1].name == "Research"


def test_rubber_band_selection_delete_and_one_undo_restores_all(window):
    doc = window.session.doc
    original = doc.model_copy(deep=True)
    touch = lane(doc, LaneKind.TOUCHPOINTS)
    row = window.scene.layout.lane_row(touch.id)
    columns = window.scene.layout.stage_columns
    window.view.zoom_reset()
    window.view.ensureVisible(0, row.start, columns[1].end, row.end - row.start, 0, 0)  # lane headers in place
    viewport = window.view.viewport()
    # from the empty padding at the top-left of the first cell, across two stages
    start = window.view.mapFromScene(QPointF(columns[0].start + 6, row.start + 6))
    end = window.view.mapFromScene(QPointF(columns[1].end - 6, row.end - 6))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * (i / 5))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    expected = {c.id for c in doc.cards if c.lane_id == touch.id and c.stage_id in (doc.stages[0].id,
                                                                                     doc.stages[1].id)}
    assert set(window.scene.selected_ids()) == expected and len(expected) >= 3
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert not expected & {c.id for c in doc.cards}
    window.session.undo_stack.undo()
    assert doc == original


def test_ctrl_click_adds_to_the_selection(window):
    doc = window.session.doc
    a, b = doc.cards[0].id, doc.cards[5].id
    viewport = window.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(window, *card_centre(window, a)))
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     vp(window, *card_centre(window, b)))
    assert set(window.scene.selected_ids()) == {a, b}


def test_copy_paste_gives_fresh_cards_and_readable_json(window):
    doc = window.session.doc
    source = doc.cards[0]
    window.scene.select_ids([source.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().mimeData().text()
    assert json.loads(text)["cards"][0]["text"] == source.text
    before = len(doc.cards)
    QTest.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.cards) == before + 1
    pasted = [c for c in doc.cards if c.text == source.text and c.id != source.id]
    assert len(pasted) == 1 and window.scene.selected_ids() == [pasted[0].id]


def test_edit_cut_takes_the_card_to_the_clipboard_in_one_undo_step(window):
    doc, stack = window.session.doc, window.session.undo_stack
    card = doc.cards[3]
    before = doc.model_copy(deep=True)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(window, *card_centre(window, card.id)))
    assert window.scene.selected_ids() == [card.id]
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    cut = next(a for a in edit_menu.actions() if a.objectName() == "action-cut")
    assert cut.isEnabled()
    cut.trigger()
    assert card.id not in {c.id for c in doc.cards} and card.id not in window.scene.cards
    assert json.loads(QGuiApplication.clipboard().mimeData().text())["cards"][0]["text"] == card.text
    assert stack.count() == 1 and stack.undoText() == "Cut"
    stack.undo()
    assert window.session.doc == before and card.id in window.scene.cards


def test_paste_between_windows(window, qtbot):
    other = show_window(qtbot, templates.load_template("blank", "en"))
    other.session.undo_stack.cleanChanged.connect(lambda *_: None)
    window.scene.select_ids([window.session.doc.cards[0].id])
    window.actions_.by_name["copy"].trigger()
    other.actions_.by_name["paste"].trigger()
    assert [c.text for c in other.session.doc.cards] == [window.session.doc.cards[0].text]
    _discard_changes(other)


def test_keyboard_navigation_moves_selection_and_enter_edits(window):
    doc = window.session.doc
    layout = window.scene.layout
    first = layout.cards[0]
    window.scene.select_ids([first.card_id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    right = window.scene.layout.card(window.scene.selected_ids()[0])
    assert right.lane_id == first.lane_id and right.stage_id == doc.stages[1].id
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    order = [b.card_id for b in layout.cards]
    assert window.scene.selected_ids()[0] == order[order.index(right.card_id) + 1]
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.editor.active


def test_alt_arrow_nudges_merge_into_one_undo_step(window):
    doc = window.session.doc
    touch = lane(doc, LaneKind.TOUCHPOINTS)
    card = cell_cards(doc, touch.id, doc.stages[0].id)[0]
    window.scene.select_ids([card.id])
    window.view.setFocus()
    count = window.session.undo_stack.count()
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = next(c for c in doc.cards if c.id == card.id)
    assert moved.stage_id == doc.stages[2].id
    assert window.session.undo_stack.count() == count + 1


def test_save_then_reopen_gives_an_identical_document(window, tmp_path, qtbot):
    path = tmp_path / "journey.jmap"
    window.scene.select_ids([window.session.doc.cards[0].id])
    window.actions_.by_name["delete"].trigger()
    assert window.isWindowModified()
    assert window._save_to(path)
    assert not window.isWindowModified()
    assert "journey.jmap" in window.windowTitle()
    reopened = show_window(qtbot, path)
    assert reopened.session.doc == window.session.doc
    assert io.dumps(reopened.session.doc) == path.read_text(encoding="utf-8")


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, monkeypatch):
    window.scene.select_ids([window.session.doc.cards[0].id])
    window.actions_.by_name["delete"].trigger()
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    asked = []

    def fake_exec(box):
        asked.append(box.text())
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert not window.close()
    assert window.isVisible() and len(asked) == 1 and "E-commerce" not in asked[0]
    assert window.close()
    assert len(asked) == 2



def test_opening_a_broken_file_shows_the_error_and_keeps_the_document(window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.jmap"
    bad.write_text('{"format": "journeymapper", "version": 1, "cards": [1]}')
    shown = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, message: shown.append(message))
    doc_before = window.session.doc
    window.scene.select_ids([doc_before.cards[0].id])
    window.actions_.by_name["delete"].trigger()
    assert window.open_file(bad) is None
    assert shown and shown[0].startswith(f"{bad}: cards[0]")
    assert window.session.doc is doc_before


def test_window_renders_a_finished_looking_map(window, tmp_path):
    """Grab the window offscreen: used to look at it during development, and checks it paints."""
    image = window.grab().toImage()
    assert image.width() > 1000
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 20  # a painted map, not an empty window


def test_a_command_that_does_not_fit_leaves_map_and_undo_stack_alone(window):
    from journeymapper.commands.cards import SetCardFields

    before = window.session.doc.model_copy(deep=True)
    count = window.session.undo_stack.count()
    with pytest.raises(ValueError, match=r"no card with id 'no-such-card'"):
        window.session.push(SetCardFields("no-such-card", text="x"))
    assert window.session.undo_stack.count() == count
    assert window.session.doc == before
    assert not window.session.modified


def test_dropping_a_map_file_on_the_window_opens_it_and_it_is_remembered(window, tmp_path):
    from PySide6.QtCore import QUrl

    from journeymapper.ui.main_window import open_windows
    from journeymapper.ui.recent import recent_files

    path = tmp_path / "dropped.jmap"
    io.save(templates.load_template("buyers-journey", "en"), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(200, 200)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    opened = [w for w in open_windows() if w.session.path == path]
    assert len(opened) == 1 and opened[0].session.doc.title == io.load(path).title
    assert recent_files()[0] == path.resolve()
    recent_actions = [a for a in window.actions_.recent_menu.actions() if a.data()]
    assert recent_actions[0].data() == str(path.resolve())


def test_a_dragged_card_is_drawn_from_a_cache_only_while_it_moves(window):
    from PySide6.QtWidgets import QGraphicsItem

    doc = window.session.doc
    card = doc.cards[0]
    item = window.scene.cards[card.id]
    viewport = window.view.viewport()
    start = vp(window, *card_centre(window, card.id))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(30, 5))
    QTest.mouseMove(viewport, start + QPoint(60, 10))
    assert item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert window.scene.cards[card.id].cacheMode() == QGraphicsItem.CacheMode.NoCache


def test_cards_a_dragged_card_passes_over_are_not_drawn_anew_at_every_step(qtbot, monkeypatch):
    """Every drag step repaints what lies under the dragged card's old and new place. The cards there
    repaint from a pixmap until the drop (drawing their text anew at every step cost more than the rest
    of the step); after the drop no card keeps one."""
    from collections import Counter

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QGraphicsItem

    from journeymapper.canvas import items

    painted: Counter = Counter()
    marker = items.draw_evidence_marker  # the last step of drawing a readable card

    def counting(painter, box):
        painted[box.card_id] += 1
        return marker(painter, box)

    monkeypatch.setattr(items, "draw_evidence_marker", counting)

    class Repaints(QObject):
        count = 0

        def eventFilter(self, obj, event):
            self.count += event.type() == QEvent.Type.Paint
            return False

    ensure_app()
    win = show_window(qtbot, templates.load_template("ecommerce", "en"), zoom=0.7)
    doc = win.session.doc
    touch = lane(doc, LaneKind.TOUCHPOINTS)
    dragged = cell_cards(doc, touch.id, doc.stages[0].id)[0]
    item = win.scene.cards[dragged.id]
    viewport = win.view.viewport()
    start = vp(win, *card_centre(win, dragged.id))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(20, 0))  # the drag starts
    QTest.qWait(20)
    painted.clear()
    repaints = Repaints()
    viewport.installEventFilter(repaints)
    passed_over: set[str] = set()
    steps = 12
    for step in range(1, steps + 1):  # down across the cards below it and on into the next stage
        QTest.mouseMove(viewport, start + QPoint(20 + 12 * step, 14 * step))
        QTest.qWait(5)
        under = win.scene.items(item.sceneBoundingRect())
        passed_over |= {i.item_id for i in under if isinstance(i, items.CardItem) and i is not item}
    assert passed_over and repaints.count >= steps // 2  # it did pass over cards, and the view repainted
    assert max((n for card_id, n in painted.items() if card_id != dragged.id), default=0) <= 1, painted
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(20 + 12 * steps, 14 * steps))
    assert all(i.cacheMode() == QGraphicsItem.CacheMode.NoCache for i in win.scene.cards.values())
    _discard_changes(win)
