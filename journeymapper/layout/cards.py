"""Cards stacked in a cell."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Optional

from journeymapper.layout.geometry import CardBox, Rect, TextLine, snap
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer, baseline_offset, wrap
from journeymapper.layout.votes import vote_marks
from journeymapper.model import CARD_COLOURS, Card, Evidence, Lane


@dataclass(frozen=True)
class CardContext:
    measurer: TextMeasurer
    style: LayoutStyle
    #: Asset id -> (width, height) in pixels, for image aspect ratios.
    image_sizes: dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class CellContent:
    cards: tuple[CardBox, ...]
    #: Padding + stacked cards + padding; 0 for an empty cell.
    height: float
    #: :func:`card_key` of each card, as it was when its box was made.
    keys: tuple[Hashable, ...] = ()


#: An earlier layout of a cell: card id -> (its card_key then, its box then).
PreviousCell = Mapping[str, tuple[Hashable, CardBox]]
_NOTHING: PreviousCell = {}


def card_key(card: Card, ctx: CardContext) -> Hashable:
    """Everything of a card its box depends on, other than its id and where it sits (lane, stage, place)."""
    image = card.image
    return (card.text, card.channel, card.evidence, card.colour, image,
            None if image is None else ctx.image_sizes.get(image), card.votes)


def layout_cell(cards: list[Card], lane: Lane, stage_id: str, x: float, width: float, top: float,
                ctx: CardContext, previous: Optional[PreviousCell] = None) -> CellContent:
    """Stack ``cards`` (in display order) down a cell spanning x .. x + width whose top is ``top``.

    All y offsets are snapped to the 1/64 pt grid (see ``geometry.snap``); ``top`` must be on it too.
    With ``previous`` (this cell in an earlier layout with the same style and measurer), a card
    whose key and cell are unchanged keeps its box, moved to its new place: the same geometry as
    laying it out again (y values on the grid add exactly), without wrapping its text again.
    """
    if not cards:
        return CellContent((), 0.0)
    pad = snap(ctx.style.cell_padding)
    gap = snap(ctx.style.card_gap)
    inner_x, inner_w = x + pad, width - 2 * pad
    offset = pad
    boxes: list[CardBox] = []
    keys: list[Hashable] = []
    earlier = previous.get if previous else _NOTHING.get
    lane_id = lane.id
    for index, card in enumerate(cards):
        key = card_key(card, ctx)
        old = earlier(card.id)
        box: Optional[CardBox] = None
        if old is not None and old[0] == key:
            key, box = old  # the equal earlier key: the new tuple is dropped at once
            rect = box.rect
            if box.lane_id == lane_id and box.stage_id == stage_id and rect.x == inner_x and rect.w == inner_w:
                box = box.moved(top + offset - rect.y, index)
            else:
                box = None
        if box is None:
            box = layout_card(card, lane, stage_id, index, inner_x, top + offset, inner_w, ctx)
        boxes.append(box)
        keys.append(key)
        offset += box.rect.h + gap
    return CellContent(tuple(boxes), offset - gap + pad, tuple(keys))


def layout_card(card: Card, lane: Lane, stage_id: str, index: int, x: float, top: float, width: float,
                ctx: CardContext) -> CardBox:
    """One card: [image] then a text row with the channel icon left and the evidence marker right."""
    style, measurer = ctx.style, ctx.measurer
    pad = style.card_padding
    inner_x, inner_w = x + pad, width - 2 * pad
    dy = snap(pad)  # offset of the next item below the card's top

    image_rect = _image_rect(card.image, inner_x, inner_w, ctx)
    if image_rect is not None:
        image_rect = Rect(image_rect.x, top + dy, image_rect.w, image_rect.h)
        dy += image_rect.h + snap(style.image_gap)

    size = style.card_text_size
    line_h = snap(measurer.line_height(size))
    marker = style.evidence_marker_size
    evidence_rect = Rect(inner_x + inner_w - marker, top + dy + snap((line_h - marker) / 2), marker, marker)
    text_x = inner_x
    text_w = inner_w - marker - style.icon_gap
    channel_rect: Optional[Rect] = None
    if card.channel is not None:
        icon = style.channel_icon_size
        channel_rect = Rect(inner_x, top + dy + snap((line_h - icon) / 2), icon, icon)
        text_x += icon + style.icon_gap
        text_w -= icon + style.icon_gap
    # Narrow columns: rather overflow a little than wrap one character per line.
    text_w = max(text_w, 2 * size)

    wrapped = wrap(card.text, text_w, size, measurer)
    first_baseline = top + dy + snap(baseline_offset(size, measurer))
    lines = tuple(TextLine(text_x, first_baseline + i * line_h, text, size, colour=style.text_colour)
                  for i, text in enumerate(wrapped))
    text_h = max(max(1, len(wrapped)) * line_h, snap(style.channel_icon_size) if channel_rect else 0.0)
    dy += text_h
    dots, vote_label, votes_h = vote_marks(card.votes, inner_x, top + dy + snap(style.vote_dot_gap), inner_w,
                                           style, measurer)
    if votes_h:
        dy += snap(style.vote_dot_gap) + votes_h
    height = dy + snap(pad)

    fill, stroke = evidence_look(card.evidence, style)
    return CardBox(
        card_id=card.id, lane_id=lane.id, stage_id=stage_id, index=index,
        rect=Rect(x, top, width, height), fill=card.colour or CARD_COLOURS[lane.kind], lines=lines,
        channel=None if card.channel is None else card.channel.value, channel_rect=channel_rect,
        evidence=card.evidence.value, evidence_rect=evidence_rect, evidence_fill=fill, evidence_stroke=stroke,
        image_asset=card.image if image_rect is not None else None, image_rect=image_rect,
        votes=card.votes, vote_dots=dots, vote_label=vote_label,
    )


def _image_rect(asset_id: Optional[str], x: float, width: float, ctx: CardContext) -> Optional[Rect]:
    """The image's size and x (y = 0), fitted to ``width`` and capped in height, keeping its aspect."""
    if asset_id is None or asset_id not in ctx.image_sizes or width <= 0:
        return None
    px_w, px_h = ctx.image_sizes[asset_id]
    w, h = width, snap(width * px_h / px_w)
    if h > ctx.style.max_image_height:
        h = snap(ctx.style.max_image_height)
        w = h * px_w / px_h
    return Rect(x + (width - w) / 2, 0.0, w, h)


def evidence_look(evidence: Evidence, style: LayoutStyle) -> tuple[Optional[str], str]:
    """(fill, stroke) of the evidence marker."""
    if evidence is Evidence.OBSERVED:
        return style.evidence_observed_colour, style.evidence_observed_colour
    if evidence is Evidence.PROPOSED:
        return style.evidence_proposed_fill, style.evidence_proposed_colour
    return None, style.evidence_assumed_colour
