"""Fields the imports fill in, in the inspector: a KPI's source note (analytics), a card's task score (Mermaid)."""

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


def test_a_mermaid_task_score_is_shown_and_set_on_action_cards(qtbot):
    from PySide6.QtWidgets import QComboBox

    from journeymapper.model import Card

    doc = JourneyMap(stages=[Stage(id="s1", name="Go to work")],
                     lanes=[Lane(id="a", kind=LaneKind.ACTIONS, title="Actions"),
                            Lane(id="p", kind=LaneKind.PAIN_POINTS, title="Pain points")],
                     cards=[Card(id="c1", lane_id="a", stage_id="s1", text="Make tea", score=5),
                            Card(id="c2", lane_id="p", stage_id="s1", text="Cold tea")])
    session = MapSession(doc)
    scene = FakeScene()
    inspector = Inspector(session, scene)
    qtbot.addWidget(inspector)
    inspector.show()
    qtbot.waitExposed(inspector)
    scene.select("c1")
    score = child(inspector, QComboBox, "card-score")
    assert score.isVisibleTo(inspector) and score.currentText() == "5"
    score.setCurrentIndex(score.findData("2"))
    assert session.doc.cards[0].score == 2 and session.undo_stack.count() == 1
    score.setCurrentIndex(score.findData(""))
    assert session.doc.cards[0].score is None
    scene.select("c2")
    assert not child(inspector, QComboBox, "card-score").isVisibleTo(inspector)
    session.undo_stack.clear()
