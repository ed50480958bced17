"""An open map is kept out of Python's full collections (ui/long_lived.py): on a big map they paused the
editor for a tenth of a second every so many edits. A closed map must still be freed."""

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from journeymapper.io import templates
from journeymapper.ui.main_window import MainWindow, open_windows
from tests.ui.windows import show_window


def tracked(obj) -> bool:
    """True if the next full collection walks ``obj`` (frozen objects are not in any generation)."""
    return any(o is obj for o in gc.get_objects())


def close_and_delete(window: MainWindow) -> None:
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()  # the collector's turn comes after the window is gone


def open_window(qtbot, template: str = "laptop-shop") -> MainWindow:
    return show_window(qtbot, templates.load_template(template, "en"))


def test_a_shown_map_is_left_out_of_full_collections(qtbot):
    window = open_window(qtbot)
    card = window.session.doc.cards[0]
    assert gc.get_freeze_count() > 0
    assert not tracked(card) and not tracked(window.scene.layout)
    assert gc.get_threshold()[0] == 5000  # edits on a big map do not each pay for a young collection


def test_a_map_opened_in_a_pristine_window_is_left_out_too(qtbot, tmp_path):
    from journeymapper import io

    window = open_window(qtbot)
    path = tmp_path / "other.jmap"
    io.save(templates.load_template("saas-onboarding", "en"), path)
    gc.unfreeze()  # as if the window had been open a while
    assert window.open_file(path) is window
    assert not tracked(window.session.doc.cards[0])


def test_a_closed_map_is_freed_and_the_others_stay_left_out(qtbot):
    keep, closing = open_window(qtbot), open_window(qtbot, "ecommerce")
    gone = weakref.ref(closing.session.doc)
    cycle: list = [closing.session.doc]
    cycle.append(cycle)  # held by a reference cycle, which only the collector frees
    gc.freeze()  # ... made before the window was shown, as the window's own are
    del cycle
    closing.close()
    del closing
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert gone() is None
    assert open_windows() == [keep] and not tracked(keep.session.doc.cards[0])


def test_with_the_last_window_gone_nothing_stays_frozen(qtbot):
    for window in open_windows():
        close_and_delete(window)
    window = open_window(qtbot)
    assert gc.get_freeze_count() > 0
    close_and_delete(window)
    assert gc.get_freeze_count() == 0


def test_the_editor_loads_without_collections_and_leaves_the_collector_on():
    """Start-up's imports make next to no garbage: collecting meanwhile only cost start-up time."""
    import subprocess
    import sys

    code = (
        "import gc, journeymapper\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: runs.append(phase))\n"
        "import journeymapper.ui\n"
        "print(len(runs), gc.isenabled(), gc.get_freeze_count() > 10_000, gc.get_threshold()[0] >= 5000)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "True", "True", "True"]
