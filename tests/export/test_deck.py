"""The PowerPoint deck, read back with python-pptx: slide order, native shapes and text, charts, tables,
hostile text, the map's language, properties."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from journeymapper.analysis.check import check
from journeymapper.export.deck import DeckOptions, export_deck
from journeymapper.export.deck.sections import has_content
from journeymapper.export.options import ExportCancelled, ExportError
from journeymapper.model import Card, Connector

from .conftest import big_map, template
from .deck_helpers import all_runs, frame_texts, make_deck, notes, table_texts, titles, walk, with_visitors


def _stage_slides(prs, doc):
    names = [s.name for s in doc.stages]
    return [slide for slide, title in zip(prs.slides, titles(prs), strict=True)
            if any(title.startswith(n) for n in names) and title != doc.title]


def test_slides_come_in_order_title_overview_stages_personas_funnels_kpis_check(tmp_path) -> None:
    doc = with_visitors(template("laptop-shop"), [1000, 800, 300, 250, 120, 100, 90, 80])
    prs, result = make_deck(tmp_path, doc)
    got = titles(prs)
    assert result.slide_count == len(got) == len(prs.slides)
    assert got[0] == doc.title and got[1] == "Overview"
    stage_titles = got[2:2 + len(_stage_slides(prs, doc))]
    # Every stage in map order, each on its own slide or continued after it.
    shown = [name for t in stage_titles for name in t.removesuffix(" (continued)").split(" · ")]
    assert list(dict.fromkeys(shown)) == [s.name for s in doc.stages]
    rest = got[2 + len(stage_titles):]
    personas = [p.name for p in doc.personas if has_content(p)]
    assert rest[:len(personas)] == personas
    assert rest[len(personas)] == "Funnel: Visitors"
    assert rest[len(personas) + 1].startswith("KPIs")
    assert rest[-1].startswith("Journey check") and check(doc)


def test_every_card_text_is_in_a_native_text_frame_and_no_picture_of_the_map(tmp_path) -> None:
    doc = template("ecommerce")
    prs, _ = make_deck(tmp_path, doc)
    texts = [t for slide in prs.slides for t in frame_texts(slide)]
    for card in doc.cards:
        if card.text.strip():
            assert card.text in texts, card.text
    for slide in prs.slides:
        assert not [s for s in walk(slide.shapes) if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_overview_is_native_shapes_grouped_per_lane_with_connectors(tmp_path) -> None:
    doc = template("laptop-shop")
    prs, _ = make_deck(tmp_path, doc)
    overview = prs.slides[1]
    groups = {s.name: s for s in overview.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP}
    for lane in doc.lanes:
        assert f"Lane: {lane.title}" in groups
    connectors = [s for s in walk(overview.shapes) if s.element.tag.endswith("}cxnSp")]
    assert len(connectors) == len(doc.connectors) > 0
    cards = [s for s in walk(overview.shapes)
             if s.name.startswith("Card ") and s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE]
    assert len(cards) == len(doc.cards)
    curve = [s for s in walk(overview.shapes) if s.name.startswith("Emotion curve")]
    assert len(curve) == len([c for c in doc.curves if c.visible])
    # At this scale card text would print below 6 pt: greeked, and the slide says where the text is.
    assert any(s.name.startswith("Greeked text") for s in walk(overview.shapes))
    assert "The card texts are on the stage slides that follow." in frame_texts(overview)


def test_stage_slides_are_readable_and_carry_the_description_in_the_notes(tmp_path) -> None:
    doc = template("laptop-shop")
    doc.stages[0].notes = "Mention the blog post."
    prs, _ = make_deck(tmp_path, doc)
    stage_slides = _stage_slides(prs, doc)
    assert stage_slides
    for slide in stage_slides:
        for run in all_runs(slide):
            assert run.font.size is None or run.font.size >= Pt(12), run.text
    first = notes(stage_slides[0])
    assert doc.stages[0].description in first and "Mention the blog post." in first


def test_count_metric_funnel_is_a_native_bar_chart_of_the_stages(tmp_path) -> None:
    counts = [1000.0, 640.0, 300.0, 210.0]
    doc = with_visitors(template("ecommerce"), counts)
    prs, _ = make_deck(tmp_path, doc)
    (slide,) = [s for s, t in zip(prs.slides, titles(prs), strict=True) if t == "Funnel: Visitors"]
    (chart_frame,) = [s for s in slide.shapes if s.has_chart]
    plot = chart_frame.chart.plots[0]
    assert list(plot.categories) == [s.name for s in doc.stages[:len(counts)]]
    assert list(plot.series[0].values) == counts


def test_other_kpis_are_a_native_table_with_value_target_and_status(tmp_path) -> None:
    doc = template("ecommerce")
    prs, _ = make_deck(tmp_path, doc)
    kpi_slides = [s for s, t in zip(prs.slides, titles(prs), strict=True) if t.startswith("KPIs")]
    cells = [c for s in kpi_slides for c in table_texts(s)]
    assert cells[:5] == ["KPI", "Stage", "Value", "Target", "Status"]
    metric = doc.metrics[0]
    assert metric.name in cells
    assert "misses target" in cells or "meets target" in cells


def test_journey_check_findings_are_table_rows_what_and_where(tmp_path) -> None:
    doc = template("ecommerce")
    findings = check(doc)
    assert findings
    prs, _ = make_deck(tmp_path, doc)
    check_slides = [s for s, t in zip(prs.slides, titles(prs), strict=True) if t.startswith("Journey check")]
    cells = [c for s in check_slides for c in table_texts(s)]
    assert cells[:2] == ["What", "Where"]
    assert findings[0].message in cells


def test_no_findings_no_check_slide(tmp_path) -> None:
    doc = template("blank")
    doc.stages, doc.lanes, doc.cards, doc.curves, doc.metrics, doc.personas = [], [], [], [], [], []
    assert not check(doc)
    prs, _ = make_deck(tmp_path, doc)
    assert titles(prs) == [doc.title, "Overview"]


HOSTILE = ["<b>bold</b> & <i>not</i>", "&amp; &lt;x&gt;", "{{x}} {0} %s", "]]><p:sp/>"]


def test_hostile_strings_stay_literal_control_characters_go_with_one_warning(tmp_path) -> None:
    doc = template("ecommerce")
    lane, stage = doc.lanes[0], doc.stages[0]
    for n, text in enumerate(HOSTILE):
        doc.cards.append(Card(id=f"h{n}", lane_id=lane.id, stage_id=stage.id, order=100 + n, text=text))
    doc.cards.append(Card(id="ctl", lane_id=lane.id, stage_id=stage.id, order=200, text="be\x00ep\x07 \x1bend"))
    doc.title = "Title <b>&amp;</b>\x0b"
    long_word = "x" * 10_000
    doc.cards.append(Card(id="long", lane_id=lane.id, stage_id=stage.id, order=300, text=long_word))
    prs, result = make_deck(tmp_path, doc)
    texts = [t for slide in prs.slides for t in frame_texts(slide)]
    for text in HOSTILE:
        assert text in texts
    assert "beep end" in texts
    assert titles(prs)[0] == "Title <b>&amp;</b>"
    assert prs.core_properties.title == "Title <b>&amp;</b>"
    assert result.warnings == ("4 control characters removed from the map's text (a slide cannot hold them)",)
    # The long word is cut on the slide with an ellipsis, and whole in the notes.
    cut = [t for t in texts if t.startswith("xxxx")]
    assert cut and all(t.endswith("…") and len(t) < 1000 for t in cut)
    assert any(long_word in notes(slide) for slide in prs.slides)


def test_every_shape_stays_on_its_slide(tmp_path) -> None:
    doc = big_map(300, 6)
    doc.connectors.append(Connector(id="k", from_card="c0", to_card="c7"))
    for size in ("16:9", "4:3"):
        prs, _ = make_deck(tmp_path, doc, slide_size=size)
        w, h = prs.slide_width, prs.slide_height
        assert (w, h) == ((12192000, 6858000) if size == "16:9" else (9144000, 6858000))
        assert len(prs.slides) > 2 + len(doc.stages)  # stages with many cards continue on more slides
        for number, slide in enumerate(prs.slides, start=1):
            for s in slide.shapes:
                assert s.left >= 0 and s.top >= 0, (number, s.name)
                assert s.left + s.width <= w + 1 and s.top + s.height <= h + 1, (size, number, s.name)


def test_danish_template_deck_uses_the_danish_words(tmp_path) -> None:
    doc = template("ecommerce", "da")
    prs, _ = make_deck(tmp_path, doc)
    got = titles(prs)
    assert got[1] == "Overblik" and any(t.startswith("KPI'er") for t in got)
    assert any(t.startswith("Kunderejsetjek") for t in got)
    first = frame_texts(prs.slides[0])
    assert "KUNDEREJSEKORT" in first and "DATO" in first
    cells = [c for s in prs.slides for c in table_texts(s)]
    assert {"Værdi", "Målværdi", "Hvad", "Hvor"} <= set(cells)
    assert any("»" in c for c in cells)  # the journey check's findings, worded in Danish
    assert prs.core_properties.language == "da-DK"
    assert {r._r.get_or_add_rPr().get("lang") for s in prs.slides for r in all_runs(s)} == {"da-DK"}


def test_runs_are_noto_sans_and_the_properties_say_what_the_pdf_says(tmp_path) -> None:
    doc = template("laptop-shop")
    doc.author = "Ana Author"
    prs, _ = make_deck(tmp_path, doc)
    fonts = {r.font.name for s in prs.slides for r in all_runs(s)}
    assert fonts == {"Noto Sans"}
    props = prs.core_properties
    assert props.title == doc.title and props.author == "Ana Author"
    assert props.subject.startswith("Customer journey map")
    assert props.keywords == ", ".join(s.name for s in doc.stages)[:255]
    assert "Noto Sans" in props.comments


@pytest.mark.parametrize("author", ["Journey Mapper", "  journey mapper "])
def test_a_template_default_author_is_never_printed_on_the_deck(tmp_path, author) -> None:
    doc = template("laptop-shop")
    doc.author = author
    prs, _ = make_deck(tmp_path, doc)
    texts = [t for s in prs.slides for t in frame_texts(s)]
    assert not any("journey mapper" in t.casefold() for t in texts)
    assert "AUTHOR" not in frame_texts(prs.slides[0])  # no label left without a value
    assert prs.core_properties.author == ""


def test_cancelling_writes_nothing_and_keeps_the_old_file(tmp_path) -> None:
    path = tmp_path / "deck.pptx"
    path.write_bytes(b"old")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_deck(template("ecommerce"), path, cancelled=cancelled)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_bad_options_and_a_map_file_name_are_refused(tmp_path) -> None:
    with pytest.raises(ExportError, match="unknown slide size '5:4'"):
        export_deck(template("ecommerce"), tmp_path / "d.pptx", DeckOptions(slide_size="5:4"))
    with pytest.raises(ExportError, match="cannot be written over a .jmap"):
        export_deck(template("ecommerce"), tmp_path / "d.jmap")
    assert list(tmp_path.iterdir()) == []


def test_progress_counts_up_to_the_total(tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    export_deck(template("ecommerce"), tmp_path / "d.pptx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert Presentation(str(tmp_path / "d.pptx")).slides


def test_a_voted_map_lists_its_top_voted_cards(tmp_path) -> None:
    doc = template("ecommerce")
    plain, _ = make_deck(tmp_path, doc, name="plain.pptx")
    assert not any(t.startswith("Top-voted") for t in titles(plain))
    for n, votes in enumerate((3, 9, 5)):
        doc.cards[n].votes = votes
    prs, _ = make_deck(tmp_path, doc)
    got = titles(prs)
    (index,) = [i for i, t in enumerate(got) if t == "Top-voted cards"]
    assert got[index + 1] == doc.personas[0].name  # after the stage slides, before the personas
    cells = table_texts(prs.slides[index])
    assert cells[:4] == ["Votes", "Card", "Lane", "Stage"]
    rows = [cells[i:i + 4] for i in range(4, len(cells), 4)]
    assert [(r[0], r[1]) for r in rows] == [("9", doc.cards[1].text), ("5", doc.cards[2].text),
                                            ("3", doc.cards[0].text)]
    votes = [s for s in walk(prs.slides[1].shapes) if s.name.startswith("Vote ")]
    assert len(votes) == 3 + 9 + 5  # the overview shows the dots the canvas shows


def _small_map():
    doc = template("ecommerce")
    keep = {s.id for s in doc.stages[:2]}
    doc.stages = doc.stages[:2]
    doc.lanes = [lane for lane in doc.lanes if lane.kind.value in ("touchpoints", "actions", "emotions")]
    lanes = {lane.id for lane in doc.lanes}
    doc.cards = [c for c in doc.cards if c.lane_id in lanes and c.stage_id in keep]
    doc.metrics, doc.connectors = [], []
    return doc


def test_a_small_map_overview_holds_the_card_texts_themselves(tmp_path) -> None:
    doc = _small_map()
    prs, _ = make_deck(tmp_path, doc)
    overview = prs.slides[1]
    texts = [t.replace("\n", " ") for t in frame_texts(overview)]
    for card in doc.cards:  # big enough to read: set as text, each wrapped line a paragraph
        assert any(t == card.text for t in texts), card.text
    sizes = [run.font.size.pt for run in all_runs(overview)]
    assert min(sizes) >= 6.0
    assert any(s.name.startswith("Channel ") for s in walk(overview.shapes))


def test_persona_photo_is_a_picture_on_the_persona_slide(tmp_path) -> None:
    from .conftest import png_asset

    doc = _small_map()
    doc.assets.append(png_asset("photo", 120, 160))
    doc.personas[0].photo = "photo"
    prs, _ = make_deck(tmp_path, doc)
    (slide,) = [s for s, t in zip(prs.slides, titles(prs), strict=True) if t == doc.personas[0].name]
    pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1 and pictures[0].image.content_type == "image/png"
    assert doc.personas[0].goals[0] in " ".join(frame_texts(slide))


def test_hostile_names_of_stages_lanes_and_personas_stay_literal(tmp_path) -> None:
    doc = with_visitors(template("ecommerce"), [100.0, 50.0])
    doc.stages[0].name = "<Stage & \"one\">"
    doc.lanes[0].title = "]]> <lane/>"
    doc.personas[0].name = "{{persona}} &amp;"
    prs, _ = make_deck(tmp_path, doc)
    got = titles(prs)
    assert got[2].startswith("<Stage & \"one\">") and "{{persona}} &amp;" in got
    assert any("]]> <lane/>" in t for s in prs.slides for t in frame_texts(s))
    overview_groups = [s.name for s in prs.slides[1].shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert "Lane: ]]> <lane/>" in overview_groups
    (chart_slide,) = [s for s, t in zip(prs.slides, got, strict=True) if t == "Funnel: Visitors"]
    (frame,) = [s for s in chart_slide.shapes if s.has_chart]
    assert list(frame.chart.plots[0].categories)[0] == "<Stage & \"one\">"


def test_a_broken_persona_photo_is_left_out_with_a_warning(tmp_path) -> None:
    from journeymapper.model import Asset

    doc = _small_map()
    doc.assets.append(Asset(id="bad", mime="image/png", width=10, height=10, data="AAAA"))
    doc.personas[0].photo = "bad"
    prs, result = make_deck(tmp_path, doc)
    assert result.warnings == ("image bad left out: not a valid PNG or JPEG",)
    assert not [s for slide in prs.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
