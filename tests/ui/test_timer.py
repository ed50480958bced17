"""The timebox: presets and a custom length from View › Timer, the countdown over the canvas and
the presentation, amber in the last minute, red at zero; the map never changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QSpinBox

from journeymapper import io
from journeymapper.io import templates
from journeymapper.ui.timer_overlay import Timebox
from tests.ui.windows import discard, show_window


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, templates.load_template("ecommerce", "en"))
    yield win
    discard(win)


@pytest.fixture
def clock(window):
    fake = FakeClock()
    window.actions_.workshop.timebox._clock = fake
    return fake


def test_a_preset_counts_down_over_the_canvas_warns_in_the_last_minute_and_ends(window, clock):
    before = io.dumps(window.session.doc)
    overlay = window.actions_.workshop.timer_overlay
    assert not overlay.isVisible()
    window.actions_.by_name["timer_5"].trigger()
    assert overlay.isVisible() and overlay.text() == "5:00" and overlay.state == "normal"
    assert overlay.parentWidget() is window.view
    clock.now += 0.4
    window.actions_.workshop.timebox.tick()
    assert overlay.text() == "5:00"  # a second is not over yet
    clock.now += 240
    window.actions_.workshop.timebox.tick()
    assert overlay.text() == "1:00"
    assert overlay.state == "warning"
    clock.now += 1
    window.actions_.workshop.timebox.tick()
    assert overlay.text() == "0:59"
    clock.now += 100
    window.actions_.workshop.timebox.tick()
    assert overlay.text() == "Time's up" and overlay.state == "over"
    window.actions_.by_name["timer_stop"].trigger()
    assert not overlay.isVisible()
    assert io.dumps(window.session.doc) == before and window.session.undo_stack.count() == 0
    assert not window.session.modified


def test_the_custom_length_comes_from_a_dialog(window, clock):
    answered = []

    def answer(tries=100):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            if tries:
                QTimer.singleShot(20, lambda: answer(tries - 1))
            return
        assert dialog.objectName() == "timer-dialog"
        spin = dialog.findChild(QSpinBox)
        spin.selectAll()
        QTest.keyClicks(spin, "7")
        QTest.keyClick(spin, Qt.Key.Key_Return)
        answered.append(True)

    QTimer.singleShot(0, answer)
    window.actions_.by_name["timer_custom"].trigger()
    assert answered
    assert window.actions_.workshop.timer_overlay.text() == "7:00"


def test_the_countdown_shows_in_the_presentation_too(qtbot, window, clock):
    window.actions_.by_name["timer_3"].trigger()
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    pres = window.actions_.workshop.presentation
    qtbot.waitExposed(pres)
    assert pres.timer.isVisible() and pres.timer.text() == "3:00"
    assert pres.timer.geometry().right() > pres.width() * 0.8  # top right, over the map
    clock.now += 125
    window.actions_.workshop.timebox.tick()
    assert pres.timer.text() == "0:55" and pres.timer.state == "warning"
    QTest.keyClick(pres.view, Qt.Key.Key_Escape)


def test_timebox_rounds_up_and_stays_at_zero():
    clock = FakeClock()
    box = Timebox(clock=clock)
    box.start(90)
    clock.now += 89.5
    assert box.remaining() == 1
    clock.now += 10
    assert box.remaining() == 0 and box.running() and box.state() == "over"
    box.stop()
    assert not box.running()
