"""Help: the Getting Started guide (shipped in resources/help, shown inside the app) and the keyboard
shortcuts (made from the window's actions, so the list cannot go stale). Loaded when first asked for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journeymapper.canvas.keyboard import CANVAS_KEYS
from journeymapper.canvas.presentation import PRESENTATION_KEYS
from journeymapper.paths import resource

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _plain(text: str) -> str:
    """A menu text without its accelerator marker and ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# -- Getting Started ----------------------------------------------------------------------------------

def guide_path(language: Optional[str] = None) -> str:
    """The guide in the interface language (Danish or English)."""
    lang = language or ("da" if QLocale().language() == QLocale.Language.Danish else "en")
    return str(resource("help", f"getting-started.{lang}.html"))


class GettingStarted(QDialog):
    """The illustrated guide, read from the bundled HTML; links never leave the app."""

    def __init__(self, parent: Optional[QWidget] = None, language: Optional[str] = None) -> None:
        super().__init__(parent)
        self.setObjectName("getting-started")
        self.setWindowTitle(_tr("Getting Started"))
        self.resize(760, 720)
        self.browser = QTextBrowser()
        self.browser.setObjectName("getting-started-text")
        self.browser.setAccessibleName(_tr("Getting Started guide"))
        self.browser.setOpenLinks(False)  # nothing is fetched: the guide and its pictures are local
        self.browser.setSearchPaths([str(resource("help"))])
        self.browser.setSource(QUrl.fromLocalFile(guide_path(language)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


# -- Keyboard Shortcuts ---------------------------------------------------------------------------------

def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu action with a shortcut, then the canvas's own keys."""
    rows: list[tuple[str, str, str]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            rows.extend(_menu_rows(menu, _plain(menu_action.text())))
    canvas = _tr("Canvas")
    rows.extend((canvas, QCoreApplication.translate("Keyboard", str(what)), keys) for keys, what in CANVAS_KEYS)
    presenting = _tr("Presenting")
    rows.extend((presenting, QCoreApplication.translate("Keyboard", str(what)), keys)
                for keys, what in PRESENTATION_KEYS)
    return rows


def _menu_rows(menu: QMenu, title: str) -> list[tuple[str, str, str]]:
    rows = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows.extend(_menu_rows(sub, f"{title} › {_plain(action.text())}"))
        elif action.shortcuts():
            rows.append((title, _command(action), _keys(action)))
    return rows


def _command(action: QAction) -> str:
    name = action.objectName()
    if name in ("action-undo", "action-redo"):  # not the current step's name
        return _tr("Undo") if name == "action-undo" else _tr("Redo")
    return _plain(action.text())


#: Keys listed alone (without a modifier); others, such as X11's "Save" or Sun's F16 keys, are on few keyboards.
_PLAIN_KEYS = re.compile(r"^(F([1-9]|1[0-2])|Del|Ins|Esc|Tab|Backspace|Return|Enter|Home|End|PgUp|PgDown|Space)$")


def _typeable(portable: str) -> bool:
    last = portable[-1] if portable.endswith("+") else portable.rsplit("+", 1)[-1]  # "Ctrl++": the + key
    return len(last) == 1 or bool(_PLAIN_KEYS.match(last)) or last in ("Left", "Right", "Up", "Down")


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    keys = [key for key in action.shortcuts() if _typeable(key.toString())] or action.shortcuts()
    return _tr(", ").join(key.toString(native) for key in keys)


class ShortcutsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboard-shortcuts")
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.resize(560, 640)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_tr("Menu"), _tr("Command"), _tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


__all__ = ["GettingStarted", "ShortcutsDialog", "guide_path", "shortcut_rows"]
