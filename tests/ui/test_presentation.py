"""Presentation mode driven with real key and mouse events, as a clicker and a facilitator drive it."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymapper import io
from journeymapper.commands import SetVotes
from journeymapper.io import templates
from journeymapper.ui import preferences
from tests.ui.windows import discard, show_window

K = Qt.Key


@pytest.fixture
def window(qtbot):
    doc = templates.load_template("ecommerce", "en")
    doc.stages[1].notes = "Ask: who compared <b>prices</b> last week?"
    win = show_window(qtbot, doc)
    win.view.set_zoom(0.8)
    win.view.horizontalScrollBar().setValue(140)
    win.view.verticalScrollBar().setValue(90)
    win.scene.select_ids(["c-awareness-slow-blog", "c-purchase-forced-account"])
    yield win
    with contextlib.suppress(RuntimeError):  # the test closed (and so deleted) it
        discard(win)


def present(qtbot, window):
    QTest.keyClick(window.view, K.Key_F5)
    pres = window.actions_.workshop.presentation
    assert pres is not None
    qtbot.waitExposed(pres)
    return pres


def settle(qtbot, pres):
    """Wait out the ~300 ms move to the step."""
    qtbot.waitUntil(lambda: pres.view._animation.state() != pres.view._animation.State.Running, timeout=2000)


def centred_on_stage(pres, number):
    view, layout = pres.view, pres.scene.layout
    column = layout.stage_columns[number - 1]
    visible = view.visible_scene_rect()
    tolerance = 2 / view.transform().m11()  # two screen pixels
    return abs(visible.center().x() - column.centre) <= tolerance


def text_px(pres):
    return pres.scene.layout.style.card_text_size * pres.view.transform().m11()


def test_f5_presents_full_screen_stepping_stage_by_stage_with_readable_text(qtbot, window):
    pres = present(qtbot, window)
    assert pres.isFullScreen()
    assert pres.screen() is window.screen()
    layout = pres.scene.layout
    visible = pres.view.visible_scene_rect()  # the overview: the whole map in view
    assert visible.contains(pres.scene.sceneRect())
    assert pres.view.step == 0
    for number, key in enumerate([K.Key_Right, K.Key_Space, K.Key_PageDown, K.Key_Down], start=1):
        QTest.keyClick(pres.view, key)
        settle(qtbot, pres)
        assert pres.view.step == number
        assert centred_on_stage(pres, number), number
        assert text_px(pres) >= 14
    # The pinned lane titles are in view: the lane header column sits at the left edge.
    assert pres.scene.corner_offset[0] > 0
    lane_header = pres.scene.headers[("lane", layout.lane_headers[0].id)]
    left = lane_header.mapToScene(lane_header.boundingRect()).boundingRect().left()
    assert abs(left - pres.view.visible_scene_rect().left()) < 2
    for key in (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace):
        QTest.keyClick(pres.view, key)
    settle(qtbot, pres)
    assert pres.view.step == 0


def test_number_enter_home_end_and_the_mouse_step(qtbot, window):
    preferences.set_reduce_motion(True)
    try:
        pres = present(qtbot, window)  # the preference is read when presenting starts
        assert not pres.view.animate
        QTest.keyClick(pres.view, K.Key_3)
        QTest.keyClick(pres.view, K.Key_Return)
        assert pres.view.step == 3 and centred_on_stage(pres, 3)  # no motion: there at once
        QTest.keyClick(pres.view, K.Key_Return)
        assert pres.view.step == 4
        QTest.keyClick(pres.view, K.Key_Home)
        assert pres.view.step == 0
        QTest.keyClick(pres.view, K.Key_End)
        assert pres.view.step == 5 and centred_on_stage(pres, 5)  # the last stage centred too
        QTest.keyClick(pres.view, K.Key_Right)
        assert pres.view.step == 5
        viewport = pres.view.viewport()
        QTest.mouseClick(viewport, Qt.MouseButton.RightButton)
        assert pres.view.step == 4
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton)
        assert pres.view.step == 5
        centre = QPointF(viewport.rect().center())
        for delta in (120, 120):
            wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, delta),
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                Qt.ScrollPhase.NoScrollPhase, False)
            QApplication.sendEvent(viewport, wheel)
        assert pres.view.step == 3
        QTest.keyClick(pres.view, K.Key_Escape)
    finally:
        preferences.set_reduce_motion(False)


def test_escape_restores_the_editors_view_and_selection_exactly(qtbot, window):
    transform = window.view.transform()
    scroll = (window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value())
    selected = window.scene.selected_ids()
    visible = window.scene.visible
    pres = present(qtbot, window)
    assert window.scene.selected_ids() == []  # no selection outlines on the wall
    for key in (K.Key_Right, K.Key_Right, K.Key_P):
        QTest.keyClick(pres.view, key)
    settle(qtbot, pres)
    assert window.scene.filter.persona_id == window.session.doc.personas[0].id
    QTest.keyClick(pres.view, K.Key_Escape)
    qtbot.waitUntil(lambda: window.actions_.workshop.presentation is None)
    assert window.view.transform() == transform
    assert (window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value()) == scroll
    assert window.scene.selected_ids() == selected
    assert window.scene.visible == visible  # headers pinned for the editor's view again
    assert window.scene.filter.persona_id is None


def test_b_blacks_the_screen_w_whitens_it_and_any_key_returns(qtbot, window):
    pres = present(qtbot, window)
    QTest.keyClick(pres.view, K.Key_Right)
    settle(qtbot, pres)

    def colours():
        image = pres.grab().toImage()
        points = [(x, y) for x in (5, image.width() // 2, image.width() - 6)
                  for y in (5, image.height() // 2, image.height() - 6)]
        return {QColor(image.pixel(x, y)).name() for x, y in points}

    shown = colours()
    assert len(shown) > 1
    QTest.keyClick(pres.view, K.Key_B)
    assert colours() == {"#000000"}
    QTest.keyClick(pres.view, K.Key_Right)  # any key returns, and is not a step
    assert colours() != {"#000000"} and pres.view.step == 1
    QTest.keyClick(pres.view, K.Key_W)
    assert colours() == {"#ffffff"}
    QTest.keyClick(pres.view, K.Key_Escape)
    assert pres.isVisible() and colours() != {"#ffffff"}


def test_presenting_never_edits_the_map_and_editing_keys_do_nothing(qtbot, window):
    window.session.push(SetVotes("c-awareness-slow-blog", 1))  # something to undo, were undo active
    before = io.dumps(window.session.doc)
    steps = window.session.undo_stack.count()
    pres = present(qtbot, window)
    QTest.keyClick(pres.view, K.Key_Right)
    settle(qtbot, pres)
    for key, mods in ((K.Key_Z, Qt.KeyboardModifier.ControlModifier), (K.Key_Delete, Qt.KeyboardModifier.NoModifier),
                      (K.Key_A, Qt.KeyboardModifier.ControlModifier), (K.Key_V, Qt.KeyboardModifier.ControlModifier),
                      (K.Key_D, Qt.KeyboardModifier.ControlModifier), (K.Key_Plus, Qt.KeyboardModifier.NoModifier),
                      (K.Key_F2, Qt.KeyboardModifier.NoModifier)):
        QTest.keyClick(pres.view, key, mods)
    box = pres.scene.layout.card("c-consideration-few-reviews")
    start = pres.view.mapFromScene(QPointF(box.rect.cx, box.rect.cy))
    viewport = pres.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, 120))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, 120))
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert io.dumps(window.session.doc) == before
    assert window.session.undo_stack.count() == steps and window.session.undo_stack.index() == steps
    QTest.keyClick(pres.view, K.Key_Escape)


def test_n_shows_the_stage_notes_as_plain_text_over_the_bottom(qtbot, window):
    pres = present(qtbot, window)
    assert len(QGuiApplication.screens()) == 1 and pres.presenter is None
    QTest.keyClick(pres.view, K.Key_N)
    assert pres.notes.isVisible()
    assert "Overview" in pres.notes.title.text()
    QTest.keyClick(pres.view, K.Key_2)
    QTest.keyClick(pres.view, K.Key_Enter)
    settle(qtbot, pres)
    assert pres.notes.title.text() == "Stage 2 of 5: Consideration"
    assert pres.notes.text.text() == "Ask: who compared <b>prices</b> last week?"
    assert pres.notes.text.textFormat() == Qt.TextFormat.PlainText
    assert pres.notes.geometry().bottom() > pres.height() * 0.8  # along the bottom
    QTest.keyClick(pres.view, K.Key_N)
    assert not pres.notes.isVisible()


def test_the_presenter_window_shows_notes_next_title_steps_and_time_and_its_keys_step(qtbot, window):
    from journeymapper.ui.presenter import PresenterWindow, elapsed_text

    pres = present(qtbot, window)
    # The test machine has one screen; the window goes where it is told (the other screen, when presenting).
    presenter = PresenterWindow(pres, window.screen())
    pres.presenter = presenter
    qtbot.waitExposed(presenter)
    assert presenter.current.text() == "Overview: E-commerce customer journey"
    assert presenter.steps.text() == "Step 1 of 6"
    assert presenter.next.text() == "Next: Stage 1 of 5: Awareness"
    assert presenter.elapsed.text() == "Presenting for 0:00"
    assert presenter.clock.text()
    presenter.activateWindow()
    QTest.keyClick(presenter, K.Key_Right)  # the facilitator steps from the laptop
    QTest.keyClick(presenter, K.Key_PageDown)
    assert pres.view.step == 2
    assert presenter.current.text() == "Stage 2 of 5: Consideration"
    assert presenter.notes.toPlainText() == "Ask: who compared <b>prices</b> last week?"
    assert presenter.next.text() == "Next: Stage 3 of 5: Purchase"
    assert elapsed_text(3723) == "1:02:03" and elapsed_text(65) == "1:05"
    QTest.keyClick(presenter, K.Key_Escape)
    assert not presenter.isVisible() and window.actions_.workshop.presentation is None


def test_help_lists_the_presentation_keys_and_f5(window):
    from journeymapper.ui.help import shortcut_rows

    rows = shortcut_rows(window)
    assert any(r[1] == "Present" and r[2] == "F5" for r in rows)
    presenting = {r[1] for r in rows if r[0] == "Presenting"}
    assert {"Next stage", "Go to that stage", "Back to the editor as it was"} <= presenting


def test_closing_the_editor_window_takes_the_presentation_with_it(qtbot, window):
    pres = present(qtbot, window)
    with qtbot.waitSignal(pres.destroyed, timeout=2000):
        discard(window)



def test_p_cycles_all_personas_then_each_then_all_again(qtbot, window):
    pres = present(qtbot, window)
    personas = [p.id for p in window.session.doc.personas]
    seen = []
    for _ in range(len(personas) + 1):
        QTest.keyClick(pres.view, K.Key_P)
        seen.append(window.scene.filter.persona_id)
    assert seen == [*personas, None]
    assert pres.caption.isVisible() and pres.caption.text() == "All personas"
    QTest.keyClick(pres.view, K.Key_Escape)
