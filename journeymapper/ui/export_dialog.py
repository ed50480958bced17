"""File > Export > PDF…: the options dialog with a live page count, and the export with a progress dialog.

``run_pdf_export(parent, doc, path_hint)`` is what the menu calls: it shows
:class:`ExportPdfDialog`, exports with a cancellable progress dialog (nothing
is written if the user cancels), reports errors as plain text, and opens the
PDF in the system viewer if the user asked for that.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.export.options import (
    CUSTOM,
    DEFAULT_MIN_TEXT,
    MAX_BLEED_MM,
    MAX_MARGIN_MM,
    MAX_PAPER_MM,
    MAX_TEXT,
    MIN_PAPER_MM,
    MIN_TEXT,
    PAPERS_MM,
    ExportError,
    ExportResult,
    PdfOptions,
)
from journeymapper.export.pdf import export, preview
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import default_measurer
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap
from journeymapper.text import number
from journeymapper.ui.export_memory import remember, remembered
from journeymapper.ui.export_runner import (
    ExportRunner,
    FileChoice,
    default_export_path,
    file_chosen,
    plain_message,
)
from journeymapper.ui.file_dialogs import typed_path
from journeymapper.ui.language import interface_language


def default_pdf_path(doc: JourneyMap, path_hint: Optional[Path]) -> Path:
    """Next to the map file with a .pdf suffix, or the map's title in the home folder."""
    return default_export_path(doc.title, path_hint, ".pdf")


class ExportPdfDialog(QDialog):
    """Paper, orientation, mode, scale, margin and sections of a PDF export, and where to save it."""

    def __init__(self, doc: JourneyMap, default_path: Optional[Path],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.doc = doc
        #: The map's layout, made once: the page count is recounted on every change.
        self.map_layout: MapLayout = compute_layout(doc, default_measurer())

        self.paper = QComboBox()
        for name in PAPERS_MM:
            self.paper.addItem(name, name)
        self.paper.addItem(self.tr("Custom size"), CUSTOM)
        self.paper.setCurrentIndex(self.paper.findData("A3"))
        self.custom_w, self.custom_h = self._mm_box(594.0), self._mm_box(841.0)
        custom = QHBoxLayout()
        custom.addWidget(self.custom_w)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.custom_h)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Automatic (larger map)"), None)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.setCurrentIndex(0)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Fit the map on one sheet"), "fit")
        self.mode.addItem(self.tr("Poster: tiled sheets at a chosen scale"), "poster")
        self.mode.addItem(self.tr("Pages: whole stages per page"), "pages")
        self.scale = QSpinBox()
        self.scale.setRange(5, 1000)
        self.scale.setSingleStep(10)
        self.scale.setSuffix(" %")
        self.scale.setValue(100)
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0.0, MAX_MARGIN_MM)
        self.margin.setDecimals(1)
        self.margin.setSuffix(" mm")
        self.margin.setValue(10.0)
        self.min_text = QDoubleSpinBox()
        self.min_text.setRange(MIN_TEXT, MAX_TEXT)
        self.min_text.setDecimals(1)
        self.min_text.setSingleStep(0.5)
        self.min_text.setSuffix(" pt")
        self.min_text.setValue(DEFAULT_MIN_TEXT)
        #: The smallest size any map text prints at with these options, red below the minimum.
        self.smallest = QLabel()
        self.smallest.setTextFormat(Qt.TextFormat.PlainText)
        self.report_paper = QComboBox()
        self.report_paper.addItem(self.tr("Same as the map"), None)
        for name in PAPERS_MM:
            self.report_paper.addItem(name, name)
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(0.0, MAX_BLEED_MM)
        self.bleed.setDecimals(1)
        self.bleed.setSuffix(" mm")
        self.cover = QCheckBox(self.tr("Cover page"))
        self.cover.setChecked(True)
        self.personas = QCheckBox(self.tr("A page per persona"))
        self.personas.setChecked(bool(doc.personas))
        self.personas.setEnabled(bool(doc.personas))
        self.appendix = QCheckBox(self.tr("Appendix: cards and KPIs"))
        self.page_count = QLabel()
        self.page_count.setTextFormat(Qt.TextFormat.PlainText)
        choice = FileChoice(default_path, self.tr("Browse…"), self.tr("Open when done"), self._browse)
        self.path_edit, self.open_when_done, file_row = choice.path_edit, choice.open_when_done, choice.row

        form = QFormLayout()
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Custom size:"), custom)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Layout:"), self.mode)
        form.addRow(self.tr("Scale:"), self.scale)
        form.addRow(self.tr("Margins:"), self.margin)
        form.addRow(self.tr("Minimum text size:"), self.min_text)
        form.addRow(self.tr("Smallest text:"), self.smallest)
        sections = QVBoxLayout()
        for box in (self.cover, self.personas, self.appendix):
            sections.addWidget(box)
        form.addRow(self.tr("Include:"), sections)
        form.addRow(self.tr("Cover, personas, appendix on:"), self.report_paper)
        form.addRow(self.tr("Bleed:"), self.bleed)
        form.addRow(self.tr("Pages:"), self.page_count)
        form.addRow(self.tr("Save as:"), file_row)
        form.addRow("", self.open_when_done)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)

        self._restore()
        for combo in (self.paper, self.orientation, self.mode, self.report_paper):
            combo.currentIndexChanged.connect(self.update_preview)
        for spin in (self.custom_w, self.custom_h, self.margin, self.min_text, self.bleed):
            spin.valueChanged.connect(self.update_preview)
        self.scale.valueChanged.connect(self.update_preview)
        for check in (self.cover, self.personas, self.appendix):
            check.toggled.connect(self.update_preview)
        self.path_edit.textChanged.connect(self.update_preview)
        self.update_preview()

    def _mm_box(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(MIN_PAPER_MM, MAX_PAPER_MM)
        box.setDecimals(0)
        box.setSuffix(" mm")
        box.setValue(value)
        return box

    # -- what the user chose ---------------------------------------------------------------------
    def options(self) -> PdfOptions:
        return PdfOptions(
            paper=self.paper.currentData(), landscape=self.orientation.currentData(),
            mode=self.mode.currentData(), scale=self.scale.value() / 100.0, margin_mm=self.margin.value(),
            custom_mm=(self.custom_w.value(), self.custom_h.value()), cover=self.cover.isChecked(),
            personas=self.personas.isChecked(), appendix=self.appendix.isChecked(),
            min_text_pt=self.min_text.value(), report_paper=self.report_paper.currentData(),
            bleed_mm=self.bleed.value())

    def _restore(self) -> None:
        """The options last used for this map, if any."""
        last = remembered(self.doc.id)
        if last is None:
            return
        options, open_when_done = last
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        if options.custom_mm:
            self.custom_w.setValue(options.custom_mm[0])
            self.custom_h.setValue(options.custom_mm[1])
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(options.landscape)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(options.mode)))
        self.scale.setValue(round(options.scale * 100))
        self.margin.setValue(options.margin_mm)
        self.min_text.setValue(options.min_text_pt)
        self.report_paper.setCurrentIndex(max(0, self.report_paper.findData(options.report_paper)))
        self.bleed.setValue(options.bleed_mm)
        self.cover.setChecked(options.cover)
        if self.personas.isEnabled():
            self.personas.setChecked(options.personas)
        self.appendix.setChecked(options.appendix)
        self.open_when_done.setChecked(open_when_done)

    def path(self) -> Optional[Path]:
        return typed_path(self.path_edit.text(), ".pdf")

    # -- reacting to changes -------------------------------------------------------------------
    def update_preview(self) -> None:
        """Recount the pages; an impossible choice shows why and disables Export."""
        custom = self.paper.currentData() == CUSTOM
        self.custom_w.setEnabled(custom)
        self.custom_h.setEnabled(custom)
        self.scale.setEnabled(self.mode.currentData() in ("poster", "pages"))
        ok = False
        try:
            count, smallest = preview(self.doc, self.options(), self.map_layout)
        except ExportError as exc:
            self.page_count.setText(exc.problem)
            self.page_count.setStyleSheet("color: #C62828")
            self.smallest.setText("")
        else:
            self.page_count.setText(self.tr("1 page") if count == 1
                                    else self.tr("{count} pages").format(count=count))
            self.page_count.setStyleSheet("")
            self._show_smallest(smallest)
            ok = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and self.path() is not None)

    def _show_smallest(self, size: float) -> None:
        small = size < self.min_text.value() - 1e-6
        text = self.tr("{size} pt").format(size=number(round(size, 1), interface_language(), 1))
        if small:
            text += " " + self.tr("(below the minimum: try Pages, a larger paper or a poster)")
        self.smallest.setText(text)
        self.smallest.setStyleSheet("color: #C62828" if small else "")

    def _browse(self) -> None:
        start = str(self.path() or "")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), start,
                                              self.tr("PDF documents (*.pdf)"))
        if name:
            self.path_edit.setText(name)

    def _accept(self) -> None:
        if file_chosen(self, self.path(), self.path_edit, self.tr("Export PDF"),
                       self.tr("{path} is a folder. Choose a file name.")):
            remember(self.doc.id, self.options(), self.open_when_done.isChecked())
            self.accept()


class PdfExportRunner(ExportRunner):
    """Runs one export with a progress dialog; ``run`` returns True once the file is written."""

    #: What the last successful run wrote.
    result: Optional[ExportResult] = None

    def run(self, doc: JourneyMap, path: Path, options: PdfOptions,
            layout: Optional[MapLayout] = None) -> bool:
        done, result = self.run_work(
            lambda step, cancelled: export(doc, path, options, progress=step, cancelled=cancelled, layout=layout),
            self.tr("Export PDF"), self.tr("Exporting PDF…"), self.tr("Cancel"),
            self.tr("The PDF could not be exported."))
        if done:
            self.result = result
        return done


def run_pdf_export(parent: Optional[QWidget], doc: JourneyMap, path_hint: Optional[Path]) -> Optional[Path]:
    """The File > Export > PDF… command: ask, export with progress, maybe open; the PDF's path or None."""
    dialog = ExportPdfDialog(doc, default_pdf_path(doc, path_hint), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path = dialog.path()
    if path is None:
        return None
    runner = PdfExportRunner(parent)
    if not runner.run(doc, path, dialog.options(), dialog.map_layout):
        return None
    tr = runner.tr
    if runner.result is not None and runner.result.missing_characters:
        chars = " ".join(runner.result.missing_characters)
        plain_message(parent, QMessageBox.Icon.Information, tr("Export PDF"),
                      tr("No bundled font has these characters; the PDF shows them as \ufffd:") + "\n\n" + chars)
    status = getattr(parent, "statusBar", None)
    if callable(status):
        status().showMessage(tr("Exported PDF: {path}").format(path=path), 10000)
    if dialog.open_when_done.isChecked() and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve()))):
        plain_message(parent, QMessageBox.Icon.Warning, tr("Export PDF"),
                      tr("The PDF was saved as {path}, but it could not be opened: no program to show PDF "
                          "files was found. Open it from your file manager.").format(path=path))
    return path
