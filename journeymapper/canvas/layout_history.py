"""Layouts of recent document revisions, so that an undo or redo shows the layout made for that
document again instead of laying it out anew (the layouts share every part that did not change)."""

from __future__ import annotations

from typing import Optional

from journeymapper.layout.map_layout import MapLayout

#: Revisions kept: an undo, a redo and a few steps back.
KEPT = 6


class LayoutHistory:
    def __init__(self) -> None:
        self._layouts: dict[int, MapLayout] = {}

    def clear(self) -> None:
        self._layouts.clear()

    def remember(self, revision: Optional[int], layout: MapLayout) -> None:
        if revision is None:
            return
        self._layouts.pop(revision, None)
        self._layouts[revision] = layout
        while len(self._layouts) > KEPT:
            del self._layouts[next(iter(self._layouts))]  # the oldest first

    def recall(self, revision: Optional[int], current: MapLayout) -> Optional[MapLayout]:
        """The layout made for ``revision``, if kept and drawn in the current style."""
        layout = self._layouts.get(revision) if revision is not None else None
        return layout if layout is not None and layout.style is current.style else None
