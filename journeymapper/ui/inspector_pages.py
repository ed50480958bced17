"""Building blocks of the inspector's pages: the page base, field bindings and editors.

A page binds each editor to one value of the shown item through a :class:`Field`: how to
read the value from the model, show it, read it back from the editor and turn it into a
command. Pages never write to the model; they hand commands to their host (the inspector),
which pushes them. The concrete pages (card, stage, …) are in :mod:`journeymapper.ui.inspector`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, Optional, Protocol

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymapper.commands.base import Command
from journeymapper.model import MAX_TEXT, Persona

#: What a multi-item field reads when the items disagree.
MIXED: Any = type("Mixed", (), {"__repr__": lambda self: "MIXED"})()
#: A field's ``shown`` before anything was shown: forces the next sync to show the value.
_UNSHOWN: Any = object()


class Host(Protocol):
    """What a page needs from the inspector."""

    def document(self) -> Any: ...
    def push_command(self, command: Command) -> bool: ...
    def show_error(self, message: str) -> None: ...


def pick_colour(parent: QWidget, initial: str, title: str) -> Optional[str]:
    """Ask for a colour ("#RRGGBB"), None if cancelled. Tests replace this function."""
    colour = QColorDialog.getColor(QColor(initial), parent, title)
    return colour.name().upper() if colour.isValid() else None


@contextmanager
def blocked(*widgets: QWidget) -> Iterator[None]:
    """No signals from ``widgets`` while showing a model value, so nothing is pushed back."""
    previous = [widget.blockSignals(True) for widget in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, previous, strict=True):
            widget.blockSignals(was)


def same_colour(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.upper() == b.upper()
    return a is b if MIXED in (a, b) else a == b


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags, trimmed, without empty ones or repeats."""
    return list(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


def swatch(colour: Any, size: tuple[int, int] = (22, 14)) -> QIcon:
    """A rounded colour sample; MIXED draws a struck-through white one."""
    pixmap = QPixmap(*size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7F8C8D"), 1))
    painter.setBrush(QColor(colour if isinstance(colour, str) else "#FFFFFF"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size[0] - 1, size[1] - 1), 3, 3)
    if colour is MIXED:
        painter.drawLine(3, size[1] - 3, size[0] - 3, 3)
    painter.end()
    return QIcon(pixmap)


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` keeping the cursor where it was (clamped), without emitting signals."""
    if edit.text() == text:
        return
    position = edit.cursorPosition()
    with blocked(edit):
        edit.setText(text)
        edit.setCursorPosition(min(position, len(text)))


class PlainTextEdit(QPlainTextEdit):
    """Multi-line user text that reports ``committed`` on focus-out and on Ctrl+Enter."""

    committed = Signal()

    def __init__(self, name: str, placeholder: str = "", lines: int = 4) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTabChangesFocus(True)  # Tab moves to the next field, as in every form
        self.setPlaceholderText(placeholder)
        self._height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(self._height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        popup = QApplication.activePopupWidget()
        # Like QLineEdit: the editor's own context menu is not the end of the edit.
        if event.reason() == Qt.FocusReason.PopupFocusReason and popup and popup.parentWidget() is self:
            return
        self.committed.emit()

    def set_text(self, text: str) -> None:
        """Show ``text`` keeping cursor, selection and scroll position (clamped)."""
        if self.toPlainText() == text:
            return
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        scroll = self.verticalScrollBar().value()
        with blocked(self):
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(anchor, len(text)))
            cursor.setPosition(min(position, len(text)), cursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(scroll)


class ColourButton(QWidget):
    """A swatch button opening a colour dialog, with an optional reset to a default.

    ``colour`` is "#RRGGBB", None (use the default) or MIXED; ``chosen`` fires after a pick.
    """

    chosen = Signal()

    def __init__(self, name: str, title: str, reset: bool = False, swatches: bool = False) -> None:
        super().__init__()
        self.title = title
        self.swatches = swatches  # a grid of card colours first, the full dialog behind "More…"
        self.colour: Any = None
        self.default = "#FFFFFF"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.button = QPushButton()
        self.button.setObjectName(name)
        self.button.setToolTip(self.tr("Choose a colour"))
        self.button.clicked.connect(self._pick)
        layout.addWidget(self.button, 1)
        self.reset: Optional[QPushButton] = None
        if reset:
            self.reset = QPushButton(self.tr("Reset"))
            self.reset.setObjectName(f"{name}-default")
            self.reset.setToolTip(self.tr("Use the lane's default card colour again"))
            self.reset.clicked.connect(self._reset)
            layout.addWidget(self.reset)

    def set_colour(self, colour: Any) -> None:
        self.colour = colour
        self._render()

    def set_default(self, default: str) -> None:
        if default != self.default:
            self.default = default
            self._render()

    def _render(self) -> None:
        if self.colour is MIXED:
            self.button.setIcon(swatch(MIXED))
            self.button.setText(self.tr("Mixed"))
        elif self.colour is None:
            self.button.setIcon(swatch(self.default))
            self.button.setText(self.tr("Lane default"))
        else:
            self.button.setIcon(swatch(self.colour))
            self.button.setText(self.colour.upper())
        if self.reset is not None:
            self.reset.setEnabled(self.colour is not None)

    def _pick(self) -> None:
        initial = self.colour if isinstance(self.colour, str) else self.default
        if self.swatches:
            from journeymapper.ui.swatches import card_swatches, choose_from_swatches

            current = self.colour if isinstance(self.colour, str) else None
            picked = choose_from_swatches(self.button, current, card_swatches(),
                                          lambda: pick_colour(self, initial, self.title))
        else:
            picked = pick_colour(self, initial, self.title)
        if picked is not None:
            self.set_colour(picked)
            self.chosen.emit()

    def _reset(self) -> None:
        self.set_colour(None)
        self.chosen.emit()


class PersonaChecklist(QListWidget):
    """The map's personas, each with a check box; ``itemChanged`` fires when one is toggled."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._key: Any = None

    def set_personas(self, personas: list[Persona]) -> bool:
        """Rebuild (all unchecked) if the personas differ from those shown; True if rebuilt."""
        key = tuple((p.id, p.name, p.colour) for p in personas)
        if key == self._key:
            return False
        self._key = key
        with blocked(self):
            self.clear()
            for persona in personas:
                item = QListWidgetItem(swatch(persona.colour, (12, 12)), persona.name or self.tr("Unnamed"))
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.addItem(item)
        self.setVisible(bool(personas))
        rows = max(1, min(len(personas), 6))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        return True

    def set_checked(self, ids: list[str]) -> None:
        with blocked(self):
            for item in self._items():
                checked = item.data(Qt.ItemDataRole.UserRole) in ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]


class Field:
    """One editor bound to one value of the page's item (``read``) and back (``value``/``make``)."""

    def __init__(self, read: Callable[[Any], Any], show: Callable[[Any], None],
                 value: Callable[[], Any], make: Callable[[Any, Any], Optional[Command]],
                 same: Callable[[Any, Any], bool] = lambda a, b: a == b) -> None:
        self.read, self.show, self.value, self.make, self.same = read, show, value, make, same
        self.shown: Any = _UNSHOWN
        #: What the editor gave back right after showing ``shown``: a value the editor cannot hold
        #: exactly (600 tags, a comma inside a tag) must not count as an edit the user made.
        self.untouched: Any = _UNSHOWN

    def display(self, value: Any) -> None:
        self.show(value)
        self.shown = value
        self.untouched = self.value()

    def edited(self) -> bool:
        return self.untouched is _UNSHOWN or not self.same(self.value(), self.untouched)


class Page(QWidget):
    """A form of fields for one kind of selection; ``ids`` are the items it shows."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.ids: tuple[str, ...] = ()
        self.fields: list[Field] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # rows keep their natural height; the rest is blank below them
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # -- to override -----------------------------------------------------------------------
    def item(self) -> Any:
        """The shown model object (or objects), None if it is gone."""
        return None

    def prepare(self, item: Any) -> None:
        """Update what is not a field (lists of choices, visibility) before the fields."""

    # -- showing ---------------------------------------------------------------------------
    def load(self, ids: tuple[str, ...]) -> None:
        self.ids = ids
        for field in self.fields:
            field.shown = _UNSHOWN
        self.sync()

    def sync(self) -> None:
        """Show model values that differ from those last shown; the user's unsaved typing stays."""
        item = self.item()
        if item is None:
            return
        self.prepare(item)
        for field in self.fields:
            value = field.read(item)
            if field.shown is _UNSHOWN or not field.same(value, field.shown):
                field.display(value)

    # -- committing ------------------------------------------------------------------------
    def command_for(self, field: Field) -> Optional[Command]:
        """The command making the model match the editor; None if nothing would change.

        Raises ValueError if the editor holds a value the model does not accept.
        """
        item = self.item()
        if item is None:
            return None
        if not field.edited():
            return None  # the user did not change what was shown
        new, old = field.value(), field.read(item)
        if new is MIXED or field.same(new, old):
            return None
        return field.make(new, item)

    def commit(self, field: Field) -> None:
        item = self.item()
        if item is None:
            return
        try:
            command = self.command_for(field)
        except ValueError as error:
            self.host.show_error(str(error))
            return  # keep the user's input on screen next to the error
        if command is not None and not self.host.push_command(command):
            return
        field.display(field.read(self.item()))  # also tidies what compared equal: "a ,b" -> "a, b"
        self.sync()

    def pending(self) -> list[Command]:
        """Commands for valid edits typed but not committed yet (the caller pushes them)."""
        commands = []
        for field in self.fields:
            with suppress(ValueError):
                commands.append(self.command_for(field))
        return [command for command in commands if command is not None]

    # -- building --------------------------------------------------------------------------
    def add(self, field: Field, signal: Any) -> Field:
        self.fields.append(field)
        signal.connect(lambda *_: self.commit(field))
        return field

    def line_edit(self, name: str, placeholder: str = "", max_length: int = MAX_TEXT) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        return edit

    def text_field(self, label: str, editor: Any, read: Callable[[Any], str],
                   make: Callable[[Any, Any], Optional[Command]]) -> Field:
        """A QLineEdit (commits on editingFinished) or PlainTextEdit (on ``committed``)."""
        self.form.addRow(label, editor)
        if isinstance(editor, QLineEdit):
            return self.add(Field(read, lambda v: set_line_text(editor, v), editor.text, make),
                            editor.editingFinished)
        return self.add(Field(read, editor.set_text, editor.toPlainText, make), editor.committed)

    def combo_field(self, label: str, combo: QComboBox, read: Callable[[Any], Any],
                    make: Callable[[Any, Any], Optional[Command]]) -> Field:
        """Choices whose data are strings; MIXED shows no choice (with the placeholder text)."""
        self.form.addRow(label, combo)

        def show(value: Any) -> None:
            with blocked(combo):
                combo.setCurrentIndex(-1 if value is MIXED else combo.findData(value))

        return self.add(Field(read, show, lambda: MIXED if combo.currentIndex() < 0 else combo.currentData(),
                              make), combo.currentIndexChanged)

    def colour_field(self, label: str, button: ColourButton, read: Callable[[Any], Any],
                     make: Callable[[Any, Any], Optional[Command]]) -> Field:
        self.form.addRow(label, button)
        return self.add(Field(read, button.set_colour, lambda: button.colour, make, same_colour),
                        button.chosen)

    def size_field(self, label: str, name: str, read: Callable[[Any], float],
                   make: Callable[[Any, Any], Command]) -> Field:
        """Relative width or height, 0.25 to 8 (1 = normal); commits on each change."""
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(0.25, 8.0)
        spin.setSingleStep(0.25)
        spin.setDecimals(2)
        # translate() with this class's context: self.tr() would use the subclass's name.
        spin.setSuffix(QCoreApplication.translate("Page", " ×"))
        spin.setKeyboardTracking(False)  # typed digits commit on Enter or focus-out, not each key
        spin.setToolTip(QCoreApplication.translate("Page", "Relative size: 1 is normal"))
        self.form.addRow(label, spin)

        def show(value: float) -> None:
            with blocked(spin):
                spin.setValue(value)

        return self.add(Field(read, show, spin.value, make, lambda a, b: abs(a - b) < 1e-9),
                        spin.valueChanged)

    def plain_form_labels(self) -> None:
        """The labels the form made for rows added with a text become plain text too.

        (Not ``findChildren(QLabel)``: that wraps every object inside the page for Python, the
        editors' documents, models and validators included, about 3 ms for the map page at start-up.)
        """
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setTextFormat(Qt.TextFormat.PlainText)

    def plain_label(self, name: str = "") -> QLabel:
        """A label for user text: never interpreted as markup."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def hint(self, text: str) -> QLabel:
        label = self.plain_label()
        label.setText(text)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        return label

    @staticmethod
    def combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
        """A combo box of (shown text, value) choices."""
        combo = QComboBox()
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def spin_box(name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        return spin


class InfoPage(Page):
    """For selections the inspector cannot edit (mixed kinds, connectors, personas)."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.note = self.hint(self.tr(
            "Select one card, stage or lane to edit it, several cards to change their colour "
            "or evidence together, or nothing to edit the map itself."))
        self.note.setObjectName("inspector-info")
        self.form.addRow(self.note)
