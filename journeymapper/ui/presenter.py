"""The presenter window: on the other screen while presenting, what only the facilitator sees.

The current stage's speaker notes, the next stage's title, the step count, the clock and the time
since presenting began (and the timebox, when one runs). Keys pressed here step the presentation
as they would on the wall; nothing here edits the map.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from journeymapper.canvas.presentation import clicker_key
from journeymapper.ui.timer_overlay import countdown_text

if TYPE_CHECKING:
    from journeymapper.ui.presentation import PresentationWindow


def elapsed_text(seconds: float) -> str:
    """0:07, 12:34, 1:02:03."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PresenterWindow(QWidget):
    def __init__(self, presentation: PresentationWindow, screen: QScreen) -> None:
        super().__init__(presentation, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("presenter")
        self.presentation = presentation
        self.started = time.monotonic()
        self.setWindowTitle(self.tr("Presenter — {title}").format(title=presentation.scene.doc.title))
        self.setStyleSheet("#presenter { background: #1C2329; } QLabel { color: #ECEFF1; }"
                           "QPlainTextEdit { background: #263238; color: white; border: none; font-size: 24px; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(28, 22, 28, 22)
        grid.setVerticalSpacing(14)
        self.current = self._label("presenter-current", 30, bold=True)
        self.steps = self._label("presenter-steps", 18)
        self.clock = self._label("presenter-clock", 30, bold=True)
        self.elapsed = self._label("presenter-elapsed", 18)
        self.notes = QPlainTextEdit(self)  # plain text: notes are never markup
        self.notes.setObjectName("presenter-notes")
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the window, which steps
        self.next = self._label("presenter-next", 22)
        self.next.setStyleSheet("color: #FFD54F;")
        grid.addWidget(self.current, 0, 0)
        grid.addWidget(self.clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.steps, 1, 0)
        grid.addWidget(self.elapsed, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.notes, 2, 0, 1, 2)
        grid.addWidget(self.next, 3, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start(1000)
        self.refresh()
        self._tick()
        self.setGeometry(screen.availableGeometry())
        self.show()
        if self.windowHandle() is not None:
            self.windowHandle().setScreen(screen)
        self.showMaximized()

    def _label(self, name: str, size: int, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = label.font()
        font.setPixelSize(size)
        font.setBold(bold)
        label.setFont(font)
        return label

    def refresh(self) -> None:
        """Show the presentation's current step (it calls this after every step)."""
        p = self.presentation
        step, count = p.view.step, p.view.step_count()
        self.current.setText(p.step_title(step))
        self.steps.setText(self.tr("Step {number} of {count}").format(number=step + 1, count=count))
        notes = p.stage_notes(step)
        self.notes.setPlainText(notes or self.tr("No notes for this stage."))
        if step + 1 < count:
            self.next.setText(self.tr("Next: {title}").format(title=p.step_title(step + 1)))
        else:
            self.next.setText(self.tr("Last step: Escape returns to the editor"))

    def _tick(self) -> None:
        self.clock.setText(QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat))
        text = self.tr("Presenting for {time}").format(time=elapsed_text(time.monotonic() - self.started))
        timebox = self.presentation.timer.timebox
        if timebox.running():
            text += "   " + self.tr("Timer {time}").format(time=countdown_text(timebox.remaining()))
        self.elapsed.setText(text)

    # -- keys step the presentation, as on the wall -----------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self.presentation.view.finish_motion()
        self.presentation.handle(clicker_key(event) or "other")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ticker.stop()
        if self.presentation.presenter is self:
            self.presentation.presenter = None
        super().closeEvent(event)
