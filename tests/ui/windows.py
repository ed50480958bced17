"""Opening and closing editor windows in tests."""

from journeymapper.model import JourneyMap
from journeymapper.ui.application import ensure_app
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.session import MapSession


def show_window(qtbot, doc: JourneyMap, size: tuple[int, int] = (1400, 900)) -> MainWindow:  # noqa: ANN001
    """An editor window on ``doc``, shown and exposed."""
    ensure_app()
    window = MainWindow(MapSession(doc))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def discard(window: MainWindow) -> None:
    """Close without the unsaved-changes question."""
    window.session.undo_stack.setClean()
    window.close()
