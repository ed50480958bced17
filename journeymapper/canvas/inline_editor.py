"""Editing a card's text or a header's name in place, right over the item.

Enter (or clicking elsewhere) commits as one undo step, Esc cancels; in a card,
Shift+Enter starts a new line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from journeymapper.canvas import painting
from journeymapper.commands.base import Command
from journeymapper.commands.cards import SetCardFields
from journeymapper.commands.lanes import SetLaneFields
from journeymapper.commands.stages import SetStageFields

if TYPE_CHECKING:
    from journeymapper.canvas.view import MapView


class _Editor(QPlainTextEdit):
    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget, multi_line: bool) -> None:
        super().__init__(parent)
        self.multi_line = multi_line
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QPlainTextEdit { background: #FFFFFF; border: 2px solid #1E88E5; "
                           "border-radius: 3px; color: #212121; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.multi_line and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.committed.emit()


class InlineEditor(QObject):
    """At most one in-place editor per view."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.editor: Optional[_Editor] = None
        self.item_id = ""
        self.kind = ""
        self.original = ""

    @property
    def active(self) -> bool:
        return self.editor is not None

    def open(self, item_id: str) -> bool:
        scene = self.view.map_scene
        doc = scene.doc
        self.close(commit=True)
        card_item = scene.card_item(item_id)
        stage_header, lane_header = scene.header_item("stage", item_id), scene.header_item("lane", item_id)
        if card_item is not None:
            card = next(c for c in doc.cards if c.id == item_id)
            text, kind, where = card.text, "card", card_item.sceneBoundingRect
        elif stage_header is not None:
            stage = next(s for s in doc.stages if s.id == item_id)
            text, kind, where = stage.name, "stage", stage_header.sceneBoundingRect
        elif lane_header is not None:
            lane = next(lane for lane in doc.lanes if lane.id == item_id)
            # Its title, not the whole header: a lane of many cards is taller than the window.
            text, kind, where = lane.title, "lane", lane_header.title_rect
        else:
            return False
        self.view.ensureVisible(where(), 20, 20)
        rect = where()  # pinned headers and lane titles move with the scroll it may have made
        editor = _Editor(self.view.viewport(), multi_line=(kind == "card"))
        editor.setObjectName("inline-editor")
        font = QFont(painting.FAMILY)
        size = scene.layout.style.card_text_size if kind == "card" else scene.layout.style.lane_title_size
        font.setPixelSize(max(9, round(size * self.view.pixels_per_point())))
        editor.setFont(font)
        editor.setPlainText(text)
        editor.selectAll()
        top_left = self.view.mapFromScene(rect.topLeft())
        bottom_right = self.view.mapFromScene(rect.bottomRight())
        width = max(140, bottom_right.x() - top_left.x())
        height = max(editor.fontMetrics().height() * 3 + 8, bottom_right.y() - top_left.y())
        editor.setGeometry(top_left.x(), top_left.y(), width, height)
        editor.committed.connect(lambda: self.close(commit=True))
        editor.cancelled.connect(lambda: self.close(commit=False))
        self.editor, self.item_id, self.kind, self.original = editor, item_id, kind, text
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def close(self, commit: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        command = self._command(editor.toPlainText())
        editor.hide()
        editor.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if commit and command is not None:
            self.view.map_scene.push(command)

    def pending_command(self) -> Optional[Command]:
        """What the text typed so far would change, the editor staying open (for the recovery copy)."""
        return self._command(self.editor.toPlainText()) if self.editor is not None else None

    def _command(self, text: str) -> Optional[Command]:
        if self.kind in ("stage", "lane"):
            text = " ".join(text.split())  # names are one line
        if text == self.original:
            return None
        if self.kind in ("stage", "lane") and not text:
            return None  # an empty name is never what the user meant: keep the old one
        if self.kind == "card":
            return SetCardFields(self.item_id, text=text)
        if self.kind == "stage":
            return SetStageFields(self.item_id, name=text)
        return SetLaneFields(self.item_id, title=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return False
