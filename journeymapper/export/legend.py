"""The legend: what the map's marks mean, listing only the marks this map uses, in its language.

It sits under the map on a fit page and on the overview page of pages and
poster exports, at print size (never scaled with the map).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from reportlab.pdfgen.canvas import Canvas

from journeymapper.export import draw
from journeymapper.export.labels import channel_label, evidence_label, word
from journeymapper.export.typeset import Typesetter
from journeymapper.layout.geometry import CardBox, ConnectorPath, Rect, TextLine
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import Channel, Evidence, Language

_SWATCH = 2.2  # swatch length in text sizes
_STATUSES = ("good", "bad", "neutral", "missing")


@dataclass(frozen=True)
class LegendItem:
    """One entry: ``kind`` is "evidence" (a marker), "line" (a stroke sample, ``arrow`` for connectors),
    "swatch" (a colour bar) or "icon" (a channel icon)."""

    kind: str
    label: str
    colour: str = "#000000"
    fill: Optional[str] = None
    evidence: str = ""
    width: float = 1.0
    dash: tuple[float, ...] = ()
    arrow: bool = False
    channel: str = ""


def legend_items(layout: MapLayout, language: Language) -> list[LegendItem]:
    items: list[LegendItem] = []
    seen_evidence: dict[str, CardBox] = {}
    for card in layout.cards:
        if card.evidence not in seen_evidence:
            seen_evidence[card.evidence] = card
            if len(seen_evidence) == len(Evidence):
                break
    for evidence in Evidence:
        box = seen_evidence.get(evidence.value)
        if box is not None:
            items.append(LegendItem("evidence", evidence_label(evidence, language), box.evidence_stroke,
                                    box.evidence_fill, evidence.value))
    styles: dict[str, ConnectorPath] = {}
    for path in layout.connectors:
        key = "back" if path.is_back else path.style
        styles.setdefault(key, path)
    for key in ("flow", "optional", "back"):
        sample = styles.get(key)
        if sample is not None:
            items.append(LegendItem("line", word(key, language), sample.colour, width=sample.width,
                                    dash=sample.dash, arrow=True))
    for entry in layout.legend:
        label = " ".join(line.text for line in entry.lines).strip()
        if label:
            items.append(LegendItem("line", label, entry.colour, width=entry.width, dash=entry.dash))
    statuses: dict[str, str] = {}
    for row in layout.metric_rows:
        for cell in row.cells:
            statuses.setdefault(cell.status, cell.colour)
    for status in _STATUSES:
        if status in statuses:
            items.append(LegendItem("swatch", word(status, language), statuses[status]))
    channels = {card.channel for card in layout.cards if card.channel and card.channel_rect}
    for channel in Channel:
        if channel.value in channels:
            items.append(LegendItem("icon", channel_label(channel.value, language), layout.style.muted_text_colour,
                                    channel=channel.value))
    return items


def _item_width(ts: Typesetter, item: LegendItem, size: float) -> float:
    return _SWATCH * size + size * 0.5 + ts.width(item.label, size)


def legend_rows(ts: Typesetter, items: Sequence[LegendItem], width: float, size: float,
                title: str) -> list[list[tuple[float, LegendItem]]]:
    """The items flowed into rows ``width`` wide after the bold ``title``: (x offset, item) per row."""
    rows: list[list[tuple[float, LegendItem]]] = [[]]
    x = ts.width(title, size, bold=True) + size
    gap = 1.6 * size
    for item in items:
        w = min(_item_width(ts, item, size), width)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, item))
        x += w + gap
    return rows if items else []


def legend_height(ts: Typesetter, items: Sequence[LegendItem], width: float, size: float, title: str) -> float:
    rows = legend_rows(ts, items, width, size, title)
    return len(rows) * size * 1.7


def draw_legend(c: Canvas, ts: Typesetter, items: Sequence[LegendItem], x: float, y: float, width: float,
                size: float, title: str, style_text: str = "#212121") -> float:
    """The legend with its top-left corner at (x, y); returns its height."""
    rows = legend_rows(ts, items, width, size, title)
    step = size * 1.7
    lines = [TextLine(x, y + size * 1.1, title, size, bold=True, colour=style_text)] if rows else []
    for r, row in enumerate(rows):
        cy = y + r * step + size * 0.75
        for dx, item in row:
            left = x + dx
            swatch = _SWATCH * size
            _swatch(c, item, left, cy, swatch, size)
            label_w = width - dx - swatch - size * 0.5
            block = ts.one_line(item.label, left + swatch + size * 0.5, 0, label_w, size, colour=style_text)
            lines += [TextLine(t.x, cy + size * 0.35, t.text, t.size, t.bold, t.italic, t.colour)
                      for t in block.lines]
    draw.draw_lines(c, lines)
    return len(rows) * step


def _swatch(c: Canvas, item: LegendItem, x: float, cy: float, length: float, size: float) -> None:
    c.saveState()
    if item.kind == "evidence":
        d = size * 0.8
        draw.draw_evidence_marker(c, Rect(x + (length - d) / 2, cy - d / 2, d, d), item.evidence, item.fill,
                                  item.colour)
    elif item.kind == "line":
        draw.set_pen(c, item.colour, max(item.width, 0.5), item.dash)
        end = x + length - (size * 0.5 if item.arrow else 0)
        c.line(x, cy, end, cy)
        if item.arrow:
            c.setFillColor(draw.colour(item.colour))
            path = c.beginPath()
            path.moveTo(x + length, cy)
            path.lineTo(end, cy - size * 0.3)
            path.lineTo(end, cy + size * 0.3)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
    elif item.kind == "swatch":
        draw.fill_rect(c, Rect(x, cy - size * 0.25, length, size * 0.5), item.colour)
    elif item.kind == "icon":
        d = size * 1.3
        draw.draw_channel_icon(c, item.channel, Rect(x + (length - d) / 2, cy - d / 2, d, d), item.colour)
    c.restoreState()
