"""Connecting cards: a handle on the hovered card's right edge, dragged to another card.

While dragging, a rubber line follows the pointer and the card under it is
outlined; releasing over another card pushes one ``AddConnector`` ("back" when
the target is in an earlier stage, else "flow"). A connector's label is edited
in place by double-clicking it (Enter commits, Esc cancels).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsRectItem, QLineEdit, QWidget

from journeymapper.canvas.items import CardItem
from journeymapper.canvas.keyboard import commit_or_cancel
from journeymapper.commands.connectors import AddConnector, SetConnectorFields
from journeymapper.layout.geometry import CardBox
from journeymapper.model import Connector, ConnectorStyle, new_id

if TYPE_CHECKING:
    from journeymapper.canvas.host import ItemHost

HANDLE_COLOUR = "#1E88E5"
#: Handle radius in points, and at least this many screen pixels.
HANDLE_RADIUS, HANDLE_MIN_PX = 5.0, 6.0
Z_HANDLE = 20  # above cards and connectors, below the pinned headers
Z_RUBBER = 25  # over cards and connectors, under the pinned headers
LABEL_MAX = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("Connectors", text)


def _valid(item: object) -> bool:
    """True while a preview item still exists (``scene.clear()`` deletes it on a full rebuild)."""
    return item is not None and shiboken6.isValid(item)


class ConnectorDrag:
    """The hover handle and the drag from it; one per scene."""

    def __init__(self, host: ItemHost) -> None:
        self.host = host
        self.handle: Optional[QGraphicsEllipseItem] = None
        self.handle_card: Optional[str] = None
        self.rubber: Optional[QGraphicsLineItem] = None
        self.target_frame: Optional[QGraphicsRectItem] = None
        self.source: Optional[str] = None

    # -- the handle ------------------------------------------------------------------------------
    def radius(self) -> float:
        return max(HANDLE_RADIUS, HANDLE_MIN_PX / self.host.pixels_per_point())

    def handle_centre(self, box: CardBox) -> QPointF:
        return QPointF(box.rect.right, box.rect.cy)

    def _on_handle(self, pos: QPointF) -> bool:
        box = self.host.layout.card(self.handle_card) if self.handle_card else None
        if box is None or self.handle is None or not _valid(self.handle) or not self.handle.isVisible():
            return False
        centre = self.handle_centre(box)
        return math.hypot(pos.x() - centre.x(), pos.y() - centre.y()) <= self.radius() * 1.4

    def hover(self, pos: QPointF) -> Optional[Qt.CursorShape]:
        """Show the handle on the card under the pointer (or keep it while the pointer is on it)."""
        if self._on_handle(pos):
            return Qt.CursorShape.CrossCursor
        top = self.host.item_at(pos)
        if not isinstance(top, CardItem):  # nothing, or a pinned header or connector over the card
            self.hide_handle()
            return None
        self.show_handle(top.box)
        return None

    def show_handle(self, box: CardBox) -> None:
        if not _valid(self.handle):
            self.handle = QGraphicsEllipseItem()
            self.handle.setBrush(QBrush(QColor("#FFFFFF")))
            self.handle.setPen(QPen(QColor(HANDLE_COLOUR), 1.5))
            self.handle.setZValue(Z_HANDLE)
            self.handle.setToolTip(_tr("Drag to another card to connect them"))
            self.host.addItem(self.handle)
        assert self.handle is not None
        r, c = self.radius(), self.handle_centre(box)
        self.handle.setRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        self.handle_card = box.card_id
        self.handle.show()

    def hide_handle(self) -> None:
        if _valid(self.handle):
            self.handle.hide()  # type: ignore[union-attr]
        self.handle_card = None

    # -- the gesture -----------------------------------------------------------------------------
    def press(self, pos: QPointF) -> bool:
        if not self._on_handle(pos):
            self.hide_handle()  # another gesture starts: the handle would be left behind
            return False
        self.source = self.handle_card
        box = self.host.layout.card(self.source) if self.source else None
        if box is None:
            self.source = None
            return False
        if not _valid(self.rubber):
            self.rubber = QGraphicsLineItem()
            pen = QPen(QColor(HANDLE_COLOUR), 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self.rubber.setPen(pen)
            self.rubber.setZValue(Z_RUBBER)
            self.host.addItem(self.rubber)
        start = self.handle_centre(box)
        self.rubber.setLine(QLineF(start, pos))  # type: ignore[union-attr]
        self.rubber.show()  # type: ignore[union-attr]
        return True

    def target_at(self, pos: QPointF) -> Optional[CardBox]:
        box = self.host.layout.card_at(pos.x(), pos.y())
        return box if box is not None and box.card_id != self.source else None

    def move(self, pos: QPointF) -> None:
        box = self.host.layout.card(self.source) if self.source else None
        if box is None or not _valid(self.rubber):
            return
        self.rubber.setLine(QLineF(self.handle_centre(box), pos))  # type: ignore[union-attr]
        target = self.target_at(pos)
        if target is None:
            if _valid(self.target_frame):
                self.target_frame.hide()  # type: ignore[union-attr]
            return
        if not _valid(self.target_frame):
            self.target_frame = QGraphicsRectItem()
            self.target_frame.setPen(QPen(QColor(HANDLE_COLOUR), 2.0))
            self.target_frame.setZValue(Z_RUBBER)
            self.host.addItem(self.target_frame)
        r = target.rect
        self.target_frame.setRect(QRectF(r.x, r.y, r.w, r.h).adjusted(-2, -2, 2, 2))  # type: ignore[union-attr]
        self.target_frame.show()  # type: ignore[union-attr]

    def release(self, pos: QPointF) -> None:
        source, target = self.source, self.target_at(pos)
        self.cancel()
        if source is None or target is None:
            return
        doc = self.host.doc
        if any(c.from_card == source and c.to_card == target.card_id for c in doc.connectors):
            self.host.message.emit(_tr("These cards are already connected."))
            return
        columns = [s.id for s in doc.stages]
        from_box = self.host.layout.card(source)
        back = from_box is not None and columns.index(target.stage_id) < columns.index(from_box.stage_id)
        connector = Connector(id=new_id("cn-"), from_card=source, to_card=target.card_id,
                              style=ConnectorStyle.BACK if back else ConnectorStyle.FLOW)
        command = AddConnector(connector)
        command.name = "Connect Cards"
        if self.host.push(command):
            self.host.select_ids([connector.id])

    def cancel(self) -> None:
        self.source = None
        self.hide_handle()  # the next hover shows it where the pointer is
        for item in (self.rubber, self.target_frame):
            if _valid(item):
                item.hide()  # type: ignore[union-attr]

    # -- the label, edited in place --------------------------------------------------------------
    def edit_label(self, connector_id: str) -> bool:
        """Open a one-line editor over the connector's label (or its middle, if it has none)."""
        host = self.host
        connector = next((c for c in host.doc.connectors if c.id == connector_id), None)
        path = next((c for c in host.layout.connectors if c.connector_id == connector_id), None)
        if connector is None or path is None:
            return False

        def commit(text: str) -> None:
            if any(c.id == connector_id for c in host.doc.connectors):
                command = SetConnectorFields(connector_id, label=text)
                command.name = "Edit Connector Label"
                host.push(command)

        return edit_in_place(host, QPointF(*path.label_anchor), connector.label, commit,
                             "connector-label-editor", _tr("Label")) is not None


class LabelEditor(QLineEdit):
    """A one-line editor over the canvas: Enter or clicking elsewhere commits, Esc cancels."""

    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setMaxLength(LABEL_MAX)
        self.setStyleSheet("QLineEdit { background: #FFFFFF; border: 2px solid #1E88E5; border-radius: 3px; "
                           "color: #212121; padding: 1px 3px; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not commit_or_cancel(event, self.committed, self.cancelled):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.committed.emit()


def edit_in_place(host: ItemHost, anchor: QPointF, text: str, commit: Callable[[str], None], name: str,
                  placeholder: str = "") -> Optional[LabelEditor]:
    """A :class:`LabelEditor` centred on scene point ``anchor``; ``commit`` gets the new text if it changed."""
    views = host.views()
    if not views:
        return None
    view = views[0]
    for old in view.viewport().findChildren(LabelEditor):
        old.committed.emit()  # one editor at a time: the previous one commits
    editor = LabelEditor(view.viewport())
    editor.setObjectName(name)
    editor.setPlaceholderText(placeholder)
    editor.setText(text)
    editor.selectAll()
    centre = view.mapFromScene(anchor)
    editor.setGeometry(centre.x() - 100, centre.y() - 13, 200, 26)
    done: list[bool] = []

    def finish(keep: bool) -> None:
        if done:
            return
        done.append(True)
        new = " ".join(editor.text().split())
        editor.hide()
        editor.deleteLater()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if keep and new != text:
            commit(new)

    editor.committed.connect(lambda: finish(True))
    editor.cancelled.connect(lambda: finish(False))
    editor.show()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return editor


def set_style_command(connector_id: str, style: ConnectorStyle) -> SetConnectorFields:
    command = SetConnectorFields(connector_id, style=style)
    command.name = "Change Connector Style"
    return command


__all__ = ["ConnectorDrag", "LabelEditor", "edit_in_place", "set_style_command"]
