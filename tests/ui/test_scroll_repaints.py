"""Scrolling repaints only the strips that come into view (and the pinned headers), not the whole window."""

from PySide6.QtTest import QTest

from journeymapper.canvas import background
from journeymapper.io import templates

from .windows import discard, show_window


def test_a_scroll_step_redraws_the_grid_cells_of_the_new_strip_only(qtbot, monkeypatch):
    window = show_window(qtbot, templates.load_template("laptop-shop", "en"), (1200, 800))
    window.view.set_zoom(1.5)
    QTest.qWait(20)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    in_view = len(window.scene.background.cells_in_areas([visible]))
    drawn: list[int] = []
    cells_in_areas = background.GridBackground.cells_in_areas

    def counting(self, areas):
        found = cells_in_areas(self, areas)
        drawn.append(len(found))
        return found

    monkeypatch.setattr(background.GridBackground, "cells_in_areas", counting)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.value() + 40)
    QTest.qWait(20)
    assert drawn  # the strip was painted
    assert in_view >= 6 and sum(drawn) < in_view  # not every cell in the window
    scrolled = window.view.viewport().grab().toImage()
    window.view.viewport().repaint()
    assert window.view.viewport().grab().toImage() == scrolled  # and nothing was left out
    discard(window)
