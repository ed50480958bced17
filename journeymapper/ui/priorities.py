"""The Priorities panel (a dock): pain points and opportunities by dot votes, with their stage.

It follows the session itself (``set_session`` subscribes to ``changed``), pushes only
ClearVotes, and a click on a row selects that card on the canvas.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.analysis.priorities import Priority, ranked
from journeymapper.commands.votes import ClearVotes
from journeymapper.model import LaneKind
from journeymapper.ui.plurals import counted
from journeymapper.ui.session import DocumentChange, MapSession, follow

_ROLE = Qt.ItemDataRole.UserRole


def kind_name(kind: LaneKind) -> str:
    if kind is LaneKind.PAIN_POINTS:
        return QCoreApplication.translate("PrioritiesPanel", "Pain point")
    return QCoreApplication.translate("PrioritiesPanel", "Opportunity")


class PrioritiesPanel(QWidget):
    def __init__(self, session: MapSession, scene: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.session: Optional[MapSession] = None
        self._shown: Optional[list[Priority]] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("priorities-summary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("priorities-list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Votes"), self.tr("Card"), self.tr("Stage")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemClicked.connect(self._show_on_map)
        self.clear_button = QPushButton(self.tr("Clear Votes"), self)
        self.clear_button.setObjectName("clear-votes")
        self.clear_button.setToolTip(self.tr("Take every vote off the map for a new round (undoable)"))
        self.clear_button.clicked.connect(self.clear_votes)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self.set_session(session)

    def set_session(self, session: MapSession) -> None:
        """Follow ``session``: its changes refresh the list; a reload shows its new document."""
        follow(self.session, session, self._on_changed)
        self.session = session
        self._shown = None
        self.refresh()

    def _on_changed(self, event: DocumentChange) -> None:
        if event.replaced:
            self._shown = None
        self.refresh()

    def rows(self) -> list[Priority]:
        assert self.session is not None
        return ranked(self.session.doc)

    def refresh(self) -> None:
        rows = self.rows()
        if rows == self._shown:
            return
        self._shown = rows
        self.tree.clear()
        for row in rows:
            text = " ".join(row.text.split()) or self.tr("(empty card)")
            item = QTreeWidgetItem([str(row.votes), f"{kind_name(row.kind)}: {text}", row.stage_name])
            item.setData(0, _ROLE, row.card_id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, text)
            self.tree.addTopLevelItem(item)
        total = sum(row.votes for row in rows)
        self.summary.setText(counted(self.tr("%n vote(s) on pain points and opportunities", "", total), total))
        self.clear_button.setEnabled(any(card.votes for card in self.session.doc.cards) if self.session else False)

    def card_ids(self) -> list[str]:
        """The listed cards, top to bottom."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, _ROLE) for item in items if item is not None]

    def clear_votes(self) -> None:
        if self.session is None:
            return
        try:
            self.session.push(ClearVotes())
        except ValueError:
            self.clear_button.setEnabled(False)

    def _show_on_map(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = item.data(0, _ROLE)
        self.scene.select_ids([card_id])
        card = self.scene.item_for(card_id)
        if card is not None:
            for view in self.scene.views():
                view.ensureVisible(card)
