"""File > Export > PowerPoint…: slide size and file, then the export with a progress dialog and Cancel.

``run_deck_export(parent, doc, path_hint)`` is what the menu calls: it shows
:class:`ExportDeckDialog`, makes the deck with a cancellable progress dialog (nothing is
written if the user cancels), reports errors and warnings as plain text, and opens the
deck in the system's presentation program if the user asked for that.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.export.deck import DeckOptions, export_deck
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap
from journeymapper.ui.export_runner import (
    ExportRunner,
    FileChoice,
    default_export_path,
    file_chosen,
    plain_message,
)
from journeymapper.ui.file_dialogs import typed_path

SUFFIX = ".pptx"


def default_deck_path(doc: JourneyMap, path_hint: Optional[Path]) -> Path:
    """Next to the map file with a .pptx suffix, or the map's title in the home folder."""
    return default_export_path(doc.title, path_hint, SUFFIX)


class ExportDeckDialog(QDialog):
    """Slide size and where to save the deck."""

    def __init__(self, default_path: Optional[Path], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PowerPoint"))
        self.slide_size = QComboBox()
        self.slide_size.addItem(self.tr("Widescreen (16:9)"), "16:9")
        self.slide_size.addItem(self.tr("Standard (4:3)"), "4:3")
        choice = FileChoice(default_path, self.tr("Browse…"), self.tr("Open when done"), self._browse)
        self.path_edit, self.open_when_done, file_row = choice.path_edit, choice.open_when_done, choice.row
        form = QFormLayout()
        form.addRow(self.tr("Slide size:"), self.slide_size)
        form.addRow(self.tr("Save as:"), file_row)
        form.addRow("", self.open_when_done)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)
        self.path_edit.textChanged.connect(self._update)
        self._update()

    def options(self) -> DeckOptions:
        return DeckOptions(slide_size=self.slide_size.currentData())

    def path(self) -> Optional[Path]:
        return typed_path(self.path_edit.text(), SUFFIX)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.path() is not None)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PowerPoint"), str(self.path() or ""),
                                              self.tr("PowerPoint presentations (*.pptx)"))
        if name:
            self.path_edit.setText(name)

    def _accept(self) -> None:
        if file_chosen(self, self.path(), self.path_edit, self.tr("Export PowerPoint"),
                       self.tr("{path} is a folder. Choose a file name.")):
            self.accept()


class DeckExportRunner(ExportRunner):
    """Makes one deck with a progress dialog; ``run`` returns True once the file is written."""

    def run(self, doc: JourneyMap, path: Path, options: DeckOptions, layout: Optional[MapLayout] = None) -> bool:
        title = self.tr("Export PowerPoint")
        done, result = self.run_work(
            lambda step, cancelled: export_deck(doc, path, options, progress=step, cancelled=cancelled, layout=layout),
            title, self.tr("Making the slides…"), self.tr("Cancel"), self.tr("The deck could not be exported."))
        if done and result is not None and result.warnings:
            plain_message(self.parent_widget, QMessageBox.Icon.Information, title,
                          self.tr("The deck was exported, with these remarks:") + "\n\n" + "\n".join(result.warnings))
        return done


def run_deck_export(parent: Optional[QWidget], doc: JourneyMap, path_hint: Optional[Path]) -> Optional[Path]:
    """The File > Export > PowerPoint… command: ask, export with progress, maybe open; the deck's path or None."""
    dialog = ExportDeckDialog(default_deck_path(doc, path_hint), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path = dialog.path()
    if path is None or not DeckExportRunner(parent).run(doc, path, dialog.options()):
        return None
    if dialog.open_when_done.isChecked():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))
    return path
