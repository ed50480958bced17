import json
import subprocess
import sys

import pytest

from journeymapper import __version__, io
from journeymapper.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_new_creates_a_valid_map_from_the_default_template(tmp_path, capsys):
    path = tmp_path / "journey.jmap"
    code, out, _ = run(capsys, "new", str(path))
    assert code == 0 and path.exists()
    doc = io.load(path)
    assert [s.name for s in doc.stages] == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]


def test_new_in_danish(tmp_path, capsys):
    path = tmp_path / "rejse.jmap"
    assert run(capsys, "new", "--lang", "da", "--title", "Min rejse", str(path))[0] == 0
    doc = io.load(path)
    assert doc.title == "Min rejse" and doc.language.value == "da"
    assert doc.stages[0].name == "Bevidsthed"


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    path = tmp_path / "keep.jmap"
    path.write_text("precious")
    code, _, err = run(capsys, "new", str(path))
    assert code == 2
    assert err == f"error: {path}: already exists; use --force to overwrite it\n"
    assert path.read_text() == "precious"
    assert run(capsys, "new", "--force", str(path))[0] == 0
    io.load(path)


def test_new_with_unknown_template(tmp_path, capsys):
    code, _, err = run(capsys, "new", "--template", "nope", str(tmp_path / "x.jmap"))
    assert code == 2 and err.startswith("error: nope: no such template") and err.count("\n") == 1
    assert not (tmp_path / "x.jmap").exists()


def test_validate_reports_each_file(tmp_path, capsys):
    good = tmp_path / "good.jmap"
    bad = tmp_path / "bad.jmap"
    run(capsys, "new", str(good))
    bad.write_text('{"format": "journeymapper", "version": 1, "cards": 3}')
    code, out, err = run(capsys, "validate", str(good), str(bad))
    assert code == 2
    assert f"{good}: ok" in out
    assert err == f"error: {bad}: cards: input should be a valid list\n"
    assert run(capsys, "validate", str(good))[0] == 0


def test_info_text_and_json(tmp_path, capsys):
    path = tmp_path / "m.jmap"
    run(capsys, "new", str(path))
    code, out, _ = run(capsys, "info", "--json", str(path))
    info = json.loads(out)
    doc = io.load(path)
    assert code == 0
    assert info["cards"] == len(doc.cards) > 0 and info["stages"] == 5 and info["title"] == doc.title
    code, out, _ = run(capsys, "info", str(path))
    assert code == 0 and "Cards" in out and doc.title in out


@pytest.mark.parametrize(
    "argv",
    [["info"], ["info", "missing.jmap"], ["frobnicate"], ["new"], ["new", "--lang", "fr", "x.jmap"], []],
)
def test_bad_usage_is_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1, err


def test_templates_lists_both_languages(capsys):
    code, out, _ = run(capsys, "templates", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {("ecommerce", "en"), ("ecommerce", "da")} <= {(r["id"], r["language"]) for r in rows}


def test_module_entry_point_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "broken.jmap"
    bad.write_bytes(b"\x00\xff garbage")
    result = subprocess.run([sys.executable, "-m", "journeymapper", "info", str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {bad}: ")


def test_every_sub_command_is_known_to_the_entry_point():
    from journeymapper.cli import COMMANDS
    from journeymapper.cli.run import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) == set(COMMANDS)
