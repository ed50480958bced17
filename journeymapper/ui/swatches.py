"""A card colour chooser: the lanes' card colours and a few clearly distinct print-safe ones, then "More…"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Optional

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QMenu, QToolButton, QWidget, QWidgetAction

from journeymapper.canvas.names import lane_kind_name
from journeymapper.model import CARD_COLOURS
from journeymapper.model.colours import CARD_SWATCHES

_COLUMNS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("Swatches", text)


def card_swatches() -> list[tuple[str, str]]:
    """(colour, name): each lane kind's card colour once, then the extra ones."""
    names = {"#FFD54F": _tr("Amber"), "#FF8A65": _tr("Orange"), "#F06292": _tr("Pink"), "#BA68C8": _tr("Purple"),
             "#7986CB": _tr("Indigo"), "#4FC3F7": _tr("Sky blue"), "#4DB6AC": _tr("Teal"), "#AED581": _tr("Green"),
             "#DCE775": _tr("Lime"), "#A1887F": _tr("Brown")}
    swatches: dict[str, str] = {}
    for kind, colour in CARD_COLOURS.items():
        swatches.setdefault(colour.upper(), _tr("{lane} card").format(lane=lane_kind_name(kind)))
    for colour in CARD_SWATCHES:
        swatches.setdefault(colour.upper(), names.get(colour, colour))
    return list(swatches.items())


def _icon(colour: str) -> QIcon:
    pixmap = QPixmap(QSize(22, 22))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#90A4AE"))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, 20, 20, 4, 4)
    painter.end()
    return QIcon(pixmap)


def choose_from_swatches(parent: QWidget, current: Optional[str], swatches: Sequence[tuple[str, str]],
                         more: Callable[[], Optional[str]]) -> Optional[str]:
    """A menu under ``parent`` with a grid of ``swatches`` and "More…" (``more``); the chosen colour or None."""
    menu = QMenu(parent)
    menu.setObjectName("colour-swatches")
    grid = QWidget()
    layout = QGridLayout(grid)
    layout.setContentsMargins(8, 8, 8, 4)
    layout.setSpacing(4)
    chosen: list[str] = []

    def pick(colour: str) -> None:
        chosen.append(colour.upper())
        menu.close()

    for index, (colour, name) in enumerate(swatches):
        button = QToolButton()
        button.setObjectName(f"swatch-{colour.upper()}")
        button.setIcon(_icon(colour))
        button.setIconSize(QSize(22, 22))
        button.setAutoRaise(True)
        button.setCheckable(True)
        button.setChecked(bool(current and current.upper() == colour.upper()))
        button.setToolTip(f"{name} ({colour.upper()})")
        button.setAccessibleName(name)
        button.clicked.connect(lambda _c=False, c=colour: pick(c))
        layout.addWidget(button, index // _COLUMNS, index % _COLUMNS)
    holder = QWidgetAction(menu)
    holder.setDefaultWidget(grid)
    menu.addAction(holder)
    menu.addSeparator()
    more_action = menu.addAction(_tr("More Colours…"))
    more_action.setObjectName("swatch-more")
    picked = menu.exec(parent.mapToGlobal(parent.rect().bottomLeft()))
    parent.window().activateWindow()  # the keyboard goes back to where it was
    if chosen:
        return chosen[0]
    if picked is more_action:
        return more()
    return None


__all__ = ["card_swatches", "choose_from_swatches"]
