"""Slide shapes as DrawingML text: rectangles, text boxes, freeforms, connectors and groups.

A 5,000-card overview is tens of thousands of shapes; python-pptx's shape API looks up
the slide's largest shape id for every shape it adds (quadratic on such a slide), so the
shapes are written here as XML and parsed once per slide (:func:`append`). Every number is
our own; user text arrives cleaned and is escaped by :func:`~.text.esc` (never markup).
Lengths are points; the XML holds EMU (12,700 per point).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Optional, Union

from lxml import etree
from pptx.oxml import parse_xml

from journeymapper.export.deck.text import esc
from journeymapper.layout.geometry import Point, Rect, Segment

EMU = 12700
FONT = "Noto Sans"


def emu(v: float) -> int:
    return int(round(v * EMU))


@dataclass(frozen=True)
class Run:
    """One paragraph of plain text in one style."""

    text: str
    size: float
    colour: str = "#212121"
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Pen:
    colour: str
    width: float
    dash: tuple[float, ...] = ()


class Ids:
    """Shape ids of one slide (python-pptx's placeholders take the first few)."""

    def __init__(self, first: int = 100) -> None:
        self.next = first

    def __call__(self) -> int:
        self.next += 1
        return self.next


def _xfrm(r: Rect) -> str:
    return (f'<a:xfrm><a:off x="{emu(r.x)}" y="{emu(r.y)}"/>'
            f'<a:ext cx="{max(emu(r.w), 1)}" cy="{max(emu(r.h), 1)}"/></a:xfrm>')


def _fill(colour: Optional[str]) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour[1:].upper()}"/></a:solidFill>' if colour else "<a:noFill/>"


def _line(pen: Optional[Pen], arrow: bool = False) -> str:
    if pen is None:
        return "<a:ln><a:noFill/></a:ln>"
    dash = ""
    if pen.dash:
        # custDash lengths are per cent of the line width, in thousandths.
        w = max(pen.width, 0.01)
        pairs = zip(pen.dash[::2], pen.dash[1::2], strict=False)
        dash = "<a:custDash>" + "".join(f'<a:ds d="{round(d / w * 100000)}" sp="{round(s / w * 100000)}"/>'
                                         for d, s in pairs) + "</a:custDash>"
    tail = '<a:tailEnd type="triangle" w="med" len="med"/>' if arrow else ""
    return f'<a:ln w="{emu(pen.width)}">{_fill(pen.colour)}{dash}<a:round/>{tail}</a:ln>'


def _rpr(run: Run, lang: str) -> str:
    b = ' b="1"' if run.bold else ""
    i = ' i="1"' if run.italic else ""
    return (f'<a:rPr lang="{lang}" sz="{max(100, round(run.size * 100))}"{b}{i} dirty="0">{_fill(run.colour)}'
            f'<a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:rPr>')


def paragraphs(runs: Sequence[Run], lang: str, align: str = "l", spacing: Optional[float] = None) -> str:
    """Each run a paragraph; a run's own line breaks become line breaks inside it."""
    spc = f'<a:lnSpc><a:spcPts val="{round(spacing * 100)}"/></a:lnSpc>' if spacing else ""
    out = []
    for run in runs:
        rpr = _rpr(run, lang)
        parts = run.text.split("\n")
        body = f"<a:br>{rpr}</a:br>".join(f"<a:r>{rpr}<a:t>{esc(part)}</a:t></a:r>" if part else ""
                                                for part in parts)
        out.append(f'<a:p><a:pPr algn="{align}">{spc}</a:pPr>{body}<a:endParaRPr lang="{lang}" '
                   f'sz="{max(100, round(run.size * 100))}" dirty="0"/></a:p>')
    return "".join(out)


Insets = Union[float, tuple[float, float, float, float]]


def _body(runs: Sequence[Run], lang: str, inset: Insets, align: str, anchor: str, wrap: bool,
          spacing: Optional[float]) -> str:
    left, top, right, bottom = (inset, inset, inset, inset) if isinstance(inset, (int, float)) else inset
    return (f'<p:txBody><a:bodyPr wrap="{"square" if wrap else "none"}" lIns="{emu(left)}" tIns="{emu(top)}" '
            f'rIns="{emu(right)}" bIns="{emu(bottom)}" rtlCol="0" anchor="{anchor}"><a:noAutofit/></a:bodyPr>'
            "<a:lstStyle/>"
            f"{paragraphs(runs, lang, align, spacing) or '<a:p/>'}</p:txBody>")


def shape(ids: Ids, name: str, r: Rect, geometry: str = "rect", fill: Optional[str] = None,
          pen: Optional[Pen] = None, runs: Sequence[Run] = (), lang: str = "en-GB", inset: Insets = 0.0,
          align: str = "l", anchor: str = "t", wrap: bool = True, adjust: Optional[int] = None,
          spacing: Optional[float] = None) -> str:
    """An autoshape (``geometry``: rect, roundRect, ellipse, diamond…) with optional text inside."""
    sid = ids()
    av = f'<a:gd name="adj" fmla="val {adjust}"/>' if adjust is not None else ""
    text_box = ' txBox="1"' if geometry == "rect" and fill is None and pen is None and runs else ""
    body = _body(runs, lang, inset, align, anchor, wrap, spacing) if runs else ""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{esc(name)} {sid}"/><p:cNvSpPr{text_box}/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr>{_xfrm(r)}<a:prstGeom prst="{geometry}"><a:avLst>{av}</a:avLst></a:prstGeom>'
            f"{_fill(fill)}{_line(pen)}</p:spPr>{body}</p:sp>")


def title(ids: Ids, r: Rect, run: Run, lang: str, anchor: str = "b") -> str:
    """The slide's title placeholder (PowerPoint's outline, and screen readers, read it)."""
    sid = ids()
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="Title {sid}"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            f'</p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr>{_xfrm(r)}</p:spPr>'
            f"{_body([run], lang, 0.0, 'l', anchor, True, None)}</p:sp>")


def text_box(ids: Ids, name: str, r: Rect, runs: Sequence[Run], lang: str, align: str = "l",
             anchor: str = "t", wrap: bool = True, inset: float = 0.0, spacing: Optional[float] = None) -> str:
    return shape(ids, name, r, runs=runs, lang=lang, inset=inset, align=align, anchor=anchor, wrap=wrap,
                 spacing=spacing)


def _path(segments: Iterable[Segment], ox: float, oy: float, closed: bool = False) -> str:
    out: list[str] = []
    current: Optional[Point] = None

    def pt(p: Point) -> str:
        return f'<a:pt x="{emu(p[0] - ox)}" y="{emu(p[1] - oy)}"/>'

    for seg in segments:
        if current != seg[0]:
            out.append(f"<a:moveTo>{pt(seg[0])}</a:moveTo>")
        if len(seg) == 4:
            out.append(f"<a:cubicBezTo>{pt(seg[1])}{pt(seg[2])}{pt(seg[3])}</a:cubicBezTo>")
        else:
            out.append(f"<a:lnTo>{pt(seg[-1])}</a:lnTo>")
        current = seg[-1]
    if closed:
        out.append("<a:close/>")
    return "".join(out)


def bounds(points: Iterable[Point]) -> Rect:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return Rect(0, 0, 0, 0)
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _geometry(paths: Sequence[tuple[Sequence[Segment], bool, bool]], box: Rect) -> str:
    """custGeom of several paths (segments, closed, filled) in ``box``."""
    w, h = max(emu(box.w), 1), max(emu(box.h), 1)
    no_fill = ' fill="none"'
    body = "".join(f'<a:path w="{w}" h="{h}"{"" if filled else no_fill}>'
                   f"{_path(segs, box.x, box.y, closed)}</a:path>" for segs, closed, filled in paths)
    return ('<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
            f"<a:pathLst>{body}</a:pathLst></a:custGeom>")


def freeform(ids: Ids, name: str, paths: Sequence[tuple[Sequence[Segment], bool, bool]],
             pen: Optional[Pen], fill: Optional[str] = None) -> str:
    """Lines and cubic Béziers (2- or 4-point segments); each path is (segments, closed, filled)."""
    box = bounds(p for segs, _, _ in paths for seg in segs for p in seg)
    sid = ids()
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{esc(name)} {sid}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f"<p:spPr>{_xfrm(box)}{_geometry(paths, box)}{_fill(fill)}{_line(pen)}</p:spPr></p:sp>")


def connector(ids: Ids, name: str, points: Sequence[Point], pen: Pen) -> str:
    """A connector shape along an orthogonal route, with an arrow at its end."""
    segments = [(a, b) for a, b in zip(points, points[1:], strict=False)]
    box = bounds(points)
    sid = ids()
    return (f'<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{sid}" name="{esc(name)} {sid}"/><p:cNvCxnSpPr/><p:nvPr/>'
            f"</p:nvCxnSpPr><p:spPr>{_xfrm(box)}{_geometry([(segments, False, False)], box)}"
            f"{_line(pen, arrow=True)}</p:spPr></p:cxnSp>")


def group(ids: Ids, name: str, children: Sequence[str], box: Rect) -> str:
    """Children grouped (identity transform: the group's frame is ``box`` in slide coordinates)."""
    if not children:
        return ""
    sid = ids()
    return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{sid}" name="{esc(name)}"/><p:cNvGrpSpPr/><p:nvPr/>'
            f'</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="{emu(box.x)}" y="{emu(box.y)}"/>'
            f'<a:ext cx="{max(emu(box.w), 1)}" cy="{max(emu(box.h), 1)}"/>'
            f'<a:chOff x="{emu(box.x)}" y="{emu(box.y)}"/>'
            f'<a:chExt cx="{max(emu(box.w), 1)}" cy="{max(emu(box.h), 1)}"/></a:xfrm></p:grpSpPr>'
            f'{"".join(children)}</p:grpSp>')


def append(slide: Any, fragments: Sequence[str]) -> None:
    """Add the shapes to the slide's shape tree, in order (last on top).

    The slide's XML is parsed once with them in place: moving parsed shapes into the slide's
    tree costs lxml a walk over every element moved, more than the parse itself.
    """
    body = "".join(f for f in fragments if f)
    if not body:
        return
    part = slide.part
    xml = etree.tostring(part._element, encoding="unicode")
    end = xml.rindex("</p:spTree>")
    element = parse_xml(xml[:end] + body + xml[end:])
    part._element = element
    slide._element = element
