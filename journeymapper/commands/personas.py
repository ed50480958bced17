"""Persona commands (removal is :class:`RemoveItems`)."""

from __future__ import annotations

from typing import ClassVar

from journeymapper.commands.checks import require_known
from journeymapper.commands.simple import AddItem, SetFields
from journeymapper.model import JourneyMap, Persona


def _check_photo(doc: JourneyMap, photo: object) -> None:
    if photo is not None:
        require_known([str(photo)], {a.id for a in doc.assets}, "image")


class AddPersona(AddItem[Persona]):
    """Add a persona at ``index`` of the persona list (default: last)."""

    group: ClassVar[str] = "personas"
    noun: ClassVar[str] = "persona"

    def _check(self, doc: JourneyMap) -> None:
        _check_photo(doc, self.item.photo)


class SetPersonaFields(SetFields):
    """Set any persona field but its id: name, role, quote, goals, colour, photo and so on."""

    model = Persona
    group = "personas"
    noun = "persona"
    settable = frozenset(Persona.model_fields) - {"id"}

    def _check(self, doc: JourneyMap) -> None:
        _check_photo(doc, self.fields.get("photo"))
