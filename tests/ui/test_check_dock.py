"""The Journey check dock: findings grouped by severity, kept current, and found on the canvas."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter

from journeymapper.analysis.check import MESSAGES, VARIANT_NAMES, Severity, check
from journeymapper.canvas.scene import MapScene
from journeymapper.canvas.view import MapView
from journeymapper.commands import AddCards, SetCardFields
from journeymapper.model import Card, Evidence, JourneyMap, Lane, LaneKind, Stage
from journeymapper.ui import check_dock
from journeymapper.ui.check_dock import CheckPanel, finding_text
from journeymapper.ui.session import MapSession


def _map(stages: int = 3) -> JourneyMap:
    """Touchpoints in every stage but the second; a pain point with no opportunity in the last."""
    ids = [f"s{i}" for i in range(stages)]
    doc = JourneyMap(
        title="Check me",
        stages=[Stage(id=s, name=f"Stage {i + 1}") for i, s in enumerate(ids)],
        lanes=[Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
               Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
               Lane(id="opp", kind=LaneKind.OPPORTUNITIES, title="Opportunities")])
    for i, s in enumerate(ids):
        if i != 1:
            doc.cards.append(Card(id=f"t{i}", lane_id="tp", stage_id=s, text=f"Touch {i}",
                                  evidence=Evidence.OBSERVED))
    doc.cards.append(Card(id="pain1", lane_id="pain", stage_id=ids[-1], text="<b>Slow</b> checkout",
                          evidence=Evidence.OBSERVED))
    return doc


class Harness:
    """What the main window wires up: scene and view on the session, the panel beside them."""

    def __init__(self, qtbot, doc: JourneyMap) -> None:
        self.session = MapSession(doc)
        self.scene = MapScene(self.session.doc, self.session.push)
        self.splitter = QSplitter()
        self.view = MapView(self.scene, self.splitter)
        self.panel = CheckPanel(self.session, self.scene, self.splitter)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.resize(1200, 700)
        self.splitter.setSizes([850, 350])
        self.session.changed.connect(lambda e: self.scene.apply_change(e.change, e.revision, e.restores))
        qtbot.addWidget(self.splitter)
        self.splitter.show()
        qtbot.waitExposed(self.splitter)

    def texts(self) -> dict[str, list[str]]:
        tree = self.panel.tree
        groups = {}
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            groups[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
        return groups


@pytest.fixture
def harness(qtbot) -> Harness:
    h = Harness(qtbot, _map())
    qtbot.waitUntil(lambda: not h.panel._stale, timeout=3000)
    return h


def test_findings_appear_grouped_by_severity(harness):
    expected = check(harness.session.doc)
    assert harness.panel.findings == expected
    warnings = [f.message for f in expected if f.severity is Severity.WARNING]
    notes = [f.message for f in expected if f.severity is Severity.INFO]
    assert 'Stage “Stage 2” has no touchpoint.' in warnings
    assert ('Pain point “<b>Slow</b> checkout” in stage “Stage 3” has no opportunity in the same stage '
            "or connected to it.") in warnings  # user text stays plain text
    assert harness.texts() == {f"Warnings ({len(warnings)})": warnings, f"Notes ({len(notes)})": notes}
    counts = harness.panel.counts
    assert [counts[s].text() for s in Severity] == ["0", str(len(warnings)), str(len(notes))]
    assert harness.panel.stack.currentWidget() is harness.panel.tree


def test_findings_update_after_an_edit_and_undo(harness, qtbot):
    harness.session.push(AddCards(Card(id="t1", lane_id="tp", stage_id="s1", text="Touch 1")))
    qtbot.waitUntil(lambda: not any("Stage 2" in f.message for f in harness.panel.findings), timeout=3000)
    assert not any("has no touchpoint" in t for texts in harness.texts().values() for t in texts)
    harness.session.undo_stack.undo()
    qtbot.waitUntil(lambda: any("Stage 2" in f.message for f in harness.panel.findings), timeout=3000)


def test_edits_in_a_burst_are_checked_once(harness, qtbot, monkeypatch):
    runs = []
    monkeypatch.setattr(check_dock, "check", lambda doc, language: runs.append(1) or check(doc, language))
    for text in ("a", "ab", "abc"):
        harness.session.push(SetCardFields("t0", text=text))
    assert runs == [] and harness.panel.status.text() == "Checking…"
    qtbot.waitUntil(lambda: runs == [1], timeout=3000)
    qtbot.waitUntil(lambda: not harness.panel.timer.isActive(), timeout=3000)  # no other check pending
    assert runs == [1] and harness.panel.status.text() == ""


def test_clicking_a_finding_selects_its_items_and_scrolls_to_them(qtbot):
    h = Harness(qtbot, _map(stages=14))
    qtbot.waitUntil(lambda: not h.panel._stale, timeout=3000)
    h.view.set_zoom(1.0)
    h.view.horizontalScrollBar().setValue(0)
    finding = next(f for f in h.panel.findings if f.rule == "pain-without-opportunity")
    card_item = h.scene.item_for("pain1")

    def on_screen() -> bool:
        shown = h.view.mapFromScene(card_item.sceneBoundingRect()).boundingRect()
        return h.view.viewport().rect().intersects(shown)

    assert not on_screen()
    row = h.panel.item_for(finding)
    h.panel.tree.scrollToItem(row)
    where = h.panel.tree.visualItemRect(row).center()
    QTest.mouseClick(h.panel.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert h.scene.selected_ids() == ["pain1"]
    assert on_screen()
    # A stage finding selects the stage's header.
    stage_finding = next(f for f in h.panel.findings if f.rule == "stage-without-touchpoint")
    h.panel.tree.setCurrentItem(h.panel.item_for(stage_finding))
    QTest.keyClick(h.panel.tree, Qt.Key.Key_Return)
    assert h.scene.selected_ids() == ["s1"]


def test_a_clean_map_shows_that_all_is_well(qtbot):
    doc = _map()
    doc.cards.append(Card(id="t1", lane_id="tp", stage_id="s1", text="Touch 1", evidence=Evidence.OBSERVED))
    doc.cards.append(Card(id="o2", lane_id="opp", stage_id="s2", text="Fix it", evidence=Evidence.OBSERVED))
    h = Harness(qtbot, doc)
    qtbot.waitUntil(lambda: not h.panel._stale, timeout=3000)
    assert h.panel.findings == []
    assert h.panel.stack.currentWidget() is h.panel.empty and h.panel.empty_text.isVisible()


def test_a_hidden_panel_checks_only_when_shown(harness, qtbot, monkeypatch):
    runs = []
    monkeypatch.setattr(check_dock, "check", lambda doc, language: runs.append(1) or check(doc, language))
    harness.panel.hide()
    harness.session.push(AddCards(Card(id="t1", lane_id="tp", stage_id="s1", text="Touch 1")))
    qtbot.waitUntil(lambda: not harness.panel.timer.isActive(), timeout=3000)
    assert runs == []
    harness.panel.show()
    qtbot.waitUntil(lambda: runs == [1], timeout=3000)
    assert not any("Stage 2" in f.message for f in harness.panel.findings)


def test_set_session_checks_the_new_map(harness, qtbot):
    other = _map()
    other.stages[0].name = "Renamed"
    other.cards = [c for c in other.cards if c.id != "t0"]
    harness.panel.set_session(MapSession(other))
    qtbot.waitUntil(lambda: any('“Renamed”' in f.message for f in harness.panel.findings), timeout=3000)


def test_the_check_messages_are_extracted_from_their_single_source():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    tool = importlib.import_module("tools.update_translations")
    extracted = {source for context, source in tool.expected_messages() if context == "JourneyCheck"}
    assert set(MESSAGES.values()) | set(VARIANT_NAMES.values()) <= extracted


def test_messages_are_translated_then_formatted(monkeypatch):
    finding = next(f for f in check(_map()) if f.rule == "stage-without-touchpoint")
    danish = {MESSAGES["stage-without-touchpoint"]: 'Stadiet "{stage}" har intet berøringspunkt.'}
    monkeypatch.setattr(check_dock, "_tr", lambda text: danish.get(text, text))
    assert finding_text(finding) == 'Stadiet "Stage 2" har intet berøringspunkt.'
    # A broken translation (unknown placeholder) falls back to the English message.
    danish[MESSAGES["stage-without-touchpoint"]] = "Stadiet {fase} mangler"
    assert finding_text(finding) == finding.message


def test_the_panel_is_readable(harness, tmp_path):
    """Rendered offscreen: rows are tall enough to wrap their text instead of cutting it."""
    harness.splitter.setSizes([950, 250])
    QTest.qWait(50)
    tree = harness.panel.tree
    row = harness.panel.item_for(next(f for f in harness.panel.findings if f.rule == "pain-without-opportunity"))
    height = tree.visualItemRect(row).height()
    assert height >= 2 * tree.fontMetrics().height()  # wrapped onto several lines
    image = harness.splitter.grab()
    assert not image.isNull() and image.save(str(tmp_path / "check_dock.png"))
    assert tree.viewport().rect().contains(QPoint(5, tree.visualItemRect(row).top() + 1))


def test_a_failing_rule_is_reported_not_raised(harness, monkeypatch):
    def broken(doc, language):
        raise RuntimeError("boom")

    monkeypatch.setattr(check_dock, "check", broken)
    harness.panel.check_now()
    assert harness.panel.status.text() == "The check failed: boom"
