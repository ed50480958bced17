"""Smoke test of the PyInstaller bundle: runs the *bundled* executable in dist/, never the source tree.

Build first (packaging/build on Linux/macOS, the CI workflow on Windows), then:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m bundle tests/packaging

(.ci/bundle does both.) These tests are marked ``bundle`` and left out of the default run.
JOURNEYMAPPER_BUNDLE may name another folder holding the executable, e.g.
"dist/Journey Mapper.app/Contents/MacOS" on macOS.

Every run happens in an empty temporary folder with a scrubbed environment (no PYTHONPATH, user
folders inside tmp), so a pass cannot come from the checkout's sources or the developer's settings.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
from version import project_version  # noqa: E402 (packaging/version.py: the version from pyproject)

BUNDLE = Path(os.environ.get("JOURNEYMAPPER_BUNDLE") or REPO / "dist" / "journeymapper")
IS_WIN = sys.platform == "win32"
#: the GUI executable (windowed on Windows) and the one whose output a console can read
GUI_EXE = BUNDLE / ("journeymapper.exe" if IS_WIN else "journeymapper")
CLI_EXE = BUNDLE / ("journeymapper-cli.exe" if IS_WIN else "journeymapper")
TIMEOUT = 180  # seconds; a GUI that never quits fails instead of hanging CI
TEMPLATE = "ecommerce"
TEMPLATE_TITLE = json.loads((REPO / "resources" / "templates" / f"{TEMPLATE}.en.jmap").read_text("utf-8"))["title"]


@pytest.fixture(scope="module", autouse=True)
def built_bundle() -> Path:
    if not GUI_EXE.is_file() or not CLI_EXE.is_file():
        pytest.fail(f"no bundle at {BUNDLE}: build it first with packaging/build (or set JOURNEYMAPPER_BUNDLE)")
    return BUNDLE


@pytest.fixture()
def clean_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JOURNEYMAPPER_", "QT_"))}
    home = tmp_path / "home"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    if not IS_WIN:
        env["HOME"] = str(home)  # macOS keeps app data under ~/Library
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(exe: Path, args: list[str], cwd: Path, env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=TIMEOUT, **kw)


def internal_dir() -> Path:
    """sys._MEIPASS of the bundle: _internal/ beside the executable (Frameworks/ in a macOS .app)."""
    for candidate in (BUNDLE / "_internal", BUNDLE.parent / "Frameworks"):
        if candidate.is_dir():
            return candidate
    pytest.fail(f"no _internal/ (or Frameworks/) folder beside {GUI_EXE}")


def test_version_is_the_one_in_pyproject(tmp_path, clean_env):
    result = run(CLI_EXE, ["--version"], tmp_path, clean_env)
    assert result.returncode == 0, result.stderr
    version = project_version()
    assert result.stdout.strip() == f"Journey Mapper {version}"
    # ... read from the bundled distribution metadata, not from a hard-coded fallback
    assert (internal_dir() / f"journeymapper-{version}.dist-info" / "METADATA").is_file()


def test_bundle_holds_resources_and_only_the_chosen_qt_plugins():
    root = internal_dir()
    assert (root / "resources" / "templates" / f"{TEMPLATE}.en.jmap").is_file()
    assert (root / "resources" / "fonts" / "NotoSans-Regular.ttf").is_file()
    assert (root / "resources" / "schema" / "jmap.schema.json").is_file()
    assert (root / "resources" / "icons" / "journeymapper.svg").is_file()
    plugins = next((p for p in (root / "PySide6" / "Qt" / "plugins", root / "PySide6" / "plugins") if p.is_dir()),
                   None)
    assert plugins is not None, "no Qt plugins folder in the bundle"
    kinds = {p.name for p in plugins.iterdir() if p.is_dir()}
    assert {"platforms", "imageformats", "iconengines"} <= kinds
    assert not kinds & {"sqldrivers", "tls", "networkinformation", "qmltooling", "multimedia", "printsupport"}
    names = {f.name for f in root.rglob("*") if f.is_file()}
    assert not any(re.search(r"Qt6?(Network|Qml|Quick|WebEngine|Multimedia|Sql|Pdf)\b", n) for n in names)
    assert not any(n.startswith(("_tkinter", "tcl", "tk")) or "numpy" in n for n in names)


def test_export_template_to_pdf(tmp_path, clean_env):
    help_text = run(CLI_EXE, ["--help"], tmp_path, clean_env).stdout
    if not re.search(r"\bexport\b", help_text):
        pytest.skip("the bundled CLI has no 'export' command yet (journeymapper/export/ not landed)")
    result = run(CLI_EXE, ["export", "--template", TEMPLATE, "-o", "out.pdf"], tmp_path, clean_env)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "out.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 1
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert TEMPLATE_TITLE in " ".join(text.split())


def smoke_start(args: list[str], tmp_path: Path, env: dict[str, str], quit_ms: int = 500):
    report = tmp_path / "smoke-report.txt"
    env = dict(env, JOURNEYMAPPER_SMOKE_QUIT_MS=str(quit_ms), JOURNEYMAPPER_SMOKE_REPORT=str(report))
    started = time.perf_counter()
    result = run(GUI_EXE, args, tmp_path, env)
    elapsed = time.perf_counter() - started
    lines = report.read_text(encoding="utf-8").splitlines() if report.is_file() else []
    return result, lines, elapsed


@pytest.mark.parametrize("how", ["file", "default"])
def test_gui_starts_offscreen_opens_the_template_and_quits(tmp_path, clean_env, how, record_property):
    if how == "file":  # a map file made from the template by the bundled CLI, opened like a double-click
        made = run(CLI_EXE, ["new", "--template", TEMPLATE, "map.jmap"], tmp_path, clean_env)
        assert made.returncode == 0, made.stderr
        args = [str(tmp_path / "map.jmap")]
    else:  # no argument: a new map from the default template
        args = []
    result, lines, elapsed = smoke_start(args, tmp_path, clean_env)
    record_property("gui_seconds_with_500ms_wait", round(elapsed, 2))
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr}"
    assert "Traceback" not in result.stderr and "qt.qpa.plugin" not in result.stderr, result.stderr
    assert len(lines) == 2, (lines, result.stderr)
    shown, quit_line = lines
    assert shown.startswith("smoke: shown visible=True platform=offscreen windows=1 ")
    assert shown.endswith(f"title={TEMPLATE_TITLE}")
    assert int(re.search(r"cards=(\d+)", shown).group(1)) > 0
    assert quit_line == "smoke: quit windows_left_open=0"
