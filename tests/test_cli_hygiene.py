"""The command line says one line for every file system problem, never prints untrusted
names raw, refuses devices and unknown commands, and stays quiet when its reader goes away."""

import errno
import json
import os
import subprocess
import sys

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.io import templates

LONG = "n" * 300


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code, err, *words):
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err
    for word in words:
        assert word in err


@pytest.fixture
def a_map(tmp_path):
    path = tmp_path / "journey.jmap"
    io.save(templates.load_template("ecommerce", "en"), path)
    return path


# -- item 7 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["name too long", "not a folder"])
def test_new_and_export_say_one_line_for_a_bad_target(tmp_path, capsys, a_map, where):
    target = tmp_path / (LONG + ".jmap") if where == "name too long" else a_map / "x.jmap"
    code, _, err = run(capsys, "new", target)
    _one_line_error(code, err, "too long" if where == "name too long" else "not a folder")
    pdf = target.with_suffix(".pdf")
    code, _, err = run(capsys, "export", a_map, "-o", pdf)
    _one_line_error(code, err, "too long" if where == "name too long" else "not a folder")


def test_import_csv_says_one_line_for_a_data_file_name_too_long(tmp_path, capsys, a_map):
    before = a_map.read_bytes()
    code, _, err = run(capsys, "import-csv", a_map, tmp_path / (LONG + ".csv"), "--kind", "cards")
    _one_line_error(code, err)
    assert a_map.read_bytes() == before


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EACCES, errno.ENOTDIR, errno.ENAMETOOLONG])
def test_any_os_error_inside_a_command_is_one_line(tmp_path, capsys, a_map, monkeypatch, failure):
    import journeymapper.export.pdf as pdf

    def fails(*args, **kwargs):
        raise OSError(failure, os.strerror(failure), str(tmp_path / "out.pdf"))

    monkeypatch.setattr(pdf, "export", fails)
    code, _, err = run(capsys, "export", a_map, "-o", tmp_path / "out.pdf")
    _one_line_error(code, err, "out.pdf: ")


# -- item 8 ---------------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")
def test_validate_refuses_devices_and_pipes_before_reading(tmp_path, capsys):
    fifo = tmp_path / "pipe.jmap"
    os.mkfifo(fifo)  # opening a FIFO for reading would wait for a writer forever
    code, _, err = run(capsys, "validate", "/dev/zero", fifo)
    assert code == 2
    assert err.splitlines() == [
        "error: /dev/zero: not a regular file (a device, a pipe or a socket); nothing was read",
        f"error: {fifo}: not a regular file (a device, a pipe or a socket); nothing was read"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices")
def test_csv_and_images_refuse_devices_too(tmp_path, capsys, a_map):
    from journeymapper.io.csv_import import CsvImportError, read_csv_text
    from journeymapper.io.images import ImageError, read_image

    with pytest.raises(CsvImportError, match="not a regular file"):
        read_csv_text("/dev/zero")
    with pytest.raises(ImageError, match="not a regular file"):
        read_image("/dev/zero")


def test_reading_is_capped_by_the_bytes_read_not_by_stat(tmp_path, monkeypatch):
    from journeymapper.io import files, limits

    path = tmp_path / "grows.jmap"
    path.write_bytes(b" " * 5000)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    real_stat = type(path).stat

    class Small:  # what a file that grows while read, or a lying network drive, reports
        st_size = 10
        st_mode = real_stat(path).st_mode

    monkeypatch.setattr(type(path), "stat", lambda self, **kw: Small() if self == path else real_stat(self, **kw))
    read = []
    real_read = files.os.read
    monkeypatch.setattr(files.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(io.FileTooLargeError, match="larger than the 0 MB a map may be"):
        io.load(path)
    assert sum(read) <= 1001


# -- item 13 --------------------------------------------------------------------------------------

HOSTILE = "Shop\x1b[2J\x1b]0;pwned\x07\u202egnp.exe\x9b31m"


def _no_raw_controls(text):
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f or c == "\u202e" for c in text), text


def test_info_check_and_templates_print_untrusted_names_escaped(tmp_path, capsys, monkeypatch):
    doc = templates.load_template("ecommerce", "en")
    doc.title = HOSTILE
    doc.stages[0].name = HOSTILE
    path = tmp_path / "hostile.jmap"
    io.save(doc, path)
    for argv in (["info", path], ["info", "--json", path], ["check", path], ["check", "--json", path]):
        code, out, err = run(capsys, *argv)
        _no_raw_controls(out + err)
        assert "\\x1b[2J" in out or "\\u001b[2J" in out
    code, out, _ = run(capsys, "info", "--json", path)
    assert json.loads(out)["title"] == HOSTILE  # escaped for the terminal, the same value for a program
    user = templates.user_templates_dir()
    user.mkdir(parents=True, exist_ok=True)
    io.save(doc, user / "hostile.jmap")
    try:
        code, out, _ = run(capsys, "templates")
        assert code == 0 and "Shop\\x1b[2J" in out
        _no_raw_controls(out)
    finally:
        (user / "hostile.jmap").unlink()
    from journeymapper.cli.common import escape_controls

    assert escape_controls(HOSTILE) == "Shop\\x1b[2J\\x1b]0;pwned\\x07\\u202egnp.exe\\x9b31m"


def test_import_csv_prints_names_from_the_csv_escaped(tmp_path, capsys, a_map):
    data = tmp_path / "cards.csv"
    data.write_text(f"stage,lane,text\nNo such {HOSTILE},Touchpoints,hello\n", encoding="utf-8")
    code, out, err = run(capsys, "import-csv", a_map, data, "--kind", "cards")
    assert code == 2
    _no_raw_controls(out + err)
    assert "\\x1b" in err


# -- item 16 --------------------------------------------------------------------------------------

def _app(*argv, **kwargs):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOURNEYMAPPER_SMOKE_QUIT_MS="0")
    return subprocess.run([sys.executable, "-m", "journeymapper", *map(str, argv)], capture_output=True,
                          text=True, timeout=120, env=env, **kwargs)


def test_an_unknown_command_is_a_usage_error_not_editor_windows(tmp_path):
    result = _app("frobnicate", "x.mmd", cwd=tmp_path)  # a command this version does not have
    assert result.returncode == 2
    assert "smoke:" not in result.stderr  # no editor window was shown
    assert result.stderr.startswith("error: ") and "'frobnicate'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_named_like_a_word_still_opens(tmp_path):
    from journeymapper.cli import is_cli_invocation

    (tmp_path / "workshop").write_text("x")
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert not is_cli_invocation(["workshop"])
        assert is_cli_invocation(["diff"]) and not is_cli_invocation(["journey.jmap"])
    finally:
        os.chdir(here)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE")
def test_output_into_a_closed_pipe_is_quiet(a_map, tmp_path):
    doc = io.load(a_map)
    doc.stages[0].name = "A long stage name " * 500  # enough output to fill the pipe
    io.save(doc, a_map)
    code = (f"import sys; sys.argv[1:] = ['templates']; from journeymapper.app import main; "
            f"sys.exit(main(['check', {str(a_map)!r}]))")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
def test_a_mermaid_file_that_is_a_pipe_is_refused_unread(tmp_path):
    from journeymapper.io.mermaid import MermaidError, read_journey_file

    fifo = tmp_path / "journey.mmd"
    os.mkfifo(fifo)
    with pytest.raises(MermaidError, match="not a regular file"):
        read_journey_file(fifo)


def test_an_import_that_would_pass_the_size_limit_writes_nothing(tmp_path, capsys, a_map, monkeypatch):
    from journeymapper.io import limits

    before = a_map.read_bytes()
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", len(before) + 5000)
    data = tmp_path / "cards.csv"
    data.write_text("stage,lane,text\n" + "".join(f"Awareness,Touchpoints,card {i} {'x' * 200}\n"
                                                 for i in range(200)), encoding="utf-8")
    code, _, err = run(capsys, "import-csv", a_map, data, "--kind", "cards")
    _one_line_error(code, err, "MB over the 0 MB limit for a map file; nothing was written")
    assert a_map.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.csv", "journey.jmap"]
