"""Journey check: gaps and warning signs in a map, as findings with a message.

Each finding's message is ``format_message(MESSAGES[rule], params)``; the GUI translates the
template instead and formats it with the same ``params``.
Every rule is a single pass over the map, so a 5,000-card map checks in a
fraction of a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum

from journeymapper.analysis.funnel import count_metrics, funnel
from journeymapper.analysis.graph import FlowWalks, build_graph
from journeymapper.model import (
    CurveVariant,
    Evidence,
    JourneyMap,
    LaneKind,
    Language,
    integrity_problems,
)
from journeymapper.text import percent, quoted_list, with_unit


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

# The findings' messages, the single source: the editor translates these very templates (context
# "JourneyCheck"; tools/update_translations.py extracts them from here) and the deck words them in
# Danish from the same ``params``. Names are quoted here; lists of names and numbers arrive
# already written in the check's language (see :func:`check`).
MESSAGES: dict[str, str] = {
    "broken-reference": "{path}: {problem}",
    "stage-without-touchpoint": "Stage “{stage}” has no touchpoint.",
    "stage-without-emotion": "Stage “{stage}” has no point on any emotion curve.",
    "curve-missing-stages": "The {variant} emotion curve of “{persona}” has no point for {stages}.",
    "persona-without-curve": "Persona “{persona}” has no emotion curve.",
    "pain-without-opportunity": ("Pain point “{card}” in stage “{stage}” has no opportunity "
                                 "in the same stage or connected to it."),
    "emotion-dip": ("The {variant} emotion curve of “{persona}” dips to {value} in stage "
                    "“{stage}”, but no pain point is recorded there."),
    "kpi-below-target": "KPI “{metric}” misses its target in stage “{stage}”: {value} against {target}.",
    "funnel-drop": "Funnel “{metric}” loses {lost} of its customers from “{previous}” to “{stage}”.",
    "dead-end": "Card “{card}” in stage “{stage}” leads nowhere, though the journey goes on.",
    "unreachable-card": "No journey reaches card “{card}” in stage “{stage}”.",
    "loop": "Customers can go round in a loop: {cards}.",
    "mostly-assumed": "{share} of the cards are assumed, not observed: the map is mostly guesswork.",
}

#: The curve in "The {variant} emotion curve of …" (Danish: the definite adjective, "Den nuværende …").
VARIANT_NAMES = {CurveVariant.AS_IS: "as-is", CurveVariant.TO_BE: "to-be"}


@dataclass(frozen=True)
class Finding:
    severity: Severity
    rule: str
    message: str
    ids: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict, hash=False)


# A finding's place in the map, for sorting: (stage index, lane index, item index).
_Place = tuple[int, int, int]
_NOWHERE: _Place = (-1, -1, -1)


def short(text: str, width: int = 40) -> str:
    """A card's text as a name: its first line, cut to ``width`` characters."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if not line:
        return "(no text)"
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def number(value: float, unit: str = "", language: Language = Language.EN) -> str:
    """A value as a person writes it in ``language``: "8,600 kr.", "2.2%" / "8.600 kr.", "2,2 %"."""
    return with_unit(value, unit, language)


def format_message(template: str, params: dict[str, str]) -> str:
    """``template`` filled with ``params``; a unit's own period ends the sentence ("120 sek.")."""
    text = template.format(**params)
    return text[:-1] if text.endswith("..") else text


class _Checker:
    def __init__(self, doc: JourneyMap, language: Language) -> None:
        self.doc = doc
        self.language = language
        self.found: list[tuple[tuple[int, _Place, int], Finding]] = []
        self.stage_pos = {s.id: i for i, s in enumerate(doc.stages)}
        self.stage_name = {s.id: s.name for s in doc.stages}
        self.lane_pos = {lane.id: i for i, lane in enumerate(doc.lanes)}
        self.lane_kind = {lane.id: lane.kind for lane in doc.lanes}
        self.persona_name = {p.id: p.name for p in doc.personas}
        # Cards whose lane and stage exist, with their kind; the rest are integrity errors.
        self.cards = {c.id: c for c in doc.cards
                      if c.stage_id in self.stage_pos and c.lane_id in self.lane_kind}
        self.kinds_in_stage: dict[str, set[LaneKind]] = defaultdict(set)
        for card in self.cards.values():
            self.kinds_in_stage[card.stage_id].add(self.lane_kind[card.lane_id])

    def add(self, severity: Severity, rule: str, ids: tuple[str, ...], place: _Place,
            **params: str) -> None:
        finding = Finding(severity, rule, format_message(MESSAGES[rule], params), ids, params)
        self.found.append(((_RANK[severity], place, len(self.found)), finding))

    def card_place(self, card_id: str) -> _Place:
        card = self.cards[card_id]
        return (self.stage_pos[card.stage_id], self.lane_pos[card.lane_id], card.order)

    def card_params(self, card_id: str) -> dict[str, str]:
        card = self.cards[card_id]
        return {"card": short(card.text), "stage": self.stage_name[card.stage_id]}

    def kind_of(self, card_id: str) -> LaneKind | None:
        card = self.cards.get(card_id)
        return self.lane_kind[card.lane_id] if card else None

    def result(self) -> list[Finding]:
        self.found.sort(key=lambda item: item[0])
        return [finding for _, finding in self.found]

    # -- rules ---------------------------------------------------------------------------

    def integrity(self) -> None:
        for problem in integrity_problems(self.doc):
            self.add(Severity.ERROR, "broken-reference", (), _NOWHERE,
                     path=problem.path, problem=problem.message)

    def stages(self) -> None:
        for i, stage in enumerate(self.doc.stages):
            if LaneKind.TOUCHPOINTS not in self.kinds_in_stage[stage.id]:
                self.add(Severity.WARNING, "stage-without-touchpoint", (stage.id,), (i, -1, -1),
                         stage=stage.name)

    def curves(self) -> None:
        curves = [c for c in self.doc.curves if c.persona_id in self.persona_name]
        with_curve = {c.persona_id for c in curves}
        for i, persona in enumerate(self.doc.personas):
            if persona.id not in with_curve:
                self.add(Severity.INFO, "persona-without-curve", (persona.id,), (-1, -1, i),
                         persona=persona.name)
        if not curves:
            return
        # A stage no curve covers is reported once, not again for every curve.
        covered = {pt.stage_id for c in curves for pt in c.points}
        for i, stage in enumerate(self.doc.stages):
            if stage.id not in covered:
                self.add(Severity.WARNING, "stage-without-emotion", (stage.id,), (i, -1, -1),
                         stage=stage.name)
        for curve in curves:
            have = {pt.stage_id for pt in curve.points}
            missing = [s for s in self.doc.stages if s.id in covered and s.id not in have]
            if missing:
                self.add(Severity.WARNING, "curve-missing-stages", (curve.id, *(s.id for s in missing)),
                         (self.stage_pos[missing[0].id], self.lane_pos.get(curve.lane_id, -1), -1),
                         variant=VARIANT_NAMES[curve.variant],
                         persona=self.persona_name[curve.persona_id],
                         stages=quoted_list((s.name for s in missing), self.language))

    def emotion_dips(self) -> None:
        low, high = self.doc.emotion_scale.min, self.doc.emotion_scale.max
        for curve in self.doc.curves:
            if curve.persona_id not in self.persona_name:
                continue
            for pt in curve.points:
                # The bottom sixth of the scale: -2 and below on -3..3 (integer-exact).
                dip = 6 * (pt.value - low) <= high - low
                if (dip and pt.stage_id in self.stage_pos
                        and LaneKind.PAIN_POINTS not in self.kinds_in_stage[pt.stage_id]):
                    self.add(Severity.WARNING, "emotion-dip", (curve.id, pt.stage_id),
                             (self.stage_pos[pt.stage_id], self.lane_pos.get(curve.lane_id, -1), -1),
                             variant=VARIANT_NAMES[curve.variant],
                             persona=self.persona_name[curve.persona_id],
                             value=number(pt.value, "", self.language), stage=self.stage_name[pt.stage_id])

    def pain_points(self) -> None:
        linked: set[str] = set()  # pain points with a connector to or from an opportunity
        for conn in self.doc.connectors:
            ends = (self.kind_of(conn.from_card), self.kind_of(conn.to_card))
            if ends == (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
                linked.add(conn.from_card)
            elif ends == (LaneKind.OPPORTUNITIES, LaneKind.PAIN_POINTS):
                linked.add(conn.to_card)
        for card_id, card in self.cards.items():
            if (self.lane_kind[card.lane_id] is LaneKind.PAIN_POINTS and card_id not in linked
                    and LaneKind.OPPORTUNITIES not in self.kinds_in_stage[card.stage_id]):
                self.add(Severity.WARNING, "pain-without-opportunity", (card_id,),
                         self.card_place(card_id), **self.card_params(card_id))

    def kpis(self) -> None:
        for m_index, metric in enumerate(self.doc.metrics):
            lane = self.lane_pos.get(metric.lane_id, -1)
            for stage in self.doc.stages:
                value, target = metric.values.get(stage.id), metric.targets.get(stage.id)
                if value is None or target is None:
                    continue
                missed = value < target if metric.higher_is_better else value > target
                if missed:
                    self.add(Severity.WARNING, "kpi-below-target", (metric.id, stage.id),
                             (self.stage_pos[stage.id], lane, m_index), metric=metric.name,
                             stage=stage.name, value=number(value, metric.unit, self.language),
                             target=number(target, metric.unit, self.language))
        for metric in count_metrics(self.doc):
            steps = funnel(self.doc, metric.id)
            for before, step in zip(steps, steps[1:], strict=False):
                if step.drop_off is not None and step.drop_off > 0.5:
                    self.add(Severity.WARNING, "funnel-drop", (metric.id, step.stage_id),
                             (self.stage_pos[step.stage_id], self.lane_pos.get(metric.lane_id, -1), -1),
                             metric=metric.name, previous=before.stage_name, stage=step.stage_name,
                             lost=percent(step.drop_off, self.language))

    def flow(self) -> None:
        walks = FlowWalks(build_graph(self.doc))  # the graph is read once for all three walks
        for card_id in walks.dead_ends():
            self.add(Severity.INFO, "dead-end", (card_id,), self.card_place(card_id),
                     **self.card_params(card_id))
        for card_id in walks.unreachable():
            self.add(Severity.INFO, "unreachable-card", (card_id,), self.card_place(card_id),
                     **self.card_params(card_id))
        for cycle in walks.loops():
            names = (short(self.cards[c].text) for c in (*cycle, cycle[0]))
            self.add(Severity.INFO, "loop", tuple(cycle), self.card_place(cycle[0]),
                     cards=quoted_list(names, self.language, " → "))

    def evidence(self) -> None:
        assumed = [c.id for c in self.doc.cards if c.evidence is Evidence.ASSUMED]
        if self.doc.cards and len(assumed) * 2 > len(self.doc.cards):
            self.add(Severity.WARNING, "mostly-assumed", tuple(assumed), _NOWHERE,
                     share=percent(len(assumed) / len(self.doc.cards), self.language))


def check(doc: JourneyMap, language: Language = Language.EN) -> list[Finding]:
    """Everything worth a second look in ``doc``: errors first, then warnings, then
    information, each group in map order (left to right, top to bottom).

    Numbers, percentages and lists of names in the findings' ``params`` are written in
    ``language`` (the messages themselves are English; the editor and the deck translate them)."""
    checker = _Checker(doc, language)
    checker.integrity()
    checker.stages()
    checker.curves()
    checker.emotion_dips()
    checker.pain_points()
    checker.kpis()
    checker.flow()
    checker.evidence()
    return checker.result()
