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

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Optional, Union

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from journeymapper import __version__
from journeymapper.export import draw, marks
from journeymapper.export.appendix import Appendix, draw_appendix_page, plan_appendix
from journeymapper.export.continuation import Continuation, continuations
from journeymapper.export.images import ImageStore
from journeymapper.export.labels import word
from journeymapper.export.legend import LegendItem, draw_legend, legend_height, legend_items
from journeymapper.export.ops import clean
from journeymapper.export.options import ExportCancelled, ExportError, ExportResult, PdfOptions
from journeymapper.export.overview import draw_overview
from journeymapper.export.pages import (
    RUNNING_HEADER,
    MapSheet,
    Placement,
    map_sheets,
    margin_for,
    mm,
    page_size,
    report_size,
    sheet_name,
)
from journeymapper.export.readability import (
    document_texts,
    glyph_warning,
    small_text_warning,
    smallest_size,
    with_orientation,
)
from journeymapper.export.regions import Regions
from journeymapper.export.sections import SECTION_MARGIN_MM, draw_cover, draw_persona
from journeymapper.export.typeset import Typesetter, page_factor
from journeymapper.io import DocumentError, write_atomic
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import FONT_REGULAR, default_measurer, missing_characters, register_fonts
from journeymapper.layout.geometry import Rect
from journeymapper.layout.labels import printed_author
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap
from journeymapper.model.queries import persona_has_content
from journeymapper.text import problem

__all__ = ["ExportCancelled", "ExportError", "ExportResult", "PdfOptions", "count_pages", "export",
           "lock_down_reportlab", "preview"]

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
    kind: str  # "cover", "overview", "map", "persona" or "appendix"
    index: int  # sheet, persona or appendix page number within its section


@dataclass
class _Plan:
    options: PdfOptions
    layout: MapLayout
    size: tuple[float, float]
    #: Size of the cover, persona and appendix pages (the report paper, or ``size``).
    report: tuple[float, float]
    margin: float
    sheets: list[MapSheet]
    appendix: Optional[Appendix]
    pages: list[_Page]
    legend: list[LegendItem]
    #: Text size (points on paper) of the legend and the page furniture that must stay readable.
    text_size: float
    smallest: float
    scale: float
    warnings: list[str]
    missing: list[str]

    @property
    def first_map_page(self) -> int:
        """The page number (1-based) of the first map sheet (cover and overview come before it)."""
        return 1 + self.options.cover + (self.options.mode != "fit" and len(self.sheets) > 1)


def _free_area(options: PdfOptions) -> tuple[float, float]:
    w, h = page_size(options)
    margin = margin_for(options)
    return w - 2 * margin, h - 2 * margin


def _plan(doc: JourneyMap, options: PdfOptions, layout: Optional[MapLayout], source: str) -> _Plan:
    options = options.checked(source)
    register_fonts()
    measurer = default_measurer()
    layout = layout if layout is not None else compute_layout(doc, measurer)
    landscape = options.landscape
    options = with_orientation(options, layout, _free_area)
    size = page_size(options)
    margin = margin_for(options)
    if min(size) - 2 * margin < _MIN_AREA:
        raise ExportError(source, problem("the margins leave no room on the paper; use smaller margins"))
    text_size = max(options.min_text_pt, 7.0)
    legend = legend_items(layout, doc.language)
    reserve = 0.0
    if options.mode == "fit" and legend:
        ts = Typesetter(measurer, layout.style, 1.0)
        reserve = legend_height(ts, legend, size[0] - 2 * margin, text_size, word("legend", doc.language))
        reserve += text_size
        if reserve > (size[1] - 2 * margin) / 2:  # a tiny sheet: the map comes first
            legend, reserve = [], 0.0
    smallest = smallest_size(layout, skip_title=options.mode == "pages")
    sheets = map_sheets(layout, options, reserve, smallest)
    if options.mode == "pages" and landscape is None:  # the orientation that needs fewer pages
        turned = replace(options, landscape=True)
        other = map_sheets(layout, turned, reserve, smallest)
        if len(other) < len(sheets):
            options, sheets, size = turned, other, page_size(turned)
    pages = [_Page("cover", 0)] if options.cover else []
    if options.mode != "fit" and len(sheets) > 1:
        pages.append(_Page("overview", 0))
    pages += [_Page("map", i) for i in range(len(sheets))]
    if options.personas:
        # A persona with nothing but a name would print as an empty page.
        pages += [_Page("persona", i) for i, p in enumerate(doc.personas) if persona_has_content(p)]
    appendix = None
    report = report_size(options)
    if options.appendix or options.changes is not None:
        ts = Typesetter(measurer, layout.style, page_factor(*report))
        appendix = plan_appendix(doc, ts, report[0], report[1], margin, options.changes)
        pages += [_Page("appendix", i) for i in range(len(appendix.pages))]
    scale = min(s.scale for s in sheets)
    missing = missing_characters(document_texts(doc, layout))
    warnings = [w for w in (small_text_warning(options, smallest, scale), glyph_warning(missing)) if w]
    return _Plan(options, layout, size, report, margin, sheets, appendix, pages, legend, text_size, smallest,
                 scale, warnings, missing)


def preview(doc: JourneyMap, options: PdfOptions, layout: Optional[MapLayout] = None) -> tuple[int, float]:
    """(pages, smallest printed text size in points) :func:`export` would give (for the export dialog)."""
    plan = _plan(doc, options, layout, "PDF export")
    return len(plan.pages), plan.smallest * plan.scale


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
        raise ExportError(str(path), problem("a PDF cannot be written over a .jmap map file"))
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
    return ExportResult(path, len(plan.pages), plan.size, len(data), tuple(skipped), plan.smallest * plan.scale,
                        plan.scale, tuple(plan.warnings), tuple(plan.missing))


def _render(doc: JourneyMap, plan: _Plan, check: Callable[[], None],
            progress: Optional[Progress]) -> tuple[bytes, list[str]]:
    lock_down_reportlab()
    options, layout = plan.options, plan.layout
    lang = doc.language
    bleed = mm(options.bleed_mm)
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=plan.size, pageCompression=1, lang=lang.value, initialFontName=FONT_REGULAR,
               initialFontSize=10)
    _metadata(c, doc)
    images = ImageStore(doc, max([s.scale for s in plan.sheets] + [1.0]))
    typesetters = {size: Typesetter(default_measurer(), layout.style, page_factor(*size))
                   for size in {plan.size, plan.report}}
    total = len(plan.pages) + 1
    thumbnail = options.cover or any(page.kind == "overview" for page in plan.pages)
    # Fit mode places the whole map once; pages and posters draw each sheet's own part of it.
    symbols = draw.define_map_form(c, layout, images, check, thumbnail, plan.scale, options.mode == "fit")

    regions = Regions(layout) if options.mode != "fit" else None
    # Parts of the map several pages show (pages mode's repeated headers) are drawn once, as forms.
    shown = Counter(p.src for sheet in plan.sheets for p in sheet.placements)
    repeated = {src: f"jm-part-{n}" for n, src in enumerate(src for src, count in shown.items() if count > 1)}

    def draw_part(placement: Placement) -> None:
        if options.mode == "fit":
            draw.place_map(c, placement)
        else:
            assert regions is not None
            draw.draw_region(c, layout, placement, images, check, symbols, plan.scale, regions,
                             repeated.get(placement.src))

    marks_by_sheet: dict[int, list[Continuation]] = {}
    if options.mode == "pages":
        for mark in continuations(layout, plan.sheets):
            marks_by_sheet.setdefault(mark.sheet, []).append(mark)
    if progress:
        progress(1, total)
    today = options.date or date.today()
    footer_left = " · ".join(p for p in (doc.title.strip(), doc.client.strip()) if p)
    started: set[str] = set()
    for number, page in enumerate(plan.pages, start=1):
        check()
        size = plan.size if page.kind in ("map", "overview") else plan.report
        page_w, page_h = size
        ts = typesetters[size]
        _start_page(c, size, bleed)
        c.saveState()
        c.translate(bleed, bleed)
        draw.flip_page(c, page_h)
        if page.kind == "cover":
            draw_cover(c, ts, doc, layout, page_w, page_h, plan.margin, today)
        elif page.kind == "overview":
            area = Rect(plan.margin, plan.margin, page_w - 2 * plan.margin,
                        page_h - 2 * plan.margin - 2 * plan.text_size)
            draw_overview(c, ts, doc, layout, plan.sheets, plan.first_map_page, options.mode == "poster",
                          plan.legend, area, plan.text_size)
        elif page.kind == "map":
            _map_page(c, ts, doc, plan, page.index, marks_by_sheet.get(page.index, []), draw_part)
            if bleed and options.mode != "poster":  # over the map's white rim, out to the bleed edge
                bleed_lanes(c, layout, plan.sheets[page.index], page_w, bleed)
        elif page.kind == "persona":
            draw_persona(c, ts, doc, doc.personas[page.index], images, page_w, page_h, plan.margin)
        elif plan.appendix is not None:
            draw_appendix_page(c, plan.appendix.pages[page.index])
        poster = page.kind == "map" and options.mode == "poster"
        if page.kind != "cover" and not poster:
            inset = plan.margin if page.kind == "map" else max(plan.margin, mm(SECTION_MARGIN_MM))
            marks.draw_footer(c, ts, page_w, page_h, inset, footer_left,
                              word("page", lang, n=number, total=len(plan.pages)), options.min_text_pt)
        c.restoreState()
        _outline(c, doc, plan, page, started)
        c.showPage()
        if progress:
            progress(number + 1, total)
    c.showOutline()
    c.save()
    return buffer.getvalue(), images.skipped


def _start_page(c: Canvas, size: tuple[float, float], bleed: float) -> None:
    """This page's paper, grown by the bleed on every side, with trim and bleed boxes if there is one."""
    w, h = size
    c.setPageSize((w + 2 * bleed, h + 2 * bleed))
    if bleed:
        c.setTrimBox((bleed, bleed, w + bleed, h + bleed))
        c.setBleedBox((0, 0, w + 2 * bleed, h + 2 * bleed))


def bleed_lanes(c: Canvas, layout: MapLayout, sheet: MapSheet, page_w: float, bleed: float) -> None:
    """Where a sheet shows the grid's left or right edge, each lane's background runs out to the bleed."""
    head_x = layout.grid.x - layout.style.lane_header_width
    left = {box.id: box.fill for box in layout.lane_headers if box.fill}
    right = {cell.lane_id: cell.fill for cell in layout.cells}  # the last cell of a lane is its rightmost
    for p in sheet.placements:
        src, s = p.src, p.scale
        for row in layout.lane_rows:
            top, bottom = max(row.start, src.y), min(row.end, src.bottom)
            if bottom <= top:
                continue
            y, h = p.y + (top - src.y) * s, (bottom - top) * s
            if src.x <= head_x + 1e-6 < src.right and row.id in left:
                x = p.x + (head_x - src.x) * s
                draw.fill_rect(c, Rect(-bleed, y, x + bleed, h), left[row.id])
            if src.x < layout.grid.right <= src.right + 1e-6 and row.id in right:
                x = p.x + (layout.grid.right - src.x) * s
                draw.fill_rect(c, Rect(x, y, page_w + bleed - x, h), right[row.id])


def _metadata(c: Canvas, doc: JourneyMap) -> None:
    c.setTitle(clean(doc.title))
    c.setAuthor(clean(printed_author(doc)))
    subject = word("kind", doc.language) + (f" · {doc.client}" if doc.client.strip() else "")
    c.setSubject(clean(subject))
    c.setCreator(f"Journey Mapper {__version__}")
    c.setKeywords(clean(", ".join(s.name for s in doc.stages))[:_MAX_KEYWORDS])


def _map_page(c: Canvas, ts: Typesetter, doc: JourneyMap, plan: _Plan, index: int,
              continued: list[Continuation], draw_part: Callable[[Placement], None]) -> None:
    page_w, page_h = plan.size
    sheet = plan.sheets[index]
    for placement in sheet.placements:
        draw_part(placement)
    mode = plan.options.mode
    if mode == "poster":
        bleed = mm(plan.options.bleed_mm)
        if bleed:  # on the outer sheets' outer edges, under the marks (they stay visible)
            bleed_lanes(c, plan.layout, sheet, page_w, bleed)
        overlap = min(plan.options.overlap_mm * 72 / 25.4, sheet.area.w / 2, sheet.area.h / 2)
        marks.draw_poster_marks(c, ts, sheet, page_w, page_h, overlap, doc.title, doc.language)
    elif mode == "pages":
        marks.draw_running_header(c, ts, sheet.area, RUNNING_HEADER, doc.title, page_label(doc, sheet))
        first = plan.first_map_page
        marks.draw_continuations(c, ts, [
            (mark.placement, mark.at, mark.edge, mark.colour, word("continues", doc.language, n=first + mark.target))
            for mark in continued], plan.text_size)
    if plan.legend and (mode == "fit" or len(plan.sheets) == 1):  # else the overview page has it
        area = sheet.area
        height = legend_height(ts, plan.legend, area.w, plan.text_size, word("legend", doc.language))
        below = max(p.dest.bottom for p in sheet.placements)
        if mode == "fit" or area.bottom - below >= height + plan.text_size:
            draw_legend(c, ts, plan.legend, area.x, area.bottom - height, area.w, plan.text_size,
                        word("legend", doc.language))


def page_label(doc: JourneyMap, sheet: MapSheet) -> str:
    """"Stages 1–4 of 8 · Lanes 1–5": which part of the grid a page of pages mode shows."""
    lang = doc.language
    if sheet.last_stage < sheet.first_stage:
        return ""
    if sheet.first_stage == sheet.last_stage:
        stages = word("stage_one", lang, first=sheet.first_stage + 1, total=len(doc.stages))
    else:
        stages = word("stages_range", lang, first=sheet.first_stage + 1, last=sheet.last_stage + 1,
                      total=len(doc.stages))
    if sheet.last_lane < sheet.first_lane:
        return stages
    if sheet.first_lane == sheet.last_lane:
        lanes = word("lane_one", lang, first=sheet.first_lane + 1)
    else:
        lanes = word("lanes_range", lang, first=sheet.first_lane + 1, last=sheet.last_lane + 1)
    return f"{stages} · {lanes}"


def _outline(c: Canvas, doc: JourneyMap, plan: _Plan, page: _Page, started: set[str]) -> None:
    """Bookmarks: a top entry per section, and one per sheet, persona and appendix table below it."""
    lang = doc.language
    key = f"{page.kind}-{page.index}"
    c.bookmarkPage(key)
    section = "map" if page.kind == "overview" else page.kind  # the overview opens the map section
    if section not in started:  # the section's own entry (an outline entry needs a key of its own)
        started.add(section)
        titles = {"cover": word("cover", lang), "map": word("map", lang), "persona": word("personas", lang),
                  "appendix": word("appendix", lang)}
        c.bookmarkPage(f"section-{section}")
        c.addOutlineEntry(titles[section], f"section-{section}", 0, closed=False)
    if page.kind == "overview":
        c.addOutlineEntry(word("overview", lang), key, 1)
    elif page.kind == "map" and len(plan.sheets) > 1:
        sheet = plan.sheets[page.index]
        if plan.options.mode == "poster":
            title = word("sheet_short", lang, name=sheet_name(sheet))
        else:
            title = page_label(doc, sheet)
        c.addOutlineEntry(clean(title) or "–", key, 1)
    elif page.kind == "persona":
        c.addOutlineEntry(clean(doc.personas[page.index].name) or "–", key, 1)
    elif page.kind == "appendix" and plan.appendix is not None:
        for n, mark in enumerate(plan.appendix.bookmarks):
            if mark.page == page.index:
                c.bookmarkPage(f"appendix-table-{n}")
                c.addOutlineEntry(clean(mark.title), f"appendix-table-{n}", 1)
