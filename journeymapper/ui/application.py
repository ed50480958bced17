"""Starting the editor: the QApplication, the bundled fonts, translations, first window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from journeymapper import __version__
from journeymapper.canvas.painting import load_bundled_fonts
from journeymapper.paths import resource

if TYPE_CHECKING:
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.recovery import RecoveredMap

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
    from journeymapper.ui import error_report

    error_report.install()  # an exception in a slot: a dialog and the log, never silence
    install_translations(app, ui_locale())  # JOURNEYMAPPER_LANG or the system's language: see below
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


# --- interface language (resources/translations; README "Language") -------------------------------
# JOURNEYMAPPER_LANG=da|en picks the interface language whatever the system's is (a Danish user on an
# English system, testers). Unset or any other value: the system's language. The chosen locale also
# becomes Qt's default, so numbers and Qt's own dialog buttons match the menus.
LANGUAGE_ENV = "JOURNEYMAPPER_LANG"
#: What ``JOURNEYMAPPER_LANG`` accepts, and the locale each value stands for.
LANGUAGE_LOCALES = {"da": "da_DK", "en": "en_GB"}


def ui_locale() -> QLocale:
    """The interface's locale: the one ``JOURNEYMAPPER_LANG`` names, else the system's."""
    import os

    raw = os.environ.get(LANGUAGE_ENV, "").strip()
    name = LANGUAGE_LOCALES.get(raw.lower())
    if name is None:
        if raw and sys.stderr is not None:
            print(f"journeymapper: ignoring {LANGUAGE_ENV}={raw!r}; use one of: {', '.join(LANGUAGE_LOCALES)}",
                  file=sys.stderr)
        return QLocale.system()
    locale = QLocale(name)
    QLocale.setDefault(locale)
    return locale
# --- end of interface language -------------------------------------------------------------------


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
    if sys.platform == "darwin":  # Finder / Dock; elsewhere no FileOpen event comes, and the filter sees every event
        from journeymapper.ui.file_open_events import FileOpenFilter

        app.installEventFilter(FileOpenFilter(_open_from_shell, app))
    _arm_smoke_quit(app, windows)  # packaging smoke test only; a no-op unless its env var is set
    offer_recovery(windows[0])
    if not args:
        # Started without a file: the gallery opens over the default map once that has painted.
        first = windows[0]
        _AfterFirstPaint(first, lambda: _offer_gallery(first))
    return app.exec()


class _AfterFirstPaint(QObject):
    """Runs ``callback`` once, right after ``window`` first paints (or after a second, if it never does)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Optional[Callable[[], None]] = callback
        window.installEventFilter(self)  # this window's events only, not the application's
        QTimer.singleShot(1000, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def _offer_gallery(first: MainWindow) -> None:
    """The template gallery over the start-up map, unless the user already moved on."""
    from journeymapper.ui.main_window import open_windows

    if first in open_windows() and first.isVisible() and first.is_pristine():  # not closed by a recovery
        from journeymapper.ui.gallery import open_gallery

        open_gallery(first, first.start_new)


def _open_from_shell(path: Path) -> None:
    from journeymapper.ui.main_window import MainWindow, open_windows

    windows = open_windows()
    if windows:
        windows[0].open_file(path)
    else:
        MainWindow.open_path(path).show()


def offer_recovery(parent: MainWindow) -> int:
    """Offer maps left by sessions that crashed; returns how many were restored."""
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.recovery import find_orphans

    orphans = find_orphans()
    if not orphans:
        return 0
    from journeymapper.ui.recovery_dialog import RecoveryDialog  # only after a crash

    restored: list[MainWindow] = []

    def restore(rec: RecoveredMap) -> None:
        window = MainWindow.from_recovered(rec)
        window.show()
        restored.append(window)

    RecoveryDialog(orphans, restore, parent).exec()
    if restored and parent.is_pristine():
        parent.close()  # the untouched start-up map is not what the user wanted to see
    return len(restored)


# --- packaging smoke test (see packaging/README.md) ---------------------------------------------
# JOURNEYMAPPER_SMOKE_QUIT_MS=N makes the editor report its first shown window and close itself N ms
# later, so tests/packaging/test_bundle.py and the start-up measurement can run the *bundled* app
# offscreen without a command-line option. The report is one line on stderr and, when
# JOURNEYMAPPER_SMOKE_REPORT names a file, appended there too (Windows' windowed build has no
# stderr). Exit code 0 when every window closed cleanly, 3 when one refused. Unset: nothing happens.
SMOKE_QUIT_ENV = "JOURNEYMAPPER_SMOKE_QUIT_MS"
SMOKE_REPORT_ENV = "JOURNEYMAPPER_SMOKE_REPORT"


def _arm_smoke_quit(app: QApplication, windows: Sequence[QWidget]) -> None:
    import os

    raw = os.environ.get(SMOKE_QUIT_ENV)
    if raw is None:
        return
    try:
        delay_ms = max(0, int(raw))
    except ValueError:
        delay_ms = 0

    def report(line: str) -> None:
        if sys.stderr is not None:
            print(line, file=sys.stderr, flush=True)
        target = os.environ.get(SMOKE_REPORT_ENV)
        if target:
            with open(target, "a", encoding="utf-8") as out:
                out.write(line + "\n")

    def shown() -> None:  # runs on the first turn of the event loop: the windows are up
        first = windows[0]
        doc = first.session.doc  # type: ignore[attr-defined]
        report(f"smoke: shown visible={first.isVisible()} platform={app.platformName()} "
               f"windows={len(windows)} stages={len(doc.stages)} lanes={len(doc.lanes)} "
               f"cards={len(doc.cards)} title={doc.title}")
        QTimer.singleShot(delay_ms, close_all)

    def close_all() -> None:
        app.closeAllWindows()
        left = [w for w in windows if w.isVisible()]
        report(f"smoke: quit windows_left_open={len(left)}")
        app.exit(3 if left else 0)

    QTimer.singleShot(0, shown)
# --- end of packaging smoke test ---------------------------------------------------------------
