"""Compare With…, Merge With…, the Differences and Conflicts panels, conflicted copies, in a real window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from journeymapper import io
from journeymapper.commands import CardMove, MoveCards, RemoveItems, SetCardFields, SetStageFields
from journeymapper.compare import merge
from journeymapper.ui.session import MapSession
from tests.commands.conftest import build_sample
from tests.ui.windows import discard, show_window


def edited_sample():
    doc = build_sample()
    for command in (SetCardFields("c1", text="Compare prices online"), SetStageFields("s-buy", name="Purchase"),
                    RemoveItems(["c5"]), MoveCards([CardMove("c2", "l-pain", "s-use", 0)])):
        command.apply(doc)
    return doc


def test_compare_shows_differences_on_the_canvas_and_leaves_the_map_alone(qtbot, tmp_path):
    earlier = tmp_path / "workshop-1.jmap"
    io.save(build_sample(), earlier)
    window = show_window(qtbot, edited_sample())
    before = window.session.doc.model_copy(deep=True)
    controller = window.compare
    assert not window.actions_.by_name["next_difference"].isEnabled()
    assert controller.compare_with_path(earlier)
    panel = controller.panel
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "~ “Compare prices online”: text “text of c1” → “Compare prices online”" in lines
    assert "− “text of c5” removed from Pain points / Aware" in lines
    assert "Compared with workshop-1.jmap" in panel.summary.text()
    changes = {m.entry.item_id: m.entry.change for m in controller.markers}
    assert changes["c1"] == "changed" and changes["c5"] == "removed" and changes["c2"] == "moved"
    # The ghost of the removed card sits where it was in the earlier map; the changed card is outlined.
    assert controller.overlay.scene() is window.scene
    changed = next(m for m in controller.markers if m.entry.item_id == "c1")
    card_rect = window.scene.card_item("c1").sceneBoundingRect()
    assert card_rect.contains(changed.rect) and card_rect.center() == changed.rect.center()
    assert "→" in controller.overlay.marker_at(changed.rect.center()).tooltip
    # F7 steps through the list and selects the item on the canvas; Shift+F7 goes back round.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F7)
    assert panel.list.currentRow() == 0
    QTest.keyClick(window.view, Qt.Key.Key_F7)
    row = panel.list.currentRow()
    assert row == 1
    entry = controller.diff.entries[row]
    if entry.change != "removed" and window.scene.item_for(entry.item_id) is not None:
        assert window.scene.selected_ids() == [entry.item_id]
    QTest.keyClick(window.view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert panel.list.currentRow() == panel.list.count() - 1
    # Choosing a difference in the panel scrolls the canvas to it.
    window.view.set_zoom(2.0)
    for row, entry in enumerate(controller.diff.entries):
        marker = next((m for m in controller.markers if m.entry is entry), None)
        if marker is None:
            continue
        window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().maximum())
        panel.list.setCurrentRow(row)
        shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        assert shown.intersects(marker.rect), entry
    # An edit while comparing is compared again; closing leaves the map exactly as edited.
    window.session.push(SetCardFields("c3", text="edited while comparing"))
    qtbot.waitUntil(lambda: any(m.entry.item_id == "c3" for m in controller.markers))
    window.session.undo_stack.undo()
    close_button = panel.findChild(QPushButton, "close-comparison")
    QTest.mouseClick(close_button, Qt.MouseButton.LeftButton)
    assert controller.other is None and controller.overlay is None
    assert not any(item.zValue() >= 5000 for item in window.scene.items())
    assert window.session.doc == before
    assert not window.actions_.by_name["next_difference"].isEnabled()
    discard(window)


def card(doc, card_id):
    return next((c for c in doc.cards if c.id == card_id), None)


def window_on_file(qtbot, path):
    return show_window(qtbot, MapSession.open(path))


def test_merge_with_is_one_undo_step_and_conflicts_go_to_the_panel(qtbot, tmp_path):
    ours_path, theirs_path = tmp_path / "journey.jmap", tmp_path / "colleague.jmap"
    base = build_sample()
    io.save(base, ours_path)
    io.save(base, ours_path, backup=True)  # journey.jmap.bak: the common ancestor
    theirs = build_sample()
    SetCardFields("c1", text="theirs").apply(theirs)
    SetCardFields("c2", text="theirs too").apply(theirs)
    io.save(theirs, theirs_path)
    window = window_on_file(qtbot, ours_path)
    window.session.push(SetCardFields("c1", text="mine"))
    before = window.session.doc.model_copy(deep=True)
    steps = window.session.undo_stack.count()
    assert window.compare.merge_path(theirs_path)
    doc = window.session.doc
    assert window.session.undo_stack.count() == steps + 1
    assert (card(doc, "c1").text, card(doc, "c2").text) == ("mine", "theirs too")
    panel = window.compare.conflicts
    assert panel is not None and window.compare.conflicts_dock.isVisible()
    assert panel.list.count() == 1 and "text" in panel.list.item(0).text()
    assert panel.mine.toPlainText() == "mine" and panel.theirs.toPlainText() == "theirs"
    assert "colleague.jmap" in panel.theirs_label.text()
    # Take theirs: one undoable step; undo brings the conflict back.
    QTest.mouseClick(panel.take, Qt.MouseButton.LeftButton)
    assert card(doc, "c1").text == "theirs" and doc.conflicts == [] and panel.list.count() == 0
    window.session.undo_stack.undo()
    assert card(doc, "c1").text == "mine" and len(doc.conflicts) == 1 and panel.list.count() == 1
    QTest.mouseClick(panel.keep, Qt.MouseButton.LeftButton)
    assert card(doc, "c1").text == "mine" and doc.conflicts == []
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()  # the merge itself is one step
    assert window.session.doc == before
    discard(window)


def test_saving_with_conflicts_left_is_allowed_and_says_so(qtbot, tmp_path):
    base, ours, theirs = build_sample(), build_sample(), build_sample()
    SetCardFields("c1", text="mine").apply(ours)
    SetCardFields("c1", text="theirs").apply(theirs)
    path = tmp_path / "journey.jmap"
    io.save(merge(base, ours, theirs).doc, path)
    window = window_on_file(qtbot, path)
    assert window.compare.conflicts_dock is not None and window.compare.conflicts_dock.isVisible()
    window.session.push(SetCardFields("c3", text="more"))
    assert window.file_save()
    assert "1 merge conflict still to resolve" in window.statusBar().currentMessage()
    assert len(io.load(path).conflicts) == 1
    discard(window)


def test_a_conflicted_copy_beside_an_opened_map_is_offered_for_merging(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "journey.jmap"
    io.save(build_sample(), path)
    copy = build_sample()
    SetCardFields("c2", text="from the laptop").apply(copy)
    io.save(copy, tmp_path / "journey (Anna's conflicted copy 2024-05-01).jmap")
    window = window_on_file(qtbot, path)
    monkeypatch.setattr(QMessageBox, "exec", QDialog.exec)  # this question is answered by a click
    seen = []

    def click_merge() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_merge)
            return
        seen.append(box.text())
        QTest.mouseClick(next(b for b in box.buttons() if b.text() == "Merge"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_merge)
    assert window.compare.offer_conflicted_copies() == "merge"
    assert "Dropbox left a conflicted copy of this map" in seen[0]
    # No ancestor but the map's own backup (none here): a two-way merge, every difference a conflict.
    doc = window.session.doc
    assert [(c.item_id, c.field, c.theirs) for c in doc.conflicts] == [("c2", "text", "from the laptop")]
    assert window.session.undo_stack.count() == 1
    discard(window)


def test_compare_with_a_broken_file_says_so_and_changes_nothing(qtbot, tmp_path, unanswered_questions):
    bad = tmp_path / "bad.jmap"
    bad.write_text("{", encoding="utf-8")
    window = show_window(qtbot, build_sample())
    before = window.session.doc.model_copy(deep=True)
    assert not window.compare.compare_with_path(bad)
    assert not window.compare.merge_path(bad)
    assert any("bad.jmap" in text for text in unanswered_questions)
    assert window.session.doc == before and window.session.undo_stack.count() == 0
    discard(window)


def test_a_backup_saved_after_the_other_copy_is_not_taken_as_their_ancestor(qtbot, tmp_path):
    from datetime import timedelta

    path, copy_path = tmp_path / "journey.jmap", tmp_path / "journey (1).jmap"
    theirs = build_sample()
    SetCardFields("c2", text="theirs").apply(theirs)
    io.save(theirs, copy_path)
    older = build_sample()
    older.modified = theirs.modified + timedelta(hours=1)  # the backup is younger than their copy
    io.save(older, path)
    mine = older.model_copy(deep=True)
    SetCardFields("c1", text="mine").apply(mine)
    io.save(mine, path, backup=True)
    window = window_on_file(qtbot, path)
    assert window.compare.merge_path(copy_path)
    doc = window.session.doc
    # Two-way: both differences are conflicts; nothing of mine was silently replaced.
    assert {(c.item_id, c.field) for c in doc.conflicts} == {("c1", "text"), ("c2", "text")}
    assert card(doc, "c1").text == "mine"
    assert "No common ancestor" in window.statusBar().currentMessage()
    discard(window)


def test_opening_a_map_asks_about_its_conflicted_copy(qtbot, tmp_path, unanswered_questions):
    path = tmp_path / "journey.jmap"
    io.save(build_sample(), path)
    io.save(build_sample(), tmp_path / "journey.sync-conflict-20240501-120000-ABCDEFG.jmap")
    io.save(build_sample(), tmp_path / "other.jmap")
    window = show_window(qtbot, build_sample())
    window.open_file(tmp_path / "other.jmap")  # nothing beside it: no question
    qtbot.wait(50)
    assert unanswered_questions == []
    opened = window.open_file(path)
    qtbot.waitUntil(lambda: len(unanswered_questions) == 1)
    assert "Syncthing left a conflicted copy of this map" in unanswered_questions[0]
    assert opened.session.doc.conflicts == []  # not answered: nothing merged
    discard(window)


def test_a_tooltip_shows_user_text_literally_and_in_full(qtbot, tmp_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    earlier = tmp_path / "earlier.jmap"
    io.save(build_sample(), earlier)
    doc = build_sample()
    long_text = "<b>not bold</b> " + "and a long sentence that goes on " * 3
    SetCardFields("c1", text=long_text).apply(doc)
    window = show_window(qtbot, doc)
    window.compare.compare_with_path(earlier)
    marker = next(m for m in window.compare.markers if m.entry.item_id == "c1")
    point = window.view.mapFromScene(marker.rect.center())
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    shown = QToolTip.text()
    assert "&lt;b&gt;not bold&lt;/b&gt;" in shown and "goes on and a long sentence" in shown
    QToolTip.hideText()
    discard(window)


def test_merge_in_from_the_differences_panel_takes_the_compared_maps_changes(qtbot, tmp_path):
    other = tmp_path / "colleague.jmap"
    theirs = build_sample()
    SetCardFields("c2", text="theirs").apply(theirs)
    io.save(theirs, other)
    window = show_window(qtbot, build_sample())
    window.compare.compare_with_path(other)
    panel = window.compare.panel
    assert panel.merge.isVisibleTo(panel)
    QTest.mouseClick(panel.merge, Qt.MouseButton.LeftButton)
    # An untitled map has no backup to be the common ancestor: the difference is a conflict to review.
    [conflict] = window.session.doc.conflicts
    assert (conflict.item_id, conflict.field, conflict.theirs) == ("c2", "text", "theirs")
    assert window.compare.conflicts_dock.isVisible()
    assert window.compare.other is None  # the comparison ends with the merge
    assert window.session.undo_stack.count() == 1
    # Comparing with the map's own saved version offers no merge.
    window.session.save(tmp_path / "mine.jmap")
    window.compare.compare_with_saved()
    assert not panel.merge.isVisibleTo(panel)
    discard(window)
