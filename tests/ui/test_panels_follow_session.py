"""Panels and dialogs follow the session themselves: opened after a change, they show the document as it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QWidget

from journeymapper.analysis.funnel import KPI_PRESETS
from journeymapper.commands import SetMapFields
from journeymapper.model import JourneyMap, Lane, LaneKind, Persona, Stage
from journeymapper.ui.csv_import_dialog import CsvImportDialog, import_csv_file
from journeymapper.ui.funnel_dialog import FunnelDialog
from journeymapper.ui.kpi_presets import KpiPresetDialog
from journeymapper.ui.session import DocumentChange, MapSession, Origin
from tests.ui.windows import click_list_row, discard, show_window


def _doc() -> JourneyMap:
    """Stages and an empty KPI lane: no count metric yet."""
    return JourneyMap(title="Shop", stages=[Stage(id="aw", name="Awareness"), Stage(id="pu", name="Purchase")],
                      lanes=[Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
                             Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs")])


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, _doc())
    yield win
    discard(win)


def _answer(qtbot, kind: type, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Once a modal dialog of ``kind`` is up, do ``act`` on it (as the user would)."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def _open_funnel(qtbot, window) -> FunnelDialog:
    window.actions_.by_name["funnel"].trigger()
    funnel = window.findChild(FunnelDialog, "funnel-dialog")
    qtbot.waitExposed(funnel)
    return funnel


def _close(qtbot, funnel: FunnelDialog) -> None:
    funnel.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not funnel.isVisible())


def test_funnel_reopened_after_insert_kpi_shows_the_new_kpi(qtbot, window):
    """Opened, closed, a KPI added, reopened: it must not still say "no count metric"."""
    funnel = _open_funnel(qtbot, window)
    assert funnel.metric_box.count() == 0 and "no count KPI" in funnel.chart.message
    _close(qtbot, funnel)

    def add_visitors(dialog: QWidget) -> None:
        assert isinstance(dialog, KpiPresetDialog)
        click_list_row(dialog.presets, [p.key for p in KPI_PRESETS].index("visitors"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _answer(qtbot, KpiPresetDialog, add_visitors)
    window.actions_.by_name["insert_kpi"].trigger()  # Insert > KPI…, the real dialog
    assert seen and [m.name for m in window.session.doc.metrics] == ["Visitors"]

    assert _open_funnel(qtbot, window) is funnel
    assert [funnel.metric_box.itemText(i) for i in range(funnel.metric_box.count())] == ["Visitors"]
    assert funnel.chart.message == "“Visitors” has no values yet. Give it a value in each stage."


def test_funnel_reopened_after_a_csv_import_shows_the_imported_numbers(qtbot, window, tmp_path):
    funnel = _open_funnel(qtbot, window)
    _close(qtbot, funnel)
    csv = tmp_path / "kpis.csv"
    csv.write_text("Stage,Metric,Value\nAwareness,Visitors,1000\nPurchase,Visitors,250\n", encoding="utf-8")

    def import_all(dialog: QWidget) -> None:
        assert isinstance(dialog, CsvImportDialog)
        dialog.import_button.click()

    seen = _answer(qtbot, CsvImportDialog, import_all)
    assert import_csv_file(window, window.session, "kpis", csv)  # the File > Import dialog, really shown
    assert seen

    _open_funnel(qtbot, window)
    table = funnel.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Awareness", "Purchase"]
    assert [step.count for step in funnel.chart.steps] == [1000, 250]
    assert funnel.summary.text() == "25.0% of “Awareness” reach “Purchase”"

    # Undo while it is open: it follows at once.
    window.session.undo_stack.undo()
    assert funnel.metric_box.count() == 0 and table.rowCount() == 0


def test_a_closed_funnel_does_not_redraw_for_every_edit(qtbot, window):
    funnel = _open_funnel(qtbot, window)
    _close(qtbot, funnel)
    redraws: list[int] = []
    funnel.metric_box.currentIndexChanged.connect(redraws.append)
    window.session.push(SetMapFields(title="Renamed"))
    assert redraws == [] and funnel._stale  # read again when next shown


def test_the_check_panel_built_after_edits_checks_the_current_map(qtbot, window):
    window.session.push(SetMapFields(title="Edited first"))
    window.actions_.by_name["insert_stage"].trigger()
    panel = window.check_panel  # built now, after the edits
    window._check_dock.raise_()
    qtbot.waitUntil(lambda: not panel._stale, timeout=3000)
    assert panel.session is window.session
    stages = len(window.session.doc.stages)
    assert stages == 3
    empty = [f for f in panel.findings if "touchpoint" in f.message.lower()]
    assert len(empty) == stages  # every stage, the new one included, lacks a touchpoint


def test_panels_follow_a_new_session_and_drop_the_old_one(qtbot, window):
    funnel = _open_funnel(qtbot, window)
    other = JourneyMap(title="Other", personas=[Persona(id="p1", name="Pia")],
                       stages=[Stage(id="s", name="Only")], lanes=[Lane(id="k", kind=LaneKind.KPIS, title="K")])
    window._replace_session(MapSession(other))
    new = window.session
    personas = window.personas.findChild(QListWidget, "persona-list")
    assert [personas.item(i).text() for i in range(personas.count())] == ["Pia"]
    assert window.inspector.session is new and funnel.session is new and window.personas.session is new

    new.push(SetMapFields(title="Renamed"))  # the inspector's map page follows the new session
    assert window.inspector.findChild(QWidget, "map-title").text() == "Renamed"


def test_changed_says_where_a_change_came_from(qtbot):
    session = MapSession(_doc())
    events: list[DocumentChange] = []
    session.changed.connect(events.append)
    session.push(SetMapFields(title="One"))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert [(e.origin, e.revision, e.restores) for e in events] == [
        (Origin.EDIT, 1, None), (Origin.UNDO, 2, 0), (Origin.REDO, 3, 1)]
    assert all(e.change.updated == {session.doc.id} for e in events)
    with pytest.raises(AttributeError, match="cannot assign"):
        events[0].revision = 9  # type: ignore[misc]
    session.undo_stack.clear()
