"""The timebox (View › Timer): a countdown shown over the canvas and over the presentation.

A workshop clock, not part of the map: it never touches the document. In the last minute the
overlay turns amber (a quiet visual warning, no sound); at zero it shows "Time's up" in red until
it is stopped or started again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

PRESETS_MINUTES = (3, 5, 10, 15)
WARNING_SECONDS = 60

_STYLES = {
    "normal": "background: rgba(38, 50, 56, 215); color: white;",
    "warning": "background: rgba(255, 160, 0, 235); color: #212121;",
    "over": "background: rgba(198, 40, 40, 235); color: white;",
}


class Timebox(QObject):
    """A countdown; ``changed`` fires when it starts, stops and as the shown second changes."""

    changed = Signal()

    def __init__(self, parent: Optional[QObject] = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline: Optional[float] = None
        self.total = 0
        self._shown: Optional[int] = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.tick)

    def start(self, seconds: int) -> None:
        self.total = max(1, int(seconds))
        self._deadline = self._clock() + self.total
        self._shown = None
        self._ticker.start()
        self.tick()

    def stop(self) -> None:
        self._deadline = None
        self._ticker.stop()
        self.changed.emit()

    def running(self) -> bool:
        """Started and not stopped (it stays "running" at zero, showing that time is up)."""
        return self._deadline is not None

    def remaining(self) -> int:
        """Whole seconds left, rounded up (so 4:59 shows until a full second has gone)."""
        if self._deadline is None:
            return 0
        return max(0, math.ceil(self._deadline - self._clock() - 1e-9))

    def state(self) -> str:
        left = self.remaining()
        return "over" if left == 0 else "warning" if left <= WARNING_SECONDS else "normal"

    def tick(self) -> None:
        left = self.remaining()
        if left != self._shown:
            self._shown = left
            self.changed.emit()


def countdown_text(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


class TimerOverlay(QLabel):
    """The countdown in a pill at the top right of its parent (the canvas, or the presentation)."""

    def __init__(self, timebox: Timebox, parent: QWidget, follow_resize: bool = True) -> None:
        super().__init__(parent)
        self.host = parent
        self.timebox = timebox
        self.setObjectName("timer-overlay")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # never in the way of the map
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = ""
        timebox.changed.connect(self.refresh)
        if follow_resize:
            parent.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        if not self.timebox.running():
            self.hide()
            return
        left = self.timebox.remaining()
        state = self.timebox.state()
        self.setText(self.tr("Time's up") if state == "over" else countdown_text(left))
        if state != self.state:
            self.state = state
            self.setStyleSheet(f"QLabel {{ {_STYLES[state]} font-size: 26px; font-weight: bold;"
                               " padding: 6px 18px; border-radius: 10px; }")
        self.adjustSize()
        self.place(self.host.rect())
        self.show()
        self.raise_()

    def place(self, area: QRect) -> None:
        self.move(area.right() - self.width() - 24, area.top() + 20)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place(self.host.rect())
        return False


def ask_minutes(parent: QWidget) -> Optional[int]:
    """The custom timebox length, in minutes, or None if cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("timer-dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Timer", "Timer"))
    dialog.setLabelText(QCoreApplication.translate("Timer", "Minutes:"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(1, 240)
    dialog.setIntValue(20)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.intValue()
