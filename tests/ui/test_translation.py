"""The Danish translation: complete, faithful to placeholders and accelerators, compiled, and used."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QMenu

from journeymapper.ui import application
from journeymapper.ui.application import LANGUAGE_ENV, ensure_app, install_translations, ui_locale

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "journeymapper_da.ts"
QM = REPO / "resources" / "translations" / "journeymapper_da.qm"
REFRESH = "run: .venv/bin/python tools/update_translations.py (and translate what it reports unfinished)"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|\[\*\]")
MNEMONIC = re.compile(r"&([^&\s])")


def _tool():
    if str(REPO) not in sys.path:  # the repository root is not on sys.path under plain pytest
        sys.path.insert(0, str(REPO))
    return importlib.import_module("tools.update_translations")


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.fixture
def danish(qapp):
    """The Danish translation installed for one test; whatever was installed before comes back after."""
    app = ensure_app()
    before = list(application._translators)
    default = QLocale()
    install_translations(app, QLocale("da_DK"))
    yield app
    for translator in application._translators:
        app.removeTranslator(translator)
    application._translators[:] = before
    for translator in before:
        app.installTranslator(translator)
    QLocale.setDefault(default)


# --- the files --------------------------------------------------------------------------------

def test_the_ts_file_is_danish_and_has_no_unfinished_messages():
    root = ET.parse(TS).getroot()
    assert root.get("language") in ("da", "da_DK") and root.get("sourcelanguage") == "en"
    messages = _messages()
    assert len(messages) > 400
    unfinished = [_where(c, m) for c, m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore
                  or not all(t.strip() for t in _translations(m))]
    assert unfinished == [], f"{len(unfinished)} untranslated messages; {REFRESH}"


def test_the_ts_file_lists_exactly_the_messages_in_the_code():
    in_code = _tool().expected_messages()
    in_ts = {(c, m.findtext("source") or "") for c, m in _messages()}
    assert sorted(in_code - in_ts) == [], f"new strings in the code; {REFRESH}"
    assert sorted(in_ts - in_code) == [], f"strings no longer in the code; {REFRESH}"
    assert all(context for context, _ in in_ts), "a message without context is never looked up by Qt"


def test_translations_keep_every_placeholder():
    broken = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if Counter(PLACEHOLDER.findall(text)) != wanted:
                broken.append(f"{_where(context, message)} -> {text!r}")
    assert broken == []


def test_translations_keep_accelerators_ellipses_and_edges():
    broken = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        for text in _translations(message):
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)) or len(MNEMONIC.findall(text)) > 1:
                broken.append(f"accelerator: {_where(context, message)} -> {text!r}")
            if source.endswith("…") != text.endswith("…") or "..." in text:
                broken.append(f"ellipsis: {_where(context, message)} -> {text!r}")
            if source[:1].isspace() != text[:1].isspace() or source.count("\n") != text.count("\n"):
                broken.append(f"spacing: {_where(context, message)} -> {text!r}")
    assert broken == []


def test_plural_messages_have_both_danish_forms():
    plurals = [(c, m) for c, m in _messages() if m.get("numerus") == "yes"]
    assert plurals, "the status bar's '%n item(s) selected' is a plural"
    for context, message in plurals:
        forms = _translations(message)
        assert len(forms) == 2 and all("%n" in form for form in forms), _where(context, message)


def test_the_qm_file_loads_and_matches_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(QM)) and not translator.isEmpty()
    assert translator.language() in ("da", "da_DK")
    stale = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        forms = _translations(message)
        counts = (1, 2) if message.get("numerus") == "yes" else (-1,)
        for form, n in zip(forms, counts, strict=True):
            if translator.translate(context, source, comment, n) != form:
                stale.append(_where(context, message))
    assert stale == [], f"the .qm is older than the .ts; {REFRESH}"


@pytest.mark.skipif(not (shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
                         or shutil.which("pyside6-lrelease")), reason="pyside6-lrelease is not installed")
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    tool = _tool()
    tool.release(out_dir=tmp_path, quiet=True)
    assert (tmp_path / QM.name).read_bytes() == QM.read_bytes(), f"the .qm is stale; {REFRESH}"


# --- the running app --------------------------------------------------------------------------

def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menus(window) -> dict[str, QMenu]:
    return {_plain(a.text()): a.menu() for a in window.menuBar().actions() if a.menu() is not None}


def test_the_main_window_speaks_danish(danish):
    from journeymapper.ui.main_window import MainWindow

    window = MainWindow.new_default("ecommerce", "da")
    menus = _menus(window)
    assert list(menus) == ["Filer", "Rediger", "Indsæt", "Vis", "Hjælp"]
    texts = {name: [_plain(a.text()) for a in menu.actions() if not a.isSeparator()] for name, menu in menus.items()}
    assert {"Ny…", "Åbn…", "Gem", "Gem som…", "Eksportér", "Luk", "Afslut"} <= set(texts["Filer"])
    assert texts["Rediger"][:2] == ["Fortryd", "Gentag"]
    assert {"Klip", "Kopiér", "Sæt ind", "Duplikér", "Slet", "Markér alt"} <= set(texts["Rediger"])
    assert {"Fase", "Række", "Kort"} <= set(texts["Indsæt"])
    assert {"Zoom ind", "Zoom ud", "Tilpas til vindue", "Faktisk størrelse (100\u00a0%)"} <= set(texts["Vis"])
    assert texts["Hjælp"] == ["Kom godt i gang", "Tastaturgenveje", "Om Journey Mapper"]


def test_every_menu_has_distinct_accelerators_in_danish(danish):
    from journeymapper.ui.main_window import MainWindow

    window = MainWindow.new_default("ecommerce", "da")
    menus = [window.menuBar(), *(m for m in window.findChildren(QMenu) if m.objectName() != "recent-menu")]
    for menu in menus:
        keys = [k.casefold() for a in menu.actions() for k in MNEMONIC.findall(a.text())]
        assert len(keys) == len(set(keys)), f"{menu.title() or 'menu bar'}: {keys}"


def test_the_palette_speaks_danish(danish):
    from journeymapper.ui.main_window import MainWindow

    window = MainWindow.new_default("ecommerce", "da")
    items = [window.palette_widget.item(i).text() for i in range(window.palette_widget.count())]
    assert {"Kort", "Berøringspunkt", "Handling", "Tanke", "Smertepunkt", "Mulighed", "Mål", "Struktur",
            "Fase", "Følelseskurve", "Rækker", "Berøringspunkter", "Smertepunkter", "Følelser"} <= set(items)


def test_each_way_of_calling_tr_finds_its_translation(danish):
    from journeymapper.analysis.check import Severity
    from journeymapper.canvas.names import lane_kind_name
    from journeymapper.model import LaneKind
    from journeymapper.ui.check_dock import group_title
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.persona_dialog import PersonaDialog

    window = MainWindow.new_default("ecommerce", "da")
    assert lane_kind_name(LaneKind.PAIN_POINTS) == "Smertepunkter"  # t = QCoreApplication.translate
    assert group_title(Severity.WARNING) == "Advarsler"  # a module helper _tr(...)
    assert window.tr("%n item(s) selected", "", 1) == "1 element valgt"  # plural
    assert window.tr("%n item(s) selected", "", 3) == "3 elementer valgt"
    # parent.tr(...) on any widget: filed under QObject, which every receiver's class lookup reaches
    assert PersonaDialog(window.session.doc, None, window).tr("Choose a Photo") == "Vælg et foto"
    # undo-command names, translated by the session when shown in the Edit menu
    window.actions_.by_name["insert_stage"].trigger()
    assert _plain(window.actions_.by_name["undo"].text()) == "Fortryd Tilføj fase"


# --- choosing the language --------------------------------------------------------------------

@pytest.fixture
def keep_default_locale():
    default = QLocale()
    yield
    QLocale.setDefault(default)


@pytest.mark.parametrize(("value", "language"), [("da", QLocale.Language.Danish), ("EN", QLocale.Language.English)])
def test_the_environment_variable_chooses_the_language(monkeypatch, keep_default_locale, value, language):
    monkeypatch.setenv(LANGUAGE_ENV, value)
    assert ui_locale().language() == language
    assert QLocale().language() == language  # numbers follow the interface language


def test_without_a_valid_choice_the_system_language_is_used(monkeypatch, keep_default_locale, capsys):
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert ui_locale() == QLocale.system()
    monkeypatch.setenv(LANGUAGE_ENV, "klingon")
    assert ui_locale() == QLocale.system()
    assert LANGUAGE_ENV in capsys.readouterr().err


@pytest.mark.parametrize(("system", "choice", "file_menu"), [
    ("en_GB.UTF-8", "da", "&Filer"),  # a Danish user on an English system
    ("da_DK.UTF-8", "en", "&File"),
    ("da_DK.UTF-8", None, "&Filer"),  # by default the system decides
    ("C.UTF-8", None, "&File"),
])
def test_a_started_editor_follows_the_choice(system, choice, file_menu):
    env = {k: v for k, v in os.environ.items() if k not in (LANGUAGE_ENV, "LANGUAGE", "LC_MESSAGES", "LANG")}
    env.update(QT_QPA_PLATFORM="offscreen", LC_ALL=system, LANGUAGE=system.split(".")[0])
    if choice:
        env[LANGUAGE_ENV] = choice
    code = ("from journeymapper.ui.application import ensure_app\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "ensure_app()\n"
            "print(QCoreApplication.translate('EditorActions', '&File'))\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == file_menu


# --- the extraction tool ----------------------------------------------------------------------

def test_translator_comments_reach_only_the_message_right_below_them(tmp_path):
    """'#:' also documents attributes here; lupdate would hang such a comment on the next message,
    however far below (issue 23: "Stage" carried a comment about long files)."""
    tool = _tool()
    source = (
        b"class Dialog(QDialog):\n"
        b"    def __init__(self):\n"
        b"        #: Longer files are imported in full; the preview lists this many rows.\n"
        b"        self.rows = 20\n"
        b"        self.stage = QLabel(self.tr('Stage'))\n"
        b"        #: The undo step's name goes after the verb.\n"
        b"        self.undo = QAction(\n"
        b"            self.tr('&Undo {step}'))\n"
    )
    path = tmp_path / "probe.py"
    path.write_bytes(source)
    rewritten, _, _ = tool.rewrite(path)
    lines = rewritten.decode().splitlines()
    assert lines[2].lstrip().startswith("# ") and not lines[2].lstrip().startswith("#:")
    assert lines[5].lstrip().startswith("#:")


def test_counted_names_problems_and_check_messages_are_extracted():
    found = _tool().expected_messages()
    assert {("Command", "Delete Card"), ("Command", "Delete %n Card(s)"), ("Command", "Connect Cards"),
            ("Problems", "no such file"), ("JourneyCheck", "Stage “{stage}” has no touchpoint.")} <= found
    root = ET.parse(TS).getroot()
    plural = [m for c in root.iter("context") if c.findtext("name") == "Command" for m in c.iter("message")
              if m.findtext("source") == "Delete %n Card(s)"]
    assert plural and plural[0].get("numerus") == "yes"
