"""File > Import > Mermaid Journey… and File > Export > Mermaid Journey… in the editor."""

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


def test_an_imported_diagram_is_unsaved_work(qtbot, monkeypatch, unanswered_questions):
    window = show_window(qtbot, JourneyMap())
    _choose(monkeypatch, FIXTURES / "working-day.mmd")
    window.actions_.by_name["import_mermaid"].trigger()
    assert window.session.modified and window.isWindowModified()
    assert not window.is_pristine()  # the next New or Open takes another window
    qtbot.waitUntil(window.autosaver.map_path.exists, timeout=4000)  # and a crash does not lose it
    window.close()
    assert unanswered_questions  # closing asks before dropping it (answered Discard)


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


# -- spreadsheets --------------------------------------------------------------------------------

def _exported(tmp_path, doc):
    from journeymapper.io import xlsx

    path = tmp_path / "shop.xlsx"
    xlsx.write_workbook(doc, path)
    return path


def test_workbook_round_trip_in_the_editor_is_one_undo_step(qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from journeymapper.ui.sheet_import_dialog import SheetImportDialog

    window = show_window(qtbot, templates.new_from_template("ecommerce", "en"))
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr("journeymapper.ui.data_files.ask_save_path", lambda *a, **k: target)
    window.actions_.by_name["export_workbook"].trigger()
    book = load_workbook(target)
    edited, gone = book["Cards"]["A4"].value, book["Cards"]["A2"].value
    book["Cards"]["D4"] = "Edited in Excel"
    book["Cards"].delete_rows(2)
    book.save(target)
    before = window.session.doc.model_copy(deep=True)
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        assert dialog.changed.rowCount() == 1 and dialog.changed.item(0, 0).text() == edited
        assert dialog.changed.item(0, 4).text() == "text"
        assert dialog.missing.rowCount() == 1 and dialog.missing.item(0, 0).text() == gone
        assert "1 card changed, 0 added, 1 missing from the sheet (they are kept)" in dialog.summary.text()
        dialog.delete_missing.setChecked(True)
        assert "(they will be deleted)" in dialog.summary.text()
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(SheetImportDialog, "exec", fake_exec)
    _choose(monkeypatch, target)
    window.actions_.by_name["import_workbook"].trigger()
    doc = window.session.doc
    assert seen and next(c for c in doc.cards if c.id == edited).text == "Edited in Excel"
    assert not any(c.id == gone for c in doc.cards)
    assert window.session.undo_stack.count() == 1
    assert window.session.undo_stack.undoText() == "Import Spreadsheet"
    window.session.undo_stack.undo()
    assert window.session.doc == before
    discard(window)


def test_bad_rows_block_the_workbook_import(qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from journeymapper.ui.sheet_import_dialog import SheetImportDialog

    window = show_window(qtbot, templates.new_from_template("ecommerce", "en"))
    path = _exported(tmp_path, window.session.doc)
    book = load_workbook(path)
    book["Cards"]["C3"] = "Nowhere"
    book.save(path)
    seen = []

    def fake_exec(dialog):
        seen.append([[dialog.bad.item(r, c).text() for c in range(4)] for r in range(dialog.bad.rowCount())])
        assert not dialog.import_button.isEnabled() and dialog.tabs.currentWidget() is dialog.bad
        return 0

    monkeypatch.setattr(SheetImportDialog, "exec", fake_exec)
    before = window.session.doc.model_copy(deep=True)
    _choose(monkeypatch, path)
    window.actions_.by_name["import_workbook"].trigger()
    assert seen == [[["Cards", "3", "Lane", 'no card lane is called "Nowhere"']]]
    assert window.session.doc == before and window.session.undo_stack.count() == 0
    discard(window)


def test_csv_exports_from_the_menu(qtbot, monkeypatch, tmp_path):
    window = show_window(qtbot, templates.new_from_template("ecommerce", "da"))
    for name, kind in (("export_cards_csv", "cards"), ("export_kpis_csv", "kpis")):
        target = tmp_path / f"{kind}.csv"
        monkeypatch.setattr("journeymapper.ui.data_files.ask_save_path", lambda *a, t=target, **k: t)
        window.actions_.by_name[name].trigger()
        header = target.read_text(encoding="utf-8-sig").splitlines()[0]
        assert header == ("ID,Fase,Række,Tekst,Grundlag,Kilde,Tags,Persona,Farve" if kind == "cards"
                          else "Fase,KPI,Værdi,Målværdi,Enhed,Retning")
    discard(window)
