"""File > Import > Mermaid Journey… and File > Export Data > Mermaid Journey… in the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from journeymapper.io import templates
from journeymapper.model import JourneyMap
from tests.ui.windows import discard, show_window

FIXTURES = Path(__file__).parent.parent / "fixtures" / "mermaid"


def _choose(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_import_mermaid_opens_the_diagram_as_a_new_map(qtbot, monkeypatch):
    window = show_window(qtbot, JourneyMap())  # pristine: the import replaces it
    _choose(monkeypatch, FIXTURES / "working-day.mmd")
    window.actions_.by_name["import_mermaid"].trigger()
    doc = window.session.doc
    assert doc.title == "My working day" and [s.name for s in doc.stages] == ["Go to work", "Go home"]
    assert window.session.path is None  # untitled: Save asks where
    assert len(window.scene.items()) > 0
    discard(window)


def test_an_unreadable_diagram_is_reported_as_plain_text_and_changes_nothing(qtbot, monkeypatch, tmp_path,
                                                                            unanswered_questions):
    doc = templates.new_from_template("ecommerce", "en")
    window = show_window(qtbot, doc)
    before = window.session.doc.model_copy(deep=True)
    bad = tmp_path / "<b>bad.mmd"
    bad.write_text("journey\nsection A\n<b>no score</b>\n", encoding="utf-8")
    _choose(monkeypatch, bad)
    window.actions_.by_name["import_mermaid"].trigger()
    assert unanswered_questions == ['The diagram cannot be imported.\n\n<b>bad.mmd, line 3: cannot read '
                                    '"<b>no score</b>": a task is written "Task name: 5: Actor, Actor"']
    assert window.session.doc == before
    discard(window)


def test_export_mermaid_writes_the_chosen_file(qtbot, monkeypatch, tmp_path):
    window = show_window(qtbot, templates.new_from_template("ecommerce", "en"))
    target = tmp_path / "shop.mmd"
    monkeypatch.setattr("journeymapper.ui.data_files.ask_save_path", lambda *a, **k: target)
    window.actions_.by_name["export_mermaid"].trigger()
    assert target.read_text(encoding="utf-8").startswith("journey\n    title E-commerce customer journey\n")
    discard(window)
