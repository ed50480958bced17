"""The Export PDF dialog: live page count, the export with progress and Cancel, opening the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QProgressDialog

from journeymapper.export.pdf import PdfOptions, count_pages
from journeymapper.io.templates import load_template
from journeymapper.ui import export_dialog
from journeymapper.ui.export_dialog import ExportPdfDialog, PdfExportRunner, default_pdf_path, run_pdf_export


@pytest.fixture
def doc():
    return load_template("ecommerce").model_copy(deep=True)


def _count(dialog: ExportPdfDialog) -> int:
    return int(dialog.page_count.text().split()[0])


def test_page_count_follows_the_mode(qtbot, doc, tmp_path) -> None:
    dialog = ExportPdfDialog(doc, tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    fit = _count(dialog)
    assert fit == count_pages(doc, dialog.options())
    dialog.mode.setCurrentIndex(dialog.mode.findData("poster"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    poster = _count(dialog)
    assert poster > fit and poster == count_pages(doc, dialog.options())
    dialog.scale.setValue(200)
    assert _count(dialog) > poster
    dialog.appendix.setChecked(True)
    assert _count(dialog) == count_pages(doc, dialog.options())
    assert dialog.scale.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("fit"))
    assert not dialog.scale.isEnabled()


def test_impossible_options_disable_export(qtbot, doc, tmp_path) -> None:
    dialog = ExportPdfDialog(doc, tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("A5"))
    dialog.margin.setValue(90)
    assert not ok.isEnabled() and "margins" in dialog.page_count.text()
    dialog.margin.setValue(10)
    assert ok.isEnabled()
    dialog.path_edit.setText("")
    assert not ok.isEnabled()


def test_options_and_path(qtbot, doc, tmp_path) -> None:
    dialog = ExportPdfDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "report"))
    assert dialog.path() == tmp_path / "report.pdf"
    dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
    dialog.custom_w.setValue(600)
    options = dialog.options()
    assert options.paper == "custom" and options.custom_mm == (600.0, 841.0)
    assert default_pdf_path(doc, Path("/x/journey.jmap")) == Path("/x/journey.pdf")


def test_typing_a_path_from_its_first_slash_keeps_export_off_until_it_names_a_file(qtbot, doc, tmp_path) -> None:
    dialog = ExportPdfDialog(doc, tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.path_edit.selectAll()
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Slash)  # the field now reads "/": a folder, no file yet
    assert dialog.path_edit.text() == "/" and dialog.path() is None and not ok.isEnabled()
    QTest.keyClicks(dialog.path_edit, str(tmp_path / "client").lstrip("/"))
    assert dialog.path() == tmp_path / "client.pdf" and ok.isEnabled()


def test_runner_writes_the_file(qtbot, doc, tmp_path) -> None:
    path = tmp_path / "out.pdf"
    assert PdfExportRunner(None).run(doc, path, PdfOptions(cover=True))
    assert path.read_bytes().startswith(b"%PDF")


def test_cancel_writes_nothing(qtbot, doc, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    path = tmp_path / "out.pdf"
    assert not PdfExportRunner(None).run(doc, path, PdfOptions(cover=True, appendix=True))
    assert list(tmp_path.iterdir()) == []


def test_errors_are_shown_as_plain_text(qtbot, doc, tmp_path, monkeypatch) -> None:
    shown: list[tuple[object, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.textFormat(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert not PdfExportRunner(None).run(doc, tmp_path / "missing" / "<b>x.pdf", PdfOptions())
    (fmt, text), = shown
    from PySide6.QtCore import Qt

    assert fmt == Qt.TextFormat.PlainText and "<b>x.pdf" in text and "folder does not exist" in text


def test_run_pdf_export_opens_the_result_when_asked(qtbot, doc, tmp_path, monkeypatch) -> None:
    opened: list[str] = []
    target = tmp_path / "journey.pdf"

    def fake_exec(dialog: ExportPdfDialog) -> int:
        dialog.path_edit.setText(str(target))
        dialog.open_when_done.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog.ExportPdfDialog, "exec", fake_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert run_pdf_export(None, doc, tmp_path / "journey.jmap") == target
    assert target.exists() and opened == [str(target.resolve())]


def test_run_pdf_export_cancelled_dialog(qtbot, doc, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(export_dialog.ExportPdfDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert run_pdf_export(None, doc, None) is None


def test_smallest_printed_text_is_shown_live_and_red_below_the_minimum(qtbot, tmp_path) -> None:
    doc = load_template("laptop-shop").model_copy(deep=True)
    dialog = ExportPdfDialog(doc, tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.mode.setCurrentIndex(dialog.mode.findData("fit"))
    small = float(dialog.smallest.text().split()[0])
    assert small < 6 and "minimum" in dialog.smallest.text()
    assert "#C62828" in dialog.smallest.styleSheet()
    dialog.mode.setCurrentIndex(dialog.mode.findData("pages"))
    assert float(dialog.smallest.text().split()[0]) >= 6
    assert dialog.smallest.styleSheet() == ""
    dialog.min_text.setValue(9)  # pages mode follows a larger minimum
    assert float(dialog.smallest.text().split()[0]) >= 9 and dialog.options().min_text_pt == 9
    dialog.mode.setCurrentIndex(dialog.mode.findData("fit"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A0"))
    dialog.min_text.setValue(6)
    assert float(dialog.smallest.text().split()[0]) > small * 3 and dialog.smallest.styleSheet() == ""
    assert dialog.options().landscape is None  # fit picks the orientation


def test_the_dialog_remembers_its_last_options_per_map(qtbot, doc, tmp_path) -> None:
    dialog = ExportPdfDialog(doc, tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A2"))
    dialog.mode.setCurrentIndex(dialog.mode.findData("pages"))
    dialog.min_text.setValue(7.5)
    dialog.report_paper.setCurrentIndex(dialog.report_paper.findData("A4"))
    dialog.bleed.setValue(3)
    dialog.appendix.setChecked(True)
    dialog.open_when_done.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = ExportPdfDialog(doc, tmp_path / "map.pdf")
    qtbot.addWidget(again)
    options = again.options()
    assert (options.paper, options.mode, options.min_text_pt, options.report_paper, options.bleed_mm,
            options.appendix) == ("A2", "pages", 7.5, "A4", 3.0, True)
    assert not again.open_when_done.isChecked()
    other = load_template("laptop-shop").model_copy(deep=True)  # another map keeps the defaults
    fresh = ExportPdfDialog(other, tmp_path / "other.pdf")
    qtbot.addWidget(fresh)
    assert fresh.options().paper == "A3" and fresh.options().mode == "fit" and fresh.open_when_done.isChecked()


def test_export_reports_success_in_the_status_bar_and_why_it_could_not_open(qtbot, doc, tmp_path,
                                                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    target = tmp_path / "journey.pdf"
    doc.cards[0].text = "Smile 😀"

    def fake_exec(dialog: ExportPdfDialog) -> int:
        dialog.path_edit.setText(str(target))
        dialog.open_when_done.setChecked(True)
        return QDialog.DialogCode.Accepted

    messages: list[str] = []
    monkeypatch.setattr(export_dialog.ExportPdfDialog, "exec", fake_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no PDF viewer on this machine
    monkeypatch.setattr(export_dialog, "plain_message", lambda parent, icon, title, text: messages.append(text))
    assert run_pdf_export(window, doc, None) == target
    assert target.exists()
    assert str(target) in window.statusBar().currentMessage()
    assert len(messages) == 2
    assert "😀" in messages[0]  # the character no bundled font has, named once
    assert str(target) in messages[1] and "could not be opened" in messages[1]
