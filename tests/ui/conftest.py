"""Qt test set-up: no test may hang on a modal question nobody answers."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def unanswered_questions(monkeypatch):
    """A message box that a test did not expect is answered 'Discard' and recorded, never left open."""
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


@pytest.fixture(autouse=True)
def close_editor_windows(qapp, unanswered_questions):
    """Windows left open by a test are closed (without questions) and deleted before the next one."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from journeymapper.ui.main_window import open_windows

    for window in open_windows():
        try:
            window.session.undo_stack.setClean()
            window.session._dirty = False  # e.g. a map restored after a crash
            window.close()
        except RuntimeError:
            pass
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()  # mime data the app put there must go before the app does
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
