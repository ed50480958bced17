"""Paper sizes, orientation and the three page modes: fit, poster, pages."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from journeymapper.export.options import ExportError, PdfOptions
from journeymapper.export.pages import map_sheets, page_size, poster_grid
from journeymapper.export.pdf import count_pages
from journeymapper.layout import compute_layout, default_measurer
from journeymapper.layout.geometry import Rect

from .conftest import MM, do_export, page_sizes, pdf_text, template

# (paper, landscape, expected size in points)
PAPERS = [
    ("A0", False, (841 * MM, 1189 * MM)),
    ("A3", True, (420 * MM, 297 * MM)),
    ("A4", False, (595.2756, 841.8898)),
    ("A4", True, (841.8898, 595.2756)),
    ("A5", False, (148 * MM, 210 * MM)),
    ("Letter", False, (612.0, 792.0)),
    ("Legal", True, (1008.0, 612.0)),
    ("Tabloid", False, (792.0, 1224.0)),
]


@pytest.mark.parametrize(("paper", "landscape", "size"), PAPERS)
def test_fit_is_one_sheet_of_the_exact_paper_size(tmp_path, ecommerce, paper, landscape, size) -> None:
    path, result = do_export(tmp_path, ecommerce, paper=paper, landscape=landscape)
    assert result.page_count == 1
    (width, height), = page_sizes(path)
    assert width == pytest.approx(size[0], abs=0.01) and height == pytest.approx(size[1], abs=0.01)


def test_custom_paper_in_millimetres(tmp_path, ecommerce) -> None:
    path, _ = do_export(tmp_path, ecommerce, paper="custom", custom_mm=(600.0, 400.0))
    assert page_sizes(path) == [pytest.approx((600 * MM, 400 * MM), abs=0.01)]
    # landscape makes a tall custom sheet wide
    assert page_size(PdfOptions(paper="custom", custom_mm=(300, 500), landscape=True)) == pytest.approx(
        (500 * MM, 300 * MM))


@pytest.mark.parametrize("options", [
    PdfOptions(paper="B5"), PdfOptions(mode="tiles"), PdfOptions(scale=0.0), PdfOptions(scale=float("nan")),
    PdfOptions(margin_mm=-1), PdfOptions(paper="custom"), PdfOptions(paper="custom", custom_mm=(10, 10)),
])
def test_bad_options_are_refused_in_one_line(tmp_path, ecommerce, options) -> None:
    with pytest.raises(ExportError) as info:
        count_pages(ecommerce, options)
    assert "\n" not in str(info.value)


def test_margins_that_leave_no_room_are_refused(ecommerce) -> None:
    with pytest.raises(ExportError, match="margins"):
        count_pages(ecommerce, PdfOptions(paper="A5", margin_mm=90))


def test_fit_scales_the_whole_map_into_the_margins(ecommerce) -> None:
    layout = compute_layout(ecommerce, default_measurer())
    options = PdfOptions(paper="A3", landscape=True, margin_mm=20).checked()
    (sheet,) = map_sheets(layout, options)
    (placement,) = sheet.placements
    assert placement.src == Rect(0, 0, layout.width, layout.height)
    page_w, page_h = page_size(options)
    assert Rect(20 * MM, 20 * MM, page_w - 40 * MM, page_h - 40 * MM).contains_rect(placement.dest, 1e-6)


def _poster_scale_for_2x2(doc, options: PdfOptions) -> float:
    """A scale at which the map needs exactly 2 x 2 sheets."""
    layout = compute_layout(doc, default_measurer())
    for percent in range(30, 200):
        if poster_grid(layout.width * percent / 100, layout.height * percent / 100,
                       map_sheets(layout, options)[0].area, options.overlap_mm * MM) == (2, 2):
            return percent / 100
    raise AssertionError("no 2x2 scale")


def test_two_by_two_poster_has_four_labelled_sheets_with_marks(tmp_path, ecommerce) -> None:
    base = PdfOptions(paper="A4", mode="poster").checked()
    scale = _poster_scale_for_2x2(ecommerce, base)
    path, result = do_export(tmp_path, ecommerce, paper="A4", mode="poster", scale=scale)
    assert result.page_count == 5  # the overview page, then the sheets
    assert count_pages(ecommerce, PdfOptions(paper="A4", mode="poster", scale=scale)) == 5
    reader = PdfReader(path)
    overview = reader.pages[0].extract_text()
    assert "The poster's 4 sheets" in overview and all(name in overview for name in ("A1", "A2", "B1", "B2"))
    labels = ["Sheet A1 of 2 × 2", "Sheet A2 of 2 × 2", "Sheet B1 of 2 × 2", "Sheet B2 of 2 × 2"]
    for page, label in zip(reader.pages[1:], labels, strict=True):
        assert page.mediabox.width == pytest.approx(595.2756, abs=0.01)
        assert label in page.extract_text()
        assert _crop_mark_corners(page, 10 * MM) == 4  # the default margin


def _crop_mark_corners(page, margin: float) -> int:
    """How many corners of the printable area have a crop mark (a short line in the margin).

    The page is drawn flipped (y down from the top-left), so the corners are
    found in that coordinate system.
    """
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    operations = ContentStream(page.get_contents(), page.pdf).operations
    starts = [(float(op[0]), float(op[1])) for op, name in operations if name == b"m"]
    corners = [(margin, margin), (width - margin, margin), (margin, height - margin),
               (width - margin, height - margin)]
    found = 0
    for cx, cy in corners:
        horizontal = any(abs(y - cy) < 0.01 and 0 < abs(x - cx) <= margin for x, y in starts)
        vertical = any(abs(x - cx) < 0.01 and 0 < abs(y - cy) <= margin for x, y in starts)
        found += horizontal and vertical
    return found


def test_poster_sheets_overlap_and_cover_the_whole_map(ecommerce) -> None:
    layout = compute_layout(ecommerce, default_measurer())
    options = PdfOptions(paper="A4", mode="poster", scale=1.5, overlap_mm=12).checked()
    sheets = map_sheets(layout, options)
    cols, rows = sheets[0].cols, sheets[0].rows
    assert len(sheets) == cols * rows > 4
    srcs = {(s.row, s.col): s.placements[0].src for s in sheets}
    overlap = 12 * MM / 1.5
    assert srcs[(0, 0)].right - srcs[(0, 1)].x == pytest.approx(overlap)
    assert srcs[(0, 0)].bottom - srcs[(1, 0)].y == pytest.approx(overlap)
    last = srcs[(rows - 1, cols - 1)]
    assert last.right >= layout.width and last.bottom >= layout.height


def test_pages_mode_splits_between_whole_stages_and_repeats_lane_headers(tmp_path) -> None:
    # With a tiny minimum text size the whole height fits a page: pages split between stages only.
    doc = template("laptop-shop")
    layout = compute_layout(doc, default_measurer())
    options = PdfOptions(paper="A4", landscape=True, mode="pages", min_text_pt=2).checked()
    sheets = map_sheets(layout, options)
    assert len(sheets) == 2
    assert [(s.first_stage, s.last_stage) for s in sheets] == [(0, 3), (4, 7)]  # balanced, not 7 + 1
    for card in layout.cards:  # every card is wholly on exactly one page
        holders = [s for s in sheets if s.placements[1].src.contains_rect(card.rect)]
        assert len(holders) == 1
    path, result = do_export(tmp_path, doc, paper="A4", landscape=True, mode="pages", min_text_pt=2)
    assert result.page_count == 3  # the overview, then the two pages
    reader = PdfReader(path)
    for page in reader.pages[1:]:
        text = page.extract_text()
        for lane in doc.lanes:
            assert lane.title in text  # lane headers on every page
        assert doc.title in text  # running header
    assert "Stages 1–4 of 8 · Lanes 1–7" in reader.pages[1].extract_text()


def test_pages_mode_never_scales_above_the_chosen_scale(ecommerce) -> None:
    layout = compute_layout(ecommerce, default_measurer())
    sheets = map_sheets(layout, PdfOptions(paper="A0", mode="pages", scale=0.5, min_text_pt=3).checked())
    assert all(s.scale == pytest.approx(0.5) for s in sheets)


@pytest.mark.parametrize("options", [
    PdfOptions(), PdfOptions(cover=True), PdfOptions(mode="poster", scale=0.8, personas=True),
    PdfOptions(mode="pages", paper="A5", appendix=True, cover=True, personas=True),
    PdfOptions(paper="Letter", landscape=True, appendix=True),
])
def test_count_pages_matches_the_export(tmp_path, ecommerce, options) -> None:
    from journeymapper.export.pdf import export

    result = export(ecommerce, tmp_path / "x.pdf", options)
    assert count_pages(ecommerce, options) == result.page_count == len(PdfReader(tmp_path / "x.pdf").pages)


def test_sections_are_added_in_order(tmp_path, ecommerce) -> None:
    path, result = do_export(tmp_path, ecommerce, paper="A4", landscape=True, cover=True, personas=True,
                             appendix=True)
    reader = PdfReader(path)
    assert result.page_count == len(reader.pages) >= 4
    assert "CUSTOMER JOURNEY MAP" in reader.pages[0].extract_text()
    assert ecommerce.personas[0].name in reader.pages[2].extract_text()
    assert "Appendix" in reader.pages[3].extract_text()
    assert "KPIs" in pdf_text(path)


def test_a_persona_with_nothing_but_a_name_gets_no_page(tmp_path, ecommerce) -> None:
    from journeymapper.model import Persona

    ecommerce.personas.append(Persona(id="p-empty", name="Persona 2", colour="#D55E00"))
    path, result = do_export(tmp_path, ecommerce, paper="A4", landscape=True, personas=True)
    text = pdf_text(path)
    assert ecommerce.personas[0].name in text and "Persona 2" not in text
    assert result.page_count == len(PdfReader(path).pages) == count_pages(ecommerce, PdfOptions(
        paper="A4", landscape=True, personas=True))
