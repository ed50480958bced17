"""Pages mode and posters: each page carries only its own part of the map, so a search or a copy in
the PDF finds a card's text on the page(s) showing that card and nowhere else."""

from __future__ import annotations

import re

from pypdf import PdfReader

from journeymapper.export.options import PdfOptions
from journeymapper.export.pages import map_sheets
from journeymapper.layout import compute_layout, default_measurer
from journeymapper.layout.geometry import Rect

from .conftest import big_map, do_export, squash


def _overlaps(a: Rect, b: Rect, pad: float = 0.0) -> bool:
    return a.x < b.right + pad and b.x < a.right + pad and a.y < b.bottom + pad and b.y < a.bottom + pad


def _pages_with(texts: list[str], key: str) -> set[int]:
    return {i for i, text in enumerate(texts) if key in text}


def _page_texts(path) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(path).pages]


def _card_keys(doc) -> dict[str, str]:
    """card id -> the card's number as printed ("Cardnumber12:", unique thanks to the colon)."""
    return {card.id: squash(re.match(r"Card number \d+:", card.text).group(0)) for card in doc.cards}


def test_pages_mode_page_holds_only_its_own_cards_text(tmp_path) -> None:
    doc = big_map(160, 8)
    options = dict(paper="A4", landscape=True, mode="pages")
    layout = compute_layout(doc, default_measurer())
    sheets = map_sheets(layout, PdfOptions(**options).checked())
    path, result = do_export(tmp_path, doc, **options)
    first = 1  # the overview page comes first
    assert len(sheets) > 2 and result.page_count == first + len(sheets)
    texts = _page_texts(path)
    keys = _card_keys(doc)
    for card in layout.cards:
        expected = {first + n for n, sheet in enumerate(sheets)
                    if any(_overlaps(p.src, card.rect) for p in sheet.placements)}
        assert len(expected) == 1  # pages cut between stages and lanes, never through a card
        assert _pages_with(texts, keys[card.card_id]) == expected, card.card_id
    # each page still repeats its lanes' titles and its stages' names
    for sheet, text in zip(sheets, texts[first:], strict=True):
        assert all(squash(lane.title) in text for lane in doc.lanes[sheet.first_lane:sheet.last_lane + 1])
        assert all(squash(stage.name) in text for stage in doc.stages[sheet.first_stage:sheet.last_stage + 1])
        others = doc.stages[:sheet.first_stage] + doc.stages[sheet.last_stage + 1:]
        assert not any(f"{squash(stage.name)}" in text for stage in others if stage.name != "Stage 1")


def test_poster_sheet_holds_only_the_cards_it_shows(tmp_path) -> None:
    doc = big_map(60, 6)
    options = dict(paper="A4", mode="poster", scale=1.0)
    layout = compute_layout(doc, default_measurer())
    sheets = map_sheets(layout, PdfOptions(**options).checked())
    path, result = do_export(tmp_path, doc, **options)
    first = 1
    assert len(sheets) >= 3 and result.page_count == first + len(sheets)
    texts = _page_texts(path)
    keys = _card_keys(doc)
    for card in layout.cards:
        src = [sheet.placements[0].src for sheet in sheets]
        shown = {first + n for n, r in enumerate(src) if _overlaps(r, card.rect, -2.0)}
        near = {first + n for n, r in enumerate(src) if _overlaps(r, card.rect, 2.0)}
        found = _pages_with(texts, keys[card.card_id])
        assert shown and shown <= found <= near, card.card_id
    assert any(len(_pages_with(texts, key)) == 1 for key in keys.values())
