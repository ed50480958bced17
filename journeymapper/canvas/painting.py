"""Drawing layout geometry with a QPainter: the Qt twin of the PDF export's drawing code.

Scene units are points. Fonts are the bundled Noto Sans with hinting and kerning
off, sized so one em is ``size`` scene units on any paint device, which makes
the glyph advances those the layout measured with ReportLab.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QRegion

from journeymapper.layout.fonts import FALLBACK_FAMILIES, FONT_FILES, printable
from journeymapper.layout.geometry import Point, Rect, Segment, TextLine

FAMILY = "Noto Sans"


def rectf(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def pointf(p: Point) -> QPointF:
    return QPointF(p[0], p[1])


@lru_cache(maxsize=256)
def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


#: Text is drawn with a font this many pixels high and the painter scaled to the wanted size:
#: Qt rounds pixel sizes of small fonts (9.5 -> 10), which would make lines wider than measured.
REFERENCE_PX = 100


def load_bundled_fonts() -> str:
    """Register the bundled Noto Sans with Qt (once) and return its family name."""
    global FAMILY
    from PySide6.QtGui import QFontDatabase

    from journeymapper.paths import resource

    for ttf in sorted(resource("fonts").glob("*.ttf")):
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(ttf)))
        if families and ttf.name in FONT_FILES.values():  # the fallback fonts are not the family
            FAMILY = families[0]
    _font.cache_clear()
    return FAMILY


@lru_cache(maxsize=8)
def _font(bold: bool, italic: bool) -> QFont:
    font = QFont(FAMILY)
    # A character Noto Sans lacks comes from the bundled fallbacks, as in the layout and the PDF.
    font.setFamilies([FAMILY, *FALLBACK_FAMILIES])
    font.setPixelSize(REFERENCE_PX)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)  # ReportLab, which measured the text, applies no kerning
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def draw_lines(painter: QPainter, lines: Iterable[TextLine], colour: str | None = None) -> None:
    """Each line at its baseline, as plain text (no markup is ever interpreted)."""
    current: tuple[bool, bool] | None = None
    for line in lines:
        key = (line.bold, line.italic)
        if key != current:
            painter.setFont(_font(*key))
            current = key
        painter.setPen(qcolor(colour or line.colour))
        scale = line.size / REFERENCE_PX
        painter.save()
        painter.translate(line.x, line.y_baseline)
        painter.scale(scale, scale)
        painter.drawText(QPointF(0, 0), printable(line.text))
        painter.restore()


def segments_path(segments: Iterable[Segment]) -> QPainterPath:
    """Lines (2 points) and cubic Béziers (4 points), joined end to start."""
    path = QPainterPath()
    first = True
    for seg in segments:
        if first:
            path.moveTo(pointf(seg[0]))
            first = False
        elif path.currentPosition() != pointf(seg[0]):
            path.moveTo(pointf(seg[0]))
        if len(seg) == 4:
            path.cubicTo(pointf(seg[1]), pointf(seg[2]), pointf(seg[3]))
        else:
            path.lineTo(pointf(seg[-1]))
    return path


@lru_cache(maxsize=512)
def pen(colour: str, width: float, dash: tuple[float, ...] = ()) -> QPen:
    """A pen for layout strokes (shared: never change the pen returned)."""
    result = QPen(qcolor(colour), width)
    result.setCapStyle(Qt.PenCapStyle.FlatCap if dash else Qt.PenCapStyle.RoundCap)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash and width > 0:
        # Qt measures dashes in pen widths; the layout (and the PDF) in points.
        result.setDashPattern([d / width for d in dash])
    return result


def repainted_areas(painter: QPainter) -> list[QRectF]:
    """The areas being repainted, in the painter's coordinates, if there are several.

    Qt hands over the bounding box of what to repaint: an edit that changes two far-apart places (a card
    moved to another stage) makes it large, with hundreds of connectors crossing it. The areas
    themselves are the painter's clip or, when the view repaints part of its window, the system clip
    of the window's backing store (in device coordinates).
    """
    if painter.hasClipping():
        region = painter.clipRegion()
        to_painter = None
    else:
        engine = painter.paintEngine()
        region = engine.systemClip() if engine is not None else QRegion()
        to_painter, invertible = painter.deviceTransform().inverted()
        if not invertible:
            return []
    if region.rectCount() < 2:
        return []
    rects = [QRectF(r) for r in cast(Iterable[QRect], region)]
    return rects if to_painter is None else [to_painter.mapRect(r) for r in rects]
