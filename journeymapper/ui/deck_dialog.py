"""File > Export > PowerPoint…: slide size and file, then the export with a progress dialog and Cancel.

``run_deck_export(parent, doc, path_hint)`` is what the menu calls: it shows
:class:`ExportDeckDialog`, makes the deck with a cancellable progress dialog (nothing is
written if the user cancels), reports errors and warnings as plain text, and opens the
deck in the system's presentation program if the user asked for that.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.export.deck import DeckOptions, export_deck
from journeymapper.export.options import ExportCancelled
from journeymapper.io import DocumentError
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap
from journeymapper.ui.file_dialogs import suggested_name, typed_path

SUFFIX = ".pptx"


def default_deck_path(doc: JourneyMap, path_hint: Optional[Path]) -> Path:
    """Next to the map file with a .pptx suffix, or the map's title in the home folder."""
    if path_hint is not None:
        return Path(path_hint).with_suffix(SUFFIX)
    return Path.home() / suggested_name(doc.title, SUFFIX)


def _plain_message(parent: Optional[QWidget], icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message box showing ``text`` as typed (file names and errors are never read as HTML)."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


class ExportDeckDialog(QDialog):
    """Slide size and where to save the deck."""

    def __init__(self, default_path: Optional[Path], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PowerPoint"))
        self.slide_size = QComboBox()
        self.slide_size.addItem(self.tr("Widescreen (16:9)"), "16:9")
        self.slide_size.addItem(self.tr("Standard (4:3)"), "4:3")
        self.path_edit = QLineEdit(str(default_path) if default_path else "")
        self.path_edit.setMinimumWidth(320)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.open_when_done = QCheckBox(self.tr("Open when done"))
        self.open_when_done.setChecked(True)
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
        path = self.path()
        if path is None:
            return
        if path.is_dir():
            _plain_message(self, QMessageBox.Icon.Warning, self.tr("Export PowerPoint"),
                           self.tr("{path} is a folder. Choose a file name.").format(path=path))
            return
        self.path_edit.setText(str(path))
        self.accept()


class DeckExportRunner(QObject):
    """Makes one deck with a progress dialog; ``run`` returns True once the file is written."""

    def __init__(self, parent: Optional[QWidget]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress: Optional[QProgressDialog] = None

    def run(self, doc: JourneyMap, path: Path, options: DeckOptions, layout: Optional[MapLayout] = None) -> bool:
        progress = QProgressDialog(self.tr("Making the slides…"), self.tr("Cancel"), 0, 1, self.parent_widget)
        progress.setWindowTitle(self.tr("Export PowerPoint"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(min(done, total))
            QApplication.processEvents()

        def cancelled() -> bool:
            QApplication.processEvents()
            return progress.wasCanceled()

        error: Optional[str] = None
        warnings: tuple[str, ...] = ()
        try:
            warnings = export_deck(doc, path, options, progress=step, cancelled=cancelled, layout=layout).warnings
        except ExportCancelled:
            return False
        except (DocumentError, OSError) as exc:
            error = str(exc)
        except Exception as exc:  # a bug must not take the user's open map down with it
            error = f"{type(exc).__name__}: {exc}"
        finally:
            progress.close()
        if error is not None:
            _plain_message(self.parent_widget, QMessageBox.Icon.Warning, self.tr("Export PowerPoint"),
                           self.tr("The deck could not be exported.") + "\n\n" + error)
            return False
        if warnings:
            _plain_message(self.parent_widget, QMessageBox.Icon.Information, self.tr("Export PowerPoint"),
                           self.tr("The deck was exported, with these remarks:") + "\n\n" + "\n".join(warnings))
        return True


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
