"""File › Compare With… and Merge With…: differences on the canvas and in a Differences panel,
Next/Previous Difference (F7 / Shift+F7), merging another map in as one undo step, the Conflicts
panel, and the offer to compare or merge a sync tool's conflicted copy when a map is opened.

The compared map is only read: comparing never changes the document, and closing the comparison
takes the markers away and leaves the map as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journeymapper import io
from journeymapper.canvas.names import plain_tooltip
from journeymapper.model import JourneyMap, Language
from journeymapper.ui.plurals import counted
from journeymapper.ui.problems import error_text

if TYPE_CHECKING:
    from journeymapper.canvas.compare_overlay import DiffOverlay, Marker
    from journeymapper.compare.diff import Diff
    from journeymapper.ui.conflicts_panel import ConflictsPanel
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.session import DocumentChange, MapSession

_MARKS = {"added": "+", "removed": "−", "changed": "~", "moved": "↔"}


def ui_language() -> Language:
    return Language.DA if QLocale().language() == QLocale.Language.Danish else Language.EN


class DifferencesPanel(QWidget):
    """The differences, one line each; choosing one scrolls the canvas to it."""

    rowChosen = Signal(int)
    closeRequested = Signal()
    mergeRequested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("differences-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        self.merge = QPushButton(self.tr("Merge In…"))
        self.merge.setObjectName("merge-compared")
        self.merge.setToolTip(self.tr("Merge the compared map's changes into this map (one undo step)"))
        self.merge.clicked.connect(self.mergeRequested.emit)
        close = QPushButton(self.tr("Close Comparison"))
        close.setObjectName("close-comparison")
        close.clicked.connect(self.closeRequested.emit)
        buttons.addWidget(self.merge)
        buttons.addWidget(close)
        top.addLayout(buttons)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setObjectName("differences-list")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self.rowChosen.emit)
        layout.addWidget(self.list)

    def show_lines(self, summary: str, lines: list[tuple[str, str]]) -> None:
        """``lines``: (change, text) per difference."""
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for change, text in lines:
            item = QListWidgetItem(f"{_MARKS[change]} {text}")
            item.setToolTip(plain_tooltip(text))
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1) if row >= 0 else -1)
        self.list.blockSignals(False)
        self.summary.setText(summary)


class CompareController(QObject):
    """What the window does for comparing and merging; made with the window, cheap until used."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.other: Optional[JourneyMap] = None
        #: The compared map's file when it can be merged in (another map or a copy, not this map's own).
        self.other_path: Optional[Path] = None
        self._other_layout: Any = None
        self.other_name = ""
        self.diff: Optional[Diff] = None
        self.markers: list[Marker] = []
        self.overlay: Optional[DiffOverlay] = None
        self.panel: Optional[DifferencesPanel] = None
        self.differences_dock: Optional[QDockWidget] = None
        self.conflicts: Optional[ConflictsPanel] = None
        self.conflicts_dock: Optional[QDockWidget] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # a burst of edits recompares once
        self._timer.timeout.connect(self.refresh)
        self._session: Optional[MapSession] = None
        self.set_session(window.session)

    # -- menus ------------------------------------------------------------------------------
    def install(self, file_menu: QMenu, view_menu: QMenu, add: Callable[..., Any]) -> None:
        # Above Close and Quit: after the exports, in a group of their own.
        close = next((a for a in file_menu.actions() if a.objectName() == "action-close"), None)
        compare_menu = QMenu(self.tr("Compare &With"), file_menu)
        compare_menu.setObjectName("compare-menu")
        file_menu.insertMenu(close, compare_menu) if close else file_menu.addMenu(compare_menu)
        add(compare_menu, "compare_map", self.tr("Another &Map…"), self.compare_with_file)
        saved = add(compare_menu, "compare_saved", self.tr("The Last &Saved Version"), self.compare_with_saved)
        backup = add(compare_menu, "compare_backup", self.tr("The &Backup (.bak)"), self.compare_with_backup)
        merge = add(file_menu, "merge_with", self.tr("&Merge With…"), self.merge_with_file)
        if close is not None:
            file_menu.removeAction(merge)
            file_menu.insertAction(close, merge)
            file_menu.insertSeparator(close)

        def enable() -> None:
            path = self.window.session.path
            saved.setEnabled(path is not None and path.exists())
            backup.setEnabled(path is not None and io.backup_path(path).exists())

        compare_menu.aboutToShow.connect(enable)
        enable()
        view_menu.addSeparator()
        self.next_action = add(view_menu, "next_difference", self.tr("Next &Difference"), self.next, "F7")
        self.previous_action = add(view_menu, "previous_difference", self.tr("Previous Difference"),
                                   self.previous, "Shift+F7")
        self.close_action = add(view_menu, "close_comparison", self.tr("Close &Comparison"), self.close)
        self._enable_actions()

    def _enable_actions(self) -> None:
        if hasattr(self, "next_action"):
            comparing = self.other is not None
            for action in (self.next_action, self.previous_action, self.close_action):
                action.setEnabled(comparing)

    # -- following the session ----------------------------------------------------------------
    def set_session(self, session: MapSession) -> None:
        from journeymapper.ui.session import follow

        follow(self._session, session, self._on_changed)
        self._session = session
        self.close()
        if self.conflicts is not None:
            self.conflicts.set_session(session)
        elif session.doc.conflicts:
            self.show_conflicts()

    def _on_changed(self, event: DocumentChange) -> None:
        if self.other is not None:
            self._timer.start()
        if self.conflicts is None and self.window.session.doc.conflicts:
            self.show_conflicts()

    # -- comparing -----------------------------------------------------------------------------
    def compare_with_file(self) -> None:
        from journeymapper.ui import file_dialogs

        path = file_dialogs.open_map(self.window)
        if path:
            self.compare_with_path(path)

    def compare_with_saved(self) -> None:
        if self.window.session.path is not None:
            self.compare_with_path(self.window.session.path, self.tr("the last saved version"), mergeable=False)

    def compare_with_backup(self) -> None:
        if self.window.session.path is not None:
            self.compare_with_path(io.backup_path(self.window.session.path), mergeable=False)

    def compare_with_path(self, path: Path, name: Optional[str] = None, mergeable: bool = True) -> bool:
        try:
            other = io.load(path)
        except io.DocumentError as exc:
            self.window.show_error(self.tr("Could not compare the maps"), error_text(exc))
            return False
        self.start(other, name or Path(path).name)
        self.other_path = Path(path) if mergeable else None
        assert self.panel is not None
        self.panel.merge.setVisible(self.other_path is not None)
        return True

    def merge_compared(self) -> None:
        """The Differences panel's Merge In: the compared map's changes into this one."""
        path = self.other_path
        if path is not None and self.merge_path(path):
            self.close()

    def start(self, other: JourneyMap, name: str) -> None:
        """Show how the open map differs from ``other`` (which is only read)."""
        self.other, self.other_name = other.model_copy(deep=True), name
        self._other_layout = None  # laid out once: the compared map never changes
        if self.differences_dock is None:
            self.panel = DifferencesPanel()
            self.panel.rowChosen.connect(self.go_to)
            self.panel.closeRequested.connect(self.close)
            self.panel.mergeRequested.connect(self.merge_compared)
            self.differences_dock = self._add_dock(self.panel, "differences", self.tr("Differences"))
        assert self.differences_dock is not None
        self.differences_dock.show()
        self.differences_dock.raise_()
        self.window.view.viewport().installEventFilter(self)
        self.refresh()
        self._enable_actions()

    def refresh(self) -> None:
        if self.other is None or self.panel is None:
            return
        from journeymapper.canvas.compare_overlay import DiffOverlay, Marker, entry_rect, ghost_rect
        from journeymapper.compare import diff
        from journeymapper.compare.text import describe, summary
        from journeymapper.layout.compute import compute_layout

        doc, scene = self.window.session.doc, self.window.scene
        self.diff = diff(self.other, doc)
        language = ui_language()
        if self._other_layout is None:
            self._other_layout = compute_layout(self.other, scene.measurer, scene.layout.style)
        old_layout = self._other_layout
        lines: list[tuple[str, str]] = []
        self.markers = []
        for entry in self.diff.entries:
            lines.append((entry.change, describe(entry, self.diff, language)))
            rect = (ghost_rect(old_layout, self.other, scene.layout, entry) if entry.change == "removed"
                    else entry_rect(scene.layout, doc, entry))
            if rect is not None:  # the tooltip spells long texts out
                self.markers.append(Marker(entry, rect, describe(entry, self.diff, language, longest=400)))
        if self.overlay is None or not shiboken6.isValid(self.overlay) or self.overlay.scene() is not scene:
            self.overlay = DiffOverlay()  # a rebuilt scene took the old one with it
            scene.addItem(self.overlay)
        self.overlay.set_markers(self.markers)
        if self.diff.same:
            text = self.tr("No differences from {name}.").format(name=self.other_name)
        else:
            text = self.tr("Compared with {name}: {summary}").format(name=self.other_name,
                                                                      summary=summary(self.diff, language))
        self.panel.show_lines(text, lines)

    def close(self) -> None:
        """End the comparison: the markers go, the document is as it was."""
        if self.other is None:
            return
        self.other, self.diff, self.markers, self.other_path = None, None, [], None
        self._timer.stop()
        if self.overlay is not None and shiboken6.isValid(self.overlay) and self.overlay.scene() is not None:
            self.overlay.scene().removeItem(self.overlay)
        self.overlay = None
        self.window.view.viewport().removeEventFilter(self)
        if self.differences_dock is not None:
            self.differences_dock.hide()
        self._enable_actions()

    def go_to(self, row: int) -> None:
        """Scroll to difference ``row`` and select its item when it is on the map."""
        if self.diff is None or not 0 <= row < len(self.diff.entries):
            return
        entry = self.diff.entries[row]
        marker = next((m for m in self.markers if m.entry is entry), None)
        scene = self.window.scene
        if entry.change != "removed" and scene.item_for(entry.item_id) is not None:
            scene.select_ids([entry.item_id])
        elif marker is not None:
            scene.clearSelection()
        if marker is not None:
            self.window.view.ensureVisible(marker.rect, 60, 60)
        if self.panel is not None and self.panel.list.currentRow() != row:
            self.panel.list.setCurrentRow(row)

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        if self.panel is None or self.diff is None or not self.diff.entries:
            return
        count = len(self.diff.entries)
        row = self.panel.list.currentRow()
        row = (0 if by > 0 else count - 1) if row < 0 else (row + by) % count
        self.panel.list.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.overlay is not None and isinstance(event, QHelpEvent):
            marker = self.overlay.marker_at(self.window.view.mapToScene(event.pos()))
            if marker is not None:
                QToolTip.showText(event.globalPos(), plain_tooltip(marker.tooltip), self.window.view)
                return True
        return super().eventFilter(watched, event)

    # -- merging ---------------------------------------------------------------------------
    def merge_with_file(self) -> None:
        from journeymapper.ui import file_dialogs

        path = file_dialogs.open_map(self.window)
        if path:
            self.merge_path(path)

    def merge_path(self, path: Path) -> bool:
        """Merge the map at ``path`` into the open one, as one undo step. The common ancestor is the
        open map's backup when it can be one (the same map, saved no later than the other copy);
        without it every difference becomes a conflict to review."""
        try:
            theirs = io.load(path)
            own = self.window.session.path
            bak = io.backup_path(own) if own is not None else None
            base = io.load(bak) if bak is not None and bak.exists() else None
        except io.DocumentError as exc:
            self.window.show_error(self.tr("Could not merge the maps"), error_text(exc))
            return False
        from journeymapper.commands.conflicts import ReplaceContent
        from journeymapper.compare import MergeError, merge

        if base is not None and (base.id != theirs.id or base.modified > theirs.modified):
            base = None  # saved after the other copy, or another map: not their ancestor

        try:
            result = merge(base, self.window.session.doc, theirs, source=Path(path).name)
            self.window.session.push(ReplaceContent(result.doc, "Merge"))
        except (MergeError, ValueError) as exc:
            self.window.show_error(self.tr("Could not merge the maps"), f"{Path(path).name}: {exc}")
            return False
        count = len(result.conflicts)
        if count:
            self.show_conflicts()
            message = counted(self.tr("Merged {name}: %n conflict(s) to resolve.", "", count),
                              count).format(name=Path(path).name)
        else:
            message = self.tr("Merged {name} with no conflicts.").format(name=Path(path).name)
        if base is None:
            message += " " + self.tr("(No common ancestor: every difference is a conflict.)")
        self.window.statusBar().showMessage(message, 8000)
        return True

    def show_conflicts(self) -> None:
        if self.conflicts is None:
            from journeymapper.ui.conflicts_panel import ConflictsPanel

            self.conflicts = ConflictsPanel(self.window.session, self.window.scene)
            self.conflicts_dock = self._add_dock(self.conflicts, "conflicts", self.tr("Conflicts"))
        assert self.conflicts_dock is not None
        self.conflicts_dock.show()
        self.conflicts_dock.raise_()

    # -- conflicted copies -------------------------------------------------------------------
    def offer_conflicted_copies(self) -> Optional[str]:
        """If a sync tool left a conflicted copy of the open map beside it, offer to compare or
        merge it. Returns "compare", "merge" or None (nothing found, or the user said no)."""
        from journeymapper.io.sync_copies import conflicted_copies

        path = self.window.session.path
        copies = conflicted_copies(path) if path is not None else []
        if not copies:
            return None
        copy, tool = copies[0]
        box = QMessageBox(self.window)
        box.setObjectName("conflicted-copy")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Conflicted copy found"))
        box.setText(self.tr("{tool} left a conflicted copy of this map: “{copy}”.").format(tool=tool, copy=copy.name))
        box.setInformativeText(self.tr("Another computer changed the map at the same time. Compare the copy "
                                       "with your map, or merge its changes in (conflicts are kept for you "
                                       "to review)."))
        compare = box.addButton(self.tr("Compare"), QMessageBox.ButtonRole.ActionRole)
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(compare)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        if clicked is compare:
            return "compare" if self.compare_with_path(copy) else None
        if clicked is merge:
            return "merge" if self.merge_path(copy) else None
        return None

    def _add_dock(self, widget: QWidget, name: str, title: str) -> QDockWidget:
        from journeymapper.ui.accessible_names import name_controls

        window = self.window
        name_controls(widget)  # screen readers name its lists, texts and buttons
        dock = window._add_dock(widget, name, title, Qt.DockWidgetArea.RightDockWidgetArea)
        beside = next((d for d in window.docks if d.objectName() == "personas-dock"), None)
        if beside is not None:  # a tab of the right column's full height, not a strip under it
            window.tabifyDockWidget(beside, dock)
        window.docks.append(dock)
        actions = getattr(window, "actions_", None)  # not yet while the window is made: it lists window.docks
        if actions is not None:
            actions.docks_menu.addAction(dock.toggleViewAction())
        return dock
