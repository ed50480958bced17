"""Files opened from the desktop shell while the app runs or starts (macOS Finder, Dock, ``open``).

On macOS a double-clicked ``.jmap`` file does not arrive on the command line: the system sends the
running application an "open documents" Apple event, which Qt turns into a ``QFileOpenEvent``
delivered to the ``QApplication`` object. This also happens at launch, just after ``app.exec()``
starts, so the filter must be installed on the application *before* the event loop runs:

    from journeymapper.ui.file_open_events import FileOpenFilter

    app = ensure_app()
    opener = FileOpenFilter(lambda path: MainWindow.open_path(path).show(), app)
    app.installEventFilter(opener)

The callback receives one absolute ``Path`` per event. Windows and Linux pass files on the
command line instead (see packaging/windows/journeymapper.iss and packaging/linux/), where no
such event is sent; the editor installs the filter on macOS only, since an application-wide
filter runs (in Python) for every event the application handles.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenFilter(QObject):
    """Event filter that hands the path of every ``QEvent.FileOpen`` to ``callback``.

    The event is consumed (the filter returns True) when it names a local file; a FileOpen event
    carrying a non-file URL (e.g. a custom URL scheme) is left alone for other handlers.
    """

    def __init__(self, callback: Callable[[Path], object], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or (event.url().toLocalFile() if event.url().isLocalFile() else "")
            if name:
                self._callback(Path(name))
                return True
        return super().eventFilter(watched, event)


__all__ = ["FileOpenFilter"]
