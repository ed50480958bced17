"""The editor without a mouse: focus between panels, palette Enter, typing into what was inserted,
reordering stages and lanes, connecting cards, and a name for every control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from journeymapper.io import templates
from journeymapper.model import LaneKind
from journeymapper.ui.accessible_names import is_control
from journeymapper.ui.docks import LazyDock
from tests.ui.windows import discard, show_window

Mod = Qt.KeyboardModifier
CTRL, SHIFT, ALT, NONE = Mod.ControlModifier, Mod.ShiftModifier, Mod.AltModifier, Mod.NoModifier


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, templates.load_template("ecommerce", "en"))
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.view.setFocus()
    yield win
    discard(win)


def focused_area(window) -> str:
    focused = QApplication.focusWidget()
    if focused is window.view or window.view.isAncestorOf(focused):
        return "canvas"
    for dock in window.docks:
        if dock.isAncestorOf(focused):
            return dock.objectName()
    return "elsewhere"


def test_tab_walks_the_cards_and_f6_ctrl_tab_walk_the_panels(window):
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    first = window.scene.selected_ids()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    second = window.scene.selected_ids()
    assert first and second and first != second and focused_area(window) == "canvas"
    QTest.keyClick(window.view, Qt.Key.Key_Backtab, SHIFT)
    assert window.scene.selected_ids() == first
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert focused_area(window) == "palette-dock"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert focused_area(window) == "inspector-dock"
    visited = {focused_area(window)}
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.add(focused_area(window))
    assert {"journey-check-dock", "personas-dock"} <= visited  # docks behind a tab are reached too
    for _ in range(6):
        if focused_area(window) == "canvas":
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert focused_area(window) == "canvas"
    QTest.keyClick(window.view, Qt.Key.Key_F6, SHIFT)
    assert focused_area(window) != "canvas"


def test_enter_on_a_palette_entry_inserts_it_at_the_current_cell_and_typing_goes_in(window):
    doc = window.session.doc
    pains = next(lane for lane in doc.lanes if lane.kind is LaneKind.PAIN_POINTS)
    purchase = next(s for s in doc.stages if s.name == "Purchase")
    card = next(c for c in doc.cards if c.stage_id == purchase.id and c.lane_id != pains.id)
    window.scene.select_ids([card.id])  # the current cell: Purchase
    palette = window.palette_widget
    palette.setFocus()
    row = next(i for i in range(palette.count()) if palette.item(i).text() == "Pain point")
    palette.setCurrentRow(row)
    before = len(doc.cards)
    QTest.keyClick(palette, Qt.Key.Key_Return)
    assert len(doc.cards) == before + 1
    new = doc.cards[-1] if doc.cards[-1].text == "" else next(c for c in doc.cards if c.text == "")
    assert (new.lane_id, new.stage_id) == (pains.id, purchase.id)
    QTest.keyClicks(QApplication.focusWidget(), "Slow checkout")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert next(c for c in doc.cards if c.id == new.id).text == "Slow checkout"


@pytest.mark.parametrize("action, noun", [("insert_card", "cards"), ("insert_stage", "stages"),
                                          ("insert_lane", "lanes")])
def test_after_insert_typing_goes_into_the_new_item(window, action, noun):
    doc = window.session.doc
    before = {item.id for item in getattr(doc, noun)}
    window.actions_.by_name[action].trigger()
    (new,) = [item for item in getattr(doc, noun) if item.id not in before]
    QTest.keyClicks(QApplication.focusWidget(), "Typed at once")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL if noun == "cards" else NONE)
    new = next(item for item in getattr(doc, noun) if item.id == new.id)
    assert (new.text if noun == "cards" else new.name if noun == "stages" else new.title) == "Typed at once"


def test_alt_arrows_move_a_selected_stage_or_lane(window):
    doc, stack = window.session.doc, window.session.undo_stack
    stage = doc.stages[1]
    window.scene.select_ids([stage.id])
    QTest.keyClick(window.view, Qt.Key.Key_Right, ALT)
    assert doc.stages[2].id == stage.id and stack.count() == 1
    QTest.keyClick(window.view, Qt.Key.Key_Left, ALT)
    QTest.keyClick(window.view, Qt.Key.Key_Left, ALT)
    assert doc.stages[0].id == stage.id
    QTest.keyClick(window.view, Qt.Key.Key_Left, ALT)  # at the edge: nothing
    assert doc.stages[0].id == stage.id and stack.count() == 3
    lane = doc.lanes[0]
    window.scene.select_ids([lane.id])
    QTest.keyClick(window.view, Qt.Key.Key_Down, ALT)
    assert doc.lanes[1].id == lane.id and window.scene.selected_ids() == [lane.id]
    stack.undo()
    assert doc.lanes[0].id == lane.id


def test_two_selected_cards_are_connected_with_ctrl_l(window):
    doc, stack = window.session.doc, window.session.undo_stack
    a = next(c for c in doc.cards if c.stage_id == doc.stages[2].id)
    b = next(c for c in doc.cards if c.stage_id == doc.stages[0].id)
    window.scene.select_ids([a.id, b.id])
    count = len(doc.connectors)
    QTest.keyClick(window.view, Qt.Key.Key_L, CTRL)
    assert len(doc.connectors) == count + 1
    new = doc.connectors[-1]
    assert (new.from_card, new.to_card) == (b.id, a.id)  # in journey order
    assert stack.undoText() == "Add Connector"
    window.scene.select_ids([a.id])
    assert not window.actions_.by_name["connect"].isEnabled()


def test_every_control_has_an_accessible_name(window, qtbot):
    doc = window.session.doc
    # show every inspector page, the journey check and the priorities
    for ids in ([doc.cards[0].id], [doc.cards[0].id, doc.cards[1].id], [doc.stages[0].id], [doc.lanes[0].id],
                [doc.curves[0].id], [doc.metrics[0].id], [doc.connectors[0].id] if doc.connectors else [], []):
        window.scene.select_ids(ids)
    for dock in window.docks:
        dock.show()
        dock.raise_()
    qtbot.waitUntil(lambda: all(d.isVisible() and (not isinstance(d, LazyDock) or d.is_built()) for d in window.docks))
    unnamed = [f"{type(w).__name__} {w.objectName()!r} in {w.parentWidget().objectName()!r}"
               for w in window.findChildren(QWidget) if is_control(w) and not w.accessibleName()]
    assert unnamed == [], "\n".join(unnamed)
