"""An exception in a Qt slot shows a short dialog and is logged; the window goes on."""

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from journeymapper.commands.cards import SetCardFields
from journeymapper.io import templates
from journeymapper.ui import csv_import_dialog, error_report

from .windows import show_window


@pytest.fixture
def hook():
    """The editor's exception hook, as ensure_app installs it (pytest-qt puts its own in place per test)."""
    saved = sys.excepthook
    error_report.install()
    yield
    sys.excepthook = saved


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_menu_action_is_shown_logged_and_the_window_stays_usable(
        qtbot, hook, monkeypatch, tmp_path):
    window = show_window(qtbot, templates.load_template("ecommerce", "en"))
    data = tmp_path / "cards.csv"
    data.write_text("stage,lane,text\n", encoding="utf-8")
    monkeypatch.setattr(csv_import_dialog, "choose_csv", lambda parent, kind: data)

    def broken(*args, **kwargs):
        raise RuntimeError("the import broke halfway")

    monkeypatch.setattr(csv_import_dialog, "read_csv_text", broken)
    shown = []

    def answer(box):
        shown.append((box.objectName(), box.text(), box.informativeText()))
        next(b for b in box.buttons() if b.text() == "Copy details").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    log = error_report.log_path()
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    window.actions_.by_name["import_cards"].trigger()  # the real menu action, a real slot
    assert len(shown) == 1
    name, text, informative = shown[0]
    assert name == "unexpected-error"
    assert "RuntimeError: the import broke halfway" in text
    assert str(log) in informative
    written = log.read_text(encoding="utf-8")[len(before):]
    assert "Traceback" in written and "the import broke halfway" in written
    assert "the import broke halfway" in QGuiApplication.clipboard().text()
    assert window.isVisible()
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text="still editing"))
    assert window.session.doc.cards[0].text == "still editing"


@pytest.mark.qt_no_exception_capture
def test_the_log_is_under_the_user_log_folder_and_bounded(hook, monkeypatch):
    import os
    from pathlib import Path

    assert "JourneyMapper" in str(error_report.log_path())
    assert Path(os.environ["XDG_STATE_HOME"]) in error_report.log_path().parents
    monkeypatch.setattr(error_report, "MAX_LOG_BYTES", 2000)
    for i in range(50):
        error_report.write_log(f"entry {i} " + "x" * 100)
    assert error_report.log_path().stat().st_size < 2000 + 200
    assert "entry 49" in error_report.log_path().read_text(encoding="utf-8")
