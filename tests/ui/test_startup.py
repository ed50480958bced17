"""Start-up does only what the first window shows; everything put off still works when it is needed."""

import pytest
from PySide6.QtWidgets import QDockWidget, QLabel, QTreeWidget, QWidget

from journeymapper.io import templates
from journeymapper.ui import application
from journeymapper.ui.application import ensure_app
from journeymapper.ui.check_dock import CheckPanel
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.session import MapSession


@pytest.fixture
def window(qtbot):
    ensure_app()
    win = MainWindow(MapSession(templates.new_from_template("ecommerce", "en")))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def _dock(window, name) -> QDockWidget:
    dock = window.findChild(QDockWidget, f"{name}-dock")
    assert dock is not None
    return dock


def _panels_action(window, title):
    return next(a for a in window.actions_.docks_menu.actions() if a.text() == title)


def test_the_check_dock_behind_the_personas_tab_is_built_when_its_tab_is_raised(qtbot, window):
    check = _dock(window, "journey-check")
    assert window.tabifiedDockWidgets(_dock(window, "personas")) == [check]
    assert check.widget() is None  # hidden behind the personas tab: not built yet
    window.scene.insert_stage()  # edits before it exists are fine
    check.raise_()
    qtbot.waitUntil(lambda: isinstance(check.widget(), CheckPanel))
    panel = check.widget()
    assert panel is window.check_panel and panel.objectName() == "journey-check"
    qtbot.waitUntil(lambda: panel.findings != [] or panel.empty_text.isVisible(), timeout=3000)
    assert panel.findChild(QTreeWidget, "check-findings") is not None


def test_the_check_panel_follows_edits_and_new_maps_once_built(qtbot, window):
    panel = window.check_panel  # asking for it builds it
    assert _dock(window, "journey-check").widget() is panel
    _dock(window, "journey-check").raise_()
    qtbot.waitUntil(lambda: not panel._stale, timeout=3000)
    window.scene.insert_stage()
    assert panel._stale  # refreshed by the edit
    window._replace_session(MapSession(templates.new_from_template("blank", "en")))
    assert panel.session is window.session


def test_the_view_menu_shows_a_closed_check_dock_and_builds_it(qtbot, window):
    check = _dock(window, "journey-check")
    action = _panels_action(window, "Journey check")
    assert action.isChecked()  # a tab in the dock area counts as shown, as before
    action.trigger()  # hide
    assert not check.isVisible() and check.widget() is None
    action.trigger()  # show again: it comes back as a visible tab or a tab behind personas
    assert action.isChecked()
    check.raise_()
    qtbot.waitUntil(lambda: isinstance(check.widget(), CheckPanel))


def test_the_inspector_makes_each_page_when_first_shown(qtbot, window):
    inspector = window.inspector
    assert set(inspector.pages) == {"map"}
    stage = window.session.doc.stages[0]
    window.scene.select_ids([stage.id])
    assert set(inspector.pages) == {"map", "stage"}
    assert inspector.current_page() is inspector.pages["stage"]
    for label in inspector.findChildren(QLabel):  # labels of pages made later are plain text too
        assert label.textFormat().name == "PlainText", label.objectName()
    window.scene.select_ids([])
    assert inspector.current_page() is inspector.pages["map"]


def _after_first_paint(qtbot) -> tuple[QWidget, list]:
    """A widget not shown yet and what the callback run after its first paint has recorded."""
    ensure_app()
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list = []
    application._AfterFirstPaint(widget, lambda: ran.append(True))
    return widget, ran


def test_the_gallery_waits_for_the_first_paint(qtbot):
    widget, ran = _after_first_paint(qtbot)
    qtbot.wait(50)
    assert ran == []  # not shown, not painted
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: ran == [True])
    widget.update()
    qtbot.wait(50)
    assert ran == [True]  # once only


def test_the_gallery_still_comes_if_the_window_never_paints(qtbot):
    _, ran = _after_first_paint(qtbot)
    qtbot.waitUntil(lambda: ran == [True], timeout=3000)


def test_no_gallery_over_a_window_that_is_no_longer_pristine(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr("journeymapper.ui.gallery.open_gallery", lambda *args: opened.append(args))
    window.scene.insert_stage()
    application._offer_gallery(window)
    assert opened == []
    window.session.undo_stack.setClean()
    window.session.undo_stack.clear()
    application._offer_gallery(window)
    assert len(opened) == 1 and opened[0][0] is window
