"""Dot votes in the PDF: the dots on the cards (drawn at the layout's rectangles, as on the canvas)
and the appendix's top-voted list; a map without votes prints exactly as before."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

from tests.export.conftest import do_export, pdf_text, squash, template

DOT = (0xD8, 0x1B, 0x60)  # LayoutStyle.vote_dot_colour


def _dot_pixels(path: Path, tmp_path: Path) -> int:
    """Pixels of the vote-dot colour on the first page, rendered at 100 dpi."""
    subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    return sum(1 for px in image.get_flattened_data() if all(abs(a - b) < 30 for a, b in zip(px, DOT, strict=True)))


def test_voted_cards_show_their_dots_on_the_map_page(tmp_path):
    doc = template()
    plain, _ = do_export(tmp_path, doc, name="plain.pdf")
    next(c for c in doc.cards if c.id == "c-purchase-late-shipping-cost").votes = 6
    voted, _ = do_export(tmp_path, doc, name="voted.pdf")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _dot_pixels(plain, tmp_path / "a") == 0
    assert _dot_pixels(voted, tmp_path / "b") >= 12  # six small discs (the map is scaled to the page)


def test_the_appendix_lists_the_top_voted_items_most_votes_first(tmp_path):
    doc = template()
    votes = {"c-purchase-late-shipping-cost": 7, "c-consideration-few-reviews": 3, "c-awareness-slow-blog": 12}
    for card in doc.cards:
        card.votes = votes.get(card.id, 0)
    path, _ = do_export(tmp_path, doc, appendix=True)
    text = squash(pdf_text(path))
    assert "Top-voteditems" in text
    ids = ("c-awareness-slow-blog", "c-purchase-late-shipping-cost", "c-consideration-few-reviews")
    blog, shipping, reviews = (squash(next(c.text for c in doc.cards if c.id == cid)) for cid in ids)
    section = text[text.index("Top-voteditems"):]
    assert section.index(blog) < section.index(shipping) < section.index(reviews)
    assert "12" + blog in section


def test_no_votes_no_section(tmp_path):
    path, _ = do_export(tmp_path, template(), appendix=True)
    assert "Top-voted" not in pdf_text(path)
