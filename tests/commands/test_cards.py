from __future__ import annotations

import pytest

from journeymapper.commands import AddCards, CardMove, Change, DuplicateCards, MoveCards, SetCardFields
from journeymapper.model import Asset, Card, Channel, Connector, Evidence
from journeymapper.model.queries import find_card


def card_of(doc, card_id: str) -> Card:
    found = find_card(doc, card_id)
    assert found is not None
    return found


# --- AddCards ------------------------------------------------------------------------------------

def test_add_card_in_the_middle_of_a_cell_moves_later_cards_down(doc, check, cell_ids, contiguous):
    command = AddCards(Card(id="new", lane_id="l-touch", stage_id="s-aware", order=1, text="hello"))
    change = check(doc, command)
    assert cell_ids(doc, "l-touch", "s-aware") == ["c1", "new", "c2", "c3"]
    assert change == Change(added={"new"}, updated={"c2", "c3"})
    assert command.name == "Add Card"
    assert card_of(doc, "new").text == "hello"
    assert contiguous(doc)


def test_add_cards_to_an_empty_cell_with_a_connector_and_an_image(doc, check, cell_ids, contiguous):
    asset = Asset(id="a-new", mime="image/jpeg", width=2, height=2, data="abc")
    cards = [
        Card(id="n1", lane_id="l-pain", stage_id="s-use", order=5, image="a-new"),
        Card(id="n2", lane_id="l-touch", stage_id="s-use", order=0),
        Card(id="n3", lane_id="l-touch", stage_id="s-use", order=1),
    ]
    command = AddCards(cards, [Connector(id="kn", from_card="n2", to_card="c8")], [asset])
    change = check(doc, command)
    assert command.name == "Add 3 Cards"
    assert cell_ids(doc, "l-pain", "s-use") == ["c8", "n1"]  # order past the end: last
    assert cell_ids(doc, "l-touch", "s-use") == ["n2", "n3"]
    assert change.added == {"n1", "n2", "n3", "kn", "a-new"}
    assert doc.connectors[-1].id == "kn" and doc.assets[-1].id == "a-new"
    assert contiguous(doc)


def test_add_cards_does_not_share_objects_with_the_caller(doc):
    mine = Card(id="new", lane_id="l-touch", stage_id="s-buy")
    AddCards(mine).apply(doc)
    mine.text = "changed afterwards"
    assert card_of(doc, "new").text == ""


@pytest.mark.parametrize("card, message", [
    (Card(id="c1", lane_id="l-touch", stage_id="s-buy"), "already in use"),
    (Card(id="n", lane_id="l-emo", stage_id="s-buy"), "lane holding cards"),
    (Card(id="n", lane_id="nope", stage_id="s-buy"), "lane holding cards"),
    (Card(id="n", lane_id="l-touch", stage_id="nope"), "stage"),
    (Card(id="n", lane_id="l-touch", stage_id="s-buy", personas=["nobody"]), "persona"),
    (Card(id="n", lane_id="l-touch", stage_id="s-buy", image="a-none"), "image"),
])
def test_add_card_refuses_what_would_break_the_map(doc, card, message):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=message):
        AddCards(card).apply(doc)
    assert doc == before


def test_add_cards_refuses_a_dangling_connector_and_leaves_the_map_alone(doc):
    before = doc.model_copy(deep=True)
    command = AddCards(Card(id="n", lane_id="l-touch", stage_id="s-buy"),
                       [Connector(id="kx", from_card="n", to_card="ghost")])
    with pytest.raises(ValueError, match="ghost"):
        command.apply(doc)
    assert doc == before


# --- MoveCards -----------------------------------------------------------------------------------

def test_move_card_to_another_cell_renumbers_both_cells(doc, check, cell_ids, contiguous):
    command = MoveCards([CardMove("c1", "l-pain", "s-buy", 1)])
    change = check(doc, command)
    assert cell_ids(doc, "l-touch", "s-aware") == ["c2", "c3"]
    assert cell_ids(doc, "l-pain", "s-buy") == ["c6", "c1", "c7"]
    assert change.updated == {"c1", "c2", "c3", "c7"}
    assert not change.added and not change.removed and not change.structure
    assert command.name == "Move Card"
    assert contiguous(doc)


def test_move_card_within_its_cell(doc, check, cell_ids):
    check(doc, MoveCards([CardMove("c3", "l-touch", "s-aware", 0)]))
    assert cell_ids(doc, "l-touch", "s-aware") == ["c3", "c1", "c2"]


def test_move_several_cards_into_one_cell_lands_them_in_the_asked_positions(doc, check, cell_ids, contiguous):
    moves = [CardMove("c5", "l-touch", "s-aware", 1), CardMove("c6", "l-touch", "s-aware", 2),
             CardMove("c4", "l-touch", "s-aware", 5)]
    command = MoveCards(moves)
    check(doc, command)
    assert cell_ids(doc, "l-touch", "s-aware") == ["c1", "c5", "c6", "c2", "c3", "c4"]
    assert cell_ids(doc, "l-pain", "s-buy") == ["c7"]
    assert command.name == "Move 3 Cards"
    assert contiguous(doc)


def test_move_cards_keeps_connectors(doc):
    MoveCards([CardMove("c1", "l-pain", "s-use", 0)]).apply(doc)
    assert doc.connectors[0].from_card == "c1"


def test_move_into_a_lane_without_cards_is_refused(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match=r"no lane holding cards with id 'l-kpi'"):
        MoveCards([CardMove("c1", "l-kpi", "s-aware", 0)]).apply(doc)
    assert doc == before  # a refused command changes nothing


def test_moving_a_card_twice_in_one_command_is_refused():
    with pytest.raises(ValueError, match=r'moved only once per command'):
        MoveCards([CardMove("c1", "l-touch", "s-buy", 0), CardMove("c1", "l-pain", "s-buy", 0)])


def test_consecutive_nudges_of_the_same_cards_merge_into_one_undo_step(doc, check, cell_ids):
    original = doc.model_copy(deep=True)
    first = MoveCards([CardMove("c1", "l-touch", "s-aware", 1)], nudge=True)
    second = MoveCards([CardMove("c1", "l-touch", "s-aware", 2)], nudge=True)
    first.apply(doc)
    second.apply(doc)
    assert first.merge_with(second)
    assert cell_ids(doc, "l-touch", "s-aware") == ["c2", "c3", "c1"]
    final = doc.model_copy(deep=True)
    first.revert(doc)
    assert doc == original
    first.apply(doc)
    assert doc == final


def test_nudges_of_different_cards_or_plain_moves_do_not_merge(doc):
    a = MoveCards([CardMove("c1", "l-touch", "s-aware", 1)], nudge=True)
    b = MoveCards([CardMove("c2", "l-touch", "s-aware", 0)], nudge=True)
    c = MoveCards([CardMove("c2", "l-touch", "s-aware", 1)])
    d = MoveCards([CardMove("c2", "l-touch", "s-aware", 2)])
    for command in (a, b, c, d):
        command.apply(doc)
    assert not a.merge_with(b)
    assert not c.merge_with(d)


# --- SetCardFields -------------------------------------------------------------------------------

def test_set_card_fields_changes_only_those_fields(doc, check):
    command = SetCardFields("c2", text="new text", colour="#112233", channel="email",
                            tags=["a", "b"], evidence="observed", personas=["p-ben"], image="a-logo")
    change = check(doc, command)
    card = card_of(doc, "c2")
    assert (card.text, card.colour, card.channel, card.evidence) == (
        "new text", "#112233", Channel.EMAIL, Evidence.OBSERVED)
    assert card.tags == ["a", "b"] and card.personas == ["p-ben"] and card.image == "a-logo"
    assert (card.lane_id, card.stage_id, card.order) == ("l-touch", "s-aware", 1)
    assert change == Change(updated={"c2"})
    assert command.name == "Edit Card"


@pytest.mark.parametrize("fields", [
    {"colour": "red"}, {"channel": "pigeon"}, {"order": 3}, {"lane_id": "l-pain"}, {"id": "x"}, {},
    {"text": "x" * 20_001},
])
def test_set_card_fields_refuses_bad_or_positional_fields(fields):
    with pytest.raises(ValueError, match=r'cannot be set here|No fields to set|Invalid card'):
        SetCardFields("c1", **fields)


def test_set_card_fields_refuses_unknown_persona_image_or_card(doc):
    before = doc.model_copy(deep=True)
    for command in (SetCardFields("c1", personas=["ghost"]), SetCardFields("c1", image="ghost"),
                    SetCardFields("ghost", text="x")):
        with pytest.raises(ValueError, match=r"There is no (image|card|persona) with id 'ghost'"):
            command.apply(doc)
    assert doc == before


def test_typing_in_one_field_merges_but_other_fields_do_not(doc):
    original = doc.model_copy(deep=True)
    first, second = SetCardFields("c1", text="H"), SetCardFields("c1", text="Hi")
    first.apply(doc)
    second.apply(doc)
    assert first.merge_with(second)
    assert card_of(doc, "c1").text == "Hi"
    first.revert(doc)
    assert doc == original
    first.apply(doc)
    assert card_of(doc, "c1").text == "Hi"

    colour = SetCardFields("c1", colour="#000000")
    colour.apply(doc)
    assert not first.merge_with(colour)
    other_card = SetCardFields("c2", text="Hi")
    other_card.apply(doc)
    assert not colour.merge_with(other_card)


# --- DuplicateCards ------------------------------------------------------------------------------

def test_duplicate_puts_each_copy_after_its_original_with_connectors_between_copies(
        doc, check, cell_ids, contiguous):
    command = DuplicateCards(["c1", "c4", "c2"])
    change = check(doc, command)
    copies = command.copies
    assert cell_ids(doc, "l-touch", "s-aware") == ["c1", copies["c1"], "c2", copies["c2"], "c3"]
    assert cell_ids(doc, "l-touch", "s-buy") == ["c4", copies["c4"]]
    copied_links = [k for k in doc.connectors if k.from_card == copies["c1"]]
    assert len(copied_links) == 1 and copied_links[0].to_card == copies["c4"]
    assert not any(k.from_card == copies["c4"] for k in doc.connectors)  # c6 was not duplicated
    assert change.added == set(copies.values()) | {copied_links[0].id}
    assert card_of(doc, copies["c1"]).text == "text of c1"
    assert command.name == "Duplicate 3 Cards"
    assert contiguous(doc)


def test_duplicate_redo_reuses_the_same_ids(doc):
    command = DuplicateCards(["c1", "c4"])
    command.apply(doc)
    ids = sorted(c.id for c in doc.cards) + sorted(k.id for k in doc.connectors)
    command.revert(doc)
    command.apply(doc)
    assert sorted(c.id for c in doc.cards) + sorted(k.id for k in doc.connectors) == ids
