"""How small the map's text prints: the smallest size on paper, the better orientation, the warning."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from journeymapper.export.options import PdfOptions
from journeymapper.layout.fonts import PLACEHOLDER
from journeymapper.layout.geometry import TextLine
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap

_LISTED = 20


def map_lines(layout: MapLayout, title: bool = True) -> Iterator[TextLine]:
    """Every line of text the map draws (``title``: with the title band's)."""
    if title and layout.title:
        yield from layout.title.lines
    for box in (*layout.stage_headers, *layout.lane_headers):
        yield from box.lines
    for card in layout.cards:
        yield from card.lines
    for curve in layout.curves:
        for marker in curve.markers:
            yield from marker.label_lines
    for entry in layout.legend:
        yield from entry.lines
    for row in layout.metric_rows:
        yield from row.name_lines
        for cell in row.cells:
            yield cell.value_line
            if cell.target_line is not None:
                yield cell.target_line
    for connector in layout.connectors:
        yield from connector.label_lines


def smallest_size(layout: MapLayout, skip_title: bool = False) -> float:
    """The smallest font size (points, at 100 %) of any text on the map; 0 if it has none.

    ``skip_title``: leave out the title band (pages mode prints its own running header instead).
    """
    return min((line.size for line in map_lines(layout, not skip_title) if line.text.strip()), default=0.0)


def with_orientation(options: PdfOptions, layout: MapLayout, area_for: object) -> PdfOptions:
    """``options`` with ``landscape`` decided: fit takes the orientation that prints the map larger
    (the others portrait: pages mode then turns to landscape if that needs fewer pages).

    ``area_for(options)`` gives the (width, height) a sheet leaves for the map.
    """
    if options.landscape is not None:
        return options
    if options.mode != "fit":
        return replace(options, landscape=False)
    best = max((False, True), key=lambda landscape: _fit_scale(layout, area_for(  # type: ignore[operator]
        replace(options, landscape=landscape))))
    return replace(options, landscape=best)


def _fit_scale(layout: MapLayout, area: tuple[float, float]) -> float:
    return min(area[0] / max(layout.width, 1.0), area[1] / max(layout.height, 1.0))


def small_text_warning(options: PdfOptions, smallest: float, scale: float) -> str:
    """The one line that says text prints below the minimum, and what to do about it ('' if it does not)."""
    printed = smallest * scale
    if printed <= 0 or printed >= options.min_text_pt - 1e-6:
        return ""
    if options.mode == "fit":
        advice = "use pages mode, a larger paper, or a poster"
    elif options.mode == "poster":
        advice = "use a larger poster scale"
    else:
        advice = "use a larger paper or narrower stages"
    return (f"text prints as small as {printed:.1f} pt at {scale * 100:.0f} % scale, below the "
            f"{options.min_text_pt:g} pt minimum: {advice}")


def document_texts(doc: JourneyMap, layout: MapLayout) -> Iterator[str]:
    """Every piece of text any page of the PDF may print."""
    yield from (line.text for line in map_lines(layout))
    yield from (doc.title, doc.description, doc.client, doc.author)
    for card in doc.cards:
        yield card.text
        yield card.source
    for stage in doc.stages:
        yield stage.name
    for lane in doc.lanes:
        yield lane.title
    for metric in doc.metrics:
        yield metric.name
        yield metric.unit
    for persona in doc.personas:
        yield from (persona.name, persona.role, persona.demographics, persona.quote, persona.description)
        yield from persona.goals
        yield from persona.frustrations


def glyph_warning(missing: list[str]) -> str:
    """The one line listing characters no bundled font has (they print as the placeholder), or ''."""
    if not missing:
        return ""
    shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:_LISTED])
    more = f" and {len(missing) - _LISTED} more" if len(missing) > _LISTED else ""
    return f"no bundled font has {shown}{more}: printed as {PLACEHOLDER}"
