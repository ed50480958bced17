"""UI defects found in review, each pinned by a test."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymapper import io
from journeymapper.commands.cards import SetCardFields
from journeymapper.io import templates
from journeymapper.ui.main_window import MainWindow, open_windows
from journeymapper.ui.recovery import RecoveredMap, recovery_dir
from tests.ui.windows import show_window


def _window(qtbot, doc=None):
    return show_window(qtbot, doc or templates.load_template("ecommerce", "en"), (1200, 800))


def _restored(tmp_path):
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(tmp_path / "slot.lock"))
    lock.tryLock(0)
    rec = RecoveredMap("slot", templates.load_template("buyers-journey", "en"), None, "", None, lock)
    return MainWindow.from_recovered(rec)


def test_a_restored_untitled_map_is_not_replaced_by_opening_another_file(tmp_path):
    window = _restored(tmp_path)
    assert not window.is_pristine()
    other = tmp_path / "other.jmap"
    io.save(templates.load_template("blank", "en"), other)
    opened = window.open_file(other)
    assert opened is not window
    assert window.session.doc.title == templates.load_template("buyers-journey", "en").title
    assert window.autosaver.map_path.exists()


def test_undoing_back_to_the_start_keeps_a_restored_maps_recovery_copy(tmp_path, qtbot):
    window = _restored(tmp_path)
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text="x"))
    window.autosaver.write_now()
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.autosaver.timer.isActive(), timeout=5000)  # any autosave has run
    assert window.session.modified
    assert window.autosaver.map_path.exists()
    assert list(recovery_dir().glob("*.jmap"))


def test_text_typed_on_the_canvas_is_in_the_save(qtbot, tmp_path):
    path = tmp_path / "typed.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    window = show_window(qtbot, path)
    card = window.session.doc.cards[0]
    window.view.edit_item(card.id)
    QTest.keyClicks(window.view.editor.editor, "Typed, not yet committed")
    assert window.file_save()
    assert io.load(path).cards[0].text == "Typed, not yet committed"
    assert not window.isWindowModified()


def test_closing_while_typing_on_the_canvas_asks_first(qtbot, unanswered_questions):
    window = _window(qtbot)
    card = window.session.doc.cards[0]
    window.view.edit_item(card.id)
    QTest.keyClicks(window.view.editor.editor, "Unsaved words")
    window.close()
    assert unanswered_questions  # the save question came, instead of losing the text


def test_looking_at_a_card_never_edits_it(qtbot):
    doc = templates.load_template("ecommerce", "en")
    doc.cards[0].tags = ["price, delivery", "mobile "] + [f"t{i}" for i in range(600)]
    window = _window(qtbot, doc)
    window.scene.select_ids([doc.cards[0].id])
    window.scene.select_ids([doc.cards[1].id])
    window.inspector.commit_pending()
    assert window.session.undo_stack.count() == 0
    assert doc.cards[0].tags[:2] == ["price, delivery", "mobile "] and len(doc.cards[0].tags) == 602
    assert not window.isWindowModified()


def test_card_tooltips_show_user_text_literally(qtbot):
    doc = templates.load_template("ecommerce", "en")
    doc.cards[0].source = "<b>interview</b> & <img src='/etc/x.png'>"
    window = _window(qtbot, doc)
    tip = window.scene.cards[doc.cards[0].id].toolTip()
    assert "&lt;b&gt;interview&lt;/b&gt; &amp; &lt;img" in tip and "<b>" not in tip


def test_a_map_file_dropped_with_an_upper_case_suffix_opens(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "PLAN.JMAP"
    io.save(templates.load_template("blank", "en"), path)
    window = _window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(50, 50).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert any(w.session.path == path for w in open_windows())
