"""The template gallery (File > New, first start) and "Save as Template…".

A grid of thumbnails drawn from the templates themselves, filtered by category,
language and a search box, with a larger preview of the selected one. The user's own
templates sit under "My templates" and can be renamed, deleted, exported and imported;
one that does not load is listed greyed with its error. Thumbnails are drawn lazily,
the ones in view first, a few milliseconds' worth per timer tick.
"""

from __future__ import annotations

import html
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Optional, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSize, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.names import language_name
from journeymapper.canvas.thumbnails import INFO_ROLE, Index, ThumbnailDelegate, framed, thumbnail_for
from journeymapper.io import SUFFIX, DocumentError
from journeymapper.io import templates as tpl
from journeymapper.io.templates import TemplateInfo
from journeymapper.model import JourneyMap
from journeymapper.ui.file_dialogs import suggested_name
from journeymapper.ui.plurals import map_counts
from journeymapper.ui.problems import error_text

T = TypeVar("T")
SEARCH_ROLE = INFO_ROLE + 1
ICON = QSize(184, 132)  # thumbnail frame in the grid
CELL = QSize(204, 208)  # one grid tile: frame, a name of up to two lines and the summary
THUMB_WIDTH = 368  # drawn width of grid thumbnails (sharp on 2x screens too)
PREVIEW = QSize(340, 300)
PREVIEW_WIDTH = 680
TICK_BUDGET = 0.035  # seconds of thumbnail drawing per timer tick
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateGallery", text)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching: ``"Købsrejse"`` -> ``"kobsrejse"``."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def category_name(category: str) -> str:
    names = {
        "e-commerce": _tr("E-commerce"), "sales": _tr("Sales"), "service design": _tr("Service design"),
        "b2b": _tr("B2B"), "retail": _tr("Retail"), "workshop": _tr("Workshop"), "basic": _tr("Basic"),
        tpl.USER_CATEGORY: _tr("My templates"),
    }
    return names.get(category, category[:1].upper() + category[1:])


def ui_language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def _key(info: TemplateInfo) -> str:
    return f"{info.id}\0{info.language}"


def _attempt(parent: Optional[QWidget], title: str, work: Callable[[], T]) -> Optional[T]:
    """``work()``, or None after showing why it failed (as plain text: file names are never markup)."""
    try:
        return work()
    except (DocumentError, OSError, ValueError) as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc), QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("template-error")
        box.exec()
        return None


class _Filter(QSortFilterProxyModel):
    """Category ("" = all), language (built-ins only: a user template has one language) and words."""

    category, language, words = "", "en", tuple[str, ...]()

    def set_filter(self, category: str, language: str, search: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
        self.category, self.language, self.words = category, language, tuple(fold(search).split())
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        info: TemplateInfo = index.data(INFO_ROLE)
        if (self.category and info.category != self.category) or (info.builtin and info.language != self.language):
            return False
        return all(word in index.data(SEARCH_ROLE) for word in self.words)


class TemplateGallery(QDialog):
    """Pick a template and a title; after Create, :attr:`result_doc` holds the new map."""

    def __init__(self, parent: Optional[QWidget] = None, language: Optional[str] = None) -> None:
        super().__init__(parent)
        self.setObjectName("template-gallery")
        self.setWindowTitle(self.tr("New Journey Map"))
        self.resize(1080, 700)
        self.result_doc: Optional[JourneyMap] = None
        self._items: dict[str, QStandardItem] = {}
        self._pending: set[str] = set()
        self._pixmaps: dict[TemplateInfo, QPixmap] = {}
        self.action_buttons: dict[str, QPushButton] = {}
        self._docs: dict[TemplateInfo, Optional[JourneyMap]] = {}
        self._listed_languages: set[str] = set()  # languages whose built-ins are in the model
        self._title_edited = False
        self._timer = QTimer(self, interval=0, timeout=self._render_some)
        self._preview_timer = QTimer(self, singleShot=True, interval=40, timeout=self._update_preview_image)
        self._build(language or ui_language())
        self.reload()
        self._select(lambda i: i.builtin and i.id == tpl.DEFAULT_TEMPLATE)
        self.grid.setFocus()

    # -- building --------------------------------------------------------------------------------
    def _build(self, language: str) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Name or description"), clearButtonEnabled=True,
                                objectName="template-search")
        self.category = QComboBox(objectName="template-category")
        self.category.addItem(self.tr("All"), "")
        for category in tpl.builtin_categories():
            self.category.addItem(category_name(category), category)
        self.category.addItem(category_name(tpl.USER_CATEGORY), tpl.USER_CATEGORY)
        self.language = QComboBox(objectName="template-language")
        for lang in tpl.LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        top = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Search:"), self.search, 1), (self.tr("Cate&gory:"), self.category, 0),
                                      (self.tr("&Language:"), self.language, 0)):
            top.addWidget(QLabel(text, buddy=widget))
            top.addWidget(widget, stretch)

        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.grid = QListView(objectName="template-grid", viewMode=QListView.ViewMode.IconMode,
                              movement=QListView.Movement.Static, resizeMode=QListView.ResizeMode.Adjust,
                              uniformItemSizes=True, spacing=6, mouseTracking=True,
                              editTriggers=QListView.EditTrigger.NoEditTriggers,
                              contextMenuPolicy=Qt.ContextMenuPolicy.ActionsContextMenu)
        self.grid.setAccessibleName(self.tr("Templates"))
        self.grid.setItemDelegate(ThumbnailDelegate(CELL, ICON, self.tr("Cannot be opened"), self.grid))
        self.grid.setModel(self.proxy)
        self.grid.doubleClicked.connect(lambda _index: self.create_map())  # the press made it current
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.verticalScrollBar().valueChanged.connect(self._start_rendering)
        # Down goes from the search box to the grid; Return creates the selected (first matching) template.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.grid.setFocus).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        self.empty_label = QLabel(self.tr("No template matches."), objectName="template-empty")

        self.import_button = QPushButton(self.tr("&Import…"), objectName="template-import", autoDefault=False)
        self.import_button.clicked.connect(self.import_template)
        self.create_action = self._action("create", self.tr("Create"), self.create_map, button=False)
        self.create_action.setEnabled(False)
        self.rename_action = self._action("rename", self.tr("&Rename…"), self.rename_template, "F2")
        self.delete_action = self._action("delete", self.tr("&Delete"), self.delete_template,
                                          QKeySequence.StandardKey.Delete)
        self.export_action = self._action("export", self.tr("E&xport…"), self.export_template)
        user_row = QHBoxLayout()
        user_row.addWidget(QLabel(self.tr("My templates:")))
        user_row.addWidget(self.import_button)
        for button in self.action_buttons.values():
            user_row.addWidget(button)
        user_row.addStretch(1)
        user_row.addWidget(self.empty_label)
        left = QVBoxLayout()
        left.addWidget(self.grid, 1)
        left.addLayout(user_row)

        self.preview_image = QLabel(objectName="template-preview-image", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview_image.setFixedSize(PREVIEW)
        preview = QVBoxLayout()
        preview.addWidget(self.preview_image)
        self.preview_name, self.preview_summary, self.preview_stages, self.preview_counts = (
            self._plain_label(f"template-preview-{name}", preview) for name in ("name", "summary", "stages", "counts"))
        font = self.preview_name.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)  # pointSizeF() is -1 for pixel-sized fonts
        self.preview_name.setFont(font)
        preview.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(preview)

        self.title_edit = QLineEdit(objectName="template-title")
        self.title_edit.textEdited.connect(lambda text: setattr(self, "_title_edited", bool(text.strip())))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("template-create")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_map)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("&Title:"), buddy=self.title_edit))
        bottom.addWidget(self.title_edit, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        chain = [self.search, self.category, self.language, self.grid, self.import_button,
                 *self.action_buttons.values(),
                 self.title_edit, self.create_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.search.textChanged.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.language.currentIndexChanged.connect(self._apply_filter)

    def _action(self, name: str, text: str, slot: Callable[[], None], shortcut: object = None,
                button: bool = True) -> QAction:
        """An action on the selected template: in the grid's context menu, with a shortcut and a button."""
        action = QAction(text, self.grid, objectName=f"action-template-{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.grid.addAction(action)
        if button:
            push = self.action_buttons[name] = QPushButton(text, objectName=f"template-{name}", autoDefault=False)
            push.clicked.connect(action.trigger)
            action.enabledChanged.connect(push.setEnabled)
        return action

    @staticmethod
    def _plain_label(name: str, layout: QVBoxLayout) -> QLabel:
        label = QLabel(objectName=name, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        label.setMaximumWidth(PREVIEW.width())
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        return label

    # -- the list --------------------------------------------------------------------------------
    def reload(self, select: Optional[TemplateInfo] = None) -> None:
        """List the templates again (after a user template changed), keeping or moving the selection."""
        current = select or self.current_info()
        self.model.clear()
        self._items.clear()
        self._pending.clear()
        self._docs.clear()
        self._listed_languages.clear()
        for info in tpl.list_user_templates():
            self.model.appendRow(self._item(info))
        self._apply_filter(select=current)  # lists the built-ins of the language shown, before the user's

    def _list_builtins(self, language: str) -> None:
        """The built-in templates in ``language``, listed the first time that language is shown.

        The grid shows one language's built-ins at a time: the others are not read before they are
        wanted (the gallery opens at start-up; half the reading is half the wait).
        """
        if language in self._listed_languages:
            return
        self._listed_languages.add(language)
        row = sum(1 for item in self._items.values() if item.data(INFO_ROLE).builtin)  # user templates come last
        for offset, info in enumerate(tpl.list_templates(language, include_user=False)):
            self.model.insertRow(row + offset, self._item(info))

    def _item(self, info: TemplateInfo) -> QStandardItem:
        item = QStandardItem(info.name)
        item.setEditable(False)
        item.setData(info, INFO_ROLE)
        item.setData(fold(f"{info.name}\n{info.summary}"), SEARCH_ROLE)
        item.setToolTip("<p>" + html.escape(f"{info.name}\n{info.error or info.summary}").replace("\n", "<br>"))
        if info not in self._pixmaps:
            self._pending.add(_key(info))
        item.setData(self._pixmaps.get(info) or framed(QImage(), ICON), Qt.ItemDataRole.DecorationRole)
        self._items[_key(info)] = item
        return item

    def _apply_filter(self, *_: object, select: Optional[TemplateInfo] = None) -> None:
        """Filter the grid; keep the selected template, or the same one in the other language, or the first."""
        current = select or self.current_info()
        self._list_builtins(self.language.currentData())
        self.proxy.set_filter(self.category.currentData(), self.language.currentData(), self.search.text())
        self.empty_label.setVisible(self.proxy.rowCount() == 0)
        if current is None or not (self._select(lambda i: _key(i) == _key(current))
                                   or self._select(lambda i: i.id == current.id)):
            self._select(lambda i: True)
        self._current_changed()
        self._start_rendering()

    def _select(self, accept: Callable[[TemplateInfo], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if accept(index.data(INFO_ROLE)):
                self.grid.setCurrentIndex(index)
                self.grid.scrollTo(index)
                return True
        self.grid.setCurrentIndex(QModelIndex())
        return False

    def current_info(self) -> Optional[TemplateInfo]:
        index = self.grid.currentIndex()
        return index.data(INFO_ROLE) if index.isValid() else None

    # -- thumbnails, lazily ---------------------------------------------------------------------------
    def pending_thumbnails(self) -> int:
        """How many of the templates the grid shows have no thumbnail yet (hidden ones wait until shown)."""
        return len(self._wanted())

    def _wanted(self) -> list[str]:
        """Keys of shown templates without a thumbnail: the ones in view first."""
        viewport = self.grid.viewport().rect()
        indexes = [self.proxy.index(row, 0) for row in range(self.proxy.rowCount())]
        indexes = [i for i in indexes if _key(i.data(INFO_ROLE)) in self._pending]
        indexes.sort(key=lambda i: not self.grid.visualRect(i).intersects(viewport))  # stable: in view first
        return [_key(i.data(INFO_ROLE)) for i in indexes]

    def _start_rendering(self, *_: object) -> None:
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def _render_some(self) -> None:
        """Draw thumbnails for a few milliseconds, the ones in view first; stop when all shown ones are drawn."""
        start, ratio = time.monotonic(), self.devicePixelRatioF()
        for key in self._wanted():
            item = self._items[key]
            info: TemplateInfo = item.data(INFO_ROLE)
            self._pixmaps[info] = framed(thumbnail_for(info, round(THUMB_WIDTH * ratio)), ICON, ratio)
            item.setData(self._pixmaps[info], Qt.ItemDataRole.DecorationRole)
            self._pending.discard(key)
            if time.monotonic() - start > TICK_BUDGET:
                return
        self._timer.stop()

    # -- the preview ------------------------------------------------------------------------------------
    def _doc(self, info: TemplateInfo) -> Optional[JourneyMap]:
        if info not in self._docs:
            try:
                self._docs[info] = None if info.error else tpl.read_template(info.id, info.language or "en")
            except DocumentError:
                self._docs[info] = None
        return self._docs[info]

    def _current_changed(self, *_: object) -> None:
        info = self.current_info()
        usable, user = info is not None and not info.error, info is not None and not info.builtin
        self.rename_action.setEnabled(usable and user)
        self.delete_action.setEnabled(user)
        self.export_action.setEnabled(usable)
        self.create_button.setEnabled(usable)
        self.create_action.setEnabled(usable)
        self.preview_image.clear()
        for label in (self.preview_name, self.preview_summary, self.preview_stages, self.preview_counts):
            label.clear()
        if info is None:
            self.preview_name.setText(self.tr("No template selected"))
            return
        if not self._title_edited:
            self.title_edit.setText(info.name)
        self.preview_name.setText(info.name)
        doc = self._doc(info)
        if doc is None:
            self.preview_summary.setText(self.tr("This template cannot be opened:"))
            self.preview_stages.setText(info.error or "")
        else:
            self.preview_summary.setText(info.summary)
            self.preview_stages.setText(self.tr("Stages: {names}").format(names=" → ".join(s.name for s in doc.stages)))
            counts = map_counts(doc)
            self.preview_counts.setText(counts if info.builtin else f"{counts} · {language_name(doc.language)}")
        self._preview_timer.start()

    def _update_preview_image(self) -> None:
        info = self.current_info()
        if info is not None:
            ratio = self.devicePixelRatioF()
            self.preview_image.setPixmap(framed(thumbnail_for(info, round(PREVIEW_WIDTH * ratio)), PREVIEW, ratio))

    # -- creating ---------------------------------------------------------------------------------------
    def create_map(self) -> None:
        """Make the new map from the selected template and close; an error keeps the dialog open."""
        info = self.current_info()
        if self.result_doc is not None or info is None or info.error:
            return
        title = self.title_edit.text().strip() or info.name
        self.result_doc = _attempt(self, self.tr("Could not open the template"),
                                   lambda: tpl.new_from_template(info.id, info.language or "en", title))
        if self.result_doc is None:
            self.reload()  # the file changed or went away since it was listed
        else:
            self.accept()

    # -- the user's templates ------------------------------------------------------------------------------
    def rename_template(self) -> None:
        info = self.current_info()
        if info is None or info.builtin or info.error:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename Template"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, info.name)
        if not ok or not name.strip():
            return
        renamed = _attempt(self, self.tr("Could not rename the template"), lambda: tpl.rename_user_template(info, name))
        if renamed is not None:
            self._title_edited = False
            self.reload(select=renamed)

    def delete_template(self) -> None:
        info = self.current_info()
        if info is None or info.builtin:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Template"),
                          self.tr("Delete the template “{name}”? This cannot be undone.").format(name=info.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirm-delete-template")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        row = self.grid.currentIndex().row()
        _attempt(self, self.tr("Could not delete the template"), lambda: tpl.delete_user_template(info))
        self.reload()
        if self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))

    def export_template(self) -> None:
        info = self.current_info()
        if info is None or info.error:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Template"), suggested_name(info.name, SUFFIX),
                                              self.tr("Journey maps (*.jmap)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(SUFFIX) else Path(name + SUFFIX)
        _attempt(self, self.tr("Could not export the template"), lambda: tpl.export_user_template(info, path))

    def import_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import Template"), "",
                                              self.tr("Journey maps (*.jmap)") + ";;" + self.tr("All files (*)"))
        if not name:
            return
        info = _attempt(self, self.tr("Could not import the template"), lambda: tpl.import_user_template(name))
        if info is not None:  # show it, selected, under "My templates"
            self.search.clear()
            self.category.setCurrentIndex(self.category.findData(tpl.USER_CATEGORY))
            self._title_edited = False
            self.reload(select=info)


def choose_template(parent: Optional[QWidget] = None, language: Optional[str] = None) -> Optional[JourneyMap]:
    """Run the gallery; the new (unsaved) map, or None if the user cancelled."""
    dialog = TemplateGallery(parent, language)
    dialog.exec()
    dialog.deleteLater()
    return dialog.result_doc


def open_gallery(parent: QWidget, created: Callable[[JourneyMap], object],
                 language: Optional[str] = None) -> TemplateGallery:
    """Show the gallery over ``parent`` without blocking (first start); ``created(doc)`` runs after Create."""
    dialog = TemplateGallery(parent, language)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: dialog.result_doc is not None and created(dialog.result_doc))
    dialog.open()  # window-modal
    return dialog


def save_as_template(parent: Optional[QWidget], doc: JourneyMap) -> Optional[TemplateInfo]:
    """Ask for a name and save ``doc`` as a user template; None if cancelled or failed (after saying why)."""
    name, ok = QInputDialog.getText(parent, _tr("Save as Template"), _tr("Template name:"),
                                    QLineEdit.EchoMode.Normal, doc.title)
    if not ok or not name.strip():
        return None
    return _attempt(parent, _tr("Could not save the template"), lambda: tpl.save_user_template(doc, name))


__all__ = ["TemplateGallery", "category_name", "choose_template", "fold", "open_gallery", "save_as_template",
           "ui_language"]
