"""Context menus of connectors (style, label) and emotions lanes (their curves).

Every action is one command. Texts built from user names escape ``&`` so Qt
never reads it as a mnemonic.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent, QMenu, QWidget

from journeymapper.canvas import curve_drops as cd
from journeymapper.canvas.connector_drag import set_style_command
from journeymapper.canvas.items import ConnectorItem, HeaderItem
from journeymapper.canvas.names import connector_style_name
from journeymapper.commands.removal import RemoveItems
from journeymapper.model import Connector, ConnectorStyle, CurveVariant, LaneKind
from journeymapper.model.queries import find_lane

if TYPE_CHECKING:
    from journeymapper.canvas.host import CanvasHost, ItemHost

#: Opens the in-place editor of a connector's label (``ConnectorDrag.edit_label``).
EditLabel = Callable[[str], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LayerMenus", text)


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")


def show_context_menu(scene: ItemHost, event: QGraphicsSceneContextMenuEvent, edit_label: EditLabel) -> bool:
    """Open the menu for what is under the pointer; False if the layers have no menu there."""
    views = scene.views()
    menu = build_menu(scene, event.scenePos(), edit_label, views[0].viewport() if views else None)
    if menu is None:
        return False
    menu.exec(event.screenPos())
    menu.deleteLater()
    return True


def build_menu(scene: ItemHost, pos: QPointF, edit_label: EditLabel,
               parent: Optional[QWidget] = None) -> Optional[QMenu]:
    item = scene.item_at(pos)
    if isinstance(item, ConnectorItem):
        return connector_menu(scene, item.item_id, edit_label, parent)
    lane_id: Optional[str] = None
    if isinstance(item, HeaderItem) and item.kind == "lane":
        lane_id = item.item_id
    else:
        cell = scene.layout.cell_at(pos.x(), pos.y())
        lane_id = cell[0] if cell else None
    lane = find_lane(scene.doc, lane_id) if lane_id else None
    if lane is None or lane.kind is not LaneKind.EMOTIONS:
        return None
    return lane_menu(scene, lane.id, parent)


def _action(menu: QMenu, text: str, name: str, slot: Callable[[], object]) -> QAction:
    action = menu.addAction(_menu_text(text))
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def connector_menu(scene: CanvasHost, connector_id: str, edit_label: EditLabel,
                   parent: Optional[QWidget] = None) -> QMenu:
    connector = next(c for c in scene.doc.connectors if c.id == connector_id)
    scene.select_ids([connector_id])
    menu = QMenu(parent)
    menu.setObjectName("connector-menu")
    menu.addSection(_tr("Connector style"))
    group = QActionGroup(menu)
    for style in ConnectorStyle:
        action = _action(menu, connector_style_name(style), f"connector-style-{style.value}",
                         partial(_set_style, scene, connector, style))
        action.setCheckable(True)
        action.setChecked(connector.style is style)
        group.addAction(action)
    menu.addSeparator()
    _action(menu, _tr("Edit Label"), "connector-edit-label",
            lambda: edit_label(connector_id))
    _action(menu, _tr("Delete Connector"), "connector-delete",
            lambda: scene.push(RemoveItems([connector_id])))
    return menu


def lane_menu(scene: CanvasHost, lane_id: str, parent: Optional[QWidget] = None) -> QMenu:
    """Add a curve for a persona, show or hide each curve, remove a curve."""
    doc = scene.doc
    menu = QMenu(parent)
    menu.setObjectName("emotions-lane-menu")
    menu.addSection(_tr("Add a curve"))
    for persona in doc.personas:
        name = cd.persona_name(persona)
        if not cd.has_curve(doc, lane_id, persona.id, CurveVariant.AS_IS):
            _action(menu, _tr("Add curve for {name}").format(name=name), f"add-curve-{persona.id}",
                    partial(cd.add_curve, scene, lane_id, persona.id, CurveVariant.AS_IS))
        elif not cd.has_curve(doc, lane_id, persona.id, CurveVariant.TO_BE):
            _action(menu, _tr("Add to-be curve for {name}").format(name=name), f"add-to-be-curve-{persona.id}",
                    partial(cd.add_curve, scene, lane_id, persona.id, CurveVariant.TO_BE))
    _action(menu, _tr("Add curve for a new persona"), "add-curve-new-persona",
            lambda: cd.add_curve(scene, lane_id, None, CurveVariant.AS_IS))
    curves = cd.lane_curves(doc, lane_id)
    if curves:
        menu.addSection(_tr("Curves"))
        for curve in curves:
            title = cd.curve_title(doc, curve)
            text = _tr("Hide {curve}") if curve.visible else _tr("Show {curve}")
            _action(menu, text.format(curve=title), f"toggle-curve-{curve.id}",
                    partial(_show_curve, scene, curve.id, not curve.visible))
        menu.addSeparator()
        for curve in curves:
            _action(menu, _tr("Remove curve {curve}").format(curve=cd.curve_title(doc, curve)),
                    f"remove-curve-{curve.id}",
                    partial(_remove_curve, scene, curve.id))
    return menu


def _set_style(scene: CanvasHost, connector: Connector, style: ConnectorStyle) -> None:
    if connector.style is not style:
        scene.push(set_style_command(connector.id, style))


def _show_curve(scene: CanvasHost, curve_id: str, visible: bool) -> None:
    command = cd.visibility_command(scene.doc, [curve_id], visible)
    if command is not None:
        scene.push(command)


def _remove_curve(scene: CanvasHost, curve_id: str) -> None:
    scene.push(cd.remove_curves_command([curve_id]))


__all__ = ["build_menu", "connector_menu", "lane_menu", "show_context_menu"]
