"""CSV import of KPI values and cards: encodings, delimiters, Danish numbers, bad rows."""

from __future__ import annotations

import pytest

from journeymapper.io import csv_import
from journeymapper.io.csv_import import (
    CsvImportError,
    RowError,
    detect_delimiter,
    load_card_csv,
    load_kpi_csv,
    parse_card_rows,
    parse_kpi_rows,
    parse_number,
    read_csv_text,
)
from journeymapper.model import Card, Evidence, JourneyMap, Lane, LaneKind, Language, Metric, Stage

STAGES = (("aw", "Awareness"), ("co", "Consideration"), ("pu", "Køb"), ("re", "Retention"))


def _doc(kpi_lane: bool = True) -> JourneyMap:
    lanes = [Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Berøringspunkter"),
             Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Frustrations"),
             Lane(id="emo", kind=LaneKind.EMOTIONS, title="Feelings")]
    if kpi_lane:
        lanes.append(Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs"))
    doc = JourneyMap(stages=[Stage(id=i, name=n) for i, n in STAGES], lanes=lanes)
    if kpi_lane:
        doc.metrics.append(Metric(id="conv", lane_id="kpi", name="Konverteringsrate", unit="%",
                                  values={"aw": 1.0}, targets={"pu": 3.0}))
    doc.cards.append(Card(id="c1", lane_id="tp", stage_id="pu", order=4, text="Checkout"))
    return doc


# -- reading files ---------------------------------------------------------------------------

def test_utf8_with_bom(tmp_path):
    path = tmp_path / "kpis.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "Stage,Metric,Value\nKøb,Visitors,120\n".encode())
    text, encoding = read_csv_text(path)
    assert encoding == "utf-8-sig" and text.startswith("Stage")
    result = parse_kpi_rows(_doc(), text)
    assert result.new_metrics[0].values == {"pu": 120.0}


def test_utf8_without_bom(tmp_path):
    path = tmp_path / "kpis.csv"
    path.write_bytes("Stage,Metric,Value\nKøb,Visitors,120\n".encode())
    assert read_csv_text(path) == ("Stage,Metric,Value\nKøb,Visitors,120\n", "utf-8")


def test_cp1252_from_excel(tmp_path):
    path = tmp_path / "målinger.csv"
    path.write_bytes("Stadie;KPI;Værdi\r\nKøb;Besøgende;1.234\r\n".encode("cp1252"))
    text, encoding = read_csv_text(path)
    assert encoding == "cp1252" and "Køb" in text
    result = load_kpi_csv(_doc(), path)
    assert result.errors == []
    metric = result.new_metrics[0]
    assert metric.name == "Besøgende" and metric.values == {"pu": 1234.0}


def test_utf16_from_excel_unicode_text(tmp_path):
    path = tmp_path / "kpis.txt"
    path.write_bytes("Stage\tMetric\tValue\nKøb\tVisitors\t7\n".encode("utf-16"))
    text, encoding = read_csv_text(path)
    assert encoding == "utf-16" and detect_delimiter(text) == "\t"
    assert parse_kpi_rows(_doc(), text).new_metrics[0].values == {"pu": 7.0}


def test_too_large_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_BYTES", 10)
    path = tmp_path / "huge.csv"
    path.write_text("Stage,Metric,Value\n")
    with pytest.raises(CsvImportError, match="huge.csv: the file is larger than"):
        read_csv_text(path)


def test_excel_workbook_and_missing_file(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04rest-of-zip")
    with pytest.raises(CsvImportError, match="book.xlsx: .*save it as CSV"):
        read_csv_text(path)
    with pytest.raises(CsvImportError, match="gone.csv: cannot read"):
        read_csv_text(tmp_path / "gone.csv")


# -- delimiters and numbers ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "delimiter"), [
    ("stage,metric,value\nKøb,Visitors,12\n", ","),
    ("stage;metric;value\nKøb;Konvertering;2,5\nAwareness;Konvertering;3,5\n", ";"),
    ("stage\tmetric\tvalue\nKøb\tVisitors\t1,5\n", "\t"),
    ("stage;metric;value\n", ";"),
    ('stage,metric,value\nKøb,Konverteringsrate,"2,5"\n', ","),
])
def test_detect_delimiter(text, delimiter):
    assert detect_delimiter(text) == delimiter


def test_delimiter_falls_back_to_the_header_when_the_sniffer_gives_up():
    # Ragged rows (Excel drops trailing empty cells) defeat csv.Sniffer.
    text = "stage;metric;value;target\n" + "".join(
        f"Køb;Visitors {i};{i},5{';' if i % 2 else ''}\n" for i in range(20))
    assert detect_delimiter(text) == ";"
    result = parse_kpi_rows(_doc(), text)
    assert result.errors == [] and len(result.new_metrics) == 20
    assert result.new_metrics[3].values == {"pu": 3.5}


@pytest.mark.parametrize(("text", "danish", "number"), [
    ("1.234,5", False, 1234.5), ("12,5 %", False, 12.5), ("1,234.5", True, 1234.5),
    ("45%", False, 45.0), ("-3", False, -3.0), ("\u22123,5", True, -3.5), ("1 234", False, 1234.0),
    ("1.234.567", False, 1234567.0), ("0,125", False, 0.125), ("kr 1.200", False, 1200.0),
    # One separator followed by three digits is ambiguous: the file's convention decides.
    ("1,234", False, 1234.0), ("1,234", True, 1.234), ("1.234", False, 1.234), ("1.234", True, 1234.0),
])
def test_parse_number(text, danish, number):
    assert parse_number(text, decimal_comma=danish) == pytest.approx(number)


@pytest.mark.parametrize("text", ["", "abc", "12,", "1,2,3", "1.23.456", "1.234,5.6", "--3", "12 kg"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError, match=r'not a number: '):
        parse_number(text)


# -- KPI rows --------------------------------------------------------------------------------

def test_kpi_rows_comma_delimited():
    text = ("Stage,Metric,Value,Target,Unit\n"
            "Awareness,Visitors,\"1,200\",1000,visitors\n"
            " awareness ,Konverteringsrate,45%,\n"
            "KØB,Visitors,300,,\n")
    doc = _doc()
    before = doc.model_copy(deep=True)
    result = parse_kpi_rows(doc, text)
    assert result.errors == [] and result.rows_imported == 3
    [visitors] = result.new_metrics
    assert visitors.name == "Visitors" and visitors.lane_id == "kpi" and visitors.unit == "visitors"
    assert visitors.values == {"aw": 1200.0, "pu": 300.0} and visitors.targets == {"aw": 1000.0}
    assert visitors.id not in {m.id for m in doc.metrics}
    [conv] = result.updated_metrics
    assert conv.id == "conv" and conv.values == {"aw": 45.0} and conv.targets == {"pu": 3.0}
    assert doc == before  # nothing in the document changed


def test_kpi_rows_semicolon_danish():
    text = "Stadie;Måling;Værdi;Mål\nKøb;Konverteringsrate;2,5;3,0\nAwareness;Afvisningsrate;41,5 %;40\n"
    result = parse_kpi_rows(_doc(), text)
    assert result.errors == []
    assert result.updated_metrics[0].values == {"aw": 1.0, "pu": 2.5}
    bounce = result.new_metrics[0]
    assert bounce.values == {"aw": 41.5} and bounce.unit == "%"
    assert bounce.higher_is_better is False  # a bounce rate should go down


def test_danish_map_reads_ambiguous_numbers_the_danish_way():
    doc = _doc()
    doc.language = Language.DA
    result = parse_kpi_rows(doc, "stage,metric,value\nKøb,Besøgende,\"1.234\"\n")
    assert result.new_metrics[0].values == {"pu": 1234.0}


def test_bad_rows_are_reported_with_spreadsheet_row_numbers():
    text = ("stage,metric,value\n"         # row 1
            "Awareness,Visitors,100\n"     # row 2
            "Checkout,Visitors,80\n"       # row 3: unknown stage
            "\n"                           # row 4: blank, skipped
            "Køb,Visitors,many\n"          # row 5: not a number
            "Køb,,5\n"                     # row 6: no metric
            "Retention,Visitors,\n"        # row 7: no value
            "Awareness,visitors,90\n")     # row 8: same cell as row 2
    result = parse_kpi_rows(_doc(), text)
    assert [e.row_number for e in result.errors] == [3, 5, 6, 7, 8]
    assert result.errors[0] == RowError(3, 'no stage is called "Checkout"')
    assert '"many"' in result.errors[1].message
    assert "row 2" in result.errors[4].message
    assert str(result.errors[0]) == 'Row 3: no stage is called "Checkout"'
    # Good rows still come through: the caller decides whether to apply them.
    assert result.new_metrics[0].values == {"aw": 100.0} and result.rows_imported == 1


def test_missing_column_is_fatal_and_names_file_and_row():
    with pytest.raises(CsvImportError) as caught:
        parse_kpi_rows(_doc(), "Stage,Metric,Amount\nKøb,Visitors,1\n", source="ga.csv")
    assert str(caught.value).startswith('ga.csv, row 1: no "value" column')
    assert caught.value.row == 1 and "\n" not in str(caught.value)


def test_new_metric_needs_a_kpi_lane():
    with pytest.raises(CsvImportError, match=r"k.csv, row 2: the map has no KPI lane"):
        parse_kpi_rows(_doc(kpi_lane=False), "stage,kpi,value\nKøb,Visitors,1\n", source="k.csv")


def test_explicit_mapping_and_export_preamble():
    text = ("# ----------------------------------------\n"
            "# Funnel exploration\n"
            "# 20240101-20240131\n"
            "\n"
            "Step name,Event,Active users\n"   # row 5
            "Awareness,Visitors,5000\n"
            "Consideration,Visitors,bad\n")   # row 7
    mapping = {"stage": "step name", "metric": "Event", "value": "ACTIVE USERS"}
    result = parse_kpi_rows(_doc(), text, mapping)
    assert result.new_metrics[0].values == {"aw": 5000.0}
    assert [e.row_number for e in result.errors] == [7]
    with pytest.raises(CsvImportError, match="row 5: there is no column \"Users\""):
        parse_kpi_rows(_doc(), text, {"stage": "Step name", "metric": "Event", "value": "Users"})
    with pytest.raises(ValueError, match=r"unknown field 'colour'"):
        parse_kpi_rows(_doc(), text, {"colour": "Event"})


def test_excel_sep_line():
    result = parse_kpi_rows(_doc(), "sep=;\nstage;metric;value\nKøb;Visitors;1,5\nAwareness;Visitors;x\n")
    assert result.new_metrics[0].values == {"pu": 1.5}
    assert [e.row_number for e in result.errors] == [3]  # Excel hides the sep= line


def test_empty_and_binary_text():
    with pytest.raises(CsvImportError, match="empty"):
        parse_kpi_rows(_doc(), "\n\n")
    with pytest.raises(CsvImportError, match="binary"):
        parse_kpi_rows(_doc(), "stage,metric,value\x00\n")


# -- card rows -------------------------------------------------------------------------------

def test_card_rows(tmp_path):
    path = tmp_path / "workshop.csv"
    path.write_text("Fase;Bane;Tekst;Evidens;Kilde\n"
                    "Køb;berøringspunkter;Betaling med MobilePay;observeret;Interview 3\n"
                    "Køb;Touchpoints;Kvittering på mail;;\n"
                    "awareness;pain points;Slow site;antaget;\n"
                    "Consideration;Frustrations;Too many models;Proposed;\n", encoding="utf-8")
    doc = _doc()
    result = load_card_csv(doc, path)
    assert result.errors == []
    first, second, third, fourth = result.cards
    assert (first.lane_id, first.stage_id, first.evidence, first.source) == (
        "tp", "pu", Evidence.OBSERVED, "Interview 3")
    assert (first.order, second.order) == (5, 6)  # after the existing card at order 4
    assert second.evidence is Evidence.ASSUMED
    assert (third.lane_id, third.evidence, third.order) == ("pain", Evidence.ASSUMED, 0)
    assert (fourth.lane_id, fourth.evidence) == ("pain", Evidence.PROPOSED)
    assert len({c.id for c in result.cards} | {"c1"}) == 5
    assert len(doc.cards) == 1


def test_bad_card_rows():
    text = ("stage,lane,text,evidence\n"
            "Køb,Touchpoints,Pay,observed\n"     # row 2: fine
            "Nowhere,Touchpoints,Pay,\n"         # row 3: unknown stage
            "Køb,Backstage,Pay,\n"               # row 4: no such lane
            "Køb,Feelings,Happy,\n"              # row 5: emotions lane holds curves
            "Køb,Touchpoints,,\n"                # row 6: no text
            "Køb,Touchpoints,Pay,maybe\n")       # row 7: unknown evidence
    result = parse_card_rows(_doc(), text)
    assert len(result.cards) == 1
    assert [e.row_number for e in result.errors] == [3, 4, 5, 6, 7]
    assert "Nowhere" in result.errors[0].message
    assert "holds no cards" in result.errors[2].message
    assert "maybe" in result.errors[4].message
