"""View-menu actions for running a workshop: Present, Reduce Motion, Voting (with + / −), Timer.

Kept apart from actions.py so the editor's own menus stay readable. Shortcuts: F5 presents;
+ and − exist only while Voting is on (they are disabled otherwise), so they never take keys
from anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journeymapper.ui import preferences
from journeymapper.ui.plurals import counted
from journeymapper.ui.timer_overlay import PRESETS_MINUTES, Timebox, TimerOverlay, ask_minutes

if TYPE_CHECKING:
    from journeymapper.ui.actions import EditorActions
    from journeymapper.ui.presentation import PresentationWindow


class WorkshopActions(QObject):
    def __init__(self, actions: EditorActions, view_menu: QMenu) -> None:
        super().__init__(actions)
        self.actions = actions
        w = actions.window
        self.window = w
        view_menu.addSeparator()
        present = self._add(view_menu, "present", self.tr("Pr&esent"), self.present, "F5")
        present.setToolTip(self.tr("Show the map full screen, stage by stage"))
        self.reduce_motion = self._add(view_menu, "reduce_motion", self.tr("Reduce &Motion"), None)
        self.reduce_motion.setCheckable(True)
        self.reduce_motion.setChecked(preferences.reduce_motion())
        self.reduce_motion.toggled.connect(preferences.set_reduce_motion)
        #: The presentation while one is open (View › Present).
        self.presentation: Optional[PresentationWindow] = None
        self.voting = self._add(view_menu, "voting", self.tr("Votin&g"), None)
        self.voting.setCheckable(True)
        self.voting.toggled.connect(self._voting_toggled)
        self.vote_up = self._add(view_menu, "vote_up", self.tr("Add a Vote"), lambda: self._vote(+1), "+")
        self.vote_down = self._add(view_menu, "vote_down", self.tr("Remove a Vote"), lambda: self._vote(-1), "-")
        self._add(view_menu, "clear_votes", self.tr("C&lear Votes"), self._clear_votes)
        #: The workshop's countdown, shown over the canvas and the presentation; never part of the map.
        self.timebox = Timebox(self)
        self.timer_overlay = TimerOverlay(self.timebox, w.view)
        timer_menu = view_menu.addMenu(self.tr("&Timer"))
        timer_menu.setObjectName("timer-menu")
        for minutes in PRESETS_MINUTES:
            self._add(timer_menu, f"timer_{minutes}", counted(self.tr("%n minute(s)", "", minutes), minutes),
                      lambda m=minutes: self.timebox.start(m * 60))
        self._add(timer_menu, "timer_custom", self.tr("&Custom…"), self._custom_timer)
        timer_menu.addSeparator()
        self.stop_timer = self._add(timer_menu, "timer_stop", self.tr("&Stop Timer"), self.timebox.stop)
        self.timebox.changed.connect(lambda: self.stop_timer.setEnabled(self.timebox.running()))
        self.stop_timer.setEnabled(False)
        w.scene.selectionIdsChanged.connect(self._update_enabled)
        self._update_enabled()

    def _add(self, menu: QMenu, name: str, text: str, slot, shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setMenuRole(QAction.MenuRole.NoRole)  # macOS must not move these into the app menu
        action.setObjectName(f"action-{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions.by_name[name] = action
        return action

    def present(self) -> None:
        """Full screen, stage by stage; F5 again while presenting does nothing new."""
        if self.presentation is not None:
            self.presentation.activateWindow()
            return
        from journeymapper.ui.presentation import PresentationWindow

        self.window.commit_typing()
        self.presentation = PresentationWindow(self.window)
        self.presentation.left.connect(self._presentation_left)
        self.presentation.start()

    def _custom_timer(self) -> None:
        minutes = ask_minutes(self.window)
        if minutes is not None:
            self.timebox.start(minutes * 60)

    def _presentation_left(self) -> None:
        self.presentation = None

    def _voting_toggled(self, on: bool) -> None:
        self.window.scene.voting.set_on(on)
        self._update_enabled()
        if on:
            self.window.show_priorities()

    def _update_enabled(self, *_: object) -> None:
        can_vote = self.voting.isChecked() and len(self.window.scene.selected_card_ids()) == 1
        self.vote_up.setEnabled(can_vote)
        self.vote_down.setEnabled(can_vote)

    def _vote(self, delta: int) -> None:
        ids = self.window.scene.selected_card_ids()
        if self.voting.isChecked() and len(ids) == 1:
            self.window.scene.voting.step(ids[0], delta)

    def _clear_votes(self) -> None:
        from journeymapper.commands.votes import ClearVotes

        self.window.scene.push(ClearVotes())
