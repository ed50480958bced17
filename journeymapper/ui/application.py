"""Starting the editor: the QApplication, the bundled fonts, translations, first window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from journeymapper import __version__
from journeymapper.canvas.painting import load_bundled_fonts
from journeymapper.paths import resource

_translators: list[QTranslator] = []


def ensure_app(argv: Optional[Sequence[str]] = None) -> QApplication:
    """The one QApplication, created and set up on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Journey Mapper")
    app.setOrganizationName("JourneyMapper")
    app.setApplicationVersion(__version__)
    icon = resource("icons", "journeymapper.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()
    install_translations(app, QLocale.system())
    if app.platformName() == "offscreen":
        # Qt's offscreen clipboard crashes at exit while it holds rich mime data: keep the text only.
        app.aboutToQuit.connect(_flatten_clipboard)
    return app


def _flatten_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    text = mime.text() if mime is not None and mime.hasText() else ""
    clipboard.setText(text)


def load_fonts() -> str:
    """Register the bundled Noto Sans so canvas text matches the PDF exactly."""
    return load_bundled_fonts()


def install_translations(app: QApplication, locale: QLocale) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    ours = QTranslator(app)
    if ours.load(locale, "journeymapper", "_", str(resource("translations"))):
        app.installTranslator(ours)
        _translators.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)


def run_editor(args: Sequence[str]) -> int:
    """``journeymapper [FILE...]``: open the files, or a new map from the default template."""
    app = ensure_app()
    from journeymapper.ui.main_window import MainWindow

    windows = [MainWindow.open_path(Path(a)) for a in args] if args else [MainWindow.new_default()]
    for window in windows:
        window.show()
    offer_recovery(windows[0])
    return app.exec()


def offer_recovery(parent) -> int:  # noqa: ANN001 (MainWindow)
    """Offer maps left by sessions that crashed; returns how many were restored."""
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.recovery import find_orphans
    from journeymapper.ui.recovery_dialog import RecoveryDialog

    orphans = find_orphans()
    if not orphans:
        return 0
    restored: list[MainWindow] = []

    def restore(rec) -> None:  # noqa: ANN001
        window = MainWindow.from_recovered(rec)
        window.show()
        restored.append(window)

    RecoveryDialog(orphans, restore, parent).exec()
    if restored and parent.is_pristine():
        parent.close()  # the untouched start-up map is not what the user wanted to see
    return len(restored)
