"""The built-in template files: valid, canonical, complete, bilingual and generated."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from journeymapper.io import dumps, load
from journeymapper.io.templates import builtin_dir, list_templates, new_from_template, template_ids
from journeymapper.model import (
    CARD_LANE_KINDS,
    ConnectorStyle,
    CurveVariant,
    JourneyMap,
    LaneKind,
    integrity_problems,
)

REPO = Path(__file__).resolve().parents[2]
LANGS = ("en", "da")
EMPTY = {"workshop-wall", "blank"}
CATALOG = [entry["id"] for entry in
           json.loads((REPO / "resources" / "templates" / "catalog.json").read_text("utf-8"))["templates"]]
FULL = [tid for tid in CATALOG if tid not in EMPTY]


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """``tools.templates`` (the repository root is not on sys.path under plain pytest)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module("tools.templates")


def path_of(tid: str, lang: str) -> Path:
    return builtin_dir() / f"{tid}.{lang}.jmap"


def doc_of(tid: str, lang: str) -> JourneyMap:
    return load(path_of(tid, lang))


def structure(doc: JourneyMap) -> dict[str, Any]:
    """Everything but the words: ids, references, kinds, numbers."""
    return {
        "personas": [(p.id, p.colour, len(p.goals), len(p.frustrations)) for p in doc.personas],
        "stages": [(s.id, s.colour, s.width) for s in doc.stages],
        "lanes": [(ln.id, ln.kind, ln.colour, ln.height) for ln in doc.lanes],
        "cards": [(c.id, c.lane_id, c.stage_id, c.order, c.channel, c.evidence, len(c.tags), c.personas)
                  for c in doc.cards],
        "curves": [(cv.id, cv.lane_id, cv.persona_id, cv.variant,
                    [(pt.stage_id, pt.value, bool(pt.label)) for pt in cv.points]) for cv in doc.curves],
        "connectors": [(cn.id, cn.from_card, cn.to_card, cn.style, bool(cn.label)) for cn in doc.connectors],
        "metrics": [(m.id, m.lane_id, m.higher_is_better, sorted(m.values), sorted(m.targets))
                    for m in doc.metrics],
    }


def test_catalog_matches_the_files() -> None:
    assert template_ids() == CATALOG
    assert CATALOG[0] == "ecommerce"
    expected = {f"{tid}.{lang}.jmap" for tid in CATALOG for lang in LANGS}
    assert {p.name for p in builtin_dir().glob("*.jmap")} == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tid", CATALOG)
def test_loads_validates_and_round_trips(tid: str, lang: str) -> None:
    path = path_of(tid, lang)
    doc = load(path)
    assert dumps(doc) == path.read_text(encoding="utf-8")
    assert integrity_problems(doc) == []
    assert doc.language.value == lang
    assert doc.title.strip() and (doc.description.strip() or tid == "blank")
    assert doc.author == ""  # the consultant's name, not the app's
    assert doc.instructions.strip() and "\n" not in doc.description  # the how-to is never printed
    assert doc.created == doc.modified and doc.created.year == 2026
    assert doc.id == f"tpl-{tid}"
    assert doc.stages and doc.lanes


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tid", FULL)
def test_full_templates_have_content_everywhere(tid: str, lang: str) -> None:
    doc = doc_of(tid, lang)
    card_lanes = [ln for ln in doc.lanes if ln.kind in CARD_LANE_KINDS]
    assert len(card_lanes) >= 4
    filled = {(c.lane_id, c.stage_id) for c in doc.cards}
    for lane in card_lanes:
        for stage in doc.stages:
            assert (lane.id, stage.id) in filled, f"empty cell {lane.id} x {stage.id}"
    for card in doc.cards:
        assert card.text.strip() and card.source.strip(), card.id
        if doc.lanes[[ln.id for ln in doc.lanes].index(card.lane_id)].kind is LaneKind.TOUCHPOINTS:
            assert card.channel is not None, card.id
    assert {c.evidence.value for c in doc.cards} == {"observed", "assumed", "proposed"}
    assert doc.stages and all(s.name.strip() and s.description.strip() for s in doc.stages)


@pytest.mark.parametrize("tid", FULL)
def test_full_templates_have_a_persona_and_an_emotion_curve(tid: str) -> None:
    doc = doc_of(tid, "en")
    assert doc.personas
    for persona in doc.personas:
        assert persona.quote and persona.goals and persona.frustrations and persona.role
    emotions = [ln.id for ln in doc.lanes if ln.kind is LaneKind.EMOTIONS]
    assert len(emotions) == 1
    as_is = [cv for cv in doc.curves if cv.variant is CurveVariant.AS_IS]
    assert as_is and all(cv.lane_id == emotions[0] for cv in doc.curves)
    for curve in as_is:
        assert [pt.stage_id for pt in curve.points] == [s.id for s in doc.stages]
        assert sum(bool(pt.label) for pt in curve.points) >= 2
        assert len({pt.value for pt in curve.points}) >= 3  # a curve, not a line


@pytest.mark.parametrize("tid", FULL)
def test_kpis_have_units_and_known_stages(tid: str) -> None:
    doc = doc_of(tid, "en")
    kpi_lanes = [ln.id for ln in doc.lanes if ln.kind is LaneKind.KPIS]
    assert len(kpi_lanes) == 1 and len(doc.metrics) >= 4
    for metric in doc.metrics:
        assert metric.values and metric.unit is not None
        assert set(metric.targets) <= set(metric.values)


def _contrast_with_white(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


@pytest.mark.parametrize("tid", CATALOG)
def test_stage_colours_carry_white_text(tid: str) -> None:
    for stage in doc_of(tid, "en").stages:
        assert _contrast_with_white(stage.colour) >= 4.5, stage.id


@pytest.mark.parametrize("tid", CATALOG)
def test_both_languages_have_the_same_structure(tid: str) -> None:
    en, da = doc_of(tid, "en"), doc_of(tid, "da")
    assert structure(en) == structure(da)
    if tid != "blank":
        assert [s.name for s in en.stages] != [s.name for s in da.stages]
        assert [ln.title for ln in en.lanes] != [ln.title for ln in da.lanes]
    assert en.title != da.title and (en.description, en.instructions) != (da.description, da.instructions)


def test_files_on_disk_equal_the_generator_output(generator: ModuleType) -> None:
    rendered = generator.render_all()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in builtin_dir().glob("*.jmap")}
    assert rendered.keys() == on_disk.keys()
    stale = [name for name in rendered if rendered[name] != on_disk[name]]
    assert stale == [], "run: python -m tools.templates"
    assert generator.stale_files() == []


def test_the_generator_is_deterministic(generator: ModuleType) -> None:
    assert generator.render_all() == generator.render_all()


def test_workshop_wall_is_empty_and_big() -> None:
    for lang in LANGS:
        doc = doc_of("workshop-wall", lang)
        assert doc.cards == [] and doc.curves == [] and doc.metrics == []
        assert all(s.width == 1.5 for s in doc.stages)
        assert all(2 <= ln.height <= 3 for ln in doc.lanes)
        kinds = [ln.kind.value for ln in doc.lanes]
        assert kinds == ["touchpoints", "actions", "thoughts", "emotions", "pain_points", "opportunities"]


def test_blank_has_one_stage_and_one_lane() -> None:
    for lang in LANGS:
        doc = doc_of("blank", lang)
        assert len(doc.stages) == 1 and len(doc.lanes) == 1 and doc.cards == []


def test_ecommerce_uses_the_seed_stages_and_metrics() -> None:
    da, en = doc_of("ecommerce", "da"), doc_of("ecommerce", "en")
    assert [s.name for s in da.stages] == ["Bevidsthed", "Overvejelse", "Køb", "Fastholdelse", "Anbefaling"]
    assert [s.name for s in en.stages] == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]
    names = " | ".join(m.name for m in da.metrics).lower()
    for term in ("konverteringsrate", "afvisningsrate", "tid på siden", "opgivelse af indkøbskurv",
                 "kundens levetidsværdi", "kundetilfredshed"):
        assert term in names
    lower_is_better = {m.id for m in en.metrics if not m.higher_is_better}
    assert lower_is_better == {"m-bounce-rate", "m-cart-abandonment"}
    assert all(m.unit for m in en.metrics)
    lanes = [ln.kind.value for ln in en.lanes]
    for kind in ("touchpoints", "actions", "thoughts", "emotions", "pain_points", "opportunities",
                 "goals", "kpis"):
        assert kind in lanes


def test_laptop_shop_follows_the_seed_example() -> None:
    doc = doc_of("laptop-shop", "en")
    text = " ".join(c.text for c in doc.cards)
    for query in ("new Windows laptops", "new Dell Windows laptops", "Dell [model] laptop reviews",
                  "Dell [model] laptop coupon codes", "buy Dell [model] laptop online"):
        assert query in text
    assert "price-conscious" in doc.personas[0].role.lower()
    points = {pt.stage_id: pt.value for pt in doc.curves[0].points}
    assert points["s-compare"] == min(points.values())
    assert points["s-validate"] > points["s-compare"] and points["s-follow-up"] > points["s-buy"]
    styles = {(cn.from_card, cn.to_card): cn.style for cn in doc.connectors}
    assert styles[("c-deal-coupon-search", "c-compare-price-comparison")] is ConnectorStyle.BACK
    assert styles[("c-search-google-search", "c-search-blog-post")] is ConnectorStyle.FLOW
    assert ConnectorStyle.OPTIONAL in styles.values()


def test_service_blueprint_has_the_blueprint_lanes() -> None:
    doc = doc_of("service-blueprint", "en")
    titles = " | ".join(ln.title.lower() for ln in doc.lanes)
    for words in ("line of interaction", "line of visibility", "support processes", "customer actions"):
        assert words in titles
    assert sum(ln.kind is LaneKind.BACKSTAGE for ln in doc.lanes) >= 2


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tid", CATALOG)
def test_new_from_template_gives_fresh_ids(tid: str, lang: str) -> None:
    stored = doc_of(tid, lang)
    doc = new_from_template(tid, lang)
    assert integrity_problems(doc) == []
    assert structure(doc).keys() == structure(stored).keys()
    old_ids = {item.id for group in (stored.personas, stored.stages, stored.lanes, stored.cards,
                                     stored.curves, stored.connectors, stored.metrics) for item in group}
    new_ids = {item.id for group in (doc.personas, doc.stages, doc.lanes, doc.cards, doc.curves,
                                     doc.connectors, doc.metrics) for item in group}
    assert old_ids.isdisjoint(new_ids) and len(new_ids) == len(old_ids)
    assert doc.id != stored.id and doc.title == stored.title
    assert len(doc.cards) == len(stored.cards) and len(doc.connectors) == len(stored.connectors)


def test_gallery_lists_every_builtin_in_both_languages() -> None:
    infos = list_templates(include_user=False)
    assert [(i.id, i.language) for i in infos] == [(tid, lang) for tid in CATALOG for lang in LANGS]
    for info in infos:
        doc = load(info.path)
        assert info.builtin and info.error is None
        assert info.name == doc.title and info.summary == (doc.description or doc.instructions).split("\n")[0]
    assert {i.language for i in list_templates("da", include_user=False)} == {"da"}


def test_the_how_to_lives_in_the_instructions_not_the_description() -> None:
    doc = load(path_of("ecommerce", "en"))
    assert "Replace the example with your own research" in doc.instructions
    assert "Replace" not in doc.description
