"""Dot voting driven like a facilitator drives it: View › Voting, + and − keys, the card's buttons,
undo, the Priorities panel and Clear Votes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymapper.io import templates
from tests.ui.windows import discard, show_window

SLOW_BLOG = "c-awareness-slow-blog"
FEW_REVIEWS = "c-consideration-few-reviews"


@pytest.fixture
def window(qtbot):
    win = show_window(qtbot, templates.load_template("ecommerce", "en"))
    win.view.set_zoom(0.9)
    yield win
    discard(win)


def click_card(window, card_id):
    box = window.scene.layout.card(card_id)
    window.view.ensureVisible(box.rect.x, box.rect.y, box.rect.w, box.rect.h, 40, 40)
    pos = window.view.mapFromScene(QPointF(box.rect.x + box.rect.w - 30, box.rect.y + box.rect.h - 4))
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert window.scene.selected_ids() == [card_id]


def votes(window, card_id):
    return next(c.votes for c in window.session.doc.cards if c.id == card_id)


def test_plus_and_minus_vote_only_while_voting_is_on_and_each_is_one_undo_step(window):
    click_card(window, SLOW_BLOG)
    QTest.keyClick(window.view, Qt.Key.Key_Plus)
    assert votes(window, SLOW_BLOG) == 0  # voting is off: + is not a vote
    window.actions_.by_name["voting"].trigger()
    for _ in range(3):
        QTest.keyClick(window.view, Qt.Key.Key_Plus)
    QTest.keyClick(window.view, Qt.Key.Key_Minus)
    assert votes(window, SLOW_BLOG) == 2
    assert len(window.scene.layout.card(SLOW_BLOG).vote_dots) == 2  # the card shows its dots
    assert window.session.undo_stack.count() == 4
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(window, SLOW_BLOG) == 3
    for _ in range(3):
        QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(window, SLOW_BLOG) == 0
    assert window.scene.layout.card(SLOW_BLOG).vote_dots == ()
    QTest.keyClick(window.view, Qt.Key.Key_Minus)  # below zero: refused, nothing pushed
    assert votes(window, SLOW_BLOG) == 0
    assert window.session.undo_stack.index() == 0


def test_the_buttons_on_the_selected_card_vote(window):
    window.actions_.by_name["voting"].trigger()
    click_card(window, FEW_REVIEWS)
    buttons = window.scene.voting.buttons
    assert buttons.isVisible() and buttons.card_id == FEW_REVIEWS
    minus, plus = (buttons.mapToScene(r.center()) for r in buttons.rects())
    viewport = window.view.viewport()
    for _ in range(2):
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         window.view.mapFromScene(plus))
    assert votes(window, FEW_REVIEWS) == 2
    # The card grew a row of dots: the buttons moved with it and still answer.
    minus = buttons.mapToScene(buttons.rects()[0].center())
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.view.mapFromScene(minus))
    assert votes(window, FEW_REVIEWS) == 1
    assert window.scene.selected_ids() == [FEW_REVIEWS]  # a button click does not drag or deselect
    window.actions_.by_name["voting"].trigger()
    assert not buttons.isVisible()


def test_priorities_follow_the_votes_and_clear_votes_is_undoable(window, qtbot):
    window.actions_.by_name["voting"].trigger()  # opens the Priorities panel
    panel = window.priorities
    assert window._priorities_dock.isVisible()
    click_card(window, FEW_REVIEWS)
    QTest.keyClick(window.view, Qt.Key.Key_Plus)
    click_card(window, SLOW_BLOG)
    for _ in range(3):
        QTest.keyClick(window.view, Qt.Key.Key_Plus)
    assert panel.card_ids()[:2] == [SLOW_BLOG, FEW_REVIEWS]
    assert panel.tree.topLevelItem(0).text(0) == "3"
    assert panel.tree.topLevelItem(0).text(2) == "Awareness"
    click_card(window, FEW_REVIEWS)
    for _ in range(3):
        QTest.keyClick(window.view, Qt.Key.Key_Plus)
    assert panel.card_ids()[:2] == [FEW_REVIEWS, SLOW_BLOG]
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert {c.votes for c in window.session.doc.cards} == {0}
    assert not panel.clear_button.isEnabled()
    window.session.undo_stack.undo()
    assert (votes(window, FEW_REVIEWS), votes(window, SLOW_BLOG)) == (4, 3)
    assert panel.card_ids()[0] == FEW_REVIEWS


@pytest.fixture
def v1_window(qtbot, tmp_path):
    from pathlib import Path

    from journeymapper.ui.application import ensure_app
    from journeymapper.ui.session import MapSession

    path = tmp_path / "workshop.jmap"
    path.write_bytes((Path(__file__).parent.parent / "fixtures" / "formats" / "v1.jmap").read_bytes())
    ensure_app()
    win = show_window(qtbot, MapSession.open(path))
    yield win
    discard(win)


def test_a_version_1_file_gets_a_vote_saves_as_version_2_that_validates_and_undone_saves_as_before(v1_window):
    import json
    from pathlib import Path

    from journeymapper import io
    from journeymapper.paths import resource

    jsonschema = pytest.importorskip("jsonschema")
    fixture = Path(__file__).parent.parent / "fixtures" / "formats" / "v1.jmap"
    win = v1_window
    path = win.session.path
    card = next(c for c in win.session.doc.cards if c.text)
    win.actions_.by_name["voting"].trigger()
    click_card(win, card.id)
    QTest.keyClick(win.view, Qt.Key.Key_Plus)
    assert card.votes == 1
    assert win.file_save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2
    assert [c.get("votes") for c in saved["cards"] if c["id"] == card.id] == [1]
    schema = json.loads(resource("schema", "jmap.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(saved, schema)
    QTest.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.file_save()
    resaved = path.read_text(encoding="utf-8")
    assert json.loads(resaved)["version"] == 1 and '"votes"' not in resaved
    # Only the save time differs from the version-1 file it came from.
    again = io.load(path)
    again.modified = io.load(fixture).modified
    assert io.dumps(again) == fixture.read_text(encoding="utf-8")
