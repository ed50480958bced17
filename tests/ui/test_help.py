"""First run and help: Getting Started (bundled, both languages, shown inside the app), Keyboard Shortcuts
made from the actions, and the empty map's one-line hint."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from journeymapper.io import templates
from journeymapper.paths import resource
from journeymapper.ui.help import GettingStarted, ShortcutsDialog
from tests.ui.windows import discard, show_window


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, templates.new_from_template("blank", "en"))
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    discard(win)


def run_modal(kind, look):
    """Once a modal dialog of ``kind`` is up, record ``look(dialog)`` and close it."""
    seen = []

    def check():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, check)
            return
        try:
            seen.append(look(dialog))
        except Exception as error:  # reported by the test, the dialog still closes
            seen.append(error)
        finally:
            dialog.reject()

    QTimer.singleShot(0, check)
    return seen


def test_f1_opens_the_illustrated_getting_started_guide_inside_the_app(window):
    def look(dialog: GettingStarted):
        browser = dialog.browser
        images = re.findall(r'src="([^"]+)"', browser.toHtml())
        loaded = [browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
                  for src in images]
        return browser.toPlainText(), images, [bool(image) and not image.isNull() for image in loaded]

    seen = run_modal(GettingStarted, look)
    QTest.keyClick(window.view, Qt.Key.Key_F1)
    text, images, loaded = seen[0]
    assert text.startswith("Getting Started") and "Palette" in text and "Keyboard Shortcuts" in text
    assert len(images) >= 3 and all(loaded)


@pytest.mark.parametrize("lang, title", [("en", "Getting Started"), ("da", "Kom godt i gang")])
def test_the_guide_exists_in_both_languages_with_its_pictures(lang, title):
    html = resource("help", f"getting-started.{lang}.html").read_text(encoding="utf-8")
    assert f"<h1>{title}</h1>" in html
    for src in re.findall(r'src="([^"]+)"', html):
        assert resource("help", src).is_file(), src
        assert f".{lang}.png" in src
    assert "http" not in html  # nothing to fetch


def test_keyboard_shortcuts_lists_every_action_shortcut(window):
    seen = run_modal(ShortcutsDialog, lambda d: [tuple(d.table.item(r, c).text() for c in range(3))
                                                for r in range(d.table.rowCount())])
    window.actions_.by_name["shortcuts"].trigger()
    rows = seen[0]
    listed = {keys for _, _, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        if action.shortcuts():  # at least its first (main) key is listed
            first = action.shortcuts()[0].toString(native)
            assert any(first in keys.split(", ") for keys in listed), action.objectName()
    assert ("File", "Save As", QKeySequence(QKeySequence.StandardKey.SaveAs).toString(native)) in rows \
        or any(r[1] == "Save As" for r in rows)
    assert any(r[0] == "Canvas" and r[2].startswith("Tab") for r in rows)
    assert any(r[1] == "Undo" for r in rows)  # the action, not the current step's name


def test_an_empty_map_says_in_one_line_how_to_begin_and_the_hint_goes_with_the_first_card(window):
    hint = window.start_hint
    assert hint.isVisible()
    assert hint.text().startswith("Drag a stage or a card from the palette, or press ")
    assert "\n" not in hint.text()
    assert hint.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.session.doc.cards) == 1 and not hint.isVisible()
    window.view.editor.close(commit=False)
    window.session.undo_stack.undo()
    assert hint.isVisible()


def test_the_guide_dialog_is_a_dialog_of_the_window(window):
    assert issubclass(GettingStarted, QDialog)
