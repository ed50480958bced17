"""The bundled Noto Sans family, registered with ReportLab, and the measurers.

The PDF export draws with these font names; the Qt canvas loads the same TTF
files, so widths measured here are the widths on screen and on paper.

ReportLab is imported only to register the fonts for drawing (the PDF export
calls :func:`register_fonts`); :class:`FontMeasurer` reads the glyph advances
itself (``ttf_metrics``, the same numbers ReportLab reads), so the editor does
not load ReportLab at start-up.
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache

from journeymapper.layout.ttf_metrics import FaceMetrics, UnsupportedFont, read_metrics
from journeymapper.paths import resource

FONT_REGULAR = "JMSans"
FONT_BOLD = "JMSans-Bold"
FONT_ITALIC = "JMSans-Italic"
FONT_BOLD_ITALIC = "JMSans-BoldItalic"

#: Font name -> bundled file (in resources/fonts).
FONT_FILES = {
    FONT_REGULAR: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
    FONT_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}

#: Baseline-to-baseline distance as a multiple of the font size.
LINE_SPACING = 1.3

_lock = threading.Lock()
_faces_lock = threading.Lock()


def font_name(bold: bool = False, italic: bool = False) -> str:
    """The registered font name for a style, e.g. for ``canvas.setFont``."""
    if bold:
        return FONT_BOLD_ITALIC if italic else FONT_BOLD
    return FONT_ITALIC if italic else FONT_REGULAR


def register_fonts() -> None:
    """Register the four faces and the family with ReportLab; safe to call any number of times."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD,
                                      italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)


class FontMeasurer:
    """Widths from the glyph advances of the bundled TTFs (ReportLab applies no kerning).

    A width is ReportLab's ``pdfmetrics.stringWidth`` of the registered font, computed the
    same way from the same numbers; each face's tables are read the first time it is used.
    """

    additive = True

    def __init__(self) -> None:
        if "reportlab.pdfbase.pdfmetrics" in sys.modules:
            register_fonts()  # a process drawing with ReportLab may use the font names right away
        self._faces: dict[str, FaceMetrics] = {}
        face = self._face(FONT_REGULAR)
        # Typographic ascender/descender in 1/1000 em, as ReportLab reads them.
        self._ascent = face.ascent / 1000.0
        self._descent = -face.descent / 1000.0
        self._width = lru_cache(maxsize=200_000)(self._uncached_width)

    def _face(self, name: str) -> FaceMetrics:
        face = self._faces.get(name)
        if face is None:
            with _faces_lock:
                face = self._faces.get(name)
                if face is None:
                    face = self._faces[name] = _read_face(name)
        return face

    def _uncached_width(self, text: str, size: float, bold: bool, italic: bool) -> float:
        face = self._face(font_name(bold, italic))
        g, dw = face.char_widths.get, face.default_width
        # ReportLab's TTF string width, term for term (the same rounding).
        return float(0.001 * size * sum([g(ord(u), dw) for u in text]))

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        return self._width(text, size, bold, italic)

    def ascent(self, size: float) -> float:
        return self._ascent * size

    def descent(self, size: float) -> float:
        return self._descent * size

    def line_height(self, size: float) -> float:
        return LINE_SPACING * size

    def covers(self, text: str, bold: bool = False, italic: bool = False) -> bool:
        """True if the font has a glyph for every character (else they print as empty boxes)."""
        widths = self._face(font_name(bold, italic)).char_widths
        return all(ord(ch) in widths for ch in text if ch not in "\n\r\t")


class MonoMeasurer:
    """Every character ``advance`` × size wide (bold a tenth wider): fast and predictable for tests."""

    additive = True

    def __init__(self, advance: float = 0.55) -> None:
        self.advance = advance

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        return len(text) * self.advance * size * (1.1 if bold else 1.0)

    def ascent(self, size: float) -> float:
        return 0.8 * size

    def descent(self, size: float) -> float:
        return 0.2 * size

    def line_height(self, size: float) -> float:
        return 1.25 * size


def _read_face(name: str) -> FaceMetrics:
    path = resource("fonts", FONT_FILES[name])
    try:
        return read_metrics(path)
    except UnsupportedFont:  # not a font this reader knows: ask ReportLab
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        rl_face = pdfmetrics.getFont(name).face
        return FaceMetrics(rl_face.charWidths, rl_face.defaultWidth, rl_face.ascent, rl_face.descent)


@lru_cache(maxsize=1)
def default_measurer() -> FontMeasurer:
    """One shared FontMeasurer, so its width cache is shared too."""
    return FontMeasurer()
