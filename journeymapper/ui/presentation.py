"""Presentation mode (View › Present, F5): the map full screen on the editor's screen, step by step.

The window hosts a :class:`PresentationView` and what lies over it: the notes overlay (N), a caption
for jumps and the persona filter, the timebox, and the black or white screen (B, W). Presenting is
a view: it changes nothing in the document. It hides the editor's selection and may change the
persona filter (P); leaving (Escape) puts both back, and the editor's own view was never moved.
With a second screen, the presenter window (presenter.py) shows the notes there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from journeymapper.canvas.presentation import PresentationView, clicker_key
from journeymapper.ui.preferences import reduce_motion
from journeymapper.ui.timer_overlay import TimerOverlay

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.presenter import PresenterWindow

CAPTION_MS = 1600


class _Blank(QWidget):
    """A black or white screen over everything; any key or click returns to the map."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = parent
        self.setObjectName("presentation-blank")
        self.setAutoFillBackground(True)
        self.hide()

    def show_colour(self, colour: str) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colour))
        self.setPalette(palette)
        self.setGeometry(self.host.rect())
        self.show()
        self.raise_()


class NotesOverlay(QFrame):
    """The current stage's speaker notes along the bottom of the screen (one-screen presenting)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-notes")
        self.setStyleSheet("#presentation-notes { background: rgba(20, 24, 28, 225); border-radius: 8px; }"
                           "QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 16)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15px; color: #FFD54F;")
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # notes are user text, never markup
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 20px;")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.hide()

    def show_notes(self, title: str, notes: str) -> None:
        self.title.setText(title)
        self.text.setText(notes or self.tr("No notes for this stage."))


class PresentationWindow(QWidget):
    """Full screen on the editor's screen; closes (Escape) back to the editor exactly as it was."""

    left = Signal()

    def __init__(self, main: MainWindow) -> None:
        # Its own window (the editor's shortcuts stay there), owned by the editor window so it never outlives it.
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("presentation")
        self.main = main
        self.scene = main.scene
        self.setWindowTitle(self.tr("{title} — Presentation").format(title=main.session.doc.title))
        self.view = PresentationView(self.scene, animate=not reduce_motion(), parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.notes = NotesOverlay(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("presentation-caption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet("background: rgba(20, 24, 28, 210); color: white; font-size: 18px;"
                                   " padding: 8px 16px; border-radius: 6px;")
        self.caption.hide()
        self._caption_timer = QTimer(self)
        self._caption_timer.setSingleShot(True)
        self._caption_timer.timeout.connect(self.caption.hide)
        self.timer = TimerOverlay(main.actions_.workshop.timebox, self)  # the same countdown, on the wall
        self.blank = _Blank(self)
        self.presenter: Optional[PresenterWindow] = None
        self.typed = ""  # a stage number being typed (digits, then Enter)
        self._saved_selection = self.scene.selected_ids()
        self._saved_filter = self.scene.filter.persona_id
        self._saved_voting = self.scene.voting.on
        self.view.keyCommand.connect(self.handle)
        self.view.clicked.connect(self._clicked)
        self.view.stepChanged.connect(self._step_changed)

    # -- entering and leaving -----------------------------------------------------------------------
    def start(self) -> None:
        """Full screen on the screen the editor is on; the overview first."""
        self.scene.voting.set_on(False)  # no vote buttons on the wall
        self.scene.select_ids([])
        screen = self.main.screen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.windowHandle().setScreen(screen)
        self.view.go(0, animate=False)
        self._step_changed(0)
        others = [s for s in QGuiApplication.screens() if s is not screen]
        if others:
            from journeymapper.ui.presenter import PresenterWindow

            self.presenter = PresenterWindow(self, others[0])
        self.activateWindow()
        self.view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Back to the editor as it was: selection, persona filter, voting, pinned headers, card painting."""
        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None
        if self.scene.filter.persona_id != self._saved_filter:  # P was pressed: a big map repaints for it
            self.scene.set_persona_filter(self._saved_filter)
        self.scene.voting.set_on(self._saved_voting)
        self.scene.select_ids(self._saved_selection)
        main_view = self.main.view
        self.scene.set_view_scale(main_view.transform().m11())
        main_view._visible_changed()
        super().closeEvent(event)
        self.left.emit()
        self.main.activateWindow()

    # -- what the keys, clicks and wheel ask -----------------------------------------------------------
    def handle(self, command: str) -> None:
        if self.blank.isVisible():
            self.blank.hide()  # any key returns from the black or white screen
            return
        if command.startswith("digit:"):
            self.typed = (self.typed + command[6:])[-3:]
            self.show_caption(self.tr("Go to stage {number}").format(number=self.typed))
            return
        typed, self.typed = self.typed, ""
        if typed:
            self.caption.hide()  # the number was used (Enter) or dropped (any other key)
        if command == "enter":
            if typed:
                self.view.go(int(typed))
            else:
                self.view.forward()
        elif command == "next":
            self.view.forward()
        elif command == "back":
            self.view.back()
        elif command == "first":
            self.view.go(0)
        elif command == "last":
            self.view.go(self.view.step_count() - 1)
        elif command in ("black", "white"):
            self.blank.show_colour("#000000" if command == "black" else "#FFFFFF")
        elif command == "persona":
            self.cycle_persona()
        elif command == "notes":
            self.notes.setVisible(not self.notes.isVisible())
            self._place_overlays()
        elif command == "leave":
            self.close()

    def _clicked(self, direction: int) -> None:
        self.handle("next" if direction > 0 else "back")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.blank.isVisible():  # a click on the blank screen returns too
            self.blank.hide()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys that reach the window itself (the presenter window forwards its keys here too)."""
        self.view.finish_motion()
        self.handle(clicker_key(event) or "other")

    def cycle_persona(self) -> None:
        """All personas → each persona in turn → all again."""
        order: list[Optional[str]] = [None, *(p.id for p in self.scene.doc.personas)]
        current = self.scene.filter.active()
        nxt = order[(order.index(current) + 1) % len(order)] if current in order else None
        self.scene.set_persona_filter(nxt)
        name = next((p.name for p in self.scene.doc.personas if p.id == nxt), None)
        self.show_caption(self.tr("Persona: {name}").format(name=name) if name else self.tr("All personas"))

    # -- what is shown over the map ------------------------------------------------------------------
    def step_title(self, step: int) -> str:
        stage_id = self.view.stage_id(step)
        stages = {s.id: s for s in self.scene.doc.stages}
        total = self.view.step_count() - 1
        if stage_id is None or stage_id not in stages:
            return self.tr("Overview: {title}").format(title=self.scene.doc.title)
        return self.tr("Stage {number} of {total}: {name}").format(number=step, total=total,
                                                                  name=stages[stage_id].name)

    def stage_notes(self, step: int) -> str:
        stage_id = self.view.stage_id(step)
        return next((s.notes for s in self.scene.doc.stages if s.id == stage_id), "")

    def _step_changed(self, step: int) -> None:
        self.notes.show_notes(self.step_title(step), self.stage_notes(step))
        self._place_overlays()
        if self.presenter is not None:
            self.presenter.refresh()

    def show_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.adjustSize()
        self._place_overlays()
        self.caption.show()
        self.caption.raise_()
        self._caption_timer.start(CAPTION_MS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        if self.blank.isVisible():
            self.blank.setGeometry(self.rect())

    def _place_overlays(self) -> None:
        area = self.rect()
        width = min(area.width() - 80, 1100)
        self.notes.setFixedWidth(max(width, 200))
        self.notes.adjustSize()
        self.notes.move(area.center().x() - self.notes.width() // 2, area.bottom() - self.notes.height() - 28)
        self.caption.move(area.center().x() - self.caption.width() // 2, 28)
        self.timer.place(QRect(area))
        for overlay in (self.notes, self.caption, self.timer):
            overlay.raise_()
        if self.blank.isVisible():
            self.blank.raise_()
