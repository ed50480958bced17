"""The recovery dialog, restored maps, long titles and size limits never lose work."""

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper import io
from journeymapper.commands.cards import SetCardFields
from journeymapper.commands.imports import ImportCards
from journeymapper.io import limits, templates
from journeymapper.model import Card
from journeymapper.ui import file_dialogs
from journeymapper.ui.application import ensure_app
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.recovery import find_orphans, recovery_dir
from journeymapper.ui.recovery_dialog import RecoveryDialog
from journeymapper.ui.session import MapSession, disk_state
from tests.ui.windows import show_window

#: The real modal loop (tests/ui/conftest.py answers every message box "Discard" unless told otherwise).
REAL_EXEC = QMessageBox.exec


def _orphan(doc, original=None, base=None, slot="abc"):
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slot}.jmap").write_text(io.dumps(doc), encoding="utf-8")
    meta = {"original_path": str(original) if original else None, "saved_at": "2026-01-01T00:00:00+00:00"}
    if base is not None:
        meta["base"] = base
    (folder / f"{slot}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder / f"{slot}.jmap"


def _press_in_next_modal(key, seen):
    """Press ``key`` in the next modal window that opens (a real message box), recording its text."""
    def press():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        QTest.keyClick(box, key)
    QTimer.singleShot(0, press)


# -- item 1: Enter restores, Escape decides later, Discard asks --------------------------------

def test_enter_in_the_recovery_dialog_restores(qtbot):
    ensure_app()
    doc = templates.load_template("ecommerce", "en")
    doc.title = "Workshop"
    copy = _orphan(doc)
    restored = []
    dialog = RecoveryDialog(find_orphans(), restored.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert [rec.doc.title for rec in restored] == ["Workshop"]
    assert copy.exists()  # the callback (a new window) writes its own copy before this one goes


def test_escape_decides_later_and_keeps_the_copy(qtbot):
    ensure_app()
    copy = _orphan(templates.load_template("blank", "en"))
    dialog = RecoveryDialog(find_orphans(), lambda rec: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert copy.exists()
    assert [o.slot for o in find_orphans()] == ["abc"]


def test_discard_asks_first_and_enter_there_keeps_the_copy(qtbot, monkeypatch):
    ensure_app()
    path = Path("/somewhere/Laptop shop.jmap")
    copy = _orphan(templates.load_template("blank", "en"), original=path)
    dialog = RecoveryDialog(find_orphans(), lambda rec: None)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = []
    _press_in_next_modal(Qt.Key.Key_Return, seen)
    dialog.discard_button.click()
    assert seen == ["Delete the recovered changes to Laptop shop.jmap? This cannot be undone."]
    assert copy.exists() and dialog.maps  # Enter is Cancel there
    _press_in_next_modal(Qt.Key.Key_Escape, seen)
    dialog.discard_button.click()
    assert copy.exists()

    def choose_delete(box):
        next(b for b in box.buttons() if b.text() == "&Delete").click()

    monkeypatch.setattr(QMessageBox, "exec", choose_delete)
    dialog.discard_button.click()
    assert not copy.exists()


# -- item 2: a restored map does not overwrite a file saved meanwhile -----------------------------

@pytest.fixture
def restored_after_others_saved(qtbot, tmp_path):
    ensure_app()
    path = tmp_path / "journey.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    mine = io.load(path)
    mine.cards[0].text = "Mine, from before the crash"
    _orphan(mine, original=path, base=disk_state(path.read_bytes(), path))
    theirs = io.load(path)
    theirs.title = "Saved by a colleague after the crash"
    io.save(theirs, path)
    restored = []
    RecoveryDialog(find_orphans(), lambda rec: restored.append(MainWindow.from_recovered(rec))).restore_selected()
    return restored[0], path


def _answer(monkeypatch, choice, asked):
    def answer(box):
        asked.append(box.objectName())
        if box.objectName() == "confirm-overwrite":
            next(b for b in box.buttons() if b.text() == choice).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_first_save_of_a_restored_map_asks_when_the_file_changed_since(restored_after_others_saved, monkeypatch):
    window, path = restored_after_others_saved
    window.file_watcher.settle.stop()
    before = path.read_bytes()
    asked = []
    _answer(monkeypatch, "Cancel", asked)
    assert not window.file_save()
    assert asked == ["confirm-overwrite"]
    assert path.read_bytes() == before and window.session.modified
    _answer(monkeypatch, "&Overwrite", asked)
    assert window.file_save()
    assert io.load(path).cards[0].text == "Mine, from before the crash"
    assert io.backup_path(path).read_bytes() == before  # the colleague's version is kept


def test_save_as_from_the_question_saves_elsewhere(restored_after_others_saved, monkeypatch, tmp_path):
    window, path = restored_after_others_saved
    window.file_watcher.settle.stop()
    before = path.read_bytes()
    asked = []
    _answer(monkeypatch, "Save &As…", asked)
    other = tmp_path / "mine.jmap"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: other)
    assert window.file_save()
    assert path.read_bytes() == before
    assert io.load(other).cards[0].text == "Mine, from before the crash"


def test_a_restored_map_watches_its_file(restored_after_others_saved, qtbot, monkeypatch):
    window, _ = restored_after_others_saved
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.objectName()) or 0)
    qtbot.waitUntil(lambda: "changed-on-disk" in told, timeout=3000)


def test_a_restored_copy_without_a_record_asks_before_overwriting(qtbot, tmp_path, monkeypatch):
    ensure_app()
    path = tmp_path / "journey.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    _orphan(io.load(path), original=path)  # written by an older version: no "base"
    restored = []
    RecoveryDialog(find_orphans(), lambda rec: restored.append(MainWindow.from_recovered(rec))).restore_selected()
    asked = []
    _answer(monkeypatch, "Cancel", asked)
    assert not restored[0].file_save()
    assert asked == ["confirm-overwrite"]


def test_the_recovery_copy_records_what_the_map_was_based_on(qtbot, tmp_path):
    ensure_app()
    path = tmp_path / "journey.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    window = show_window(qtbot, path)
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text="x"))
    window.autosaver.write_now()
    meta = json.loads(window.autosaver.map_path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["base"] == disk_state(path.read_bytes(), path)


# -- item 3: a long title, and any failed save on close ------------------------------------------

def test_suggested_names_are_short_and_safe_everywhere():
    name = file_dialogs.suggested_name("Customer journey " * 20, ".jmap")  # 340 characters
    assert len(name) <= 100 + len(".jmap") and len(name) > 80
    assert set(name[: -len(".jmap")].split(" ")) == {"Customer", "journey"}  # cut at a whole word
    assert file_dialogs.suggested_name('a<b>c:d"e/f\\g|h?i*j\x07k. . ', ".jmap") == "abcdefghijk.jmap"
    for reserved in ("CON", "nul", "COM1", "lpt9"):
        assert file_dialogs.suggested_name(reserved, ".jmap").lower() != f"{reserved.lower()}.jmap"
    assert file_dialogs.suggested_name("...", ".jmap") == "journey.jmap"


def _answer_save_then_record(monkeypatch, shown):
    def answer(box):
        if box.objectName() == "save-changes":
            return QMessageBox.StandardButton.Save
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", answer)


@pytest.mark.parametrize("failure", ["name too long", "unexpected"])
def test_a_failed_save_on_close_keeps_the_window_the_changes_and_the_recovery_copy(
        qtbot, tmp_path, monkeypatch, failure):
    ensure_app()
    doc = templates.load_template("ecommerce", "en")
    doc.title = "Customer journey " * 20
    window = show_window(qtbot, doc)
    window.session.push(SetCardFields(doc.cards[0].id, text="Workshop result"))
    window.autosaver.write_now()
    copy = window.autosaver.map_path
    starts = []
    if failure == "name too long":  # what the dialog gave for the old suggestion
        target = tmp_path / (file_dialogs.re.sub(r"[^\w\- ]+", "", doc.title) + ".jmap")
    else:
        target = tmp_path / "fine.jmap"

        def bug(*args, **kwargs):
            raise RuntimeError("something nobody expected")
        monkeypatch.setattr(io, "write_atomic", bug)
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda _p, _c, start, *a: starts.append(start) or target)
    shown = []
    _answer_save_then_record(monkeypatch, shown)
    assert not window.close()
    assert window.isVisible() and window.session.modified and window.isWindowModified()
    assert copy.exists() and io.load(copy).cards[0].text == "Workshop result"
    assert len(shown) == 1 and str(target) in shown[0]
    assert len(starts[0]) <= 105
    assert os.listdir(tmp_path) == []


# -- item 5: nothing is written that could never be opened again --------------------------------

def _cards(doc, count, text):
    stage, lane = doc.stages[0].id, next(la.id for la in doc.lanes if la.kind.value == "touchpoints")
    return [Card(id=f"big-{i}", stage_id=stage, lane_id=lane, text=text, order=1000 + i) for i in range(count)]


def test_an_edit_that_would_pass_the_size_limit_is_refused_and_changes_nothing(qtbot, monkeypatch):
    ensure_app()
    doc = templates.load_template("ecommerce", "en")
    session = MapSession(doc)
    size = len(io.dumps(doc).encode())
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", size + 50_000)
    before = io.dumps(doc)
    with pytest.raises(ValueError, match=r"MB over the 0 MB limit for a map file; the map was not changed"):
        session.push(ImportCards(_cards(doc, 30, "x" * 5000)))
    assert io.dumps(doc) == before and session.undo_stack.count() == 0
    session.push(ImportCards(_cards(doc, 3, "small")))  # what fits is still fine
    assert session.undo_stack.count() == 1


def test_saving_a_map_over_the_limit_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    path = tmp_path / "journey.jmap"
    doc = templates.load_template("ecommerce", "en")
    io.save(doc, path)
    before = path.read_bytes()
    doc.cards[0].text = "y" * 15000
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", len(before) + 1000)
    with pytest.raises(io.FileTooLargeError, match=r"the map would be .* MB over the 0 MB limit"):
        io.save(doc, path, backup=True)
    assert path.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["journey.jmap"]
    session = MapSession.open(path)
    session.doc.cards[0].text = "y" * 15000
    with pytest.raises(io.FileTooLargeError):
        session.save()
    assert path.read_bytes() == before


# -- item 11: what a killed autosave leaves behind goes on the next start and on Discard ----------

AUTOSAVE_KILLED = """
import sys
from pathlib import Path
from journeymapper import io
folder = Path(sys.argv[1])
data = b"x" * 30_000_000
print("ready", flush=True)
while True:
    io.write_atomic(folder / "slot.jmap", data)
"""


def _temps(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_temporary_file_left_by_a_killed_autosave_goes_on_the_next_start(qtbot, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    ensure_app()
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    script = tmp_path / "autosave.py"
    script.write_text(AUTOSAVE_KILLED)
    for attempt in range(40):
        proc = subprocess.Popen([sys.executable, str(script), str(folder)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.05 + attempt * 0.005)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        if _temps(folder):
            break
    assert _temps(folder), "no kill landed mid-write"
    find_orphans()  # what the next start does
    assert _temps(folder) == []


def test_discard_removes_left_over_temporary_files(qtbot, monkeypatch):
    ensure_app()
    _orphan(templates.load_template("blank", "en"))
    stale = recovery_dir() / ".~jm-0a1b2c.tmp"
    orphans = find_orphans()
    stale.write_bytes(b"half an autosave")
    dialog = RecoveryDialog(orphans, lambda rec: None)
    dialog.confirm_discard = lambda rec: True
    dialog.discard_selected()
    assert _temps(recovery_dir()) == []


def test_enter_in_the_changed_on_disk_question_keeps_unsaved_work(restored_after_others_saved, monkeypatch):
    window, path = restored_after_others_saved
    window.file_watcher.settle.stop()
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = []
    _press_in_next_modal(Qt.Key.Key_Return, seen)
    window._changed_on_disk()
    assert seen == ["“journey.jmap” was changed by another program."]
    assert window.session.doc.cards[0].text == "Mine, from before the crash" and window.session.modified
