"""``import FILE.mmd -o MAP.jmap`` and ``export MAP -o FILE.mmd`` (and later spreadsheets) on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.io import templates

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_mermaid_import_then_export_round_trip(capsys, tmp_path):
    source = FIXTURES / "mermaid" / "working-day.mmd"
    out = tmp_path / "day.jmap"
    code, stdout, err = run(capsys, "import", source, "-o", out)
    assert code == 0, err
    assert stdout == f"imported {source} into {out}: 2 stages, 5 tasks, 2 actors\n"
    doc = io.load(out)
    assert doc.title == "My working day" and [s.name for s in doc.stages] == ["Go to work", "Go home"]
    back = tmp_path / "day.mmd"
    code, stdout, _ = run(capsys, "export", out, "-o", back)
    assert code == 0 and stdout == f"exported {back}: Mermaid journey, 2 sections\n"
    assert back.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_mermaid_import_in_danish(capsys, tmp_path):
    out = tmp_path / "dag.jmap"
    assert run(capsys, "import", FIXTURES / "mermaid" / "working-day.mmd", "-o", out, "--lang", "da")[0] == 0
    assert [ln.title for ln in io.load(out).lanes] == ["Handlinger", "Følelser"]


def test_a_template_exports_as_mermaid(capsys, tmp_path):
    out = tmp_path / "e.mmd"
    code, _, _ = run(capsys, "export", "--template", "ecommerce", "-o", out)
    assert code == 0 and out.read_text(encoding="utf-8").startswith("journey\n    title E-commerce customer journey\n")


@pytest.mark.parametrize(("content", "message"), [
    ("journey\nsection A\nno score here\n", 'bad.mmd, line 3: cannot read "no score here"'),
    ("flowchart LR\n", "bad.mmd, line 1: not a Mermaid journey diagram"),
])
def test_bad_diagrams_are_one_line_exit_2_and_write_nothing(capsys, tmp_path, content, message):
    source = tmp_path / "bad.mmd"
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jmap"
    code, _, err = run(capsys, "import", source, "-o", out)
    assert code == 2 and err.startswith("error: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_import_never_overwrites_without_force(capsys, tmp_path):
    out = tmp_path / "map.jmap"
    io.save(templates.new_from_template("ecommerce", "en"), out)
    before = out.read_bytes()
    code, _, err = run(capsys, "import", FIXTURES / "mermaid" / "working-day.mmd", "-o", out)
    assert code == 2 and "already exists; use --force" in err and out.read_bytes() == before
    assert run(capsys, "import", FIXTURES / "mermaid" / "working-day.mmd", "-o", out, "--force")[0] == 0
    code, _, err = run(capsys, "import", out, "-o", tmp_path / "x.jmap")
    assert code == 2 and "not a Mermaid journey diagram (.mmd, .mermaid) or a workbook (.xlsx)" in err


# -- spreadsheets --------------------------------------------------------------------------------

@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jmap"
    io.save(templates.new_from_template("ecommerce", "en"), path)
    return path


def test_xlsx_out_edit_one_cell_in(capsys, shop, tmp_path):
    from openpyxl import load_workbook

    book_path = tmp_path / "shop.xlsx"
    code, out, _ = run(capsys, "export", shop, "-o", book_path)
    assert code == 0 and out == f"exported {book_path}: workbook with 54 cards and 13 KPI rows\n"
    book = load_workbook(book_path)
    card_id = book["Cards"]["A5"].value
    book["Cards"]["D5"] = "Edited in Excel"
    book.save(book_path)
    before = io.load(shop)
    code, out, _ = run(capsys, "import", book_path, "--into", shop, "--dry-run")
    assert code == 0 and f"  changed {card_id}: text" in out and "(dry run: nothing was saved)" in out
    assert io.load(shop) == before
    code, out, err = run(capsys, "import", book_path, "--into", shop)
    assert code == 0, err
    assert out.startswith("cards: 1 changed, 0 added, 0 missing from the sheet")
    after = io.load(shop)
    changed = [c for c in after.cards if c != next(b for b in before.cards if b.id == c.id)]
    assert [(c.id, c.text) for c in changed] == [(card_id, "Edited in Excel")]
    assert after.metrics == before.metrics and len(after.cards) == len(before.cards)


def test_xlsx_bad_rows_import_nothing(capsys, shop, tmp_path):
    from openpyxl import load_workbook

    book_path = tmp_path / "shop.xlsx"
    run(capsys, "export", shop, "-o", book_path)
    book = load_workbook(book_path)
    book["Cards"]["B3"] = "Nowhere"
    book["Cards"]["D4"] = "=1+1"
    book.save(book_path)
    before = shop.read_bytes()
    code, _, err = run(capsys, "import", book_path, "--into", shop)
    assert code == 2 and shop.read_bytes() == before
    assert err.splitlines() == [
        f'error: {book_path}: Cards, row 3, column Stage: no stage is called "Nowhere"',
        f'error: {book_path}: Cards, row 4, column Text: holds a formula ("=1+1"); only values are imported',
        f"error: {book_path}: 2 bad rows, so nothing was imported",
    ]


def test_xlsx_delete_missing(capsys, shop, tmp_path):
    from openpyxl import load_workbook

    book_path = tmp_path / "shop.xlsx"
    run(capsys, "export", shop, "-o", book_path)
    book = load_workbook(book_path)
    gone = book["Cards"]["A2"].value
    book["Cards"].delete_rows(2)
    book.save(book_path)
    code, out, _ = run(capsys, "import", book_path, "--into", shop)
    assert code == 0 and "1 missing from the sheet (kept; --delete-missing deletes them)" in out
    assert any(c.id == gone for c in io.load(shop).cards)
    code, out, _ = run(capsys, "import", book_path, "--into", shop, "--delete-missing")
    assert code == 0 and f"  deleted {gone}" in out
    assert not any(c.id == gone for c in io.load(shop).cards)


def test_csv_export_of_cards_and_kpis(capsys, shop, tmp_path):
    cards, kpis = tmp_path / "cards.csv", tmp_path / "kpis.csv"
    assert run(capsys, "export", shop, "-o", cards)[1] == f"exported {cards}: 54 cards\n"
    assert run(capsys, "export", shop, "-o", kpis, "--table", "kpis")[1] == f"exported {kpis}: 13 KPI rows\n"
    assert cards.read_bytes().startswith(b"\xef\xbb\xbfID,Stage,Lane,Text,Evidence,Source,Tags,Persona,Colour\r\n")
    assert kpis.read_bytes().startswith(b"\xef\xbb\xbfStage,KPI,Value,Target,Unit,Direction\r\n")
    # the KPI CSV goes back in through import-csv and changes nothing
    before = shop.read_bytes()
    code, out, _ = run(capsys, "import-csv", shop, kpis, "--kind", "kpis", "--dry-run")
    assert code == 0 and "13 KPI rows" in out and shop.read_bytes() == before


def test_workbook_import_needs_into_and_a_workbook(capsys, shop, tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    assert run(capsys, "import", fake, "--into", shop)[2] == "error: fake.xlsx: not an Excel workbook (.xlsx)\n"
    assert "give the map to update: --into MAP.jmap" in run(capsys, "import", fake)[2]
