"""The editor window: canvas in the middle, palette and inspector docks, menus and toolbar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional, cast

from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMainWindow, QMessageBox, QPlainTextEdit, QWidget

from journeymapper import io
from journeymapper.canvas.scene import MapScene
from journeymapper.canvas.view import MapView
from journeymapper.commands.base import Command
from journeymapper.io import templates
from journeymapper.text import with_unit
from journeymapper.ui import long_lived
from journeymapper.ui.accessible_names import name_controls
from journeymapper.ui.actions import EditorActions
from journeymapper.ui.compare_ui import CompareController
from journeymapper.ui.docks import LazyDock
from journeymapper.ui.file_watch import FileWatcher
from journeymapper.ui.inspector import Inspector
from journeymapper.ui.language import interface_language
from journeymapper.ui.palette import Palette
from journeymapper.ui.personas import PersonaPanel
from journeymapper.ui.plurals import counted, map_counts
from journeymapper.ui.problems import error_text
from journeymapper.ui.recent import add_recent
from journeymapper.ui.recovery import Autosaver
from journeymapper.ui.session import DocumentChange, MapSession
from journeymapper.ui.start_hint import StartHint

if TYPE_CHECKING:  # the rest loads when first used, not at start-up
    from journeymapper.model import JourneyMap
    from journeymapper.ui.check_dock import CheckPanel
    from journeymapper.ui.funnel_dialog import FunnelDialog
    from journeymapper.ui.priorities import PrioritiesPanel
    from journeymapper.ui.recovery import RecoveredMap

#: Every open editor window, so New/Open can reuse a pristine one and the app can quit cleanly.
_windows: list[MainWindow] = []


class MainWindow(QMainWindow):
    def __init__(self, session: MapSession) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.session = session
        session.setParent(self)
        self.scene = MapScene(session.doc, session.push)
        self.view = MapView(self.scene, self)
        self.scene.setParent(self.view)  # dies after the view stops watching it
        self.view.setObjectName("canvas")
        self.setCentralWidget(self.view)
        # Before the panels subscribe: the canvas has caught up with a change when they hear of it.
        self._bind_session(session)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._watch_typing)

        self.palette_widget = Palette(self)
        self.inspector = Inspector(session, self.scene, self)
        palette_dock = self._add_dock(self.palette_widget, "palette", self.tr("Palette"),
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        inspector_dock = self._add_dock(self.inspector, "inspector", self.tr("Inspector"),
                                        Qt.DockWidgetArea.RightDockWidgetArea)

        self.personas = PersonaPanel(session, self.scene, self)
        personas_dock = self._add_dock(self.personas, "personas", self.tr("Personas"),
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        # Behind the personas tab: built when first shown.
        self._check_dock = LazyDock(self.tr("Journey check"), "journey-check", self._make_check_panel, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._check_dock)
        self.tabifyDockWidget(personas_dock, self._check_dock)
        self._priorities_dock = LazyDock(self.tr("Priorities"), "priorities", self._make_priorities_panel, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._priorities_dock)
        self.tabifyDockWidget(personas_dock, self._priorities_dock)
        personas_dock.raise_()
        #: The dock panels, in the order View > Panels lists them.
        self.docks: list[QDockWidget] = [palette_dock, inspector_dock, self._check_dock, personas_dock,
                                         self._priorities_dock]
        self._funnel: Optional[FunnelDialog] = None
        self.compare = CompareController(self)  # Compare With…, Merge With…, the Conflicts panel

        self.actions_ = EditorActions(self)
        self.view.setAccessibleName(self.tr("Journey map canvas"))
        self.palette_widget.setAccessibleName(self.tr("Palette: drag an entry onto the map, or press Enter"))
        name_controls(self)  # every control gets a name a screen reader can say (under a millisecond)
        self.start_hint = StartHint(self)  # an empty map says how to begin
        self.scene.selectionIdsChanged.connect(self._update_status)
        self.scene.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.view.zoomChanged.connect(self._update_status)
        self._update_title()
        self._update_status()
        _windows.append(self)
        self.destroyed.connect(_window_destroyed)
        long_lived.map_shown()

    # -- construction helpers --------------------------------------------------------------
    @classmethod
    def new_default(cls, template_id: str = templates.DEFAULT_TEMPLATE,
                    language: Optional[str] = None) -> MainWindow:
        lang = language or _ui_language()
        return cls(MapSession(templates.new_from_template(template_id, lang)))

    @classmethod
    def from_recovered(cls, rec: RecoveredMap) -> MainWindow:
        """A window on a map recovered after a crash: its original path, marked modified."""
        assert rec.doc is not None
        window = cls(MapSession(rec.doc, rec.original_path))
        window.session.restore_base(rec.base)  # its file may have been saved by another program since
        window.session.mark_dirty()
        window.autosaver.write_now()  # its new recovery copy exists before the old one goes
        rec.discard()
        window.file_watcher.settle.start()  # tell the user now if the file changed since
        return window

    @classmethod
    def open_path(cls, path: Path, parent: Optional[QMainWindow] = None) -> MainWindow:
        """A window on ``path``; if it does not load, the error is shown over a new default map."""
        try:
            window = cls(MapSession.open(path))
        except io.DocumentError as exc:
            window = cls.new_default()
            window.show_error(window.tr("Could not open the map"), error_text(exc))
            return window
        add_recent(path)
        QTimer.singleShot(0, window.compare.offer_conflicted_copies)
        return window

    def _add_dock(self, widget, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")
        widget.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_check_panel(self) -> CheckPanel:
        from journeymapper.ui.check_dock import CheckPanel

        return CheckPanel(self.session, self.scene, self)

    def _make_priorities_panel(self) -> PrioritiesPanel:
        from journeymapper.ui.priorities import PrioritiesPanel

        return PrioritiesPanel(self.session, self.scene, self)

    @property
    def priorities(self) -> PrioritiesPanel:
        """The Priorities panel (dot votes), made now if its dock was never shown."""
        return cast("PrioritiesPanel", self._priorities_dock.content())

    def show_priorities(self) -> None:
        self._priorities_dock.show()
        self._priorities_dock.raise_()

    @property
    def check_panel(self) -> CheckPanel:
        """The journey check panel (made now if its dock was never shown)."""
        return cast("CheckPanel", self._check_dock.content())

    def _built_check_panel(self) -> Optional[CheckPanel]:
        return self.check_panel if self._check_dock.is_built() else None

    # -- state -----------------------------------------------------------------------------
    def is_pristine(self) -> bool:
        """Untitled, unchanged and with no undo history: a window New/Open may reuse."""
        return (self.session.path is None and self.session.undo_stack.count() == 0
                and not self.session.modified)  # a map restored after a crash is not pristine

    def _on_change(self, event: DocumentChange) -> None:
        """The canvas and the status bar follow the document; the panels follow it themselves."""
        if event.replaced:
            self.scene.set_document(self.session.doc, self.session.push)
            self._shown_anew()
        else:
            self.scene.apply_change(event.change, event.revision, event.restores)
            self._update_status()

    def _shown_anew(self) -> None:
        """Another document is shown in this window."""
        self._update_title()
        self._update_status()
        long_lived.map_shown()

    def _update_title(self, *_: object) -> None:
        self.setWindowTitle(self.tr("{name}[*] — Journey Mapper").format(name=self.session.display_name()))
        self.setWindowModified(self.session.modified)
        self.actions_.by_name["save"].setEnabled(True)

    def _update_status(self, *_: object) -> None:
        count = len(self.scene.selected_ids())
        zoom = round(self.view.zoom() * 100)
        if count:
            text = counted(self.tr("%n item(s) selected", "", count), count)
        else:
            text = map_counts(self.session.doc)
        self.statusBar().showMessage(f"{text}    {self.tr('Zoom')} {with_unit(zoom, '%', interface_language())}")
        self.start_hint.update_for(self.session.doc)

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and user text are never markup
        box.setObjectName("error-dialog")
        box.open() if not self.isVisible() else box.exec()

    # -- file commands ---------------------------------------------------------------------
    def file_new(self) -> None:
        """File > New: choose a template in the gallery."""
        from journeymapper.ui.gallery import choose_template

        doc = choose_template(self)
        if doc is not None:
            self.start_new(doc)

    def start_new(self, doc: JourneyMap, imported: bool = False) -> None:
        """A new untitled map here if this window is pristine, else in a new window. An ``imported``
        map is saved nowhere yet: it counts as changed (closing asks, it is autosaved, and the next
        New or Open does not replace it)."""
        session = MapSession(doc)
        if self.is_pristine():
            self._replace_session(session)
        else:
            MainWindow(session).show()
        if imported:
            session.mark_dirty()

    def file_save_as_template(self) -> None:
        self.commit_typing()
        from journeymapper.ui.gallery import save_as_template

        info = save_as_template(self, self.session.doc)
        if info:
            self.statusBar().showMessage(self.tr("Saved as template “{name}”").format(name=info.name), 4000)

    def file_open(self) -> None:
        from journeymapper.ui import file_dialogs

        path = file_dialogs.open_map(self)
        if path:
            self.open_file(path)

    def open_file(self, path: Path) -> Optional[MainWindow]:
        """Open ``path`` here if this window is pristine, else in a new window."""
        for window in _windows:
            if window.session.path and window.session.path.resolve() == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:
            session = MapSession.open(Path(path))
        except io.DocumentError as exc:
            self.show_error(self.tr("Could not open the map"), error_text(exc))
            return None
        add_recent(Path(path))
        self.actions_.refresh_recent()
        if self.is_pristine():
            self._replace_session(session)
            window = self
        else:
            window = MainWindow(session)
            window.show()
        QTimer.singleShot(0, window.compare.offer_conflicted_copies)  # a sync tool's copy beside it?
        return window

    def _bind_session(self, session: MapSession) -> None:
        """What the window itself keeps per session: the canvas, autosave, the file watcher, the title."""
        session.changed.connect(self._on_change)
        session.modifiedChanged.connect(self._update_title)
        session.pathChanged.connect(self._update_title)
        self.autosaver = Autosaver(session)
        self.autosaver.typing = self._typing_commands
        self.file_watcher = FileWatcher(session, self._changed_on_disk)

    def _typing_commands(self) -> list[Command]:
        """Text being typed on the canvas or in the inspector, not committed yet."""
        pending = (self.view.editor.pending_command(), self.inspector.pending_command())
        return [command for command in pending if command is not None]

    def _watch_typing(self, old: Optional[QWidget], new: Optional[QWidget]) -> None:
        """A text field of this window got the focus: what is typed there reaches the recovery copy
        (and leaving it, committed or cancelled, brings the copy up to date again)."""
        if old is not None and old.property("typing-watched"):
            self.autosaver.typed()
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and not new.property("typing-watched") \
                and self.isAncestorOf(new):
            new.setProperty("typing-watched", True)
            new.textChanged.connect(lambda *_: self.autosaver.typed())

    def _replace_session(self, session: MapSession) -> None:
        """Show another session's map in this window (New or Open in a pristine window)."""
        old = self.session
        self.autosaver.remove()
        self.session = session
        session.setParent(self)
        self._bind_session(session)
        self.scene.set_document(session.doc, session.push)
        for panel in self._panels():
            panel.set_session(session)
        self.compare.set_session(session)
        self.actions_.bind_undo_stack(session.undo_stack)
        old.deleteLater()
        self._shown_anew()
        self.view.show_start()

    def _panels(self) -> list[Inspector | PersonaPanel | CheckPanel | FunnelDialog | PrioritiesPanel]:
        """The panels and dialogs made so far; each follows the session it is given."""
        priorities = self.priorities if self._priorities_dock.is_built() else None
        made = [self._built_check_panel(), self._funnel, priorities]
        return [self.inspector, self.personas, *(panel for panel in made if panel is not None)]

    def _changed_on_disk(self) -> None:
        name = self.session.display_name()
        box = QMessageBox(self)
        box.setObjectName("changed-on-disk")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("File changed on disk"))
        if not self.session.path or not self.session.path.exists():
            box.setText(self.tr("“{name}” was moved or deleted by another program.").format(name=name))
            box.setInformativeText(self.tr("Your map is still open here. Save it to keep it."))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
            self.session.mark_dirty()
            return
        box.setText(self.tr("“{name}” was changed by another program.").format(name=name))
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        if self.session.modified:
            box.setInformativeText(self.tr("Reloading loses your unsaved changes."))
            #: The file changed on disk: keep the version open in the editor (Danish: "Behold min version").
            keep = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)  # Enter never throws away unsaved (or just restored) work
            box.setEscapeButton(keep)
            save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.ActionRole)
        else:
            box.addButton(self.tr("Ignore"), QMessageBox.ButtonRole.RejectRole)
            save_as = None
        box.exec()
        clicked = box.clickedButton()
        if clicked is reload:
            try:
                self.session.reload()
            except io.DocumentError as exc:
                self.show_error(self.tr("Could not reload the map"), error_text(exc))
        elif save_as is not None and clicked is save_as:
            self.file_save_as()
        else:
            self.session.mark_dirty()  # keep mine: the file on disk now differs from the map

    def commit_typing(self) -> None:
        """Text still being typed (in place on the canvas or in the inspector) becomes part of the map."""
        self.view.editor.close(commit=True)
        self.inspector.commit_pending()

    def file_save(self) -> bool:
        self.commit_typing()  # a field still being typed in belongs in the save
        if self.session.path is None:
            return self.file_save_as()
        return self._save_to(self.session.path)

    def file_save_as(self) -> bool:
        self.commit_typing()
        from journeymapper.ui import file_dialogs

        path = file_dialogs.save_map(self, self.session.path, self.session.doc.title)
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        """Save; any failure, for any reason, is shown and leaves the map open, modified and recoverable."""
        if path == self.session.path and self.session.changed_on_disk():
            answer = self._confirm_overwrite()
            if answer == "save-as":
                return self.file_save_as()
            if answer != "overwrite":
                return False
        self.file_watcher.paused = True  # our own save is not an outside change
        try:
            self.session.save(path)
        except io.DocumentError as exc:
            self.show_error(self.tr("Could not save the map"), error_text(exc))
            return False
        except Exception as exc:  # a bug or an OS error no layer named: still never lose the map
            self.show_error(self.tr("Could not save the map"), f"{path}: {exc}")
            return False
        finally:
            self.file_watcher.paused = False
        add_recent(path)
        self.actions_.refresh_recent()
        left = len(self.session.doc.conflicts)
        if left:  # allowed, but said: the conflicts are saved in the map for later
            self.statusBar().showMessage(counted(self.tr("Saved {name} with %n merge conflict(s) still to resolve.",
                                                         "", left), left).format(name=path.name), 8000)
        else:
            self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def _confirm_overwrite(self) -> str:
        """"overwrite", "save-as" or "cancel" (the default)."""
        box = QMessageBox(self)
        box.setObjectName("confirm-overwrite")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("File changed on disk"))
        box.setText(self.tr("“{name}” was changed by another program since you opened it. "
                            "Overwrite it with your version?").format(name=self.session.display_name()))
        overwrite = box.addButton(self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save &As…"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save-as" if clicked is save_as else "cancel"

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True if it is fine to go on."""
        self.commit_typing()
        if not self.session.modified:
            return True
        box = QMessageBox(self)
        box.setObjectName("save-changes")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to “{name}” before closing?").format(
            name=self.session.display_name()))
        box.setInformativeText(self.tr("Your changes will be lost if you don't save them."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.file_save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.autosaver.remove()  # saved or discarded: nothing left to recover
            if self in _windows:
                _windows.remove(self)
            event.accept()
        else:
            event.ignore()

    def quit_all(self) -> None:
        for window in list(_windows):
            if not window.close():
                return
        QApplication.quit()

    # -- dropping files onto the window ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _map_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _map_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.open_file(path)

    def show_funnel(self) -> None:
        if self._funnel is None:
            from journeymapper.ui.funnel_dialog import FunnelDialog

            self._funnel = FunnelDialog(self.session, self)
        self._funnel.show()
        self._funnel.raise_()

    def about(self) -> None:
        from journeymapper import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Journey Mapper"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Journey Mapper {version}").format(version=__version__))
        box.setInformativeText(self.tr(
            "An offline editor for customer journey maps.\n"
            "Your maps never leave this computer.\n\n"
            "Font: Noto Sans, SIL Open Font License 1.1."))
        box.exec()


def _map_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    urls: list[QUrl] = mime.urls()
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile().lower().endswith(io.SUFFIX)]


def _ui_language() -> str:
    from PySide6.QtCore import QLocale

    return "da" if QLocale().language() == QLocale.Language.Danish else "en"  # honours JOURNEYMAPPER_LANG


def _window_destroyed() -> None:
    # Later, not inside Qt's destructor: the collector may then delete other wrapped objects.
    QTimer.singleShot(0, lambda: long_lived.window_gone(len(_windows)))


def open_windows() -> list[MainWindow]:
    return list(_windows)


__all__ = ["MainWindow", "open_windows", "QKeySequence"]
