"""Never lose work: autosave, crash recovery, backups, full disks and files changed by others."""

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from journeymapper import io
from journeymapper.commands.cards import SetCardFields
from journeymapper.io import atomic, templates
from journeymapper.ui.application import ensure_app
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.recovery import find_orphans, recovery_dir
from journeymapper.ui.recovery_dialog import RecoveryDialog
from journeymapper.ui.session import MapSession

from .windows import click_button, click_in_next_modal, save_in_next_file_dialog, show_window, when_modal

#: The real modal loop (tests/ui/conftest.py answers every message box "Discard" unless told otherwise).
REAL_EXEC = QMessageBox.exec


@pytest.fixture
def saved_window(qtbot, tmp_path):
    ensure_app()
    path = tmp_path / "journey.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    return show_window(qtbot, path), path


def edit(window, text="Edited"):
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text=text))


def test_autosave_writes_a_recovery_copy_after_a_pause_and_saving_removes_it(saved_window, qtbot):
    window, path = saved_window
    edit(window, "Autosaved text")
    recovery = window.autosaver.map_path
    assert not recovery.exists()  # debounced, not on every keystroke
    qtbot.waitUntil(recovery.exists, timeout=4000)
    assert io.load(recovery).cards[0].text == "Autosaved text"
    assert window._save_to(path)
    assert not recovery.exists()


def test_a_map_opened_by_a_relative_name_is_recorded_and_saved_as_that_file(tmp_path, qtbot, monkeypatch):
    ensure_app()
    path = tmp_path / "shop.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    monkeypatch.chdir(tmp_path)
    window = show_window(qtbot, Path("shop.jmap"))  # journeymapper shop.jmap
    edit(window, "Typed in the workshop")
    window.autosaver.write_now()
    meta = json.loads(window.autosaver.map_path.with_suffix(".json").read_text())
    assert meta["original_path"] == str(path)  # the next start, in any folder, restores it as this file
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    window.file_save()
    assert io.load(path).cards[0].text == "Typed in the workshop"
    assert not (elsewhere / "shop.jmap").exists()
    window.close()


def test_text_still_being_typed_on_the_canvas_reaches_the_recovery_copy(saved_window, qtbot):
    window, path = saved_window
    qtbot.waitExposed(window)
    card = window.session.doc.cards[0]
    original = card.text
    window.view.edit_item(card.id)
    QTest.keyClicks(window.view.editor.editor, "Half a sentence from the workshop")
    recovery = window.autosaver.map_path
    qtbot.waitUntil(recovery.exists, timeout=4000)  # typing paused, the app may die now
    assert io.load(recovery).cards[0].text == "Half a sentence from the workshop"
    assert card.text == original and window.session.undo_stack.count() == 0  # not an undo step yet
    QTest.keyClick(window.view.editor.editor, Qt.Key.Key_Escape)  # the typing is cancelled
    qtbot.waitUntil(lambda: not recovery.exists(), timeout=4000)  # nothing is left to recover
    assert io.load(path).cards[0].text == original


def test_a_field_still_being_typed_in_the_inspector_reaches_the_recovery_copy(saved_window, qtbot):
    window, _ = saved_window
    qtbot.waitExposed(window)
    client = window.inspector.findChild(QLineEdit, "map-client")
    client.setFocus()
    qtbot.waitUntil(client.hasFocus)
    QTest.keyClicks(client, "Dell Nordic")
    recovery = window.autosaver.map_path
    qtbot.waitUntil(recovery.exists, timeout=4000)
    assert io.load(recovery).client == "Dell Nordic"
    assert window.session.doc.client == ""  # committed on Return or leaving the field, as before


def test_saving_a_restored_map_removes_its_recovery_copy(tmp_path, qtbot):
    ensure_app()
    path = tmp_path / "restored.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    window = show_window(qtbot, MapSession(io.load(path), path))  # as from_recovered: nothing to undo, yet changed
    window.session.mark_dirty()
    window.autosaver.write_now()
    assert window.autosaver.map_path.exists()
    assert window.file_save()
    assert not window.session.modified
    assert not window.autosaver.map_path.exists()  # saved: a crash now offers nothing back
    window.close()


def test_discarding_on_close_removes_the_recovery_copy(saved_window, qtbot, unanswered_questions):
    window, _ = saved_window
    edit(window)
    window.autosaver.write_now()
    assert window.autosaver.map_path.exists()
    window.close()  # the question is answered "Discard"
    assert unanswered_questions
    assert not list(recovery_dir().glob("*.jmap"))


def test_save_keeps_the_previous_version_as_bak(saved_window):
    window, path = saved_window
    before = path.read_text(encoding="utf-8")
    edit(window, "New version")
    assert window._save_to(path)
    assert io.backup_path(path).read_text(encoding="utf-8") == before
    assert io.load(path).cards[0].text == "New version"


def test_full_disk_gives_a_message_and_keeps_the_map_modified(saved_window, monkeypatch):
    window, path = saved_window
    before = path.read_bytes()
    edit(window)
    shown = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, message: shown.append(message))

    def full(*_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert not window._save_to(path)
    assert shown == [f"{path}: the disk is full; nothing was changed"]
    assert window.session.modified and window.isWindowModified()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["journey.jmap"]


def test_a_failed_replace_leaves_the_original_and_its_backup(saved_window, monkeypatch):
    window, path = saved_window
    before = path.read_bytes()
    edit(window)
    real_replace = os.replace

    def locked(src, dst):
        if Path(dst) == path:
            raise PermissionError(13, "locked by another program")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, message: None)
    assert not window._save_to(path)
    assert path.read_bytes() == before
    assert io.backup_path(path).read_bytes() == before
    assert window.session.modified


def _changed_elsewhere(path, title):
    """Another program saves the map: it writes a new file and renames it over ours."""
    other = io.load(path)
    other.title = title
    tmp = path.with_name("other.tmp")
    tmp.write_text(io.dumps(other), encoding="utf-8")
    os.replace(tmp, path)


def test_a_change_by_another_program_is_noticed_and_can_be_reloaded(saved_window, qtbot, monkeypatch):
    window, path = saved_window
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = []
    click_in_next_modal("Reload", seen)
    _changed_elsewhere(path, "Changed elsewhere")
    qtbot.waitUntil(lambda: window.session.doc.title == "Changed elsewhere", timeout=5000)
    assert seen == ["changed-on-disk", "“journey.jmap” was changed by another program."]
    assert window.scene.doc is window.session.doc and not window.session.modified
    # the watch follows the replaced file: a second outside change is noticed too; Ignore keeps ours
    click_in_next_modal("Ignore", seen)
    _changed_elsewhere(path, "Changed again")
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=5000)
    assert window.session.doc.title == "Changed elsewhere" and window.session.modified


def test_keep_mine_or_save_as_when_the_file_changes_under_unsaved_work(saved_window, qtbot, monkeypatch, tmp_path):
    window, path = saved_window
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    edit(window, "Mine")
    seen = []
    click_in_next_modal("Keep Mine", seen)
    _changed_elsewhere(path, "Theirs")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[1] == "“journey.jmap” was changed by another program."
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.session.doc.cards[0].text == "Mine" and window.session.modified
    assert io.load(path).title == "Theirs"  # nothing written over theirs

    mine = tmp_path / "mine.jmap"
    click_in_next_modal("Save As…", seen)
    save_in_next_file_dialog(mine, seen)
    _changed_elsewhere(path, "Theirs again")
    qtbot.waitUntil(lambda: mine.exists(), timeout=5000)
    assert seen[-1] == "Save Journey Map"
    assert io.load(mine).cards[0].text == "Mine" and io.load(path).title == "Theirs again"
    assert window.session.path == mine and not window.session.modified


def test_saving_over_a_file_changed_elsewhere_asks_first(saved_window, monkeypatch):
    window, path = saved_window
    window.file_watcher.paused = True  # look only at the save-time check here
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    edit(window, "Mine")
    theirs = io.load(path)
    theirs.title = "Theirs"
    io.save(theirs, path)
    before = path.read_bytes()
    seen = []
    click_in_next_modal("Cancel", seen)
    assert not window.file_save()
    assert seen[0] == "confirm-overwrite" and path.read_bytes() == before and window.session.modified
    click_in_next_modal("&Overwrite", seen)
    assert window.file_save()
    assert io.load(path).cards[0].text == "Mine"


APP_THAT_CRASHES = textwrap.dedent("""
    import sys, time
    from journeymapper.ui.application import ensure_app
    app = ensure_app()
    from journeymapper.commands.cards import SetCardFields
    from journeymapper.ui.main_window import MainWindow
    window = MainWindow.open_path(__import__("pathlib").Path(sys.argv[1]))
    window.show()
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text="Work from the workshop"))
    start = time.monotonic()
    while time.monotonic() - start < 2.0:  # the user pauses; autosave happens after ~1 s
        app.processEvents()
        time.sleep(0.02)
    print("edited", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.02)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_edits_are_offered_back_after_the_app_is_killed(tmp_path, qtbot):
    ensure_app()
    path = tmp_path / "workshop.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    script = tmp_path / "app.py"
    script.write_text(APP_THAT_CRASHES)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "edited"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    orphans = find_orphans()
    assert len(orphans) == 1
    assert orphans[0].doc.cards[0].text == "Work from the workshop"
    assert orphans[0].original_path == path
    assert find_orphans() == []  # locked while offered: a second instance does not offer it too
    restored = []
    dialog = RecoveryDialog(orphans, lambda rec: restored.append(MainWindow.from_recovered(rec)))
    dialog.restore_selected()
    window = restored[0]
    assert window.session.path == path and window.session.modified
    assert window.session.doc.cards[0].text == "Work from the workshop"
    assert io.load(path).cards[0].text != "Work from the workshop"  # the file itself was never touched
    window.session.undo_stack.setClean()
    window.session._dirty = False


def test_decide_later_keeps_recovery_files(tmp_path):
    ensure_app()
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    doc = templates.load_template("blank", "en")
    (folder / "abc.jmap").write_text(io.dumps(doc), encoding="utf-8")
    (folder / "abc.json").write_text('{"original_path": null, "saved_at": "2026-01-01T00:00:00+00:00"}')
    orphans = find_orphans()
    assert [o.slot for o in orphans] == ["abc"]
    dialog = RecoveryDialog(orphans, lambda rec: None)
    dialog.reject()
    assert (folder / "abc.jmap").exists()
    again = find_orphans()
    assert [o.slot for o in again] == ["abc"]
    dialog = RecoveryDialog(again, lambda rec: None)
    dialog.confirm_discard = lambda rec: True  # "Delete" in the question (tests/ui/test_no_path_loses_work.py)
    dialog.discard_selected()
    assert not (folder / "abc.jmap").exists()


def test_message_boxes_show_file_names_as_plain_text(saved_window, monkeypatch):
    window, _ = saved_window
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = []

    def look(box):
        seen.append((box.textFormat(), box.text()))
        click_button(box, "OK")

    when_modal(look)
    window.show_error("t", "<b>not bold</b>")
    assert seen == [(Qt.TextFormat.PlainText, "<b>not bold</b>")]


def test_recovery_folder_is_under_the_user_state_dir():
    assert "JourneyMapper" in str(recovery_dir())
    assert Path(os.environ["XDG_STATE_HOME"]) in recovery_dir().parents
