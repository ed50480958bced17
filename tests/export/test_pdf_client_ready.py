"""What the client reads: the whole description, honest funnels, a clean cover, no template leftovers."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from journeymapper.analysis.funnel import count_metrics
from journeymapper.io.templates import template_ids
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import default_measurer
from journeymapper.layout.text import wrap
from journeymapper.model import Lane, LaneKind, Metric
from tests.export.conftest import do_export, pdf_text, squash, template


@pytest.mark.parametrize("template_id", template_ids())
def test_the_map_header_shows_the_whole_description(tmp_path, template_id) -> None:
    doc = template(template_id)
    path, _ = do_export(tmp_path, doc, paper="A3")
    text = pdf_text(path)
    assert squash(doc.description) in squash(text)
    assert ".…" not in text


def test_an_ellipsis_marks_a_real_cut_and_never_follows_a_full_stop() -> None:
    measurer = default_measurer()
    text = "The first sentence is complete. The second one is not shown at all"
    width = measurer.width("The first sentence is complete…", 9) + 1
    lines = wrap(text, width, 9, measurer, max_lines=1)
    assert lines == ["The first sentence is complete…"]
    assert wrap("Short.", 200, 9, measurer, max_lines=1) == ["Short."]  # nothing cut, nothing added


def test_the_appendix_draws_funnels_only_for_counts(tmp_path) -> None:
    doc = template("saas-onboarding")
    average = next(m for m in doc.metrics if "per account" in m.name)
    assert average not in count_metrics(doc)
    visitors = Metric(id="m-visitors", lane_id=average.lane_id, name="Visitors", unit="visitors",
                      values={s.id: 1000.0 / (i + 1) for i, s in enumerate(doc.stages)})
    doc.metrics.append(visitors)
    path, _ = do_export(tmp_path, doc, paper="A4", appendix=True)
    text = pdf_text(path)
    assert "Funnel: Visitors" in text
    assert f"Funnel: {average.name}" not in text
    assert "300 %" not in text and "−200 %" not in text
    assert squash(average.name) in squash(text)  # still in the per-stage KPI table


def test_danish_per_account_average_is_no_funnel() -> None:
    doc = template("saas-onboarding", "da")
    assert not any("pr. konto" in m.name for m in count_metrics(doc))


def test_cover_wraps_names_at_word_boundaries_and_carries_no_map_text(tmp_path) -> None:
    doc = template("laptop-shop")
    doc.author = "Søren Kierkegaard-Ødegård"
    doc.client = "Aktieselskabet Københavnske Computerforhandlere"
    path, _ = do_export(tmp_path, doc, paper="A4", cover=True)
    cover = PdfReader(path).pages[0].extract_text()
    lines = cover.splitlines()
    assert any("Ødegård" in line for line in lines)
    assert not any(line.rstrip().endswith("Ødegår") for line in lines)
    assert any("Computerforhandlere" in line for line in lines)
    assert not any(card.text[:15] in cover for card in doc.cards)  # the thumbnail is greeked
    assert len(cover.split()) < 120


def test_template_defaults_do_not_print(tmp_path) -> None:
    doc = template("service-blueprint")
    doc.author = "Journey Mapper"  # what maps made from the earlier templates carry as their author
    doc.instructions = "Workshop facilitator: replace every sticky note before the session."
    path, _ = do_export(tmp_path, doc, paper="A3", cover=True, appendix=True)
    text = pdf_text(path)
    assert "Journey Mapper" not in text
    assert "facilitator" not in text
    assert not PdfReader(path).metadata.author
    layout = compute_layout(doc, default_measurer())
    headers = {box.id: [line.text for line in box.lines] for box in layout.lane_headers}
    evidence = next(lane for lane in doc.lanes if lane.title == "Physical evidence")
    assert evidence.kind == LaneKind.TEXT and headers[evidence.id] == ["Physical evidence"]
    actions = next(lane for lane in doc.lanes if lane.title == "Customer actions")
    assert "Actions" not in headers[actions.id]
    thinking = Lane(id="l-q", kind=LaneKind.THOUGHTS, title="Questions the buyer asks")
    doc.lanes.append(thinking)  # a title that does not name its kind keeps the kind label
    layout = compute_layout(doc, default_measurer())
    box = next(b for b in layout.lane_headers if b.id == "l-q")
    assert [line.text for line in box.lines][-1] == "Thoughts"


def test_an_author_the_user_wrote_prints(tmp_path) -> None:
    doc = template("ecommerce")
    doc.author = "Ann Analyst"
    path, _ = do_export(tmp_path, doc, paper="A3", cover=True)
    assert "Ann Analyst" in pdf_text(path)
    assert PdfReader(path).metadata.author == "Ann Analyst"
