"""A KPI cell edited in place: its value and target, typed in the interface language's number format.

Double-click a KPI cell, or select a KPI row and press F2 or Enter: a small editor opens over
the cell with the value (and, Tab, the target). Return or clicking elsewhere commits both as
one undo step, Esc cancels. "2,2" is read as 2.2 in Danish; an empty field means "not measured".
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from journeymapper.commands.base import Composite
from journeymapper.commands.metrics import SetMetricValue
from journeymapper.model import Metric

if TYPE_CHECKING:
    from journeymapper.canvas.metric_cell_editor import MetricCellEditor
    from journeymapper.canvas.scene import MapScene


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricCells", text)


# -- numbers in the interface language ---------------------------------------------------------

def format_number(value: Optional[float]) -> str:
    """``value`` as the interface language writes it ("2,2" in Danish); "" for none."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


def parse_number(text: str) -> Optional[float]:
    """A number typed in the interface language's format (the C format is also read); None if empty.

    Raises ValueError naming the text if it is not a number.
    """
    text = text.strip()
    if not text:
        return None
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok and math.isfinite(value):
            return value
    raise ValueError(_tr("“{text}” is not a number.").format(text=text))


# -- which cell, and its in-place editor (metric_cell_editor.py) -------------------------------

class MetricCells(QObject):
    """Which KPI cell is current (the last one clicked) and its in-place editor."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene = scene
        #: (metric id, stage id) of the cell last clicked.
        self.current: Optional[tuple[str, str]] = None
        self.editor: Optional[MetricCellEditor] = None
        self._watching = False  # connected to the application's focusChanged

    def stage_at(self, metric_id: str, x: float) -> Optional[str]:
        return next((c.id for c in self.scene.layout.stage_columns if c.start <= x < c.end), None)

    def clicked(self, metric_id: str, x: float) -> None:
        stage_id = self.stage_at(metric_id, x)
        if stage_id is not None:
            self.current = (metric_id, stage_id)

    def edit_selected(self, metric_id: str) -> bool:
        """F2/Enter on a selected KPI row: edit its current cell (the first stage if none was clicked)."""
        stages = self.scene.doc.stages
        if not stages:
            return False
        stage_id = self.current[1] if self.current and self.current[0] == metric_id else stages[0].id
        return self.edit(metric_id, stage_id)

    def edit(self, metric_id: str, stage_id: str) -> bool:
        """Open the in-place editor over the cell of ``metric_id`` in ``stage_id``."""
        scene = self.scene
        metric = next((m for m in scene.doc.metrics if m.id == metric_id), None)
        row = next((r for r in scene.layout.metric_rows if r.metric_id == metric_id), None) if metric else None
        cell = next((c for c in row.cells if c.stage_id == stage_id), None) if row else None
        views = scene.views()
        if metric is None or cell is None or not views:
            return False
        from journeymapper.canvas.metric_cell_editor import MetricCellEditor  # loaded when first used

        self.close(commit=True)
        self.current = (metric_id, stage_id)
        view = views[0]
        view.ensureVisible(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h, 20, 20)
        editor = MetricCellEditor(view.viewport(), format_number(metric.values.get(stage_id)),
                                  format_number(metric.targets.get(stage_id)))
        top_left = view.mapFromScene(cell.rect.x, cell.rect.y)
        width = max(180, round(cell.rect.w * view.transform().m11()))
        editor.setGeometry(top_left.x(), top_left.y(), width, 30)
        editor.committed.connect(lambda: self.close(commit=True))
        editor.cancelled.connect(lambda: self.close(commit=False))
        self.editor = editor
        editor.show()
        editor.value.setFocus(Qt.FocusReason.OtherFocusReason)
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._watching:
            app.focusChanged.connect(self._focus_changed)
            self._watching = True
        return True

    def _focus_changed(self, _old: Optional[QWidget], new: Optional[QWidget]) -> None:
        editor = self.editor
        if editor is not None and shiboken6.isValid(editor) and new is not None and not editor.isAncestorOf(new):
            self.close(commit=True)  # clicking elsewhere commits

    def close(self, commit: bool) -> None:
        editor, self.editor = self.editor, None
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching:
            app.focusChanged.disconnect(self._focus_changed)
            self._watching = False
        if editor is None or not shiboken6.isValid(editor):
            return
        texts = editor.value.text(), editor.target.text()
        opened = editor.opened
        focused = QApplication.focusWidget()
        had_focus = focused is not None and editor.isAncestorOf(focused)
        editor.hide()
        editor.deleteLater()
        views = self.scene.views()
        if had_focus and views:
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)
        if commit and self.current is not None and texts != opened:
            self._commit(*self.current, texts, opened)

    def _commit(self, metric_id: str, stage_id: str, texts: tuple[str, str], opened: tuple[str, str]) -> None:
        """Write the fields the user changed; the others keep what the cell holds now (it may have
        changed elsewhere while the editor was open)."""
        metric = next((m for m in self.scene.doc.metrics if m.id == metric_id), None)
        if metric is None:
            return
        try:
            value = parse_number(texts[0]) if texts[0] != opened[0] else metric.values.get(stage_id)
            target = parse_number(texts[1]) if texts[1] != opened[1] else metric.targets.get(stage_id)
        except ValueError as error:
            self.scene.message.emit(str(error))
            return
        command = set_cell_command(metric, stage_id, value, target)
        if command is not None:
            self.scene.push(command)


def set_cell_command(metric: Metric, stage_id: str, value: Optional[float],
                     target: Optional[float]) -> Optional[Composite]:
    """One undo step setting a KPI cell; None if it already holds these numbers."""
    if metric.values.get(stage_id) == value and metric.targets.get(stage_id) == target:
        return None
    command = SetMetricValue(metric.id, stage_id, value, target)
    return Composite(command.name, [command])  # its own step: SetMetricValue merges with the next


__all__ = ["MetricCells", "format_number", "parse_number", "set_cell_command"]
