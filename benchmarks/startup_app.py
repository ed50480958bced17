"""Start-up driver: runs the editor exactly as ``journeymapper`` does (no file: a new map from the default
template) and exits the moment the first window has painted. The harness times the whole process.

``journeymapper/ui/application.py`` has no smoke-quit hook, so this script adds one from outside: it
wraps ``ensure_app`` to install an event filter that ends the process (``os._exit``, no teardown)
right after the first paint of a main window.
"""

import os
import sys


def main() -> int:
    from journeymapper import app as entry
    from journeymapper.ui import application

    make_app = application.ensure_app

    def ensure_app(argv=None):  # noqa: ANN001, ANN202 (same signature as the wrapped function)
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QMainWindow

        qapp = make_app(argv)

        class QuitAfterFirstPaint(QObject):
            def eventFilter(self, obj, event):  # noqa: ANN001, ANN202, N802 (Qt name)
                if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                    # The window's children paint in the same backing-store flush: leave after it.
                    QTimer.singleShot(0, lambda: os._exit(0))
                return False

        qapp._bench_quitter = QuitAfterFirstPaint(qapp)
        qapp.installEventFilter(qapp._bench_quitter)
        return qapp

    application.ensure_app = ensure_app
    return entry.main([])


if __name__ == "__main__":
    sys.exit(main())
