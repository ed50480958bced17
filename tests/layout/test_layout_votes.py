"""Vote dots are part of a card's laid-out box: the canvas and the PDF both draw these rectangles."""

from __future__ import annotations

from journeymapper.layout import MonoMeasurer, compute_layout, relayout
from tests.commands.conftest import build_sample

MEASURER = MonoMeasurer()


def test_dots_sit_in_a_band_under_the_text_and_the_card_grows_to_hold_them():
    doc = build_sample()
    plain = compute_layout(doc, MEASURER)
    card = next(c for c in doc.cards if c.id == "c5")
    card.votes = 4
    voted = relayout(plain, doc, MEASURER, {"c5"})
    assert voted == compute_layout(doc, MEASURER)  # incremental and full layout agree
    before, box = plain.card("c5"), voted.card("c5")
    assert before.vote_dots == () and box.votes == 4 and box.vote_label is None
    assert len(box.vote_dots) == 4
    assert box.rect.h > before.rect.h
    text_bottom = max(line.y_baseline for line in box.lines)
    for dot in box.vote_dots:
        assert box.rect.x < dot.x and dot.right < box.rect.right
        assert text_bottom < dot.y and dot.bottom < box.rect.bottom
    xs = [d.x for d in box.vote_dots]
    assert xs == sorted(xs)  # one row, left to right


def test_a_card_with_no_votes_lays_out_as_before():
    doc = build_sample()
    card = next(c for c in doc.cards if c.id == "c5")
    card.votes = 2
    card.votes = 0
    assert compute_layout(doc, MEASURER) == compute_layout(build_sample(), MEASURER)


def test_many_votes_show_one_dot_and_the_count():
    doc = build_sample()
    next(c for c in doc.cards if c.id == "c5").votes = 500
    box = compute_layout(doc, MEASURER).card("c5")
    assert len(box.vote_dots) == 1
    assert box.vote_label is not None and box.vote_label.text == "× 500"
    assert box.vote_label.x > box.vote_dots[0].right
