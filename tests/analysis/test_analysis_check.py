"""Journey check: each rule fires on a map made to trigger it and is silent on a clean map."""

from __future__ import annotations

import pytest

from journeymapper.analysis.check import MESSAGES, Finding, Severity, check
from journeymapper.model import ConnectorStyle, CurveVariant, EmotionScale, Evidence, LaneKind


def _rules(doc) -> list[str]:
    return [f.rule for f in check(doc)]


def _only(doc, rule: str) -> Finding:
    found = [f for f in check(doc) if f.rule == rule]
    assert len(found) == 1, found
    return found[0]


def _drop_cards(b, *ids):
    b.doc.cards = [c for c in b.doc.cards if c.id not in ids]


def test_clean_map_has_no_findings(clean):
    assert check(clean.doc) == []


def test_stage_without_touchpoint(clean):
    _drop_cards(clean, "t_pu")
    finding = _only(clean.doc, "stage-without-touchpoint")
    assert finding.severity is Severity.WARNING
    assert finding.message == 'Stage “Purchase” has no touchpoint.'
    assert finding.ids == ("pu",)
    assert finding.params == {"stage": "Purchase"}
    assert MESSAGES[finding.rule].format(**finding.params) == finding.message
    # The gap also breaks the flow: the consideration card now leads nowhere.
    dead = _only(clean.doc, "dead-end")
    assert dead.ids == ("t_co",) and dead.severity is Severity.INFO
    assert dead.message == ('Card “In-depth review” in stage “Consideration” leads nowhere, '
                            "though the journey goes on.")


def test_stage_without_emotion_and_curve_missing_stages(clean):
    curve = clean.doc.curves[0]
    curve.points = [p for p in curve.points if p.stage_id != "re"]
    finding = _only(clean.doc, "stage-without-emotion")
    assert finding.message == 'Stage “Retention” has no point on any emotion curve.'
    # Reported once: the only curve missing it adds no second finding.
    assert "curve-missing-stages" not in _rules(clean.doc)
    clean.curve("emo", "anna", {"aw": 0, "co": 0, "pu": 0}, variant=CurveVariant.TO_BE)
    missing = _only(clean.doc, "curve-missing-stages")
    assert missing.message == 'The to-be emotion curve of “Anna” has no point for “Advocacy”.'
    assert missing.severity is Severity.WARNING


def test_persona_without_curve(clean):
    clean.persona("Bo", id="bo")
    finding = _only(clean.doc, "persona-without-curve")
    assert (finding.severity, finding.ids) == (Severity.INFO, ("bo",))
    assert finding.message == 'Persona “Bo” has no emotion curve.'


def test_pain_point_without_opportunity(clean):
    clean.card("pain", "co", "Too many models to compare", id="pain_co")
    finding = _only(clean.doc, "pain-without-opportunity")
    assert finding.ids == ("pain_co",)
    assert finding.message == ('Pain point “Too many models to compare” in stage “Consideration” '
                               "has no opportunity in the same stage or connected to it.")
    # An opportunity in another stage, connected by a connector, answers it.
    clean.card("opp", "re", "Comparison table in follow-up mail", id="opp_re")
    clean.connect("opp_re", "pain_co", ConnectorStyle.OPTIONAL)
    assert "pain-without-opportunity" not in _rules(clean.doc)


def test_emotion_dip_without_pain_point(clean):
    _drop_cards(clean, "pain_pu")
    finding = _only(clean.doc, "emotion-dip")
    assert finding.message == ('The as-is emotion curve of “Anna” dips to -2 in stage “Purchase”, '
                               "but no pain point is recorded there.")
    assert finding.ids == (clean.doc.curves[0].id, "pu")


@pytest.mark.parametrize(("low", "high", "value", "dips"), [
    (-3, 3, -2, True), (-3, 3, -1, False), (-5, 5, -4, True), (-5, 5, -3, False), (-6, 6, -4, True),
    (0, 10, 1, True), (0, 10, 2, False),
])
def test_emotion_dip_is_the_bottom_sixth_of_the_scale(clean, low, high, value, dips):
    _drop_cards(clean, "pain_pu")
    clean.doc.emotion_scale = EmotionScale(min=low, max=high)
    for point in clean.doc.curves[0].points:
        point.value = value if point.stage_id == "pu" else high
    assert ("emotion-dip" in _rules(clean.doc)) is dips


def test_kpi_below_target_respects_direction(clean):
    conv = next(m for m in clean.doc.metrics if m.id == "conv")
    conv.values["pu"] = 1.5
    finding = _only(clean.doc, "kpi-below-target")
    assert finding.message == ('KPI “Conversion rate” misses its target in stage “Purchase”: '
                               "1.5% against 2.5%.")
    assert finding.ids == ("conv", "pu")
    conv.values["pu"] = 3.0
    bounce = next(m for m in clean.doc.metrics if m.id == "bounce")
    bounce.values["aw"] = 50  # lower is better: 50 against a target of 45 misses it
    assert _only(clean.doc, "kpi-below-target").ids == ("bounce", "aw")
    bounce.values["aw"] = 30
    assert "kpi-below-target" not in _rules(clean.doc)


def test_funnel_drop_of_more_than_half(clean):
    visitors = next(m for m in clean.doc.metrics if m.id == "visitors")
    visitors.values["pu"] = 250  # 600 -> 250 loses 58 %
    finding = _only(clean.doc, "funnel-drop")
    assert finding.message == ('Funnel “Visitors” loses 58% of its customers '
                               'from “Consideration” to “Purchase”.')
    assert finding.ids == ("visitors", "pu")
    visitors.values["pu"] = 300  # exactly half is not more than half
    assert "funnel-drop" not in _rules(clean.doc)


def test_unreachable_cards_and_loops(clean):
    clean.card("tp", "re", "Loyalty club", id="club")
    clean.card("tp", "re", "Members' newsletter", id="news")
    clean.connect("t_pu", "t_re")  # the journey goes on past the club ...
    clean.connect("club", "news")  # ... which only its own newsletter leads to
    clean.connect("news", "club")
    findings = check(clean.doc)
    unreachable = [f for f in findings if f.rule == "unreachable-card"]
    assert [f.ids for f in unreachable] == [("club",), ("news",)]
    assert unreachable[0].message == 'No journey reaches card “Loyalty club” in stage “Retention”.'
    loop = _only(clean.doc, "loop")
    assert loop.message == ('Customers can go round in a loop: '
                            '“Loyalty club” → “Members\' newsletter” → “Loyalty club”.')
    assert loop.severity is Severity.INFO
    assert {f.rule for f in findings} == {"unreachable-card", "loop"}


def test_back_connector_loop(clean):
    clean.connect("t_pu", "t_co", ConnectorStyle.BACK, label="coupon fails")
    assert _only(clean.doc, "loop").ids == ("t_co", "t_pu")


def test_mostly_guesswork(clean):
    for card in clean.doc.cards[:3]:
        card.evidence = Evidence.ASSUMED
    assert "mostly-assumed" not in _rules(clean.doc)  # 3 of 7 cards
    clean.doc.cards[3].evidence = Evidence.ASSUMED
    finding = _only(clean.doc, "mostly-assumed")
    assert finding.message == "57% of the cards are assumed, not observed: the map is mostly guesswork."
    assert finding.severity is Severity.WARNING and len(finding.ids) == 4


def test_integrity_problems_are_errors_and_come_first(clean):
    _drop_cards(clean, "t_pu")
    clean.connect("t_aw", "ghost")
    findings = check(clean.doc)
    assert findings[0].severity is Severity.ERROR and findings[0].rule == "broken-reference"
    assert "ghost" in findings[0].message
    ranks = [("error", "warning", "info").index(f.severity.value) for f in findings]
    assert ranks == sorted(ranks)


def test_findings_follow_map_order(clean):
    _drop_cards(clean, "t_re", "t_co")
    stages = [f.params["stage"] for f in check(clean.doc) if f.rule == "stage-without-touchpoint"]
    assert stages == ["Consideration", "Retention"]


def test_no_touchpoint_lane_at_all(builder):
    builder.stage("Awareness")
    builder.lane(LaneKind.GOALS)
    assert _rules(builder.doc) == ["stage-without-touchpoint"]


def test_big_map_check_gives_well_formed_findings(big_map):
    check(big_map)  # warm up imports
    findings = check(big_map)
    assert findings and all(f.message == MESSAGES[f.rule].format(**f.params) for f in findings)
