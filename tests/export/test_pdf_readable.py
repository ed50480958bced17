"""Readable by construction: a minimum printed text size, the better orientation, two-way pages,
continuation marks, the overview page and the legend."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from journeymapper.cli import main
from journeymapper.export.continuation import continuations
from journeymapper.export.legend import legend_items
from journeymapper.export.pages import map_sheets
from journeymapper.export.pdf import PdfOptions, count_pages
from journeymapper.io.templates import LANGUAGES, template_ids
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import default_measurer
from journeymapper.model import Card, Evidence, JourneyMap, Lane, LaneKind, Language, Stage
from tests.export.conftest import big_map, do_export, template
from tests.export.readback import page_chars, smallest_printed


def _layout(doc: JourneyMap):
    return compute_layout(doc, default_measurer())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", template_ids())
def test_every_template_in_pages_mode_on_a4_prints_no_text_below_6_pt(tmp_path, template_id, language) -> None:
    doc = template(template_id, language)
    path, result = do_export(tmp_path, doc, paper="A4", mode="pages")
    # Every map page places the same map form at the same scale with the same furniture: the overview
    # and the first two map pages are all the kinds of page there are (reading all is slow).
    assert smallest_printed(path, range(min(3, result.page_count))) >= 6.0 - 0.01
    assert result.warnings == ()


def test_fit_on_a4_warns_with_the_scale_and_still_writes_the_file(tmp_path, capsys) -> None:
    out = tmp_path / "fit.pdf"
    code = main(["export", "--template", "laptop-shop", "-o", str(out), "--paper", "A4"])
    err = capsys.readouterr().err
    assert code == 0 and out.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 1
    printed = smallest_printed(out)
    assert printed < 6
    assert f"{printed:.1f} pt" in lines[0]
    assert "% scale" in lines[0] and "pages mode" in lines[0] and "poster" in lines[0]


def test_min_text_option_moves_the_threshold(tmp_path, capsys) -> None:
    out = tmp_path / "a0.pdf"
    assert main(["export", "--template", "ecommerce", "-o", str(out), "--paper", "A0"]) == 0
    assert capsys.readouterr().err == ""  # A0 prints the map large enough
    assert main(["export", "--template", "ecommerce", "-o", str(out), "--paper", "A0", "--min-text", "30"]) == 0
    assert "below the 30 pt minimum" in capsys.readouterr().err
    assert main(["export", "--template", "ecommerce", "-o", str(out), "--min-text", "0"]) == 2
    assert "minimum text size" in capsys.readouterr().err


def test_pages_mode_keeps_a_larger_minimum(tmp_path) -> None:
    path, _ = do_export(tmp_path, template("ecommerce"), paper="A4", mode="pages", min_text_pt=8.5)
    assert smallest_printed(path, range(3)) >= 8.5 - 0.01


def _wide_and_tall() -> tuple[JourneyMap, JourneyMap]:
    wide = JourneyMap(title="Wide", stages=[Stage(id=f"s{i}", name=f"S{i}") for i in range(9)],
                      lanes=[Lane(id="l", kind=LaneKind.ACTIONS, title="Actions")])
    tall = JourneyMap(title="Tall", stages=[Stage(id="s", name="S")],
                      lanes=[Lane(id=f"l{i}", kind=LaneKind.ACTIONS, title=f"L{i}") for i in range(9)])
    return wide, tall


def test_fit_picks_the_orientation_that_prints_larger_unless_told(tmp_path, capsys) -> None:
    wide, tall = _wide_and_tall()
    _, result = do_export(tmp_path, wide, paper="A4")
    assert result.page_size[0] > result.page_size[1]
    _, result = do_export(tmp_path, tall, paper="A4")
    assert result.page_size[0] < result.page_size[1]
    _, forced = do_export(tmp_path, wide, paper="A4", landscape=False)
    assert forced.page_size[0] < forced.page_size[1] and forced.scale < result.scale
    out = tmp_path / "p.pdf"
    assert main(["export", "--template", "laptop-shop", "-o", str(out), "--portrait"]) == 0
    assert "(A4 portrait, fit)" in capsys.readouterr().out


def test_laptop_shop_on_a4_landscape_pages_repeats_headers_on_every_page(tmp_path) -> None:
    doc = template("laptop-shop")
    layout = _layout(doc)
    options = PdfOptions(paper="A4", landscape=True, mode="pages")
    sheets = map_sheets(layout, options.checked())
    assert len(sheets) > 2
    assert len({(s.first_lane, s.last_lane) for s in sheets}) > 1  # split between lanes too
    for card in layout.cards:  # every card is wholly on exactly one page
        assert sum(any(p.src.contains_rect(card.rect) for p in s.bodies) for s in sheets) == 1
    path, result = do_export(tmp_path, doc, paper="A4", landscape=True, mode="pages")
    assert result.page_count == len(sheets) + 1 == count_pages(doc, options)
    reader = PdfReader(path)
    labels = []
    for page, sheet in zip(reader.pages[1:], sheets, strict=True):
        text = page.extract_text()
        for stage in doc.stages[sheet.first_stage:sheet.last_stage + 1]:
            assert stage.name in text
        for lane in doc.lanes[sheet.first_lane:sheet.last_lane + 1]:
            assert lane.title in text
        label = f"Stages {sheet.first_stage + 1}–{sheet.last_stage + 1} of 8 · Lanes {sheet.first_lane + 1}"
        assert label in text
        labels.append(label)
    map_section = [entry for entry in reader.outline if isinstance(entry, list)][0]
    titles = [entry.title for entry in map_section]
    assert titles[0] == "Overview"
    assert all(title.startswith(label) for title, label in zip(titles[1:], labels, strict=True))
    assert [reader.get_destination_page_number(e) for e in map_section] == list(range(len(sheets) + 1))


def test_a_lane_taller_than_a_page_is_cut_between_cards_and_keeps_its_title(tmp_path) -> None:
    doc = big_map(240, n_stages=3)
    layout = _layout(doc)
    sheets = map_sheets(layout, PdfOptions(paper="A5", mode="pages").checked())
    first_lane = [s for s in sheets if s.first_lane == s.last_lane == 0 and s.first_stage == 0]
    assert len(first_lane) > 1  # the first lane alone fills more than one page
    for card in layout.cards:
        assert sum(any(p.src.contains_rect(card.rect) for p in s.bodies) for s in sheets) == 1
    path, _ = do_export(tmp_path, doc, paper="A5", mode="pages")
    page = 1 + sheets.index(first_lane[1])
    second = PdfReader(path).pages[page].extract_text()
    assert doc.lanes[0].title in second  # the continued lane's title is repeated
    assert smallest_printed(path, [page]) >= 6 - 0.01


def test_continuation_marks_name_the_page_a_path_continues_on(tmp_path) -> None:
    doc = template("laptop-shop")
    layout = _layout(doc)
    options = PdfOptions(paper="A4", landscape=True, mode="pages")
    sheets = map_sheets(layout, options.checked())
    marks = continuations(layout, sheets)
    assert marks
    path, _ = do_export(tmp_path, doc, paper="A4", landscape=True, mode="pages")
    reader = PdfReader(path)
    texts: dict[int, str] = {}
    for mark in marks:
        assert mark.target != mark.sheet
        # the mark sits on the edge of this page's part of the grid
        r = mark.placement.src
        assert mark.placement in sheets[mark.sheet].bodies
        assert r.x - 0.01 <= mark.at[0] <= r.right + 0.01 and r.y - 0.01 <= mark.at[1] <= r.bottom + 0.01
        if mark.sheet not in texts:
            texts[mark.sheet] = reader.pages[1 + mark.sheet].extract_text()
        assert f"p. {mark.target + 2}" in texts[mark.sheet]  # the overview is page 1


def test_overview_page_shows_the_page_grid_and_legend_without_map_text(tmp_path) -> None:
    doc = template("laptop-shop")
    path, result = do_export(tmp_path, doc, paper="A4", landscape=True, mode="pages")
    overview = PdfReader(path).pages[0].extract_text()
    for n in range(2, result.page_count + 1):
        assert str(n) in overview
    assert "Legend" in overview and "Observed" in overview
    assert not any(card.text[:20] in overview for card in doc.cards)  # the thumbnail holds no text
    chars = page_chars(path, [0])[0]
    assert chars and min(size for _, size in chars) >= 6


def test_legend_lists_only_what_the_map_uses_in_its_language(tmp_path) -> None:
    doc = JourneyMap(title="Small", language=Language.DA, stages=[Stage(id="s", name="S")],
                     lanes=[Lane(id="l", kind=LaneKind.ACTIONS, title="Handlinger")],
                     cards=[Card(id="c", lane_id="l", stage_id="s", text="Hej", evidence=Evidence.OBSERVED)])
    labels = [item.label for item in legend_items(_layout(doc), doc.language)]
    assert labels == ["Observeret"]
    path, _ = do_export(tmp_path, doc, paper="A4")
    text = PdfReader(path).pages[0].extract_text()
    assert "Signaturforklaring" in text and "Observeret" in text
    assert "Antaget" not in text and "Næste trin" not in text
    full = legend_items(_layout(template("laptop-shop")), Language.EN)
    kinds = {item.kind for item in full}
    assert kinds == {"evidence", "line", "swatch", "icon"}
    assert {"Next step", "Mikkel Bach (as-is)", "Misses the target", "Email"} <= {i.label for i in full}
