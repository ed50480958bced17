"""The editor without a mouse: moving focus between the canvas and the docks, inserting from the palette
with Enter, typing straight into what was just inserted, and giving every control an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from journeymapper.canvas.palette_mime import PaletteEntry
from journeymapper.model import LaneKind
from journeymapper.ui.docks import LazyDock

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow

#: The lane kind a palette card entry belongs in.
_CARD_LANES = {"touchpoint": LaneKind.TOUCHPOINTS, "action": LaneKind.ACTIONS, "thought": LaneKind.THOUGHTS,
               "pain_point": LaneKind.PAIN_POINTS, "opportunity": LaneKind.OPPORTUNITIES, "goal": LaneKind.GOALS,
               "note": LaneKind.TEXT}


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyboardAccess", text)


# -- focus between the canvas and the docks (F6, Ctrl+Tab) --------------------------------------------

def focus_areas(window: MainWindow) -> list[QWidget]:
    """The canvas, then each open dock's contents, in the order View > Panels lists them."""
    areas: list[QWidget] = [window.view]
    for dock in window.docks:
        if dock.toggleViewAction().isChecked():  # open, if perhaps behind another dock's tab
            content = dock.content() if isinstance(dock, LazyDock) else dock.widget()
            if content is not None:
                areas.append(content)
    return areas


def cycle_focus(window: MainWindow, step: int = 1) -> Optional[QWidget]:
    """Move keyboard focus to the next (``step`` 1) or previous (-1) area; returns the widget focused."""
    areas = focus_areas(window)
    focused = QApplication.focusWidget()
    current = next((i for i, area in enumerate(areas)
                    if focused is not None and (focused is area or area.isAncestorOf(focused))), -1)
    for offset in range(1, len(areas) + 1):
        area = areas[(current + step * offset) % len(areas)]
        dock = area.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.raise_()  # a dock behind a tab comes to the front
        target = _first_focusable(area)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return target
    return None


def _first_focusable(area: QWidget) -> Optional[QWidget]:
    if area.focusPolicy() & Qt.FocusPolicy.TabFocus and area.isEnabled():
        return area
    for child in area.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled() and child.isVisibleTo(area):
            return child
    return None


# -- inserting from the keyboard ----------------------------------------------------------------------

def insert_and_edit(window: MainWindow, insert: Callable[[], Optional[str]]) -> Optional[str]:
    """Run an Insert command; the new card, stage or lane is then edited in place (typing goes into it)."""
    new_id = insert()
    if new_id:
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        window.view.editor.open(new_id)
    return new_id


def insert_palette_entry(window: MainWindow, entry: PaletteEntry) -> Optional[str]:
    """Enter on a palette entry: insert it at the current cell (the selected card's, else the first one
    that fits), as a drop there would; cards, stages and lanes then open for typing."""
    scene = window.scene
    layout, doc = scene.layout, scene.doc
    cell = scene.current_cell()
    if cell is None:
        selected = set(scene.selected_ids())
        stage = next((s.id for s in doc.stages if s.id in selected), doc.stages[0].id if doc.stages else None)
        lane = next((lane.id for lane in doc.lanes if lane.id in selected), doc.lanes[0].id if doc.lanes else None)
        cell = (lane, stage) if lane and stage else None
    if entry.kind == "card" and cell is not None:
        kind = _CARD_LANES.get(entry.detail)
        current = next((lane for lane in doc.lanes if lane.id == cell[0]), None)
        if kind is not None and (current is None or current.kind is not kind):
            fitting = next((lane.id for lane in doc.lanes if lane.kind is kind), None)
            cell = (fitting, cell[1]) if fitting else cell
    if entry.kind == "curve" and cell is not None:
        emotions = next((lane.id for lane in doc.lanes if lane.kind is LaneKind.EMOTIONS), None)
        cell = (emotions, cell[1]) if emotions else cell
    rect = layout.cell_rect(*cell) if cell is not None else None
    if rect is None:
        if entry.kind not in ("stage", "lane"):
            scene.message.emit(_tr("Add a stage and a lane first."))
            return None
        x, y = layout.grid.right - 1, layout.grid.bottom - 1  # an empty map: at the end
    elif entry.kind == "card":
        x, y = rect.cx, rect.bottom - 1  # the end of the cell
    else:
        x, y = rect.right - 1, rect.bottom - 1  # after the current stage / lane
    if entry.kind == "stage" and layout.stage_headers:
        y = layout.stage_headers[0].rect.cy
    if entry.kind == "lane":
        x = layout.grid.cx
    new_id = scene.ops.drop(entry, x, y)
    if new_id and entry.kind in ("card", "stage", "lane"):
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        window.view.editor.open(new_id)
    return new_id


__all__ = ["cycle_focus", "focus_areas", "insert_and_edit", "insert_palette_entry"]
