"""File > Import > … from CSV: preview, column matching, all-or-nothing, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog

from journeymapper.model import Card, Evidence, JourneyMap, Lane, LaneKind, Metric, Stage
from journeymapper.ui import csv_import_dialog
from journeymapper.ui.csv_import_dialog import CsvImportDialog, run_csv_import
from journeymapper.ui.session import MapSession
from tests.ui.windows import choose_with_keys


def _doc(kpi_lane: bool = True) -> JourneyMap:
    lanes = [Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
             Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Pain points")]
    metrics = []
    if kpi_lane:
        lanes.append(Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs"))
        metrics.append(Metric(id="conv", lane_id="kpi", name="Conversion rate", unit="%",
                              values={"pu": 1.9}, targets={"pu": 2.5}))
    return JourneyMap(stages=[Stage(id="aw", name="Awareness"), Stage(id="pu", name="Purchase")],
                      lanes=lanes, metrics=metrics,
                      cards=[Card(id="c1", lane_id="tp", stage_id="aw", text="Ad", evidence=Evidence.OBSERVED)])


@pytest.fixture
def session(qtbot) -> MapSession:
    return MapSession(_doc())


@pytest.fixture
def user(monkeypatch, tmp_path):
    """Plays the user: picks ``file``, does ``then(dialog)``, clicks Import if it can (else Cancel)."""

    class User:
        file = None
        then = staticmethod(lambda dialog: None)
        cancel = False
        dialogs: list[CsvImportDialog] = []

        def write(self, text: str, encoding: str = "utf-8", name: str = "data.csv") -> None:
            path = tmp_path / name
            path.write_bytes(text.encode(encoding))
            self.file = path

    me = User()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(me.file) if me.file else "", "")))

    def fake_exec(dialog: CsvImportDialog) -> int:
        me.dialogs.append(dialog)
        me.then(dialog)
        if me.cancel or not dialog.import_button.isEnabled():
            return QDialog.DialogCode.Rejected
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(CsvImportDialog, "exec", fake_exec)
    return me


def _stage_combo(dialog: CsvImportDialog, step: str) -> QComboBox:
    """The stage drop-down in the row of ``step`` in the steps table."""
    table = dialog.analytics.steps
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == step)
    combo = table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_import_kpis_with_semicolons_is_one_undo_step(session, user):
    user.write("Stage;Metric;Value;Target\r\nAwareness;Visitors;1.200;\r\nPurchase;Visitors;300;\r\n"
               "Purchase;Conversion rate;2,5%;3\r\n", encoding="cp1252")
    before = session.doc.model_copy(deep=True)
    assert run_csv_import(None, session, "kpis")
    dialog = user.dialogs[0]
    assert _rows(dialog.preview) == [
        ["Visitors", "Awareness", "1200", "", "New KPI"],
        ["Visitors", "Purchase", "300", "", "New KPI"],
        ["Conversion rate", "Purchase", "2.5%", "3%", "value was 1.9%; target was 2.5%"],
    ]
    assert "separated by semicolons" in dialog.findChild(type(dialog.summary), "csv-about").text()
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "Import KPIs"
    visitors = session.doc.metrics[1]
    assert visitors.values == {"aw": 1200.0, "pu": 300.0}
    assert session.doc.metrics[0].values == {"pu": 2.5} and session.doc.metrics[0].targets == {"pu": 3.0}
    session.undo_stack.undo()
    assert session.doc == before


def test_import_cards_with_commas(session, user):
    user.write('stage,lane,text,evidence,source\nPurchase,Pain points,"Card declined,\nno reason",observed,'
               "Interview 4\nAwareness,touchpoints,Sees a poster,,\n")
    before = session.doc.model_copy(deep=True)
    assert run_csv_import(None, session, "cards")
    assert _rows(user.dialogs[0].preview) == [
        ["Purchase", "Pain points", "Card declined, / no reason", "Observed", "Interview 4"],
        ["Awareness", "Touchpoints", "Sees a poster", "Assumed", ""],
    ]
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "Import 2 Cards"
    assert [c.text for c in session.doc.cards] == ["Ad", "Card declined,\nno reason", "Sees a poster"]
    session.undo_stack.undo()
    assert session.doc == before


def test_bad_rows_block_the_import(session, user):
    user.write("stage,lane,text\nAwareness,Touchpoints,Fine\nNowhere,Touchpoints,Lost\nPurchase,Ghosts,Boo\n")
    before = session.doc.model_copy(deep=True)
    assert not run_csv_import(None, session, "cards")
    dialog = user.dialogs[0]
    assert _rows(dialog.bad) == [["3", 'no stage is called "Nowhere"'], ["4", 'no lane is called "Ghosts"']]
    assert not dialog.import_button.isEnabled() and dialog.skip.isEnabled()
    assert session.doc == before and session.undo_stack.count() == 0


def test_skip_bad_rows_imports_the_good_ones(session, user):
    user.write("stage,lane,text\nAwareness,Touchpoints,Fine\nNowhere,Touchpoints,Lost\n")
    user.then = lambda dialog: dialog.skip.setChecked(True)
    before = session.doc.model_copy(deep=True)
    assert run_csv_import(None, session, "cards")
    assert [c.text for c in session.doc.cards] == ["Ad", "Fine"]
    assert session.undo_stack.undoText() == "Import Card"
    session.undo_stack.undo()
    assert session.doc == before


def test_cancel_changes_nothing(session, user):
    user.write("stage,lane,text\nAwareness,Touchpoints,Fine\n")
    user.cancel = True
    before = session.doc.model_copy(deep=True)
    assert not run_csv_import(None, session, "cards")
    assert session.doc == before and session.undo_stack.count() == 0
    user.file = None  # the file chooser cancelled
    assert not run_csv_import(None, session, "cards") and len(user.dialogs) == 1


def test_column_mapping_reparses(session, user):
    user.write("# Google Analytics\nStep,Measure,Users,Goal\nPurchase,Visitors,900,1000\n")

    def match(dialog: CsvImportDialog) -> None:
        assert dialog.fatal == "Choose the column for: Value."
        assert not dialog.import_button.isEnabled() and dialog.preview.rowCount() == 0
        combo = dialog.combos["value"]
        combo.setCurrentIndex(combo.findData("Users"))
        assert dialog.fatal == "" and dialog.mapping()["value"] == "Users"
        assert _rows(dialog.preview) == [["Visitors", "Purchase", "900", "1000", "New KPI"]]

    user.then = match
    assert run_csv_import(None, session, "kpis")
    assert session.doc.metrics[-1].values == {"pu": 900.0} and session.doc.metrics[-1].targets == {"pu": 1000.0}


def test_remapping_to_a_wrong_column_shows_the_rows_it_breaks(session, user):
    user.write("stage,metric,value,note\nPurchase,Visitors,900,soon\n")

    def remap(dialog: CsvImportDialog) -> None:
        combo = dialog.combos["value"]
        combo.setCurrentIndex(combo.findData("note"))
        assert _rows(dialog.bad) == [["2", 'the value "soon" is not a number']]

    user.then = remap
    assert not run_csv_import(None, session, "kpis")
    assert session.undo_stack.count() == 0


def test_kpis_into_a_map_without_kpi_lane(qtbot, user):
    session = MapSession(_doc(kpi_lane=False))
    before = session.doc.model_copy(deep=True)
    user.write("stage,metric,value\nPurchase,Orders,12\n")
    assert run_csv_import(None, session, "kpis")
    assert "no KPI lane" in user.dialogs[0].summary.text()
    lane = session.doc.lanes[-1]
    assert lane.kind is LaneKind.KPIS and session.doc.metrics[0].lane_id == lane.id
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc == before


def test_unreadable_files_are_reported_as_plain_text(session, user, unanswered_questions):
    user.write("")
    assert not run_csv_import(None, session, "kpis")
    assert unanswered_questions and "data.csv: the file is empty" in unanswered_questions[0]
    assert user.dialogs == [] and session.undo_stack.count() == 0


def test_unknown_kind_is_refused(session):
    with pytest.raises(ValueError, match=r"unknown import kind 'people'"):
        CsvImportDialog(session.doc, "a,b\n", "x.csv", "utf-8", "people")
    assert csv_import_dialog.KINDS == ("kpis", "cards")


# -- analytics exports as they come ------------------------------------------------------------

ANALYTICS = __import__("pathlib").Path(__file__).parent.parent / "fixtures" / "analytics"


def _funnel_doc() -> JourneyMap:
    doc = _doc()
    doc.stages = [Stage(id="aw", name="Awareness"), Stage(id="co", name="Consideration"),
                  Stage(id="pu", name="Purchase"), Stage(id="re", name="Retention")]
    return doc


def test_ga4_funnel_is_reshaped_in_the_preview_and_imported_as_one_step(qtbot, user):
    session = MapSession(_funnel_doc())
    user.write((ANALYTICS / "ga4-funnel-exploration.csv").read_text(encoding="utf-8"), name="ga4.csv")
    before = session.doc.model_copy(deep=True)

    def check(dialog: CsvImportDialog) -> None:
        assert dialog.analytics is not None and dialog.analytics.current_shape() == "stages"
        assert not dialog.mapping_box.isVisibleTo(dialog)  # long-format columns do not apply
        rows = _rows(dialog.preview)
        assert rows[0] == ["11", "1. Awareness", "Awareness", "Active users", "12,400", ""]
        assert rows[1] == ["11", "1. Awareness", "Awareness", "Completion rate", "48.5%", ""]
        assert len(rows) == 13 and dialog.fatal == ""
        assert "Source noted on the KPIs: GA4, 2026-10-01 – 2026-10-31." in dialog.summary.text()
        steps = dialog.analytics.steps
        assert [steps.item(r, 2).text() for r in range(steps.rowCount())] == ["name without its number"] * 4
        # untick "Abandonments": it is not imported
        item = dialog.analytics.metrics.item(2)
        assert item.text() == "Abandonments"
        item.setCheckState(Qt.CheckState.Unchecked)
        assert "Abandonments" not in {r[3] for r in _rows(dialog.preview)} and len(_rows(dialog.preview)) == 10

    user.then = check
    assert run_csv_import(None, session, "kpis")
    assert [m.name for m in session.doc.metrics] == ["Conversion rate", "Active users", "Completion rate",
                                                     "Abandonment rate"]
    assert session.doc.metrics[1].source == "GA4, 2026-10-01 – 2026-10-31"
    assert session.doc.stage_mappings["GA4: Funnel exploration"]["2. Consideration"] == "co"
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "Import KPIs"
    session.undo_stack.undo()
    assert session.doc == before


def test_unmatched_steps_get_a_stage_from_the_drop_down_and_it_is_remembered(qtbot, user):
    session = MapSession(_funnel_doc())
    user.write((ANALYTICS / "mixpanel-funnel.csv").read_text(encoding="utf-8"), name="mixpanel.csv")

    def pick(dialog: CsvImportDialog) -> None:
        assert dialog.analytics is not None
        assert dialog.analytics.step_column.text() == 'Steps are read from the column "Event".'
        assert not dialog.import_button.isEnabled()
        assert _rows(dialog.bad)[0] == ["2", 'no stage is called "Viewed Landing Page"']
        for step, stage in (("Viewed Landing Page", "aw"), ("Viewed Product", "co")):
            choose_with_keys(_stage_combo(dialog, step), stage)
        combo = _stage_combo(dialog, "Completed Purchase")
        choose_with_keys(combo, combo.itemData(combo.count() - 1))  # skip this step
        assert dialog.errors() == [] and dialog.import_button.isEnabled()
        assert _rows(dialog.preview)[0][:4] == ["2", "Viewed Landing Page", "Awareness", "Count"]
        assert "(skipped)" in {r[2] for r in _rows(dialog.preview)}

    user.then = pick
    assert run_csv_import(None, session, "kpis")
    count = next(m for m in session.doc.metrics if m.name == "Count")
    assert count.values == {"aw": 12400.0, "co": 6014.0}
    assert session.doc.stage_mappings == {"mixpanel.csv": {"Viewed Landing Page": "aw", "Viewed Product": "co"}}

    def offered_again(dialog: CsvImportDialog) -> None:
        assert _stage_combo(dialog, "Viewed Product").currentData() == "co"
        assert dialog.analytics.steps.item(1, 2).text() == "remembered from the last import"

    user.then = offered_again
    user.cancel = True
    run_csv_import(None, session, "kpis")


def test_match_by_order_and_one_row_per_metric(qtbot, user):
    session = MapSession(_funnel_doc())
    user.write("KPI,Landing,Product,Basket\nSessions,900,400,120\n", name="wide.csv")

    def by_order(dialog: CsvImportDialog) -> None:
        assert dialog.analytics.current_shape() == "stages"  # no column is named like a stage
        dialog.analytics.shape.setCurrentIndex(dialog.analytics.shape.findData("metrics"))
        dialog.analytics.match.setCurrentIndex(1)
        assert [r[2] for r in _rows(dialog.preview)] == ["Awareness", "Consideration", "Purchase"]

    user.then = by_order
    assert run_csv_import(None, session, "kpis")
    assert session.doc.metrics[-1].name == "Sessions"
    assert session.doc.metrics[-1].values == {"aw": 900.0, "co": 400.0, "pu": 120.0}


def test_a_kpi_column_renamed_with_a_unit(qtbot, user):
    session = MapSession(_funnel_doc())
    user.write((ANALYTICS / "ga4-funnel-exploration.csv").read_text(encoding="utf-8"), name="ga4.csv")

    def rename(dialog: CsvImportDialog) -> None:
        metrics = dialog.analytics.metrics
        for row in range(1, metrics.count()):
            metrics.item(row).setCheckState(Qt.CheckState.Unchecked)
        metrics.item(0).setText("Visitors (ppl)")
        assert {r[3] for r in _rows(dialog.preview)} == {"Visitors"}

    user.then = rename
    assert run_csv_import(None, session, "kpis")
    visitors = session.doc.metrics[-1]
    assert (visitors.name, visitors.unit, visitors.values["aw"]) == ("Visitors", "ppl", 12400.0)


def test_enter_imports_even_when_cancel_has_the_focus(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    text = (ANALYTICS / "ga4-funnel-exploration.csv").read_text(encoding="utf-8")
    dialog = CsvImportDialog(_funnel_doc(), text, "ga4.csv", "utf-8", "kpis")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.waitUntil(cancel.hasFocus)
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
