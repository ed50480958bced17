"""The Qt side of the benchmarks, run as a subprocess (``QT_QPA_PLATFORM=offscreen``) so each run is isolated.

``python -m benchmarks.qt_child app FILE [--measure open,repaint,...]`` opens a map in the editor window
and times what the user waits for; ``python -m benchmarks.qt_child bare GEOMETRY.json`` does the same raw
work with a bare ``QGraphicsScene`` holding one rect item and one text item per card. Both print one JSON
object (seconds, and peak RSS in bytes) on their last line of output.

Every timing ends only once the viewport has painted (an event filter counts its paint events), so a
figure covers the work *and* the repaint it causes, the same on both sides.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.edit_plan import edit_plan  # re-exported: profiling scripts use it

#: The parts of a window that the app and the bare scene share, so both paint the same pixels.
VIEW_SIZE = (1000, 760)
MOVE_STEPS = 12  # timed mouse-move steps of one drag
SCROLL_STEPS = 20  # timed steps of the vertical scroll bar
SCROLL_PX = 40  # pixels per step, about one turn of a mouse wheel
MOVE_PX = 4  # pixels per step
REPAINTS = 5
EDITS = 5  # timed drops and undos


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_painted(counter: PaintCounter, before: int, timeout: float = 60.0) -> None:
    """Run the event loop until the viewport has painted after ``before`` paint events."""
    deadline = time.perf_counter() + timeout
    app = QCoreApplication.instance()
    assert app is not None
    while counter.count <= before:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.perf_counter() > deadline:
            raise RuntimeError("the viewport never painted")
    # Whatever the paint left queued (e.g. deferred updates) belongs to this step too.
    app.processEvents()


def timed(counter: PaintCounter, action: Callable[[], Any]) -> float:
    before = counter.count
    start = time.perf_counter()
    action()
    wait_painted(counter, before)
    return time.perf_counter() - start


def peak_rss() -> int:
    """Peak resident set size of this process so far, in bytes."""
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage if sys.platform == "darwin" else usage * 1024


def _settle() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()


# -- the editor -------------------------------------------------------------------------------------

def run_app(path: Path, measures: set[str], drop_moves: int = 0, undo_moves: int = 0) -> dict[str, Any]:
    from journeymapper.ui.application import ensure_app

    app = ensure_app(["journeymapper-bench"])
    # Imported before the clock starts: the app has them loaded when the user opens a file.
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.session import MapSession

    out: dict[str, Any] = {"notes": []}
    start = time.perf_counter()
    session = MapSession.open(path)
    window = MainWindow(session)
    view = window.view
    view.setMinimumSize(*VIEW_SIZE)
    view.setMaximumSize(*VIEW_SIZE)
    counter = PaintCounter(view.viewport())
    window.show()
    wait_painted(counter, 0)
    out["open"] = time.perf_counter() - start
    out["memory"] = peak_rss()
    out["view"] = {"size": [view.viewport().width(), view.viewport().height()], "start_scale": view.transform().m11(),
                   "start_origin": _origin(view)}
    _settle()

    if "move" in measures:
        out["move"] = _app_move(window, counter)
        _settle()
    if "scroll" in measures:
        out["scroll"] = scroll_steps(view, counter)
        _settle()
    if "drop" in measures or "undo" in measures:
        # The whole map in view: the canvas repaints only what an edit changed, so an edit
        # off-screen would paint nothing and time nothing.
        view.zoom_fit()
        _settle()
        drops, undos = _app_edits(window, counter)
        out["drop"], out["undo"] = statistics.median(drops), statistics.median(undos)
    if "drop_end" in measures or "undo_end" in measures:
        view.zoom_fit()
        _settle()
        _centre_on_plan(window)
        drops, undos = _app_edits(window, counter, at_end=True)
        out["drop_end"], out["undo_end"] = statistics.median(drops), statistics.median(undos)
    if "drop_same" in measures:  # the work of a smaller map's drop_scaling drop: as many cards move down
        view.zoom_fit()
        _settle()
        _centre_on_plan(window)
        out["drop_same"] = statistics.median(_app_edits(window, counter, moved=drop_moves)[0])
    if "undo_same" in measures:
        view.zoom_fit()
        _settle()
        _centre_on_plan(window)
        out["undo_same"] = statistics.median(_app_edits(window, counter, moved=undo_moves)[1])
    if "repaint" in measures:
        view.zoom_fit()
        _settle()
        out["view"]["fit_scale"] = view.transform().m11()
        out["view"]["fit_origin"] = _origin(view)
        out["repaint"] = statistics.median(timed(counter, view.viewport().repaint) for _ in range(REPAINTS))
    window.session.undo_stack.setClean()
    app.processEvents()
    return out


def scroll_steps(view: Any, counter: PaintCounter) -> float | None:
    """Median time of one step of the vertical scroll bar (as a wheel turn moves it) until repainted,
    from where the view starts, turning back at an end; None if the map fits the window's height."""
    bar = view.verticalScrollBar()
    start = bar.value()
    if bar.maximum() - bar.minimum() < SCROLL_PX:
        return None
    times, step = [], SCROLL_PX
    for _ in range(SCROLL_STEPS):
        if not bar.minimum() <= bar.value() + step <= bar.maximum():
            step = -step
        target = bar.value() + step
        times.append(timed(counter, lambda t=target: bar.setValue(t)))
    bar.setValue(start)
    return statistics.median(times)


def _origin(view: Any) -> list[float]:
    top_left = view.mapToScene(QPoint(0, 0))
    return [top_left.x(), top_left.y()]


def _visible_card(window: Any) -> Any:
    """The card item nearest the middle of the viewport (the one a user would grab)."""
    from journeymapper.canvas.items import CardItem

    view = window.view
    centre = view.mapToScene(view.viewport().rect().center())
    cards = [i for i in view.items(view.viewport().rect()) if isinstance(i, CardItem)]
    if not cards:
        raise RuntimeError("no card is visible at the start zoom")
    return min(cards, key=lambda i: (i.sceneBoundingRect().center() - centre).manhattanLength())


def _app_move(window: Any, counter: PaintCounter) -> float:
    from PySide6.QtTest import QTest

    view = window.view
    viewport = view.viewport()
    item = _visible_card(window)
    p0 = view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    _settle()
    # Past the drag distance: the gesture starts (not timed, it happens once per drag).
    pos = QPoint(p0.x() + 3 * MOVE_PX + QApplication.startDragDistance(), p0.y())
    QTest.mouseMove(viewport, pos)
    _settle()
    times = []
    for step in range(1, MOVE_STEPS + 1):
        target = QPoint(pos.x() + step * MOVE_PX, pos.y() + (step % 2))
        times.append(timed(counter, lambda t=target: QTest.mouseMove(viewport, t)))
    gesture = window.scene.gestures.gesture
    if gesture is None or not gesture.active or gesture.kind != "cards":
        raise RuntimeError("the mouse moves did not drag a card")
    window.scene.gestures.cancel()  # end the drag without a drop
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    return statistics.median(times)


def _centre_on_plan(window: Any) -> None:
    """The planned drop's card in the middle of the view: at fit zoom a tall map may not show all of it."""
    box = window.scene.layout.card(edit_plan(window.session.doc)[0])
    window.view.centerOn(box.rect.cx, box.rect.cy)
    _settle()


def _app_edits(window: Any, counter: PaintCounter, at_end: bool = False,
               moved: int | None = None) -> tuple[list[float], list[float]]:
    """Drops and undos of :func:`edit_plan`'s card: to the top of the target cell (every card there
    moves down), with ``at_end`` below its last card (no other card moves: the same work at any N),
    or with ``moved`` just above the cell's last ``moved`` cards (those move down)."""
    from journeymapper.commands.cards import CardMove, MoveCards

    session = window.session
    card_id, lane_id, stage_id = edit_plan(session.doc)
    count = sum(1 for c in session.doc.cards if c.lane_id == lane_id and c.stage_id == stage_id)
    order = count if at_end else max(0, count - moved) if moved is not None else 0
    drops, undos = [], []
    for _ in range(EDITS):
        drops.append(timed(counter, lambda: session.push(MoveCards([CardMove(card_id, lane_id, stage_id, order)]))))
        _settle()
        undos.append(timed(counter, session.undo_stack.undo))
        _settle()
    return drops, undos


# -- the bare scene -----------------------------------------------------------------------------------

def run_bare(geometry: dict[str, Any], measures: set[str]) -> dict[str, Any]:
    from PySide6.QtGui import QBrush, QColor, QFont, QPen, QTransform
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    app = QApplication(["bare-bench"])
    view_info = geometry["view"]
    font = QFont()
    font.setPointSizeF(9.5)
    out: dict[str, Any] = {}
    start = time.perf_counter()
    scene = QGraphicsScene(0, 0, geometry["width"], geometry["height"])
    pen = QPen(QColor("#90A4AE"), 0.6)
    items = []
    for x, y, w, h, fill, text in geometry["cards"]:
        rect = QGraphicsRectItem(0, 0, w, h)
        rect.setPos(x, y)
        rect.setBrush(QBrush(QColor(fill)))
        rect.setPen(pen)
        label = QGraphicsSimpleTextItem(text, rect)
        label.setFont(font)
        label.setPos(6, 6)
        scene.addItem(rect)
        items.append(rect)
    view = QGraphicsView(scene)
    view.setFixedSize(*view_info["size"])
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    scale = view_info["start_scale"]
    view.setTransform(QTransform.fromScale(scale, scale))
    counter = PaintCounter(view.viewport())
    view.show()
    _scroll_to(view, view_info["start_origin"])
    wait_painted(counter, 0)
    out["open"] = time.perf_counter() - start
    out["memory"] = peak_rss()
    _settle()

    if "move" in measures:
        centre = view.mapToScene(view.viewport().rect().center())
        visible = [i for i in view.items(view.viewport().rect()) if isinstance(i, QGraphicsRectItem)]
        item = min(visible, key=lambda i: (i.sceneBoundingRect().center() - centre).manhattanLength())
        origin = item.pos()
        times = []
        for step in range(1, MOVE_STEPS + 1):
            pos = QPointF(origin.x() + step * MOVE_PX / scale, origin.y() + (step % 2) / scale)
            times.append(timed(counter, lambda p=pos: item.setPos(p)))
        out["move"] = statistics.median(times)
        item.setPos(origin)
        _settle()
    if "scroll" in measures:
        out["scroll"] = scroll_steps(view, counter)
        _settle()
    if "repaint" in measures and "fit_scale" in view_info:
        fit = view_info["fit_scale"]
        view.setTransform(QTransform.fromScale(fit, fit))
        _scroll_to(view, view_info["fit_origin"])
        _settle()
        out["repaint"] = statistics.median(timed(counter, view.viewport().repaint) for _ in range(REPAINTS))
    app.processEvents()
    return out


def _scroll_to(view: Any, origin: list[float]) -> None:
    """Put scene point ``origin`` at the viewport's top-left corner, as the app's view had it."""
    from PySide6.QtCore import QRectF

    # A scene rect larger than the map on every side lets the view scroll anywhere (the app's view has margins).
    r = view.sceneRect()
    view.setSceneRect(QRectF(r.x() - 5000, r.y() - 5000, r.width() + 10000, r.height() + 10000))
    now = view.mapToScene(QPoint(0, 0))
    m11 = view.transform().m11()
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.value() + round((origin[0] - now.x()) * m11))
    v.setValue(v.value() + round((origin[1] - now.y()) * m11))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.qt_child")
    parser.add_argument("mode", choices=("app", "bare"))
    parser.add_argument("file", type=Path, help="the .jmap file (app) or the geometry JSON (bare)")
    parser.add_argument("--measure", default="open,memory,repaint,move,drop,undo")
    parser.add_argument("--drop-same-moves", type=int, default=0, help="drop_same: cards the drop moves down")
    parser.add_argument("--undo-same-moves", type=int, default=0, help="undo_same: cards the undone drop moved down")
    args = parser.parse_args(argv)
    measures = set(args.measure.split(","))
    if args.mode == "app":
        result = run_app(args.file, measures, args.drop_same_moves, args.undo_same_moves)
    else:
        result = run_bare(json.loads(args.file.read_text(encoding="utf-8")), measures)
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip teardown: nothing measured happens after this


if __name__ == "__main__":
    sys.exit(main())
