"""Insert > KPI…: add a metric to the map's KPI lane, from the presets or with a name of one's own.

The presets are the journey-analytics KPIs of :data:`journeymapper.analysis.funnel.KPI_PRESETS`,
named in the map's language (English or Danish). The metric goes into the first KPI
lane; a map without one gets a KPI lane in the same undo step.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.analysis.funnel import KPI_PRESETS, KpiPreset
from journeymapper.commands.imports import add_kpi, kpi_lane
from journeymapper.model import MAX_TEXT, JourneyMap, Language
from journeymapper.ui.session import MapSession

CONTEXT = "KpiPresets"
_PRESET = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def preset_name(preset: KpiPreset, doc: JourneyMap) -> str:
    """The preset's name in the map's language (the map's words, not the interface's)."""
    return preset.name_da if doc.language is Language.DA else preset.name_en


class KpiPresetDialog(QDialog):
    """Pick a preset (or type a name), adjust unit and direction; :meth:`values` is the result."""

    def __init__(self, doc: JourneyMap, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("kpi-preset-dialog")
        self.setWindowTitle(_tr("Add KPI"))
        self.resize(440, 460)
        existing = {m.name.casefold() for m in doc.metrics}

        self.presets = QListWidget()
        self.presets.setObjectName("kpi-presets")
        for preset in KPI_PRESETS:
            name = preset_name(preset, doc)
            unit = preset.unit_for(doc.language)
            item = QListWidgetItem(f"{name}  ({unit})" if unit else name)
            item.setData(_PRESET, preset.key)
            if name.casefold() in existing:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(_tr("This map already has this KPI."))
            self.presets.addItem(item)
        self.presets.currentItemChanged.connect(lambda item, _old: self._take(item))
        self.presets.itemDoubleClicked.connect(lambda _item: self._accept_if_valid())

        self.name = QLineEdit()
        self.name.setObjectName("kpi-name")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(_tr("e.g. Newsletter sign-ups"))
        self.name.textChanged.connect(lambda _t: self._update())
        self.unit = QLineEdit()
        self.unit.setObjectName("kpi-unit")
        self.unit.setMaxLength(40)
        self.unit.setPlaceholderText(_tr("%, s, kr, customers…"))
        self.higher = QCheckBox(_tr("Higher values are better"))
        self.higher.setObjectName("kpi-higher-is-better")
        self.higher.setChecked(True)

        form = QFormLayout()
        form.addRow(_tr("Name"), self.name)
        form.addRow(_tr("Unit"), self.unit)
        form.addRow("", self.higher)
        where = QLabel(self._where_text())
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Add KPI"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Presets")))
        layout.addWidget(self.presets, 1)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self._update()

    def _where_text(self) -> str:
        lane = kpi_lane(self.doc)
        if lane is None:
            return _tr("The map has no KPI lane yet: one is added with the KPI.")
        return _tr("The KPI is added to the lane “{lane}”. Give it values per stage in the map.").format(
            lane=lane.title)

    def _take(self, item: Optional[QListWidgetItem]) -> None:
        preset = next((p for p in KPI_PRESETS if item is not None and p.key == item.data(_PRESET)), None)
        if preset is not None:
            self.name.setText(preset_name(preset, self.doc))
            self.unit.setText(preset.unit_for(self.doc.language))
            self.higher.setChecked(preset.higher_is_better)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def _accept_if_valid(self) -> None:
        if self.name.text().strip():
            self.accept()

    def values(self) -> tuple[str, str, bool]:
        """Name, unit and whether higher is better."""
        return self.name.text().strip()[:MAX_TEXT], self.unit.text().strip(), self.higher.isChecked()


def add_kpi_from_dialog(parent: Optional[QWidget], session: MapSession) -> Optional[str]:
    """Insert > KPI…: ask, then add the metric as one undo step; its id, or None if cancelled."""
    dialog = KpiPresetDialog(session.doc, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name, unit, higher = dialog.values()
    finally:
        dialog.deleteLater()
    command, metric_id = add_kpi(session.doc, name, unit, higher)
    session.push(command)
    return metric_id


__all__ = ["KpiPresetDialog", "add_kpi_from_dialog", "preset_name"]
