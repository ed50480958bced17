from __future__ import annotations

import pytest

from journeymapper.commands import RemoveItems


def ids(items) -> list[str]:
    return [item.id for item in items]


def test_delete_card_takes_its_connectors_and_closes_the_gap(doc, check, cell_ids, contiguous):
    command = RemoveItems(["c1"])
    change = check(doc, command)
    assert "c1" not in ids(doc.cards)
    assert ids(doc.connectors) == ["k2", "k3"]
    assert cell_ids(doc, "l-touch", "s-aware") == ["c2", "c3"]
    assert change.removed == {"c1", "k1"}
    assert change.updated == {"c2", "c3"}
    assert not change.structure
    assert command.name == "Delete Card"
    assert contiguous(doc)


def test_delete_stage_cascades_and_undo_restores_everything_in_order(doc, check, contiguous):
    original = doc.model_copy(deep=True)
    command = RemoveItems(["s-buy"])
    change = check(doc, command)
    assert ids(doc.stages) == ["s-aware", "s-use"]
    assert ids(doc.cards) == ["c8", "c1", "c3", "c2", "c5"]
    assert ids(doc.connectors) == ["k3"]
    assert [p.stage_id for p in doc.curves[0].points] == ["s-aware", "s-use"]
    assert doc.metrics[0].values == {"s-aware": 10, "s-use": 30}
    assert doc.metrics[0].targets == {}
    assert change.removed == {"s-buy", "c4", "c6", "c7", "k1", "k2"}
    assert change.updated == {"cv-anna", "cv-ben", "m-nps"}
    assert change.structure
    assert command.name == "Delete Stage"

    command.revert(doc)
    assert doc == original
    # Dict order is not part of ==, but a saved file should not change either.
    assert list(doc.metrics[0].values) == ["s-aware", "s-buy", "s-use"]
    assert doc.model_dump_json() == original.model_dump_json()


def test_delete_card_lane_takes_its_cards_and_their_connectors(doc, check):
    change = check(doc, RemoveItems(["l-pain"]))
    assert ids(doc.cards) == ["c1", "c3", "c2", "c4"]
    assert ids(doc.connectors) == ["k1"]
    assert change.removed == {"l-pain", "c5", "c6", "c7", "c8", "k2", "k3"}
    assert change.structure


def test_delete_emotions_and_kpis_lanes_take_their_curves_and_metrics(doc, check):
    command = RemoveItems(["l-emo", "l-kpi"])
    change = check(doc, command)
    assert doc.curves == [] and doc.metrics == []
    assert change.removed == {"l-emo", "l-kpi", "cv-anna", "cv-ben", "m-nps"}
    assert command.name == "Delete 2 Lanes"


def test_delete_persona_takes_its_curves_and_leaves_cards(doc, check):
    change = check(doc, RemoveItems(["p-anna"]))
    assert ids(doc.personas) == ["p-ben"]
    assert ids(doc.curves) == ["cv-ben"]
    by_id = {c.id: c for c in doc.cards}
    assert by_id["c1"].personas == ["p-ben"]
    assert by_id["c8"].personas == []
    assert len(doc.cards) == 8
    assert change.removed == {"p-anna", "cv-anna"}
    assert change.updated == {"c1", "c8"}


def test_delete_asset_clears_it_from_cards_and_personas(doc, check):
    change = check(doc, RemoveItems(["a-logo"]))
    assert doc.assets == []
    assert doc.personas[1].photo is None
    assert next(c for c in doc.cards if c.id == "c8").image is None
    assert change.removed == {"a-logo"}
    assert change.updated == {"p-ben", "c8"}


def test_delete_a_mix_names_items_and_handles_overlap(doc, check):
    # c4 goes with its stage as well; it must not be removed twice or restored twice.
    command = RemoveItems(["c4", "s-buy", "k3", "cv-anna", "m-nps"])
    change = check(doc, command)
    assert command.name == "Delete 5 Items"
    assert ids(doc.connectors) == []
    assert ids(doc.curves) == ["cv-ben"]
    assert "cv-anna" in change.removed and "cv-anna" not in change.updated


def test_a_name_given_by_the_caller_is_kept(doc):
    named = RemoveItems(["c1", "c2"], name="Cut")
    named.apply(doc)
    assert named.name == "Cut"
    renamed = RemoveItems(["c3"])
    renamed.name = "Cut"
    renamed.apply(doc)
    assert renamed.name == "Cut"


def test_delete_unknown_id_is_refused_and_changes_nothing(doc):
    before = doc.model_copy(deep=True)
    with pytest.raises(ValueError, match="ghost"):
        RemoveItems(["c1", "ghost"]).apply(doc)
    assert doc == before
    with pytest.raises(ValueError, match=r'Nothing to delete'):
        RemoveItems([])


def test_delete_again_after_undo_keeps_edits_made_in_between(doc):
    command = RemoveItems(["c2"])
    command.apply(doc)
    command.revert(doc)
    restored = next(c for c in doc.cards if c.id == "c2")
    restored.tags.append("edited later")
    command.apply(doc)
    command.revert(doc)
    assert next(c for c in doc.cards if c.id == "c2").tags == ["price", "edited later"]
