"""An exception in any Qt slot is never silent: a short dialog, the details in a log file.

Qt calls Python slots from C++; an exception there used to end up on a console nobody sees (a
failed import inside a menu action did nothing visible). :func:`install` makes ``sys.excepthook``
write the traceback to ``journeymapper.log`` in the user log folder and show one short dialog with
*Copy details*; the window and the map stay as they were, so the user can go on (and save).
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Optional

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

#: The log is cut back to its newer half once it grows past this.
MAX_LOG_BYTES = 1024 * 1024
_previous = sys.__excepthook__
_showing = False


def log_path() -> Path:
    return Path(user_log_dir("JourneyMapper", appauthor=False)) / "journeymapper.log"


def install() -> None:
    """Make every uncaught exception (in a slot, an event handler, a timer) reported and logged."""
    global _previous
    if sys.excepthook is not report:
        _previous = sys.excepthook
        sys.excepthook = report


def write_log(details: str) -> Optional[Path]:
    """Append ``details`` with a time stamp to the log; the log's path, or None if it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if path.stat().st_size > MAX_LOG_BYTES:
                keep = path.read_bytes()[-MAX_LOG_BYTES // 2:]
                path.write_bytes(keep)
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp}\n{details}\n")
    except OSError:
        return None
    return path


def report(kind: type[BaseException], error: BaseException, tb: Optional[TracebackType]) -> None:
    """The exception hook: log, tell the user once, keep going."""
    if issubclass(kind, (KeyboardInterrupt, SystemExit)):
        _previous(kind, error, tb)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    if sys.stderr is not None:
        with contextlib.suppress(Exception):
            sys.stderr.write(details)
    path = write_log(details)
    if QApplication.instance() is None:
        return
    show(error, details, path)


def show(error: BaseException, details: str, path: Optional[Path]) -> None:
    global _showing
    if _showing:  # an error while the dialog is up (e.g. in painting): logged, not stacked
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("unexpected-error")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(_tr("Something went wrong"))
        summary = f"{type(error).__name__}: {error}".splitlines()[0][:300] if str(error) else type(error).__name__
        box.setText(_tr("That action stopped because of an unexpected error. Your map is still open: "
                        "you can go on working, and saving it now is a good idea.") + "\n\n" + summary)
        where = str(path) if path else _tr("(the log could not be written)")
        box.setInformativeText(_tr("The details are in {log}.").format(log=where))
        copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
    finally:
        _showing = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorReport", text)
