"""The map's operators written as strings (export/ops.py) say what ReportLab's own calls would say."""

from __future__ import annotations

from io import BytesIO

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from journeymapper.export.ops import Faces, clean
from journeymapper.layout.fonts import FONT_REGULAR, register_fonts

from .conftest import do_export, pdf_text, squash

GREEK = "".join(chr(c) for c in range(0x391, 0x3CA) if c != 0x3A2)
CYRILLIC = "".join(chr(c) for c in range(0x410, 0x460))
TEXTS = [
    "Plain ASCII, with (parens) and a back\\slash",
    "Æblegrød på Ærø — søde jordbær",
    "Καλημέρα κόσμε", "Съешь же ещё этих мягких булок",
    "nbsp\u00a0inside", "tab\there", "lone \ud800 surrogate", "漢字 not in the font", "", "  two  spaces ",
    # More letters than subset 0 has room for: later words land in subset 1.
    " ".join(GREEK[i:i + 7] for i in range(0, len(GREEK), 7)),
    " ".join(CYRILLIC[i:i + 9] for i in range(0, len(CYRILLIC), 9)),
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ mixed ΩЖ words",
]


def test_text_codes_are_the_ones_reportlab_assigns() -> None:
    register_fonts()
    fast, slow = Canvas(BytesIO()), Canvas(BytesIO())
    face = Faces(fast._doc).face(False, False)
    font = getFont(FONT_REGULAR)
    subsets = set()
    for text in TEXTS * 2:  # the second round comes from the caches
        expected = font.splitString(clean(text), slow._doc)
        assert list(face.chunks(text)) == expected, text
        subsets |= {subset for subset, _ in expected}
    assert subsets == {0, 1}


def test_text_cannot_break_out_of_its_string(tmp_path, ecommerce) -> None:
    hostile = [") Tj ET 1 0 0 rg 0 0 999 999 re f BT (", "((( unbalanced", "\\) Tj (", "end\\"]
    for card, text in zip(ecommerce.cards, hostile, strict=False):
        card.text = text
    path, _ = do_export(tmp_path, ecommerce)
    text = squash(pdf_text(path))
    for sample in hostile:
        assert squash(sample) in text, sample
