"""What-if patches: the changes proposed under "Open findings" in BENCHMARKS.md, applied from outside.

The canvas is not the benchmarks' to edit, so each proposal is tried here as a small monkeypatch of the
running editor (``python -m benchmarks --what-if bsp,overlays``), to measure what it would buy before
anyone changes the code. They are experiments: the default run measures the editor as it is, and a
patch that no longer fits the code (the canvas moved on) is skipped with a note.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: name -> what the proposed change is.
PATCHES: dict[str, str] = {
    "bsp": "MapScene calls setSceneRect while its signals are blocked, so the BSP index never learns the scene "
           "rect and every query visits every item; the patch re-announces the rect after _rebuild/_sync",
    "overlays": "MapScene._sync rebuilds every connector item when any route changed; the patch replaces only "
                "the connector items whose route object changed",
}


def apply(names: set[str]) -> list[str]:
    """Apply the named patches; returns notes on patches that could not be applied."""
    notes = []
    for name in sorted(names):
        try:
            _APPLY[name]()
        except (AttributeError, ImportError) as exc:
            notes.append(f"what-if {name} not applied: {exc}")
    return notes


def _bsp() -> None:
    from PySide6.QtCore import QRectF

    from journeymapper.canvas.scene import MapScene

    def announce(scene: Any) -> None:
        rect = scene.sceneRect()
        scene.setSceneRect(QRectF())
        scene.setSceneRect(rect)  # signals on: the BSP index now indexes the real rect

    for method in ("_rebuild", "_sync"):
        original: Callable[..., None] = getattr(MapScene, method)

        full = method == "_rebuild"

        def patched(self: Any, *args: Any, _original: Callable[..., None] = original, _full: bool = full) -> None:
            before = self.sceneRect()
            _original(self, *args)
            if not self.signalsBlocked() and (_full or self.sceneRect() != before):
                announce(self)

        setattr(MapScene, method, patched)


def _overlays() -> None:
    from journeymapper.canvas.items import ConnectorItem
    from journeymapper.canvas.scene import MapScene

    original_sync = MapScene._sync

    def sync(self: Any, new: Any) -> None:
        old = self.layout
        self._bench_old_connectors = {c.connector_id: c for c in old.connectors}
        try:
            original_sync(self, new)
        finally:
            self._bench_old_connectors = None

    def rebuild_overlays(self: Any) -> None:
        previous = getattr(self, "_bench_old_connectors", None)
        if previous is None:
            return original_rebuild(self)
        items = {i.item_id: i for i in self.others if isinstance(i, ConnectorItem)}
        wanted = {c.connector_id: c for c in self.layout.connectors}
        kept = []
        for item in self.others:
            if not isinstance(item, ConnectorItem) or wanted.get(item.item_id) is item.path:
                kept.append(item)
            else:
                self.removeItem(item)
        for connector_id, path in wanted.items():
            item = items.get(connector_id)
            if item is None or item.path is not path:
                fresh = ConnectorItem(path)
                self.addItem(fresh)
                kept.append(fresh)
        self.others = kept
        return None

    original_rebuild = MapScene._rebuild_overlays
    MapScene._sync = sync
    MapScene._rebuild_overlays = rebuild_overlays


_APPLY: dict[str, Callable[[], None]] = {"bsp": _bsp, "overlays": _overlays}
