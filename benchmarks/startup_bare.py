"""Start-up baseline: a bare PySide6 script showing an empty QMainWindow, leaving right after its first paint."""

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

_LEAVE = QEvent.Type(QEvent.registerEventType())


class QuitAfterFirstPaint(QObject):
    """Ends the process once the paint that ``obj`` is part of is done (its children paint in the same
    backing-store flush). A high-priority posted event runs before anything the app queued meanwhile
    (e.g. the editor's gallery, started after the first paint), so that is not timed."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QCoreApplication.postEvent(self, QEvent(_LEAVE), Qt.EventPriority.HighEventPriority.value)
        return False

    def event(self, event):
        if event.type() == _LEAVE:
            os._exit(0)
        return super().event(event)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    quitter = QuitAfterFirstPaint(window)
    window.installEventFilter(quitter)  # on the window only, as startup_app.py does
    window.resize(1400, 900)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
