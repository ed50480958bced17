"""File > Import > Mermaid Journey… and File > Export > Mermaid Journey…, Spreadsheet…, Cards
as CSV…, KPIs as CSV…: maps to and from the formats of other tools. Reading and writing live in
journeymapper.io; this is the file choosers and messages."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeymapper.io import DocumentError, write_atomic
from journeymapper.io import mermaid as mmd
from journeymapper.io import tabular_export as tab
from journeymapper.model import JourneyMap, Language
from journeymapper.ui.file_dialogs import ask_save_path, suggested_name
from journeymapper.ui.problems import error_text

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
        _warn(parent, _tr("Import Mermaid Journey"), _tr("The diagram cannot be imported.") + "\n\n" + error_text(exc))
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
        _warn(parent, _tr("Export Mermaid Journey"), error_text(exc))
        return None
    return path


def export_table(parent: Optional[QWidget], doc: JourneyMap, current: Optional[Path], kind: str) -> Optional[Path]:
    """File > Export > Spreadsheet… (``kind="xlsx"``), Cards as CSV… or KPIs as CSV…."""
    if kind == "xlsx":
        suffix, caption = ".xlsx", _tr("Export Cards and KPIs as a Spreadsheet")
        filters = _tr("Excel workbooks (*.xlsx)")
    else:
        suffix = ".csv"
        caption = _tr("Export Cards as CSV") if kind == "cards" else _tr("Export KPIs as CSV")
        filters = _tr("CSV files (*.csv)")
    stem = (current.stem if current else suggested_name(doc.title, "")) + ("" if kind == "xlsx" else f"-{kind}")
    path = ask_save_path(parent, caption, stem + suffix, filters, suffix)
    if path is None:
        return None
    try:
        if kind == "xlsx":
            from journeymapper.io import xlsx  # openpyxl: loaded when a workbook is written

            xlsx.write_workbook(doc, path)
        else:
            tab.write_csv(kind, doc, path)
    except DocumentError as exc:
        _warn(parent, caption, error_text(exc))
        return None
    return path
