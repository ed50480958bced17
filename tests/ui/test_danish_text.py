"""Issue 23: no English left in the Danish interface, and numbers, quotes and times written the Danish way:
undo step names with counts, the journey check, file and CSV problems, the autosave time."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QLocale

from journeymapper import io
from journeymapper.analysis.check import check
from journeymapper.commands import SetCardFields
from journeymapper.io.csv_import import CsvImportError, parse_card_rows
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Language, Metric, Stage
from journeymapper.ui.check_dock import finding_text
from journeymapper.ui.language import interface_language
from journeymapper.ui.problems import error_text, row_error_text
from journeymapper.ui.recovery_dialog import saved_when
from tests.ui.test_translation import _plain, danish  # noqa: F401 (the fixture)

NBSP = "\u00a0"


@pytest.fixture
def danish_ui(danish):  # noqa: F811
    """The Danish translation and Danish as the default locale, as JOURNEYMAPPER_LANG=da gives."""
    QLocale.setDefault(QLocale("da_DK"))  # the danish fixture puts the old default back
    return danish


def _undo_text(window) -> str:
    return _plain(window.actions_.by_name["undo"].text())


def test_undo_steps_with_counts_are_danish_with_both_plural_forms(danish):  # noqa: F811
    from journeymapper.ui.main_window import MainWindow

    window = MainWindow.new_default("ecommerce", "da")
    cards = [c.id for c in window.session.doc.cards]
    window.scene.select_ids(cards[:3])
    window.scene.ops.delete_selection()
    assert _undo_text(window) == "Fortryd Slet 3 kort"
    window.actions_.by_name["undo"].trigger()
    assert _plain(window.actions_.by_name["redo"].text()) == "Gentag Slet 3 kort"
    window.scene.select_ids(cards[:1])
    window.scene.ops.delete_selection()
    assert _undo_text(window) == "Fortryd Slet kort"
    stage = window.session.doc.stages[0].id
    window.scene.select_ids([stage, window.session.doc.stages[1].id])
    window.scene.ops.delete_selection()
    assert _undo_text(window) == "Fortryd Slet 2 faser"
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text="Ny tekst"))
    assert _undo_text(window) == "Fortryd Rediger kort"


def test_english_undo_names_are_counted_too(qapp):
    from journeymapper.ui.main_window import MainWindow

    window = MainWindow.new_default("ecommerce", "en")
    window.scene.select_ids([c.id for c in window.session.doc.cards[:3]])
    window.scene.ops.delete_selection()
    assert _undo_text(window) == "Undo Delete 3 Cards"


def _shop() -> JourneyMap:
    stages = [Stage(id="co", name="Overvejelse"), Stage(id="pu", name="Køb")]
    lanes = [Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Berøringspunkter"),
             Lane(id="kpi", kind=LaneKind.KPIS, title="KPI'er")]
    cards = [Card(id=f"t_{s.id}", lane_id="tp", stage_id=s.id, text="Webshop") for s in stages]
    metrics = [Metric(id="conv", lane_id="kpi", name="Konverteringsrate", unit="%", values={"pu": 2.2},
                      targets={"pu": 3}),
               Metric(id="basket", lane_id="kpi", name="Kurvens værdi", unit="kr.", values={"pu": 8600},
                      targets={"pu": 9000})]
    return JourneyMap(title="Butik", language=Language.DA, stages=stages, lanes=lanes, cards=cards, metrics=metrics)


def test_the_check_panel_writes_danish_numbers(danish_ui):
    assert interface_language() is Language.DA
    texts = [finding_text(f) for f in check(_shop(), interface_language()) if f.rule == "kpi-below-target"]
    assert texts == [
        f"KPI'en »Konverteringsrate« når ikke sin målværdi i fasen »Køb«: 2,2{NBSP}% mod 3{NBSP}%.",
        f"KPI'en »Kurvens værdi« når ikke sin målværdi i fasen »Køb«: 8.600{NBSP}kr. mod 9.000{NBSP}kr.",
    ]


def test_file_problems_are_shown_in_danish(danish, tmp_path):  # noqa: F811
    missing = tmp_path / "væk.jmap"
    with pytest.raises(io.DocumentError, match="no such file") as caught:
        io.load(missing)
    assert error_text(caught.value) == f"{missing}: filen findes ikke"
    broken = tmp_path / "skæv.jmap"
    broken.write_text('{"format": "journeymapper",', encoding="utf-8")
    with pytest.raises(io.DocumentError, match="not valid JSON") as caught:
        io.load(broken)
    assert error_text(caught.value).startswith(f"{broken}: linje 1, kolonne ")
    assert ": ikke gyldig JSON (" in error_text(caught.value)
    assert broken.read_text(encoding="utf-8") == '{"format": "journeymapper",'  # nothing changed


def test_csv_problems_are_shown_in_danish(danish):  # noqa: F811
    doc = _shop()
    result = parse_card_rows(doc, "stage;lane;text\nKøb;Berøringspunkter;Kurv\nLevering;Berøringspunkter;Pakke\n",
                             source="kort.csv")
    assert [c.text for c in result.cards] == ["Kurv"]
    assert [row_error_text(e) for e in result.errors] == ['ingen fase hedder "Levering"']
    assert str(result.errors[0]) == 'Row 3: no stage is called "Levering"'  # the command line stays English
    with pytest.raises(CsvImportError) as caught:
        parse_card_rows(doc, "stage;text\nKøb;Kurv\n", source="kort.csv")
    assert error_text(caught.value).startswith('kort.csv, linje 1: ingen kolonne »lane« (kolonnerne er ')


def test_the_autosave_time_is_local_and_danish(danish_ui, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    try:
        stamp = datetime(2026, 12, 7, 1, 33, 8, tzinfo=timezone.utc).isoformat(timespec="seconds")
        assert saved_when(stamp) == "7. december 2026 kl. 02.33"
        assert saved_when("") == "?"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_mermaid_spreadsheet_and_export_problems_are_shown_in_danish(danish, tmp_path):  # noqa: F811
    from journeymapper.export.options import ExportError
    from journeymapper.export.paginate import check_count
    from journeymapper.io import mermaid, xlsx

    with pytest.raises(mermaid.MermaidError, match="a section name cannot hold a colon") as caught:
        mermaid.parse_journey("journey\n  section Køb: nu\n", source="rejse.mmd")
    assert error_text(caught.value) == "rejse.mmd, linje 2: et afsnitsnavn kan ikke indeholde et kolon"
    not_a_book = tmp_path / "ark.xlsx"
    not_a_book.write_text("hej", encoding="utf-8")
    with pytest.raises(xlsx.XlsxError, match=r"ark.xlsx: not an Excel workbook \(.xlsx\)") as caught_book:
        xlsx.read_workbook(_shop(), not_a_book)
    assert error_text(caught_book.value) == "ark.xlsx: ikke en Excel-projektmappe (.xlsx)"
    with pytest.raises(ExportError, match="pages; use a larger paper") as caught_pdf:
        check_count(10**6)
    assert error_text(caught_pdf.value) == ("PDF-eksport: kunderejsekortet ville kræve 1000000 sider; "
                                            "brug et større papir")


def test_a_refused_image_is_reported_in_danish(danish, tmp_path):  # noqa: F811
    from journeymapper.io.images import ImageError, read_image

    fake = tmp_path / "foto.png"
    fake.write_bytes(b"not a picture at all")
    with pytest.raises(ImageError, match="not a PNG or JPEG image") as caught:
        read_image(fake)
    assert error_text(caught.value) == (
        f"{caught.value.source}: ikke et PNG- eller JPEG-billede (indholdet er kontrolleret, ikke navnet)")


def test_a_damaged_map_is_reported_in_danish(danish, tmp_path):  # noqa: F811
    doc = _shop()
    doc.cards[0].stage_id = "gone"
    doc.cards[1].lane_id = "nowhere"
    broken = tmp_path / "skadet.jmap"
    broken.write_text(io.dumps(doc), encoding="utf-8")
    with pytest.raises(io.DocumentError, match=r"no stage with id 'gone' \(and 1 more problem\)") as caught:
        io.load(broken)
    assert error_text(caught.value) == f"{broken}: cards[0].stage_id: ingen fase med id'et 'gone' (og 1 problem mere)"
