"""Start-up does only what the first window shows; everything put off still works when it is needed."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QTreeWidget, QWidget

from journeymapper.canvas.thumbnails import INFO_ROLE
from journeymapper.io import templates
from journeymapper.model import document
from journeymapper.ui import application
from journeymapper.ui.application import ensure_app
from journeymapper.ui.check_dock import CheckPanel
from journeymapper.ui.gallery import TemplateGallery
from journeymapper.ui.inspector import PAGES
from journeymapper.ui.session import MapSession
from tests.ui.windows import show_window

REPO = Path(__file__).resolve().parents[2]

#: Runs the editor as ``journeymapper`` does (no file: the default template) and reports, at the first
#: paint of its window, which modules are loaded and what the process environment says.
_FIRST_PAINT = """
import json, os, sys
from journeymapper import app
from journeymapper.ui import main_window

make = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    from PySide6.QtCore import QEvent, QObject

    class Report(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(json.dumps({"modules": sorted(sys.modules),
                                  "plugins": os.environ.get("PYDANTIC_DISABLE_PLUGINS")}), flush=True)
                os._exit(0)
            return False

    make(self, *args, **kwargs)
    self._report = Report(self)
    self.installEventFilter(self._report)

main_window.MainWindow.__init__ = init
app.main([])
"""


def _child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())  # no recovery files or templates of the user's
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    env.pop(templates.DATA_DIR_ENV, None)
    return env


def _at_first_paint(tmp_path: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", _FIRST_PAINT], env=_child_env(tmp_path), cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory) -> dict:
    return _at_first_paint(tmp_path_factory.mktemp("first-paint"))


@pytest.mark.parametrize("module", [
    "journeymapper.ui.recovery_dialog",  # only after a crash
    "journeymapper.ui.persona_dialog",  # when a persona is added or edited
    "journeymapper.ui.file_dialogs",
    "journeymapper.ui.check_dock",  # behind the personas tab
    "journeymapper.ui.gallery",  # after the first paint
    "journeymapper.cli.run",  # the table alone tells a command from a file
    "journeymapper.io.csv_import",  # with File > Import (error messages name its errors only once it is loaded)
    "journeymapper.io.tabular_export",  # with the spreadsheet and CSV imports and exports
    "journeymapper.io.mermaid",  # with File > Import > Mermaid Journey
    "html.entities",  # tooltips escape their text without the html module
])
def test_the_first_window_does_not_load(first_paint, module):
    assert "journeymapper.ui.main_window" in first_paint["modules"]
    assert module not in first_paint["modules"]


def test_the_editor_runs_no_pydantic_plugins(first_paint):
    """No third-party code sees the user's maps, and start-up does not look through every installed package."""
    assert first_paint["plugins"] == "__all__"


def test_a_value_the_user_set_for_pydantic_plugins_is_kept(monkeypatch):
    from journeymapper import app

    ran = []
    monkeypatch.setattr(application, "run_editor", lambda args: ran.append(args) or 0)
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    assert app.main([]) == 0 and ran == [[]]
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == ""
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    app.main([])
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"


def test_no_model_field_has_a_builtin_type_as_default_factory():
    """A built-in's signature is parsed from text when pydantic builds a validator: see model/document.py."""
    models = [m for m in vars(document).values() if isinstance(m, type) and issubclass(m, BaseModel)]
    assert document.JourneyMap in models and document.Card in models
    for model in models:
        for name, field in model.model_fields.items():
            factory = field.default_factory
            assert not (isinstance(factory, type) and factory.__module__ == "builtins"), f"{model.__name__}.{name}"


@pytest.fixture
def window(qtbot):
    ensure_app()
    return show_window(qtbot, templates.new_from_template("ecommerce", "en"))


def _dock(window, name) -> QDockWidget:
    dock = window.findChild(QDockWidget, f"{name}-dock")
    assert dock is not None
    return dock


def _panels_action(window, title):
    return next(a for a in window.actions_.docks_menu.actions() if a.text() == title)


def test_the_check_dock_behind_the_personas_tab_is_built_when_its_tab_is_raised(qtbot, window):
    check = _dock(window, "journey-check")
    assert check in window.tabifiedDockWidgets(_dock(window, "personas"))  # with Priorities
    assert _dock(window, "priorities").widget() is None  # behind a tab too: not built either
    assert check.widget() is None  # hidden behind the personas tab: not built yet
    window.actions_.by_name["insert_stage"].trigger()  # edits before it exists are fine
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
    window.actions_.by_name["insert_stage"].trigger()
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
    window.actions_.by_name["insert_stage"].trigger()
    application._offer_gallery(window)
    assert opened == []
    window.session.undo_stack.setClean()
    window.session.undo_stack.clear()
    application._offer_gallery(window)
    assert len(opened) == 1 and opened[0][0] is window


def test_every_inspector_page_shows_its_labels_as_plain_text(qtbot, window):
    for name in PAGES:
        window.inspector.page(name)
    for label in window.inspector.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()
    for label in window.personas.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()


def test_the_panels_menu_lists_every_dock(window):
    titles = [a.text() for a in window.actions_.docks_menu.actions()]
    assert titles == ["Palette", "Inspector", "Journey check", "Personas", "Priorities"]
    assert set(window.docks) == set(window.findChildren(QDockWidget)) and len(window.docks) == 5


def _shown_infos(gallery: TemplateGallery) -> list:
    """The templates the grid shows, in order (read from the grid's own model)."""
    model = gallery.grid.model()
    return [model.index(row, 0).data(INFO_ROLE) for row in range(model.rowCount())]


def test_the_gallery_reads_the_other_languages_templates_when_it_is_shown(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(templates.DATA_DIR_ENV, str(tmp_path / "data"))
    ensure_app()
    read = []
    real = templates.list_templates

    def listing(language=None, include_user=True):
        read.append(language)
        return real(language, include_user)

    monkeypatch.setattr(templates, "list_templates", listing)
    gallery = TemplateGallery(None, "en")
    qtbot.addWidget(gallery)
    count = len(templates.template_ids())
    infos = [gallery.model.item(row).data(INFO_ROLE) for row in range(gallery.model.rowCount())]
    assert [i.language for i in infos] == ["en"] * count and read == ["en"]
    gallery.language.setCurrentIndex(gallery.language.findData("da"))
    assert [i.language for i in _shown_infos(gallery)] == ["da"] * count
    assert gallery.model.rowCount() == 2 * count and read == ["en", "da"]
    gallery.language.setCurrentIndex(gallery.language.findData("en"))  # listed once
    assert [i.language for i in _shown_infos(gallery)] == ["en"] * count and read == ["en", "da"]
