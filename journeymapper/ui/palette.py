"""The palette dock: things to drag onto the canvas (or activate with Enter)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from journeymapper.canvas.names import lane_kind_name
from journeymapper.canvas.palette_mime import MIME_PALETTE, PaletteEntry
from journeymapper.model import CARD_COLOURS, LANE_COLOURS, LaneKind

_ROLE = Qt.ItemDataRole.UserRole
LANE_ORDER = (LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS,
              LaneKind.OPPORTUNITIES, LaneKind.GOALS, LaneKind.KPIS, LaneKind.BACKSTAGE, LaneKind.IMAGES,
              LaneKind.TEXT)


def _swatch(fill: str, outline: str = "#5D6D7E", rounded: bool = True) -> QIcon:
    pixmap = QPixmap(QSize(20, 20))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(outline))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(2, 3, 16, 14, 4 if rounded else 0, 4 if rounded else 0)
    painter.end()
    return QIcon(pixmap)


class Palette(QListWidget):
    """Entries carry a :class:`PaletteEntry`; dragging one offers it to the canvas."""

    entryActivated = Signal(object)  # PaletteEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(1)
        self.setMinimumWidth(190)
        self._build()
        self.itemActivated.connect(lambda item: self.entryActivated.emit(item.data(_ROLE)))

    def _section(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor("#566573"))
        self.addItem(item)

    def _entry(self, text: str, entry: PaletteEntry, icon: QIcon, tip: str) -> None:
        item = QListWidgetItem(icon, text)
        item.setData(_ROLE, entry)
        item.setToolTip(tip)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        self.addItem(item)

    def _build(self) -> None:
        tr = self.tr
        self._section(tr("Cards"))
        cards = [
            ("touchpoint", tr("Touchpoint"), LaneKind.TOUCHPOINTS),
            ("action", tr("Action"), LaneKind.ACTIONS),
            ("thought", tr("Thought"), LaneKind.THOUGHTS),
            ("pain_point", tr("Pain point"), LaneKind.PAIN_POINTS),
            ("opportunity", tr("Opportunity"), LaneKind.OPPORTUNITIES),
            ("goal", tr("Goal"), LaneKind.GOALS),
            ("note", tr("Note"), LaneKind.TEXT),
        ]
        for detail, text, kind in cards:
            self._entry(text, PaletteEntry("card", detail), _swatch(CARD_COLOURS[kind]),
                        tr("Drag onto a cell to add a card there"))
        self._section(tr("Structure"))
        self._entry(tr("Stage"), PaletteEntry("stage"), _swatch("#34495E", rounded=False),
                    tr("Drag between two stage columns to add a stage"))
        self._entry(tr("Emotion curve"), PaletteEntry("curve"), _swatch(LANE_COLOURS[LaneKind.EMOTIONS]),
                    tr("Drag onto an emotions lane to add a persona's curve"))
        self._section(tr("Lanes"))
        for kind in LANE_ORDER:
            swatch = _swatch(LANE_COLOURS[kind], rounded=False)
            self._entry(lane_kind_name(kind), PaletteEntry("lane", kind.value), swatch,
                        tr("Drag between two lanes to add a lane"))

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        entries = [item.data(_ROLE) for item in items if item.data(_ROLE) is not None]
        if entries:
            mime.setData(MIME_PALETTE, entries[0].encode())
            mime.setText(self.currentItem().text() if self.currentItem() else "")
        return mime

    def mimeTypes(self) -> list[str]:
        return [MIME_PALETTE]
