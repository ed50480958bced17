"""Print-production PDF export: ``export(doc, path, options)`` and ``count_pages(doc, options)``.

Vector throughout: the map is drawn from the Qt-free layout (the same geometry
the canvas paints) into one PDF form that each map sheet places, scaled and
clipped. Text is real text in the bundled Noto Sans, embedded as a subset.
The file is rendered in memory and written atomically; a failed or cancelled
export leaves nothing behind (and an existing file untouched).

User text is only ever drawn with plain text calls or stored as metadata and
outline titles, never parsed as ReportLab markup; as a second layer ReportLab
is told to trust no URL scheme and no host.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Optional, Union

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from journeymapper import __version__
from journeymapper.export import draw, marks
from journeymapper.export.appendix import Appendix, draw_appendix_page, plan_appendix
from journeymapper.export.images import ImageStore
from journeymapper.export.labels import word
from journeymapper.export.ops import clean
from journeymapper.export.options import ExportCancelled, ExportError, ExportResult, PdfOptions
from journeymapper.export.pages import (
    RUNNING_HEADER,
    MapSheet,
    map_sheets,
    margin_for,
    mm,
    page_size,
    sheet_name,
)
from journeymapper.export.sections import SECTION_MARGIN_MM, draw_cover, draw_persona
from journeymapper.export.typeset import Typesetter, page_factor
from journeymapper.io import DocumentError, write_atomic
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import FONT_REGULAR, default_measurer, register_fonts
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap
from journeymapper.model.queries import persona_has_content

__all__ = ["ExportCancelled", "ExportError", "ExportResult", "PdfOptions", "count_pages", "export",
           "lock_down_reportlab"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: The smallest printable area (points) margins may leave on a sheet.
_MIN_AREA = 72.0
_MAX_KEYWORDS = 1000


def lock_down_reportlab() -> None:
    """No URL scheme or host is trusted, and colour strings are never evaluated (defence in depth)."""
    rl_config.trustedSchemes = []
    rl_config.trustedHosts = None
    rl_config.toColorCanUse = None
    # Binary (not ASCII85) compressed streams: smaller files, and a third faster to write.
    rl_config.useA85 = 0


lock_down_reportlab()


@dataclass(frozen=True)
class _Page:
    kind: str  # "cover", "map", "persona" or "appendix"
    index: int  # sheet, persona or appendix page number within its section


@dataclass
class _Plan:
    options: PdfOptions
    layout: MapLayout
    size: tuple[float, float]
    margin: float
    sheets: list[MapSheet]
    appendix: Optional[Appendix]
    pages: list[_Page]


def _plan(doc: JourneyMap, options: PdfOptions, layout: Optional[MapLayout], source: str) -> _Plan:
    options = options.checked(source)
    register_fonts()
    measurer = default_measurer()
    layout = layout if layout is not None else compute_layout(doc, measurer)
    size = page_size(options)
    margin = margin_for(options)
    if min(size) - 2 * margin < _MIN_AREA:
        raise ExportError(source, "the margins leave no room on the paper; use smaller margins")
    sheets = map_sheets(layout, options)
    pages = [_Page("cover", 0)] if options.cover else []
    pages += [_Page("map", i) for i in range(len(sheets))]
    if options.personas:
        # A persona with nothing but a name would print as an empty page.
        pages += [_Page("persona", i) for i, p in enumerate(doc.personas) if persona_has_content(p)]
    appendix = None
    if options.appendix or options.changes is not None:
        ts = Typesetter(measurer, layout.style, page_factor(*size))
        appendix = plan_appendix(doc, ts, size[0], size[1], margin, options.changes)
        pages += [_Page("appendix", i) for i in range(len(appendix.pages))]
    return _Plan(options, layout, size, margin, sheets, appendix, pages)


def count_pages(doc: JourneyMap, options: PdfOptions, layout: Optional[MapLayout] = None) -> int:
    """How many pages :func:`export` would write (pass ``layout`` if you have it, to save time)."""
    return len(_plan(doc, options, layout, "PDF export").pages)


def export(doc: JourneyMap, path: Union[str, Path], options: Optional[PdfOptions] = None, *,
           progress: Optional[Progress] = None, cancelled: Optional[Cancelled] = None,
           layout: Optional[MapLayout] = None) -> ExportResult:
    """Write ``doc`` as a PDF to ``path``.

    ``progress(done, total)`` is called as pages are drawn; if ``cancelled()``
    turns true, :class:`ExportCancelled` is raised and no file is written. Bad
    options or an unwritable path raise :class:`ExportError` (a DocumentError)
    or ``SaveError``, with a one-line message.
    """
    path = Path(path)
    if path.suffix.lower() == ".jmap":  # a slip of the file name must never replace a map with a PDF
        raise ExportError(str(path), "a PDF cannot be written over a .jmap map file")
    plan = _plan(doc, options or PdfOptions(), layout, str(path))

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    check()
    try:
        data, skipped = _render(doc, plan, check, progress)
    except (ExportCancelled, DocumentError):
        raise
    except Exception as exc:  # ReportLab or Pillow failing on odd input: one line, not a traceback
        raise ExportError(str(path), f"the PDF could not be made ({type(exc).__name__}: {exc})") from exc
    check()
    write_atomic(path, data)
    return ExportResult(path, len(plan.pages), plan.size, len(data), tuple(skipped))


def _render(doc: JourneyMap, plan: _Plan, check: Callable[[], None],
            progress: Optional[Progress]) -> tuple[bytes, list[str]]:
    lock_down_reportlab()
    options, layout = plan.options, plan.layout
    page_w, page_h = plan.size
    lang = doc.language
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=plan.size, pageCompression=1, lang=lang.value, initialFontName=FONT_REGULAR,
               initialFontSize=10)
    _metadata(c, doc)
    images = ImageStore(doc, max([s.scale for s in plan.sheets] + [1.0]))
    ts = Typesetter(default_measurer(), layout.style, page_factor(page_w, page_h))
    total = len(plan.pages) + 1
    draw.define_map_form(c, layout, images, check)
    if progress:
        progress(1, total)
    today = options.date or date.today()
    footer_left = " · ".join(p for p in (doc.title.strip(), doc.client.strip()) if p)
    started: set[str] = set()
    for number, page in enumerate(plan.pages, start=1):
        check()
        c.saveState()
        draw.flip_page(c, page_h)
        if page.kind == "cover":
            draw_cover(c, ts, doc, layout, page_w, page_h, plan.margin, today)
        elif page.kind == "map":
            _map_page(c, ts, doc, plan, plan.sheets[page.index])
        elif page.kind == "persona":
            draw_persona(c, ts, doc, doc.personas[page.index], images, page_w, page_h, plan.margin)
        elif plan.appendix is not None:
            draw_appendix_page(c, plan.appendix.pages[page.index])
        poster = page.kind == "map" and options.mode == "poster"
        if page.kind != "cover" and not poster:
            inset = plan.margin if page.kind == "map" else max(plan.margin, mm(SECTION_MARGIN_MM))
            marks.draw_footer(c, ts, page_w, page_h, inset, footer_left,
                              word("page", lang, n=number, total=len(plan.pages)))
        c.restoreState()
        _outline(c, doc, plan, page, started)
        c.showPage()
        if progress:
            progress(number + 1, total)
    c.showOutline()
    c.save()
    return buffer.getvalue(), images.skipped


def _metadata(c: Canvas, doc: JourneyMap) -> None:
    c.setTitle(clean(doc.title))
    c.setAuthor(clean(doc.author))
    subject = word("kind", doc.language) + (f" · {doc.client}" if doc.client.strip() else "")
    c.setSubject(clean(subject))
    c.setCreator(f"Journey Mapper {__version__}")
    c.setKeywords(clean(", ".join(s.name for s in doc.stages))[:_MAX_KEYWORDS])


def _map_page(c: Canvas, ts: Typesetter, doc: JourneyMap, plan: _Plan, sheet: MapSheet) -> None:
    page_w, page_h = plan.size
    for placement in sheet.placements:
        draw.place_map(c, placement)
    mode = plan.options.mode
    if mode == "poster":
        overlap = min(plan.options.overlap_mm * 72 / 25.4, sheet.area.w / 2, sheet.area.h / 2)
        marks.draw_poster_marks(c, ts, sheet, page_w, page_h, overlap, doc.title, doc.language)
    elif mode == "pages":
        marks.draw_running_header(c, ts, sheet.area, RUNNING_HEADER, doc.title, _stage_range(doc, sheet))


def _stage_range(doc: JourneyMap, sheet: MapSheet) -> str:
    total = len(doc.stages)
    if sheet.last_stage < sheet.first_stage:
        return ""
    if sheet.first_stage == sheet.last_stage:
        return word("stage_one", doc.language, first=sheet.first_stage + 1, total=total)
    return word("stages_range", doc.language, first=sheet.first_stage + 1, last=sheet.last_stage + 1,
                total=total)


def _outline(c: Canvas, doc: JourneyMap, plan: _Plan, page: _Page, started: set[str]) -> None:
    """Bookmarks: a top entry per section, and one per sheet, persona and appendix table below it."""
    lang = doc.language
    key = f"{page.kind}-{page.index}"
    c.bookmarkPage(key)
    if page.kind not in started:  # the section's own entry (an outline entry needs a key of its own)
        started.add(page.kind)
        titles = {"cover": word("cover", lang), "map": word("map", lang), "persona": word("personas", lang),
                  "appendix": word("appendix", lang)}
        c.bookmarkPage(f"section-{page.kind}")
        c.addOutlineEntry(titles[page.kind], f"section-{page.kind}", 0, closed=False)
    if page.kind == "map" and len(plan.sheets) > 1:
        sheet = plan.sheets[page.index]
        if plan.options.mode == "poster":
            title = word("sheet_short", lang, name=sheet_name(sheet))
        else:
            names = [s.name for s in doc.stages[sheet.first_stage:sheet.last_stage + 1]]
            title = " – ".join(dict.fromkeys([names[0], names[-1]])) if names else _stage_range(doc, sheet)
        c.addOutlineEntry(clean(title) or "–", key, 1)
    elif page.kind == "persona":
        c.addOutlineEntry(clean(doc.personas[page.index].name) or "–", key, 1)
    elif page.kind == "appendix" and plan.appendix is not None:
        for n, mark in enumerate(plan.appendix.bookmarks):
            if mark.page == page.index:
                c.bookmarkPage(f"appendix-table-{n}")
                c.addOutlineEntry(clean(mark.title), f"appendix-table-{n}", 1)
