"""The Conflicts panel: merge conflicts recorded in the map, mine and theirs side by side.

"Keep mine" and "Take theirs" are each one undoable command (commands.conflicts.ResolveConflict).
Selecting a conflict selects its item on the canvas and scrolls to it.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.names import plain_tooltip
from journeymapper.commands.conflicts import ResolveConflict
from journeymapper.compare.conflicts import ConflictView, conflict_views
from journeymapper.ui.plurals import counted
from journeymapper.ui.session import DocumentChange, MapSession, follow

_ID = Qt.ItemDataRole.UserRole


class ConflictsPanel(QWidget):
    #: The number of conflicts left, after every change.
    countChanged = Signal(int)

    def __init__(self, session: MapSession, scene: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self.views: list[ConflictView] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("conflicts-summary")
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("conflicts-list")
        self.list.currentRowChanged.connect(self._show_current)
        layout.addWidget(self.list, 2)
        sides = QHBoxLayout()
        self.mine_label, self.mine = self._side(sides, "conflict-mine")
        self.theirs_label, self.theirs = self._side(sides, "conflict-theirs")
        self.mine.setAccessibleName(self.tr("Mine"))
        self.theirs.setAccessibleName(self.tr("Theirs"))
        layout.addLayout(sides, 3)
        buttons = QHBoxLayout()
        #: Resolves a merge conflict with the user's own version of the item (Danish: "Behold min version").
        self.keep = QPushButton(self.tr("Keep Mine"))
        self.keep.setObjectName("keep-mine")
        #: Resolves a merge conflict with the other map's version of the item.
        self.take = QPushButton(self.tr("Take Theirs"))
        self.take.setObjectName("take-theirs")
        self.keep.clicked.connect(lambda: self.resolve(take_theirs=False))
        self.take.clicked.connect(lambda: self.resolve(take_theirs=True))
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _side(self, row: QHBoxLayout, name: str) -> tuple[QLabel, QPlainTextEdit]:
        column = QVBoxLayout()
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a sync tool's long file name must not widen the dock
        label.setObjectName(f"{name}-label")
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setObjectName(name)
        column.addWidget(label)
        column.addWidget(text)
        row.addLayout(column, 1)
        return label, text

    def set_session(self, session: MapSession) -> None:
        follow(self.session, session, self._on_changed)
        self.session = session
        self.refresh()

    def _on_changed(self, event: DocumentChange) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        keep_id = current.conflict.id if current else None
        self.views = conflict_views(self.session.doc)
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem(self._title(view))
            item.setData(_ID, view.conflict.id)
            item.setToolTip(plain_tooltip(self._title(view)))  # card texts are user text
            self.list.addItem(item)
        row = next((i for i, v in enumerate(self.views) if v.conflict.id == keep_id), 0 if self.views else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        count = len(self.views)
        self.summary.setText(counted(self.tr("%n conflict(s) to resolve from a merge.", "", count), count)
                             if count else self.tr("No merge conflicts."))
        self._show_current(row)
        self.countChanged.emit(count)

    def _title(self, view: ConflictView) -> str:
        c = view.conflict
        if c.field == "" and c.theirs is None:
            what = self.tr("you changed it, they deleted it")
        elif c.field == "":
            what = self.tr("you deleted it, they changed it")
        elif c.field == "position":
            what = self.tr("moved to different places")
        else:
            what = c.field.replace("_", " ")
        kinds = {"map": self.tr("Map"), "stage": self.tr("Stage"), "lane": self.tr("Lane"), "card": self.tr("Card"),
                 "persona": self.tr("Persona"), "curve": self.tr("Curve"), "point": self.tr("Curve point"),
                 "connector": self.tr("Connector"), "metric": self.tr("KPI"), "asset": self.tr("Image")}
        return f"{kinds.get(c.kind, c.kind)} “{view.label}”: {what}"

    def current(self) -> Optional[ConflictView]:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_current(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        self.keep.setEnabled(view is not None)
        self.take.setEnabled(view is not None)
        if view is None:
            for label, text in ((self.mine_label, self.mine), (self.theirs_label, self.theirs)):
                label.setText("")
                text.setPlainText("")
            return
        source = view.conflict.source or self.tr("the other map")
        self.mine_label.setText(self.tr("Mine"))
        self.theirs_label.setText(self.tr("Theirs (from {source})").format(source=source))
        deleted = self.tr("(deleted)")
        self.mine.setPlainText(deleted if view.mine is None else view.mine)
        self.theirs.setPlainText(deleted if view.theirs is None else view.theirs)
        item_id = view.conflict.item_id.partition("/")[0] if view.conflict.kind == "point" else view.conflict.item_id
        target = self.scene.item_for(item_id) if item_id else None
        if target is not None:
            self.scene.select_ids([item_id])
            for canvas in self.scene.views():
                canvas.ensureVisible(target.sceneBoundingRect(), 40, 40)

    def resolve(self, take_theirs: bool) -> None:
        view = self.current()
        if view is None:
            return
        try:
            self.session.push(ResolveConflict(view.conflict.id, take_theirs))
        except ValueError as exc:
            self.summary.setText(str(exc))

