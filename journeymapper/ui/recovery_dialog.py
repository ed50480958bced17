"""The start-up dialog that offers back maps from sessions that ended without saving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper import io
from journeymapper.text import moment_text
from journeymapper.ui import file_dialogs
from journeymapper.ui.language import interface_language
from journeymapper.ui.problems import error_text
from journeymapper.ui.recovery import RecoveredMap


def saved_when(stamp: str) -> str:
    """The copy's time (stored in UTC) as the user reads it: local time in the interface language."""
    try:
        return moment_text(datetime.fromisoformat(stamp), interface_language())
    except ValueError:
        return stamp or "?"


class RecoveryDialog(QDialog):
    """Restore, Save As or Discard each recovered map; nothing is deleted unless the user says so."""

    def __init__(self, maps: list[RecoveredMap], restore: Callable[[RecoveredMap], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.maps = list(maps)
        self.restore_callback = restore
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Journey Mapper did not close properly last time. "
                               "These maps had changes that were not saved:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("recovered-maps")
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.save_as_button = QPushButton(self.tr("&Save As…"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.later_button = QPushButton(self.tr("Decide &Later"), self)
        for button, role in ((self.restore_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole),
                             (self.later_button, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(button, role)
        layout.addWidget(buttons)
        # Enter restores; Escape decides later. Nothing that deletes is ever one key away.
        for button in (self.save_as_button, self.discard_button, self.later_button):
            button.setAutoDefault(False)
        self.restore_button.setAutoDefault(True)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.save_as_button.clicked.connect(self.save_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self._fill()
        self.resize(560, 320)

    def _fill(self) -> None:
        self.list.clear()
        for rec in self.maps:
            title = rec.doc.title if rec.doc else self.tr("(damaged copy)")
            where = str(rec.original_path) if rec.original_path else self.tr("never saved")
            text = self.tr("{title} — {where}, autosaved {when}").format(title=title, where=where,
                                                                         when=saved_when(rec.saved_at))
            if rec.error:
                text += "\n" + rec.error
            item = QListWidgetItem(text)  # list items show plain text
            item.setData(Qt.ItemDataRole.UserRole, rec.slot)
            self.list.addItem(item)
        if self.maps:
            self.list.setCurrentRow(0)
        has = bool(self.maps)
        for button in (self.restore_button, self.save_as_button, self.discard_button):
            button.setEnabled(has)
        if not has:
            self.accept()

    def _current(self) -> Optional[RecoveredMap]:
        row = self.list.currentRow()
        return self.maps[row] if 0 <= row < len(self.maps) else None

    def _done_with(self, rec: RecoveredMap) -> None:
        self.maps.remove(rec)
        self._fill()

    def restore_selected(self) -> None:
        rec = self._current()
        if rec is None or rec.doc is None:
            return
        self.restore_callback(rec)
        self._done_with(rec)

    def save_selected(self) -> None:
        rec = self._current()
        if rec is None or rec.doc is None:
            return
        path = file_dialogs.save_map(self, rec.original_path, rec.doc.title)
        if path is None:
            return
        try:
            io.save(rec.doc, Path(path), backup=True)
        except io.DocumentError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not save"), error_text(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            return
        rec.discard()
        self._done_with(rec)

    def discard_selected(self) -> None:
        rec = self._current()
        if rec is None or not self.confirm_discard(rec):
            return
        rec.discard()
        self._done_with(rec)

    def confirm_discard(self, rec: RecoveredMap) -> bool:
        """Ask before deleting the only copy of the recovered work; Cancel is the default."""
        if rec.doc is not None:
            name = rec.original_path.name if rec.original_path else rec.doc.title
        else:
            name = self.tr("the damaged copy")
        box = QMessageBox(self)
        box.setObjectName("confirm-discard")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Discard recovered changes"))
        box.setText(self.tr("Delete the recovered changes to {name}? This cannot be undone.").format(name=name))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def reject(self) -> None:
        for rec in self.maps:  # kept on disk for the next start
            rec.release()
        self.maps = []
        super().reject()
