from __future__ import annotations

import json

import pytest

from journeymapper.commands import copy_fragment, paste_command


def test_copy_takes_cards_connectors_between_them_and_their_images(doc):
    fragment = copy_fragment(doc, ["c5", "c8", "c1", "s-buy"])
    assert fragment["journeymapper_fragment"] == 1
    assert [c["id"] for c in fragment["cards"]] == ["c1", "c5", "c8"]
    assert [k["id"] for k in fragment["connectors"]] == ["k3"]  # k1 leads to c4, not copied
    assert [a["id"] for a in fragment["assets"]] == ["a-logo"]
    assert json.loads(json.dumps(fragment)) == fragment


def test_paste_gives_fresh_ids_remaps_connectors_and_appends_to_the_cell(doc, check, cell_ids, contiguous):
    fragment = copy_fragment(doc, ["c2", "c1", "c4"])
    command = paste_command(doc, fragment, "l-pain", "s-buy")
    assert command.name == "Paste"
    change = check(doc, command)

    pasted = cell_ids(doc, "l-pain", "s-buy")
    assert pasted[:2] == ["c6", "c7"] and len(pasted) == 5
    new = pasted[2:]
    assert not set(new) & {"c1", "c2", "c4"}
    texts = [next(c for c in doc.cards if c.id == i).text for i in new]
    # Cards from one source cell keep their order: c1 before c2; c4 came from another cell.
    assert texts == ["text of c1", "text of c2", "text of c4"]
    link = doc.connectors[-1]
    assert (link.from_card, link.to_card) == (new[0], new[2]) and link.id != "k1"
    assert change.added == {*new, link.id}
    assert len(doc.assets) == 1  # nothing pasted, no image
    assert contiguous(doc)


def test_paste_into_a_lane_without_cards_uses_the_first_card_lane(doc, check, cell_ids):
    command = paste_command(doc, copy_fragment(doc, ["c5"]), "l-emo", "s-use")
    check(doc, command)
    assert len(cell_ids(doc, "l-touch", "s-use")) == 1


def test_paste_reuses_the_same_image_but_copies_a_different_one(doc, sample_builder, check):
    fragment = copy_fragment(doc, ["c8"])
    check(doc, paste_command(doc, fragment, "l-touch", "s-use"))
    assert len(doc.assets) == 1
    assert doc.cards[-1].image == "a-logo"

    other = sample_builder()
    other.assets[0].data = "different"
    command = paste_command(other, fragment, "l-touch", "s-use")
    change = check(other, command)
    assert len(other.assets) == 2
    new_asset = other.assets[-1]
    assert new_asset.id != "a-logo" and new_asset.data == doc.assets[0].data
    assert other.cards[-1].image == new_asset.id
    assert new_asset.id in change.added


def test_paste_into_another_map_drops_unknown_personas(doc, sample_builder, check):
    fragment = copy_fragment(doc, ["c1"])
    other = sample_builder()
    other.personas = [p for p in other.personas if p.id != "p-ben"]
    other.curves = [c for c in other.curves if c.persona_id != "p-ben"]
    for card in other.cards:
        card.personas = [p for p in card.personas if p != "p-ben"]
    check(other, paste_command(other, fragment, "l-touch", "s-use"))
    assert other.cards[-1].personas == ["p-anna"]


def test_each_paste_gets_new_ids(doc):
    fragment = copy_fragment(doc, ["c1"])
    first = paste_command(doc, fragment, "l-touch", "s-use")
    first.apply(doc)
    second = paste_command(doc, fragment, "l-touch", "s-use")
    second.apply(doc)
    assert len({c.id for c in doc.cards}) == 10


def broken(doc, how: str) -> dict:
    fragment = copy_fragment(doc, ["c1", "c4", "c8"])
    if how == "version":
        fragment["journeymapper_fragment"] = 2
    elif how == "not a dict":
        return ["cards"]  # type: ignore[return-value]
    elif how == "bad colour":
        fragment["cards"][0]["colour"] = "blue"
    elif how == "extra field":
        fragment["cards"][0]["secret"] = 1
    elif how == "dangling connector":
        fragment["connectors"][0]["to_card"] = "ghost"
    elif how == "missing image":
        fragment["assets"] = []
    elif how == "no cards":
        fragment["cards"], fragment["connectors"], fragment["assets"] = [], [], []
    elif how == "cards not a list":
        fragment["cards"] = {"id": "c1"}
    elif how == "duplicate ids":
        fragment["cards"].append(fragment["cards"][0])
    elif how == "unknown part":
        fragment["stages"] = []
    return fragment


@pytest.mark.parametrize("how", [
    "version", "not a dict", "bad colour", "extra field", "dangling connector", "missing image",
    "no cards", "cards not a list", "duplicate ids", "unknown part",
])
def test_a_bad_fragment_raises_a_clear_error(doc, how):
    with pytest.raises(ValueError) as raised:
        paste_command(doc, broken(doc, how), "l-touch", "s-use")
    assert "past" in str(raised.value) or "clipboard" in str(raised.value)


def test_paste_into_an_unknown_cell_is_refused(doc):
    fragment = copy_fragment(doc, ["c1"])
    with pytest.raises(ValueError, match=r"no lane with id 'ghost'"):
        paste_command(doc, fragment, "ghost", "s-use")
    with pytest.raises(ValueError, match=r"no stage with id 'ghost'"):
        paste_command(doc, fragment, "l-touch", "ghost")
