"""Cards and KPIs to .xlsx and CSV and back: layout, CSV-injection escaping, round trips, hostile workbooks."""

from __future__ import annotations

import csv
import datetime as dt
import io as stdio

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from journeymapper.commands.imports import with_kpi_lane
from journeymapper.commands.sheet_import import import_sheet
from journeymapper.io import tabular_export as tab
from journeymapper.io import templates, xlsx
from journeymapper.io.csv_import import parse_card_rows, parse_kpi_rows
from journeymapper.model import Card, Evidence, JourneyMap, LaneKind, Language

HOSTILE = ["=1+2", "+SUM(A1:A3)", "-2+3", "@cmd", "\tTab first", "\rReturn first", "'=already quoted",
           "''+two quotes", "plain", "'not a formula"]


@pytest.fixture
def shop() -> JourneyMap:
    return templates.new_from_template("ecommerce", "en")


def _read(doc, path):
    return xlsx.read_workbook(doc, path, kpi_base=with_kpi_lane(doc)[0])


def _apply(doc, sheet, delete=False):
    kpis = sheet.kpis
    command = import_sheet(sheet.cards.changed, sheet.cards.added, sheet.cards.missing if delete else [],
                           kpis.new_metrics if kpis else [], kpis.updated_metrics if kpis else [], None,
                           sheet.kpi_mappings)
    command.apply(doc)
    return command


# -- escaping ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", HOSTILE)
def test_escaping_marks_formula_starts_and_undoes_exactly(text):
    escaped = tab.escape_cell(text)
    assert not escaped.startswith(tab.FORMULA_STARTS)
    assert (escaped != text) == text.lstrip("'").startswith(tab.FORMULA_STARTS)
    assert tab.unescape_cell(escaped) == text


@given(st.text(max_size=20))
def test_escaping_round_trips_every_text(text):
    assert tab.unescape_cell(tab.escape_cell(text)) == text
    assert not tab.escape_cell(text).startswith(tab.FORMULA_STARTS)


# -- the workbook as written -------------------------------------------------------------------

def test_workbook_layout_in_the_maps_language(shop, tmp_path):
    path = tmp_path / "shop.xlsx"
    assert xlsx.write_workbook(shop, path) == (54, 13)
    book = load_workbook(path)
    assert book.sheetnames == ["Cards", "KPIs"]
    cards, kpis = book["Cards"], book["KPIs"]
    assert [c.value for c in cards[1]] == ["ID", "Stage", "Lane", "Text", "Evidence", "Source", "Tags", "Persona",
                                           "Colour"]
    assert [c.value for c in kpis[1]] == ["Stage", "KPI", "Value", "Target", "Unit", "Direction"]
    assert cards.freeze_panes == "A2" and kpis.freeze_panes == "A2"
    assert cards.column_dimensions["D"].width == 60 and cards["A1"].font.bold
    assert kpis["C2"].data_type == "n"  # numbers stay numbers
    shop.language = Language.DA
    xlsx.write_workbook(shop, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Kort", "KPI'er"]
    assert [c.value for c in book["Kort"][1]][:5] == ["ID", "Fase", "Række", "Tekst", "Grundlag"]
    assert book["Kort"]["E2"].value in ("observeret", "antaget", "foreslået")


def test_formula_like_text_is_stored_as_text_with_the_quote_prefix(shop, tmp_path):
    for card, text in zip(shop.cards, HOSTILE, strict=False):
        card.text = text
    path = tmp_path / "hostile.xlsx"
    xlsx.write_workbook(shop, path)
    with stdio.BytesIO(path.read_bytes()) as raw:
        import zipfile

        sheet_xml = zipfile.ZipFile(raw).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere
    cells = {c.value: c for row in load_workbook(path)["Cards"].iter_rows(min_row=2) for c in row[3:4]}
    assert cells["=1+2"].data_type == "s" and cells["=1+2"].quotePrefix
    assert not cells["plain"].quotePrefix
    # read back: the same texts, nothing changed
    sheet = _read(shop, path)
    assert sheet.errors == [] and sheet.cards.changed == [] and sheet.cards.added == []


def test_csv_export_escapes_and_the_csv_import_undoes_it(shop):
    for card, text in zip(shop.cards, HOSTILE, strict=False):
        card.text = text
    text, count = tab.csv_text("cards", shop)
    assert count == 54
    rows = list(csv.reader(stdio.StringIO(text)))
    assert rows[0] == ["ID", "Stage", "Lane", "Text", "Evidence", "Source", "Tags", "Persona", "Colour"]
    written = [r[3] for r in rows[1:]]
    assert not any(cell.startswith(tab.FORMULA_STARTS) for row in rows for cell in row)
    assert "'=1+2" in written and "'''+two quotes" in written and "'not a formula" in written
    blank = shop.model_copy(update={"cards": []}, deep=True)
    imported = parse_card_rows(blank, text)
    assert imported.errors == []
    assert sorted(c.text for c in imported.cards) == sorted(c.text for c in shop.cards
                                                            if c.lane_id in {c2.lane_id for c2 in shop.cards})


def test_kpi_csv_round_trips_through_the_kpi_import(shop):
    text, count = tab.csv_text("kpis", shop)
    assert count == 13
    result = parse_kpi_rows(shop, text)
    assert result.errors == [] and result.new_metrics == []
    assert {m.id: (m.values, m.targets) for m in result.updated_metrics} == {
        m.id: (m.values, m.targets) for m in shop.metrics if m.values or m.targets}


# -- round trips -------------------------------------------------------------------------------

def test_edit_one_cell_and_exactly_that_card_changes(shop, tmp_path):
    path = tmp_path / "shop.xlsx"
    xlsx.write_workbook(shop, path)
    book = load_workbook(path)
    sheet = book["Cards"]
    edited_id = sheet["A7"].value
    sheet["D7"] = "Reads three reviews, then decides"
    book.save(path)
    before = shop.model_copy(deep=True)
    result = _read(shop, path)
    assert result.errors == [] and result.cards.added == [] and result.cards.missing == []
    assert [c.id for c in result.cards.changed] == [edited_id]
    assert result.cards.changed_fields == {edited_id: ["text"]}
    command = _apply(shop, result)
    changed = [c for c in shop.cards if c != next(b for b in before.cards if b.id == c.id)]
    assert [(c.id, c.text) for c in changed] == [(edited_id, "Reads three reviews, then decides")]
    assert shop.metrics == before.metrics
    command.revert(shop)
    assert shop == before


def test_moved_added_missing_and_deleted_cards(shop, tmp_path):
    path = tmp_path / "shop.xlsx"
    xlsx.write_workbook(shop, path)
    book = load_workbook(path)
    sheet = book["Cards"]
    moved_id, gone_id = sheet["A2"].value, sheet["A3"].value
    sheet["B2"] = "advocacy"  # any case
    sheet.delete_rows(3)
    sheet.append([None, "Purchase", "Pain points", "Shipping costs appear at the end", "observed", "Survey",
                  "price, shipping", "Sara Holm", "#ffcc00"])
    book.save(path)
    result = _read(shop, path)
    assert result.errors == []
    assert [c.id for c in result.cards.changed] == [moved_id] and result.cards.missing == [gone_id]
    added = result.cards.added[0]
    assert (added.text, added.evidence, added.tags, added.colour) == (
        "Shipping costs appear at the end", Evidence.OBSERVED, ["price", "shipping"], "#FFCC00")
    assert added.personas == [shop.personas[0].id]
    before = shop.model_copy(deep=True)
    command = _apply(shop, result)  # missing cards are kept
    assert any(c.id == gone_id for c in shop.cards)
    moved = next(c for c in shop.cards if c.id == moved_id)
    assert moved.stage_id == next(s.id for s in shop.stages if s.name == "Advocacy")
    command.revert(shop)
    command = _apply(shop, result, delete=True)
    assert not any(c.id == gone_id for c in shop.cards)
    command.revert(shop)
    assert shop == before


def test_kpi_sheet_changes_values(shop, tmp_path):
    path = tmp_path / "shop.xlsx"
    xlsx.write_workbook(shop, path)
    book = load_workbook(path)
    book["KPIs"]["C2"] = 7.5
    book["KPIs"].append(["Awareness", "Newsletter sign-ups", "1.200", None, None, "higher is better"])
    book.save(path)
    result = _read(shop, path)
    assert result.errors == []
    stage = next(s.id for s in shop.stages if s.name == book["KPIs"]["A2"].value)
    changed = {m.name: m for m in result.kpis.updated_metrics}[book["KPIs"]["B2"].value]
    assert changed.values[stage] == 7.5
    assert [(m.name, list(m.values.values())) for m in result.kpis.new_metrics] == [("Newsletter sign-ups", [1.2])]


# -- hostile workbooks -------------------------------------------------------------------------

def _book(tmp_path, rows, title="Cards", merge=None):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(["ID", "Stage", "Lane", "Text"])
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    path = tmp_path / "hostile.xlsx"
    book.save(path)
    return path


def test_a_formula_is_refused_naming_sheet_row_and_column(shop, tmp_path):
    path = _book(tmp_path, [[None, "Awareness", "Actions", '=HYPERLINK("http://x","click")']])
    result = _read(shop, path)
    assert [str(e) for e in result.errors] == [
        'Cards, row 2, column Text: holds a formula ("=HYPERLINK("http://x","click")"); only values are imported']
    assert result.cards.added == []


def test_a_megabyte_cell_and_wrong_types(shop, tmp_path):
    path = _book(tmp_path, [
        [None, "Awareness", "Actions", "x" * 1_000_000],
        [None, dt.datetime(2026, 10, 1), "Actions", "A date as the stage"],
        [None, "Awareness", "Actions", 42],
        [None, "Awareness", 3.5, "A number as the lane"],
        [None, "Awareness", "Actions", True],
    ])
    result = _read(shop, path)
    assert [str(e) for e in result.errors] == [
        "Cards, row 2, column Text: the text is longer than 20000 characters",
        'Cards, row 3, column Stage: no stage is called "2026-10-01T00:00:00"',
        'Cards, row 5, column Lane: no card lane is called "3.5"',
    ]
    assert [c.text for c in result.cards.added] == ["42", "TRUE"]


def test_merged_cells_leave_the_other_rows_empty(shop, tmp_path):
    path = _book(tmp_path, [[None, "Awareness", "Actions", "One"], [None, None, "Actions", "Two"]], merge="B2:B3")
    result = _read(shop, path)
    assert [str(e) for e in result.errors] == ["Cards, row 3, column Stage: the stage is empty"]


def test_a_missing_sheet_and_missing_columns(shop, tmp_path):
    path = _book(tmp_path, [], title="Sheet1")
    with pytest.raises(xlsx.XlsxError, match=r'^hostile.xlsx: no sheet called "Cards" or "KPIs" \(the sheets are '
                                             r'"Sheet1"\)$'):
        _read(shop, path)
    book = Workbook()
    book.active.title = "Cards"
    book.active.append(["ID", "Stage", "Text"])
    book.save(path)
    assert [str(e) for e in _read(shop, path).errors] == ['Cards, row 1: there is no "Lane" column']


def test_not_a_workbook_and_too_many_rows(shop, tmp_path, monkeypatch):
    path = tmp_path / "fake.xlsx"
    path.write_text("ID,Stage\n")
    with pytest.raises(xlsx.XlsxError, match=r"^fake.xlsx: not an Excel workbook \(.xlsx\)$"):
        _read(shop, path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cards")
    sheet.append(["ID", "Stage", "Lane", "Text"])
    for n in range(100_000):
        sheet.append([None, "Awareness", "Actions", f"Card {n}"])
    path = tmp_path / "big.xlsx"
    book.save(path)
    with pytest.raises(xlsx.XlsxError, match=r"^big.xlsx: sheet Cards has more than 20000 rows"):
        _read(shop, path)


def test_duplicate_ids_and_unknown_personas(shop, tmp_path):
    card_id = shop.cards[0].id
    book = Workbook()
    sheet = book.active
    sheet.title = "Cards"
    sheet.append(["ID", "Stage", "Lane", "Text", "Persona", "Colour"])
    sheet.append([card_id, "Awareness", "Goals", "a", "", ""])
    sheet.append([card_id, "Awareness", "Goals", "b", "", ""])
    sheet.append([None, "Awareness", "Goals", "c", "Nobody", ""])
    sheet.append([None, "Awareness", "Goals", "d", "", "red"])
    path = tmp_path / "dup.xlsx"
    book.save(path)
    assert [str(e) for e in _read(shop, path).errors] == [
        f'Cards, row 3, column ID: the ID "{card_id}" is also in row 2',
        'Cards, row 4, column Persona: no persona is called "Nobody"',
        'Cards, row 5, column Colour: "red" is not a colour like #1A2B3C',
    ]


def test_import_keeps_a_fresh_id_from_another_map_and_renews_a_taken_one(shop, tmp_path):
    path = _book(tmp_path, [["card-from-elsewhere", "Awareness", "Actions", "Kept id"],
                            ["bad id!", "Awareness", "Actions", "New id"]])
    added = _read(shop, path).cards.added
    assert added[0].id == "card-from-elsewhere" and added[1].id != "bad id!"
    assert isinstance(added[1], Card) and next(ln for ln in shop.lanes if ln.id == added[1].lane_id).kind \
        is LaneKind.ACTIONS
