"""File > Export > PowerPoint…: the dialog driven with real clicks and keys, the export with a progress dialog
and Cancel, errors as plain text."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from journeymapper.export.deck import DeckOptions
from journeymapper.io.templates import load_template
from journeymapper.ui.deck_dialog import DeckExportRunner, ExportDeckDialog, default_deck_path

from ..export.conftest import big_map
from .windows import discard, show_window


def _when(condition, then, tries: int = 400) -> None:
    """Run ``then()`` once ``condition()`` holds (polled in the event loop)."""
    def poll(left: int = tries) -> None:
        value = condition()
        if value:
            then(value)
        elif left:
            QTimer.singleShot(25, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def test_the_menu_asks_for_size_and_file_then_writes_the_deck(qtbot, tmp_path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    doc = load_template("laptop-shop").model_copy(deep=True)
    window = show_window(qtbot, doc)
    target = tmp_path / "client deck"

    def fill(dialog: ExportDeckDialog) -> None:
        assert dialog.path() == Path.home() / "Laptop shop a researching buyer.pptx"
        dialog.path_edit.selectAll()
        QTest.keyClicks(dialog.path_edit, str(target))
        dialog.slide_size.setFocus()
        QTest.keyClick(dialog.slide_size, Qt.Key.Key_Down)  # 4:3
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    _when(lambda: isinstance(QApplication.activeModalWidget(), ExportDeckDialog) and QApplication.activeModalWidget(),
          fill)
    window.actions_.by_name["export_pptx"].trigger()
    deck = tmp_path / "client deck.pptx"
    prs = Presentation(str(deck))
    assert prs.slide_width == 9144000 and prs.slides[0].shapes.title.text_frame.text == doc.title
    assert opened == [str(deck.resolve())]
    discard(window)


def test_cancel_in_the_progress_dialog_writes_nothing(qtbot, tmp_path) -> None:
    runner = DeckExportRunner(None)
    path = tmp_path / "big.pptx"

    def click_cancel(progress) -> None:
        QTest.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    _when(lambda: runner.progress is not None and runner.progress.isVisible() and runner.progress, click_cancel)
    assert not runner.run(big_map(3000, 12), path, DeckOptions())
    assert list(tmp_path.iterdir()) == []


def test_errors_are_plain_text_and_export_needs_a_file_name(qtbot, tmp_path, monkeypatch) -> None:
    shown: list[tuple[object, str]] = []

    def read_and_close(box: QMessageBox) -> int:  # the suite answers every message box; this one is read too
        shown.append((box.textFormat(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", read_and_close)
    doc = load_template("ecommerce").model_copy(deep=True)
    assert not DeckExportRunner(None).run(doc, tmp_path / "missing" / "<b>x.pptx", DeckOptions())
    ((fmt, text),) = shown
    assert fmt == Qt.TextFormat.PlainText and "<b>x.pptx" in text and "could not be exported" in text
    assert default_deck_path(doc, Path("/x/journey.jmap")) == Path("/x/journey.pptx")
    dialog = ExportDeckDialog(tmp_path / "deck.pptx")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
