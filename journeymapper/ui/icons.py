"""Toolbar icons: Lucide SVGs bundled in resources/icons/toolbar (already in the editor's ink colour).

QIcon renders an SVG file only when a size is first asked for, so building the toolbar costs
about a millisecond, not the 30 ms of rendering every size up front.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from journeymapper.paths import resource

#: The ink of the icons (their stroke colour in the files): the dark blue-grey of the interface's text.
INK = "#37474F"


@cache
def toolbar_icon(name: str) -> QIcon:
    """The icon of toolbar action ``name`` (e.g. "undo"); an empty icon if there is none."""
    path = resource("icons", "toolbar", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


__all__ = ["INK", "toolbar_icon"]
