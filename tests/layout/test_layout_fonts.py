from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from journeymapper.layout import (
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    FONT_REGULAR,
    FontMeasurer,
    font_name,
    register_fonts,
)

SAMPLES = {
    "danish": "Æbleskiver på Østerbro, Åbenrå",
    "greek": "Καλημέρα κόσμε",
    "cyrillic": "Съешь же ещё этих мягких булок",
    "latin-extended": "Łódź Čeština Ğüñ",
}
NOTDEF = "\ue000"  # a private-use code point: no glyph in Noto Sans


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert {FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC} <= set(names)


def test_font_name_by_style() -> None:
    assert font_name() == FONT_REGULAR
    assert font_name(bold=True) == FONT_BOLD
    assert font_name(italic=True) == FONT_ITALIC
    assert font_name(bold=True, italic=True) == FONT_BOLD_ITALIC


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_scripts_are_covered_and_measured_with_real_glyphs(font: FontMeasurer, text: str) -> None:
    assert font.covers(text)
    assert font.width(text, 10) > 0
    notdef = font.width(NOTDEF, 10)
    for ch in set(text) - {" ", ","}:
        assert font.covers(ch, bold=True, italic=True)
        assert font.width(ch, 10) > 0
    # Some letters differ in width from the notdef box, so these are real glyph advances.
    assert any(font.width(ch, 10) != notdef for ch in text)


def test_private_use_is_not_covered(font: FontMeasurer) -> None:
    assert not font.covers("a" + NOTDEF)


@pytest.mark.parametrize("text", ["Hello world", *SAMPLES.values()])
def test_bold_is_wider_than_regular(font: FontMeasurer, text: str) -> None:
    assert font.width(text, 10, bold=True) > font.width(text, 10)


def test_width_is_reportlab_string_width(font: FontMeasurer) -> None:
    text = "Customer journey – Kundeoplevelse"
    for bold in (False, True):
        for italic in (False, True):
            expected = pdfmetrics.stringWidth(text, font_name(bold, italic), 9.5)
            assert font.width(text, 9.5, bold, italic) == pytest.approx(expected, abs=1e-9)


def test_width_scales_with_size_and_adds_up(font: FontMeasurer) -> None:
    assert font.width("abc", 20) == pytest.approx(2 * font.width("abc", 10))
    parts = font.width("ab", 10) + font.width(" ", 10) + font.width("cd", 10)
    assert font.width("ab cd", 10) == pytest.approx(parts)


def test_metrics_are_consistent(font: FontMeasurer) -> None:
    assert 0 < font.descent(10) < font.ascent(10) < font.line_height(10) * 1.1
    assert font.line_height(10) == pytest.approx(13.0)
