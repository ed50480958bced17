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
from collections.abc import Iterable
from functools import lru_cache
from typing import Optional

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

#: Fallback fonts for characters Noto Sans lacks (arrows, check marks, maths), tried in this order;
#: they have one weight, used for every style. Name -> bundled file, and the family Qt knows them by.
FONT_SYMBOLS = "JMSymbols2"
FONT_MATH = "JMMath"
FALLBACK_FILES = {
    FONT_SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    FONT_MATH: "NotoSansMath-Regular.ttf",
}
FALLBACK_FAMILIES = ("Noto Sans Symbols2", "Noto Sans Math")
#: What a character no bundled font has prints as (in the main font): visible, never dropped.
PLACEHOLDER = "\ufffd"

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
        for name, filename in (*FONT_FILES.items(), *FALLBACK_FILES.items()):
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
        g = face.char_widths.get
        # ReportLab's TTF string width, term for term (the same rounding).
        widths = [g(ord(u), -1.0) for u in text]
        if -1.0 in widths:  # characters drawn with a fallback font, or as the placeholder
            widths = [w if w != -1.0 else self._missing_width(ch, face)
                      for w, ch in zip(widths, text, strict=True)]
        return float(0.001 * size * sum(widths))

    def _missing_width(self, ch: str, face: FaceMetrics) -> float:
        for name in FALLBACK_FILES:
            width = self._face(name).char_widths.get(ord(ch))
            if width is not None:
                return width
        return face.char_widths.get(ord(PLACEHOLDER), face.default_width)

    def font_of(self, ch: str, bold: bool = False, italic: bool = False) -> Optional[str]:
        """The font that draws ``ch``: the style's own, else the first fallback that has it; None if none."""
        name = font_name(bold, italic)
        if ord(ch) in self._face(name).char_widths or ch in "\n\r\t":
            return name
        return next((f for f in FALLBACK_FILES if ord(ch) in self._face(f).char_widths), None)

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
    path = resource("fonts", FONT_FILES.get(name) or FALLBACK_FILES[name])
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


@lru_cache(maxsize=50_000)
def font_runs(text: str, bold: bool = False, italic: bool = False) -> tuple[tuple[str, str], ...]:
    """``text`` as (font name, text) runs: each character in the first bundled font that has it,
    characters no font has replaced by :data:`PLACEHOLDER` (the PDF and the canvas draw these runs)."""
    main = font_name(bold, italic)
    if text.isascii():
        return ((main, text),)
    measurer = default_measurer()
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = measurer.font_of(ch, bold, italic)
        if font is None:
            font, ch = main, PLACEHOLDER
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return tuple(runs)


def printable(text: str) -> str:
    """``text`` with every character no bundled font has replaced by :data:`PLACEHOLDER`."""
    if text.isascii():
        return text
    return "".join(run for _, run in font_runs(text))


def missing_characters(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` that no bundled font has (each once, in code point order)."""
    joined = "".join(texts)
    if joined.isascii():
        return []
    measurer = default_measurer()
    return sorted(ch for ch in set(joined) if not ch.isascii() and measurer.font_of(ch) is None
                  and measurer.font_of(ch, True) is None)
