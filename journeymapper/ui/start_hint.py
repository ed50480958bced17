"""The one-line hint over an empty map: how to begin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from journeymapper.model import JourneyMap

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


class StartHint(QLabel):
    """One line over an empty map saying how to begin; it lets every click through to the canvas."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.view.viewport())
        self.window_ = window
        self.setObjectName("start-hint")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        window.view.viewport().installEventFilter(self)  # stays in place when the window is resized
        self.setStyleSheet("#start-hint { background: rgba(255, 255, 255, 230); color: #37474F; "
                           "border: 1px solid #B0BEC5; border-radius: 6px; padding: 8px 14px; }")
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        viewport = self.parentWidget()
        if viewport is not None:
            self.move(max(8, (viewport.width() - self.width()) // 2), max(8, viewport.height() - self.height() - 24))

    def update_for(self, doc: JourneyMap) -> None:
        empty = not (doc.cards or doc.curves or doc.metrics)
        if empty:
            card = self.window_.actions_.by_name["insert_card"].shortcut()
            key = card.toString(QKeySequence.SequenceFormat.NativeText)
            self.setText(_tr("Drag a stage or a card from the palette, or press {key} to add a card.").format(
                key=key))
            self.adjustSize()
            self._place()
            self.raise_()
        self.setVisible(empty)


__all__ = ["StartHint"]
