"""``journeymapper export … -o deck.pptx``: the format follows the suffix or ``--format``; bad input is one
line on stderr, exit 2, and no file."""

from __future__ import annotations

import pytest
from pptx import Presentation

from journeymapper import io
from journeymapper.cli import main

from .conftest import template
from .deck_helpers import titles


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_map_file_to_a_deck_by_its_suffix(tmp_path, capsys) -> None:
    source, out = tmp_path / "m.jmap", tmp_path / "m.pptx"
    io.save(template("laptop-shop"), source)
    code, stdout, err = run(capsys, "export", str(source), "-o", str(out))
    assert code == 0 and err == ""
    prs = Presentation(str(out))
    assert stdout == f"exported {out}: {len(prs.slides)} slides (16:9)\n"
    assert prs.slide_width == 12192000


def test_a_danish_template_as_a_4_3_deck(tmp_path, capsys) -> None:
    out = tmp_path / "e-handel.pptx"
    code, stdout, _ = run(capsys, "export", "--template", "ecommerce", "--lang", "da", "-o", str(out),
                          "--slide-size", "4:3")
    assert code == 0 and stdout.endswith("slides (4:3)\n")
    prs = Presentation(str(out))
    assert prs.slide_width == 9144000 and titles(prs)[1] == "Overblik"


def test_format_option_where_the_suffix_says_nothing(tmp_path, capsys) -> None:
    out = tmp_path / "deck"
    code, _, _ = run(capsys, "export", "--template", "ecommerce", "-o", str(out), "--format", "pptx")
    assert code == 0 and out.read_bytes()[:2] == b"PK"
    out_pdf = tmp_path / "print"
    code, _, _ = run(capsys, "export", "--template", "ecommerce", "-o", str(out_pdf), "--format", "pdf")
    assert code == 0 and out_pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("name", ["notes.docx", "deck.ppt", "map.png"])
def test_a_suffix_export_does_not_write_is_refused_and_the_file_is_kept(tmp_path, capsys, name) -> None:
    out = tmp_path / name
    out.write_bytes(b"the client's own file")
    code, stdout, err = run(capsys, "export", "--template", "ecommerce", "-o", str(out))
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and f"not {out.suffix}" in err and "--format" in err
    assert out.read_bytes() == b"the client's own file"
    code, _, _ = run(capsys, "export", "--template", "ecommerce", "-o", str(out), "--format", "pdf")
    assert code == 0 and out.read_bytes()[:5] == b"%PDF-"  # asked for by name: written


def test_control_characters_are_one_warning_line(tmp_path, capsys) -> None:
    doc = template("ecommerce")
    doc.cards[0].text = "a\x01b\x02c"
    source, out = tmp_path / "m.jmap", tmp_path / "m.pptx"
    io.save(doc, source)
    code, _, err = run(capsys, "export", str(source), "-o", str(out))
    assert code == 0
    assert err == f"warning: {out}: 2 control characters removed from the map's text (a slide cannot hold them)\n"


@pytest.mark.parametrize(("argv", "message"), [
    (["--template", "ecommerce", "--format", "pptx"], "the file name says pdf but --format says pptx"),
    (["--template", "ecommerce", "--slide-size", "5:4"], "invalid choice"),
    (["--template", "ecommerce", "--format", "key"], "invalid choice"),
    (["--template", "nope"], "nope"),
    (["missing.jmap"], "missing.jmap"),
])
def test_bad_input_is_one_line_exit_2_and_no_file(tmp_path, capsys, argv, message) -> None:
    out = tmp_path / "out.pdf"
    argv = [a.replace("missing.jmap", str(tmp_path / "missing.jmap")) for a in argv]
    code, stdout, err = run(capsys, "export", *argv, "-o", str(out))
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert list(tmp_path.iterdir()) == []


def test_a_deck_never_replaces_its_own_map(tmp_path, capsys) -> None:
    source = tmp_path / "m.pptx"
    io.save(template("ecommerce"), source)
    before = source.read_bytes()
    code, _, err = run(capsys, "export", str(source), "-o", str(source))
    assert code == 2 and "would overwrite the map" in err
    assert source.read_bytes() == before
