"""The small editor over a KPI cell: value and, Tab, target (see metric_cells.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from journeymapper.canvas.keyboard import commit_or_cancel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricCells", text)


class MetricCellEditor(QFrame):
    """Value and target fields over a KPI cell."""

    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget, value: str, target: str) -> None:
        super().__init__(parent)
        self.setObjectName("kpi-cell-editor")
        self.setStyleSheet("#kpi-cell-editor { background: #FFFFFF; border: 2px solid #1E88E5; "
                           "border-radius: 3px; } QLineEdit { color: #212121; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(4)
        #: The texts it opened with: a field left as it was writes nothing back.
        self.opened = (value, target)
        self.value = QLineEdit(value)
        self.value.setObjectName("kpi-value-editor")
        self.value.setPlaceholderText(_tr("value"))
        self.value.setAccessibleName(_tr("KPI value"))
        self.target = QLineEdit(target)
        self.target.setObjectName("kpi-target-editor")
        self.target.setPlaceholderText(_tr("none"))
        self.target.setAccessibleName(_tr("KPI target"))
        label = QLabel(_tr("target"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.value, 1)
        row.addWidget(label)
        row.addWidget(self.target, 1)
        self.setFocusProxy(self.value)
        self.value.selectAll()
        for edit in (self.value, self.target):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab goes between the two fields (the view would take it to the next widget of the window).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            other = self.target if watched is self.value else self.value
            other.setFocus(Qt.FocusReason.TabFocusReason)
            other.selectAll()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not commit_or_cancel(event, self.committed, self.cancelled):
            super().keyPressEvent(event)


__all__ = ["MetricCellEditor"]
