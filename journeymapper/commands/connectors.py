"""Connector commands: arrows between two cards."""

from __future__ import annotations

from typing import ClassVar

from journeymapper.commands.checks import require_known
from journeymapper.commands.simple import AddItem, SetFields
from journeymapper.model import Connector, JourneyMap


class AddConnector(AddItem[Connector]):
    group: ClassVar[str] = "connectors"
    noun: ClassVar[str] = "connector"

    def _check(self, doc: JourneyMap) -> None:
        ends = [self.item.from_card, self.item.to_card]
        require_known(ends, {c.id for c in doc.cards}, "card")
        if ends[0] == ends[1]:
            raise ValueError("A connector must join two different cards.")


class SetConnectorFields(SetFields):
    """Set a connector's label or style (to re-attach it, delete it and add another)."""

    model = Connector
    group = "connectors"
    noun = "connector"
    settable = frozenset({"label", "style"})
