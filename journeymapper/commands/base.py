"""What every command is: an undoable change to a document, and the change it reports."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Optional

from journeymapper.model import JourneyMap


@dataclass
class Change:
    """What a command changed, so views refresh only that."""

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    #: Stages or lanes added, removed, reordered or resized, or the emotion scale changed.
    structure: bool = False

    def merge(self, other: Change) -> Change:
        return Change(
            self.added | other.added,
            self.removed | other.removed,
            self.updated | other.updated,
            self.structure or other.structure,
        )

    def inverted(self) -> Change:
        """The change that undoing this one makes."""
        return Change(set(self.removed), set(self.added), set(self.updated), self.structure)


class CountedName(str):
    """An undo step's name with a count. It reads as English ("Delete 3 Cards"); the editor
    translates :attr:`source` ("Delete %n Card(s)") with the language's plural forms."""

    source: str
    number: int  # how many (``count`` is str's own method)

    def __new__(cls, source: str, number: int) -> CountedName:
        text = source.replace("%n", str(number)).replace("(s)", "" if number == 1 else "s")
        name = super().__new__(cls, text)
        name.source, name.number = source, number
        return name


def counted_name(one: str, many: str, count: int) -> str:
    """``one`` ("Delete Card") for a single item, else ``many`` ("Delete %n Card(s)") counted.

    Write both as literals: tools/update_translations.py extracts them (``many`` as a plural).
    """
    return one if count == 1 else CountedName(many, count)


class Command(ABC):
    """One undoable change. ``apply`` runs on the document in the state the command was made for."""

    name: str = ""
    #: Commands with equal non-None keys may merge (see :meth:`merge_with`).
    merge_key: Optional[Hashable] = None

    @abstractmethod
    def apply(self, doc: JourneyMap) -> Change: ...

    @abstractmethod
    def revert(self, doc: JourneyMap) -> Change: ...

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (applied right after self) into self; True if merged."""
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class Composite(Command):
    """Several commands as one undo step: applied in order, reverted in reverse."""

    def __init__(self, name: str, commands: Sequence[Command]) -> None:
        if not commands:
            raise ValueError("a composite command needs at least one command")
        self.name = name
        self.commands = list(commands)

    def apply(self, doc: JourneyMap) -> Change:
        change = Change()
        done: list[Command] = []
        try:
            for command in self.commands:
                change = change.merge(command.apply(doc))
                done.append(command)
        except Exception:
            # Leave the document as it was: a half-applied step could not be undone.
            for command in reversed(done):
                command.revert(doc)
            raise
        return change

    def revert(self, doc: JourneyMap) -> Change:
        change = Change()
        for command in reversed(self.commands):
            change = change.merge(command.revert(doc))
        return change
