"""The map as a QGraphicsScene: items drawn from the shared layout, kept in step with the document.

The scene never writes to the document. Gestures become commands handed to
``push``; once a command has changed the document, :meth:`MapScene.apply_change`
re-lays out what it names and updates just the items whose geometry changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from journeymapper.canvas import images as layer_images
from journeymapper.canvas.background import GridBackground
from journeymapper.canvas.card_raster import CardRaster
from journeymapper.canvas.connector_layer import ConnectorLayer
from journeymapper.canvas.curve_points import CurvePointSelection
from journeymapper.canvas.gestures import Gestures
from journeymapper.canvas.items import (
    READABLE_SCALE,
    Z_CELLS,
    Z_CONNECTORS,
    CardItem,
    ConnectorItem,
    CurveItem,
    HeaderItem,
    MetricRowItem,
)
from journeymapper.canvas.layout_history import LayoutHistory
from journeymapper.canvas.metric_cells import MetricCells
from journeymapper.canvas.names import evidence_name, plain_tooltip
from journeymapper.canvas.operations import Operations
from journeymapper.canvas.palette_drops import PaletteDrops
from journeymapper.canvas.persona_filter import PersonaFilter
from journeymapper.canvas.pinned_headers import PinnedHeaders
from journeymapper.canvas.votes import Voting
from journeymapper.commands.base import Change, Command
from journeymapper.layout.compute import compute_layout, relayout
from journeymapper.layout.fonts import default_measurer
from journeymapper.layout.map_layout import MapLayout
from journeymapper.layout.reuse import CellChange, changed_cells
from journeymapper.model import Card, JourneyMap
from journeymapper.model.lookup import find_card, find_items

Push = Callable[[Command], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


class MapScene(QGraphicsScene):
    """Holds one item per card, header, connector, curve and KPI row of the current layout.

    It is the :class:`~journeymapper.canvas.host.ItemHost` of its gestures, operations and drops.
    """

    selectionIdsChanged = Signal(list)
    message = Signal(str)  # a short note for the status bar (e.g. why a drop was refused)
    editRequested = Signal(str)  # id of a card, stage or lane to edit in place

    def __init__(self, doc: JourneyMap, push: Push, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._push = push
        self.measurer = default_measurer()
        self.cards: dict[str, CardItem] = {}
        self.headers: dict[tuple[str, str], HeaderItem] = {}
        self.others: list[QGraphicsItem] = []
        self.layout: MapLayout = compute_layout(doc, self.measurer)
        self._history = LayoutHistory()  # for undo and redo
        self.pinned = PinnedHeaders()  # headers in view while scrolling (pinned_headers.py)
        self.gestures = Gestures(self)
        self.ops = Operations(self)
        self.drops = PaletteDrops(self, self.ops, self.gestures, self.editRequested.emit)
        self.filter = PersonaFilter(self)  # a view state, never saved
        self.curve_points = CurvePointSelection(self)  # the selected curve's current point (curve_points.py)
        self.metric_cells = MetricCells(self)  # KPI cells edited in place (metric_cells.py)
        self.voting = Voting(self)  # workshop dot voting: a view state (votes.py)
        self.images = layer_images.ImageCache()
        self.raster = CardRaster(READABLE_SCALE, self.update)  # card blocks when zoomed out (card_raster.py)
        self.background = GridBackground(self.raster)
        self._view_scale = 0.0  # the main view's pixels per point (set_view_scale)
        self._cards_blank = False  # card items leave painting to the raster
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._rebuild()
        self.selectionChanged.connect(self._emit_selection)

    # -- document binding ------------------------------------------------------------------
    def set_document(self, doc: JourneyMap, push: Push) -> None:
        self.doc, self._push = doc, push
        self._history.clear()
        self.layout = compute_layout(doc, self.measurer)
        self._rebuild()

    def push(self, command: Command) -> bool:
        """Hand a command to the undo stack; a command that does not fit the map is reported, not raised."""
        try:
            self._push(command)
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        return True

    def apply_change(self, change: Change, revision: Optional[int] = None, restores: Optional[int] = None) -> None:
        """Follow ``change``, which made the document's ``revision`` (the one before it is shown now);
        ``restores``: the earlier revision an undo or redo brought back, whose layout is shown again."""
        ids = change.added | change.removed | change.updated
        new = self._history.recall(restores, self.layout)
        if revision is not None:
            self._history.remember(revision - 1, self.layout)
        if new is None:
            new = (compute_layout(self.doc, self.measurer, self.layout.style) if change.structure
                   else relayout(self.layout, self.doc, self.measurer, ids))
        self._history.remember(revision, new)
        self._sync(new)
        self._refresh_cards(ids)

    def _refresh_cards(self, ids: set[str]) -> None:
        """Tooltip (evidence, source) and image of edited cards (boxes are the layout's business)."""
        for card in find_items(self.doc, "cards", [i for i in ids if i in self.cards]).values():
            item = self.cards.get(card.id)
            if item is not None:
                if item.tip_of != (card.evidence, card.source):  # most edits move cards, not this
                    item.tip_of = (card.evidence, card.source)
                    item.setToolTip(self._tooltip(card))
                image = self.images.get(self.doc.assets, item.box.image_asset)
                if image is not item.image:
                    item.image = image
                    item.update()

    # -- building items ----------------------------------------------------------------------
    def _rebuild(self) -> None:
        selected = set(self.selected_ids())
        self.blockSignals(True)
        self.gestures.cancel()
        self.gestures.indicator = self.gestures.guide = None  # clear() deletes them
        self.cards, self.headers, self.others = {}, {}, []  # before clear(): it may scroll the view
        self._styled_selection: set[QGraphicsItem] = set()  # clear() deletes them
        self.clear()
        self.voting.attach()
        layout = self.layout
        self.connector_layer = ConnectorLayer(Z_CONNECTORS)  # paints every connector (connector_layer.py)
        # Sized before it joins the scene: resized in it while the scene's full update is pending, Qt
        # would keep it marked as moved and repaint it whole (the whole view) at the first edit.
        self.connector_layer.set_bounds(QRectF(0, 0, layout.width, layout.height))
        self.addItem(self.connector_layer)
        boxes = ([layout.title] if layout.title else []) + list(layout.stage_headers) + list(layout.lane_headers)
        for header in boxes:
            header_item = HeaderItem(header, layout.style)
            self.headers[(header.kind, header.id)] = header_item
            self.addItem(header_item)
        self._attach_lane_extras()
        cards_by_id = {c.id: c for c in self.doc.cards}
        for box in layout.cards:
            self._add_card(box, cards_by_id.get(box.card_id))
        self._rebuild_overlays()
        self.background.set_layout(self.layout)
        self.pin_headers()
        for item_id in selected:
            chosen = self.item_for(item_id)
            if chosen is not None:
                chosen.setSelected(True)
        self.filter.apply()
        self.raster.reset(layout, self.cards)
        self._blank_cards(self.cards.values())
        self.blockSignals(False)
        # After unblocking: the BSP index resizes itself on sceneRectChanged, and a stale index
        # makes every paint and mouse move visit every item.
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        self._emit_selection()

    def _attach_lane_extras(self) -> None:
        """Legends and KPI names sit in lane headers: the header item draws them so they pin with it."""
        for box in self.layout.lane_headers:
            item = self.headers[("lane", box.id)]
            item.legend = self.filter.lane_legend(box.id)
            item.metric_names = [r.name_lines for r in self.layout.metric_rows if r.lane_id == box.id]

    def _add_card(self, box, card: Optional[Card]) -> CardItem:
        item = CardItem(box, self.layout.style, self._tooltip(card))
        item.tip_of = (card.evidence, card.source) if card else None
        item.raster = self.raster
        item.image = self.images.get(self.doc.assets, box.image_asset)  # the embedded image, if any
        self.cards[box.card_id] = item
        self.addItem(item)
        return item

    def _tooltip(self, card: Optional[Card]) -> str:
        if card is None:
            return ""
        tip = evidence_name(card.evidence)
        if card.source:
            tip += "\n" + _tr("Source: {source}").format(source=card.source)
        return plain_tooltip(tip)  # the source is user text: never rich text

    def _rebuild_overlays(self) -> None:
        for item in self.others:
            if isinstance(item, ConnectorItem):
                self.connector_layer.remove(item)
            self.removeItem(item)
        self.others = []
        style = self.layout.style
        for curve in self.layout.curves:
            self.others.append(CurveItem(curve, style))
        for row in self.layout.metric_rows:
            self.others.append(MetricRowItem(row, style))
        for connector in self.layout.connectors:
            self.others.append(ConnectorItem(connector))
        for item in self.others:
            self.addItem(item)
            if isinstance(item, ConnectorItem):
                self.connector_layer.add(item)

    def _sync(self, new: MapLayout) -> None:
        """Move from the current layout to ``new`` touching only items whose geometry changed."""
        old, self.layout = self.layout, new
        if not _items_fit(old, new):
            self._rebuild()
            return
        selected = set(self.selected_ids())
        self.blockSignals(True)
        cells = list(changed_cells(old.cache.rows_placed, new.cache.rows_placed))
        touched = self._sync_cards(new, cells)
        if old.connectors != new.connectors:
            self._sync_connectors(old, new)
        self.filter.apply()  # new and changed cards fade like the others
        scale = self.raster.scale
        self.raster.redraw_cells(new, cells)
        # The map changed size: the image has another resolution, every card follows it.
        self._blank_cards(self.cards.values() if self.raster.scale != scale else touched)
        self.blockSignals(False)
        self.setSceneRect(QRectF(0, 0, new.width, new.height))  # unblocked: see _rebuild
        self.connector_layer.set_bounds(self.sceneRect())
        if selected != set(self.selected_ids()):
            self._emit_selection()
        else:
            self.voting.refresh()  # the selected card may have moved or grown
        if old.cells != new.cells or old.emotion_bands != new.emotion_bands:
            self.background.set_layout(self.layout)
            self.update()  # the grid is drawn in the background, not by items

    def _sync_cards(self, new: MapLayout, cells: list[CellChange]) -> list[CardItem]:
        """Card items for the boxes that came, none for cards gone from the map; the items made or moved."""
        touched: list[CardItem] = []
        for box in (box for cell in cells for box in cell.came):
            item = self.cards.get(box.card_id)
            if item is None:
                touched.append(self._add_card(box, find_card(self.doc, box.card_id)))
            elif item.box is not box:
                touched.append(item)
                item.set_box(box)  # tooltips of edited cards: _refresh_cards
                if box.image_asset is not None or item.image is not None:
                    item.image = self.images.get(self.doc.assets, box.image_asset)
        for card_id in {box.card_id for cell in cells for box in cell.gone}:
            if card_id not in new.cache.card_index and card_id in self.cards:
                self.removeItem(self.cards.pop(card_id))
        return touched

    def _sync_connectors(self, old: MapLayout, new: MapLayout) -> None:
        """Update only the connector items whose route changed (the layout keeps unchanged routes)."""
        if len(old.connectors) == len(new.connectors):
            pairs = [(a, b) for a, b in zip(old.connectors, new.connectors, strict=True) if a is not b]
            if all(a.connector_id == b.connector_id for a, b in pairs):  # the same connectors, rerouted
                for _, route in pairs:
                    shown = self.connector_layer.item(route.connector_id)
                    if shown is not None:
                        shown.set_path(route)
                return
        routes = {c.connector_id: c for c in new.connectors}
        kept: list[QGraphicsItem] = []
        for item in self.others:
            if isinstance(item, ConnectorItem):
                path = routes.pop(item.item_id, None)
                if path is None:
                    self.connector_layer.remove(item)
                    self.removeItem(item)
                    continue
                if path is not item.path:
                    item.set_path(path)
            kept.append(item)
        for route in routes.values():  # connectors that are new in this layout
            connector = ConnectorItem(route)
            self.addItem(connector)
            self.connector_layer.add(connector)
            kept.append(connector)
        self.others = kept

    # -- headers stay visible while scrolling ----------------------------------------------------
    @property
    def visible(self) -> QRectF:
        """The part of the map the view shows (headers are pinned to it)."""
        return self.pinned.visible

    @property
    def corner_offset(self) -> tuple[float, float]:
        """How far the pinned stage and lane headers are shifted (x, y)."""
        return self.pinned.corner_offset

    def set_visible_rect(self, rect: QRectF) -> None:
        self.pinned.visible = QRectF(rect)
        self.pin_headers()

    def pin_headers(self) -> None:
        gesture = self.gestures.gesture
        self.pinned.pin(self.layout, self.headers,
                        (gesture.kind, gesture.target_id) if gesture and gesture.active else None)

    # -- zoomed out, cards are blocks copied from one image (card_raster.py) -----------------------
    def set_view_scale(self, scale: float) -> None:
        """The view's pixels per point: zoomed out below the card image's resolution, Qt skips card items."""
        self._view_scale = scale
        self._blank_cards(self.cards.values(), only_if_changed=True)

    def _blank_cards(self, items: Iterable[CardItem], only_if_changed: bool = False) -> None:
        blank = 0 < self._view_scale <= self.raster.scale
        if only_if_changed and blank == self._cards_blank:
            return
        self._cards_blank = blank
        for item in items:
            item.set_blank(blank)

    @contextmanager
    def unpinned(self) -> Iterator[None]:
        """Headers at their true place and every card painting itself, for the duration (image export)."""
        saved, scale = QRectF(self.pinned.visible), self._view_scale
        self.pinned.visible = QRectF()
        self.pin_headers()
        self.set_view_scale(0.0)
        try:
            yield
        finally:
            self.pinned.visible = saved
            self.pin_headers()
            self.set_view_scale(scale)

    # -- mouse -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.voting.press(event.scenePos()):
            event.accept()
            return
        if self.gestures.press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.gestures.move(event):
            event.accept()
            return
        if not event.buttons():
            cursor = self.gestures.hover_cursor(event.scenePos())
            for view in self.views():
                if cursor is not None:
                    view.viewport().setCursor(cursor)
                else:
                    view.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.item_at(event.scenePos())
        if isinstance(item, (CardItem, HeaderItem)) and getattr(item, "kind", "") in ("card", "stage", "lane"):
            self.select_ids([item.item_id])
            self.editRequested.emit(item.item_id)
            event.accept()
            return
        if isinstance(item, ConnectorItem):  # a connector's label is edited in place
            self.select_ids([item.item_id])
            self.gestures.connector_drag.edit_label(item.item_id)
            event.accept()
            return
        if isinstance(item, MetricRowItem):  # a KPI cell: value and target in place
            self.select_ids([item.item_id])
            stage_id = self.metric_cells.stage_at(item.item_id, event.scenePos().x())
            if stage_id is not None and self.metric_cells.edit(item.item_id, stage_id):
                event.accept()
                return
        if isinstance(item, CurveItem) and self.gestures.curve_drag.edit_label(event.scenePos()):
            event.accept()  # so is a curve point's label
            return
        super().mouseDoubleClickEvent(event)

    # -- drops from the palette and of image files (palette_drops.py) ----------------------------
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.enter(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.move(event)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.leave(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.drop(event)

    # -- context menus of connectors and emotions lanes (layer_menus.py) ------------------------
    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        from journeymapper.canvas.layer_menus import show_context_menu

        if show_context_menu(self, event, self.gestures.connector_drag.edit_label):
            event.accept()
            return
        super().contextMenuEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self.pinned.draw_corner(painter, self.layout)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self.background.draw(painter, QRectF(rect), self.layout)

    def set_persona_filter(self, persona_id: Optional[str]) -> None:  # persona_filter.py
        """Fade cards about other personas only and show only ``persona_id``'s curves (None: all)."""
        self.filter.persona_id = persona_id
        self.raster.reset(self.layout, self.cards)  # the blocks are drawn again, faded, when next needed
        self.filter.apply()
        self.update()

    def filtered_persona(self) -> Optional[str]:
        return self.filter.active()

    # -- the scene's items, for the helpers that preview gestures (host.ItemHost) -----------------
    def item_at(self, pos: QPointF) -> Optional[QGraphicsItem]:
        views = self.views()
        return self.itemAt(pos, views[0].transform() if views else QTransform())

    def pixels_per_point(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    def card_item(self, card_id: str) -> Optional[CardItem]:
        return self.cards.get(card_id)

    def card_items_in(self, rect: QRectF) -> list[CardItem]:
        return card_items(self.items(rect))

    def header_item(self, kind: str, item_id: str) -> Optional[HeaderItem]:
        return self.headers.get((kind, item_id))

    def curve_items(self) -> list[CurveItem]:
        return [item for item in self.others if isinstance(item, CurveItem)]

    def lift_cards(self, items: list[CardItem]) -> None:
        self.raster.release(items)

    def settle_cards(self, items: list[CardItem]) -> None:
        for item in items:
            item.setOpacity(self.filter.card_opacity(item.item_id))  # faded by the persona filter
        self.raster.restore(items)

    # -- selection ---------------------------------------------------------------------------
    def item_for(self, item_id: str) -> Optional[QGraphicsItem]:
        if item_id in self.cards:
            return self.cards[item_id]
        for kind in ("stage", "lane"):
            if (kind, item_id) in self.headers:
                return self.headers[(kind, item_id)]
        return next((i for i in self.others if getattr(i, "item_id", None) == item_id), None)

    def selected_ids(self) -> list[str]:
        """Selected items' ids in map order (cards by lane, stage and position)."""
        chosen = {getattr(item, "item_id", None) for item in self.selectedItems()}
        if not chosen:
            return []
        ordered = self.layout.in_map_order([i for i in chosen if i in self.cards])
        ordered += [s.id for s in self.doc.stages if s.id in chosen]
        ordered += [lane.id for lane in self.doc.lanes if lane.id in chosen]
        ordered += [i.item_id for i in self.others if i.item_id in chosen]  # type: ignore[attr-defined]
        return ordered

    def selected_card_ids(self) -> list[str]:
        return [i for i in self.selected_ids() if i in self.cards]

    def select_ids(self, ids: Iterable[str]) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for item_id in ids:
            item = self.item_for(item_id)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self._emit_selection()

    def select_all(self) -> None:
        self.select_ids(list(self.cards))

    def _emit_selection(self) -> None:
        self._restyle_selection()
        self.voting.refresh()
        self.selectionIdsChanged.emit(self.selected_ids())

    def _restyle_selection(self) -> None:
        """Items selected or deselected since last time look different: a zoomed-out card paints itself
        while selected; the connector layer repaints a connector."""
        now = set(self.selectedItems())
        for item in now ^ self._styled_selection:
            if isinstance(item, CardItem):
                item.set_blank(self._cards_blank)
            elif isinstance(item, ConnectorItem):
                item.restyled()
        self._styled_selection = now

    def current_cell(self) -> Optional[tuple[str, str]]:
        """(lane id, stage id) the user is working in: the first selected card's cell."""
        for card_id in self.selected_card_ids():
            box = self.layout.card(card_id)
            if box is not None:
                return box.lane_id, box.stage_id
        return None


def _items_fit(old: MapLayout, new: MapLayout) -> bool:
    """True if the items made for ``old`` can follow ``new`` one by one (else the scene is built again)."""
    return (old.stage_headers == new.stage_headers and old.title == new.title and old.style == new.style
            and old.lane_headers == new.lane_headers and old.legend == new.legend
            and old.metric_rows == new.metric_rows and old.curves == new.curves)


def card_items(items: Iterable[QGraphicsItem]) -> list[CardItem]:
    return [i for i in items if isinstance(i, CardItem)]


__all__ = ["MapScene", "card_items", "Z_CELLS"]
