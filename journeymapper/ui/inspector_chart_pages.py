"""Inspector pages for the chart-like lanes: an emotion curve's point and a KPI's values.

Like every page, these never write to the model: each edit is one command pushed by the host.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from journeymapper.canvas.metric_cells import format_number, parse_number, set_cell_command
from journeymapper.canvas.names import variant_name
from journeymapper.commands.base import Command, Composite
from journeymapper.commands.curves import SetCurvePoint
from journeymapper.commands.metrics import SetMetricFields
from journeymapper.commands.stages import neutral_value
from journeymapper.model import Curve, CurvePoint, Metric
from journeymapper.ui.inspector_pages import Field, Host, Page, blocked, set_line_text


class PointItem(NamedTuple):
    """What the curve page shows: the curve, the stage of its current point and that point (None: a gap)."""

    curve: Curve
    stage_id: str
    point: Optional[CurvePoint]


def _set_point(item: PointItem, value: int, label: Optional[str] = None) -> Command:
    command = SetCurvePoint(item.curve.id, item.stage_id, value, label)
    return Composite(command.name, [command])  # its own undo step (SetCurvePoint merges)


class CurvePage(Page):
    """One emotion curve and its selected point: persona, stage, value (or "no value") and label."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.persona = self.plain_label("curve-persona")
        self.form.addRow(tr("Persona"), self.persona)
        self.variant = self.plain_label("curve-variant")
        self.form.addRow(tr("Curve"), self.variant)
        self.stage = self.combo("curve-stage", [])
        self.stage.setToolTip(tr("The stage whose point is shown (Left/Right on the canvas)"))
        self.stage.currentIndexChanged.connect(self._stage_chosen)
        self.form.addRow(tr("Stage"), self.stage)

        self.value = self.spin_box("curve-value", -1000, 1000)
        self.value.setToolTip(tr("Up/Down on the canvas change it by one step"))
        self.no_value = QLabel(tr("no value"))
        self.no_value.setObjectName("curve-no-value")
        self.no_value.setTextFormat(Qt.TextFormat.PlainText)
        self.set_value = QPushButton(tr("Set Value"))
        self.set_value.setObjectName("curve-set-value")
        self.set_value.setToolTip(tr("Give this curve a value at this stage"))
        self.set_value.clicked.connect(self._set_neutral)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.value, self.no_value, self.set_value):
            line.addWidget(widget)
        line.addStretch(1)
        self.form.addRow(tr("Value"), row)

        def show_value(value: Optional[int]) -> None:
            with blocked(self.value):
                self.value.setValue(0 if value is None else value)

        self.add(Field(lambda item: item.point.value if item.point else None, show_value,
                       lambda: self.value.value() if self._item_has_point() else None,
                       lambda v, item: None if v is None else _set_point(item, v)),
                 self.value.valueChanged)
        self.label = self.line_edit("curve-label", tr("What the customer feels here"), 500)
        self.text_field(tr("Label"), self.label, lambda item: item.point.label if item.point else "",
                        lambda v, item: _set_point(item, item.point.value, v) if item.point else None)
        self.gap_hint = self.hint(tr("The research has no value for this stage yet: the curve is drawn "
                                     "through its neighbours with a faint dotted bridge."))
        self.form.addRow("", self.gap_hint)

    def _host_points(self) -> Any:
        return self.host.curve_points()  # type: ignore[attr-defined]

    def _item_has_point(self) -> bool:
        item = self.item()
        return bool(item and item.point)

    def item(self) -> Optional[PointItem]:
        doc = self.host.document()
        curve = next((c for c in doc.curves if self.ids and c.id == self.ids[0]), None)
        if curve is None or not doc.stages:
            return None
        current = self._host_points().point
        stage_id = current[1] if current and current[0] == curve.id else None
        if stage_id is None:  # the curve itself was clicked: its first point (or first stage)
            stage_id = curve.points[0].stage_id if curve.points else doc.stages[0].id
        point = next((p for p in curve.points if p.stage_id == stage_id), None)
        return PointItem(curve, stage_id, point)

    def prepare(self, item: PointItem) -> None:
        doc = self.host.document()
        persona = next((p for p in doc.personas if p.id == item.curve.persona_id), None)
        self.persona.setText(persona.name if persona else "")
        self.variant.setText(variant_name(item.curve.variant))
        with blocked(self.stage):
            stages = [(s.name or self.tr("untitled"), s.id) for s in doc.stages]
            if [(self.stage.itemText(i), self.stage.itemData(i)) for i in range(self.stage.count())] != stages:
                self.stage.clear()
                for text, stage_id in stages:
                    self.stage.addItem(text, stage_id)
            self.stage.setCurrentIndex(self.stage.findData(item.stage_id))
        self.value.setRange(doc.emotion_scale.min, doc.emotion_scale.max)
        gap = item.point is None
        self.value.setVisible(not gap)
        self.no_value.setVisible(gap)
        self.set_value.setVisible(gap)
        self.gap_hint.setVisible(gap)
        self.label.setEnabled(not gap)
        if gap:
            set_line_text(self.label, "")

    def _stage_chosen(self) -> None:
        item = self.item()
        stage_id = self.stage.currentData()
        if item is not None and stage_id and stage_id != item.stage_id:
            self._host_points().select(item.curve.id, stage_id)

    def _set_neutral(self) -> None:
        item = self.item()
        if item is not None and item.point is None:
            self.host.push_command(_set_point(item, neutral_value(self.host.document())))
            self.sync()
            self.value.setFocus()


class MetricPage(Page):
    """One KPI: name, unit, direction, and a table of stages × value / target edited in place."""

    VALUE, TARGET = 0, 1

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        tr = self.tr
        self.name = self.line_edit("metric-name", tr("KPI name"))
        self.text_field(tr("Name"), self.name, lambda m: m.name, lambda v, m: SetMetricFields(m.id, name=v))
        self.unit = self.line_edit("metric-unit", tr("e.g. %, €, s"), 40)
        self.text_field(tr("Unit"), self.unit, lambda m: m.unit, lambda v, m: SetMetricFields(m.id, unit=v))
        self.direction = self.combo("metric-direction", [(tr("Higher is better"), "higher"),
                                                         (tr("Lower is better"), "lower")])
        self.combo_field(tr("Direction"), self.direction,
                         lambda m: "higher" if m.higher_is_better else "lower",
                         lambda v, m: SetMetricFields(m.id, higher_is_better=v == "higher"))
        # Where the values come from; an analytics import fills it in ("GA4, 2026-10-01 – 2026-10-31").
        self.source = self.line_edit("metric-source", tr("e.g. GA4, October 2026"))
        self.text_field(tr("Source"), self.source, lambda m: m.source, lambda v, m: SetMetricFields(m.id, source=v))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("metric-values")
        self.table.setAccessibleName(tr("Values and targets by stage"))
        self.table.setHorizontalHeaderLabels([tr("Value"), tr("Target")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._cell_edited)
        self.form.addRow(self.table)
        self.form.addRow("", self.hint(tr("Empty means not measured. Double-click a cell or press F2 to edit.")))
        self._filling = False

    def item(self) -> Optional[Metric]:
        doc = self.host.document()
        return next((m for m in doc.metrics if self.ids and m.id == self.ids[0]), None)

    def prepare(self, metric: Metric) -> None:
        stages = self.host.document().stages
        unit = f" {metric.unit}" if metric.unit else ""
        self.table.setHorizontalHeaderLabels([self.tr("Value") + unit, self.tr("Target") + unit])
        self._filling = True
        try:
            if self.table.property("stages") != [s.id for s in stages]:
                self.table.setRowCount(len(stages))
                self.table.setProperty("stages", [s.id for s in stages])
                for r in range(len(stages)):
                    for c in (self.VALUE, self.TARGET):
                        blank = QTableWidgetItem()
                        blank.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        self.table.setItem(r, c, blank)
            for r, stage in enumerate(stages):
                name = stage.name or self.tr("untitled")
                header = self.table.verticalHeaderItem(r)
                if header is None or header.text() != name:
                    self.table.setVerticalHeaderItem(r, QTableWidgetItem(name))
                for c, number in ((self.VALUE, metric.values.get(stage.id)),
                                  (self.TARGET, metric.targets.get(stage.id))):
                    cell = self.table.item(r, c)
                    if cell is not None and cell.text() != format_number(number):
                        cell.setText(format_number(number))
        finally:
            self._filling = False
        # Tall enough for every stage (up to a dozen) without scrolling inside the inspector's own scroll.
        rows = min(len(stages), 12)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setMinimumHeight(max(120, height))

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        metric = self.item()
        if self._filling or metric is None:
            return
        stages = self.host.document().stages
        row = cell.row()
        if not 0 <= row < len(stages):
            return
        stage_id = stages[row].id
        value, target = metric.values.get(stage_id), metric.targets.get(stage_id)
        try:
            number = parse_number(cell.text())
        except ValueError as error:
            self.host.show_error(str(error))
            number = value if cell.column() == self.VALUE else target
        if cell.column() == self.VALUE:
            value = number
        else:
            target = number
        command = set_cell_command(metric, stage_id, value, target)
        if command is not None:
            self.host.push_command(command)
        # Afterwards: the table is still committing its editor ("2.20" is shown as "2.2", a wrong text
        # as the number the map keeps).
        QTimer.singleShot(0, self.sync)


__all__ = ["CurvePage", "MetricPage", "PointItem"]
