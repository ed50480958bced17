"""Qt-free layout: where everything on the map goes, in points, for both the canvas and the PDF.

Coordinates have their origin at the map's top-left corner with y growing
downwards (as in a QGraphicsScene); the PDF writer flips y.
"""

from journeymapper.layout.chart_geometry import (
    CurveMarker,
    CurvePath,
    EmotionBand,
    Face,
    LegendEntry,
    MetricCell,
    MetricRow,
)
from journeymapper.layout.compute import compute_layout, relayout
from journeymapper.layout.fonts import (
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    FONT_REGULAR,
    FontMeasurer,
    MonoMeasurer,
    default_measurer,
    font_name,
    register_fonts,
)
from journeymapper.layout.geometry import (
    ArrowHead,
    Bezier,
    CardBox,
    CellBox,
    ConnectorPath,
    HeaderBox,
    Point,
    Rect,
    Segment,
    Span,
    TextLine,
)
from journeymapper.layout.map_layout import MapLayout
from journeymapper.layout.style import LayoutStyle
from journeymapper.layout.text import TextMeasurer, wrap

__all__ = [
    "CurveMarker", "CurvePath", "EmotionBand", "Face", "LegendEntry", "MetricCell", "MetricRow",
    "compute_layout", "relayout", "FONT_BOLD", "FONT_BOLD_ITALIC", "FONT_ITALIC", "FONT_REGULAR",
    "FontMeasurer", "MonoMeasurer", "default_measurer", "font_name", "register_fonts", "ArrowHead",
    "Bezier", "CardBox", "CellBox", "ConnectorPath", "HeaderBox", "Point", "Rect", "Segment", "Span",
    "TextLine", "MapLayout", "LayoutStyle", "TextMeasurer", "wrap",
]
