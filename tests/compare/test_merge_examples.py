"""Three-way merges a consultant would recognise, spelled out."""

from __future__ import annotations

from journeymapper.commands import AddCards, MoveStage, RemoveItems, SetCardFields, SetStageFields
from journeymapper.compare import diff, merge
from journeymapper.model import Card
from tests.commands.conftest import build_sample, cell


def sides(ours_commands, theirs_commands):
    base, ours, theirs = build_sample(), build_sample(), build_sample()
    for command in ours_commands:
        command.apply(ours)
    for command in theirs_commands:
        command.apply(theirs)
    return base, ours, theirs


def test_a_reordering_and_a_renaming_of_stages_both_arrive():
    base, ours, theirs = sides([MoveStage("s-aware", 2)], [SetStageFields("s-buy", name="Purchase")])
    result = merge(base, ours, theirs)
    assert result.clean
    assert [(s.id, s.name) for s in result.doc.stages] == [("s-buy", "Purchase"), ("s-use", "Use"),
                                                           ("s-aware", "Aware")]


def test_cards_added_to_one_cell_on_both_sides_keep_the_places_each_side_gave_them():
    new = {"lane_id": "l-touch", "stage_id": "s-aware"}
    base, ours, theirs = sides([AddCards([Card(id="mine", order=0, text="mine", **new)])],
                               [AddCards([Card(id="theirs", order=3, text="theirs", **new)])])
    result = merge(base, ours, theirs)
    assert result.clean
    assert cell(result.doc, "l-touch", "s-aware") == ["mine", "c1", "c2", "c3", "theirs"]
    assert sorted(c.order for c in result.doc.cards if (c.lane_id, c.stage_id) == ("l-touch", "s-aware")) == [
        0, 1, 2, 3, 4]


def test_a_stage_one_side_deleted_stays_while_the_other_side_added_a_card_to_it():
    new = Card(id="late", lane_id="l-touch", stage_id="s-buy", order=0, text="added in Buy")
    base, ours, theirs = sides([RemoveItems(["s-buy"])], [AddCards([new])])
    result = merge(base, ours, theirs, source="colleague.jmap")
    doc = result.doc
    assert "s-buy" in {s.id for s in doc.stages} and "late" in {c.id for c in doc.cards}
    stage_conflict = next(c for c in result.conflicts if c.item_id == "s-buy")
    assert stage_conflict.field == "" and stage_conflict.theirs["name"] == "Buy"  # we deleted it, they kept it
    # What ours deleted and nobody needed stays deleted: the stage's other cards are gone.
    assert {"c4", "c6", "c7"}.isdisjoint({c.id for c in doc.cards})


def test_the_same_card_text_changed_twice_keeps_ours_and_records_theirs_and_the_base():
    base, ours, theirs = sides([SetCardFields("c1", text="ours")], [SetCardFields("c1", text="theirs"),
                                                                    SetCardFields("c2", text="also theirs")])
    result = merge(base, ours, theirs, source="colleague.jmap")
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.item_id, conflict.field) == ("card", "c1", "text")
    assert (conflict.theirs, conflict.base, conflict.source) == ("theirs", "text of c1", "colleague.jmap")
    texts = {c.id: c.text for c in result.doc.cards}
    assert (texts["c1"], texts["c2"]) == ("ours", "also theirs")
    assert result.doc.conflicts == result.conflicts
    # Comparing the result with ours shows just what came from theirs (and the conflict record).
    kinds = {(e.kind, e.item_id, e.change) for e in diff(ours, result.doc).entries}
    assert kinds == {("card", "c2", "changed"), ("conflict", conflict.id, "added")}
