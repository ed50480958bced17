"""File > Import > Spreadsheet (.xlsx)…: what an edited workbook changes, before anything changes.

The dialog lists the cards the sheet changes (and which fields), the cards it adds, the cards
missing from the sheet (kept unless "Delete cards missing from the sheet" is ticked) and the KPIs
it changes; rows that cannot be imported are listed by sheet, row and column and block the import.
Import pushes one command (one undo step); Cancel changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.names import evidence_name
from journeymapper.commands.base import Command
from journeymapper.commands.imports import with_kpi_lane
from journeymapper.commands.sheet_import import import_sheet
from journeymapper.io.xlsx import SheetImport, XlsxError, read_workbook
from journeymapper.model import JourneyMap, Metric
from journeymapper.ui.csv_import_dialog import _fill, _import_buttons, _one_line, _plain_message, _run_review, _table
from journeymapper.ui.problems import error_text
from journeymapper.ui.session import MapSession

CONTEXT = "SheetImport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _field_names() -> dict[str, str]:
    return {"stage_id": _tr("stage"), "lane_id": _tr("lane"), "text": _tr("text"), "evidence": _tr("evidence"),
            "source": _tr("source"), "tags": _tr("tags"), "personas": _tr("persona"), "colour": _tr("colour")}


class SheetImportDialog(QDialog):
    """The diff of one workbook against the map; :meth:`command` is what Import applies."""

    def __init__(self, doc: JourneyMap, sheet: SheetImport, source: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.doc, self.sheet, self.source = doc, sheet, source
        self.setObjectName("sheet-import-dialog")
        self.setWindowTitle(_tr("Import Spreadsheet"))
        self.resize(960, 640)
        self.stages = {s.id: s.name for s in doc.stages}
        self.lanes = {ln.id: ln.title for ln in doc.lanes}
        before = {m.id: m for m in doc.metrics}
        kpis = sheet.kpis
        self.changed_kpis: list[Metric] = [m for m in (kpis.updated_metrics if kpis else []) if m != before.get(m.id)]
        self.new_kpis: list[Metric] = list(kpis.new_metrics) if kpis else []

        self.summary = QLabel()
        self.summary.setObjectName("sheet-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        cards = sheet.cards
        self.changed = _table("sheet-changed", [_tr("ID"), _tr("Stage"), _tr("Lane"), _tr("Text"), _tr("Changed")])
        _fill(self.changed, [[c.id, self.stages.get(c.stage_id, ""), self.lanes.get(c.lane_id, ""),
                              _one_line(c.text), ", ".join(_field_names()[f] for f in cards.changed_fields[c.id])]
                             for c in cards.changed])
        self.added = _table("sheet-added", [_tr("Stage"), _tr("Lane"), _tr("Text"), _tr("Evidence")])
        _fill(self.added, [[self.stages.get(c.stage_id, ""), self.lanes.get(c.lane_id, ""), _one_line(c.text),
                            evidence_name(c.evidence)] for c in cards.added])
        by_id = {c.id: c for c in doc.cards}
        self.missing = _table("sheet-missing", [_tr("ID"), _tr("Stage"), _tr("Lane"), _tr("Text")])
        _fill(self.missing, [[i, self.stages.get(by_id[i].stage_id, ""), self.lanes.get(by_id[i].lane_id, ""),
                              _one_line(by_id[i].text)] for i in cards.missing])
        self.kpi_table = _table("sheet-kpis", [_tr("KPI"), _tr("Change")])
        _fill(self.kpi_table, [[m.name, _tr("New KPI")] for m in self.new_kpis]
              + [[m.name, _tr("Values or targets changed")] for m in self.changed_kpis])
        self.bad = _table("sheet-bad-rows", [_tr("Sheet"), _tr("Row"), _tr("Column"), _tr("Problem")])
        _fill(self.bad, [[e.sheet, str(e.row), e.column, e.message] for e in sheet.errors], numeric=(1,))
        for table, title, count in (
                (self.changed, _tr("Changed ({count})"), len(cards.changed)),
                (self.added, _tr("Added ({count})"), len(cards.added)),
                (self.missing, _tr("Missing from the sheet ({count})"), len(cards.missing)),
                (self.kpi_table, _tr("KPIs ({count})"), len(self.new_kpis) + len(self.changed_kpis)),
                (self.bad, _tr("Cannot be imported ({count})"), len(sheet.errors))):
            self.tabs.addTab(table, title.format(count=count))
        if sheet.errors:
            self.tabs.setCurrentWidget(self.bad)
        self.delete_missing = QCheckBox(_tr("Delete cards missing from the sheet"))
        self.delete_missing.setObjectName("sheet-delete-missing")
        self.delete_missing.setEnabled(bool(cards.missing))
        self.delete_missing.toggled.connect(lambda _on: self._update())

        self.buttons, self.import_button = _import_buttons(self, _tr("Import"), "sheet-import")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.delete_missing)
        layout.addWidget(self.buttons)
        self._update()

    def _counts(self) -> int:
        cards = self.sheet.cards
        deleted = len(cards.missing) if self.delete_missing.isChecked() else 0
        return len(cards.changed) + len(cards.added) + deleted + len(self.new_kpis) + len(self.changed_kpis)

    def _update(self) -> None:
        cards = self.sheet.cards
        errors = self.sheet.errors
        if errors:
            text = (_tr("1 row cannot be imported") if len(errors) == 1 else
                    _tr("{count} rows cannot be imported").format(count=len(errors)))
            text += ": " + _tr("correct the workbook and import it again. Nothing was changed.")
        elif not self._counts():
            text = _tr("The workbook changes nothing in this map.")
        else:
            fate = (_tr("they will be deleted") if self.delete_missing.isChecked() else _tr("they are kept"))
            changed = (_tr("1 card changed") if len(cards.changed) == 1
                       else _tr("{count} cards changed").format(count=len(cards.changed)))
            kpis = len(self.new_kpis) + len(self.changed_kpis)
            text = _tr("{changed}, {added} added, {missing} missing from the sheet ({fate}); "
                       "{kpis} new or changed.").format(
                changed=changed, added=len(cards.added), missing=len(cards.missing), fate=fate,
                kpis=_tr("1 KPI") if kpis == 1 else _tr("{count} KPIs").format(count=kpis))
        self.summary.setText(f"{self.source}: {text}")
        self.import_button.setEnabled(not errors and self._counts() > 0)

    def command(self) -> Optional[Command]:
        if not self.import_button.isEnabled():
            return None
        cards = self.sheet.cards
        delete = cards.missing if self.delete_missing.isChecked() else []
        _, lane = with_kpi_lane(self.doc)
        return import_sheet(cards.changed, cards.added, delete, self.new_kpis, self.changed_kpis, lane,
                            self.sheet.kpi_mappings)


def import_workbook_file(parent: Optional[QWidget], session: MapSession, path: Path) -> bool:
    """Show the diff of ``path`` against the session's map; True if the user imported (one undo step)."""
    title = _tr("Import Spreadsheet")
    try:
        sheet = read_workbook(session.doc, path, kpi_base=with_kpi_lane(session.doc)[0])
    except XlsxError as exc:
        _plain_message(parent, title, _tr("The workbook cannot be imported.") + "\n\n" + error_text(exc))
        return False
    dialog = SheetImportDialog(session.doc, sheet, path.name, parent)
    return _run_review(parent, session, dialog, title, _tr("The workbook cannot be imported."))


def run_workbook_import(parent: Optional[QWidget], session: MapSession) -> bool:
    filters = _tr("Excel workbooks (*.xlsx)") + ";;" + _tr("All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Choose a Workbook Exported from This Map"), "", filters)
    return bool(name) and import_workbook_file(parent, session, Path(name))
