"""Print production and report paper (issue 19, items 9 and 10)."""

from __future__ import annotations

import re
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader

from journeymapper.cli import main
from journeymapper.export import marks
from journeymapper.export.pages import map_sheets
from journeymapper.export.pdf import PdfOptions
from journeymapper.layout.channel_icons import GRID
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import default_measurer
from tests.export.conftest import MM, do_export, template

A4 = (210 * MM, 297 * MM)
A0 = (841 * MM, 1189 * MM)


def _forms(reader: PdfReader) -> dict[str, bytes]:
    found: dict[str, bytes] = {}

    def walk(resources) -> None:
        for name, xobject in ((resources.get_object() if resources else {}).get("/XObject") or {}).items():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and name not in found:
                found[name] = xobject.get_data()
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def _widths(stream: bytes) -> list[float]:
    return [float(w) for w in re.findall(rb"(?:^|\s)(-?[\d.]+) w(?=\s|$)", stream)]


def test_no_map_line_prints_thinner_than_a_quarter_point(tmp_path) -> None:
    doc = template("laptop-shop")
    path, result = do_export(tmp_path, doc, paper="A4")
    assert result.scale < 0.5
    forms = _forms(PdfReader(path))
    floor = 0.25 / result.scale
    map_widths = _widths(forms["/FormXob.JourneyMap"])
    assert map_widths and min(map_widths) >= floor - 1e-3
    card = compute_layout(doc, default_measurer()).cards[0]
    icons = [name for name in forms if "icon" in name]
    assert icons
    icon_scale = result.scale * min(card.channel_rect.w, card.channel_rect.h) / GRID
    for name in icons:
        assert min(_widths(forms[name])) >= 0.25 / icon_scale - 1e-3, name
    for name in (n for n in forms if "marker" in n):
        assert min(_widths(forms[name])) >= floor - 1e-3, name


@pytest.mark.parametrize("template_id", ["laptop-shop", "ecommerce"])
def test_no_thumbnail_line_prints_thinner_than_a_quarter_point(tmp_path, template_id) -> None:
    # The cover's and the overview's greyed-out maps are placed at their own (small) scales.
    path, result = do_export(tmp_path, template(template_id), paper="A4", mode="pages", cover=True)
    reader = PdfReader(path)
    forms = _forms(reader)
    placed = []
    for page in reader.pages[:2]:  # the cover, then the overview
        content = page.get_contents().get_data()
        placed += re.findall(rb"(-?[\d.]+) 0 0 -?[\d.]+ -?[\d.]+ -?[\d.]+ cm\s+/(FormXob\.JourneyMapThumb[^\s]*) Do",
                             content)
    assert len(placed) == 2
    for scale, name in placed:
        widths = _widths(forms["/" + name.decode()])
        assert widths and min(widths) >= 0.25 / float(scale) - 1e-3, name


def test_report_paper_puts_cover_personas_and_appendix_on_their_own_paper(tmp_path, capsys) -> None:
    doc = template("laptop-shop")
    path, _ = do_export(tmp_path, doc, paper="A0", cover=True, personas=True, appendix=True, report_paper="a4")
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]
    assert sizes[0] == pytest.approx(A4, abs=0.01)  # cover
    assert sizes[1] == pytest.approx(A0[::-1], abs=0.01)  # the map, landscape (fit picks it)
    assert all(size == pytest.approx(A4, abs=0.01) for size in sizes[2:]) and len(sizes) > 3
    out = tmp_path / "cli.pdf"
    assert main(["export", "--template", "laptop-shop", "-o", str(out), "--paper", "A0", "--cover",
                 "--report-paper", "A4"]) == 0
    assert [round(float(p.mediabox.width)) for p in PdfReader(out).pages] == [595, 3370]
    capsys.readouterr()
    assert main(["export", "--template", "laptop-shop", "-o", str(tmp_path / "x.pdf"), "--report-paper",
                 "A9"]) == 2
    assert "unknown report paper 'A9'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_bleed_sets_trim_and_bleed_boxes_and_runs_lanes_out(tmp_path) -> None:
    out = tmp_path / "bleed.pdf"
    assert main(["export", "--template", "laptop-shop", "-o", str(out), "--paper", "A3", "--landscape",
                 "--margin", "0", "--bleed", "3mm"]) == 0
    page = PdfReader(out).pages[0]
    b = 3 * MM
    w, h = 420 * MM, 297 * MM
    assert float(page.mediabox.width) == pytest.approx(w + 2 * b, abs=0.01)
    assert [float(v) for v in page.trimbox] == pytest.approx([b, b, w + b, h + b], abs=0.01)
    assert [float(v) for v in page.bleedbox] == pytest.approx([0, 0, w + 2 * b, h + 2 * b], abs=0.01)
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.png").convert("RGB")
    # the left and right edges (in the bleed) carry the lanes' colours, not white paper
    edge = [image.getpixel((x, y)) for x in (0, image.width - 2) for y in range(image.height // 4, image.height // 2)]
    assert sum(pixel != (255, 255, 255) for pixel in edge) > len(edge) * 0.8
    assert main(["export", "--template", "laptop-shop", "-o", str(out), "--bleed", "lots"]) == 2


def test_poster_bleed_runs_lanes_out_on_the_outer_edges_of_the_outer_sheets(tmp_path) -> None:
    doc = template("laptop-shop")
    path, result = do_export(tmp_path, doc, paper="A4", mode="poster", scale=1.0, bleed_mm=3)
    sheets = map_sheets(compute_layout(doc, default_measurer()), PdfOptions(paper="A4", mode="poster").checked())
    cols = sheets[-1].cols
    assert cols >= 3 and result.page_count == 1 + len(sheets)
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "2", "-l", str(1 + cols), str(path),
                    str(tmp_path / "sheet")], check=True)
    pages = sorted(tmp_path.glob("sheet-*.png"))
    first, last = (Image.open(pages[i]).convert("RGB") for i in (0, -1))

    def coloured(image, x: int) -> float:
        edge = [image.getpixel((x, y)) for y in range(image.height // 4, image.height // 2)]
        return sum(pixel != (255, 255, 255) for pixel in edge) / len(edge)

    assert coloured(first, 0) > 0.8  # the map's outer left edge: lane colours out into the bleed
    assert coloured(last, last.width - 2) > 0.8  # and its outer right edge
    assert coloured(first, first.width - 2) < 0.1  # an inner edge keeps its white margin


def test_poster_targets_sit_inside_the_overlap_and_meet_the_neighbours(monkeypatch) -> None:
    doc = template("ecommerce")
    layout = compute_layout(doc, default_measurer())
    options = PdfOptions(paper="A4", mode="poster", scale=0.8).checked()
    sheets = map_sheets(layout, options)
    assert sheets[0].cols > 1
    overlap = options.overlap_mm * MM
    seen: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for sheet in sheets[:2]:
        here: list[tuple[float, float]] = []
        monkeypatch.setattr(marks, "_target", lambda c, x, y, r, here=here: here.append((x, y)))
        monkeypatch.setattr(marks, "_sheet_label", lambda *args: None)
        marks.draw_poster_marks(_NullCanvas(), None, sheet, 0, 0, overlap, doc.title, doc.language)
        area = sheet.area
        for x, y in here:  # inside the printable area: trimming keeps them
            assert area.x < x < area.right and area.y < y < area.bottom
        # as map positions
        p = sheet.placements[0]
        seen[(sheet.row, sheet.col)] = [(p.src.x + (x - p.x) / p.scale, y) for x, y in here]
    right_of_first = {round(x, 3) for x, _ in seen[(0, 0)]}
    left_of_second = {round(x, 3) for x, _ in seen[(0, 1)]}
    assert right_of_first & left_of_second  # the same place on the map: they meet when the sheets overlap


class _NullCanvas:
    def __getattr__(self, name: str):
        return lambda *args, **kwargs: None
