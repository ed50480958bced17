"""Undo and redo show the layout made for that document again (canvas/layout_history.py): it must be
exactly the layout the document has, whatever the order of edits, undos, redos and merged nudges."""

import random

from journeymapper.commands.cards import CardMove, MoveCards
from journeymapper.io import templates
from journeymapper.layout.compute import compute_layout
from journeymapper.ui.main_window import MainWindow
from tests.ui.windows import show_window


def open_window(qtbot) -> MainWindow:
    return show_window(qtbot, templates.load_template("laptop-shop", "en"))


def assert_shows_the_document(window: MainWindow) -> None:
    scene = window.scene
    assert scene.layout == compute_layout(window.session.doc, scene.measurer, scene.layout.style)
    assert {card_id: item.box for card_id, item in scene.cards.items()} == {
        box.card_id: box for box in scene.layout.cards}


def test_an_undo_shows_the_layout_from_before_the_edit_again(qtbot):
    window = open_window(qtbot)
    before = window.scene.layout
    box = next(b for b in before.cards if b.index == 1)
    window.session.push(MoveCards([CardMove(box.card_id, box.lane_id, box.stage_id, 0)]))
    after = window.scene.layout
    assert after is not before
    window.session.undo_stack.undo()
    assert window.scene.layout is before  # not laid out again
    window.session.undo_stack.redo()
    assert window.scene.layout is after
    assert_shows_the_document(window)


def test_random_edits_undos_and_redos_always_show_the_document(qtbot):
    window = open_window(qtbot)
    session, stack = window.session, window.session.undo_stack
    rng = random.Random(7)
    lanes = sorted({b.lane_id for b in window.scene.layout.cards})
    stages = [c.id for c in window.scene.layout.stage_columns]
    nudged = None
    for _ in range(80):
        roll = rng.random()
        if roll < 0.25 and stack.canUndo():
            stack.undo()
        elif roll < 0.4 and stack.canRedo():
            stack.redo()
        else:
            nudge = roll > 0.8  # consecutive nudges of the same card merge into one step
            card = nudged if nudge and nudged is not None else rng.choice(session.doc.cards)
            nudged = card if nudge else None
            lane = card.lane_id if nudge else rng.choice(lanes)
            stage = card.stage_id if nudge else rng.choice(stages)
            session.push(MoveCards([CardMove(card.id, lane, stage, rng.randrange(4))], nudge=nudge))
        assert_shows_the_document(window)
    assert any(c.command.merge_key for c in (stack.command(i) for i in range(stack.count())))
