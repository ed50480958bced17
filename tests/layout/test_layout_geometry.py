"""A moved card box is the box the layout would build at the new place."""

from __future__ import annotations

from journeymapper.layout.geometry import CardBox, Rect, TextLine


def _box(**changes: object) -> CardBox:
    fields: dict[str, object] = dict(
        card_id="c", lane_id="l", stage_id="s", index=0, rect=Rect(10.0, 20.0, 100.0, 40.0), fill="#FFF",
        lines=(TextLine(12.0, 30.0, "one", 9.5), TextLine(12.0, 42.0, "two", 9.5, bold=True)),
        channel="email", channel_rect=Rect(12.0, 22.0, 8.0, 8.0), evidence="observed",
        evidence_rect=Rect(100.0, 22.0, 6.0, 6.0), evidence_fill="#000", evidence_stroke="#111",
        image_asset="a", image_rect=Rect(12.0, 21.0, 50.0, 10.0))
    fields.update(changes)
    return CardBox(**fields)  # type: ignore[arg-type]


def test_a_moved_box_equals_one_built_in_place() -> None:
    box = _box()
    moved = box.moved(12.5, 3)
    assert moved == _box(
        index=3, rect=Rect(10.0, 32.5, 100.0, 40.0),
        lines=(TextLine(12.0, 42.5, "one", 9.5), TextLine(12.0, 54.5, "two", 9.5, bold=True)),
        channel_rect=Rect(12.0, 34.5, 8.0, 8.0), evidence_rect=Rect(100.0, 34.5, 6.0, 6.0),
        image_rect=Rect(12.0, 33.5, 50.0, 10.0))
    assert hash(moved) == hash(_box(**{f: getattr(moved, f) for f in CardBox.__slots__}))
    assert box.moved(0.0, 0) is box
    renumbered = box.moved(0.0, 1)
    assert renumbered == _box(index=1) and renumbered.lines is box.lines
