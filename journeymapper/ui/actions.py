"""Menus, toolbar and shortcuts of the editor window (standard keys wherever Qt has one)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar

from journeymapper.canvas.keyboard import connect_selected
from journeymapper.ui.icons import toolbar_icon
from journeymapper.ui.keyboard_access import cycle_focus, insert_and_edit, insert_palette_entry
from journeymapper.ui.recent import clear_recent, recent_files
from journeymapper.ui.workshop_actions import WorkshopActions

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


class EditorActions(QObject):
    """Builds the window's menus and keeps the actions' enabled state current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.by_name: dict[str, QAction] = {}
        #: Actions whose keys are the platform's (QKeySequence.keyBindings): these differ between systems.
        self._platform_keys: list[QAction] = []
        w, scene, view = window, window.scene, window.view
        menu_bar = w.menuBar()

        file_menu = menu_bar.addMenu(self.tr("&File"))
        self._add(file_menu, "new", self.tr("&New…"), w.file_new, Key.New)
        self._add(file_menu, "open", self.tr("&Open…"), w.file_open, Key.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recent-menu")
        file_menu.addSeparator()
        self._add(file_menu, "save", self.tr("&Save"), w.file_save, Key.Save)
        self._add(file_menu, "save_as", self.tr("Save &As…"), w.file_save_as, Key.SaveAs)
        self._add(file_menu, "save_as_template", self.tr("Save as &Template…"), w.file_save_as_template)
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Import"))
        self._add(import_menu, "import_kpis", self.tr("&KPIs from CSV…"), lambda: self._import_csv("kpis"))
        self._add(import_menu, "import_cards", self.tr("&Cards from CSV…"), lambda: self._import_csv("cards"))
        self._add(import_menu, "import_mermaid", self.tr("&Mermaid Journey…"), self._import_mermaid)
        self._add(import_menu, "import_workbook", self.tr("&Spreadsheet (.xlsx)…"), self._import_workbook)
        # Every export in one submenu: the documents first, then the data formats.
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.setObjectName("export-menu")
        self._add(export_menu, "export_pdf", self.tr("&PDF…"), self._export_pdf, "Ctrl+E")
        self._add(export_menu, "export_pptx", self.tr("P&owerPoint…"), self._export_pptx)
        self._add(export_menu, "export_image", self.tr("&Image…"), self._export_image)
        export_menu.addSeparator()
        self._add(export_menu, "export_workbook", self.tr("&Spreadsheet (.xlsx)…"), lambda: self._export_table("xlsx"))
        self._add(export_menu, "export_cards_csv", self.tr("&Cards as CSV…"), lambda: self._export_table("cards"))
        self._add(export_menu, "export_kpis_csv", self.tr("&KPIs as CSV…"), lambda: self._export_table("kpis"))
        self._add(export_menu, "export_mermaid", self.tr("&Mermaid Journey…"), self._export_mermaid)
        file_menu.addSeparator()
        self._add(file_menu, "close", self.tr("&Close"), w.close, Key.Close)
        self._add(file_menu, "quit", self.tr("&Quit"), w.quit_all, Key.Quit)

        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self._stack: Optional[QUndoStack] = None
        self._stack_links: list[QMetaObject.Connection] = []
        # One Undo and one Redo action for the window's life (menu and toolbar), bound to each new map's stack.
        self.undo_action = self._add(edit_menu, "undo", self.tr("&Undo"), self._undo, Key.Undo)
        self.redo_action = self._add(edit_menu, "redo", self.tr("&Redo"), self._redo, Key.Redo)
        self.redo_action.setShortcuts(_keys(self.redo_action.shortcuts(), "Ctrl+Shift+Z", "Ctrl+Y"))
        edit_menu.addSeparator()
        self._add(edit_menu, "cut", self.tr("Cu&t"), scene.ops.cut, Key.Cut)
        self._add(edit_menu, "copy", self.tr("&Copy"), scene.ops.copy, Key.Copy)
        self._add(edit_menu, "paste", self.tr("&Paste"), scene.ops.paste, Key.Paste)
        self._add(edit_menu, "duplicate", self.tr("Dup&licate"), scene.ops.duplicate, "Ctrl+D")
        self._add(edit_menu, "delete", self.tr("&Delete"), scene.ops.delete_selection, Key.Delete)
        self._add(edit_menu, "connect", self.tr("Co&nnect Cards"), lambda: connect_selected(scene), "Ctrl+L")
        edit_menu.addSeparator()
        self._add(edit_menu, "select_all", self.tr("Select &All"), scene.select_all, Key.SelectAll)

        insert_menu = menu_bar.addMenu(self.tr("&Insert"))
        # What is inserted opens for typing at once (keyboard_access.py).
        self._add(insert_menu, "insert_stage", self.tr("&Stage"),
                  lambda: insert_and_edit(w, scene.ops.insert_stage), "Ctrl+Shift+T")
        self._add(insert_menu, "insert_lane", self.tr("&Lane"),
                  lambda: insert_and_edit(w, scene.ops.insert_lane), "Ctrl+Shift+L")
        self._add(insert_menu, "insert_card", self.tr("&Card"),
                  lambda: insert_and_edit(w, scene.ops.insert_card), "Ctrl+Shift+N")
        self._add(insert_menu, "insert_kpi", self.tr("&KPI…"), self._add_kpi)

        view_menu = menu_bar.addMenu(self.tr("&View"))
        zoom_in = self._add(view_menu, "zoom_in", self.tr("Zoom &In"), view.zoom_in, Key.ZoomIn)
        zoom_in.setShortcuts(_keys(zoom_in.shortcuts(), "Ctrl+="))  # the + key without Shift
        self._add(view_menu, "zoom_out", self.tr("Zoom &Out"), view.zoom_out, Key.ZoomOut)
        self._add(view_menu, "zoom_fit", self.tr("&Fit to Window"), view.zoom_fit, "Ctrl+0")
        self._add(view_menu, "zoom_reset", self.tr("&Actual Size (100%)"), view.zoom_reset, "Ctrl+1")
        view_menu.addSeparator()
        self._add(view_menu, "funnel", self.tr("F&unnel…"), w.show_funnel)
        self.workshop = WorkshopActions(self, view_menu)
        # Keyboard focus between the canvas and the docks (F6 as in most editors; Ctrl+Tab too).
        next_panel = self._add(view_menu, "next_panel", self.tr("Ne&xt Panel"), lambda: cycle_focus(w, 1), "F6")
        next_panel.setShortcuts(_keys(next_panel.shortcuts(), "Ctrl+Tab"))
        previous = self._add(view_menu, "previous_panel", self.tr("P&revious Panel"), lambda: cycle_focus(w, -1),
                             "Shift+F6")
        previous.setShortcuts(_keys(previous.shortcuts(), "Ctrl+Shift+Tab"))
        w.compare.install(file_menu, view_menu, self._add)  # Compare With…, Merge With…, F7 (compare_ui.py)
        self.docks_menu = view_menu.addMenu(self.tr("Pa&nels"))
        for dock in w.docks:  # not findChildren(QDockWidget): that wraps every object in the window for Python
            self.docks_menu.addAction(dock.toggleViewAction())

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self._add(help_menu, "getting_started", self.tr("&Getting Started"), self._getting_started, Key.HelpContents)
        self._add(help_menu, "shortcuts", self.tr("&Keyboard Shortcuts"), self._shortcuts, "Ctrl+/")
        help_menu.addSeparator()
        self._add(help_menu, "about", self.tr("&About Journey Mapper"), w.about)

        self.bind_undo_stack(w.session.undo_stack)
        self._build_toolbar()
        self.refresh_recent()
        w.palette_widget.entryActivated.connect(lambda entry: insert_palette_entry(w, entry))  # Enter
        scene.selectionIdsChanged.connect(self._update_enabled)
        self._update_enabled()
        settle_clashes(self.window.findChildren(QAction), self._platform_keys)

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], object],
             shortcut: Optional[object] = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action-{name}")
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
            self._platform_keys.append(action)
        elif isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.by_name[name] = action
        return action

    def bind_undo_stack(self, stack: QUndoStack) -> None:
        """Follow ``stack``: the step's name in the Edit menu ("Undo Move Card") and in the tooltip."""
        for link in self._stack_links:
            QObject.disconnect(link)
        self._stack = stack
        self._stack_links = [stack.canUndoChanged.connect(self._show_undo_state),
                             stack.canRedoChanged.connect(self._show_undo_state),
                             stack.undoTextChanged.connect(self._show_undo_state),
                             stack.redoTextChanged.connect(self._show_undo_state)]
        self._show_undo_state()

    def _show_undo_state(self, *_: object) -> None:
        stack = self._stack
        if stack is None or not shiboken6.isValid(stack):  # the stack is going with its map
            return
        for action, can, step, plain, named in (
                (self.undo_action, stack.canUndo(), stack.undoText(), self.tr("&Undo"), self.tr("&Undo {step}")),
                (self.redo_action, stack.canRedo(), stack.redoText(), self.tr("&Redo"), self.tr("&Redo {step}"))):
            action.setEnabled(can)
            action.setText(named.format(step=step) if step else plain)
            _tooltip_with_shortcut(action)

    def _build_toolbar(self) -> None:
        """Icons only, in fixed places: the names (and the undo step) are in the tooltips."""
        bar = QToolBar(self.tr("Main"), self.window)
        bar.setObjectName("main-toolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name in ("new", "open", "save", None, "undo", "redo", None, "insert_stage", "insert_lane",
                     "insert_card", "delete", None, "zoom_out", "zoom_in", "zoom_fit"):
            if name is None:
                bar.addSeparator()
                continue
            action = self.by_name[name]
            action.setIcon(toolbar_icon(name))
            _tooltip_with_shortcut(action)
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if button is not None:
                button.setObjectName(f"toolbar-{name}")
                button.setAccessibleName(action.text().replace("&", ""))
        self.window.addToolBar(bar)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for index, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{index} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.open_file(Path(p)))
        if files:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear Recent Files"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        clear_recent()
        self.refresh_recent()

    def _undo(self) -> None:
        if self._stack is not None:
            self._stack.undo()

    def _redo(self) -> None:
        if self._stack is not None:
            self._stack.redo()

    def _update_enabled(self, *_: object) -> None:
        has_selection = bool(self.window.scene.selected_ids())
        for name in ("cut", "copy", "duplicate", "delete"):
            self.by_name[name].setEnabled(has_selection)
        self.by_name["connect"].setEnabled(len(self.window.scene.selected_card_ids()) == 2)

    def _import_csv(self, kind: str) -> None:
        from journeymapper.ui.csv_import_dialog import run_csv_import

        run_csv_import(self.window, self.window.session, kind)

    def _import_mermaid(self) -> None:
        from journeymapper.ui.data_files import import_mermaid

        doc = import_mermaid(self.window, self.window.session.doc.language)
        if doc is not None:
            self.window.start_new(doc, imported=True)

    def _export_mermaid(self) -> None:
        from journeymapper.ui.data_files import export_mermaid

        self.window.commit_typing()
        export_mermaid(self.window, self.window.session.doc, self.window.session.path)

    def _import_workbook(self) -> None:
        from journeymapper.ui.sheet_import_dialog import run_workbook_import

        self.window.commit_typing()
        run_workbook_import(self.window, self.window.session)

    def _export_table(self, kind: str) -> None:
        from journeymapper.ui.data_files import export_table

        self.window.commit_typing()
        export_table(self.window, self.window.session.doc, self.window.session.path, kind)

    def _getting_started(self) -> None:
        from journeymapper.ui.help import GettingStarted

        GettingStarted(self.window).exec()

    def _shortcuts(self) -> None:
        from journeymapper.ui.help import ShortcutsDialog

        ShortcutsDialog(self.window).exec()

    def _add_kpi(self) -> None:
        from journeymapper.ui.kpi_presets import add_kpi_from_dialog

        metric_id = add_kpi_from_dialog(self.window, self.window.session)
        if metric_id:  # its first value is typed at once, in place
            self.window.scene.select_ids([metric_id])
            self.window.scene.metric_cells.edit_selected(metric_id)

    def _export_pdf(self) -> None:
        from journeymapper.ui.export_dialog import run_pdf_export

        self.window.commit_typing()
        run_pdf_export(self.window, self.window.session.doc, self.window.session.path)

    def _export_pptx(self) -> None:
        from journeymapper.ui.deck_dialog import run_deck_export

        self.window.commit_typing()
        run_deck_export(self.window, self.window.session.doc, self.window.session.path)

    def _export_image(self) -> None:
        from journeymapper.ui.file_dialogs import export_image_path

        self.window.commit_typing()
        path = export_image_path(self.window, self.window.session.path, self.window.session.doc.title)
        if path is None:
            return
        from journeymapper.canvas.image_export import export_image

        try:
            export_image(self.window.scene, path)
        except OSError as exc:
            self.window.show_error(self.tr("Could not export the image"), f"{path}: {exc}")


def _keys(existing: list[QKeySequence], *more: str) -> list[QKeySequence]:
    """``existing`` shortcuts and ``more``, each once, in that order."""
    keys = list(existing)
    for spec in more:
        key = QKeySequence(spec)
        if key not in keys:
            keys.append(key)
    return keys


def _tooltip_with_shortcut(action: QAction) -> None:
    """"Undo Move Card (Ctrl+Z)": the action's name, its step if any, and its first shortcut."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({key})" if key else text)


def settle_clashes(actions: list[QAction], platform: list[QAction]) -> None:
    """Each key to one action. A platform's standard bindings can take a key the editor gives to another
    command (on X11, Delete also answers Ctrl+D, which is Duplicate; Qt then runs neither): a key an
    action names itself stays with it, and the ``platform`` actions keep only keys nobody else has."""
    chosen = set(platform)
    owners = {key.toString(): action for action in actions if action not in chosen for key in action.shortcuts()}
    for action in platform:
        keys = [key for key in action.shortcuts() if owners.setdefault(key.toString(), action) is action]
        if len(keys) != len(action.shortcuts()):
            action.setShortcuts(keys)

