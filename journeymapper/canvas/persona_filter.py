"""The persona filter: a view state of the scene (never saved, never a command).

With a persona chosen, cards about other personas only (a non-empty ``personas``
list without it) are drawn faded, as are connectors touching them; only that
persona's curves are shown, and the emotions lanes' legends list only them.
Cards about every persona (an empty list) stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from journeymapper.canvas.items import ConnectorItem, CurveItem
from journeymapper.layout.chart_geometry import LegendEntry

if TYPE_CHECKING:
    from journeymapper.canvas.scene import MapScene

#: Opacity of what the filter leaves out.
FADED = 0.25


class PersonaFilter:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.persona_id: Optional[str] = None
        self._shown: Optional[str] = None  # the filter the items show now

    def active(self) -> Optional[str]:
        """The chosen persona, or None when there is none or it is no longer in the map."""
        pid = self.persona_id
        return pid if pid is not None and any(p.id == pid for p in self.scene.doc.personas) else None

    def card_opacity(self, card_id: str) -> float:
        pid = self.active()
        if pid is None:
            return 1.0
        card = next((c for c in self.scene.doc.cards if c.id == card_id), None)
        return FADED if card is not None and card.personas and pid not in card.personas else 1.0

    def curve_shown(self, curve_id: str) -> bool:
        pid = self.active()
        return pid is None or any(c.id == curve_id and c.persona_id == pid for c in self.scene.doc.curves)

    def lane_legend(self, lane_id: str) -> list[LegendEntry]:
        """The lane's legend entries of the curves shown, moved up into the places of those left out."""
        entries = [e for e in self.scene.layout.legend if e.lane_id == lane_id]
        tops = [e.swatch[0][1] for e in entries] + [0.0]
        shown: list[LegendEntry] = []
        y = tops[0]
        for i, entry in enumerate(entries):
            if self.curve_shown(entry.curve_id):
                shown.append(entry.shifted(y - tops[i]) if y != tops[i] else entry)
                y += tops[i + 1] - tops[i] if i + 1 < len(entries) else 0.0
        return shown

    def apply(self) -> None:
        """Fade and hide the scene's items as the filter says (cheap when there is no filter)."""
        scene, pid = self.scene, self.active()
        if pid is None and self._shown is None:
            return  # nothing faded or hidden, and new items start unfaded
        self._shown = pid
        faded = set() if pid is None else {c.id for c in scene.doc.cards if c.personas and pid not in c.personas}
        refaded = []
        for card_id, card_item in scene.cards.items():
            opacity = FADED if card_id in faded else 1.0
            if opacity != card_item.opacity():
                card_item.setOpacity(opacity)
                refaded.append(card_item)
        scene.raster.restyled(refaded)  # zoomed out, the blocks show the fading
        for item in scene.others:
            if isinstance(item, CurveItem):
                item.setVisible(pid is None or item.curve.persona_id == pid)
            elif isinstance(item, ConnectorItem):
                opacity = FADED if {item.path.from_card, item.path.to_card} & faded else 1.0
                if opacity != item.opacity():
                    item.setOpacity(opacity)
                    item.restyled()  # painted by the scene's connector layer
        relegended = False
        for box in scene.layout.lane_headers:
            header = scene.headers.get(("lane", box.id))
            if header is not None:
                legend = self.lane_legend(box.id)
                if legend != header.legend:
                    header.legend = legend
                    header.update()
                    relegended = True
        if relegended:  # a lane with a legend keeps its title at its top, one without may move it
            scene.pin_headers()


__all__ = ["FADED", "PersonaFilter"]
