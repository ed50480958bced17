"""What the PDF and PowerPoint exports share: the default file, the Export button's check, a
cancellable progress dialog and messages shown as plain text.

The texts stay with the callers (their ``self.tr``), so each keeps its translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Optional, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from journeymapper.export.options import ExportCancelled
from journeymapper.io import DocumentError
from journeymapper.ui.file_dialogs import suggested_name
from journeymapper.ui.problems import error_text

T = TypeVar("T")
#: ``work(progress, cancelled)``: the export itself, reporting (done, total) and polling for Cancel.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], T]


def default_export_path(title: str, path_hint: Optional[Path], suffix: str) -> Path:
    """Next to the map file with ``suffix``, or the map's title in the home folder."""
    if path_hint is not None:
        return Path(path_hint).with_suffix(suffix)
    return Path.home() / suggested_name(title, suffix)


class FileChoice:
    """The dialogs' "Save as" row (the path and Browse…) and "Open when done", with the caller's texts."""

    def __init__(self, default_path: Optional[Path], browse_text: str, open_text: str,
                 on_browse: Callable[[], None]) -> None:
        self.path_edit = QLineEdit(str(default_path) if default_path else "")
        self.path_edit.setMinimumWidth(320)
        browse = QPushButton(browse_text)
        browse.clicked.connect(on_browse)
        self.row = QHBoxLayout()
        self.row.addWidget(self.path_edit, 1)
        self.row.addWidget(browse)
        self.open_when_done = QCheckBox(open_text)
        self.open_when_done.setChecked(True)


def plain_message(parent: Optional[QWidget], icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message box showing ``text`` as typed (file names and errors are never read as HTML)."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def file_chosen(dialog: QDialog, path: Optional[Path], path_edit: QLineEdit, title: str, is_folder: str) -> bool:
    """The Export button's check: a folder gets ``is_folder`` (with ``{path}``) and False; a file
    name is written back in full (suffix added) and True."""
    if path is None:
        return False
    if path.is_dir():
        plain_message(dialog, QMessageBox.Icon.Warning, title, is_folder.format(path=path))
        return False
    path_edit.setText(str(path))
    return True


class ExportRunner(QObject):
    """Runs one export with a progress dialog; the file is written only if it ran to the end."""

    def __init__(self, parent: Optional[QWidget]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress: Optional[QProgressDialog] = None

    def run_work(self, work: Work[T], title: str, busy: str, cancel: str, failed: str) -> tuple[bool, Optional[T]]:
        """(True, what ``work`` returned) once done; (False, None) if cancelled or failed (then
        ``failed`` and the reason are shown)."""
        progress = QProgressDialog(busy, cancel, 0, 1, self.parent_widget)
        progress.setWindowTitle(title)
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
        try:
            result = work(step, cancelled)
        except ExportCancelled:
            return False, None
        except (DocumentError, OSError) as exc:
            error = error_text(exc)
        except Exception as exc:  # a bug must not take the user's open map down with it
            error = f"{type(exc).__name__}: {exc}"
        finally:
            progress.close()
        if error is not None:
            plain_message(self.parent_widget, QMessageBox.Icon.Warning, title, failed + "\n\n" + error)
            return False, None
        return True, result
