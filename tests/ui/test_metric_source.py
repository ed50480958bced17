"""A KPI's source note (an analytics import fills it in) is shown and edited in the inspector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from journeymapper.model import JourneyMap, Lane, LaneKind, Metric, Stage
from journeymapper.ui.inspector import Inspector
from journeymapper.ui.session import MapSession
from tests.ui.test_inspector import FakeScene, child, focus


def test_metric_source_note_is_shown_and_edited_as_one_step(qtbot):
    doc = JourneyMap(stages=[Stage(id="s1", name="Awareness")], lanes=[Lane(id="k", kind=LaneKind.KPIS, title="KPIs")],
                     metrics=[Metric(id="m1", lane_id="k", name="Active users", values={"s1": 12400},
                                     source="GA4, 2026-10-01 – 2026-10-31")])
    session = MapSession(doc)
    scene = FakeScene()
    inspector = Inspector(session, scene)
    qtbot.addWidget(inspector)
    inspector.resize(380, 720)
    inspector.show()
    qtbot.waitExposed(inspector)
    scene.select("m1")
    source = child(inspector, QLineEdit, "metric-source")
    assert source.text() == "GA4, 2026-10-01 – 2026-10-31"
    focus(qtbot, source)
    source.selectAll()
    qtbot.keyClicks(source, "GA4, November")
    qtbot.keyClick(source, Qt.Key.Key_Tab)
    assert session.doc.metrics[0].source == "GA4, November"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc.metrics[0].source == "GA4, 2026-10-01 – 2026-10-31"
    session.undo_stack.clear()
