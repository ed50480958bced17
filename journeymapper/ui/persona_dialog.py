"""The persona editor dialog: every field of a persona, its colour and photo.

The photo is a PNG or JPEG chosen from disk or dropped onto the dialog; it is
checked and re-encoded (``canvas.images.load_image``) before it becomes an asset.
:meth:`PersonaDialog.command` is the one undo step OK pushes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas import curve_drops as cd
from journeymapper.canvas.images import ImageError, load_image, photo_pixmap, unused_asset
from journeymapper.commands.assets import AddAsset
from journeymapper.commands.base import Command, Composite
from journeymapper.commands.personas import AddPersona, SetPersonaFields
from journeymapper.commands.removal import RemoveItems
from journeymapper.model import MAX_TEXT, Asset, JourneyMap, Persona, new_id
from journeymapper.ui import inspector_pages
from journeymapper.ui.inspector_pages import swatch
from journeymapper.ui.problems import error_text

PHOTO_PX = 72


def choose_photo_file(parent: QWidget) -> Optional[Path]:
    """Ask for a PNG or JPEG file; None if cancelled. Tests replace this function."""
    name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Choose a Photo"), "",
                                          parent.tr("Images (*.png *.jpg *.jpeg)"))
    return Path(name) if name else None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PersonaDialog(QDialog):
    """Edits one persona (or a new one); :meth:`command` is what OK should push."""

    def __init__(self, doc: JourneyMap, persona: Optional[Persona] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona-dialog")
        self.doc = doc
        self.persona = persona
        self.setWindowTitle(self.tr("Edit Persona") if persona else self.tr("New Persona"))
        self.setAcceptDrops(True)
        self.setMinimumWidth(480)
        self.colour = persona.colour if persona else cd.next_persona_colour(doc)
        self.photo_id = persona.photo if persona else None
        self.new_photo: Optional[Asset] = None  # chosen in this dialog, not in the map yet

        form = QFormLayout()
        self.name = self._line("persona-name", persona.name if persona else cd.new_persona(doc).name)
        self.role = self._line("persona-role", persona.role if persona else "", self.tr("e.g. Student, first laptop"))
        self.quote = self._line("persona-quote", persona.quote if persona else "", self.tr("In their own words"))
        self.description = self._text("persona-description", persona.description if persona else "", 3)
        self.goals = self._text("persona-goals", "\n".join(persona.goals) if persona else "", 3,
                                self.tr("One goal per line"))
        self.frustrations = self._text("persona-frustrations", "\n".join(persona.frustrations) if persona else "",
                                       3, self.tr("One frustration per line"))
        self.demographics = self._line("persona-demographics", persona.demographics if persona else "",
                                       self.tr("Age, place, work, income…"))
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Role"), self.role),
                              (self.tr("Quote"), self.quote), (self.tr("Description"), self.description),
                              (self.tr("Goals"), self.goals), (self.tr("Frustrations"), self.frustrations),
                              (self.tr("Demographics"), self.demographics)):
            form.addRow(label, widget)
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("persona-colour")
        self.colour_button.clicked.connect(self._pick_colour)
        form.addRow(self.tr("Colour"), self.colour_button)

        photo_row = QHBoxLayout()
        self.photo = QLabel()
        self.photo.setObjectName("persona-photo")
        self.photo.setFixedSize(PHOTO_PX, PHOTO_PX)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("QLabel { border: 1px dashed #95A5A6; color: #7F8C8D; }")
        photo_row.addWidget(self.photo)
        column = QVBoxLayout()
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("persona-photo-choose")
        choose.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton(self.tr("Remove"))
        self.remove_photo.setObjectName("persona-photo-remove")
        self.remove_photo.clicked.connect(self._remove_photo)
        column.addWidget(choose)
        column.addWidget(self.remove_photo)
        column.addStretch(1)
        photo_row.addLayout(column)
        photo_row.addStretch(1)
        form.addRow(self.tr("Photo"), photo_row)

        self.error = QLabel()
        self.error.setObjectName("persona-dialog-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #B03A2E; }")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for shown in self.findChildren(QLabel):
            shown.setTextFormat(Qt.TextFormat.PlainText)
        self._show_colour()
        self._show_photo()
        self._update_ok()

    def _line(self, name: str, text: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setMaxLength(MAX_TEXT)
        edit.setCursorPosition(0)  # long text shows its start
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, name: str, text: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    # -- colour and photo -------------------------------------------------------------------------
    def set_colour(self, colour: str) -> None:
        self.colour = colour.upper()
        self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.colour))
        self.colour_button.setText(self.colour.upper())

    def _pick_colour(self) -> None:
        picked = inspector_pages.pick_colour(self, self.colour, self.tr("Persona Colour"))
        if picked is not None:
            self.set_colour(picked)

    def _choose_photo(self) -> None:
        path = choose_photo_file(self)
        if path is not None:
            self.load_photo(path)

    def load_photo(self, path: Path) -> bool:
        """Check and re-encode a PNG or JPEG file as the new photo; False (and the reason shown) if refused."""
        try:
            self.new_photo = load_image(path)
        except ImageError as exc:
            self.show_error(error_text(exc))
            return False
        self.photo_id = self.new_photo.id
        self.show_error("")
        self._show_photo()
        return True

    def _remove_photo(self) -> None:
        self.new_photo, self.photo_id = None, None
        self._show_photo()

    def _photo_asset(self) -> Optional[Asset]:
        if self.new_photo is not None:
            return self.new_photo
        return next((a for a in self.doc.assets if a.id == self.photo_id), None)

    def _show_photo(self) -> None:
        pixmap = photo_pixmap(self._photo_asset(), PHOTO_PX - 4)
        if pixmap is None:
            self.photo.clear()
            self.photo.setText(self.tr("Drop a\nphoto here"))
        else:
            self.photo.setPixmap(pixmap)
        self.remove_photo.setEnabled(self.photo_id is not None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.load_photo(files[0])

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    # -- the result ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "name": " ".join(self.name.text().split()), "role": self.role.text().strip(),
            "quote": self.quote.text().strip(), "description": self.description.toPlainText().strip(),
            "goals": _lines(self.goals.toPlainText()), "frustrations": _lines(self.frustrations.toPlainText()),
            "demographics": self.demographics.text().strip(), "colour": self.colour, "photo": self.photo_id,
        }

    def command(self) -> Optional[Command]:
        """One undo step making the map hold what the dialog shows; None if nothing changed."""
        values = self.values()
        commands: list[Command] = [AddAsset(self.new_photo)] if self.new_photo is not None else []
        if self.persona is None:
            persona = Persona(id=new_id("p-"), **values)
            return Composite("Add Persona", [*commands, AddPersona(persona)])
        changed = {k: v for k, v in values.items() if getattr(self.persona, k) != v}
        if not changed:
            return None
        commands.append(SetPersonaFields(self.persona.id, **changed))
        old = self.persona.photo
        if "photo" in changed and old is not None and unused_asset(self.doc, old, ignore=self.persona.id):
            commands.append(RemoveItems([old]))  # the replaced photo is shown nowhere else
        return Composite("Edit Persona", commands)


__all__ = ["PersonaDialog", "choose_photo_file", "photo_pixmap"]
