"""Emotion curves, personas, connectors and images, driven like a user drives them."""

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPainter,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from journeymapper.canvas.items import ConnectorItem, CurveItem, draw_evidence_marker
from journeymapper.canvas.palette_mime import MIME_PALETTE, PaletteEntry
from journeymapper.io import templates
from journeymapper.layout.geometry import Rect
from journeymapper.model import (
    ConnectorStyle,
    CurveVariant,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)
from journeymapper.model.colours import delta_e
from journeymapper.ui.application import ensure_app
from journeymapper.ui.personas import PersonaPanel
from tests.ui.windows import answer_popup, show_window

# -- fixtures and helpers --------------------------------------------------------------------------


def _open(qtbot, doc):
    ensure_app()
    win = show_window(qtbot, doc, zoom=0.8)
    panel = PersonaPanel(win.session, win.scene, win)  # follows the session by itself
    win.persona_panel_for_test = panel
    return win


@pytest.fixture
def window(qtbot):
    """The laptop-shop template: one persona with an as-is curve, several loops."""
    win = _open(qtbot, templates.load_template("laptop-shop", "en"))
    yield win
    win.session.undo_stack.setClean()


def panel_of(win) -> PersonaPanel:
    return win.persona_panel_for_test


def vp(win, x, y) -> QPoint:
    win.view.ensureVisible(x - 5, y - 5, 10, 10, 80, 80)
    return win.view.mapFromScene(QPointF(x, y))


def press_move_release(win, start, end, steps=6, check_midway=None):
    viewport = win.view.viewport()
    p0 = vp(win, *start)
    p1 = win.view.mapFromScene(QPointF(*end))
    QTest.mouseMove(viewport, p0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, p0 + (p1 - p0) * (i / steps))
    if check_midway is not None:
        check_midway()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)


def click(win, x, y, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, modifier, vp(win, x, y))


def lane(doc, kind):
    return next(lane for lane in doc.lanes if lane.kind == kind)


def curve_item(win, curve_id) -> CurveItem:
    return next(i for i in win.scene.others if isinstance(i, CurveItem) and i.item_id == curve_id)


def marker(win, curve_id, stage_id):
    return next(m for m in curve_item(win, curve_id).curve.markers if m.stage_id == stage_id)


def point_value(doc, curve_id, stage_id):
    curve = next(c for c in doc.curves if c.id == curve_id)
    return next(p.value for p in curve.points if p.stage_id == stage_id)


def send_drop(win, mime, scene_point):
    viewport = win.view.viewport()
    pos = vp(win, *scene_point)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, actions, mime, buttons, mods))
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        return False  # Qt delivers no drop where the move was refused
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def palette_mime(entry: PaletteEntry) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_PALETTE, entry.encode())
    return mime


def file_mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def messages(win):
    seen = []
    win.scene.message.connect(seen.append)
    return seen


def run_context_menu(win, scene_point, action_name):
    """Right-click at a scene point and trigger the menu action named ``action_name``."""
    viewport = win.view.viewport()
    pos = vp(win, *scene_point)
    chosen = []

    def pick():
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no context menu opened"
        action = next((a for a in menu.actions() if a.objectName() == action_name), None)
        chosen.append([a.objectName() for a in menu.actions()])
        menu.close()
        if action is not None:
            action.trigger()

    QTimer.singleShot(50, pick)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    assert chosen, "the menu never showed"
    assert action_name in chosen[0], chosen[0]
    return chosen[0]


def open_editor(win, name) -> QLineEdit:
    """The in-place editor that is open (closed ones linger hidden until deleted)."""
    shown = [e for e in win.view.viewport().findChildren(QLineEdit, name) if e.isVisible()]
    assert len(shown) == 1, f"{len(shown)} editors named {name} are open"
    return shown[0]


def image_bytes(width, height, fmt, colour="#3366CC") -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32 if fmt == "PNG" else QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data.data())


# -- emotion curves --------------------------------------------------------------------------------


def test_dragging_a_curve_point_previews_snaps_and_is_one_undo_step(window):
    doc, stack = window.session.doc, window.session.undo_stack
    curve = doc.curves[0]
    stage = doc.stages[1]
    before = point_value(doc, curve.id, stage.id)
    band = curve_item(window, curve.id).curve.band
    start = marker(window, curve.id, stage.id).point
    level = band.h / (doc.emotion_scale.max - doc.emotion_scale.min)
    target_y = band.bottom - (2 - doc.emotion_scale.min) * level + level * 0.3  # near +2, not on it
    count = stack.count()

    def while_dragging():
        assert point_value(doc, curve.id, stage.id) == before  # the document waits for the release
        assert marker(window, curve.id, stage.id).value == 2  # but the preview shows the snapped value
        assert window.scene.gestures.curve_drag.badge.isVisible()

    press_move_release(window, start, (start[0] + 3, target_y), check_midway=while_dragging)
    assert point_value(doc, curve.id, stage.id) == 2
    assert stack.count() == count + 1 and stack.undoText() == "Change Emotion"
    assert marker(window, curve.id, stage.id).point[1] == pytest.approx(band.bottom - 5 * level)

    # Dragging far beyond the lane clamps to the scale's end; a second drag is a second undo step.
    start = marker(window, curve.id, stage.id).point
    press_move_release(window, start, (start[0], band.y - 400))
    assert point_value(doc, curve.id, stage.id) == doc.emotion_scale.max
    assert stack.count() == count + 2
    row = window.scene.layout.lane_row(curve.lane_id)
    drawn = curve_item(window, curve.id)._path.boundingRect()
    assert row.start <= drawn.top() and drawn.bottom() <= row.end  # the drawn spline stays in its lane
    stack.undo()
    assert point_value(doc, curve.id, stage.id) == 2
    stack.undo()
    assert point_value(doc, curve.id, stage.id) == before


def test_curve_points_snap_to_a_custom_scale(window):
    from journeymapper.commands.map_fields import SetMapFields

    window.session.push(SetMapFields(emotion_scale=EmotionScale(min=1, max=10)))
    doc = window.session.doc
    curve, stage = doc.curves[0], doc.stages[0]
    band = curve_item(window, curve.id).curve.band
    start = marker(window, curve.id, stage.id).point
    target_y = band.bottom - (7 - 1) / 9 * band.h + 2  # a little below 7
    press_move_release(window, start, (start[0], target_y))
    assert point_value(doc, curve.id, stage.id) == 7


def test_double_click_on_a_curve_point_edits_its_label_in_place(window):
    doc, stack = window.session.doc, window.session.undo_stack
    curve, stage = doc.curves[0], doc.stages[1]
    value = point_value(doc, curve.id, stage.id)
    point = marker(window, curve.id, stage.id).point
    viewport = window.view.viewport()
    count = stack.count()
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(window, *point))
    editor = open_editor(window, "curve-label-editor")
    editor.selectAll()
    QTest.keyClicks(editor, "Relieved & calm")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    label = next(p.label for p in next(c for c in doc.curves if c.id == curve.id).points if p.stage_id == stage.id)
    assert label == "Relieved & calm" and point_value(doc, curve.id, stage.id) == value
    assert stack.count() == count + 1 and stack.undoText() == "Edit Emotion Label"
    assert [line.text for line in marker(window, curve.id, stage.id).label_lines] == ["Relieved & calm"]
    # Esc leaves the label alone.
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(window, *marker(window, curve.id, stage.id).point))
    editor = open_editor(window, "curve-label-editor")
    QTest.keyClicks(editor, "nope")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and stack.count() == count + 1


def test_dropping_the_emotion_curve_entry_asks_whose_curve_it_is(window, qtbot):
    doc, stack = window.session.doc, window.session.undo_stack
    emotions = lane(doc, LaneKind.EMOTIONS)
    rect = window.scene.layout.cell_rect(emotions.id, doc.stages[2].id)
    count = stack.count()
    mikkel = doc.personas[0].id  # has an as-is curve here: the menu offers his to-be one, or a new persona
    seen = answer_popup("curve-for-new-persona", "Shopper on the go")
    assert send_drop(window, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))
    qtbot.waitUntil(lambda: stack.count() == count + 1)
    assert seen == [[f"curve-for:{mikkel}:to_be", "curve-for-new-persona"]]
    assert [p.name for p in doc.personas][-1] == "Shopper on the go"
    assert delta_e(doc.personas[-1].colour, doc.personas[0].colour) >= 30  # not another blue
    new = doc.curves[-1]
    assert (new.persona_id, new.variant, new.lane_id) == (doc.personas[-1].id, CurveVariant.AS_IS, emotions.id)
    assert [p.value for p in new.points] == [0] * len(doc.stages)
    # The next drop offers that persona's to-be curve.
    seen = answer_popup(f"curve-for:{new.persona_id}:to_be")
    assert send_drop(window, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))
    qtbot.waitUntil(lambda: stack.count() == count + 2)
    assert seen == [[f"curve-for:{mikkel}:to_be", f"curve-for:{new.persona_id}:to_be", "curve-for-new-persona"]]
    assert doc.curves[-1].persona_id == new.persona_id and doc.curves[-1].variant is CurveVariant.TO_BE
    assert curve_item(window, doc.curves[-1].id).curve.dashed
    # Esc in the menu adds nothing.
    escaped = answer_popup("nothing")
    assert send_drop(window, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))
    qtbot.waitUntil(lambda: len(escaped) == 1 and QApplication.activePopupWidget() is None)
    assert stack.count() == count + 2
    stack.undo()
    stack.undo()
    assert len(doc.personas) == 1 and len(doc.curves) == 1


def test_curve_drop_outside_an_emotions_lane_is_refused_with_a_message(window):
    doc = window.session.doc
    seen = messages(window)
    count = window.session.undo_stack.count()
    rect = window.scene.layout.cell_rect(lane(doc, LaneKind.PAIN_POINTS).id, doc.stages[0].id)
    send_drop(window, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))
    assert window.session.undo_stack.count() == count
    assert seen and "emotions lane" in seen[-1]  # the pain points lane holds cards: not turned


def test_curve_drop_on_a_map_without_personas_creates_persona_1(qtbot):
    doc = JourneyMap(stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B")],
                     lanes=[Lane(id="l1", kind=LaneKind.EMOTIONS, title="Feelings")],
                     emotion_scale=EmotionScale(min=1, max=5))
    win = _open(qtbot, doc)
    rect = win.scene.layout.cell_rect("l1", "s1")
    answer_popup("curve-for-new-persona", "Persona 1")
    assert send_drop(win, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))
    qtbot.waitUntil(lambda: len(doc.curves) == 1)
    assert [p.name for p in doc.personas] == ["Persona 1"]
    assert [p.value for p in doc.curves[0].points] == [1, 1]  # 0 is not on 1..5: the nearest end
    assert win.session.undo_stack.count() == 1
    win.session.undo_stack.undo()
    assert doc.personas == [] and doc.curves == []
    win.session.undo_stack.setClean()


def test_adding_and_removing_stages_keeps_curves_consistent(window):
    doc, stack = window.session.doc, window.session.undo_stack
    columns = window.scene.layout.stage_columns
    y = window.scene.layout.stage_headers[0].rect.cy
    assert send_drop(window, palette_mime(PaletteEntry("stage")), (columns[0].end - 5, y))
    added = doc.stages[1]
    for curve in doc.curves:  # no emotion invented for the new stage: a gap
        assert [p.stage_id for p in curve.points] == [s.id for s in doc.stages if s.id != added.id]
    drawn = curve_item(window, doc.curves[0].id).curve
    assert added.id not in [m.stage_id for m in drawn.markers] and len(drawn.bridges) == 1  # drawn at once
    # Remove another stage from the canvas: select its header, press Delete.
    gone = doc.stages[3]
    values = [p.value for p in doc.curves[0].points]
    header = window.scene.layout.stage_headers[3].rect
    click(window, header.cx, header.cy)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert gone.id not in [s.id for s in doc.stages]
    assert all(gone.id not in [p.stage_id for p in c.points] for c in doc.curves)
    assert all(len(c.points) == len(doc.stages) - 1 for c in doc.curves)
    stack.undo()
    assert [p.value for p in doc.curves[0].points] == values


def test_lane_menu_adds_hides_shows_and_removes_curves(window):
    doc = window.session.doc
    emotions = lane(doc, LaneKind.EMOTIONS)
    doc_persona = doc.personas[0]
    header = window.scene.layout.lane_header(emotions.id) if hasattr(window.scene.layout, "lane_header") else \
        next(h for h in window.scene.layout.lane_headers if h.id == emotions.id)
    where = (header.rect.x + 20, header.rect.bottom - 10)
    names = run_context_menu(window, where, f"add-to-be-curve-{doc_persona.id}")
    assert "add-curve-new-persona" in names
    to_be = doc.curves[-1]
    assert to_be.variant is CurveVariant.TO_BE and to_be.persona_id == doc_persona.id
    run_context_menu(window, where, f"toggle-curve-{to_be.id}")
    assert not to_be.visible and to_be.id not in [c.item_id for c in window.scene.others
                                                      if isinstance(c, CurveItem)]
    run_context_menu(window, where, f"toggle-curve-{to_be.id}")
    assert next(c for c in doc.curves if c.id == to_be.id).visible
    run_context_menu(window, where, f"remove-curve-{to_be.id}")
    assert to_be.id not in [c.id for c in doc.curves]
    window.session.undo_stack.undo()
    assert to_be.id in [c.id for c in doc.curves]


# -- personas ----------------------------------------------------------------------------------------


def test_persona_filter_fades_other_cards_and_hides_other_curves(window, qtbot):
    from journeymapper.commands.cards import SetCardFields
    from journeymapper.commands.personas import AddPersona

    doc, stack = window.session.doc, window.session.undo_stack
    first = doc.personas[0]
    window.session.push(AddPersona(Persona(id="p-other", name="Other", colour="#D55E00")))
    emotions = lane(doc, LaneKind.EMOTIONS)
    rect = window.scene.layout.cell_rect(emotions.id, doc.stages[0].id)
    answer_popup("curve-for:p-other:as_is")
    send_drop(window, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))  # Other's curve
    qtbot.waitUntil(lambda: doc.curves[-1].persona_id == "p-other")
    other_curve = doc.curves[-1]
    assert other_curve.persona_id == "p-other"
    mine, theirs, everyone = doc.cards[0], doc.cards[1], doc.cards[2]
    window.session.push(SetCardFields(mine.id, personas=[first.id]))
    window.session.push(SetCardFields(theirs.id, personas=["p-other"]))
    count = stack.count()

    combo = panel_of(window).filter
    combo.setCurrentIndex(combo.findData(first.id))
    cards = window.scene.cards
    assert cards[theirs.id].opacity() == pytest.approx(0.25)
    assert cards[mine.id].opacity() == 1.0 and cards[everyone.id].opacity() == 1.0
    assert not curve_item(window, other_curve.id).isVisible()
    assert curve_item(window, doc.curves[0].id).isVisible()
    legend = window.scene.headers[("lane", emotions.id)].legend
    assert [e.curve_id for e in legend] == [doc.curves[0].id]
    # Editing while filtered keeps the filter on the changed cards; it is never a command.
    window.session.push(SetCardFields(theirs.id, text="Changed"))
    assert window.scene.cards[theirs.id].opacity() == pytest.approx(0.25)
    assert stack.count() == count + 1
    combo.setCurrentIndex(0)
    assert cards[theirs.id].opacity() == 1.0 and curve_item(window, other_curve.id).isVisible()


def test_persona_panel_adds_edits_and_deletes_personas(window, tmp_path, qtbot):
    doc, stack = window.session.doc, window.session.undo_stack
    panel = panel_of(window)
    count = stack.count()
    QTest.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.clear()
    QTest.keyClicks(dialog.name, "Ada & Bo")
    QTest.keyClicks(dialog.role, "Student")
    QTest.keyClicks(dialog.goals, "Cheap laptop")
    QTest.keyClick(dialog.goals, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.goals, "Long battery")
    photo = tmp_path / "face.jpg"
    photo.write_bytes(image_bytes(400, 300, "JPEG"))
    mime, buttons, mods = file_mime(photo), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(dialog, QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, mods))
    QApplication.sendEvent(dialog, QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, mods))
    assert dialog.new_photo is not None and dialog.photo.pixmap() is not None, dialog.error.text()
    dialog.set_colour("#009E73")
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    added = doc.personas[-1]
    assert (added.name, added.role, added.goals, added.colour) == ("Ada & Bo", "Student",
                                                                    ["Cheap laptop", "Long battery"], "#009E73")
    asset = next(a for a in doc.assets if a.id == added.photo)
    assert asset.mime == "image/jpeg" and (asset.width, asset.height) == (400, 300)
    assert stack.count() == count + 1
    assert panel.list.item(panel.list.count() - 1).text() == "Ada & Bo\nStudent"

    panel.list.setCurrentRow(panel.list.count() - 1)
    QTest.mouseClick(panel.buttons["edit"], Qt.MouseButton.LeftButton)
    panel.dialog.quote.setText("I just want it to work")
    panel.dialog.accept()
    assert doc.personas[-1].quote == "I just want it to work" and stack.count() == count + 2

    # Deleting the template's persona takes its curve; one undo brings both back.
    panel.list.setCurrentRow(0)
    curves = len(doc.curves)
    QTest.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert len(doc.personas) == 1 and len(doc.curves) == curves - 1
    stack.undo()
    assert len(doc.personas) == 2 and len(doc.curves) == curves


def test_persona_dialog_refuses_a_file_that_is_not_an_image(window, tmp_path):
    panel = panel_of(window)
    dialog = panel.add_persona()
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    assert not dialog.load_photo(fake)
    assert "photo.png" in dialog.error.text() and "not a PNG or JPEG" in dialog.error.text()
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_panel_check_box_and_curve_menu_show_hide_add_curves(window):
    doc = window.session.doc
    panel = panel_of(window)
    item = panel.list.item(0)
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not doc.curves[0].visible and not window.scene.layout.curves
    window.session.undo_stack.undo()
    assert doc.curves[0].visible
    panel.list.setCurrentRow(0)
    menu = panel.curve_menu()
    add = next(a for a in menu.actions() if a.objectName() == "persona-curve-add-to_be")
    add.trigger()
    assert doc.curves[-1].variant is CurveVariant.TO_BE
    assert panel.list.item(0).checkState() == Qt.CheckState.Checked


# -- connectors ----------------------------------------------------------------------------------------


def hover(win, x, y):
    QTest.mouseMove(win.view.viewport(), vp(win, x, y))


def test_dragging_from_the_card_handle_connects_two_cards(window):
    doc, stack = window.session.doc, window.session.undo_stack
    pains = lane(doc, LaneKind.PAIN_POINTS)
    source = window.scene.layout.cell_cards(pains.id, doc.stages[3].id)[0]
    earlier = window.scene.layout.cell_cards(pains.id, doc.stages[1].id)[0]
    later = window.scene.layout.cell_cards(pains.id, doc.stages[4].id)[0]
    hover(window, source.rect.cx, source.rect.cy)
    handle = window.scene.gestures.connector_drag.handle
    assert handle is not None and handle.isVisible()
    assert handle.rect().center().x() == pytest.approx(source.rect.right)
    count, connectors = stack.count(), len(doc.connectors)

    def midway():
        assert window.scene.gestures.connector_drag.rubber.isVisible()
        assert window.scene.gestures.connector_drag.target_frame.isVisible()

    press_move_release(window, (source.rect.right, source.rect.cy), (earlier.rect.cx, earlier.rect.cy),
                       check_midway=midway)
    assert len(doc.connectors) == connectors + 1 and stack.count() == count + 1
    back = doc.connectors[-1]
    assert (back.from_card, back.to_card, back.style) == (source.card_id, earlier.card_id, ConnectorStyle.BACK)
    assert window.scene.selected_ids() == [back.id]
    path = next(c for c in window.scene.layout.connectors if c.connector_id == back.id)
    assert path.is_back
    assert not window.scene.gestures.connector_drag.rubber.isVisible()

    hover(window, source.rect.cx, source.rect.cy)
    press_move_release(window, (source.rect.right, source.rect.cy), (later.rect.cx, later.rect.cy))
    assert doc.connectors[-1].style is ConnectorStyle.FLOW and doc.connectors[-1].to_card == later.card_id
    # Releasing on the source card itself or on empty space adds nothing.
    hover(window, source.rect.cx, source.rect.cy)
    press_move_release(window, (source.rect.right, source.rect.cy), (source.rect.cx, source.rect.cy))
    assert len(doc.connectors) == connectors + 2


def test_connector_follows_its_card_when_the_card_moves(window):
    doc = window.session.doc
    connector = doc.connectors[0]
    old = next(c for c in window.scene.layout.connectors if c.connector_id == connector.id)
    target = window.scene.layout.card(connector.to_card)
    cell = window.scene.layout.cell_rect(target.lane_id, doc.stages[-1].id)
    click(window, target.rect.cx, target.rect.cy)
    press_move_release(window, (target.rect.cx, target.rect.cy), (cell.cx, cell.bottom - 3))
    moved = window.scene.layout.card(connector.to_card)
    assert moved.stage_id == doc.stages[-1].id
    new = next(c for c in window.scene.layout.connectors if c.connector_id == connector.id)
    assert new.points != old.points
    tip = new.points[-1]
    assert moved.rect.x - 0.01 <= tip[0] <= moved.rect.right + 0.01
    assert moved.rect.y <= tip[1] <= moved.rect.bottom
    item = next(i for i in window.scene.others if isinstance(i, ConnectorItem) and i.item_id == connector.id)
    assert item.path == new


def test_deleting_a_card_deletes_its_connectors_and_one_undo_restores_them(window):
    doc, stack = window.session.doc, window.session.undo_stack
    counts: dict[str, int] = {}
    for c in doc.connectors:
        for end in (c.from_card, c.to_card):
            counts[end] = counts.get(end, 0) + 1
    card_id = max(counts, key=lambda k: counts[k])
    attached = {c.id for c in doc.connectors if card_id in (c.from_card, c.to_card)}
    box = window.scene.layout.card(card_id)
    click(window, box.rect.x + 6, box.rect.y + 4)
    assert window.scene.selected_ids() == [card_id]
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert card_id not in window.scene.cards
    assert not attached & {c.id for c in doc.connectors}
    assert not attached & {c.connector_id for c in window.scene.layout.connectors}
    stack.undo()
    assert attached <= {c.id for c in doc.connectors}
    assert attached <= {i.item_id for i in window.scene.others if isinstance(i, ConnectorItem)}


def test_selecting_a_connector_and_pressing_delete_removes_it(window):
    doc = window.session.doc
    path = window.scene.layout.connectors[0]
    (x0, y0), (x1, y1) = path.points[0], path.points[1]
    click(window, (x0 + x1) / 2, (y0 + y1) / 2)
    assert window.scene.selected_ids() == [path.connector_id]
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert path.connector_id not in [c.id for c in doc.connectors]


def test_double_click_edits_a_connector_label_and_the_menu_sets_its_style(window):
    doc = window.session.doc
    path = window.scene.layout.connectors[1]
    (x0, y0), (x1, y1) = path.points[0], path.points[1]
    mid = ((x0 + x1) / 2, (y0 + y1) / 2)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(window, *mid))
    editor = open_editor(window, "connector-label-editor")
    editor.selectAll()
    QTest.keyClicks(editor, "<b>compares again</b>")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    connector = next(c for c in doc.connectors if c.id == path.connector_id)
    assert connector.label == "<b>compares again</b>"  # plain text, kept as typed
    drawn = next(c for c in window.scene.layout.connectors if c.connector_id == connector.id)
    assert "".join(line.text for line in drawn.label_lines).replace(" ", "") == "<b>comparesagain</b>"
    run_context_menu(window, mid, "connector-style-optional")
    assert next(c for c in doc.connectors if c.id == path.connector_id).style is ConnectorStyle.OPTIONAL
    window.session.undo_stack.undo()
    assert next(c for c in doc.connectors if c.id == path.connector_id).style is connector.style


# -- images ------------------------------------------------------------------------------------------------


def test_dropping_a_png_on_a_card_embeds_a_reencoded_copy(window, tmp_path):
    import base64

    doc, stack = window.session.doc, window.session.undo_stack
    card = window.scene.layout.cards[0]
    png = tmp_path / "shot.png"
    png.write_bytes(image_bytes(3000, 1500, "PNG") + b"trailing bytes that must not be kept")
    count = stack.count()
    assert send_drop(window, file_mime(png), (card.rect.cx, card.rect.cy))
    model = next(c for c in doc.cards if c.id == card.card_id)
    asset = next(a for a in doc.assets if a.id == model.image)
    assert (asset.mime, asset.width, asset.height) == ("image/png", 2400, 1200)  # downscaled
    assert b"trailing bytes" not in base64.b64decode(asset.data)
    assert stack.count() == count + 1
    item = window.scene.cards[card.card_id]
    assert item.image is not None and not item.image.isNull()
    assert window.scene.layout.card(card.card_id).image_rect is not None
    stack.undo()
    assert next(c for c in doc.cards if c.id == card.card_id).image is None and asset not in doc.assets


def test_dropping_a_jpeg_on_an_images_lane_cell_adds_a_card(qtbot, tmp_path):
    doc = JourneyMap(stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B")],
                     lanes=[Lane(id="l-img", kind=LaneKind.IMAGES, title="Pictures"),
                            Lane(id="l-txt", kind=LaneKind.ACTIONS, title="Actions")])
    win = _open(qtbot, doc)
    jpeg = tmp_path / "store.JPG"
    jpeg.write_bytes(image_bytes(640, 480, "JPEG"))
    rect = win.scene.layout.cell_rect("l-img", "s2")
    assert send_drop(win, file_mime(jpeg), (rect.cx, rect.cy))
    card = doc.cards[0]
    assert (card.lane_id, card.stage_id) == ("l-img", "s2")
    assert doc.assets[0].mime == "image/jpeg" and card.image == doc.assets[0].id
    assert win.scene.cards[card.id].image is not None
    # An empty cell of a lane that is not for images takes no files.
    seen = messages(win)
    other = win.scene.layout.cell_rect("l-txt", "s1")
    assert not send_drop(win, file_mime(jpeg), (other.cx, other.cy))
    assert len(doc.cards) == 1 and not seen
    win.session.undo_stack.setClean()


@pytest.mark.parametrize("name, content, words", [
    ("renamed.png", b"GIF89a" + b"\x00" * 40, "not a PNG or JPEG"),
    ("notes.png", b"just some text\n", "not a PNG or JPEG"),
    ("cut.png", None, "truncated"),
    ("huge.png", "bomb", "megapixels"),
])
def test_refused_images_leave_the_map_alone_and_say_why(window, tmp_path, name, content, words):
    from tests.io.test_images import png_header_only

    if content is None:
        content = image_bytes(300, 200, "PNG")[:-30]
    elif content == "bomb":
        content = png_header_only(9000, 9000)
    path = tmp_path / name
    path.write_bytes(content)
    card = window.scene.layout.cards[0]
    seen = messages(window)
    count = window.session.undo_stack.count()
    send_drop(window, file_mime(path), (card.rect.cx, card.rect.cy))
    assert window.session.undo_stack.count() == count
    assert len(seen) == 1 and seen[0].startswith(f"{name}: ") and words in seen[0] and "\n" not in seen[0]


# -- evidence ------------------------------------------------------------------------------------------------


def test_evidence_markers_differ_in_shape_and_the_tooltip_names_the_source(window):
    from dataclasses import replace

    from journeymapper.commands.cards import SetCardFields
    from journeymapper.model import Evidence

    box = window.scene.layout.cards[0]
    masks = []
    for evidence in ("observed", "assumed", "proposed"):
        look = window.scene.layout.cards[0]
        marker_box = replace(look, evidence=evidence, evidence_rect=Rect(4, 4, 24, 24),
                             evidence_fill=None if evidence == "assumed" else "#777777", evidence_stroke="#777777")
        image = QImage(32, 32, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        draw_evidence_marker(painter, marker_box)
        painter.end()
        masks.append(bytes(image.convertToFormat(QImage.Format.Format_Alpha8).constBits()))
    # Same colour for all three: they must still be told apart by shape alone.
    assert len(set(masks)) == 3
    window.session.push(SetCardFields(box.card_id, evidence=Evidence.OBSERVED, source="Interview 4"))
    tip = window.scene.cards[box.card_id].toolTip()
    assert "Observed" in tip and "Interview 4" in tip


def test_curve_drop_on_an_empty_lane_makes_it_an_emotions_lane_in_one_step(qtbot):
    doc = JourneyMap(stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B")],
                     lanes=[Lane(id="l1", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
                            Lane(id="l2", kind=LaneKind.THOUGHTS, title="Still empty")])
    original = doc.model_copy(deep=True)
    win = _open(qtbot, doc)
    rect = win.scene.layout.cell_rect("l2", "s2")
    answer_popup("curve-for-new-persona", "Persona 1")
    assert send_drop(win, palette_mime(PaletteEntry("curve")), (rect.cx, rect.cy))
    qtbot.waitUntil(lambda: len(doc.curves) == 1)
    assert [lane.kind for lane in doc.lanes] == [LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS]
    assert len(doc.curves) == 1 and doc.curves[0].lane_id == doc.lanes[1].id
    assert win.session.undo_stack.count() == 1
    assert win.scene.layout.curves and win.scene.layout.curves[0].lane_id == doc.lanes[1].id
    win.session.undo_stack.undo()
    assert doc == original
    win.session.undo_stack.setClean()
