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
    assert code == 2 and "not a Mermaid journey diagram (.mmd or .mermaid)" in err
