"""The persona panel (a dock); the persona editor dialog is in ``persona_dialog.py``.

Every edit is one command pushed on the session's undo stack: adding a persona
(with its photo: ``AddAsset`` + ``AddPersona``), editing it (``SetPersonaFields``,
a new photo with its ``AddAsset``), deleting it (``RemoveItems``, which takes its
curves), and adding, removing, showing or hiding its emotion curves. The
"Filter map by persona" choice is a view state of the scene, never saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas import curve_drops as cd
from journeymapper.canvas.images import photo_pixmap, unused_asset
from journeymapper.commands.base import Change, Command
from journeymapper.commands.removal import RemoveItems
from journeymapper.model import CurveVariant, JourneyMap, LaneKind, Persona
from journeymapper.text import quoted
from journeymapper.ui.inspector_pages import swatch
from journeymapper.ui.language import interface_language
from journeymapper.ui.session import DocumentChange, MapSession, follow

if TYPE_CHECKING:  # the dialog loads when first opened, not at start-up
    from journeymapper.ui.persona_dialog import PersonaDialog

_ROLE = Qt.ItemDataRole.UserRole


class PersonaPanel(QWidget):
    """Dock contents: the map's personas, their curves, and the persona filter."""

    def __init__(self, session: MapSession, scene: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self.dialog: Optional[PersonaDialog] = None
        self._shown: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.filter = QComboBox()
        self.filter.setObjectName("persona-filter")
        self.filter.setToolTip(self.tr("Fade the cards about other personas and show only this persona's curves"))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("Filter map by persona"))
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("persona-list")
        self.list.setIconSize(QPixmap(28, 28).size())
        self.list.setToolTip(self.tr("Tick a persona to show its emotion curves"))
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_persona())
        self.list.currentItemChanged.connect(lambda *_: self._show_details())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(
            lambda pos: self.curve_menu().exec(self.list.viewport().mapToGlobal(pos)))
        layout.addWidget(self.list, 1)
        self.details = QLabel()
        self.details.setObjectName("persona-details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Add"), self.add_persona), ("edit", self.tr("Edit"), self.edit_persona),
                                ("delete", self.tr("Delete"), self.delete_persona)):
            button = QPushButton(text)
            button.setObjectName(f"persona-{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
            self.buttons[key] = button
        self.curves_button = QPushButton(self.tr("Curves"))
        self.curves_button.setObjectName("persona-curves")
        self.curves_button.setToolTip(self.tr("Add or remove the selected persona's emotion curves"))
        self.curves_button.setMenu(QMenu(self.curves_button))
        self.curves_button.menu().aboutToShow.connect(lambda: self.curve_menu(self.curves_button.menu()))
        row.addWidget(self.curves_button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("persona-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #B03A2E; }")
        self.error.hide()
        layout.addWidget(self.error)
        for label in (filter_label, self.details, self.error):  # user text is never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- following the session -------------------------------------------------------------------
    def set_session(self, session: MapSession) -> None:
        """Follow ``session`` and show its personas, unfiltered."""
        follow(self.session, session, self._on_changed)
        self.session = session
        self._restart()

    def _restart(self) -> None:
        self._shown = None
        self.filter.setCurrentIndex(0)
        self.scene.set_persona_filter(None)
        self.refresh()

    def _on_changed(self, event: DocumentChange) -> None:
        if event.replaced:
            self._restart()
        elif not event.touches_only_cards(self.session.doc):  # cards show nowhere here
            self.refresh(event.change)

    def refresh(self, change: Optional[Change] = None) -> None:
        """Show the document's personas and curves after any command, undo or redo; pushes nothing."""
        doc = self.session.doc
        # repr, not model_dump_json: that builds Persona's serializer, which start-up otherwise never needs.
        shown = (tuple(repr(p) for p in doc.personas),
                 tuple((c.persona_id, c.variant, c.visible) for c in doc.curves),
                 tuple(lane.kind for lane in doc.lanes))
        if shown == self._shown:
            return
        self._shown = shown
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for persona in doc.personas:
            self.list.addItem(self._item(doc, persona))
            if persona.id == current:
                self.list.setCurrentRow(self.list.count() - 1)
        self.list.blockSignals(False)
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All personas"), None)
        for persona in doc.personas:
            self.filter.addItem(swatch(persona.colour), cd.persona_name(persona), persona.id)
        index = self.filter.findData(chosen) if chosen is not None else 0
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)
        if chosen is not None and index < 0:
            self.scene.set_persona_filter(None)  # the filtered persona was deleted
        self._show_details()

    def _item(self, doc: JourneyMap, persona: Persona) -> QListWidgetItem:
        text = cd.persona_name(persona) + (f"\n{persona.role}" if persona.role else "")
        photo = photo_pixmap(next((a for a in doc.assets if a.id == persona.photo), None), 28)
        item = QListWidgetItem(QIcon(photo) if photo is not None else swatch(persona.colour, (20, 20)), text)
        item.setData(_ROLE, persona.id)
        curves = [c for c in doc.curves if c.persona_id == persona.id]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if curves:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            shown = sum(c.visible for c in curves)
            item.setCheckState(Qt.CheckState.Checked if shown == len(curves) else Qt.CheckState.Unchecked
                               if shown == 0 else Qt.CheckState.PartiallyChecked)
        else:
            item.setFlags(flags)
            item.setToolTip(self.tr("No emotion curve yet: add one with Curves"))
        return item

    def current_id(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def _current(self) -> Optional[Persona]:
        pid = self.current_id()
        return next((p for p in self.session.doc.personas if p.id == pid), None)

    def _show_details(self) -> None:
        persona = self._current()
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(persona is not None)
        if persona is None:
            self.details.setText(self.tr("No personas yet.") if not self.session.doc.personas else "")
            return
        parts = [cd.persona_name(persona) + (f" — {persona.role}" if persona.role else "")]
        if persona.quote:
            parts.append(quoted(persona.quote, interface_language()))
        if persona.description:
            parts.append(persona.description)
        for title, items in ((self.tr("Goals"), persona.goals), (self.tr("Frustrations"), persona.frustrations)):
            if items:
                parts.append(title + "\n" + "\n".join(f"• {line}" for line in items))
        if persona.demographics:
            parts.append(persona.demographics)
        self.details.setText("\n\n".join(parts))

    # -- persona commands ------------------------------------------------------------------------------
    def push(self, command: Optional[Command]) -> bool:
        if command is None:
            return False
        try:
            self.session.push(command)
        except ValueError as exc:
            self.error.setText(self.tr("Not changed: {reason}").format(reason=exc))
            self.error.show()
            return False
        self.error.hide()
        return True

    def add_persona(self) -> PersonaDialog:
        return self._open_dialog(None)

    def edit_persona(self) -> Optional[PersonaDialog]:
        persona = self._current()
        return self._open_dialog(persona) if persona is not None else None

    def _open_dialog(self, persona: Optional[Persona]) -> PersonaDialog:
        from journeymapper.ui.persona_dialog import PersonaDialog

        if self.dialog is not None:
            self.dialog.close()
        dialog = PersonaDialog(self.session.doc, persona, self)
        dialog.accepted.connect(lambda: self.push(dialog.command()))
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_persona(self) -> None:
        persona = self._current()
        if persona is None:
            return
        ids = [persona.id]
        if persona.photo is not None and unused_asset(self.session.doc, persona.photo, ignore=persona.id):
            ids.append(persona.photo)
        self.push(RemoveItems(ids, name="Delete Persona"))

    # -- curves ---------------------------------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        pid = item.data(_ROLE)
        curves = [c.id for c in self.session.doc.curves if c.persona_id == pid]
        visible = item.checkState() != Qt.CheckState.Unchecked
        self.push(cd.visibility_command(self.session.doc, curves, visible))

    def curve_menu(self, menu: Optional[QMenu] = None) -> QMenu:
        """Add or remove the current persona's as-is and to-be curves, per emotions lane."""
        menu = menu if menu is not None else QMenu(self)
        menu.clear()
        doc, persona = self.session.doc, self._current()
        lanes = [lane for lane in doc.lanes if lane.kind is LaneKind.EMOTIONS]
        if persona is None or not lanes:
            text = self.tr("Select a persona first") if persona is None else self.tr("The map has no emotions lane")
            menu.addAction(text).setEnabled(False)
            return menu
        for lane in lanes:
            if len(lanes) > 1:
                menu.addSection(lane.title.replace("&", "&&"))
            for variant in CurveVariant:
                curve = next((c for c in doc.curves if c.lane_id == lane.id and c.persona_id == persona.id
                              and c.variant is variant), None)
                name = cd.variant_name(variant)
                if curve is None:
                    action = menu.addAction(self.tr("Add {variant} curve").format(variant=name))
                    action.triggered.connect(lambda _c=False, lid=lane.id, v=variant: self.push(
                        cd.add_curve_command(self.session.doc, lid, persona.id, v)[0]))
                else:
                    action = menu.addAction(self.tr("Remove {variant} curve").format(variant=name))
                    action.triggered.connect(lambda _c=False, cid=curve.id: self.push(cd.remove_curves_command([cid])))
                action.setObjectName(f"persona-curve-{'add' if curve is None else 'remove'}-{variant.value}")
        return menu

    def _filter_changed(self, index: int) -> None:
        self.scene.set_persona_filter(self.filter.itemData(index))


__all__ = ["PersonaPanel", "photo_pixmap"]
