"""The cover page and the persona pages.

Every piece of user text is wrapped by the map's own measurer and drawn as
plain lines; a field too long for its page is cut with "…" rather than
spilling over other text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from journeymapper.export import draw
from journeymapper.export.images import ImageStore
from journeymapper.export.labels import counted, word
from journeymapper.export.pages import Placement, mm
from journeymapper.export.typeset import Typesetter, readable_on_white
from journeymapper.layout.geometry import Rect, TextLine
from journeymapper.layout.labels import printed_author
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap, Language, Persona
from journeymapper.text import date_text, quoted

_MUTED = "#616161"
_SECONDARY = "#455A64"
_RULE = "#CFD8DC"
_DEFAULT_ACCENT = "#34495E"
#: Persona and appendix pages keep at least this margin (mm), the cover a little more.
SECTION_MARGIN_MM = 15.0
COVER_MARGIN_MM = 18.0


def format_date(day: date, language: Language) -> str:
    """"Dec 7, 2026" / "7. december 2026" (see :mod:`journeymapper.text`)."""
    return date_text(day, language)


@dataclass(frozen=True)
class PageBox:
    """The part of a page the section sets its content in (y downwards)."""

    x: float
    y: float
    w: float
    bottom: float

    @property
    def right(self) -> float:
        return self.x + self.w


def content_box(page_w: float, page_h: float, margin: float, minimum_mm: float) -> PageBox:
    inner = max(margin, mm(minimum_mm))
    return PageBox(inner, inner, page_w - 2 * inner, page_h - inner)


# -- cover ---------------------------------------------------------------------------------------

def draw_cover(c: Canvas, ts: Typesetter, doc: JourneyMap, layout: MapLayout, page_w: float, page_h: float,
               margin: float, day: date) -> None:
    box = content_box(page_w, page_h, margin, COVER_MARGIN_MM)
    k, lang = ts.k, doc.language
    colours = [s.colour for s in doc.stages] or [_DEFAULT_ACCENT]
    segment = box.w / len(colours)
    for i, fill in enumerate(colours):
        draw.fill_rect(c, Rect(box.x + i * segment, box.y, segment + 0.3, 10 * k), fill)
    y = box.y + 10 * k + 34 * k
    lines: list[TextLine] = []
    block = ts.one_line(word("kind", lang).upper(), box.x, y, box.w, ts.size(10), bold=True, colour=_MUTED)
    lines += block.lines
    y += block.height + 8 * k
    block = ts.block(doc.title, box.x, y, box.w * 0.9, ts.size(30), bold=True, max_lines=4)
    lines += block.lines
    y += block.height + 6 * k
    if doc.client.strip():
        block = ts.block(doc.client, box.x, y, box.w * 0.9, ts.size(15), colour=_SECONDARY, max_lines=2)
        lines += block.lines
        y += block.height
    y += 18 * k
    draw.set_pen(c, _RULE, 0.8)
    c.line(box.x, y, box.right, y)
    y += 16 * k
    # Wide pages: text on the left, the map beside it; tall pages: the map below the text.
    wide = box.w > 1.15 * (box.bottom - y)
    text_w = box.w * 0.46 if wide else box.w
    meta = [(word("client", lang), doc.client), (word("author", lang), printed_author(doc)),
            (word("date", lang), format_date(day, lang))]
    meta = [(label, value) for label, value in meta if value.strip()]
    column = text_w / 3
    # Side by side while every word fits its column; else one under the other, never a word split.
    words = [w for _, value in meta for w in value.split()]
    stacked = any(ts.width(w, ts.size(11)) > column - 12 * k for w in words)
    tallest = 0.0
    thumb_top = y
    for i, (label, value) in enumerate(meta):
        x, top, width = (box.x, y + tallest, text_w) if stacked else (box.x + i * column, y, column - 12 * k)
        head = ts.one_line(label.upper(), x, top, width, ts.size(7.5), bold=True, colour=_MUTED)
        body = ts.block(value, x, top + head.height + 2 * k, width, ts.size(11), max_lines=3)
        lines += head.lines + body.lines
        height = head.height + 2 * k + body.height
        tallest = tallest + height + 8 * k if stacked else max(tallest, height)
    y += tallest + 22 * k
    room = box.bottom - y
    if wide:
        thumb = Rect(box.x + box.w * 0.52, thumb_top, box.w * 0.48, box.bottom - thumb_top)
        text_room = room - 30 * k
    else:
        thumb_h = room * 0.55 if room > 260 * k else 0.0
        thumb = Rect(box.x, box.bottom - thumb_h + 10 * k, box.w, thumb_h - 10 * k)
        text_room = room - thumb_h - 30 * k
    block = ts.block(doc.description, box.x, y, min(text_w, 470 * k), ts.size(11), colour="#37474F",
                     max_height=text_room)
    lines += block.lines
    y += block.height + (14 * k if block.lines else 0)
    summary = " · ".join(counted(noun, n, lang) for noun, n in (
        ("stage", len(doc.stages)), ("lane", len(doc.lanes)), ("card", len(doc.cards)),
        ("persona", len(doc.personas))))
    lines += ts.one_line(summary, box.x, y, text_w, ts.size(9), colour=_MUTED).lines
    draw.draw_lines(c, lines)
    if thumb.h > 60 * k and layout.width > 0 and layout.height > 0:
        _thumbnail(c, layout, thumb)


def _thumbnail(c: Canvas, layout: MapLayout, frame: Rect) -> None:
    """The whole map, small and framed, at the top of ``frame``: a first look at what follows."""
    scale = min(frame.w / layout.width, frame.h / layout.height)
    w, h = layout.width * scale, layout.height * scale
    x = frame.x + (frame.w - w) / 2
    draw.place_thumbnail(c, Placement(Rect(0, 0, layout.width, layout.height), x, frame.y, scale))
    draw.set_pen(c, _RULE, 0.8)
    c.rect(x, frame.y, w, h, stroke=1, fill=0)


# -- personas ------------------------------------------------------------------------------------

def draw_persona(c: Canvas, ts: Typesetter, doc: JourneyMap, persona: Persona, images: ImageStore,
                 page_w: float, page_h: float, margin: float) -> None:
    box = content_box(page_w, page_h, margin, SECTION_MARGIN_MM)
    k, lang = ts.k, doc.language
    accent = persona.colour
    heading = readable_on_white(accent, ts.style.text_colour)
    draw.fill_rect(c, Rect(box.x, box.y, box.w, 6 * k), accent)
    top = box.y + 6 * k + 22 * k
    lines: list[TextLine] = []
    photo_bottom = top
    text_x = box.x
    photo = images.reader(persona.photo, 130 * k, on_map=False) if persona.photo else None
    if photo is not None:
        side = 130 * k
        pw, ph = photo.getSize()
        scale = min(side / max(pw, 1), side / max(ph, 1))
        rect = Rect(box.x + (side - pw * scale) / 2, top, pw * scale, ph * scale)
        draw.draw_reader(c, photo, rect)
        draw.set_pen(c, _RULE, 0.8)
        c.rect(rect.x, rect.y, rect.w, rect.h, stroke=1, fill=0)
        photo_bottom = rect.bottom
        text_x = box.x + side + 20 * k
    text_w = box.right - text_x
    y = top
    for text, size, bold, colour, max_lines in (
            (word("persona", lang).upper(), 9, True, _MUTED, 1), (persona.name, 26, True, None, 2),
            (persona.role, 13, False, _SECONDARY, 2), (persona.demographics, 10, False, "#37474F", 5)):
        block = ts.block(text, text_x, y, text_w, ts.size(size), bold=bold, colour=colour,
                         max_lines=max_lines)
        lines += block.lines
        y += block.height + (4 * k if block.lines else 0)
    y = max(y, photo_bottom) + 22 * k
    if persona.quote.strip():
        quote = persona.quote.strip()
        if quote[0] not in "\"'“„«‘»":
            quote = quoted(quote, lang)
        block = ts.block(quote, box.x + 16 * k, y, min(box.w - 16 * k, 560 * k), ts.size(15), italic=True,
                         colour="#37474F", max_lines=6)
        draw.fill_rect(c, Rect(box.x, y, 3.5 * k, block.height), accent)
        lines += block.lines
        y += block.height + 22 * k
    room = box.bottom - y
    if persona.description.strip():
        head = ts.one_line(word("about", lang), box.x, y, box.w, ts.size(12), bold=True, colour=heading)
        body = ts.block(persona.description, box.x, y + head.height + 3 * k, min(box.w, 620 * k),
                        ts.size(10.5), max_height=room * 0.45 - head.height)
        lines += head.lines + body.lines
        y += head.height + 3 * k + body.height + 20 * k
    columns = [(word("goals", lang), persona.goals), (word("frustrations", lang), persona.frustrations)]
    columns = [(title, items) for title, items in columns if any(i.strip() for i in items)]
    gutter = 28 * k
    col_w = (box.w - gutter * (len(columns) - 1)) / max(len(columns), 1)
    for i, (title, items) in enumerate(columns):
        x = box.x + i * (col_w + gutter)
        lines += _bullets(c, ts, title, items, x, y, col_w, box.bottom, heading, accent)
    draw.draw_lines(c, lines)


def _bullets(c: Canvas, ts: Typesetter, title: str, items: list[str], x: float, top: float, width: float,
             bottom: float, heading: str, accent: str) -> list[TextLine]:
    k = ts.k
    head = ts.one_line(title, x, top, width, ts.size(12), bold=True, colour=heading)
    lines = list(head.lines)
    y = top + head.height + 2 * k
    draw.set_pen(c, accent, 1.2 * k)
    c.line(x, y, x + 28 * k, y)
    y += 8 * k
    size = ts.size(10)
    indent = 12 * k
    for item in (i for i in items if i.strip()):
        block = ts.block(item, x + indent, y, width - indent, size, max_height=bottom - y)
        if not block.lines:
            break
        dot = block.lines[0]
        c.setFillColor(draw.colour(accent))
        c.circle(x + 3 * k, dot.y_baseline - size * 0.33, 1.8 * k, stroke=0, fill=1)
        lines += block.lines
        y += block.height + 5 * k
    return lines
