"""Files opened from Finder arrive as QFileOpenEvent; FileOpenFilter hands their paths on."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent

from journeymapper.ui.file_open_events import FileOpenFilter


def test_file_open_event_on_the_application_reaches_the_callback(qapp, tmp_path):
    opened: list[Path] = []
    opener = FileOpenFilter(opened.append, qapp)
    qapp.installEventFilter(opener)
    try:
        target = tmp_path / "Workshop map æøå.jmap"
        accepted = QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(target)))
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(tmp_path / "with space.jmap"))))
    finally:
        qapp.removeEventFilter(opener)
    assert accepted
    assert opened == [target, tmp_path / "with space.jmap"]


def test_other_events_and_non_file_urls_pass_through(qapp):
    opened: list[Path] = []
    opener = FileOpenFilter(opened.append)
    url_event = QFileOpenEvent(QUrl("journeymapper://open?x=1"))
    assert not opener.eventFilter(qapp, url_event)
    assert not opener.eventFilter(qapp, QEvent(QEvent.Type.FocusIn))
    assert opened == []


def test_removed_filter_no_longer_calls_back(qapp, tmp_path):
    opened: list[Path] = []
    opener = FileOpenFilter(opened.append, qapp)
    qapp.installEventFilter(opener)
    qapp.removeEventFilter(opener)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "a.jmap")))
    assert opened == []
