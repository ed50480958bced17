"""``journeymapper export``: a map file or a template to PDF; bad input is one line on stderr, exit 2."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from journeymapper import io
from journeymapper.cli import COMMANDS, main

from .conftest import MM, template


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_a_map_file(tmp_path, capsys) -> None:
    source, out = tmp_path / "m.jmap", tmp_path / "m.pdf"
    io.save(template("laptop-shop"), source)
    code, stdout, _ = run(capsys, "export", str(source), "-o", str(out), "--paper", "A3", "--landscape",
                          "--cover", "--personas", "--appendix", "--margin", "12")
    assert code == 0 and "export" in COMMANDS
    reader = PdfReader(out)
    assert len(reader.pages) >= 4
    assert float(reader.pages[0].mediabox.width) == pytest.approx(420 * MM, abs=0.01)
    assert stdout == f"exported {out}: {len(reader.pages)} pages (A3 landscape, fit)\n"


def test_export_a_template_directly(tmp_path, capsys) -> None:
    out = tmp_path / "t.pdf"
    code, stdout, _ = run(capsys, "export", "--template", "ecommerce", "--lang", "da", "-o", str(out),
                          "--mode", "poster", "--scale", "0.8", "--paper", "500x700")
    assert code == 0
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(700 * MM, abs=0.01)
    assert "Ark A1" in reader.pages[0].extract_text()
    assert "(500x700 mm portrait, poster)" in stdout


@pytest.mark.parametrize("argv", [
    ["--template", "ecommerce", "--paper", "B7"],
    ["--template", "ecommerce", "--mode", "tiles"],
    ["--template", "ecommerce", "--scale", "0"],
    ["--template", "ecommerce", "--scale", "nan"],
    ["--template", "ecommerce", "--scale", "big"],
    ["--template", "ecommerce", "--margin", "-5"],
    ["--template", "ecommerce", "--paper", "A5", "--margin", "90"],
    ["--template", "ecommerce", "--paper", "10x10"],
    ["--template", "nope"],
    ["--template", "ecommerce", "--lang", "fr"],
    ["missing.jmap"],
    [],
])
def test_bad_input_is_one_line_exit_2_and_no_file(tmp_path, capsys, argv) -> None:
    out = tmp_path / "out.pdf"
    code, _, err = run(capsys, "export", *argv, "-o", str(out))
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert list(tmp_path.iterdir()) == []


def test_map_and_template_together_are_refused(tmp_path, capsys) -> None:
    source = tmp_path / "m.jmap"
    io.save(template(), source)
    out = str(tmp_path / "x.pdf")
    code, _, err = run(capsys, "export", str(source), "--template", "ecommerce", "-o", out)
    assert code == 2 and err == "error: give either a map file or --template ID\n"
    assert not (tmp_path / "x.pdf").exists()


def test_a_bad_option_leaves_an_existing_pdf_alone(tmp_path, capsys) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"old pdf")
    code, _, _ = run(capsys, "export", "--template", "ecommerce", "-o", str(out), "--mode", "poster",
                     "--scale", "11")
    assert code == 2 and out.read_bytes() == b"old pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]


def test_output_into_a_missing_folder(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "export", "--template", "ecommerce", "-o", str(tmp_path / "no" / "x.pdf"))
    assert code == 2 and err.endswith("the folder does not exist\n")
