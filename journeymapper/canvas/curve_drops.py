"""Adding, showing, hiding and removing emotion curves: the palette drop, lane menu and persona panel.

Each user action is one command (a :class:`Composite` when it also creates a
persona). A new curve has a neutral point (0, or the scale's end nearest 0)
for every stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication

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
from journeymapper.model.queries import find_lane

if TYPE_CHECKING:
    from journeymapper.canvas.host import CanvasHost

#: Colours for new personas: the Okabe–Ito set, told apart with most kinds of colour blindness.
PERSONA_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8E6C8A")


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
    used = {p.colour.upper() for p in doc.personas}
    free = [c for c in PERSONA_COLOURS if c.upper() not in used]
    return free[0] if free else PERSONA_COLOURS[len(doc.personas) % len(PERSONA_COLOURS)]


def new_persona(doc: JourneyMap) -> Persona:
    """"Persona N" with the first N not taken, in a colour no other persona has (while there are any)."""
    names = {p.name for p in doc.personas}
    n = len(doc.personas) + 1
    while _tr("Persona {n}").format(n=n) in names:
        n += 1
    return Persona(id=new_id("p-"), name=_tr("Persona {n}").format(n=n), colour=next_persona_colour(doc))


def new_curve(doc: JourneyMap, lane_id: str, persona_id: str, variant: CurveVariant) -> Curve:
    value = neutral_value(doc)
    return Curve(id=new_id("cv-"), lane_id=lane_id, persona_id=persona_id, variant=variant,
                 points=[CurvePoint(stage_id=s.id, value=value) for s in doc.stages])


def lane_curves(doc: JourneyMap, lane_id: str) -> list[Curve]:
    return [c for c in doc.curves if c.lane_id == lane_id]


def has_curve(doc: JourneyMap, lane_id: str, persona_id: str, variant: CurveVariant) -> bool:
    return any(c.persona_id == persona_id and c.variant is variant for c in lane_curves(doc, lane_id))


def add_curve_command(doc: JourneyMap, lane_id: str, persona_id: Optional[str],
                      variant: CurveVariant = CurveVariant.AS_IS) -> tuple[Command, Curve]:
    """One undo step adding a curve (and a new persona for it when ``persona_id`` is None)."""
    commands: list[Command] = []
    if persona_id is None:
        persona = new_persona(doc)
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

def drop_curve(scene: CanvasHost, x: float, y: float) -> Optional[str]:
    """The palette's "Emotion curve" dropped at (x, y): add a curve there; returns its id."""
    doc = scene.doc
    cell = scene.layout.cell_at(x, y)
    lane = find_lane(doc, cell[0]) if cell else None
    if lane is not None and lane.kind is not LaneKind.EMOTIONS and not _holds_anything(doc, lane.id):
        return _make_emotions_lane(scene, lane.id, selected_persona(scene))
    if lane is None or lane.kind is not LaneKind.EMOTIONS:
        scene.message.emit(_tr("Emotion curves go in an emotions lane or an empty lane. Add one from "
                               "the Lanes section of the palette first."))
        return None
    persona_id, variant = choose_curve(doc, lane.id, selected_persona(scene))
    return add_curve(scene, lane.id, persona_id, variant)


def _holds_anything(doc: JourneyMap, lane_id: str) -> bool:
    return any(c.lane_id == lane_id for c in doc.cards) or any(m.lane_id == lane_id for m in doc.metrics)


def _make_emotions_lane(scene: CanvasHost, lane_id: str, persona_id: Optional[str]) -> Optional[str]:
    """An empty lane becomes an emotions lane with a curve: one undo step."""
    doc = scene.doc
    index = next(i for i, lane in enumerate(doc.lanes) if lane.id == lane_id)
    emotions = Lane(id=new_id("l-"), kind=LaneKind.EMOTIONS, title=names.lane_kind_name(LaneKind.EMOTIONS),
                    colour=LANE_COLOURS[LaneKind.EMOTIONS])
    add, curve = add_curve_command(doc, emotions.id, persona_id, CurveVariant.AS_IS)
    command = Composite("Add Emotion Curve", [RemoveItems([lane_id]), AddLane(emotions, index), add])
    return curve.id if scene.push(command) else None


def add_curve(scene: CanvasHost, lane_id: str, persona_id: Optional[str],
              variant: CurveVariant = CurveVariant.AS_IS) -> Optional[str]:
    """Add one curve (for a new persona if ``persona_id`` is None) as one undo step; its id or None."""
    doc = scene.doc
    if persona_id is not None and has_curve(doc, lane_id, persona_id, variant):
        persona = next(p for p in doc.personas if p.id == persona_id)
        scene.message.emit(_tr("{name} already has a {variant} curve in this lane.").format(
            name=persona_name(persona), variant=variant_name(variant)))
        return None
    command, curve = add_curve_command(doc, lane_id, persona_id, variant)
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
