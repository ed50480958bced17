"""PDF operators written as strings: the marks ReportLab's canvas calls would make, for the bulk of the map.

A 5,000-card map is some 40,000 small marks; through the canvas API each costs
several Python calls (path objects, text objects, a full pen per card). Here each
card is a few formatted strings, and :class:`Ops` remembers the graphics state it
set, so a colour or pen already in force is not set again. Numbers go through
ReportLab's own ``fp_str``, so the operands are the ones the canvas would write.

Text takes ReportLab's documented route for TrueType subsets (``splitString``,
``getSubsetInternalName``) and ``escapePDF``: user text only ever becomes the
bytes of a string operand, never markup or operators.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Optional
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from journeymapper.layout.fonts import font_name, font_runs
from journeymapper.layout.geometry import Point, Segment, TextLine

CAP_BUTT, CAP_ROUND, JOIN_MITRE, JOIN_ROUND = 0, 1, 0, 1
#: ReportLab's factor for the Bézier corners of ``roundRect``.
_ROUND = 0.4472
#: ``roundRect``'s path from its six x values ({0}..{5}) and six y values ({6}..{11}).
_ROUND_RECT = "{0} {6} m {1} {6} l {2} {6} {3} {7} {3} {8} c {3} {9} l {3} {10} {2} {11} {1} {11} c " \
              "{0} {11} l {4} {11} {5} {10} {5} {9} c {5} {8} l {5} {7} {4} {6} {0} {6} c h "
_ASCII = "".join(map(chr, range(32, 127)))


@lru_cache(maxsize=512)
def colour(hex_colour: str) -> Color:
    return HexColor(hex_colour)


@lru_cache(maxsize=512)
def _rgb(hex_colour: str) -> str:
    """The ``r g b`` operands of ``#RRGGBB``, as ``setFillColor`` writes them."""
    c = colour(hex_colour)
    return fp_str(c.red, c.green, c.blue)


@lru_cache(maxsize=1024)
def _round_xs(xlo: float, xhi: float, r: float) -> list[str]:
    """A rounded rectangle's x values (cards in a column share them)."""
    t = _ROUND * r
    return fp_str(xlo + r, xhi - r, xhi - t, xhi, xlo + t, xlo).split(" ")


def clean(text: str) -> str:
    """The text as drawable Unicode (lone surrogates from a hostile file become U+FFFD)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


class _Face:
    """One font in one document: text as the ``(subset, bytes)`` chunks ``splitString`` makes, sooner."""

    def __init__(self, name: str, doc: Any) -> None:
        self.font = getFont(name)
        self.doc = doc
        # ReportLab keeps printable ASCII (space too) code for code in subset 0: checked, not assumed.
        self.plain = self.font.splitString(_ASCII, doc) == [(0, _ASCII.encode("ascii"))]
        self._words: dict[str, Optional[bytes]] = {}

    def chunks(self, text: str) -> Sequence[tuple[int, bytes]]:
        if self.plain and text:
            if text.isascii() and text.isprintable():
                return ((0, text.encode("ascii")),)
            # Words repeat: each is split once (in reading order, so codes are assigned as before).
            words, parts = self._words, []
            for word in text.split(" "):
                try:
                    data = words[word]
                except KeyError:
                    data = words[word] = self._word(word)
                if data is None:
                    break
                parts.append(data)
            else:
                return ((0, b" ".join(parts)),)
        return self.font.splitString(clean(text), self.doc)

    def _word(self, word: str) -> Optional[bytes]:
        """The word's codes if they are all in subset 0, else None."""
        chunks = self.font.splitString(clean(word), self.doc)
        if not chunks:
            return b""
        return chunks[0][1] if len(chunks) == 1 and chunks[0][0] == 0 else None


class Faces:
    """The faces of one canvas's document, made on first use."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._faces: dict[tuple[bool, bool], _Face] = {}
        self._named: dict[str, _Face] = {}
        #: Draw text as greeked bars (thumbnails: no text a search or copy would find).
        self.greek = False
        #: The thinnest line to draw, in the units in force (0.25 pt on paper over the scale).
        self.min_width = 0.0

    def face(self, bold: bool, italic: bool) -> _Face:
        face = self._faces.get((bold, italic))
        if face is None:
            face = self._faces[(bold, italic)] = _Face(font_name(bold, italic), self.doc)
        return face

    def named(self, name: str) -> _Face:
        """The face of a registered font by name (the fallback fonts)."""
        face = self._named.get(name)
        if face is None:
            face = self._named[name] = _Face(name, self.doc)
        return face


_faces: WeakKeyDictionary[Canvas, Faces] = WeakKeyDictionary()


def faces_of(c: Canvas) -> Faces:
    faces = _faces.get(c)
    if faces is None:
        faces = _faces[c] = Faces(c._doc)
    return faces


def text_object(faces: Faces, lines: Iterable[TextLine], colour_override: Optional[str] = None,
                fill: Optional[str] = None) -> tuple[str, Optional[str]]:
    """The lines as one ``BT … ET`` (empty if there is no text) and the fill colour operands in force after it.

    Each line is placed by a text matrix that undoes the page flip; ``fill`` is the
    colour already in force (its ``rg`` is then not repeated).
    """
    if faces.greek:
        return _greeked(faces, lines, colour_override, fill)
    doc = faces.doc
    out = ["BT"]
    face: Optional[_Face] = None
    style: Optional[tuple[bool, bool]] = None
    size_pt: Optional[float] = None
    size = ""
    current: Optional[tuple[_Face, str, int]] = None  # face, size, subset of the last Tf
    for line in lines:
        text = line.text
        if not text:
            continue
        if face is None or (line.bold, line.italic) != style:
            style = (line.bold, line.italic)
            face = faces.face(line.bold, line.italic)
        if line.size != size_pt:
            size_pt, size = line.size, fp_str(line.size)
        rgb = _rgb(colour_override or line.colour)
        if rgb != fill:
            fill = rgb
            out.append(rgb + " rg")
        out.append(f"1 0 0 -1 {fp_str(line.x, line.y_baseline)} Tm")
        if text.isascii():
            runs: Sequence[tuple[_Face, str]] = ((face, text),)
        else:  # characters the style's font lacks: a fallback font, or the placeholder
            runs = [(face if name == face.font.fontName else faces.named(name), run)
                    for name, run in font_runs(text, line.bold, line.italic)]
        for run_face, run in runs:
            for subset, data in run_face.chunks(run):
                if current is None or current[2] != subset or current[1] != size or current[0] is not run_face:
                    current = (run_face, size, subset)
                    out.append(f"{run_face.font.getSubsetInternalName(subset, doc)} {size} Tf")
                out.append(f"({escapePDF(data)}) Tj")
    if len(out) == 1:
        return "", fill
    out.append("ET")
    return " ".join(out), fill


def _greeked(faces: Faces, lines: Iterable[TextLine], colour_override: Optional[str],
             fill: Optional[str]) -> tuple[str, Optional[str]]:
    """Each line as a thin bar as long as its text: the look of text, with no text in it."""
    out = []
    for line in lines:
        if not line.text.strip():
            continue
        rgb = _rgb(colour_override or line.colour)
        if rgb != fill:
            fill = rgb
            out.append(rgb + " rg")
        width = faces.face(line.bold, line.italic).font.stringWidth(line.text, line.size)
        out.append(f"{fp_str(line.x, line.y_baseline - line.size * 0.55, width, line.size * 0.45)} re f")
    return " ".join(out), fill


class Ops:
    """Raw operators into the canvas's current page or form, with the graphics state it set remembered.

    Anything else that changes colour or pen between two uses must call :meth:`forget` (marks
    inside ``q … Q`` need not). Paths fill by the even-odd rule, as the canvas's do.
    """

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.add = c.addLiteral
        self.faces = faces_of(c)
        self._forms: set[str] = set()
        self.forget()

    def forget(self) -> None:
        self._fill: Optional[str] = None
        self._stroke: Optional[str] = None
        self._pen: Optional[tuple[float, int, int, tuple[float, ...]]] = None

    def fill(self, hex_colour: str) -> None:
        rgb = _rgb(hex_colour)
        if rgb != self._fill:
            self._fill = rgb
            self.add(rgb + " rg")

    def stroke(self, hex_colour: str) -> None:
        rgb = _rgb(hex_colour)
        if rgb != self._stroke:
            self._stroke = rgb
            self.add(rgb + " RG")

    def pen(self, hex_colour: str, width: float, dash: Sequence[float] = (), cap: Optional[int] = None,
            join: int = JOIN_ROUND) -> None:
        """Like ``draw.set_pen`` (flat caps for dashes, round otherwise, unless ``cap`` says)."""
        self.stroke(hex_colour)
        width = max(width, self.faces.min_width)
        pen = (width, (CAP_BUTT if dash else CAP_ROUND) if cap is None else cap, join, tuple(dash))
        if pen != self._pen:
            old = self._pen
            self._pen = pen
            ops = [f"{fp_str(width)} w"] if old is None or old[0] != width else []
            if old is None or old[1] != pen[1]:
                ops.append(f"{pen[1]} J")
            if old is None or old[2] != join:
                ops.append(f"{join} j")
            if ops:
                self.add("\n".join(ops))
            if old is None or old[3] != pen[3]:
                self.c.setDash(list(dash))  # the canvas checks the pattern

    def rect(self, x: float, y: float, w: float, h: float, paint: str) -> None:
        """``paint`` is the painting operator: ``f*`` fills, ``S`` strokes, ``B*`` does both."""
        self.add(f"{fp_str(x, y, w, h)} re {paint}")

    def round_rect(self, x: float, y: float, w: float, h: float, r: float, paint: str) -> None:
        """The path of ReportLab's ``roundRect`` (same corners, same numbers) with ``paint``."""
        x1, y1 = x + w, y + h
        xlo, xhi = (x, x1) if x <= x1 else (x1, x)
        ylo, yhi = (y, y1) if y <= y1 else (y1, y)
        t = _ROUND * r
        ys = fp_str(ylo, ylo + t, ylo + r, yhi - r, yhi - t, yhi).split(" ")
        self.add(_ROUND_RECT.format(*_round_xs(xlo, xhi, r), *ys) + paint)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.add(f"{fp_str(x1, y1)} m {fp_str(x2, y2)} l S")

    def segments(self, segments: Iterable[Segment]) -> None:
        """Lines (2 points) and cubic Béziers (4 points), joined end to start, stroked."""
        out = []
        current: Optional[Point] = None
        for seg in segments:
            if current is None or current != seg[0]:
                out.append(f"{fp_str(*seg[0])} m")
            if len(seg) == 4:
                out.append(f"{fp_str(*seg[1], *seg[2], *seg[3])} c")
            else:
                out.append(f"{fp_str(*seg[-1])} l")
            current = seg[-1]
        if out:
            out.append("S")
            self.add(" ".join(out))

    def polygon(self, points: Sequence[Point], paint: str) -> None:
        self.add(" ".join([f"{fp_str(*points[0])} m", *(f"{fp_str(*p)} l" for p in points[1:]), "h", paint]))

    def text(self, lines: Iterable[TextLine], colour_override: Optional[str] = None) -> None:
        code, self._fill = text_object(self.faces, lines, colour_override, self._fill)
        if code:
            self.add(code)

    def form(self, name: str, x: float, y: float, scale: float) -> None:
        """Place a form defined earlier, its origin at (x, y), scaled."""
        matrix = f"q {fp_str(scale, 0, 0, scale, x, y)} cm"
        if name in self._forms:
            self.add(f"{matrix} /{xObjectName(name)} Do Q")
            return
        self._forms.add(name)  # the canvas's own call, once, lists the form in the resources
        self.add(matrix)
        self.c.doForm(name)
        self.add("Q")
