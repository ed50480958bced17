"""The title band, the stage headers and the top of each lane header."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from journeymapper.layout.geometry import HeaderBox, Rect, TextLine
from journeymapper.layout.labels import kind_label, printed_author
from journeymapper.layout.style import LayoutStyle, shade, text_colour_on
from journeymapper.layout.text import TextMeasurer, block_height, place_lines, wrap
from journeymapper.model import JourneyMap, Lane, LaneKind, Language, Stage

_BLOCK_GAP = 2.0  # between a heading and the smaller text under it


@dataclass(frozen=True, slots=True)
class TextBlock:
    lines: tuple[TextLine, ...]
    height: float


def layout_title(doc: JourneyMap, x: float, y: float, width: float, measurer: TextMeasurer,
                 style: LayoutStyle) -> Optional[HeaderBox]:
    """Title (bold), a smaller line of client · author, and the description, its paragraphs run
    together and wrapped (cut with "…" only past ``subtitle_max_lines``); None if all are empty."""
    title = wrap(doc.title, width, style.title_size, measurer, bold=True, max_lines=2)
    meta = " · ".join(part for part in (doc.client, printed_author(doc)) if part.strip())
    subtitle = wrap(meta, width, style.subtitle_size, measurer, max_lines=1)
    description = " ".join(part.strip() for part in doc.description.splitlines() if part.strip())
    subtitle += wrap(description, width, style.subtitle_size, measurer, max_lines=style.subtitle_max_lines)
    if not title and not subtitle:
        return None
    title_h = block_height(len(title), style.title_size, measurer)
    lines = place_lines(title, x, y, style.title_size, measurer, bold=True, colour=style.text_colour)
    lines += place_lines(subtitle, x, y + title_h, style.subtitle_size, measurer,
                         colour=style.muted_text_colour)
    height = title_h + block_height(len(subtitle), style.subtitle_size, measurer)
    return HeaderBox(doc.id, "title", Rect(x, y, width, height), None, lines)


def stage_header_block(stage: Stage, x: float, top: float, width: float, measurer: TextMeasurer,
                       style: LayoutStyle) -> TextBlock:
    """Stage name (bold) and description, top-aligned in a header starting at ``top``."""
    pad = style.header_padding
    colour = text_colour_on(stage.colour, style)
    inner_w = max(width - 2 * pad, style.stage_name_size)
    name = wrap(stage.name, inner_w, style.stage_name_size, measurer, bold=True,
                max_lines=style.stage_name_max_lines)
    description = wrap(stage.description, inner_w, style.stage_description_size, measurer,
                       max_lines=style.stage_description_max_lines)
    y = top + pad
    lines = place_lines(name, x + pad, y, style.stage_name_size, measurer, bold=True, colour=colour)
    y += block_height(max(1, len(name)), style.stage_name_size, measurer)
    if description:
        y += _BLOCK_GAP
        lines += place_lines(description, x + pad, y, style.stage_description_size, measurer, colour=colour)
        y += block_height(len(description), style.stage_description_size, measurer)
    return TextBlock(lines, y + pad - top)


def lane_header_fill(lane: Lane, style: LayoutStyle) -> str:
    return shade(lane.colour, style.lane_header_shade)


def shown_kind(lane: Lane, language: Language) -> str:
    """The lane kind to print under the title, or "" where it would say nothing: a plain text lane,
    or a title that already names the kind ("Customer actions" over "Actions")."""
    if lane.kind == LaneKind.TEXT:
        return ""
    label = kind_label(lane.kind, language)
    return "" if label.casefold() in lane.title.casefold() else label


def lane_header_block(lane: Lane, x: float, width: float, language: Language, measurer: TextMeasurer,
                      style: LayoutStyle) -> TextBlock:
    """Lane title (bold) and kind (small italic), row-local; the height leaves out the bottom padding."""
    pad = style.header_padding
    fill = lane_header_fill(lane, style)
    colour = text_colour_on(fill, style)
    inner_w = max(width - 2 * pad, style.lane_title_size)
    title = wrap(lane.title, inner_w, style.lane_title_size, measurer, bold=True,
                 max_lines=style.lane_title_max_lines)
    kind_text = shown_kind(lane, language)
    kind = wrap(kind_text, inner_w, style.lane_kind_size, measurer, italic=True, max_lines=1)
    y = pad
    lines = place_lines(title, x + pad, y, style.lane_title_size, measurer, bold=True, colour=colour)
    y += block_height(max(1, len(title)), style.lane_title_size, measurer)
    kind_colour = colour if colour != style.text_colour else style.muted_text_colour
    lines += place_lines(kind, x + pad, y, style.lane_kind_size, measurer, italic=True, colour=kind_colour)
    y += block_height(len(kind), style.lane_kind_size, measurer)
    return TextBlock(lines, y)
