"""Geometry primitives and the boxes of the map grid, in points with y growing downwards.

Everything is a frozen, slotted dataclass so a layout can be shared between
threads and compared field by field. ``shifted(dy)`` moves an item down, which
is how an incremental re-layout moves the rows below a row that grew.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

Point = tuple[float, float]
#: A cubic Bézier segment: start, first control, second control, end.
Bezier = tuple[Point, Point, Point, Point]
#: A drawable path segment: 2 points = straight line, 4 points = cubic Bézier.
Segment = tuple[Point, ...]


#: Card geometry sits on a 1/64 pt grid in y: sums of such numbers are exact in
#: floating point, so a card moved by ``shifted`` lands exactly where a full
#: layout would put it.
Y_GRID = 64.0


def snap(v: float) -> float:
    return round(v * Y_GRID) / Y_GRID


def shift_point(p: Point, dy: float) -> Point:
    return (p[0], p[1] + dy)


def shift_points(points: tuple[Point, ...], dy: float) -> tuple[Point, ...]:
    return tuple((x, y + dy) for x, y in points)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def center(self) -> Point:
        return (self.cx, self.cy)

    def contains(self, x: float, y: float) -> bool:
        """Half-open: the right and bottom edges belong to the neighbour."""
        return self.x <= x < self.right and self.y <= y < self.bottom

    def contains_rect(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (other.x >= self.x - tolerance and other.y >= self.y - tolerance
                and other.right <= self.right + tolerance and other.bottom <= self.bottom + tolerance)

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (touching edges do not count)."""
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def inset(self, dx: float, dy: Optional[float] = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))

    def shifted(self, dy: float) -> Rect:
        return Rect(self.x, self.y + dy, self.w, self.h)


@dataclass(frozen=True, slots=True)
class Span:
    """A stage column (x range) or a lane row (y range) of the grid."""

    id: str
    start: float
    end: float

    @property
    def size(self) -> float:
        return self.end - self.start

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True, slots=True)
class TextLine:
    """One already-wrapped line, drawn left-aligned with its baseline at (x, y_baseline)."""

    x: float
    y_baseline: float
    text: str
    size: float
    bold: bool = False
    italic: bool = False
    colour: str = "#212121"

    def shifted(self, dy: float) -> TextLine:
        return TextLine(self.x, self.y_baseline + dy, self.text, self.size, self.bold, self.italic,
                        self.colour)


def shift_lines(lines: tuple[TextLine, ...], dy: float) -> tuple[TextLine, ...]:
    # Inlined rather than line.shifted(): this runs for every card line below a row that grew.
    return tuple([TextLine(t.x, t.y_baseline + dy, t.text, t.size, t.bold, t.italic, t.colour)
                  for t in lines])


def _shift_opt(rect: Optional[Rect], dy: float) -> Optional[Rect]:
    return None if rect is None else rect.shifted(dy)


@dataclass(frozen=True, slots=True)
class CardBox:
    """A card: rounded rectangle ``rect`` filled with ``fill``, its text lines and markers.

    ``channel_rect`` (cards with a channel, normally touchpoints) holds the channel icon,
    ``evidence_rect`` the evidence marker (a circle: filled with
    ``evidence_fill`` when not None, outlined with ``evidence_stroke``),
    ``image_rect`` the card's image asset scaled to keep its aspect ratio.
    """

    card_id: str
    lane_id: str
    stage_id: str
    index: int
    rect: Rect
    fill: str
    lines: tuple[TextLine, ...]
    channel: Optional[str]
    channel_rect: Optional[Rect]
    evidence: str
    evidence_rect: Rect
    evidence_fill: Optional[str]
    evidence_stroke: str
    image_asset: Optional[str]
    image_rect: Optional[Rect]
    #: Workshop dot votes: one disc per vote, or (many votes) one disc and ``vote_label`` with the count.
    votes: int = 0
    vote_dots: tuple[Rect, ...] = ()
    vote_label: Optional[TextLine] = None

    def shifted(self, dy: float) -> CardBox:
        return self.moved(dy, self.index)

    def moved(self, dy: float, index: int) -> CardBox:
        """The box ``dy`` lower, as card ``index`` of its cell; the box itself if neither changes."""
        if dy == 0:  # only renumbered: the same rectangles and lines
            if index == self.index:
                return self
            return CardBox(self.card_id, self.lane_id, self.stage_id, index, self.rect, self.fill, self.lines,
                           self.channel, self.channel_rect, self.evidence, self.evidence_rect, self.evidence_fill,
                           self.evidence_stroke, self.image_asset, self.image_rect,
                           self.votes, self.vote_dots, self.vote_label)
        return CardBox(
            self.card_id, self.lane_id, self.stage_id, index, self.rect.shifted(dy), self.fill,
            shift_lines(self.lines, dy), self.channel, _shift_opt(self.channel_rect, dy),
            self.evidence, self.evidence_rect.shifted(dy), self.evidence_fill, self.evidence_stroke,
            self.image_asset, _shift_opt(self.image_rect, dy), self.votes,
            tuple(dot.shifted(dy) for dot in self.vote_dots),
            None if self.vote_label is None else self.vote_label.shifted(dy),
        )


@dataclass(frozen=True, slots=True)
class HeaderBox:
    """The title band (kind "title"), a stage header ("stage") or a lane header ("lane")."""

    id: str
    kind: str
    rect: Rect
    fill: Optional[str]
    lines: tuple[TextLine, ...]

    def shifted(self, dy: float) -> HeaderBox:
        return HeaderBox(self.id, self.kind, self.rect.shifted(dy), self.fill, shift_lines(self.lines, dy))


@dataclass(frozen=True, slots=True)
class CellBox:
    lane_id: str
    stage_id: str
    rect: Rect
    fill: str


@dataclass(frozen=True, slots=True)
class ArrowHead:
    """A filled triangle; ``tip`` touches the target card."""

    tip: Point
    left: Point
    right: Point


@dataclass(frozen=True, slots=True)
class ConnectorPath:
    """An orthogonal route between two cards.

    ``points`` is the bare polyline from the source card edge to the target card
    edge (the arrow tip). ``path`` is what to stroke: it starts at ``points[0]``,
    rounds each corner with ``corner_radius`` (clamped per corner to half the
    shorter neighbouring segment) and stops at the arrow's base.
    """

    connector_id: str
    from_card: str
    to_card: str
    style: str
    is_back: bool
    points: tuple[Point, ...]
    corner_radius: float
    path: tuple[Segment, ...]
    arrow: ArrowHead
    colour: str
    width: float
    dash: tuple[float, ...]
    label_anchor: Point
    label_rect: Optional[Rect]
    label_lines: tuple[TextLine, ...]
