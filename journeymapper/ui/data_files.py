"""File > Import > Mermaid journey… and File > Export > Mermaid journey…: maps to and from the
text formats of other tools. Reading and writing live in journeymapper.io; this is the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeymapper.io import DocumentError, write_atomic
from journeymapper.io import mermaid as mmd
from journeymapper.model import JourneyMap, Language
from journeymapper.ui.file_dialogs import ask_save_path, suggested_name

CONTEXT = "DataFiles"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _warn(parent: Optional[QWidget], title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and file content are never markup
    box.setText(text)
    box.exec()


def _mermaid_filter() -> str:
    return _tr("Mermaid journey diagrams (*.mmd *.mermaid)") + ";;" + _tr("All files (*)")


def import_mermaid(parent: Optional[QWidget], language: Language) -> Optional[JourneyMap]:
    """Choose a .mmd file and read it as a new map (None if cancelled or unreadable: the user was told)."""
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import a Mermaid Journey Diagram"), "", _mermaid_filter())
    if not name:
        return None
    try:
        return mmd.load_journey(Path(name), language)
    except mmd.MermaidError as exc:
        _warn(parent, _tr("Import Mermaid Journey"), _tr("The diagram cannot be imported.") + "\n\n" + str(exc))
        return None


def export_mermaid(parent: Optional[QWidget], doc: JourneyMap, current: Optional[Path]) -> Optional[Path]:
    """Write the map as a Mermaid journey diagram where the user chooses."""
    start = str(current.with_suffix(".mmd")) if current else suggested_name(doc.title, ".mmd")
    path = ask_save_path(parent, _tr("Export a Mermaid Journey Diagram"), start, _mermaid_filter(), ".mmd")
    if path is None:
        return None
    try:
        write_atomic(path, mmd.write_journey(doc).encode("utf-8"))
    except DocumentError as exc:
        _warn(parent, _tr("Export Mermaid Journey"), str(exc))
        return None
    return path
