"""Autosave and crash recovery.

Every open map gets a recovery slot in the user's state folder: ``ID.jmap`` (the
map, written atomically about a second after the last edit), ``ID.json`` (where
it came from) and ``ID.lock`` (a QLockFile held while the window is open). A
slot whose lock nobody holds after a start-up belongs to a session that died:
it is offered back, and deleted only when the user says so.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from platformdirs import user_state_dir
from PySide6.QtCore import QLockFile, QObject, QTimer

from journeymapper import io
from journeymapper.commands.base import Command
from journeymapper.io.atomic import remove_stale_temps
from journeymapper.model import JourneyMap
from journeymapper.ui.problems import error_text
from journeymapper.ui.session import DocumentChange, MapSession

#: Quiet time after the last edit before the recovery copy is written.
AUTOSAVE_DELAY_MS = 1000


def recovery_dir() -> Path:
    return Path(user_state_dir("JourneyMapper", appauthor=False)) / "recovery"


@dataclass
class RecoveredMap:
    """A recovery slot left by a session that did not end cleanly."""

    slot: str
    doc: Optional[JourneyMap]
    original_path: Optional[Path]
    saved_at: str
    error: Optional[str]
    lock: QLockFile
    #: The file the map was based on when last loaded or saved (size, mtime, sha256), if recorded.
    base: Optional[dict[str, object]] = None

    def discard(self) -> None:
        _remove_slot(recovery_dir(), self.slot)
        self.lock.unlock()
        remove_stale_temps(recovery_dir())  # what a save killed mid-way left behind goes too

    def release(self) -> None:
        """Keep the files for a later start (the user did not decide)."""
        self.lock.unlock()
        lock_path = recovery_dir() / f"{self.slot}.lock"
        lock_path.unlink(missing_ok=True)


class Autosaver(QObject):
    """Keeps one session's recovery copy current while its window is open."""

    def __init__(self, session: MapSession, folder: Optional[Path] = None) -> None:
        super().__init__(session)
        self.session = session
        self.folder = folder or recovery_dir()
        self.slot = uuid.uuid4().hex
        self.lock: Optional[QLockFile] = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        #: Text typed but not committed yet (a field still being edited), as commands: the recovery
        #: copy includes it, so a crash mid-sentence loses nothing (set by the window).
        self.typing: Callable[[], list[Command]] = list
        session.changed.connect(self._edited)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.modifiedChanged.connect(self._modified_changed)

    def _edited(self, event: DocumentChange) -> None:
        if not event.replaced:  # a reloaded map is the file on disk: nothing to recover
            self.timer.start()  # restarts: written once edits pause

    @property
    def map_path(self) -> Path:
        return self.folder / f"{self.slot}.jmap"

    def typed(self) -> None:
        """A key was typed in a field not committed yet: write once typing pauses."""
        self.timer.start()

    def write_now(self) -> None:
        """Write the recovery copy (only while there are unsaved changes, committed or being typed)."""
        self.timer.stop()
        doc = self._with_typing()
        if not self.session.modified and doc is self.session.doc:
            self.remove()
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self.lock is None:
                self.lock = QLockFile(str(self.folder / f"{self.slot}.lock"))
                self.lock.setStaleLockTime(0)
                self.lock.tryLock(0)
            meta = {"original_path": str(self.session.path) if self.session.path else None,
                    "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "base": self.session.disk_base}
            io.write_atomic(self.folder / f"{self.slot}.json", json.dumps(meta).encode("utf-8"))
            io.write_atomic(self.map_path, io.encode(doc, str(self.map_path)))
        except (OSError, io.DocumentError):
            pass  # autosave must never interrupt work; the next edit tries again

    def _with_typing(self) -> JourneyMap:
        """The map, or a copy of it with the text still being typed applied."""
        commands = self.typing()
        if not commands:
            return self.session.doc
        doc = self.session.doc.model_copy(deep=True)
        for command in commands:
            with contextlib.suppress(ValueError, KeyError):  # a half-typed value that is not valid yet
                command.apply(doc)
        return doc

    def _clean_changed(self, clean: bool) -> None:
        dirty = getattr(self.session, "_dirty", False)  # not .modified: the stack may be mid-teardown
        if clean and not dirty:  # saved, or undone back to what is on disk
            self.timer.stop()
            self.remove()
        elif clean:  # back at the undo stack's start, but still unsaved (e.g. a restored map)
            self.timer.start()

    def _modified_changed(self, modified: bool) -> None:
        if modified:  # e.g. marked changed because the file on disk went away
            self.timer.start()
        else:  # saved or reloaded, also when the undo stack was clean already (a restored map)
            self.timer.stop()
            self.remove()

    def remove(self) -> None:
        """The session ended cleanly or was saved: its recovery copy goes."""
        _remove_slot(self.folder, self.slot, keep_lock=self.lock is not None)
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
            (self.folder / f"{self.slot}.lock").unlink(missing_ok=True)


def _remove_slot(folder: Path, slot: str, keep_lock: bool = False) -> None:
    for suffix in (".jmap", ".json") if keep_lock else (".jmap", ".json", ".lock"):
        with contextlib.suppress(OSError):
            (folder / f"{slot}{suffix}").unlink(missing_ok=True)


def find_orphans(folder: Optional[Path] = None) -> list[RecoveredMap]:
    """Recovery slots whose session is gone; each comes locked so no other instance offers it too."""
    folder = folder or recovery_dir()
    found: list[RecoveredMap] = []
    if not folder.is_dir():
        return found
    remove_stale_temps(folder)  # left by an autosave that was killed mid-way
    for map_file in sorted(folder.glob("*.jmap"), key=lambda p: p.stat().st_mtime, reverse=True):
        slot = map_file.stem
        lock = QLockFile(str(folder / f"{slot}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # its window is still open (here or in another running instance)
        try:
            meta = json.loads((folder / f"{slot}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        original = meta.get("original_path") if isinstance(meta, dict) else None
        saved_at = str(meta.get("saved_at", "")) if isinstance(meta, dict) else ""
        base = meta.get("base") if isinstance(meta, dict) else None
        try:
            doc, error = io.load(map_file), None
        except io.DocumentError as exc:
            doc, error = None, error_text(exc)
        found.append(RecoveredMap(slot, doc, Path(original) if original else None, saved_at, error, lock,
                                  base if isinstance(base, dict) else None))
    return found
