"""A record of the edits one command made, so that undo restores the document exactly.

Commands change the document only through a :class:`Journal`. Entries name items
by id, never by object, because undo and redo of other commands replace objects
(a removed card comes back as a copy).
"""

from __future__ import annotations

import copy
from abc import abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Optional, Union

from pydantic import BaseModel

from journeymapper.commands.base import Change, Command
from journeymapper.model import (
    Asset,
    Card,
    Connector,
    Curve,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Stage,
)
from journeymapper.model.lookup import find_item

#: The document's item lists, by the model class they hold.
GROUPS: dict[type[BaseModel], str] = {
    Persona: "personas",
    Stage: "stages",
    Lane: "lanes",
    Card: "cards",
    Curve: "curves",
    Connector: "connectors",
    Metric: "metrics",
    Asset: "assets",
}
#: Group name used for fields of the map itself.
MAP = "map"

Item = Union[Persona, Stage, Lane, Card, Curve, Connector, Metric, Asset]


def items_of(doc: JourneyMap, group: str) -> list[Any]:
    items: list[Any] = getattr(doc, group)
    return items


@dataclass
class _FieldEdit:
    group: str
    item_id: str
    old: dict[str, Any]


@dataclass
class _Insertion:
    group: str
    ids: set[str]


@dataclass
class _Removal:
    group: str
    removed: list[tuple[int, Any]]  # (position in the list, detached copy), by position


@dataclass
class _Move:
    group: str
    item_id: str
    old_index: int


_Entry = Union[_FieldEdit, _Insertion, _Removal, _Move]


class Journal:
    """Applies edits to a document and remembers how to take each one back."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []

    def set(self, target: Union[JourneyMap, Item], **values: Any) -> bool:
        """Set fields of the map or of one item; True if any value differed."""
        old: dict[str, Any] = {}
        for name, value in values.items():
            current = getattr(target, name)
            if current == value and type(current) is type(value):
                continue
            old[name] = copy.deepcopy(current)
            setattr(target, name, copy.deepcopy(value))
        if not old:
            return False
        group = MAP if isinstance(target, JourneyMap) else GROUPS[type(target)]
        self._entries.append(_FieldEdit(group, target.id, old))
        return True

    def insert(self, doc: JourneyMap, group: str, items: Sequence[Item], index: Optional[int] = None) -> None:
        """Insert items at ``index`` (default: at the end). The journal takes ownership: pass copies."""
        if not items:
            return
        target = items_of(doc, group)
        at = len(target) if index is None else max(0, min(index, len(target)))
        target[at:at] = items
        self._entries.append(_Insertion(group, {item.id for item in items}))

    def remove(self, doc: JourneyMap, group: str, ids: Iterable[str]) -> int:
        """Remove the items with these ids from one group; returns how many were removed."""
        wanted = set(ids)
        if not wanted:
            return 0
        kept: list[Any] = []
        removed: list[tuple[int, Any]] = []
        target = items_of(doc, group)
        for position, item in enumerate(target):
            if item.id in wanted:
                removed.append((position, item.model_copy(deep=True)))
            else:
                kept.append(item)
        if removed:
            target[:] = kept
            self._entries.append(_Removal(group, removed))
        return len(removed)

    def move(self, doc: JourneyMap, group: str, item_id: str, new_index: int) -> bool:
        """Move one item to ``new_index`` within its list; True if it moved."""
        target = items_of(doc, group)
        old_index = next(i for i, item in enumerate(target) if item.id == item_id)
        new_index = max(0, min(new_index, len(target) - 1))
        if new_index == old_index:
            return False
        target.insert(new_index, target.pop(old_index))
        self._entries.append(_Move(group, item_id, old_index))
        return True

    def extend(self, later: Journal) -> None:
        """Append the edits of a journal recorded after this one (used when commands merge)."""
        self._entries.extend(later._entries)

    def undo(self, doc: JourneyMap) -> None:
        for entry in reversed(self._entries):
            if isinstance(entry, _FieldEdit):
                target = doc if entry.group == MAP else find_item(doc, entry.group, entry.item_id)
                if target is None:
                    raise KeyError(entry.item_id)
                for name, value in entry.old.items():
                    setattr(target, name, value)
                continue
            items = items_of(doc, entry.group)
            if isinstance(entry, _Insertion):
                items[:] = [item for item in items if item.id not in entry.ids]
            elif isinstance(entry, _Removal):
                items[:] = _restore_positions(items, entry.removed)
            else:
                current = next(i for i, item in enumerate(items) if item.id == entry.item_id)
                items.insert(entry.old_index, items.pop(current))
        self._entries = []


def _restore_positions(kept: list[Any], removed: list[tuple[int, Any]]) -> list[Any]:
    """Put removed items back at their old positions in one pass (removed is sorted by position)."""
    result: list[Any] = []
    rest = iter(kept)
    for position, item in removed:
        while len(result) < position:
            result.append(next(rest))
        result.append(item)
    result.extend(rest)
    return result


class RecordedCommand(Command):
    """A command whose edits go through a journal: revert replays the journal backwards.

    Subclasses implement :meth:`_perform`. If it raises, the edits made so far are
    undone, so a failed command leaves the document untouched. Redo simply performs
    again on the restored document, so anything random (new ids) is made up front.
    """

    _journal: Optional[Journal] = None
    _change: Optional[Change] = None

    @abstractmethod
    def _perform(self, doc: JourneyMap, journal: Journal) -> Change: ...

    def apply(self, doc: JourneyMap) -> Change:
        if self._journal is not None:
            raise RuntimeError(f"{type(self).__name__} is already applied")
        journal = Journal()
        try:
            change = self._perform(doc, journal)
        except Exception:
            journal.undo(doc)
            raise
        self._journal, self._change = journal, change
        return change.merge(Change())

    def revert(self, doc: JourneyMap) -> Change:
        if self._journal is None or self._change is None:
            raise RuntimeError(f"{type(self).__name__} is not applied")
        self._journal.undo(doc)
        self._journal = None
        return self._change.inverted()

    def merge_with(self, other: Command) -> bool:
        if (
            self.merge_key is None
            or type(other) is not type(self)
            or other.merge_key != self.merge_key
            or not isinstance(other, RecordedCommand)
            or self._journal is None
            or self._change is None
            or other._journal is None
            or other._change is None
        ):
            return False
        if not self._absorb(other):
            return False
        self._journal.extend(other._journal)
        self._change = self._change.merge(other._change)
        return True

    def _absorb(self, other: RecordedCommand) -> bool:
        """Take over the parameters of ``other`` (same type and key) so redo repeats both."""
        return False
