"""What a PDF export is asked to do (:class:`PdfOptions`), what it returns, and how it fails."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Optional

from journeymapper.export.changes import ChangesSince
from journeymapper.io.errors import DocumentError

MODES = ("fit", "poster", "pages")
#: Paper sizes in millimetres, portrait (width, height).
PAPERS_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}
CUSTOM = "custom"
#: Limits that keep a typo from producing an unprintable or enormous file.
MIN_PAPER_MM, MAX_PAPER_MM = 50.0, 5000.0  # PDF viewers cope with pages up to 200 in (5080 mm)
MIN_SCALE, MAX_SCALE = 0.05, 10.0
MAX_MARGIN_MM = 100.0
MAX_OVERLAP_MM = 50.0
MAX_PAGES = 2000
#: The smallest printed text size (points) an export aims for, and the range it may be set to.
DEFAULT_MIN_TEXT = 6.0
MIN_TEXT, MAX_TEXT = 1.0, 36.0
MAX_BLEED_MM = 20.0


class ExportError(DocumentError):
    """The export cannot be done as asked (bad option, too many sheets, unwritable file)."""


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


def paper_key(name: str) -> Optional[str]:
    """The canonical name of a paper ("a3" -> "A3", "letter" -> "Letter"), "custom", or None."""
    wanted = name.strip().lower()
    if wanted == CUSTOM:
        return CUSTOM
    return next((key for key in PAPERS_MM if key.lower() == wanted), None)


@dataclass(frozen=True)
class PdfOptions:
    """Paper, mode and sections of a PDF export. Lengths in millimetres.

    ``mode``: ``fit`` puts the whole map on one sheet; ``poster`` prints it at
    ``scale`` (1.0 = the map's own size in points) over as many sheets as it
    needs, each overlapping its neighbours by ``overlap_mm``; ``pages`` splits it
    between stages and between lanes, at most at ``scale`` and smaller if the map's
    height needs it, but never so small that text prints below ``min_text_pt``.
    ``custom_mm`` (width, height) is used when ``paper`` is "custom". ``date``
    (default: today) is printed on the cover. ``landscape`` None lets fit mode pick
    the orientation that prints the map larger (the other modes then print portrait).
    Fit and poster report text below ``min_text_pt`` in :attr:`ExportResult.warnings`.
    """

    paper: str = "A4"
    landscape: Optional[bool] = None
    mode: str = "fit"
    scale: float = 1.0
    margin_mm: float = 10.0
    overlap_mm: float = 10.0
    custom_mm: Optional[tuple[float, float]] = None
    cover: bool = False
    personas: bool = False
    appendix: bool = False
    min_text_pt: float = DEFAULT_MIN_TEXT
    #: Paper (portrait) for the cover, persona and appendix pages; None: the map's paper.
    report_paper: Optional[str] = None
    #: Bleed around every page (mm): the page grows by it, trim and bleed boxes say where to cut,
    #: and the lanes' backgrounds run out into it.
    bleed_mm: float = 0.0
    date: Optional[date] = field(default=None, compare=False)
    #: A "Changes since ..." section at the end of the appendix (it turns the appendix on).
    changes: Optional[ChangesSince] = field(default=None, compare=False)

    def checked(self, source: str = "PDF export") -> PdfOptions:
        """These options with the paper name made canonical; raises :class:`ExportError` if any is bad."""
        key = paper_key(self.paper)
        if key is None:
            names = ", ".join(PAPERS_MM)
            raise ExportError(source, f"unknown paper {self.paper!r} (use {names}, or WIDTHxHEIGHT in mm)")
        if key == CUSTOM:
            if self.custom_mm is None:
                raise ExportError(source, "a custom paper needs a width and a height in mm")
            for value in self.custom_mm:
                if not (math.isfinite(value) and MIN_PAPER_MM <= value <= MAX_PAPER_MM):
                    raise ExportError(source, f"paper sides must be {MIN_PAPER_MM:g} to {MAX_PAPER_MM:g} mm")
        if self.mode not in MODES:
            raise ExportError(source, f"unknown mode {self.mode!r} (use {', '.join(MODES)})")
        if not (math.isfinite(self.scale) and MIN_SCALE <= self.scale <= MAX_SCALE):
            raise ExportError(source, f"scale must be between {MIN_SCALE:g} and {MAX_SCALE:g}")
        if not (math.isfinite(self.margin_mm) and 0 <= self.margin_mm <= MAX_MARGIN_MM):
            raise ExportError(source, f"margin must be 0 to {MAX_MARGIN_MM:g} mm")
        if not (math.isfinite(self.overlap_mm) and 0 <= self.overlap_mm <= MAX_OVERLAP_MM):
            raise ExportError(source, f"overlap must be 0 to {MAX_OVERLAP_MM:g} mm")
        if not (math.isfinite(self.min_text_pt) and MIN_TEXT <= self.min_text_pt <= MAX_TEXT):
            raise ExportError(source, f"the minimum text size must be {MIN_TEXT:g} to {MAX_TEXT:g} pt")
        report = self.report_paper
        if report is not None:
            report = paper_key(report)
            if report is None or report == CUSTOM:
                raise ExportError(source, f"unknown report paper {self.report_paper!r} (use {', '.join(PAPERS_MM)})")
        if not (math.isfinite(self.bleed_mm) and 0 <= self.bleed_mm <= MAX_BLEED_MM):
            raise ExportError(source, f"bleed must be 0 to {MAX_BLEED_MM:g} mm")
        return replace(self, paper=key, report_paper=report)


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, its pages and the size of the map sheets in points."""

    path: Path
    page_count: int
    page_size: tuple[float, float]
    bytes_written: int
    #: Image assets that were left out because their data is not a valid PNG or JPEG.
    skipped_images: tuple[str, ...] = ()
    #: The smallest size (points) any map text prints at, and the map's scale on paper.
    smallest_text: float = 0.0
    scale: float = 1.0
    #: One-line warnings for the user (text below the minimum size, characters no font has).
    warnings: tuple[str, ...] = ()
    #: The characters no bundled font has (printed as the placeholder).
    missing_characters: tuple[str, ...] = ()
