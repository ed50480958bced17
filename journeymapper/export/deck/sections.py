"""The title slide and the persona slides."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import Optional

from pptx.util import Emu

from journeymapper.export.deck import shapes
from journeymapper.export.deck.base import MARGIN, MUTED, RULE, TEXT, Deck
from journeymapper.export.deck.shapes import Run
from journeymapper.export.images import decode_asset
from journeymapper.export.labels import counted, word
from journeymapper.export.sections import format_date
from journeymapper.layout.geometry import Rect
from journeymapper.layout.labels import printed_author
from journeymapper.model import Persona
from journeymapper.text import quoted

_SECONDARY = "#455A64"
_BODY = "#37474F"


def title_slide(deck: Deck, day: date) -> None:
    doc, lang = deck.doc, deck.lang
    w, h = deck.width, deck.height
    text_w = w - 2 * MARGIN
    size = 36.0
    fitted = deck.fit(doc.title, text_w, size, 2, bold=True)
    title_h = max(1, len(fitted.lines)) * deck.line_height(size)
    y = 84.0 + 24
    work = deck.slide(doc.title or word("kind", lang), notes=doc.description,
                      title_box=(Rect(MARGIN, y, text_w, title_h + 4), size, 2))
    colours = [s.colour for s in doc.stages] or ["#34495E"]
    seg = (w - 2 * MARGIN) / len(colours)
    for i, fill in enumerate(colours):
        work.add(shapes.shape(work.ids, "Stage colour", Rect(MARGIN + i * seg, 36, seg + 0.3, 8), fill=fill))
    kicker = deck.line(word("kind", lang).upper(), text_w, 12, bold=True)
    work.add(shapes.text_box(work.ids, "Kind", Rect(MARGIN, 84, text_w, 18), [Run(kicker, 12, MUTED, True)],
                             deck.tag))
    y += title_h + 8
    if doc.client.strip():
        client = deck.fit(doc.client, text_w, 20, 1)
        work.add(shapes.text_box(work.ids, "Client", Rect(MARGIN, y, text_w, 30), [Run(client.shown, 20, _SECONDARY)],
                                 deck.tag))
        y += 34
    y += 10
    work.add(shapes.shape(work.ids, "Rule", Rect(MARGIN, y, text_w, 0.8), fill=RULE))
    y += 16
    meta = [(word("client", lang), doc.client), (word("author", lang), printed_author(doc)),
            (word("date", lang), format_date(day, lang))]
    meta = [(label, value) for label, value in meta if value.strip()]
    column = text_w / 3
    for i, (label, value) in enumerate(meta):
        x = MARGIN + i * column
        head = deck.line(label.upper(), column - 12, 11, bold=True)
        body = deck.fit(value, column - 12, 14, 2)
        work.add(shapes.text_box(work.ids, "Label", Rect(x, y, column - 12, 16), [Run(head, 11, MUTED, True)],
                                 deck.tag))
        work.add(shapes.text_box(work.ids, "Value", Rect(x, y + 18, column - 12, 2 * deck.line_height(14) + 4),
                                 [Run(body.shown, 14, TEXT)], deck.tag))
    y += 18 + 2 * deck.line_height(14) + 14
    room = h - 40 - y
    lines = int(room // deck.line_height(14)) - 1
    if doc.description.strip() and lines >= 1:
        desc = deck.fit(doc.description, min(text_w, 640), 14, lines)
        work.add(shapes.text_box(work.ids, "Description", Rect(MARGIN, y, min(text_w, 640),
                                                               len(desc.lines) * deck.line_height(14) + 4),
                                 [Run(desc.shown, 14, _BODY)], deck.tag))
    summary = " · ".join(counted(noun, n, lang) for noun, n in (
        ("stage", len(doc.stages)), ("lane", len(doc.lanes)), ("card", len(doc.cards)),
        ("persona", len(doc.personas))))
    work.add(shapes.text_box(work.ids, "Summary", Rect(MARGIN, h - 40, text_w, 18), [Run(summary, 12, MUTED)],
                             deck.tag))
    work.finish()


def has_content(p: Persona) -> bool:
    return any(t.strip() for t in (p.role, p.quote, p.description, p.demographics, *p.goals, *p.frustrations)) \
        or p.photo is not None


def persona_slide(deck: Deck, persona: Persona, skipped: list[str]) -> None:
    lang = deck.lang
    w, h = deck.width, deck.height
    work = deck.slide(persona.name or word("persona", lang), accent=persona.colour,
                      notes=persona.description)
    top = 84.0
    text_x = MARGIN
    photo_h = 0.0
    picture = _photo(deck, persona.photo, skipped)
    if picture is not None:
        data, pw, ph = picture
        side = 150.0
        scale = min(side / pw, side / ph)
        work.slide.shapes.add_picture(BytesIO(data), Emu(shapes.emu(MARGIN)), Emu(shapes.emu(top)),
                                      Emu(shapes.emu(pw * scale)), Emu(shapes.emu(ph * scale)))
        text_x = MARGIN + side + 20
        photo_h = ph * scale
    text_w = w - MARGIN - text_x
    y = top
    for text, size, colour, max_lines in ((persona.role, 18, _SECONDARY, 2), (persona.demographics, 13, _BODY, 3)):
        if text.strip():
            f = deck.fit(text, text_w, size, max_lines)
            height = len(f.lines) * deck.line_height(size) + 4
            work.add(shapes.text_box(work.ids, "Persona", Rect(text_x, y, text_w, height), [Run(f.shown, size, colour)],
                                     deck.tag))
            y += height + 6
    if persona.quote.strip():
        quote = deck.clean(persona.quote.strip())
        if quote[0] not in "\"'“„«‘»":
            quote = quoted(quote, lang)
        f = deck.fit(quote, text_w - 14, 16, 3)
        height = len(f.lines) * deck.line_height(16) + 4
        work.add(shapes.shape(work.ids, "Quote bar", Rect(text_x, y, 3.5, height), fill=persona.colour))
        work.add(shapes.text_box(work.ids, "Quote", Rect(text_x + 14, y, text_w - 14, height),
                                 [Run(f.shown, 16, _BODY, italic=True)], deck.tag))
        y += height + 10
    y = max(y, top + photo_h) + 14
    columns = [(word("goals", lang), persona.goals), (word("frustrations", lang), persona.frustrations)]
    columns = [(t, [i for i in items if i.strip()]) for t, items in columns]
    columns = [(t, items) for t, items in columns if items]
    gutter = 28.0
    col_w = (w - 2 * MARGIN - gutter * (len(columns) - 1)) / max(len(columns), 1)
    bottom = h - 24
    for i, (title, items) in enumerate(columns):
        x = MARGIN + i * (col_w + gutter)
        work.add(shapes.text_box(work.ids, "Heading", Rect(x, y, col_w, 22),
                                 [Run(deck.line(title, col_w, 16, True), 16, TEXT, True)], deck.tag))
        work.add(shapes.shape(work.ids, "Rule", Rect(x, y + 24, 28, 1.5), fill=persona.colour))
        runs, used = [], y + 32
        for item in items:
            room = int((bottom - used) // deck.line_height(13))
            if room < 1:
                break
            f = deck.fit(item, col_w - 16, 13, min(room, 4))
            runs.append(Run("• " + f.shown, 13, TEXT))
            used += len(f.lines) * deck.line_height(13) + 4
        if runs:
            work.add(shapes.text_box(work.ids, "Items", Rect(x, y + 32, col_w, used - y - 32), runs, deck.tag))
    work.finish()


def _photo(deck: Deck, asset_id: Optional[str], skipped: list[str]) -> Optional[tuple[bytes, int, int]]:
    if asset_id is None:
        return None
    asset = next((a for a in deck.doc.assets if a.id == asset_id), None)
    decoded = decode_asset(asset) if asset is not None else None
    if decoded is None:
        skipped.append(asset_id)
        return None
    image, raw = decoded
    return raw, image.width, image.height
