"""Insert > KPI…: presets named in the map's language, one undo step (with a new KPI lane if needed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from journeymapper.analysis.funnel import KPI_PRESETS
from journeymapper.model import JourneyMap, Lane, LaneKind, Language, Metric, Stage
from journeymapper.ui.kpi_presets import KpiPresetDialog, add_kpi_from_dialog
from journeymapper.ui.session import MapSession

from .windows import click_list_row


def _doc(language: Language = Language.EN, kpi_lane: bool = True) -> JourneyMap:
    lanes = [Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints")]
    if kpi_lane:
        lanes.append(Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs"))
    return JourneyMap(language=language, stages=[Stage(id="s1", name="Buy")], lanes=lanes,
                      metrics=[Metric(id="m1", lane_id="kpi", name="Bounce rate")] if kpi_lane else [])


def _row(key: str) -> int:
    """The dialog lists the presets in KPI_PRESETS's order."""
    return [p.key for p in KPI_PRESETS].index(key)


@pytest.fixture
def answer(monkeypatch):
    """The user's choice in the dialog: a function of the dialog; None cancels."""
    chosen = {"do": None}

    def fake_exec(dialog: KpiPresetDialog) -> int:
        if chosen["do"] is None:
            return QDialog.DialogCode.Rejected
        chosen["do"](dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(KpiPresetDialog, "exec", fake_exec)
    return chosen


def test_presets_in_the_map_language(qtbot):
    dialog = KpiPresetDialog(_doc(Language.DA, kpi_lane=False))
    qtbot.addWidget(dialog)
    names = [dialog.presets.item(i).text() for i in range(dialog.presets.count())]
    assert len(names) == len(KPI_PRESETS) and names[0] == "Konverteringsrate  (%)"
    click_list_row(dialog.presets, _row("bounce_rate"))
    assert (dialog.name.text(), dialog.unit.text(), dialog.higher.isChecked()) == ("Afvisningsrate", "%", False)


def test_presets_already_in_the_map_are_disabled(qtbot):
    dialog = KpiPresetDialog(_doc())
    qtbot.addWidget(dialog)
    bounce = next(dialog.presets.item(i) for i in range(dialog.presets.count())
                  if dialog.presets.item(i).text().startswith("Bounce rate"))
    assert not bounce.flags() & bounce.flags().ItemIsEnabled


def test_add_preset_is_one_undo_step(qtbot, answer):
    session = MapSession(_doc())
    before = session.doc.model_copy(deep=True)
    answer["do"] = lambda dialog: click_list_row(dialog.presets, _row("nps"))
    metric_id = add_kpi_from_dialog(None, session)
    metric = session.doc.metrics[-1]
    assert metric.id == metric_id and metric.name == "Net Promoter Score (NPS)" and metric.lane_id == "kpi"
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "Add KPI"
    session.undo_stack.undo()
    assert session.doc == before


def test_custom_kpi_into_a_map_without_kpi_lane(qtbot, answer):
    session = MapSession(_doc(kpi_lane=False))
    before = session.doc.model_copy(deep=True)

    def custom(dialog: KpiPresetDialog) -> None:
        dialog.name.setText("  Newsletter sign-ups ")
        dialog.unit.setText("people")

    answer["do"] = custom
    assert add_kpi_from_dialog(None, session)
    lane = session.doc.lanes[-1]
    assert lane.kind is LaneKind.KPIS and session.doc.metrics[0].lane_id == lane.id
    assert (session.doc.metrics[0].name, session.doc.metrics[0].unit) == ("Newsletter sign-ups", "people")
    session.undo_stack.undo()
    assert session.doc == before


def test_cancel_or_empty_name_adds_nothing(qtbot, answer):
    session = MapSession(_doc())
    assert add_kpi_from_dialog(None, session) is None
    answer["do"] = lambda dialog: dialog.name.setText("  ")
    assert add_kpi_from_dialog(None, session) is None
    assert session.undo_stack.count() == 0
