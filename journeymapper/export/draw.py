"""Drawing layout geometry on a ReportLab canvas: the PDF twin of ``canvas/items.py``.

Everything here draws in the layout's own coordinates (points, y downwards):
the caller has flipped the page once (see :func:`flip_page`). Text goes out
line by line with its baseline where the layout put it, as plain strings in
the bundled font; nothing is ever parsed as markup. The map itself is drawn
once into a PDF form (:func:`define_map_form`) that every sheet places,
scaled and clipped, so a poster of 20 sheets holds the map only once; its
bulk (cells, cards, connectors, headers, all text) is written as operator
strings by :class:`~journeymapper.export.ops.Ops`, for speed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Optional
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeymapper.export.images import ImageStore
from journeymapper.export.ops import (
    CAP_BUTT,
    CAP_ROUND,
    JOIN_MITRE,
    JOIN_ROUND,
    Ops,
    colour,
    faces_of,
    text_object,
)
from journeymapper.export.pages import Placement
from journeymapper.export.regions import Regions, lines_bounds
from journeymapper.export.regions import meets as _meets
from journeymapper.export.regions import segment_meets as _segment_meets
from journeymapper.export.votes import draw_vote_dots
from journeymapper.layout.channel_icons import GRID, ICONS, STROKE
from journeymapper.layout.chart_geometry import CurvePath, LegendEntry, MetricRow
from journeymapper.layout.geometry import (
    CardBox,
    CellBox,
    ConnectorPath,
    HeaderBox,
    Point,
    Rect,
    Segment,
    TextLine,
)
from journeymapper.layout.map_layout import MapLayout
from journeymapper.layout.markers import evidence_diamond
from journeymapper.layout.style import LayoutStyle, shade

MAP_FORM = "JourneyMap"
#: The thinnest line the map prints, in points on paper.
MIN_LINE = 0.25
#: The same map with its text greeked, for thumbnails (cover, overview) that search and copy skip
#: (the name's start: one form per scale placed at).
THUMB_FORM = "JourneyMapThumb"
#: Pages mode and posters: all connector lines and arrowheads, no text.
CONNECTORS_FORM = "JourneyMapConnectors"
#: Drawing may stick out of the map a little (strokes, labels); the form keeps that much around it.
_FORM_BLEED = 40.0
_CHECK_EVERY = 100  # cards between two cancellation checks
#: Above this many cards a thumbnail shows cards as plain boxes (their text would be dust anyway).
_THUMB_DETAIL_CARDS = 1000


def flip_page(c: Canvas, page_height: float) -> None:
    """From here on, draw with the origin at the top-left and y downwards (call inside saveState)."""
    c.transform(1, 0, 0, -1, 0, page_height)


def draw_lines(c: Canvas, lines: Iterable[TextLine], colour_override: Optional[str] = None) -> None:
    """Each line at its baseline, in one text object; the text matrix undoes the page flip."""
    code, _ = text_object(faces_of(c), lines, colour_override)
    if code:
        c.addLiteral(code)


def set_pen(c: Canvas, hex_colour: str, width: float, dash: Sequence[float] = ()) -> None:
    """Like ``painting.pen``: flat caps for dashes, round otherwise; round joins; dashes in points."""
    c.setStrokeColor(colour(hex_colour))
    c.setLineWidth(max(width, faces_of(c).min_width))
    c.setLineCap(CAP_BUTT if dash else CAP_ROUND)
    c.setLineJoin(JOIN_ROUND)
    c.setDash(list(dash) if dash else [])


def stroke_segments(c: Canvas, segments: Iterable[Segment]) -> None:
    """Lines (2 points) and cubic Béziers (4 points), joined end to start."""
    path = c.beginPath()
    current: Optional[Point] = None
    for seg in segments:
        if current is None or current != seg[0]:
            path.moveTo(*seg[0])
        if len(seg) == 4:
            path.curveTo(seg[1][0], seg[1][1], seg[2][0], seg[2][1], seg[3][0], seg[3][1])
        else:
            path.lineTo(*seg[-1])
        current = seg[-1]
    c.drawPath(path, stroke=1, fill=0)


def fill_rect(c: Canvas, rect: Rect, hex_colour: str) -> None:
    c.setFillColor(colour(hex_colour))
    c.rect(rect.x, rect.y, rect.w, rect.h, stroke=0, fill=1)


def draw_channel_icon(c: Canvas, channel: str, rect: Rect, hex_colour: str, placed: float = 1.0) -> None:
    """The vector icon from ``channel_icons`` scaled into ``rect`` (same as ``canvas/icons.py``)."""
    shapes = ICONS.get(channel)
    if not shapes:
        return
    c.saveState()
    c.translate(rect.x, rect.y)
    scale = min(rect.w, rect.h) / GRID
    c.scale(scale, scale)
    faces = faces_of(c)
    floor = faces.min_width
    faces.min_width = floor * placed / scale if scale > 0 else floor  # the floor in the icon's own units
    set_pen(c, hex_colour, STROKE)
    faces.min_width = floor
    c.setFillColor(colour(hex_colour))
    for shape in shapes:
        a = shape.args
        stroke, fill = (0, 1) if shape.fill else (1, 0)
        if shape.kind == "circle":
            c.circle(a[0], a[1], a[2], stroke=stroke, fill=fill)
        elif shape.kind == "ellipse":
            c.ellipse(a[0] - a[2], a[1] - a[3], a[0] + a[2], a[1] + a[3], stroke=stroke, fill=fill)
        elif shape.kind == "rect":
            if a[4] > 0:
                c.roundRect(a[0], a[1], a[2], a[3], a[4], stroke=stroke, fill=fill)
            else:
                c.rect(a[0], a[1], a[2], a[3], stroke=stroke, fill=fill)
        elif shape.kind == "line":
            c.line(a[0], a[1], a[2], a[3])
        else:
            path = c.beginPath()
            path.moveTo(a[0], a[1])
            for i in range(2, len(a) - 1, 2):
                path.lineTo(a[i], a[i + 1])
            if shape.kind == "polygon":
                path.close()
            c.drawPath(path, stroke=stroke, fill=fill)
    c.restoreState()


def draw_image(c: Canvas, images: ImageStore, asset_id: Optional[str], rect: Rect, on_map: bool = True) -> bool:
    """A validated asset stretched into ``rect``; False (nothing drawn) if the asset is unusable."""
    reader = images.reader(asset_id, rect.w, on_map)
    if reader is None:
        return False
    draw_reader(c, reader, rect)
    return True


def draw_reader(c: Canvas, reader: ImageReader, rect: Rect) -> None:
    c.saveState()
    c.translate(rect.x, rect.bottom)
    c.scale(1, -1)  # images are drawn bottom-up
    c.drawImage(reader, 0, 0, rect.w, rect.h, mask="auto")
    c.restoreState()


# -- the pieces of the map, in the canvas's stacking order (written through Ops: see ops.py) ------

def draw_header(o: Ops, box: HeaderBox, extra_lines: Iterable[Iterable[TextLine]] = (),
                legend: Iterable[LegendEntry] = ()) -> None:
    r = box.rect
    if box.fill:
        o.fill(box.fill)
        o.pen(shade(box.fill, 0.85), 0.8, cap=CAP_BUTT, join=JOIN_MITRE)
        o.rect(r.x, r.y, r.w, r.h, "B*")
    elif box.kind == "title":
        o.fill("#FFFFFF")
        o.rect(r.x, r.y, r.w, r.h, "f*")
    o.text(box.lines)
    for lines in extra_lines:
        o.text(lines)
    for entry in legend:
        o.pen(entry.colour, entry.width, entry.dash)
        o.line(entry.swatch[0][0], entry.swatch[0][1], entry.swatch[1][0], entry.swatch[1][1])
        o.text(entry.lines)


def draw_card(o: Ops, box: CardBox, style: LayoutStyle, images: ImageStore,
              symbols: Optional[dict[tuple[str, ...], str]] = None) -> None:
    r = box.rect
    o.fill(box.fill)
    o.pen(style.card_border_colour, style.card_border_width)
    frame = symbols.get(_frame_key(box)) if symbols else None
    if frame:
        o.form(frame, r.x, r.y, 1.0)
    else:
        o.round_rect(r.x, r.y, r.w, r.h, style.card_corner_radius, "B*")
    o.text(box.lines)
    if box.channel and box.channel_rect:
        form = symbols.get(("icon", box.channel)) if symbols else None
        if form:
            o.form(form, box.channel_rect.x, box.channel_rect.y,
                   min(box.channel_rect.w, box.channel_rect.h) / GRID)
        else:  # inside q … Q: the tracked state stays true
            draw_channel_icon(o.c, box.channel, box.channel_rect, style.muted_text_colour)
    key = _marker_key(box)
    form = symbols.get(key) if symbols else None
    if form:
        o.form(form, box.evidence_rect.x, box.evidence_rect.y, 1.0)
    else:
        draw_evidence_marker(o.c, box.evidence_rect, box.evidence, box.evidence_fill, box.evidence_stroke)
        o.forget()
    if box.image_rect is not None:
        draw_image(o.c, images, box.image_asset, box.image_rect)
    draw_vote_dots(o, box, style)


def _frame_key(box: CardBox) -> tuple[str, ...]:
    return ("frame", repr(box.rect.w), repr(box.rect.h))


def _marker_key(box: CardBox) -> tuple[str, ...]:
    return ("marker", box.evidence, box.evidence_fill or "", box.evidence_stroke, f"{box.evidence_rect.w:g}")


def define_symbols(c: Canvas, layout: MapLayout) -> dict[tuple[str, ...], str]:
    """Card frames (by size), icons and evidence markers as PDF forms, each drawn once and placed on
    every card showing it. A frame takes the colours and pen in force where it is placed; a size
    only one card has is drawn in place.

    Must run outside any other form (ReportLab forms do not nest while being defined).
    """
    style = layout.style
    symbols: dict[tuple[str, ...], str] = {}
    pad = style.card_border_width + 2
    sizes = Counter(_frame_key(box) for box in layout.cards)
    for box in layout.cards:
        key = _frame_key(box)
        if key not in symbols and sizes[key] > 1:
            name = f"jm-frame-{len(symbols)}"
            w, h = box.rect.w, box.rect.h
            c.beginForm(name, -pad, -pad, w + pad, h + pad)
            c.roundRect(0, 0, w, h, style.card_corner_radius, stroke=1, fill=1)
            c.endForm()
            symbols[key] = name
        if box.channel and box.channel_rect and ("icon", box.channel) not in symbols:
            name = f"jm-icon-{box.channel}"
            c.beginForm(name, -2, -2, GRID + 2, GRID + 2)
            # placed at the card's icon size: the floor in the form's units is larger by GRID / size
            draw_channel_icon(c, box.channel, Rect(0, 0, GRID, GRID), style.muted_text_colour,
                              GRID / max(min(box.channel_rect.w, box.channel_rect.h), 1e-6))
            c.endForm()
            symbols[("icon", box.channel)] = name
        key = _marker_key(box)
        if key not in symbols:
            name = f"jm-marker-{len(symbols)}"
            w = box.evidence_rect.w
            c.beginForm(name, -w, -w, 2 * w, 2 * w)
            draw_evidence_marker(c, Rect(0, 0, w, box.evidence_rect.h), box.evidence, box.evidence_fill,
                                 box.evidence_stroke)
            c.endForm()
            symbols[key] = name
    return symbols


def draw_evidence_marker(c: Canvas, m: Rect, evidence: str, fill: Optional[str], stroke: str) -> None:
    """A disc, ring or diamond, exactly as the canvas draws it (layout/markers.py)."""
    set_pen(c, stroke, 1.0)
    if fill:
        c.setFillColor(colour(fill))
    diamond = evidence_diamond(m, evidence)
    if diamond:
        path = c.beginPath()
        path.moveTo(*diamond[0])
        for corner in diamond[1:]:
            path.lineTo(*corner)
        path.close()
        c.drawPath(path, stroke=1, fill=1 if fill else 0)
    else:
        c.ellipse(m.x, m.y, m.right, m.bottom, stroke=1, fill=1 if fill else 0)


def draw_curve(c: Canvas, curve: CurvePath, style: LayoutStyle, region: Optional[Rect] = None) -> None:
    bridges = [b for b in curve.bridges if _segment_meets(b, region)]
    if bridges:  # across stages without a point: faint, under the curve
        set_pen(c, curve.bridge_colour, curve.bridge_width, curve.bridge_dash)
        stroke_segments(c, bridges)
    set_pen(c, curve.colour, curve.width, curve.dash)
    beziers = [b for b in curve.beziers if _segment_meets(b, region)]
    if beziers:
        stroke_segments(c, beziers)
    for marker in curve.markers:
        face = marker.face
        if not (_meets(Rect(face.cx - face.r, face.cy - face.r, 2 * face.r, 2 * face.r), region)
                or _meets(lines_bounds(marker.label_lines), region)):
            continue
        set_pen(c, curve.colour, style.face_stroke_width)
        c.setFillColor(colour(style.face_fill))
        c.circle(face.cx, face.cy, face.r, stroke=1, fill=1)
        c.setFillColor(colour(curve.colour))
        c.circle(face.left_eye[0], face.left_eye[1], face.eye_r, stroke=0, fill=1)
        c.circle(face.right_eye[0], face.right_eye[1], face.eye_r, stroke=0, fill=1)
        stroke_segments(c, [face.mouth])
        draw_lines(c, marker.label_lines)


def draw_metric_row(c: Canvas, row: MetricRow, style: LayoutStyle, region: Optional[Rect] = None) -> None:
    set_pen(c, style.grid_line_colour, 0.5)
    c.line(row.rect.x, row.rect.bottom, row.rect.right, row.rect.bottom)
    for cell in row.cells:
        if not _meets(cell.rect, region):
            continue
        fill_rect(c, cell.bar_track, style.bar_track_colour)
        if cell.bar:
            fill_rect(c, cell.bar, cell.colour)
        if cell.target_tick:
            fill_rect(c, cell.target_tick, style.text_colour)
        draw_lines(c, [cell.value_line] + ([cell.target_line] if cell.target_line else []))


def draw_connector(o: Ops, path: ConnectorPath, line: bool = True, label: bool = True) -> None:
    if line:
        o.pen(path.colour, path.width, path.dash)
        if path.path:
            o.segments(path.path)
        o.fill(path.colour)
        o.polygon((path.arrow.tip, path.arrow.left, path.arrow.right), "f*")
    if label and path.label_rect and path.label_lines:
        r = path.label_rect
        o.fill("#FFFFFF")
        o.round_rect(r.x, r.y, r.w, r.h, 2, "f*")
        o.text(path.label_lines)


def draw_map(c: Canvas, layout: MapLayout, images: ImageStore, check: Callable[[], None],
             symbols: Optional[dict[tuple[str, ...], str]] = None, region: Optional[Rect] = None,
             regions: Optional[Regions] = None) -> None:
    """The whole map in layout coordinates, bottom to top as the canvas stacks its items; with
    ``region`` (and the ``regions`` index, then required), only what reaches into that part of the map."""
    style = layout.style
    cells: Sequence[CellBox] = layout.cells
    cards: Sequence[CardBox] = layout.cards
    if region is not None:
        if regions is None:
            raise ValueError("drawing a region needs the regions index")
        cells, cards = regions.within("cells", region), regions.within("cards", region)
    o = Ops(c)
    o.fill("#FFFFFF")
    # A box only touching ``region`` is left out: the boxes inside draw the shared edge.
    area = region or Rect(0, 0, layout.width, layout.height)
    o.rect(area.x, area.y, area.w, area.h, "f*")
    # Cells keep the caps and joins the form inherits, as they always have.
    c.setLineWidth(max(style.grid_line_width, faces_of(c).min_width))
    c.setDash([])
    for cell in cells:
        o.stroke(style.grid_line_colour)
        o.fill(cell.fill)
        o.rect(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h, "B*")
    for band in layout.emotion_bands:
        if band.zero_y is not None and _meets(band.band, region):
            set_pen(c, style.zero_line_colour, 0.8, style.zero_line_dash)
            c.line(band.band.x, band.zero_y, band.band.right, band.zero_y)
    o.forget()
    if layout.title and _meets(layout.title.rect, region):
        draw_header(o, layout.title)
    for curve in layout.curves:
        if _meets(curve.band, region):
            draw_curve(c, curve, style, region)
    o.forget()
    for i, card in enumerate(cards):
        if i % _CHECK_EVERY == 0:
            check()
        draw_card(o, card, style, images, symbols)
    for row in layout.metric_rows:
        if _meets(row.rect, region):
            draw_metric_row(c, row, style, region)
    o.forget()
    if region is None:
        for connector in layout.connectors:
            draw_connector(o, connector)
    else:  # lines and arrowheads from their form (no text in it), then the labels on this part
        assert regions is not None
        lines = symbols.get(("connectors",)) if symbols else None
        if lines and regions.any("lines", region):
            o.form(lines, 0, 0, 1.0)
            o.forget()
        for connector in regions.within("labels", region):
            draw_connector(o, connector, line=False)
    lane_headers: Sequence[HeaderBox] = layout.lane_headers
    stage_headers: Sequence[HeaderBox] = layout.stage_headers
    if region is not None and regions is not None:
        lane_headers, stage_headers = regions.within("lane_headers", region), regions.within("stage_headers", region)
    for box in lane_headers:
        names = [r.name_lines for r in layout.metric_rows if r.lane_id == box.id]
        legend = [e for e in layout.legend if e.lane_id == box.id]
        draw_header(o, box, names, legend)
    for box in stage_headers:
        draw_header(o, box)


def draw_plain_map(c: Canvas, layout: MapLayout) -> None:
    """The map's shapes only (cells, each cell's cards as one box, headers, curves), header text greeked:
    a thumbnail of a map with thousands of cards, where a card is a fraction of a point."""
    o = Ops(c)
    o.fill("#FFFFFF")
    o.rect(0, 0, layout.width, layout.height, "f*")
    for cell in layout.cells:
        o.fill(cell.fill)
        o.rect(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h, "f")
    # Cards are ordered by lane, stage and place: each cell's stack becomes one box of the first card's colour.
    stack: Optional[list[float]] = None
    key: tuple[str, str] = ("", "")
    for card in layout.cards:
        if stack is not None and (card.lane_id, card.stage_id) == key:
            stack[3] = card.rect.bottom
            continue
        if stack is not None:
            o.rect(stack[0], stack[1], stack[2], stack[3] - stack[1], "f")
        key = (card.lane_id, card.stage_id)
        o.fill(card.fill)
        stack = [card.rect.x, card.rect.y, card.rect.w, card.rect.bottom]
    if stack is not None:
        o.rect(stack[0], stack[1], stack[2], stack[3] - stack[1], "f")
    for curve in layout.curves:
        o.pen(curve.colour, curve.width, curve.dash)
        o.segments(curve.beziers)
    for box in (*layout.lane_headers, *layout.stage_headers, *((layout.title,) if layout.title else ())):
        draw_header(o, box)


def define_map_form(c: Canvas, layout: MapLayout, images: ImageStore, check: Callable[[], None],
                    thumbnail: bool = False, scale: float = 1.0,
                    whole: bool = True) -> dict[tuple[str, ...], str]:
    """Draw the map once as the form :data:`MAP_FORM` (in layout coordinates) for sheets to place
    at ``scale``, no line thinner than :data:`MIN_LINE` on paper (not if ``whole`` is False: the sheets
    then draw their own parts, :func:`draw_region`); with ``thumbnail``, let :func:`place_thumbnail`
    draw it once more, text greeked. Returns the symbols (card frames, icons, markers) the sheets use."""
    b = _FORM_BLEED
    faces = faces_of(c)
    faces.min_width = MIN_LINE / scale
    symbols = define_symbols(c, layout)
    if not whole and layout.connectors:
        symbols[("connectors",)] = define_connector_lines(c, layout)
    if whole:
        c.beginForm(MAP_FORM, -b, -b, layout.width + b, layout.height + b)
        c.saveState()
        draw_map(c, layout, images, check, symbols)
        c.restoreState()
        c.endForm()
    faces.min_width = 0.0
    if thumbnail:
        _thumbnails[c] = (layout, images, check)
    return symbols


_thumbnails: WeakKeyDictionary[Canvas, tuple[MapLayout, ImageStore, Callable[[], None]]] = WeakKeyDictionary()


def place_thumbnail(c: Canvas, placement: Placement) -> None:
    """The whole map, text greeked (search and copy skip it), placed like :func:`place_map`.

    Drawn as a form for the scale it is placed at (the cover's and the overview's differ), so no
    line prints thinner than :data:`MIN_LINE` there either; :func:`define_map_form` must have been
    told (``thumbnail``)."""
    layout, images, check = _thumbnails[c]
    name = f"{THUMB_FORM}{placement.scale:.6f}".replace(".", "-")
    if not c.hasForm(name):
        b = _FORM_BLEED
        faces = faces_of(c)
        faces.greek, faces.min_width = True, MIN_LINE / placement.scale
        try:  # a form may be defined in the middle of a page: ReportLab keeps the page's code aside
            c.beginForm(name, -b, -b, layout.width + b, layout.height + b)
            c.saveState()
            if len(layout.cards) > _THUMB_DETAIL_CARDS:
                draw_plain_map(c, layout)
            else:  # no shared symbols: theirs keep the sheets' line floor, not this scale's
                draw_map(c, layout, images, check)
            c.restoreState()
            c.endForm()
        finally:
            faces.greek, faces.min_width = False, 0.0
    place_map(c, placement, name)


def define_connector_lines(c: Canvas, layout: MapLayout) -> str:
    """Every connector's line and arrowhead, without labels (so no text), as one form. Connectors run
    through many pages of pages mode: each page places the form (clipped), the file holds it once."""
    b = _FORM_BLEED
    c.beginForm(CONNECTORS_FORM, -b, -b, layout.width + b, layout.height + b)
    o = Ops(c)
    for path in layout.connectors:
        draw_connector(o, path, label=False)
    c.endForm()
    return CONNECTORS_FORM


def draw_region(c: Canvas, layout: MapLayout, placement: Placement, images: ImageStore,
                check: Callable[[], None], symbols: dict[tuple[str, ...], str], scale: float,
                regions: Regions, form: Optional[str] = None) -> None:
    """Like :func:`place_map`, but drawing only what reaches into ``placement.src`` (pages mode,
    posters): a search or a copy finds only the text this page shows, and each page carries its own
    part of the map, not all of it. ``scale``: the map's scale on paper (line floor). With ``form``
    (a part several pages repeat: headers), that part is drawn once as that form and placed."""
    dest, src, s = placement.dest, placement.src, placement.scale
    faces = faces_of(c)
    if form is not None:
        if not c.hasForm(form):  # a form may be defined mid-page: ReportLab keeps the page's code aside
            b = _FORM_BLEED
            c.beginForm(form, src.x - b, src.y - b, src.right + b, src.bottom + b)
            faces.min_width = MIN_LINE / scale
            try:
                draw_map(c, layout, images, check, symbols, src, regions)
            finally:
                faces.min_width = 0.0
            c.endForm()
        place_map(c, placement, form)
        return
    c.saveState()
    c.addLiteral(f"{fp_str(dest.x, dest.y, dest.w, dest.h)} re W n "
                 f"{fp_str(s, 0, 0, s, dest.x - src.x * s, dest.y - src.y * s)} cm")
    faces.min_width = MIN_LINE / scale
    try:
        draw_map(c, layout, images, check, symbols, src, regions)
    finally:
        faces.min_width = 0.0
    c.restoreState()


def place_map(c: Canvas, placement: Placement, form: str = MAP_FORM) -> None:
    """Show the map region ``placement.src`` at its place on the (flipped) sheet, clipped to it."""
    dest, src, s = placement.dest, placement.src, placement.scale
    # What saveState, clipPath, translate and scale write, written at once (every page places several).
    c.addLiteral(f"q {fp_str(dest.x, dest.y, dest.w, dest.h)} re W n "
                 f"{fp_str(s, 0, 0, s, dest.x - src.x * s, dest.y - src.y * s)} cm")
    c.doForm(form)
    c.addLiteral("Q")
