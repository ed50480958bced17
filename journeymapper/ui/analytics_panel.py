"""The part of the KPI import dialog for analytics exports: how the table is read (long, or wide
either way round), which columns become KPIs (and their names), how steps are matched to stages,
and a drop-down per step to pick its stage or skip it.

The panel only collects choices; the dialog parses the file with them
(:func:`journeymapper.io.analytics.parse_analytics`) and hands the result back to :meth:`show`.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.names import plain_tooltip
from journeymapper.io import stage_matching as sm
from journeymapper.io.analytics import AnalyticsImport, MetricColumn, Options, split_header
from journeymapper.model import JourneyMap

CONTEXT = "CsvImport"
#: Steps listed with a drop-down; a "Pages and screens" export can have thousands of pages.
MAX_STEPS = 300
SKIP = "-"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shape_names() -> dict[str, str]:
    return {"long": _tr("One row per stage and KPI"), "stages": _tr("One row per stage, a column per KPI"),
            "metrics": _tr("One row per KPI, a column per stage")}


def _how(how: Optional[str]) -> str:
    names = {sm.EXACT: _tr("same name"), sm.NUMBER: _tr("name without its number"),
             sm.FOLDED: _tr("name ignoring case and accents"), sm.ORDER: _tr("by order"),
             sm.REMEMBERED: _tr("remembered from the last import"), sm.CHOSEN: _tr("chosen"),
             sm.SKIPPED: _tr("skipped")}
    return names.get(how or "", _tr("no stage matches: pick one"))


class AnalyticsPanel(QGroupBox):
    """Shape, KPI columns and stage matching; ``changed`` when the user alters any of them."""

    changed = Signal()

    def __init__(self, doc: JourneyMap, parent: Optional[QWidget] = None) -> None:
        super().__init__(_tr("Table and stages"), parent)
        self.setObjectName("analytics-panel")
        self.doc = doc
        self.chosen: dict[str, Optional[str]] = {}  # step -> stage id, None: skip
        self.metric_state: dict[str, tuple[bool, str]] = {}  # column -> (import it, its KPI name)
        self._candidates: list[MetricColumn] = []

        self.shape = QComboBox()
        self.shape.setObjectName("analytics-shape")
        for key, name in shape_names().items():
            self.shape.addItem(name, key)
        self.shape.currentIndexChanged.connect(self._shape_changed)
        self.match = QComboBox()
        self.match.setObjectName("analytics-match")
        self.match.addItem(_tr("By name"), "name")
        self.match.addItem(_tr("By order (first step, first stage)"), "order")
        self.match.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.step_column = QLabel()
        self.step_column.setTextFormat(Qt.TextFormat.PlainText)
        self.step_column.setObjectName("analytics-step-column")
        form = QFormLayout()
        form.addRow(_tr("The file has:"), self.shape)
        form.addRow(_tr("Match steps to stages:"), self.match)
        form.addRow(self.step_column)

        self.metrics = QListWidget()
        self.metrics.setObjectName("analytics-metrics")
        self.metrics.setToolTip(_tr("Tick the columns to import as KPIs; double-click to rename a KPI."))
        self.metrics.itemChanged.connect(self._metric_edited)
        self.steps = QTableWidget(0, 3)
        self.steps.setObjectName("analytics-steps")
        self.steps.setHorizontalHeaderLabels([_tr("Step in the file"), _tr("Stage"), _tr("Matched by")])
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.metrics_box = QWidget()
        metrics_layout = QVBoxLayout(self.metrics_box)
        metrics_layout.setContentsMargins(0, 0, 0, 0)
        metrics_layout.addWidget(QLabel(_tr("KPIs from the columns:")))
        metrics_layout.addWidget(self.metrics)
        steps_box = QVBoxLayout()
        steps_box.addWidget(QLabel(_tr("Steps and their stages:")))
        steps_box.addWidget(self.steps)

        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.metrics_box, 1)
        row.addLayout(left, 2)
        row.addLayout(steps_box, 3)
        self.setLayout(row)

    # -- choices -----------------------------------------------------------------------------
    def set_shape(self, shape: str) -> None:
        self.shape.blockSignals(True)
        self.shape.setCurrentIndex(max(0, self.shape.findData(shape)))
        self.shape.blockSignals(False)

    def current_shape(self) -> str:
        return str(self.shape.currentData())

    def options(self, columns: dict[str, str]) -> Options:
        shape = self.current_shape()
        metrics = None
        if shape != "long" and self._candidates and self.metric_state:
            metrics = []
            for c in self._candidates:
                on, typed = self.metric_state.get(c.column, (True, ""))
                if on:  # "Revenue (DKK)" typed as the name gives the unit too
                    name, unit = split_header(typed) if typed else (c.name, "")
                    metrics.append(MetricColumn(c.column, name, unit or c.unit, c.target_column))
        return Options(shape=shape, metrics=metrics, match=str(self.match.currentData()),
                       stages=dict(self.chosen), columns=columns if shape == "long" else {})

    def _shape_changed(self, _index: int) -> None:
        self.metric_state.clear()
        self._candidates = []
        self.changed.emit()

    def _metric_edited(self, item: QListWidgetItem) -> None:
        column = item.data(Qt.ItemDataRole.UserRole)
        name = " ".join(item.text().split())
        self.metric_state[column] = (item.checkState() == Qt.CheckState.Checked, name)
        self.changed.emit()

    def _stage_picked(self, step: str, combo: QComboBox) -> None:
        data = combo.currentData()
        if data == "":
            self.chosen.pop(step, None)
        else:
            self.chosen[step] = None if data == SKIP else str(data)
        self.changed.emit()

    # -- showing a parse -----------------------------------------------------------------------
    def update_from(self, result: Optional[AnalyticsImport]) -> None:
        """Fill the KPI list and the steps table from the latest parse."""
        wide = result is not None and result.shape != "long"
        self.metrics_box.setVisible(wide)
        self.step_column.setText(_tr('Steps are read from the column "{column}".').format(
            column=result.step_column) if wide and result is not None and result.shape == "stages" else "")
        if result is None:
            self.steps.setRowCount(0)
            return
        if [c.column for c in result.candidates] != [c.column for c in self._candidates]:
            self._candidates = list(result.candidates)
            self.metric_state = {c.column: (True, c.name) for c in self._candidates}
        self._fill_metrics()
        self._fill_steps(result)

    def _fill_metrics(self) -> None:
        self.metrics.blockSignals(True)
        self.metrics.clear()
        for column in self._candidates:
            on, name = self.metric_state.get(column.column, (True, column.name))
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, column.column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            tip = _tr('Column "{column}"').format(column=column.column)
            if column.target_column:
                tip += "\n" + _tr('Targets from the column "{column}"').format(column=column.target_column)
            item.setToolTip(plain_tooltip(tip))
            self.metrics.addItem(item)
        self.metrics.blockSignals(False)

    def _fill_steps(self, result: AnalyticsImport) -> None:
        steps = list(result.matches.items())[:MAX_STEPS]
        self.steps.setUpdatesEnabled(False)
        self.steps.setRowCount(len(steps))
        for row, (step, match) in enumerate(steps):
            item = QTableWidgetItem(step)
            item.setToolTip(plain_tooltip(step))
            self.steps.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"analytics-stage-{row}")
            combo.addItem(_tr("(no stage)"), "")
            for stage in self.doc.stages:
                combo.addItem(stage.name, stage.id)
            combo.addItem(_tr("(skip this step)"), SKIP)
            selected = SKIP if match.how == sm.SKIPPED else (match.stage_id or "")
            combo.setCurrentIndex(max(0, combo.findData(selected)))
            combo.currentIndexChanged.connect(lambda _i, s=step, c=combo: self._stage_picked(s, c))
            self.steps.setCellWidget(row, 1, combo)
            how = QTableWidgetItem(_how(match.how))
            if match.stage_id is None and match.how != sm.SKIPPED:
                how.setForeground(QColor("#C62828"))
            self.steps.setItem(row, 2, how)
        self.steps.resizeColumnsToContents()
        for column in range(2):
            self.steps.setColumnWidth(column, min(max(self.steps.columnWidth(column), 140), 260))
        self.steps.setUpdatesEnabled(True)

