"""File > Import > KPIs / Cards from CSV…: choose a file, check what it brings, import it as one step.

``run_csv_import(parent, session, kind)`` is what the menu calls. The dialog shows
the file's columns matched to the fields the import needs (the user can re-match
them, and the file is parsed again), a preview of what will be imported, and every
bad row with its spreadsheet row number and reason. The import is all or nothing:
with bad rows, Import stays disabled unless "Skip bad rows" is ticked. Import
pushes one command (one undo step); Cancel changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, Union

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.names import evidence_name, plain_tooltip
from journeymapper.commands.base import Command
from journeymapper.commands.imports import ImportCards, import_analytics, with_kpi_lane
from journeymapper.io import csv_import
from journeymapper.io import stage_matching as sm
from journeymapper.io.analytics import AnalyticsImport, parse_analytics
from journeymapper.io.csv_import import (
    CARD_FIELDS,
    KPI_FIELDS,
    CardImport,
    CsvImportError,
    KpiImport,
    parse_card_rows,
    read_csv_text,
)
from journeymapper.model import JourneyMap, Metric
from journeymapper.ui.analytics_panel import AnalyticsPanel
from journeymapper.ui.check_dock import badge_icon
from journeymapper.ui.problems import error_text, row_error_text
from journeymapper.ui.session import MapSession

CONTEXT = "CsvImport"
KINDS = ("kpis", "cards")
REQUIRED = {"kpis": ("stage", "metric", "value"), "cards": ("stage", "lane", "text")}
#: Longer files are imported in full; the preview lists this many rows.
PREVIEW_ROWS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(key: str) -> str:
    names = {
        "stage": _tr("Stage"), "metric": _tr("KPI"), "value": _tr("Value"), "target": _tr("Target"),
        "unit": _tr("Unit"), "lane": _tr("Lane"), "text": _tr("Text"), "evidence": _tr("Evidence"),
        "source": _tr("Source"),
    }
    return names[key]


def _titles(kind: str) -> tuple[str, str]:
    """Window title and file-chooser title."""
    if kind == "kpis":
        return _tr("Import KPIs from CSV"), _tr("Choose a CSV File with KPIs")
    return _tr("Import Cards from CSV"), _tr("Choose a CSV File with Cards")


def _encoding_name(encoding: str) -> str:
    names = {"utf-8-sig": _tr("UTF-8 with BOM"), "utf-8": "UTF-8", "utf-16": "UTF-16",
             "cp1252": "Windows-1252", "latin-1": "Latin-1",
             "utf-8+cp1252": _tr("UTF-8 mixed with Windows-1252 (each line read in its own; check accented letters)")}
    return names.get(encoding, encoding)


def _delimiter_name(delimiter: str) -> str:
    names = {",": _tr("commas"), ";": _tr("semicolons"), "\t": _tr("tabs")}
    return names.get(delimiter, repr(delimiter))


def _number(value: Optional[float], unit: str = "") -> str:
    if value is None:
        return ""
    text = QLocale().toString(value, "f", 6).rstrip("0").rstrip(QLocale().decimalPoint())
    return f"{text} {unit}".strip() if unit and unit != "%" else text + unit


def _one_line(text: str) -> str:
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def _plain_message(parent: Optional[QWidget], title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and CSV content are never markup
    box.setText(text)
    box.exec()


def _import_buttons(dialog: QDialog, label: str, name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Import (named ``name``) and Cancel for a review dialog; Enter imports, even with Cancel focused first."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    import_button = QPushButton(label)
    import_button.setObjectName(name)
    import_button.setDefault(True)
    buttons.addButton(import_button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for button in buttons.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(button is import_button)
    return buttons, import_button


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numeric: tuple[int, ...] = ()) -> None:
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(text))  # cells are the file's text, never markup
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 320))
    table.setUpdatesEnabled(True)


class CsvImportDialog(QDialog):
    """Preview and column matching of one CSV file; :meth:`command` is what Import applies."""

    def __init__(self, doc: JourneyMap, text: str, source: str, encoding: str, kind: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.doc, self.text, self.source, self.kind = doc, text, source, kind
        self.fields = KPI_FIELDS if kind == "kpis" else CARD_FIELDS
        # The map as the KPI parser sees it: with a new KPI lane if it has none (added on import).
        self.base, self.new_lane = with_kpi_lane(doc) if kind == "kpis" else (doc, None)
        self.parsed: Union[KpiImport, CardImport, None] = None
        self.analysis: Optional[AnalyticsImport] = None  # KPIs: how the table was read and matched
        self.fatal = ""
        self.setObjectName("csv-import-dialog")
        self.setWindowTitle(_titles(kind)[0])
        self.resize(900, 680)

        table = csv_import._read_table(text, source)  # raises CsvImportError: checked by the caller
        self.columns = list(table.header)
        auto = csv_import._columns(table, self.fields, (), None, source)

        about = QLabel(_tr("{file}: {rows} rows, read as {encoding}, separated by {delimiter}.").format(
            file=source, rows=len(table.rows), encoding=_encoding_name(encoding),
            delimiter=_delimiter_name(table.delimiter)))
        about.setObjectName("csv-about")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)

        self.analytics: Optional[AnalyticsPanel] = None
        if kind == "kpis":
            self.analytics = AnalyticsPanel(doc)
            self.analytics.set_shape(self._detected_shape())
            self.analytics.changed.connect(self.reparse)
        mapping_box = self.mapping_box = QGroupBox(_tr("Columns"))
        form = QFormLayout(mapping_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.combos: dict[str, QComboBox] = {}
        for key in self.fields:
            combo = QComboBox()
            combo.setObjectName(f"csv-column-{key}")
            combo.setMinimumContentsLength(16)
            required = key in REQUIRED[kind]
            if key not in auto:
                combo.addItem(_tr("(choose a column)") if required else _tr("(none)"), None)
            for index, column in enumerate(self.columns):
                combo.addItem(column or _tr("(column {number})").format(number=index + 1), column)
            if key in auto:
                combo.setCurrentIndex(combo.findData(self.columns[auto[key]]))
            combo.currentIndexChanged.connect(lambda _i: self.reparse())
            label = field_name(key) + ("" if required else " " + _tr("(optional)"))
            form.addRow(label, combo)
            self.combos[key] = combo

        self.summary = QLabel()
        self.summary.setObjectName("csv-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.preview = _table("csv-preview", self._preview_headers())
        self.bad_title = QLabel()
        self.bad_title.setObjectName("csv-bad-title")
        self.bad_title.setTextFormat(Qt.TextFormat.PlainText)
        bad_icon = QLabel()
        bad_icon.setPixmap(badge_icon("error").pixmap(16, 16))
        self.bad_header = QWidget()
        bad_row = QHBoxLayout(self.bad_header)
        bad_row.setContentsMargins(0, 0, 0, 0)
        bad_row.addWidget(bad_icon)
        bad_row.addWidget(self.bad_title, 1)
        self.bad = _table("csv-bad-rows", [_tr("Row"), _tr("Problem")])
        self.skip = QCheckBox(_tr("Skip bad rows and import the others"))
        self.skip.setObjectName("csv-skip-bad-rows")
        self.skip.toggled.connect(lambda _on: self._update_buttons())

        self.buttons, self.import_button = _import_buttons(self, _tr("Import"), "csv-import")

        top = QHBoxLayout()
        top.addWidget(mapping_box, 0, Qt.AlignmentFlag.AlignTop)
        intro = QVBoxLayout()
        intro.addWidget(about)
        hint = QLabel(self._hint())
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet("color: palette(placeholder-text);")
        intro.addWidget(hint)
        intro.addStretch(1)
        intro.addWidget(self.summary)
        top.addLayout(intro, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.analytics is not None:
            layout.addWidget(self.analytics, 2)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.bad_header)
        layout.addWidget(self.bad, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self.reparse()

    def _detected_shape(self) -> str:
        try:
            return parse_analytics(self.base, self.text, source=self.source, source_name=self.source).shape
        except CsvImportError:
            return "long"

    def _hint(self) -> str:
        if self.kind == "kpis":
            return _tr("Each row gives a KPI's value (and optionally its target and unit) in one stage, or "
                       "the file is an analytics export with a row per step and a column per KPI (or the "
                       "other way round). Steps are matched to stages by name, also without a leading "
                       "number, case and accents; pick a stage for the others. New KPIs are added.")
        return _tr("Each row becomes a card: its stage, its lane (by title or kind) and its text, "
                   "optionally how it is known (observed, assumed, proposed) and the source.")

    def _preview_headers(self) -> list[str]:
        if self.analysis is not None and self.analysis.shape != "long":
            return [_tr("Row"), _tr("Step"), _tr("Stage"), _tr("KPI"), _tr("Value"), _tr("Target")]
        if self.kind == "kpis":
            return [_tr("KPI"), _tr("Stage"), _tr("Value"), _tr("Target"), _tr("Change")]
        return [_tr("Stage"), _tr("Lane"), _tr("Text"), _tr("Evidence"), _tr("Source")]

    # -- parsing ---------------------------------------------------------------------------
    def mapping(self) -> dict[str, str]:
        """The columns the user matched to the fields (unmatched fields are left out)."""
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def reparse(self) -> None:
        mapping = self.mapping()
        long = self.analytics is None or self.analytics.current_shape() == "long"
        missing = [field_name(k) for k in REQUIRED[self.kind] if k not in mapping] if long else []
        self.parsed, self.analysis, self.fatal = None, None, ""
        if missing:
            self.fatal = _tr("Choose the column for: {fields}.").format(fields=", ".join(missing))
        else:
            try:
                if self.analytics is not None:
                    self.analysis = parse_analytics(self.base, self.text, self.analytics.options(mapping),
                                                  source=self.source, source_name=self.source)
                    self.parsed = self.analysis.kpis
                else:
                    self.parsed = parse_card_rows(self.doc, self.text, mapping, source=self.source)
            except CsvImportError as exc:
                self.fatal = error_text(exc)
        if self.analytics is not None:
            self.analytics.update_from(self.analysis)
            self.mapping_box.setVisible(long)
        self._show()

    def good_count(self) -> int:
        if isinstance(self.parsed, KpiImport):
            return self.parsed.rows_imported
        return len(self.parsed.cards) if isinstance(self.parsed, CardImport) else 0

    def errors(self) -> list[csv_import.RowError]:
        return list(self.parsed.errors) if self.parsed is not None else []

    def _show(self) -> None:
        headers = self._preview_headers()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        reshaped = self.analysis is not None and self.analysis.shape != "long"
        if reshaped:
            rows = self._reshaped_rows()
        else:
            rows = self._kpi_rows() if isinstance(self.parsed, KpiImport) else self._card_rows()
        shown = rows[:PREVIEW_ROWS]
        if len(rows) > PREVIEW_ROWS:
            shown.append([_tr("… and {count} more").format(count=len(rows) - PREVIEW_ROWS)])
        numeric = (0, 4, 5) if reshaped else (2, 3) if self.kind == "kpis" else ()
        _fill(self.preview, shown, numeric=numeric)
        errors = self.errors()
        _fill(self.bad, [[str(e.row_number), row_error_text(e)] for e in errors], numeric=(0,))
        self.bad_title.setText((_tr("1 row cannot be imported.") if len(errors) == 1
                                else _tr("{count} rows cannot be imported.").format(count=len(errors)))
                               + " " + _tr("Correct the file and import it again, or skip these rows:"))
        self.bad_header.setVisible(bool(errors))
        self.bad.setVisible(bool(errors))
        self.skip.setVisible(bool(errors))
        self.skip.setEnabled(self.good_count() > 0)
        self.summary.setStyleSheet("color: #C62828;" if self.fatal else "")
        self.summary.setText(self.fatal or self._summary_text())
        self._update_buttons()

    def _summary_text(self) -> str:
        good = self.good_count()
        if isinstance(self.parsed, KpiImport):
            if self.analysis is not None and self.analysis.shape != "long":
                text = (_tr("1 value will be imported") if good == 1 else
                        _tr("{count} values will be imported").format(count=good))
            else:
                text = (_tr("The values of 1 row will be imported") if good == 1 else
                        _tr("The values of {count} rows will be imported").format(count=good))
            text += " " + _tr("(new KPIs: {new}, updated KPIs: {updated}).").format(
                new=len(self.parsed.new_metrics), updated=len(self.parsed.updated_metrics))
            if self.new_lane is not None and self.parsed.new_metrics:
                text += " " + _tr("The map has no KPI lane, so one is added.")
            if self.analysis is not None and self.analysis.note:
                text += " " + _tr("Source noted on the KPIs: {note}.").format(note=self.analysis.note)
        else:
            text = _tr("1 card will be added.") if good == 1 else _tr("{count} cards will be added.").format(
                count=good)
        if not good:
            text = _tr("No row can be imported.") if self.errors() else _tr("The file has no rows to import.")
        return text

    def _kpi_rows(self) -> list[list[str]]:
        assert isinstance(self.parsed, KpiImport)
        stages = [(s.id, s.name) for s in self.doc.stages]
        before = {m.id: m for m in self.doc.metrics}
        rows: list[list[str]] = []

        def add(metric: Metric, old: Optional[Metric]) -> None:
            for stage_id, stage_name in stages:
                value, target = metric.values.get(stage_id), metric.targets.get(stage_id)
                was_value = old.values.get(stage_id) if old else None
                was_target = old.targets.get(stage_id) if old else None
                if (value, target) == (was_value, was_target) or (value is None and target is None):
                    continue
                if old is None:
                    change = _tr("New KPI")
                else:
                    was = []
                    if was_value is not None and value != was_value:
                        was.append(_tr("value was {value}").format(value=_number(was_value, metric.unit)))
                    if was_target is not None and target != was_target:
                        was.append(_tr("target was {value}").format(value=_number(was_target, metric.unit)))
                    change = "; ".join(was) or _tr("Added")
                rows.append([metric.name, stage_name, _number(value, metric.unit),
                             _number(target, metric.unit), change])

        for metric in self.parsed.new_metrics:
            add(metric, None)
        for metric in self.parsed.updated_metrics:
            add(metric, before.get(metric.id))
        return rows

    def _reshaped_rows(self) -> list[list[str]]:
        """The wide table as long rows: row, step, the stage it goes to, KPI, value, target."""
        assert self.analysis is not None
        stages = {s.id: s.name for s in self.doc.stages}
        rows = []
        for item in self.analysis.rows:
            match = self.analysis.matches.get(item.step, sm.StepMatch(None, None))
            stage = (stages.get(match.stage_id or "", "") if match.stage_id else
                     _tr("(skipped)") if match.how == sm.SKIPPED else _tr("(no stage)"))
            rows.append([str(item.row), _one_line(item.step), stage, item.metric,
                         item.value + (" " + item.unit if item.unit and not item.value.endswith(item.unit) else ""),
                         item.target])
        return rows

    def _card_rows(self) -> list[list[str]]:
        if not isinstance(self.parsed, CardImport):
            return []
        stages = {s.id: s.name for s in self.doc.stages}
        lanes = {lane.id: lane.title for lane in self.doc.lanes}
        return [[stages[c.stage_id], lanes[c.lane_id], _one_line(c.text), evidence_name(c.evidence),
                 _one_line(c.source)] for c in self.parsed.cards]

    def _update_buttons(self) -> None:
        blocked = bool(self.errors()) and not self.skip.isChecked()
        self.import_button.setEnabled(not self.fatal and self.good_count() > 0 and not blocked)

    # -- result ----------------------------------------------------------------------------
    def command(self) -> Optional[Command]:
        """The one command importing the good rows; None if Import would not be allowed."""
        if not self.import_button.isEnabled():
            return None
        if isinstance(self.parsed, KpiImport):
            lane = self.new_lane if self.parsed.new_metrics else None
            mappings = self.analysis.mappings if self.analysis is not None else None
            return import_analytics(self.parsed.new_metrics, self.parsed.updated_metrics, lane, mappings)
        if isinstance(self.parsed, CardImport):
            return ImportCards(self.parsed.cards)
        return None


def choose_csv(parent: Optional[QWidget], kind: str) -> Optional[Path]:
    filters = _tr("CSV files (*.csv *.txt *.tsv)") + ";;" + _tr("All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, _titles(kind)[1], "", filters)
    return Path(name) if name else None


def import_csv_file(parent: Optional[QWidget], session: MapSession, kind: str, path: Path) -> bool:
    """Show the import dialog for ``path``; True if the user imported (one undo step)."""
    title = _titles(kind)[0]
    try:
        text, encoding = read_csv_text(path)
        dialog = CsvImportDialog(session.doc, text, path.name, encoding, kind, parent)
    except CsvImportError as exc:
        _plain_message(parent, title, _tr("The file cannot be imported.") + "\n\n" + error_text(exc))
        return False
    return _run_review(parent, session, dialog, title, _tr("The file cannot be imported."))


def _run_review(parent: Optional[QWidget], session: MapSession, dialog: Any, title: str, cannot: str) -> bool:
    """Show an import's review ``dialog`` (with ``command()``); its command is pushed as one undo
    step when accepted; a refusal is shown as ``cannot`` and the reason. True if imported."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        command = dialog.command()
        if command is None:
            return False
        try:
            session.push(command)
        except ValueError as exc:
            _plain_message(parent, title, cannot + "\n\n" + error_text(exc))
            return False
        return True
    finally:
        dialog.deleteLater()


def run_csv_import(parent: Optional[QWidget], session: MapSession, kind: str) -> bool:
    """File > Import > KPIs from CSV… (``kind="kpis"``) or Cards from CSV… (``kind="cards"``)."""
    path = choose_csv(parent, kind)
    return path is not None and import_csv_file(parent, session, kind, path)


__all__ = ["CsvImportDialog", "run_csv_import", "import_csv_file", "choose_csv", "field_name"]
