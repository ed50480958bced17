"""The canvas draws what the layout measured and the PDF prints: fallback fonts for characters Noto
Sans lacks, the placeholder for characters no bundled font has."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from journeymapper.canvas import painting
from journeymapper.layout.fonts import PLACEHOLDER, default_measurer
from journeymapper.layout.geometry import TextLine


def _render(text: str) -> QImage:
    image = QImage(400, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painting.draw_lines(painter, [TextLine(4, 50, text, 36)])
    painter.end()
    return image


def test_canvas_widths_of_fallback_characters_match_the_layout(qapp) -> None:
    painting.load_bundled_fonts()
    assert painting.FAMILY == "Noto Sans"
    font = painting._font(False, False)
    metrics = QFontMetricsF(font)
    measurer = default_measurer()
    for text in ("→", "✓", "≥", "a ✓ b → c"):
        on_screen = metrics.horizontalAdvance(text) * 10 / painting.REFERENCE_PX
        assert abs(on_screen - measurer.width(text, 10)) < 0.05, text


def test_canvas_draws_the_placeholder_for_characters_no_font_has(qapp) -> None:
    painting.load_bundled_fonts()
    assert _render("x 中 😀") == _render(f"x {PLACEHOLDER} {PLACEHOLDER}")
    assert _render("x 中") != _render("x")
