"""The "Journey check" dock: the map's gaps and warning signs, kept current while the user edits.

Live updates are debounced, and the check runs on the GUI thread. Every
:meth:`CheckPanel.refresh` (called after each command, undo and redo) restarts a
300 ms single-shot timer, so a burst of edits (typing, dragging) costs one check
after the user pauses. The check takes about 0.1 s on a 5,000-card map, which a
pause hides; a worker thread would need a deep copy of the document per run
(the check reads the live, mutable model; a copy of a large map costs about as
much as the check itself) and would have to discard results that arrive after a
newer edit. While the dock is hidden nothing runs; it checks when shown again.

Messages are translated from the templates of :data:`journeymapper.analysis.check.MESSAGES`
and the variant names of ``VARIANT_NAMES`` (context "JourneyCheck"; tools/update_translations.py
extracts them from there) and formatted with each finding's ``params``, whose numbers and
lists the check writes in the interface language. Clicking a
finding selects its items on the canvas and scrolls to the first one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, Optional, Union

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.analysis.check import MESSAGES, Finding, Severity, check, format_message
from journeymapper.canvas.problems import problem_text
from journeymapper.commands.base import Change
from journeymapper.ui.language import interface_language
from journeymapper.ui.session import DocumentChange, MapSession, follow

CONTEXT = "JourneyCheck"
DEBOUNCE_MS = 300
#: Edits that never pause for DEBOUNCE_MS still get a check this often.
MAX_WAIT_S = 2.0
#: At most this many findings are listed per severity; the rest are counted in one line.
MAX_SHOWN = 500

_COLOURS = {Severity.ERROR: "#C62828", Severity.WARNING: "#E69A00", Severity.INFO: "#1E73BE"}
_OK_COLOUR = "#2E7D32"
_IDS = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def finding_text(finding: Finding) -> str:
    """The finding's message in the user's language (the English one if a translation is broken)."""
    params = {name: problem_text(value) for name, value in finding.params.items()}  # integrity problems
    if "variant" in params:
        params["variant"] = _tr(params["variant"])
    template = MESSAGES.get(finding.rule)
    if template is None:
        return finding.message
    try:
        return format_message(_tr(template), params)
    except (KeyError, IndexError, ValueError):
        return finding.message


def group_title(severity: Severity) -> str:
    titles = {Severity.ERROR: _tr("Errors"), Severity.WARNING: _tr("Warnings"), Severity.INFO: _tr("Notes")}
    return titles[severity]


# -- icons ---------------------------------------------------------------------------------

def _draw_badge(painter: QPainter, kind: str, size: float) -> None:
    """A severity badge in a ``size`` square: red disc "!", amber triangle "!", blue disc "i", green tick."""
    s = size
    colour = QColor(_OK_COLOUR if kind == "ok" else _COLOURS[Severity(kind)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind == Severity.WARNING.value:
        path = QPainterPath()
        path.moveTo(s * 0.5, s * 0.06)
        path.lineTo(s * 0.97, s * 0.92)
        path.lineTo(s * 0.03, s * 0.92)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
    mark = QColor("#3A2A00") if kind == Severity.WARNING.value else QColor("white")
    pen = QPen(mark, s * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind == "ok":
        tick = QPainterPath()
        tick.moveTo(s * 0.28, s * 0.52)
        tick.lineTo(s * 0.44, s * 0.68)
        tick.lineTo(s * 0.73, s * 0.35)
        painter.drawPath(tick)
        return
    if kind == Severity.INFO.value:
        painter.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.74))
        dot = s * 0.28
    elif kind == Severity.WARNING.value:
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62))
        dot = s * 0.78
    else:
        painter.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56))
        dot = s * 0.74
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(mark)
    painter.drawEllipse(QPointF(s * 0.5, dot), s * 0.08, s * 0.08)


_icons: dict[str, QIcon] = {}


def badge_icon(kind: str) -> QIcon:
    """Icon for a severity value ("error", "warning", "info") or "ok", sharp at 1x and 2x."""
    if kind not in _icons:
        icon = QIcon()
        for size in (16, 20, 32, 40, 64):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _draw_badge(painter, kind, float(size))
            painter.end()
            icon.addPixmap(pixmap)
        _icons[kind] = icon
    return _icons[kind]


class _WrappingDelegate(QStyledItemDelegate):
    """Draws finding rows as wrapped plain text, as tall as the text needs at the column's width."""

    PAD_X, PAD_Y = 4, 4

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def _text_width(self, index: Union[QModelIndex, QPersistentModelIndex]) -> int:
        depth = 1 if index.parent().isValid() else 0
        return max(60, self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 2 * self.PAD_X)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: Union[QModelIndex, QPersistentModelIndex]) -> QSize:
        if not index.parent().isValid():
            return super().sizeHint(option, index) + QSize(0, 2 * self.PAD_Y)
        width = self._text_width(index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, text)
        return QSize(width, bounds.height() + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: Union[QModelIndex, QPersistentModelIndex]) -> None:
        if not index.parent().isValid():
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(foreground.color() if foreground is not None and not selected else opt.palette.color(role))
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        painter.setFont(opt.font)
        painter.drawText(rect, _WRAP, text)
        painter.restore()


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class _FindingTree(QTreeWidget):
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows wrap to the new width


def _finding_key(finding: Finding) -> tuple[str, tuple[str, ...]]:
    return finding.rule, finding.ids


# -- the panel -----------------------------------------------------------------------------

class CheckPanel(QWidget):
    """Findings of the journey check, grouped by severity; click one to find it on the canvas."""

    def __init__(self, session: MapSession, scene: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self.findings: list[Finding] = []
        self._stale = True
        self._pending_since: Optional[float] = None
        self.setMinimumWidth(280)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        summary = QHBoxLayout()
        summary.setSpacing(4)
        self.counts: dict[Severity, QLabel] = {}
        for severity in Severity:
            icon = QLabel()
            icon.setPixmap(badge_icon(severity.value).pixmap(16, 16))
            count = QLabel("0")
            count.setObjectName(f"check-count-{severity.value}")
            count.setTextFormat(Qt.TextFormat.PlainText)
            icon.setToolTip(group_title(severity))
            count.setToolTip(group_title(severity))
            summary.addWidget(icon)
            summary.addWidget(count)
            summary.addSpacing(10)
            self.counts[severity] = count
        summary.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("check-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: palette(mid);")
        summary.addWidget(self.status)
        layout.addLayout(summary)

        self.tree = _FindingTree()
        self.tree.setObjectName("check-findings")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(12, 24, 12, 12)
        ok_icon = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
        ok_icon.setPixmap(badge_icon("ok").pixmap(40, 40))
        self.empty_text = QLabel(
            _tr("No findings. Every stage has a touchpoint, and nothing in the map needs attention."),
            wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.empty_text.setObjectName("check-empty")
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        empty_layout.addWidget(ok_icon)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._expanded = {s: True for s in Severity}
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- keeping current -------------------------------------------------------------------
    def refresh(self, change: Optional[Change] = None) -> None:
        """The map changed (a command, undo or redo): check again once edits pause."""
        now = time.monotonic()
        if not self._stale or self._pending_since is None:
            self._pending_since = now
        self._stale = True
        self.status.setText(_tr("Checking…"))
        if not (self.timer.isActive() and now - self._pending_since > MAX_WAIT_S):
            self.timer.start()

    def set_session(self, session: MapSession) -> None:
        """Follow ``session`` and check its document."""
        follow(self.session, session, self._on_changed)
        self.session = session
        self._restart()

    def _restart(self) -> None:
        self._expanded = {s: True for s in Severity}
        self.refresh()

    def _on_changed(self, event: DocumentChange) -> None:
        # Every kind of item may make or settle a finding (a card fills an empty stage): no filter.
        if event.replaced:
            self._restart()
        else:
            self.refresh(event.change)

    def check_now(self) -> None:
        """Run the check at once (if the panel is hidden, when it is next shown)."""
        self.timer.stop()
        self.timer.setInterval(DEBOUNCE_MS)
        if not self.isVisible():
            self._stale = True
            return
        self._stale, self._pending_since = False, None
        try:
            findings = check(self.session.doc, interface_language())
        except Exception as exc:  # a bug in a rule must not stop the editor
            self.status.setText(_tr("The check failed: {error}").format(error=exc))
            return
        self._show(findings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.timer.isActive():
            self.timer.start(0)

    # -- showing ---------------------------------------------------------------------------
    def _show(self, findings: list[Finding]) -> None:
        self.findings = findings
        current = self.tree.currentItem()
        current_key = current.data(0, _KEY) if current is not None else None
        scroll = self.tree.verticalScrollBar().value()
        for head in self._heads():
            self._expanded[Severity(head.data(0, _KEY))] = head.isExpanded()

        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        restore: Optional[QTreeWidgetItem] = None
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for severity in Severity:
            members = [f for f in findings if f.severity is severity]
            self.counts[severity].setText(str(len(members)))
            if not members:
                continue
            head = QTreeWidgetItem([f"{group_title(severity)} ({len(members)})"])
            head.setIcon(0, badge_icon(severity.value))
            head.setFont(0, bold)
            head.setData(0, _KEY, severity.value)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for finding in members[:MAX_SHOWN]:
                text = finding_text(finding)
                item = QTreeWidgetItem(head, [text])
                item.setData(0, _IDS, list(finding.ids))
                item.setData(0, _KEY, repr(_finding_key(finding)))
                item.setToolTip(0, text + "\n\n" + (_tr("Click to show it on the map.") if finding.ids
                                                    else _tr("This is not drawn on the map.")))
                if current_key is not None and item.data(0, _KEY) == current_key:
                    restore = item
            if len(members) > MAX_SHOWN:
                more = QTreeWidgetItem(head, [_tr("… and {count} more").format(count=len(members) - MAX_SHOWN)])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                more.setForeground(0, self.palette().placeholderText())
            head.setExpanded(self._expanded[severity])
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentWidget(self.tree if findings else self.empty)
        self.status.setText("")

    # -- finding things on the canvas ------------------------------------------------------
    def _on_item(self, item: QTreeWidgetItem, column: int = 0) -> None:
        ids = item.data(0, _IDS)
        if ids:
            self.show_on_map(list(ids))
        elif item.childCount():
            item.setExpanded(not item.isExpanded())

    def show_on_map(self, ids: list[str]) -> None:
        """Select the items with these ids on the canvas and scroll the first into view."""
        self.scene.select_ids(ids)
        first = next((it for it in map(self.scene.item_for, ids) if it is not None), None)
        views = self.scene.views()
        if first is not None and views:
            views[0].ensureVisible(first.sceneBoundingRect(), 40, 40)

    def item_for(self, finding: Finding) -> Optional[QTreeWidgetItem]:
        """The tree row showing ``finding`` (None if not listed)."""
        key = repr(_finding_key(finding))
        for head in self._heads():
            for j in range(head.childCount()):
                row = head.child(j)
                if row is not None and row.data(0, _KEY) == key:
                    return row
        return None

    def _heads(self) -> Iterator[QTreeWidgetItem]:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None:
                yield head


__all__ = ["CheckPanel", "finding_text", "badge_icon", "group_title", "DEBOUNCE_MS"]
