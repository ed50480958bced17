"""Every file of the hostile corpus is refused clearly and quickly: by the API, the CLI and the GUI's Open."""

import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper import io

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.jmap"))


def test_the_corpus_is_there():
    assert len(CORPUS) >= 18


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_api_refuses_with_one_line_naming_the_file(path):
    before = path.read_bytes()
    with pytest.raises(io.DocumentError) as info:
        io.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert path.read_bytes() == before


def test_cli_refuses_every_file_without_a_traceback():
    result = subprocess.run([sys.executable, "-m", "journeymapper", "validate", *map(str, CORPUS)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(CORPUS)
    assert all(line.startswith("error: ") for line in lines)


def test_gui_open_shows_the_error_and_keeps_the_current_map(qtbot, monkeypatch):
    from journeymapper.ui.application import ensure_app
    from journeymapper.ui.main_window import MainWindow

    ensure_app()
    window = MainWindow.new_default("blank", "en")
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, message: shown.append(message))
    doc = window.session.doc
    for path in CORPUS:
        assert window.open_file(path) is None
    assert len(shown) == len(CORPUS)
    assert all(m.startswith(str(p)) for m, p in zip(shown, CORPUS, strict=True))
    assert window.session.doc is doc
