"""Dot voting on the canvas: the dots a card shows (from its layout box, as the PDF draws them) and,
while the facilitator has View › Voting on, a small − / + pair on the one selected card.

Voting is a view state of the scene; a click on a button becomes one SetVotes command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymapper.canvas import painting as p
from journeymapper.commands.votes import vote_step
from journeymapper.layout.geometry import CardBox
from journeymapper.layout.style import LayoutStyle

if TYPE_CHECKING:
    from journeymapper.canvas.host import ItemHost

Z_VOTE_BUTTONS = 20  # above cards and connectors, below the pinned headers
BUTTON = 13.0  # points: a finger-sized target at workshop zoom levels


def draw_vote_dots(painter: QPainter, box: CardBox, style: LayoutStyle) -> None:
    """The card's dots (and the count when there are too many for the rows)."""
    if not box.vote_dots:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(p.qcolor(style.vote_dot_colour)))
    for dot in box.vote_dots:
        painter.drawEllipse(p.rectf(dot))
    if box.vote_label is not None:
        p.draw_lines(painter, (box.vote_label,))


class VoteButtons(QGraphicsItem):
    """− and + straddling the top right corner of the selected card while voting is on."""

    def __init__(self, voting: Voting) -> None:
        super().__init__()
        self._voting = voting
        self.card_id: Optional[str] = None
        self.setZValue(Z_VOTE_BUTTONS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the scene routes clicks (press())
        self.hide()

    def follow(self, card_id: Optional[str], box: Optional[CardBox]) -> None:
        """Sit on ``box`` (the one selected card) or hide."""
        self.prepareGeometryChange()
        self.card_id = card_id if box is not None else None
        if box is None:
            self.hide()
            return
        r = box.rect
        self.setPos(r.x + r.w - 2 * BUTTON - 4, r.y - BUTTON / 2)
        self.show()

    def rects(self) -> tuple[QRectF, QRectF]:
        """(minus, plus) in item coordinates."""
        return QRectF(0, 0, BUTTON, BUTTON), QRectF(BUTTON + 2, 0, BUTTON, BUTTON)

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, 2 * BUTTON + 4, BUTTON + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = p.qcolor(self._voting.host.layout.style.vote_dot_colour)
        for rect, sign in zip(self.rects(), ("-", "+"), strict=True):
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(QBrush(p.qcolor("#FFFFFF")))
            painter.drawEllipse(rect)
            painter.setPen(QPen(colour, 1.6))
            c = rect.center()
            arm = BUTTON * 0.28
            painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
            if sign == "+":
                painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))

    def press(self, scene_pos: QPointF) -> bool:
        """A click on − or +: one vote less or more. True if it hit a button."""
        if not self.isVisible() or self.card_id is None:
            return False
        local = self.mapFromScene(scene_pos)
        minus, plus = self.rects()
        delta = -1 if minus.contains(local) else 1 if plus.contains(local) else 0
        if not delta:
            return False
        self._voting.step(self.card_id, delta)
        return True


class Voting:
    """The scene's voting mode: whether it is on, and the buttons on the selected card."""

    def __init__(self, host: ItemHost) -> None:
        self.host = host
        self.on = False
        self.buttons: Optional[VoteButtons] = None

    def attach(self) -> None:
        """New buttons after the scene cleared its items (which deletes the old ones)."""
        self.buttons = VoteButtons(self)
        self.host.addItem(self.buttons)

    def set_on(self, on: bool) -> None:
        self.on = on
        self.refresh()

    def refresh(self) -> None:
        """Buttons onto the one selected card (after a selection change or a re-layout)."""
        if self.buttons is None:
            return
        ids = self.host.selected_card_ids() if self.on else []
        box = self.host.layout.card(ids[0]) if len(ids) == 1 else None
        self.buttons.follow(ids[0] if box is not None else None, box)

    def press(self, scene_pos: QPointF) -> bool:
        return self.on and self.buttons is not None and self.buttons.press(scene_pos)

    def step(self, card_id: str, delta: int) -> bool:
        try:
            command = vote_step(self.host.doc, card_id, delta)
        except ValueError as exc:
            self.host.message.emit(str(exc))
            return False
        return self.host.push(command)
