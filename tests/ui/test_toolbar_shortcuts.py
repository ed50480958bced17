"""Toolbar, menus and shortcuts like a native editor: icons in fixed places, every shortcut bound once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QToolBar, QToolButton

from journeymapper import io
from journeymapper.io import templates
from journeymapper.ui.main_window import MainWindow
from tests.ui.windows import discard, show_window


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, templates.load_template("ecommerce", "en"))
    yield win
    discard(win)


def toolbar_buttons(window) -> list[tuple[str, int]]:
    """(name, x) of each toolbar button, left to right."""
    bar = window.findChild(QToolBar, "main-toolbar")
    buttons = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
    return [(b.objectName(), b.x()) for b in buttons]


def test_every_shortcut_of_the_window_is_bound_once(window):
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(
                    action.objectName() or action.text())
    duplicates = {key: names for key, names in owners.items() if len(names) > 1}
    assert duplicates == {}


def test_every_menu_has_distinct_accelerators_in_english(window):
    menus = [window.menuBar(), *(m for m in window.findChildren(QMenu) if m.objectName() != "recent-menu")]
    for menu in menus:
        keys = [k.casefold() for a in menu.actions() for k in re.findall(r"&([^&\s])", a.text())]
        assert len(keys) == len(set(keys)), f"{menu.title() or 'menu bar'}: {keys}"


def test_file_export_holds_every_export_and_ctrl_e_still_asks_for_the_pdf(window, qtbot):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    export = file_menu.findChild(QMenu, "export-menu")
    assert [a.objectName() for a in export.actions() if not a.isSeparator()] == [
        "action-export_pdf", "action-export_pptx", "action-export_image", "action-export_workbook",
        "action-export_cards_csv", "action-export_kpis_csv", "action-export_mermaid"]
    assert not [a.text() for a in file_menu.actions() if "Export" in a.text() and a.menu() is None]
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, answer)
    QTest.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["ExportPdfDialog"]


def test_ctrl_shift_s_is_save_as_and_insert_stage_has_its_own_key(window, qtbot):
    captions: list[str] = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            captions.append(dialog.windowTitle())
            dialog.reject()
        else:
            QTimer.singleShot(20, close_dialog)

    QTimer.singleShot(0, close_dialog)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert captions == ["Save Journey Map"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    stages = len(window.session.doc.stages)
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.session.doc.stages) == stages + 1


def test_redo_answers_ctrl_y_and_ctrl_shift_z_and_zoom_in_ctrl_equals(window):
    doc, stack = window.session.doc, window.session.undo_stack
    window.view.setFocus()
    window.actions_.by_name["insert_stage"].trigger()
    window.view.editor.close(commit=False)
    window.view.setFocus()
    count = len(doc.stages)
    ctrl = Qt.KeyboardModifier.ControlModifier
    for redo in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)):
        QTest.keyClick(window.view, Qt.Key.Key_Z, ctrl)
        assert len(doc.stages) == count - 1
        QTest.keyClick(window.view, *redo)
        assert len(doc.stages) == count and stack.index() == 1
    zoom = window.view.zoom()
    QTest.keyClick(window.view, Qt.Key.Key_Equal, ctrl)
    assert window.view.zoom() > zoom


def test_toolbar_has_icons_in_fixed_places_and_the_step_name_only_in_tooltip_and_menu(window):
    before = toolbar_buttons(window)
    names = [name for name, _ in before]
    assert names[:5] == ["toolbar-new", "toolbar-open", "toolbar-save", "toolbar-undo", "toolbar-redo"]
    bar = window.findChild(QToolBar, "main-toolbar")
    for action in bar.actions():
        if not action.isSeparator():
            button = bar.widgetForAction(action)
            assert isinstance(button, QToolButton) and not action.icon().isNull()
            assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.view.setFocus()
    window.actions_.by_name["insert_lane"].trigger()
    window.view.editor.close(commit=False)
    undo = window.actions_.by_name["undo"]
    assert undo.text() == "&Undo Add Lane" and undo.toolTip().startswith("Undo Add Lane (")
    assert toolbar_buttons(window) == before  # nothing moved sideways


def test_undo_and_redo_stay_on_the_toolbar_after_a_new_map_or_an_opened_file(window, qtbot, tmp_path):
    path = tmp_path / "shop.jmap"
    io.save(templates.load_template("blank", "en"), path)
    fresh = show_window(qtbot, templates.load_template("blank", "en"))
    try:
        assert fresh.is_pristine()
        assert fresh.open_file(path) is fresh  # replaces the pristine map in this window
        names = [name for name, _ in toolbar_buttons(fresh)]
        assert "toolbar-undo" in names and "toolbar-redo" in names
        undo = fresh.actions_.by_name["undo"]
        assert undo in fresh.findChild(QToolBar, "main-toolbar").actions()
        fresh.actions_.by_name["insert_stage"].trigger()
        fresh.view.editor.close(commit=False)
        assert undo.isEnabled()
        undo.trigger()  # acts on the map now shown
        assert len(fresh.session.doc.stages) == len(templates.load_template("blank", "en").stages)
        fresh.start_new(templates.load_template("ecommerce", "en"))  # not pristine: a new window
    finally:
        for w in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w is not window]:
            discard(w)


def test_counts_read_as_english_singular_and_plural(qtbot):
    from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage

    doc = JourneyMap(stages=[Stage(id="s1", name="Only")], lanes=[Lane(id="l1", kind=LaneKind.ACTIONS, title="A")],
                     cards=[Card(id="c1", lane_id="l1", stage_id="s1", text="one"),
                            Card(id="c2", lane_id="l1", stage_id="s1", text="two")])
    win = show_window(qtbot, doc)
    try:
        assert win.statusBar().currentMessage().startswith("1 stage, 1 lane, 2 cards")
        box = win.scene.layout.card("c1").rect
        QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         win.view.mapFromScene(box.cx, box.cy))
        assert win.statusBar().currentMessage().startswith("1 item selected")
        box = win.scene.layout.card("c2").rect
        QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         win.view.mapFromScene(box.cx, box.cy))
        assert win.statusBar().currentMessage().startswith("2 items selected")
        assert win.inspector.header.text() == "2 cards selected"
    finally:
        discard(win)


def test_a_platform_binding_never_takes_a_key_the_editor_gives_another_command(window):
    from journeymapper.ui.actions import settle_clashes

    # X11's standard Delete keys are Del and Ctrl+D; the editor's Duplicate is Ctrl+D.
    delete, duplicate = QAction("Delete", window), QAction("Duplicate", window)
    delete.setShortcuts([QKeySequence("Del"), QKeySequence("Ctrl+D")])
    duplicate.setShortcut(QKeySequence("Ctrl+D"))
    settle_clashes([delete, duplicate], [delete])
    assert delete.shortcuts() == [QKeySequence("Del")] and duplicate.shortcuts() == [QKeySequence("Ctrl+D")]
