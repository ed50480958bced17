"""What the canvas's helpers may use of the scene they work for.

Gestures, operations, palette drops, the curve and connector drags, image drops and the
layer menus are typed against these protocols, not against :class:`~journeymapper.canvas.scene.MapScene`:
they read the document and its layout, hand commands to ``push`` and select what they made;
the helpers that preview a gesture on the canvas also reach the scene's items through
:class:`ItemHost`'s methods, never through its dictionaries, card raster or persona filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Optional, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QPointF, QRectF, SignalInstance
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

    from journeymapper.canvas.curve_points import CurvePointSelection
    from journeymapper.canvas.items import CardItem, CurveItem, HeaderItem
    from journeymapper.commands.base import Command
    from journeymapper.layout.map_layout import MapLayout
    from journeymapper.layout.text import TextMeasurer
    from journeymapper.model import JourneyMap


class CanvasHost(Protocol):
    """The document shown, its layout, and the way edits go: one command per gesture."""

    @property
    def doc(self) -> JourneyMap: ...

    @property
    def layout(self) -> MapLayout: ...

    @property
    def message(self) -> SignalInstance:
        """Emit a short note for the status bar (``message.emit(text)``), e.g. why a drop was refused."""

    def push(self, command: Command) -> bool:
        """Hand ``command`` to the undo stack; False (and the reason shown) if the map refuses it."""

    def select_ids(self, ids: Iterable[str]) -> None: ...

    def selected_ids(self) -> list[str]: ...

    def selected_card_ids(self) -> list[str]: ...

    def current_cell(self) -> Optional[tuple[str, str]]:
        """(lane id, stage id) the user is working in, or None."""

    def filtered_persona(self) -> Optional[str]:
        """The persona the map is filtered by (a view state), or None."""


class ItemHost(CanvasHost, Protocol):
    """A host whose helpers also preview on the canvas: temporary items, moving cards and headers."""

    @property
    def measurer(self) -> TextMeasurer: ...

    def views(self) -> list[QGraphicsView]: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def item_at(self, pos: QPointF) -> Optional[QGraphicsItem]:
        """The topmost item under scene point ``pos``, as the first view shows it."""

    def pixels_per_point(self) -> float:
        """The first view's scale (1 without a view)."""

    def card_item(self, card_id: str) -> Optional[CardItem]: ...

    def card_items_in(self, rect: QRectF) -> list[CardItem]: ...

    def header_item(self, kind: str, item_id: str) -> Optional[HeaderItem]:
        """The header item of a stage or lane (``kind`` "stage" or "lane"), or None."""

    def curve_items(self) -> list[CurveItem]: ...

    def lift_cards(self, items: list[CardItem]) -> None:
        """Cards about to follow the pointer: they paint themselves, not the zoomed-out card image."""

    def settle_cards(self, items: list[CardItem]) -> None:
        """Cards back in place after a drag: the persona filter's fading and the card image again."""

    def pin_headers(self) -> None: ...

    @property
    def curve_points(self) -> CurvePointSelection:
        """The selected curve's current point (a view state)."""


__all__ = ["CanvasHost", "ItemHost"]
