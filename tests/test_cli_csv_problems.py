"""import-csv's error output is bounded, and silent CSV problems are reported."""

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.io import templates
from journeymapper.io.csv_import import CsvImportError, parse_card_rows, read_csv_text


@pytest.fixture
def a_map(tmp_path):
    path = tmp_path / "journey.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_hundred_thousand_bad_rows_print_twenty_lines_and_a_count(tmp_path, capsys, a_map):
    data = tmp_path / "bad.csv"
    data.write_text("stage,lane,text\n" + "No such stage,Touchpoints,x\n" * 100_000, encoding="utf-8")
    before = a_map.read_bytes()
    code, _, err = run(capsys, "import-csv", a_map, data, "--kind", "cards")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 22
    assert lines[20] == "… and 99,980 more"
    assert lines[21] == f"error: {data}: 100000 bad rows, so nothing was imported"
    assert a_map.read_bytes() == before


def test_a_huge_header_gives_one_short_line(tmp_path, capsys, a_map):
    data = tmp_path / "wide.csv"
    data.write_text(",".join(f"column{i}" for i in range(100_000)) + "\n1,2,3\n", encoding="utf-8")
    code, _, err = run(capsys, "import-csv", a_map, data, "--kind", "cards")
    assert code == 2 and len(err.splitlines()) == 1
    assert len(err.rstrip("\n")) <= 300 and "…" in err and err.startswith(f"error: {data}, row 1: ")


MIXED = (b"stage,lane,text\n" + "Awareness,Touchpoints,café au lait\n".encode()
         + "Awareness,Touchpoints,crème brûlée\n".encode("cp1252"))


def test_a_file_mixing_utf8_and_cp1252_reads_each_line_right_and_says_so(tmp_path, capsys, a_map):
    data = tmp_path / "mixed.csv"
    data.write_bytes(MIXED)
    warnings = []
    text, _ = read_csv_text(data, warnings)
    assert "café au lait" in text and "crème brûlée" in text and "Ã" not in text
    assert warnings == ["the file mixes encodings: line 3 is Windows-1252, the rest UTF-8; "
                        "each line was read in its own encoding (check the accented letters)"]
    code, _, err = run(capsys, "import-csv", a_map, data, "--kind", "cards")
    assert code == 0 and "warning: " in err and "mixes encodings" in err
    texts = {card.text for card in io.load(a_map).cards}
    assert {"café au lait", "crème brûlée"} <= texts


def test_plain_cp1252_is_still_read_without_a_warning(tmp_path):
    data = tmp_path / "excel.csv"
    data.write_bytes("stage,lane,text\nAwareness,Touchpoints,crème\n".encode("cp1252"))
    warnings = []
    assert read_csv_text(data, warnings) == ("stage,lane,text\nAwareness,Touchpoints,crème\n", "cp1252")
    assert warnings == []


UNCLOSED = ('stage,lane,text\nAwareness,Touchpoints,"Saw an ad on the bus\n'
            + "".join(f"Awareness,Touchpoints,card {i}\n" for i in range(10)))


@pytest.mark.parametrize("text, first, last", [
    (UNCLOSED, 2, 12),
    ('stage,lane,text\nAwareness,Touchpoints,ok\nAwareness,Touchpoints,"never closed\nmore words\n', 3, 4),
])
def test_an_unclosed_quote_names_its_line(tmp_path, capsys, a_map, text, first, last):
    doc = io.load(a_map)
    with pytest.raises(CsvImportError, match=rf"line {first}: a quote opened on this line is not closed until "
                                             rf"line {last}"):
        parse_card_rows(doc, text, source="cards.csv")
    data = tmp_path / "cards.csv"
    data.write_text(text, encoding="utf-8")
    before = a_map.read_bytes()
    code, _, err = run(capsys, "import-csv", a_map, data, "--kind", "cards")
    assert code == 2 and f"line {first}" in err
    assert a_map.read_bytes() == before


def test_a_quoted_cell_over_several_lines_is_still_fine(a_map):
    doc = io.load(a_map)
    text = 'stage,lane,text\nAwareness,Touchpoints,"Line one,\nline two"\nAwareness,Touchpoints,next\n'
    result = parse_card_rows(doc, text, source="cards.csv")
    assert [c.text for c in result.cards] == ["Line one,\nline two", "next"] and not result.errors
