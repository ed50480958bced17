"""The map says only what the research says: curve gaps, curve points in the inspector, KPI values.

Driven through the real window with QTest mouse and keyboard input.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox

from journeymapper.analysis.check import check
from journeymapper.analysis.funnel import KPI_PRESETS
from journeymapper.canvas.palette_mime import PaletteEntry
from journeymapper.io import templates
from tests.ui.test_canvas import drop_palette, vp
from tests.ui.windows import answer_popup, click_button, click_list_row, discard, show_window, when_modal


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, templates.load_template("ecommerce", "en"))
    win.view.set_zoom(0.8)
    yield win
    discard(win)


def values(curve) -> list[int]:
    return [p.value for p in curve.points]


def marker_pos(window, curve_id, stage_id):
    curve = next(c for c in window.scene.layout.curves if c.curve_id == curve_id)
    marker = next(m for m in curve.markers if m.stage_id == stage_id)
    return marker.point


def click(window, scene_point, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifiers, vp(window, *scene_point))


def test_a_stage_dropped_between_two_stages_invents_no_emotion(window):
    doc = window.session.doc
    to_be = doc.curves[1]
    assert values(to_be) == [2, 1, 1, 2, 3]
    purchase = window.scene.layout.stage_columns[2]
    y = window.scene.layout.stage_headers[0].rect.cy
    assert drop_palette(window, PaletteEntry("stage"), (purchase.end - 5, y))
    new_stage = doc.stages[3]
    assert [s.name for s in doc.stages][2:5] == ["Purchase", "New stage", "Retention"]
    assert values(to_be) == [2, 1, 1, 2, 3]  # 1 -> 2 still, no 0 in between
    assert all(p.stage_id != new_stage.id for c in doc.curves for p in c.points)
    # drawn through the known points, with a faint bridge across the new stage
    drawn = next(c for c in window.scene.layout.curves if c.curve_id == to_be.id)
    assert len(drawn.bridges) == 1 and new_stage.id not in {m.stage_id for m in drawn.markers}
    # the journey check never reads the gap as a dip
    assert not [f for f in check(doc) if f.rule == "emotion-dip" and new_stage.id in f.ids]
    # deleting the stage again removes only what it had (nothing) from the curves
    window.scene.select_ids([new_stage.id])
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert new_stage.id not in {s.id for s in doc.stages}
    assert values(to_be) == [2, 1, 1, 2, 3]


def inspector_widget(window, cls, name):
    return window.inspector.findChild(cls, name)


def test_a_clicked_curve_point_shows_in_the_inspector_and_up_down_change_it(window, qtbot):
    doc = window.session.doc
    as_is = doc.curves[0]
    click(window, marker_pos(window, as_is.id, "s-purchase"))
    assert window.scene.selected_ids() == [as_is.id]
    assert window.inspector.current_page().objectName() == "inspector-curve-page"
    assert inspector_widget(window, QLabel, "curve-persona").text() == "Sara Holm"
    assert window.inspector.page("curve").stage.currentText() == "Purchase"
    spin = inspector_widget(window, QSpinBox, "curve-value")
    assert spin.value() == -2 and spin.isVisible()
    assert "items selected" not in window.statusBar().currentMessage()
    # Up on the canvas: one step up, one undo step
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Up)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Up)
    assert values(as_is)[2] == 0 and spin.value() == 0
    assert window.session.undo_stack.count() == 2
    # the spin box sets it too
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Down)
    assert values(as_is)[2] == -1
    # Right walks to the next stage's point; the inspector follows
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Right)
    assert window.inspector.page("curve").stage.currentText() == "Retention" and spin.value() == 1
    window.session.undo_stack.undo()
    assert values(as_is)[2] == 0


def test_overlapping_points_first_click_takes_the_topmost_second_the_next(window):
    doc = window.session.doc
    as_is, to_be = doc.curves
    window.scene.curve_points.select(to_be.id, "s-purchase")
    window.view.setFocus()
    for _ in range(3):  # to-be 1 -> -2: the same value as as-is, the faces meet
        QTest.keyClick(window.view.viewport(), Qt.Key.Key_Down)
    assert values(to_be)[2] == -2
    window.scene.select_ids([])
    a = marker_pos(window, as_is.id, "s-purchase")
    b = marker_pos(window, to_be.id, "s-purchase")
    middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    click(window, middle)
    first = window.scene.curve_points.point
    QTest.qWait(500)  # not a double-click
    click(window, middle)
    second = window.scene.curve_points.point
    assert {first, second} == {(as_is.id, "s-purchase"), (to_be.id, "s-purchase")}
    assert values(as_is)[2] == -2 and values(to_be)[2] == -2  # clicking changed nothing


def test_a_gap_shows_no_value_and_the_inspector_sets_one(window):
    doc = window.session.doc
    purchase = window.scene.layout.stage_columns[2]
    y = window.scene.layout.stage_headers[0].rect.cy
    assert drop_palette(window, PaletteEntry("stage"), (purchase.end - 5, y))
    new_stage = doc.stages[3]
    as_is = doc.curves[0]
    click(window, marker_pos(window, as_is.id, "s-purchase"))
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Right)  # onto the gap
    page = window.inspector.page("curve")
    assert page.stage.currentData() == new_stage.id
    assert inspector_widget(window, QLabel, "curve-no-value").isVisible()
    assert not inspector_widget(window, QSpinBox, "curve-value").isVisible()
    button = inspector_widget(window, QPushButton, "curve-set-value")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [p.value for p in as_is.points if p.stage_id == new_stage.id] == [0]
    assert inspector_widget(window, QSpinBox, "curve-value").isVisible()


# -- KPI values ------------------------------------------------------------------------------------

def metric_cell(window, metric_id, stage_id):
    row = next(r for r in window.scene.layout.metric_rows if r.metric_id == metric_id)
    return next(c for c in row.cells if c.stage_id == stage_id).rect


def kpi_editor(window):
    from journeymapper.canvas.metric_cell_editor import MetricCellEditor

    editors = [e for e in window.view.viewport().findChildren(MetricCellEditor) if e.isVisible()]
    return editors[0] if editors else None


def test_a_kpi_cell_is_edited_in_place_value_and_target_in_one_undo_step(window, qtbot):
    doc, stack = window.session.doc, window.session.undo_stack
    metric = next(m for m in doc.metrics if m.name == "Conversion rate")
    assert "s-awareness" not in metric.values
    rect = metric_cell(window, metric.id, "s-awareness")
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(window, rect.cx, rect.cy))
    editor = kpi_editor(window)
    assert editor is not None and editor.value.hasFocus()
    QTest.keyClicks(editor.value, "2.2")
    QTest.keyClick(editor.value, Qt.Key.Key_Tab)
    assert editor.target.hasFocus()
    QTest.keyClicks(editor.target, "3")
    QTest.keyClick(editor.target, Qt.Key.Key_Return)
    assert metric.values["s-awareness"] == 2.2 and metric.targets["s-awareness"] == 3.0
    assert stack.count() == 1 and kpi_editor(window) is None
    # the inspector shows the KPI as a table of stages x value / target
    assert window.inspector.current_page().objectName() == "inspector-metric-page"
    table = window.inspector.page("metric").table
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("2.2", "3")
    assert table.verticalHeaderItem(0).text() == "Awareness" and "%" in table.horizontalHeaderItem(0).text()
    # F2 on the selected row edits the cell last clicked; Esc leaves it alone; text that is no number
    # changes nothing and says why
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    editor = kpi_editor(window)
    assert editor is not None and editor.value.text() == "2.2"
    QTest.keyClick(editor.value, Qt.Key.Key_Escape)
    assert kpi_editor(window) is None and stack.count() == 1
    seen = []
    window.scene.message.connect(seen.append)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    editor = kpi_editor(window)
    editor.value.selectAll()
    QTest.keyClicks(editor.value, "lots")
    QTest.keyClick(editor.value, Qt.Key.Key_Return)
    assert stack.count() == 1 and metric.values["s-awareness"] == 2.2
    assert seen and "lots" in seen[-1]
    stack.undo()
    assert "s-awareness" not in metric.values and "s-awareness" not in metric.targets


def test_kpi_numbers_follow_the_interface_language(window, qtbot):
    from PySide6.QtCore import QLocale

    doc, stack = window.session.doc, window.session.undo_stack
    metric = next(m for m in doc.metrics if m.name == "Conversion rate")
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        window.scene.select_ids([metric.id])
        table = window.inspector.page("metric").table
        row = [s.id for s in doc.stages].index("s-purchase")
        assert table.item(row, 0).text() == "1,9" and table.item(row, 1).text() == "2,5"
        # edit a value in the inspector's table, Danish style
        table.setFocus()
        table.setCurrentCell(row, 0)
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        QTest.keyClicks(editor, "2,2")
        QTest.keyClick(editor, Qt.Key.Key_Return)  # the table commits its editor a moment later
        qtbot.waitUntil(lambda: metric.values["s-purchase"] == 2.2)
        assert stack.count() == 1
        qtbot.waitUntil(lambda: table.item(row, 0).text() == "2,2")
        # the target column, typed with a point (also read), shown the Danish way
        table.setCurrentCell(row, 1)
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        QTest.keyClicks(editor, "3.25")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: metric.targets["s-purchase"] == 3.25)
        qtbot.waitUntil(lambda: table.item(row, 1).text() == "3,25")
        assert stack.count() == 2
    finally:
        QLocale.setDefault(old)


def test_insert_kpi_then_typing_goes_into_its_first_value(window, qtbot, monkeypatch):
    from journeymapper.ui.kpi_presets import KpiPresetDialog

    def choose(dialog):
        click_list_row(dialog.presets, [p.key for p in KPI_PRESETS].index("nps"))
        return KpiPresetDialog.DialogCode.Accepted

    monkeypatch.setattr(KpiPresetDialog, "exec", choose)
    window.actions_.by_name["insert_kpi"].trigger()
    metric = window.session.doc.metrics[-1]
    editor = kpi_editor(window)
    assert editor is not None and window.scene.selected_ids() == [metric.id]
    QTest.keyClicks(editor.value, "42")
    QTest.keyClick(editor.value, Qt.Key.Key_Return)
    assert metric.values == {window.session.doc.stages[0].id: 42.0}


def test_a_kpi_editor_left_as_it_opened_writes_nothing_back(window, qtbot):
    """Insert › KPI opens the new cell's editor; if the cell gets a value some other way meanwhile,
    closing the editor untouched keeps that value, and a field typed in changes only itself."""
    from journeymapper.commands.metrics import SetMetricValue
    from journeymapper.ui.kpi_presets import KpiPresetDialog

    def choose(dialog):
        assert isinstance(dialog, KpiPresetDialog)
        click_list_row(dialog.presets, [p.key for p in KPI_PRESETS].index("nps"))
        click_button(dialog, "Add KPI")

    when_modal(choose)
    window.actions_.by_name["insert_kpi"].trigger()
    doc, stack = window.session.doc, window.session.undo_stack
    metric, stage = doc.metrics[-1], doc.stages[0].id
    editor = kpi_editor(window)
    assert editor is not None and editor.value.text() == "" and stack.count() == 1
    window.session.push(SetMetricValue(metric.id, stage, 40.0, None))  # e.g. from the inspector's table
    QTest.keyClick(editor.value, Qt.Key.Key_Return)
    assert kpi_editor(window) is None
    assert metric.values == {stage: 40.0} and stack.count() == 2  # no step wiping it
    # opened again, the value changed elsewhere meanwhile, only the target typed: the value stays
    rect = metric_cell(window, metric.id, stage)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(window, rect.cx, rect.cy))
    editor = kpi_editor(window)
    assert editor is not None and editor.value.text() == "40"
    window.session.push(SetMetricValue(metric.id, stage, 45.0, None))
    QTest.keyClick(editor.value, Qt.Key.Key_Tab)
    QTest.keyClicks(editor.target, "50")
    steps = stack.count()
    QTest.keyClick(editor.target, Qt.Key.Key_Return)
    assert (metric.values, metric.targets) == ({stage: 45.0}, {stage: 50.0}) and stack.count() == steps + 1


# -- template instructions and author --------------------------------------------------------------

def test_a_new_map_has_no_author_and_shows_the_template_instructions_only_in_the_editor(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    doc = templates.new_from_template("ecommerce", "en")
    assert doc.author == "" and "Replace the example" in doc.instructions
    win = show_window(qtbot, doc)
    try:
        header = win.scene.layout.title
        shown = " ".join(line.text for line in header.lines)
        assert "Journey Mapper" not in shown and "Replace" not in shown  # the canvas shows what prints
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        win.scene.select_ids([])
        edit = win.inspector.findChild(QPlainTextEdit, "map-instructions")
        assert edit.isVisible() and "Replace the example" in edit.toPlainText()
        edit.setFocus()
        edit.selectAll()
        QTest.keyClicks(edit, "Interview five customers first.")
        win.view.setFocus()  # leaving the field commits it
        assert win.session.doc.instructions == "Interview five customers first."
        assert win.session.undo_stack.count() == 1
    finally:
        discard(win)


# -- card colours ------------------------------------------------------------------------------------

def test_card_colour_comes_from_a_swatch_grid_with_more_behind_it(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog, QToolButton

    from journeymapper.model.colours import CARD_SWATCHES

    doc, stack = window.session.doc, window.session.undo_stack
    card = doc.cards[0]
    window.scene.select_ids([card.id])
    button = window.inspector.findChild(QPushButton, "card-colour")
    seen = []

    def click_swatch():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, click_swatch)
            return
        swatches = [b for b in menu.findChildren(QToolButton) if b.objectName().startswith("swatch-")]
        seen.append([b.objectName()[len("swatch-"):] for b in swatches])
        pick = next(b for b in swatches if b.objectName() == f"swatch-{CARD_SWATCHES[2]}")
        QTest.mouseClick(pick, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_swatch)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert 12 <= len(seen[0]) <= 21 and set(CARD_SWATCHES) <= set(seen[0])
    assert "#F5B7B1" in seen[0]  # the pain points lane's card colour
    assert next(c for c in doc.cards if c.id == card.id).colour == CARD_SWATCHES[2] and stack.count() == 1

    # "More Colours…" opens the full dialog
    def choose_in_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QColorDialog):
            QTimer.singleShot(20, choose_in_dialog)
            return
        dialog.setCurrentColor(QColor("#123456"))
        dialog.accept()

    answer_popup("swatch-more")
    QTimer.singleShot(50, choose_in_dialog)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert next(c for c in doc.cards if c.id == card.id).colour == "#123456" and stack.count() == 2
