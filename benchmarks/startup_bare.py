"""Start-up baseline: a bare PySide6 script showing an empty QMainWindow, leaving right after its first paint."""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: ANN001, ANN201, N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


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
