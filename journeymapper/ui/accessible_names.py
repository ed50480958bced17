"""Accessible names: every control a user operates gets a name a screen reader can say.

Kept apart from keyboard_access.py (focus between panels), which needs the docks: the docks name the
controls of a panel they build late, so this module must not need them.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyboardAccess", text)


#: The widgets a user operates: each needs a name a screen reader can say. (Class names, tested with
#: QObject.inherits: importing the Python classes only to test against them costs start-up time.)
CONTROLS = ("QAbstractButton", "QAbstractItemView", "QAbstractSpinBox", "QComboBox", "QLineEdit", "QPlainTextEdit",
            "QTextEdit", "QGraphicsView")


def is_control(widget: QWidget) -> bool:
    return any(widget.inherits(name) for name in CONTROLS)


def name_controls(root: QWidget) -> None:
    """Give each control under ``root`` without an accessible name one: its form label, its own text,
    placeholder or tooltip (all already translated)."""
    labels: dict[QWidget, str] = {}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            text = label_widget.text() if isinstance(label_widget, QLabel) else ""
            widget = field.widget() if field is not None else None
            if widget is not None and text:
                labels[widget] = text
                for child in widget.findChildren(QWidget):
                    labels.setdefault(child, text)
    for widget in [root, *root.findChildren(QWidget)]:  # parents before their children
        if is_control(widget) and not widget.accessibleName():
            name = _name_of(widget, labels.get(widget, "")) or _part_name(widget)
            if name:
                widget.setAccessibleName(name)
        if widget.inherits("QComboBox") and widget.accessibleName():  # its drop-down list
            widget.view().setAccessibleName(widget.accessibleName())  # type: ignore[attr-defined]


def _part_name(widget: QWidget) -> str:
    """A name for a part of a bigger control (a table's header) or for a panel's only list."""
    parent = widget.parentWidget()
    if widget.inherits("QHeaderView") and parent is not None:
        horizontal = widget.orientation() == Qt.Orientation.Horizontal  # type: ignore[attr-defined]
        what = _tr("column headers") if horizontal else _tr("row headers")
        return f"{parent.accessibleName() or _dock_title(parent)}: {what}".lstrip(": ")
    if widget.objectName() in ("qt_menubar_ext_button", "qt_toolbar_ext_button"):
        return _tr("More")
    if widget.objectName() == "qt_tableview_cornerbutton":
        return _tr("Select all")
    return _dock_title(widget)


def _dock_title(widget: QWidget) -> str:
    parent: Optional[QWidget] = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent.windowTitle() if parent is not None else ""


def _name_of(widget: QWidget, label: str) -> str:
    own = ""
    if widget.inherits("QAbstractButton"):
        own = widget.text()  # type: ignore[attr-defined]
    elif widget.inherits("QLineEdit") or widget.inherits("QPlainTextEdit"):
        own = widget.placeholderText()  # type: ignore[attr-defined]
    text = own.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    if label and text and text != label:
        return f"{label.rstrip(':')}: {text}"
    return label.rstrip(":") or text or widget.toolTip() or widget.windowTitle()




__all__ = ["CONTROLS", "is_control", "name_controls"]
