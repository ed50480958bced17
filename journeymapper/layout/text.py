"""Text measuring (injected, so tests can use a trivial measurer) and line wrapping."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Optional, Protocol

from journeymapper.layout.geometry import TextLine

ELLIPSIS = "…"
# Widths are sums of floats; allow rounding noise when checking that a line fits.
_EPS = 1e-6


class TextMeasurer(Protocol):
    """Font metrics in points for the map's one font family.

    A measurer whose widths add up when strings are joined (no kerning) may
    set a class attribute ``additive = True``; :func:`wrap` then trusts
    summed word widths instead of measuring every finished line again.
    """

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float: ...

    def ascent(self, size: float) -> float:
        """Distance from the top of a line's glyph box to the baseline."""
        ...

    def descent(self, size: float) -> float:
        """Distance from the baseline down to the bottom of the glyph box (positive)."""
        ...

    def line_height(self, size: float) -> float:
        """Baseline-to-baseline distance."""
        ...


Measure = Callable[[str], float]


def wrap(text: str, width: float, size: float, measurer: TextMeasurer, bold: bool = False,
         max_lines: Optional[int] = None, italic: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width``.

    Breaks at spaces, keeps explicit newlines (an empty paragraph gives an empty
    line), drops spaces at a break, and breaks a word wider than ``width``
    after its hyphens, else between characters. A line holds at least one character, so a width below
    one character's overflows. With ``max_lines`` the last kept line ends in
    "…" when text was cut. Empty text gives no lines.
    """
    if not text or (max_lines is not None and max_lines <= 0):
        return []

    def measure(s: str) -> float:
        return measurer.width(s, size, bold, italic)

    trusted = bool(getattr(measurer, "additive", False))
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, measure, trusted))
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1], width, measure)
    return lines


def _wrap_paragraph(paragraph: str, width: float, measure: Measure, trusted: bool) -> list[str]:
    paragraph = paragraph.rstrip(" ")
    if not paragraph:
        return [""]
    lines = _greedy(paragraph, width, measure, additive=True)
    # Summing word widths is exact for fonts without kerning; check, and redo the slow way if not.
    if trusted or all(measure(line) <= width + _EPS for line in lines if len(line) > 1):
        return lines
    return _greedy(paragraph, width, measure, additive=False)


def _greedy(paragraph: str, width: float, measure: Measure, additive: bool) -> list[str]:
    space = measure(" ")
    lines: list[str] = []
    line: Optional[str] = None  # None: nothing placed on the current line yet
    line_w = 0.0
    limit = width + _EPS
    for word in paragraph.split(" "):
        word_w = measure(word) if word else 0.0
        if line is not None:
            joined_w = line_w + space + word_w if additive else measure(line + " " + word)
            if joined_w <= limit:
                line, line_w = line + " " + word, joined_w
                continue
            if line.strip(" "):
                lines.append(line.rstrip(" "))
            line = None
        if not word and lines:
            continue  # spaces at the start of a wrapped line
        if word_w <= limit:
            line, line_w = word, word_w
            continue
        pieces = _break_word(word, width, measure, additive)
        lines.extend(pieces[:-1])
        line = pieces[-1]
        line_w = measure(line)
    if line is not None:
        lines.append(line.rstrip(" "))
    return lines


#: A word wider than a line breaks after one of these first ("Kissmetrics-|tragtrapport").
_BREAK_AFTER = re.compile(r"(?<=[-–—/])(?=[^-–—/])")


def _break_word(word: str, width: float, measure: Measure, additive: bool) -> list[str]:
    """``word`` in pieces no wider than ``width``: at its hyphens (and dashes, slashes) where it has
    them, between characters only where a part between them is still too wide."""
    parts = _BREAK_AFTER.split(word)
    if len(parts) == 1:
        return _break_chars(word, width, measure, additive)
    pieces: list[str] = []
    piece = ""
    for part in parts:
        if piece and measure(piece + part) > width + _EPS:
            pieces.append(piece)
            piece = ""
        piece += part
        if measure(piece) > width + _EPS:  # a part alone too wide: characters it is
            broken = _break_chars(piece, width, measure, additive)
            pieces.extend(broken[:-1])
            piece = broken[-1]
    pieces.append(piece)
    return pieces


def _break_chars(word: str, width: float, measure: Measure, additive: bool) -> list[str]:
    pieces: list[str] = []
    piece, piece_w = "", 0.0
    for ch in word:
        candidate_w = piece_w + measure(ch) if additive else measure(piece + ch)
        if piece and candidate_w > width + _EPS:
            hyphen = piece.rfind("-", 1)
            if 0 < hyphen < len(piece) - 1:  # "Kierkegaard-" / "Ødegård", not "Kierkegaard-Ødegår" / "d"
                pieces.append(piece[:hyphen + 1])
                piece = piece[hyphen + 1:] + ch
                candidate_w = measure(piece)
            else:
                pieces.append(piece)
                piece, candidate_w = ch, measure(ch)
        else:
            piece += ch
        piece_w = candidate_w
    pieces.append(piece)
    return pieces


def _with_ellipsis(line: str, width: float, measure: Measure) -> str:
    line = line.rstrip(" ")
    # "complete sentence.…" reads as a typo: the ellipsis takes the full stop's place.
    if line.endswith(".") and not line.endswith(".."):
        line = line[:-1]
    while line and measure(line + ELLIPSIS) > width + _EPS:
        line = line[:-1].rstrip(" ")
    return line + ELLIPSIS


def baseline_offset(size: float, measurer: TextMeasurer) -> float:
    """Top of a line box to its baseline: the glyph box sits centred in the line box."""
    ascent = measurer.ascent(size)
    return (measurer.line_height(size) - ascent - measurer.descent(size)) / 2 + ascent


def place_lines(lines: list[str], x: float, top: float, size: float, measurer: TextMeasurer, *,
                bold: bool = False, italic: bool = False, colour: str = "#212121",
                align: str = "left", width: float = 0.0) -> tuple[TextLine, ...]:
    """Position wrapped lines in a block starting at ``top``; "center"/"right" align within ``width``."""
    step = measurer.line_height(size)
    first = top + baseline_offset(size, measurer)
    placed: list[TextLine] = []
    for i, text in enumerate(lines):
        lx = x
        if align != "left":
            free = width - measurer.width(text, size, bold, italic)
            lx = x + (free / 2 if align == "center" else free)
        placed.append(TextLine(lx, first + i * step, text, size, bold, italic, colour))
    return tuple(placed)


def block_height(line_count: int, size: float, measurer: TextMeasurer) -> float:
    return line_count * measurer.line_height(size)
