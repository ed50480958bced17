"""The two shapes most commands share: add one item, and set plain fields of one item."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, Optional, TypeVar

from pydantic import BaseModel

from journeymapper.commands.base import Change
from journeymapper.commands.checks import find, require_new_ids, validate_fields
from journeymapper.commands.journal import Journal, RecordedCommand, items_of
from journeymapper.model import Asset, Connector, Curve, JourneyMap, Metric, Persona

M = TypeVar("M", Persona, Curve, Connector, Metric, Asset)


class AddItem(RecordedCommand, Generic[M]):
    """Add one item at ``index`` of its list (default: the end)."""

    group: ClassVar[str]
    noun: ClassVar[str]

    def __init__(self, item: M, index: Optional[int] = None) -> None:
        self.item: M = item.model_copy(deep=True)
        self.index = index
        self.name = {"stage": "Add Stage", "lane": "Add Lane", "card": "Add Card", "curve": "Add Curve",
                     "connector": "Add Connector", "metric": "Add KPI", "persona": "Add Persona",
                     "image": "Add Image"}.get(self.noun, f"Add {self.noun.title()}")

    def _check(self, doc: JourneyMap) -> None:
        """Raise ValueError if the item's references do not fit the document."""

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        require_new_ids(doc, [self.item.id])
        self._check(doc)
        journal.insert(doc, self.group, [self.item.model_copy(deep=True)], self.index)
        return Change(added={self.item.id})


class SetFields(RecordedCommand):
    """Set some fields of one item; values are validated when the command is made."""

    model: ClassVar[type[BaseModel]]
    group: ClassVar[str]
    noun: ClassVar[str]
    settable: ClassVar[frozenset[str]]

    def __init__(self, item_id: str, **fields: Any) -> None:
        self.item_id = item_id
        self.fields = validate_fields(self.model, fields, self.settable)
        self.name = {"stage": "Edit Stage", "lane": "Edit Lane", "card": "Edit Card", "curve": "Edit Curve",
                     "connector": "Edit Connector", "metric": "Edit KPI", "persona": "Edit Persona",
                     "image": "Edit Image"}.get(self.noun, f"Edit {self.noun.title()}")

    def _check(self, doc: JourneyMap) -> None:
        """Raise ValueError if the new values refer to things the document lacks."""

    def _perform(self, doc: JourneyMap, journal: Journal) -> Change:
        item = find(items_of(doc, self.group), self.item_id, self.noun)
        self._check(doc)
        journal.set(item, **self.fields)
        return Change(updated={self.item_id})
