"""Render the pictures of the Getting Started guide (resources/help/images) from the editor itself.

    QT_QPA_PLATFORM=offscreen JOURNEYMAPPER_LANG=en .venv/bin/python -m tools.help_images
    QT_QPA_PLATFORM=offscreen JOURNEYMAPPER_LANG=da .venv/bin/python -m tools.help_images

Run it after a visible change to the window and commit the PNG files.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest

OUT = Path(__file__).resolve().parents[1] / "resources" / "help" / "images"
WIDTH = 620


def _save(pixmap: QPixmap, name: str, lang: str, width: int = WIDTH) -> None:
    if pixmap.width() > width:
        pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    OUT.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(OUT / f"{name}.{lang}.png"), "PNG", 80)


def main() -> None:
    from journeymapper.io import templates
    from journeymapper.ui.application import ensure_app
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.session import MapSession

    lang = "da" if os.environ.get("JOURNEYMAPPER_LANG") == "da" else "en"
    ensure_app()
    # 1. A blank map: the palette and the one-line hint.
    blank = MainWindow(MapSession(templates.new_from_template("blank", lang)))
    blank.resize(1100, 640)
    blank.show()
    QTest.qWait(200)
    _save(blank.grab(), "start", lang)
    blank.session.undo_stack.setClean()
    blank.close()
    # 2. A full map with a card selected: the inspector.
    window = MainWindow(MapSession(templates.new_from_template("ecommerce", lang)))
    window.resize(1300, 820)
    window.show()
    window.view.set_zoom(0.7)
    QTest.qWait(200)
    doc = window.session.doc
    window.scene.select_ids([doc.cards[3].id])
    QTest.qWait(100)
    _save(window.grab(), "card", lang)
    # 3. An emotion point selected: its value in the inspector.
    window.scene.curve_points.select(doc.curves[0].id, doc.stages[2].id)
    QTest.qWait(100)
    _save(window.inspector.grab(), "emotion", lang, 360)
    window.session.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
