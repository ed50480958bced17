"""Adding, showing, hiding and removing emotion curves: the palette drop, lane menu and persona panel.

Each user action is one command (a :class:`Composite` when it also creates a
persona). A new curve has a neutral point (0, or the scale's end nearest 0)
for every stage. A drop asks whose curve it is (a menu of the personas still
without a curve there, and "New persona…"): it never makes a persona silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QTimer

from journeymapper.canvas import names
from journeymapper.commands.base import Command, Composite
from journeymapper.commands.curves import AddCurve, SetCurveFields
from journeymapper.commands.lanes import AddLane
from journeymapper.commands.personas import AddPersona
from journeymapper.commands.removal import RemoveItems
from journeymapper.commands.stages import neutral_value
from journeymapper.model import (
    LANE_COLOURS,
    Curve,
    CurvePoint,
    CurveVariant,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    new_id,
)
from journeymapper.model.colours import PERSONA_COLOURS, distinct_colour
from journeymapper.model.queries import find_lane

if TYPE_CHECKING:
    from journeymapper.canvas.host import CanvasHost, ItemHost


def _tr(text: str) -> str:
    return QCoreApplication.translate("Curves", text)


def variant_name(variant: CurveVariant) -> str:
    return names.variant_name(variant)


def curve_title(doc: JourneyMap, curve: Curve) -> str:
    """"Mikkel (as-is)": the persona's name and the variant, as plain text."""
    persona = next((p for p in doc.personas if p.id == curve.persona_id), None)
    name = persona.name if persona and persona.name.strip() else _tr("Unnamed persona")
    return _tr("{name} ({variant})").format(name=name, variant=variant_name(curve.variant))


def persona_name(persona: Persona) -> str:
    return persona.name if persona.name.strip() else _tr("Unnamed persona")


# -- new personas and curves ------------------------------------------------------------------

def next_persona_colour(doc: JourneyMap) -> str:
    """A colour clearly apart from every persona's (not merely another hex code of the same blue)."""
    return distinct_colour(p.colour for p in doc.personas)


def new_persona(doc: JourneyMap, name: str = "") -> Persona:
    """``name`` (default: "Persona N" with the first N not taken), in a colour clearly apart from the others'."""
    if not name:
        names = {p.name for p in doc.personas}
        n = len(doc.personas) + 1
        while _tr("Persona {n}").format(n=n) in names:
            n += 1
        name = _tr("Persona {n}").format(n=n)
    return Persona(id=new_id("p-"), name=name, colour=next_persona_colour(doc))


def new_curve(doc: JourneyMap, lane_id: str, persona_id: str, variant: CurveVariant) -> Curve:
    value = neutral_value(doc)
    return Curve(id=new_id("cv-"), lane_id=lane_id, persona_id=persona_id, variant=variant,
                 points=[CurvePoint(stage_id=s.id, value=value) for s in doc.stages])


def lane_curves(doc: JourneyMap, lane_id: str) -> list[Curve]:
    return [c for c in doc.curves if c.lane_id == lane_id]


def has_curve(doc: JourneyMap, lane_id: str, persona_id: str, variant: CurveVariant) -> bool:
    return any(c.persona_id == persona_id and c.variant is variant for c in lane_curves(doc, lane_id))


def add_curve_command(doc: JourneyMap, lane_id: str, persona_id: Optional[str],
                      variant: CurveVariant = CurveVariant.AS_IS, name: str = "") -> tuple[Command, Curve]:
    """One undo step adding a curve (and a new persona, ``name``, for it when ``persona_id`` is None)."""
    commands: list[Command] = []
    if persona_id is None:
        persona = new_persona(doc, name)
        commands.append(AddPersona(persona))
        persona_id = persona.id
    curve = new_curve(doc, lane_id, persona_id, variant)
    commands.append(AddCurve(curve))
    return Composite("Add Curve", commands), curve


def choose_curve(doc: JourneyMap, lane_id: str,
                 selected: Optional[str] = None) -> tuple[Optional[str], CurveVariant]:
    """Which curve a drop adds: (persona id or None for a new persona, variant).

    The to-be curve of the ``selected`` persona if it has only its as-is one here; else the
    as-is curve of the first persona with no curve in this lane; else a new persona's.
    """
    def has(pid: str, variant: CurveVariant) -> bool:
        return has_curve(doc, lane_id, pid, variant)

    if selected is not None and any(p.id == selected for p in doc.personas):
        if not has(selected, CurveVariant.AS_IS):
            return selected, CurveVariant.AS_IS
        if not has(selected, CurveVariant.TO_BE):
            return selected, CurveVariant.TO_BE
    for persona in doc.personas:
        if not has(persona.id, CurveVariant.AS_IS) and not has(persona.id, CurveVariant.TO_BE):
            return persona.id, CurveVariant.AS_IS
    return None, CurveVariant.AS_IS


def selected_persona(scene: CanvasHost) -> Optional[str]:
    """The persona the user is working on: that of a selected curve, else the persona filter."""
    curves = {c.id: c.persona_id for c in scene.doc.curves}
    for item_id in scene.selected_ids():
        if item_id in curves:
            return curves[item_id]
    return scene.filtered_persona()


# -- what the canvas calls -----------------------------------------------------------------------

def drop_curve(scene: ItemHost, x: float, y: float) -> Optional[str]:
    """The palette's "Emotion curve" dropped at (x, y): once the drop is over, ask whose curve it is
    and add it there (returns None: the curve does not exist yet)."""
    doc = scene.doc
    cell = scene.layout.cell_at(x, y)
    lane = find_lane(doc, cell[0]) if cell else None
    turn = lane is not None and lane.kind is not LaneKind.EMOTIONS and not _holds_anything(doc, lane.id)
    if lane is None or (not turn and lane.kind is not LaneKind.EMOTIONS):
        scene.message.emit(_tr("Emotion curves go in an emotions lane or an empty lane. Add one from "
                               "the Lanes section of the palette first."))
        return None
    lane_id = lane.id
    # Not inside the drop: a modal menu during a system drag-and-drop misbehaves on some platforms.
    QTimer.singleShot(0, lambda: shiboken6.isValid(scene) and _ask_and_add(scene, lane_id, turn, (x, y)))
    return None


def _ask_and_add(scene: ItemHost, lane_id: str, turn: bool, at: tuple[float, float]) -> Optional[str]:
    if find_lane(scene.doc, lane_id) is None:  # gone meanwhile
        return None
    answer = ask_whose_curve(scene, "" if turn else lane_id, at)
    if answer is None or find_lane(scene.doc, lane_id) is None:
        return None
    persona_id, variant, name = answer
    curve_id = (_make_emotions_lane(scene, lane_id, persona_id, name) if turn
                else add_curve(scene, lane_id, persona_id, variant, name))
    if curve_id and scene.doc.stages:
        scene.curve_points.select(curve_id, scene.doc.stages[0].id)
    return curve_id


def curve_choices(doc: JourneyMap, lane_id: str) -> list[tuple[str, CurveVariant]]:
    """The curves a drop can add in the lane: each persona without a curve there (as-is), and the
    to-be curve of a persona with only its as-is one."""
    choices = []
    for persona in doc.personas:
        as_is = has_curve(doc, lane_id, persona.id, CurveVariant.AS_IS)
        to_be = has_curve(doc, lane_id, persona.id, CurveVariant.TO_BE)
        if not as_is and not to_be:
            choices.append((persona.id, CurveVariant.AS_IS))
        elif as_is and not to_be:
            choices.append((persona.id, CurveVariant.TO_BE))
    return choices


def ask_whose_curve(scene: ItemHost, lane_id: str,
                    at: tuple[float, float]) -> Optional[tuple[Optional[str], CurveVariant, str]]:
    """A menu at the drop: the personas a curve can be added for, and "New persona…" (which asks for a
    name). (persona id or None for a new one, variant, new persona's name); None if cancelled."""
    from PySide6.QtGui import QAction  # the menu and dialog load when a curve is dropped, not at start-up
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

    doc = scene.doc
    menu = QMenu()
    menu.setObjectName("curve-persona-menu")
    personas = {p.id: p for p in doc.personas}
    preferred = choose_curve(doc, lane_id, selected_persona(scene))
    default: Optional[QAction] = None
    for persona_id, variant in curve_choices(doc, lane_id):
        text = persona_name(personas[persona_id])
        if variant is CurveVariant.TO_BE:
            text = _tr("{name} ({variant})").format(name=text, variant=variant_name(variant))
        action = menu.addAction(text)
        action.setObjectName(f"curve-for:{persona_id}:{variant.value}")
        action.setData((persona_id, variant.value))
        if (persona_id, variant) == preferred:
            default = action
    if menu.actions():
        menu.addSeparator()
    new = menu.addAction(_tr("New Persona…"))
    new.setObjectName("curve-for-new-persona")
    if default is not None:
        menu.setActiveAction(default)
    views = scene.views()
    pos = views[0].viewport().mapToGlobal(views[0].mapFromScene(QPointF(*at))) if views else None
    chosen = menu.exec(pos) if pos is not None else None
    if chosen is None:
        return None
    if chosen is new:
        parent = views[0] if views else None
        name, ok = QInputDialog.getText(parent, _tr("New Persona"), _tr("Name of the persona:"),
                                        QLineEdit.EchoMode.Normal, new_persona(doc).name)
        name = " ".join(name.split())
        return (None, CurveVariant.AS_IS, name) if ok and name else None
    persona_id, variant = chosen.data()
    return persona_id, CurveVariant(variant), ""


def _holds_anything(doc: JourneyMap, lane_id: str) -> bool:
    return any(c.lane_id == lane_id for c in doc.cards) or any(m.lane_id == lane_id for m in doc.metrics)


def _make_emotions_lane(scene: CanvasHost, lane_id: str, persona_id: Optional[str], name: str = "") -> Optional[str]:
    """An empty lane becomes an emotions lane with a curve: one undo step."""
    doc = scene.doc
    index = next(i for i, lane in enumerate(doc.lanes) if lane.id == lane_id)
    emotions = Lane(id=new_id("l-"), kind=LaneKind.EMOTIONS, title=names.lane_kind_name(LaneKind.EMOTIONS),
                    colour=LANE_COLOURS[LaneKind.EMOTIONS])
    add, curve = add_curve_command(doc, emotions.id, persona_id, CurveVariant.AS_IS, name)
    command = Composite("Add Emotion Curve", [RemoveItems([lane_id]), AddLane(emotions, index), add])
    return curve.id if scene.push(command) else None


def add_curve(scene: CanvasHost, lane_id: str, persona_id: Optional[str],
              variant: CurveVariant = CurveVariant.AS_IS, name: str = "") -> Optional[str]:
    """Add one curve (for a new persona if ``persona_id`` is None) as one undo step; its id or None."""
    doc = scene.doc
    if persona_id is not None and has_curve(doc, lane_id, persona_id, variant):
        persona = next(p for p in doc.personas if p.id == persona_id)
        scene.message.emit(_tr("{name} already has a {variant} curve in this lane.").format(
            name=persona_name(persona), variant=variant_name(variant)))
        return None
    command, curve = add_curve_command(doc, lane_id, persona_id, variant, name)
    return curve.id if scene.push(command) else None


def visibility_command(doc: JourneyMap, curve_ids: list[str], visible: bool) -> Optional[Command]:
    """Show or hide the given curves as one undo step (None if none would change)."""
    wanted = set(curve_ids)
    commands: list[Command] = [SetCurveFields(c.id, visible=visible)
                               for c in doc.curves if c.id in wanted and c.visible != visible]
    if not commands:
        return None
    return Composite("Show Curve" if visible else "Hide Curve", commands)


def remove_curves_command(curve_ids: list[str]) -> Command:
    return RemoveItems(curve_ids, name="Remove Curve" if len(curve_ids) == 1 else "Remove Curves")


__all__ = [
    "PERSONA_COLOURS", "add_curve", "add_curve_command", "choose_curve", "curve_title", "drop_curve",
    "lane_curves", "new_curve", "new_persona", "remove_curves_command", "visibility_command",
]
