"""Dock panels whose contents are made the first time the user sees them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    """A dock that builds its widget when it first becomes visible.

    A tab behind another tab is not visible, so start-up does not pay for it (nor import what it
    needs); clicking its tab or showing it from View > Panels builds it.
    """

    def __init__(self, title: str, name: str, factory: Callable[[], QWidget], parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}-dock")
        self._name = name
        self._factory: Optional[Callable[[], QWidget]] = factory
        self.visibilityChanged.connect(self._visibility_changed)

    def is_built(self) -> bool:
        return self._factory is None

    def content(self) -> QWidget:
        """The dock's widget, made now if it was not yet."""
        if self._factory is not None:
            factory, self._factory = self._factory, None
            widget = factory()
            widget.setObjectName(self._name)
            self.setWidget(widget)
            from journeymapper.ui.accessible_names import name_controls

            name_controls(widget)
        widget = self.widget()
        assert widget is not None
        return widget

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.content()


__all__ = ["LazyDock"]
