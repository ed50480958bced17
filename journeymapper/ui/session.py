"""One open map: the document, its file, and the undo stack every edit goes through."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from contextlib import suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymapper import io
from journeymapper.commands.base import Change, Command, CountedName
from journeymapper.io import limits
from journeymapper.io.files import read_capped
from journeymapper.model import JourneyMap, integrity_problems, now_utc
from journeymapper.model.integrity import change_problems
from journeymapper.model.lookup import positions
from journeymapper.text import number
from journeymapper.ui.language import interface_language
from journeymapper.ui.plurals import counted


class Origin(Enum):
    """What made a change: a new edit, an undo, a redo, or another document loaded (reload)."""

    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"
    RELOAD = "reload"


@dataclass(frozen=True)
class DocumentChange:
    """What :attr:`MapSession.changed` carries: the change and the document state it led to."""

    change: Change
    #: The session's revision after the change.
    revision: int
    origin: Origin
    #: The earlier revision an undo or redo brought the document back to (views may reuse theirs), or None.
    restores: Optional[int] = None

    @property
    def replaced(self) -> bool:
        """Another document was loaded: views start afresh rather than patch what they show."""
        return self.origin is Origin.RELOAD

    def touches_only_cards(self, doc: JourneyMap, shown: AbstractSet[str] = frozenset()) -> bool:
        """True if the change added or edited cards (none in ``shown``) and nothing else.

        Views of stages, lanes, personas, metrics or map fields need not look again then.
        """
        change = self.change
        if self.replaced or change.structure or change.removed:
            return False
        touched = change.added | change.updated
        return not (touched & shown) and touched <= positions(doc, "cards").keys()


def follow(old: Optional[MapSession], new: MapSession, slot: Callable[[DocumentChange], None]) -> None:
    """Move ``slot`` from ``old``'s :attr:`~MapSession.changed` to ``new``'s (what ``set_session`` does)."""
    if old is new:
        return
    if old is not None:
        with suppress(RuntimeError):  # the old session may be gone already, and its connections with it
            old.changed.disconnect(slot)
    new.changed.connect(slot)


def step_name(command: Command) -> str:
    """The undo step's name in the interface language ("Slet 3 kort"), plural forms included."""
    name = command.name
    if isinstance(name, CountedName):
        return counted(QCoreApplication.translate("Command", name.source, "", name.number), name.number)
    return QCoreApplication.translate("Command", name)


class _UndoCommand(QUndoCommand):
    """Bridges a Qt-free command onto the QUndoStack (redo = apply, undo = revert)."""

    def __init__(self, session: MapSession, command: Command, first_change: Change) -> None:
        super().__init__(step_name(command))
        self.session = session
        self.command = command
        self._first_change: Optional[Change] = first_change
        # Revisions of the document before and after this step: an undo brings back the one, a redo
        # the other, so views may reuse what they made for it (the canvas: its layout).
        self._before = session.revision
        self._after: Optional[int] = None

    def redo(self) -> None:
        origin = Origin.REDO
        if self._first_change is not None:  # already applied by push(), before the stack saw it
            change, self._first_change, origin = self._first_change, None, Origin.EDIT
        else:
            change = self.command.apply(self.session.doc)
        # Some commands name themselves once they see the map ("Delete 3 Cards").
        self.setText(step_name(self.command))
        self.session._applied(self.command, change, origin, restores=self._after)
        self._after = self.session.revision

    def undo(self) -> None:
        self.session._applied(self.command, self.command.revert(self.session.doc), Origin.UNDO,
                              restores=self._before)

    def id(self) -> int:
        return 1 if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _UndoCommand):
            return False
        mine, theirs = self.command, other.command
        if mine.merge_key is None or mine.merge_key != theirs.merge_key:
            return False
        merged = mine.merge_with(theirs)
        if merged:
            self._after = other._after  # this step now ends where the merged one did
        return merged


#: What one added or edited item may add to the file at most (a card with every text field full,
#: escaped); a push checks the exact size only once this bound passes the limit.
ITEM_ALLOWANCE = 256 * 1024


class MapTooLargeError(ValueError):
    """A change that would make the map bigger than a map file may be (it could not be opened again)."""


def disk_state(data: bytes, path: Path) -> dict[str, object]:
    """What a file held when it was last loaded or saved: its size, mtime and content hash."""
    try:
        mtime: Optional[float] = path.stat().st_mtime
    except OSError:
        mtime = None
    return {"size": len(data), "mtime": mtime, "sha256": hashlib.sha256(data).hexdigest()}


class MapSession(QObject):
    """Holds the document; views listen to :attr:`changed` and refresh only what it names.

    A view follows a session with ``set_session(session)``: it connects to :attr:`changed`
    (and disconnects from the session it followed before) and shows the session's document.
    """

    #: A :class:`DocumentChange`, after every edit, undo, redo and reload.
    changed = Signal(object)
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, doc: JourneyMap, path: Optional[Path] = None,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.doc = doc
        # Absolute: a map opened as "shop.jmap" is saved, watched and restored after a crash as that
        # file, whatever the working directory of the next start.
        self.path = path.absolute() if path is not None else None
        self.undo_stack = QUndoStack(self)
        #: A number per state of the document, one more for each change applied.
        self.revision = 0
        self._disk_digest: Optional[str] = None
        #: The file as last loaded or saved (see :func:`disk_state`), recorded with the recovery copy.
        self.disk_base: Optional[dict[str, object]] = None
        #: An upper bound on the size of the map's file, or None until measured.
        self._size_bound: Optional[int] = None
        #: Modified without an undo step (e.g. restored from a crash): cleared by saving.
        self._dirty = False
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # -- editing -------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Apply ``command`` as one undo step.

        A command that does not fit the map raises ValueError and leaves both the map
        and the undo stack as they were (it is applied before it is put on the stack).
        """
        change = command.apply(self.doc)
        try:
            self._keep_within_limits(change)
        except ValueError:
            command.revert(self.doc)
            raise
        self.undo_stack.push(_UndoCommand(self, command, change))

    def _keep_within_limits(self, change: Change) -> None:
        """Refuse a change that makes the map bigger than a map file may be (MapTooLargeError)."""
        touched = change.added | change.updated
        if self._size_bound is not None:
            bound = self._size_bound + ITEM_ALLOWANCE * len(touched)
            bound += sum(len(asset.data) for asset in self.doc.assets if asset.id in touched)
            if bound <= limits.MAX_FILE_BYTES:
                self._size_bound = bound
                return
        size = len(io.dumps(self.doc).encode("utf-8"))
        if size > limits.MAX_FILE_BYTES:
            lang = interface_language()
            raise MapTooLargeError(QCoreApplication.translate(
                "MapSession", "This would make the map {size} MB, {over} MB over the {limit} MB "
                "limit for a map file; the map was not changed.").format(
                size=number(size / 1048576, lang, 1), over=number((size - limits.MAX_FILE_BYTES) / 1048576, lang, 1),
                limit=limits.MAX_FILE_BYTES // 1048576))
        self._size_bound = size

    def _applied(self, command: Command, change: Change, origin: Origin, restores: Optional[int] = None) -> None:
        problems = self._check(change)
        if problems:  # a bug, never the user's fault: refuse loudly rather than corrupt
            raise RuntimeError(f"{command!r} broke the map: {problems[0]}")
        self.revision += 1
        self.changed.emit(DocumentChange(change, self.revision, origin, restores))

    def _check(self, change: Change) -> list:
        """Integrity after every change; an edit of cards alone (nothing removed) checks just those cards."""
        touched = change.added | change.updated
        if not change.structure and not change.removed and touched <= positions(self.doc, "cards").keys():
            return change_problems(self.doc, touched, limit=1, new_cards=bool(change.added))
        return integrity_problems(self.doc, limit=1)

    @property
    def modified(self) -> bool:
        return self._dirty or not self.undo_stack.isClean()

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(self._dirty or not clean)

    def mark_dirty(self) -> None:
        self._dirty = True
        self.modifiedChanged.emit(True)

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what this session last loaded or saved."""
        if self.path is None or self._disk_digest is None:
            return False
        try:
            data = read_capped(self.path, limits.MAX_FILE_BYTES)  # a pipe put in its place is not read
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return hashlib.sha256(data).hexdigest() != self._disk_digest

    def reload(self) -> None:
        """Replace the document with the file on disk (raises DocumentError, changing nothing)."""
        if self.path is None:
            return
        data = io.read_bytes(self.path)
        doc = io.loads(data, str(self.path))
        self.doc = doc
        self.revision += 1  # another document: no earlier revision's views fit it
        self._set_disk(data, self.path)
        self._dirty = False
        self.undo_stack.clear()
        self.changed.emit(DocumentChange(Change(structure=True), self.revision, Origin.RELOAD))
        self.modifiedChanged.emit(False)

    # -- files ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, parent: Optional[QObject] = None) -> MapSession:
        """Load ``path``; raises :class:`io.DocumentError` and changes nothing on failure."""
        data = io.read_bytes(path)
        doc = io.loads(data, str(path))
        session = cls(doc, path, parent)
        session._set_disk(data, path)
        return session

    def _set_disk(self, data: bytes, path: Path) -> None:
        self.disk_base = disk_state(data, path)
        self._disk_digest = str(self.disk_base["sha256"])
        self._size_bound = len(data)

    def restore_base(self, base: Optional[dict[str, object]]) -> None:
        """A map restored after a crash: compare its file with the one the recovery copy was based on.

        Without a record (a copy from an older version) any existing file counts as changed, so the
        first save asks rather than overwrite what another program may have saved meanwhile.
        """
        self.disk_base = dict(base) if base else None
        digest = base.get("sha256") if base else None
        self._disk_digest = str(digest) if isinstance(digest, str) else "unknown"

    def save(self, path: Optional[Path] = None) -> None:
        """Save atomically to ``path`` (or the current path); raises :class:`io.SaveError`."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        previous = self.doc.modified
        self.doc.modified = now_utc()
        try:
            data = io.encode(self.doc, str(target))
            io.write_atomic(target, data, backup=True)
        except BaseException:
            self.doc.modified = previous
            raise
        self._set_disk(data, Path(target))
        was_dirty, self._dirty = self._dirty, False
        self.undo_stack.setClean()
        if was_dirty:
            self.modifiedChanged.emit(self.modified)
        if Path(target).absolute() != self.path:
            self.path = Path(target).absolute()
            self.pathChanged.emit()

    def display_name(self) -> str:
        return self.path.name if self.path else QCoreApplication.translate("MapSession", "Untitled")

