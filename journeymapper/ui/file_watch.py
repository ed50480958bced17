"""Noticing when the open map is changed on disk by another program (or a sync tool)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from journeymapper.ui.session import MapSession


class FileWatcher(QObject):
    """Calls ``on_changed`` when the session's file differs from what was last loaded or saved."""

    def __init__(self, session: MapSession, on_changed: Callable[[], None]) -> None:
        super().__init__(session)
        self.session = session
        self.on_changed = on_changed
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        # Sync tools and editors write in several steps: look once things are quiet.
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(250)
        self.settle.timeout.connect(self._check)
        self.paused = False
        session.pathChanged.connect(self.watch)
        self.watch()

    def watch(self) -> None:
        for watched in self.watcher.files() + self.watcher.directories():
            self.watcher.removePath(watched)
        path = self.session.path
        if path is not None:
            if path.exists():
                self.watcher.addPath(str(path))
            # Saving by rename replaces the file: the folder watch sees that too.
            self.watcher.addPath(str(path.parent))

    def _changed(self, *_: object) -> None:
        self.settle.start()

    def _check(self) -> None:
        path = self.session.path
        if path is None:
            return
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # replaced by rename: watch the new file
        if self.paused or not self.session.changed_on_disk():
            return
        self.paused = True
        try:
            self.on_changed()
        finally:
            self.paused = False
