"""What the palette puts on a drag, and what the canvas accepts from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from journeymapper.model import LaneKind

MIME_PALETTE = "application/x-journeymapper-palette"

#: Card entries of the palette and the lane kind whose cards they are.
CARD_ENTRIES: dict[str, LaneKind] = {
    "touchpoint": LaneKind.TOUCHPOINTS,
    "action": LaneKind.ACTIONS,
    "thought": LaneKind.THOUGHTS,
    "pain_point": LaneKind.PAIN_POINTS,
    "opportunity": LaneKind.OPPORTUNITIES,
    "goal": LaneKind.GOALS,
    "note": LaneKind.TEXT,
}


@dataclass(frozen=True)
class PaletteEntry:
    """``kind`` is "stage", "lane", "card" or "curve"; ``detail`` the lane kind or card entry."""

    kind: str
    detail: str = ""

    def encode(self) -> bytes:
        return f"{self.kind}:{self.detail}".encode()

    @staticmethod
    def decode(data: bytes) -> Optional[PaletteEntry]:
        try:
            kind, _, detail = bytes(data).decode("ascii").partition(":")
        except UnicodeDecodeError:
            return None
        if kind == "stage" or kind == "curve":
            return PaletteEntry(kind)
        if kind == "lane" and detail in {k.value for k in LaneKind}:
            return PaletteEntry(kind, detail)
        if kind == "card" and detail in CARD_ENTRIES:
            return PaletteEntry(kind, detail)
        return None
