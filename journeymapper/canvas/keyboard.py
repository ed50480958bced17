"""Keyboard use of the canvas.

Arrows move the selection between cards and cells, Tab/Shift+Tab walk the cards in
reading order, Enter or F2 edits the selected item in place, Alt+arrows move the
selected cards (repeated presses merge into one undo step) or the selected stage (Left/Right) or
lane (Up/Down) one place, Esc clears the selection.
With a curve point selected, Up/Down change its value and Left/Right go to the next stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent

from journeymapper.commands.cards import CardMove, MoveCards
from journeymapper.commands.connectors import AddConnector
from journeymapper.commands.lanes import MoveLane
from journeymapper.commands.stages import MoveStage
from journeymapper.layout.geometry import CardBox
from journeymapper.model import Connector, new_id

if TYPE_CHECKING:
    from journeymapper.canvas.host import CanvasHost
    from journeymapper.canvas.view import MapView
    from journeymapper.commands.base import Command

K = Qt.Key

# The canvas's own keys, for Help > Keyboard Shortcuts (translated there, context "Keyboard"); keep in
# step with handle_key below. (PySide6 types QT_TRANSLATE_NOOP as returning object; it returns the text.)
#: What the canvas's keys do, listed beside the keys in Help › Keyboard Shortcuts.
CANVAS_KEYS: tuple[tuple[str, object], ...] = (
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Keyboard", "Select the next or previous card")),
    ("←  →  ↑  ↓", QT_TRANSLATE_NOOP("Keyboard", "Select the card beside, above or below")),
    ("Enter, F2", QT_TRANSLATE_NOOP("Keyboard", "Edit the selected card, stage, lane or KPI cell in place")),
    ("Esc", QT_TRANSLATE_NOOP("Keyboard", "Clear the selection")),
    ("Alt+←  Alt+→", QT_TRANSLATE_NOOP("Keyboard", "Move the selected cards or stage one stage along")),
    ("Alt+↑  Alt+↓", QT_TRANSLATE_NOOP("Keyboard", "Move the selected cards up or down, or the selected lane")),
    ("↑  ↓", QT_TRANSLATE_NOOP("Keyboard", "With an emotion point selected: change its value")),
    ("←  →", QT_TRANSLATE_NOOP("Keyboard", "With an emotion point selected: go to the previous or next stage")),
    ("Space + drag", QT_TRANSLATE_NOOP("Keyboard", "Pan the map")),
)

ARROWS = {K.Key_Left: (-1, 0), K.Key_Right: (1, 0), K.Key_Up: (0, -1), K.Key_Down: (0, 1)}


def handle_key(view: MapView, event: QKeyEvent) -> bool:
    if view.editor.active:
        return False
    scene = view.map_scene
    key, mods = event.key(), event.modifiers()
    selected = scene.selected_ids()
    if key in (K.Key_Return, K.Key_Enter, K.Key_F2) and selected:
        if any(m.id == selected[0] for m in scene.doc.metrics):  # a KPI row: its cell's value and target
            return scene.metric_cells.edit_selected(selected[0])
        return view.editor.open(selected[0])
    if key == K.Key_Escape and selected:
        scene.select_ids([])
        return True
    if key in (K.Key_Tab, K.Key_Backtab):
        backwards = key == K.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
        return _select(view, _tab_target(view, backwards))
    if key in ARROWS:
        dx, dy = ARROWS[K(key)]
        points = scene.curve_points
        if points.point is not None and not mods & Qt.KeyboardModifier.AltModifier:  # a curve point
            return points.step_value(-dy) if dy else points.step_stage(dx)
        if mods & Qt.KeyboardModifier.AltModifier:
            return _move_header(view, selected, dx, dy) or _nudge(view, dx, dy)
        return _select(view, _arrow_target(view, dx, dy))
    return False


def _move_header(view: MapView, selected: list[str], dx: int, dy: int) -> bool:
    """Alt+Left/Right on a selected stage, Alt+Up/Down on a selected lane: one place along."""
    scene = view.map_scene
    if len(selected) != 1:
        return False
    stages, lanes = [s.id for s in scene.doc.stages], [lane.id for lane in scene.doc.lanes]
    item_id = selected[0]
    command: Command
    if item_id in stages and dx:
        order, command = stages, MoveStage(item_id, stages.index(item_id) + dx)
    elif item_id in lanes and dy:
        order, command = lanes, MoveLane(item_id, lanes.index(item_id) + dy)
    else:
        return item_id in stages or item_id in lanes  # the other arrows: the key is ours, nothing to do
    if 0 <= order.index(item_id) + (dx or dy) < len(order) and scene.push(command):
        scene.select_ids([item_id])
    return True


def connect_selected(scene: CanvasHost) -> Optional[str]:
    """Edit > Connect Cards: an arrow from the first of two selected cards to the second (in journey
    order: the earlier stage first); one undo step. Its id, or None (with a note why)."""
    cards = scene.selected_card_ids()
    if len(cards) != 2:
        scene.message.emit(QCoreApplication.translate("Keyboard", "Select two cards to connect them."))
        return None
    stage_index = {s.id: i for i, s in enumerate(scene.doc.stages)}

    def stage_of(card_id: str) -> int:
        box = scene.layout.card(card_id)
        return stage_index.get(box.stage_id, 0) if box is not None else 0

    cards.sort(key=stage_of)  # stable: in one stage, the map's order
    connector = Connector(id=new_id("cn-"), from_card=cards[0], to_card=cards[1])
    return connector.id if scene.push(AddConnector(connector)) else None


def _select(view: MapView, box: Optional[CardBox]) -> bool:
    if box is None:
        return False
    view.map_scene.select_ids([box.card_id])
    item = view.map_scene.card_item(box.card_id)
    if item is not None:
        view.ensureVisible(item.sceneBoundingRect(), 40, 40)
    return True


def _current(view: MapView) -> Optional[CardBox]:
    ids = view.map_scene.selected_card_ids()
    return view.map_scene.layout.card(ids[0]) if ids else None


def _tab_target(view: MapView, backwards: bool) -> Optional[CardBox]:
    cards = view.map_scene.layout.cards
    if not cards:
        return None
    current = _current(view)
    if current is None:
        return cards[-1] if backwards else cards[0]
    index = next(i for i, box in enumerate(cards) if box.card_id == current.card_id)
    return cards[(index + (-1 if backwards else 1)) % len(cards)]


def _arrow_target(view: MapView, dx: int, dy: int) -> Optional[CardBox]:
    layout = view.map_scene.layout
    current = _current(view)
    if current is None:
        return layout.cards[0] if layout.cards else None
    stages = [c.id for c in layout.stage_columns]
    lanes = [r.id for r in layout.lane_rows]
    cell = layout.cell_cards(current.lane_id, current.stage_id)
    if dy and 0 <= current.index + dy < len(cell):
        return cell[current.index + dy]
    if dx:
        s = stages.index(current.stage_id) + dx
        while 0 <= s < len(stages):
            target = layout.cell_cards(current.lane_id, stages[s])
            if target:
                return target[min(current.index, len(target) - 1)]
            s += dx
        return None
    lane = lanes.index(current.lane_id) + dy
    while 0 <= lane < len(lanes):
        target = layout.cell_cards(lanes[lane], current.stage_id)
        if target:
            return target[-1] if dy < 0 else target[0]
        lane += dy
    return None


def _nudge(view: MapView, dx: int, dy: int) -> bool:
    """Move the selected cards one place (up/down in the cell) or one stage (left/right)."""
    scene = view.map_scene
    layout = scene.layout
    boxes = [b for b in (layout.card(i) for i in scene.selected_card_ids()) if b is not None]
    if not boxes:
        return False
    stages = [c.id for c in layout.stage_columns]
    moves = []
    for box in boxes:
        if dx:
            s = stages.index(box.stage_id) + dx
            if not 0 <= s < len(stages):
                return True  # at the edge: nothing to do, but the key is ours
            order = len(layout.cell_cards(box.lane_id, stages[s]))
            moves.append(CardMove(box.card_id, box.lane_id, stages[s], order))
        else:
            size = len(layout.cell_cards(box.lane_id, box.stage_id))
            order = box.index + dy
            if not 0 <= order < size:
                return True
            moves.append(CardMove(box.card_id, box.lane_id, box.stage_id, order))
    ids = [m.card_id for m in moves]
    if scene.push(MoveCards(moves, nudge=True)):
        scene.select_ids(ids)
    return True


def commit_or_cancel(event: QKeyEvent, committed: SignalInstance, cancelled: SignalInstance) -> bool:
    """The small editors over the canvas: Enter commits, Escape cancels; True if the key was one of them."""
    if event.key() == Qt.Key.Key_Escape:
        cancelled.emit()
        return True
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        committed.emit()
        return True
    return False
