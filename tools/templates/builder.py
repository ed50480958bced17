"""A small builder that describes a template once, in English and Danish together.

Every text is a :class:`T` (``T("Awareness", "Bevidsthed")``) or a plain string that
reads the same in both languages (a name, a brand). :meth:`Template.build` turns the
description into a :class:`JourneyMap` for one language; both languages get exactly
the same structure and the same readable, deterministic ids:

* stages ``s-<key>``, lanes ``l-<key>``, personas ``p-<key>``, metrics ``m-<key>``,
* cards ``c-<stage key>-<key>``, curves ``cv-<persona key>-<as-is|to-be>``,
* connectors ``cn-<key>``; the map itself ``tpl-<template id>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Generic, Optional, TypeVar, Union

from journeymapper.model import (
    CARD_LANE_KINDS,
    LANE_COLOURS,
    Card,
    Channel,
    Connector,
    ConnectorStyle,
    Curve,
    CurvePoint,
    CurveVariant,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    Metric,
    Persona,
    Stage,
    integrity_problems,
)

V = TypeVar("V")

#: Every template file carries this date, so regenerating gives byte-identical files.
FIXED_TIME = datetime(2026, 1, 1, tzinfo=timezone.utc)
AUTHOR = ""  # the consultant's name goes here, not the app's

#: Stage header colours: muted, print-friendly, all dark enough for white text (>= 4.5:1).
STAGE_PALETTE = ("#2E4A62", "#2F6B6B", "#4E6E3A", "#7A5230", "#6A4C75", "#8A3B4B", "#4A5568")
#: Persona (and so emotion curve) colours; the first is the model's default.
PERSONA_PALETTE = ("#2E86C1", "#AF601A", "#117A65", "#884EA0")

O, A, P = Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED  # noqa: E741  (short for tables)


@dataclass(frozen=True)
class T(Generic[V]):
    """One value in English and in Danish."""

    en: V
    da: V

    def __post_init__(self) -> None:
        if isinstance(self.en, str) and self.en == self.da and len(self.en) > 30:
            raise ValueError(f"looks untranslated: {self.en!r}")

    def get(self, lang: Language) -> V:
        return self.en if lang is Language.EN else self.da


Text = Union[str, T[str]]
Num = Union[float, T[float]]


def tr(value: Text, lang: Language) -> str:
    """A text in one language."""
    return value.get(lang) if isinstance(value, T) else value


def num(value: Num, lang: Language) -> float:
    """A number in one language (money differs: euros in English, kroner in Danish)."""
    return float(value.get(lang) if isinstance(value, T) else value)


@dataclass(frozen=True)
class C:
    """A card: its key (unique in its stage), text, evidence, source and channel."""

    key: str
    text: Text
    evidence: Evidence = A
    source: Text = ""
    channel: Optional[Channel] = None
    tags: Sequence[Text] = ()
    personas: Sequence[str] = ()


@dataclass
class _Persona:
    key: str
    name: Text
    role: Text
    quote: Text
    description: Text
    goals: Sequence[Text]
    frustrations: Sequence[Text]
    demographics: Text
    colour: str


@dataclass
class _Stage:
    key: str
    name: Text
    description: Text
    colour: str
    width: float


@dataclass
class _Lane:
    key: str
    kind: LaneKind
    title: Text
    colour: str
    height: float


@dataclass
class _Curve:
    lane: str
    persona: str
    variant: CurveVariant
    points: list[tuple[str, int, Text]]


@dataclass
class _Metric:
    key: str
    lane: str
    name: Text
    unit: Text
    higher_is_better: bool
    values: Mapping[str, Num]
    targets: Mapping[str, Num]


@dataclass
class _Connector:
    key: str
    source: str
    target: str
    style: ConnectorStyle
    label: Text


@dataclass
class Template:
    """A template described once; ``empty`` templates (workshop wall, blank) hold no cards."""

    id: str
    title: T[str]
    #: What the map shows; a second paragraph ("Replace the example with your own research…") is how to use
    #: the template: it goes to the map's instructions, shown in the editor and never printed.
    description: T[str]
    empty: bool = False
    #: How to use the template, when the description has no second paragraph for it.
    instructions: Optional[T[str]] = None
    personas: list[_Persona] = field(default_factory=list)
    stages: list[_Stage] = field(default_factory=list)
    lanes: list[_Lane] = field(default_factory=list)
    cards: list[tuple[str, str, int, C]] = field(default_factory=list)
    curves: list[_Curve] = field(default_factory=list)
    metrics: list[_Metric] = field(default_factory=list)
    connectors: list[_Connector] = field(default_factory=list)

    # -- description -----------------------------------------------------------------
    def persona(self, key: str, name: Text, *, role: Text, quote: Text, description: Text,
                goals: Sequence[Text], frustrations: Sequence[Text], demographics: Text,
                colour: Optional[str] = None) -> str:
        colour = colour or PERSONA_PALETTE[len(self.personas) % len(PERSONA_PALETTE)]
        self.personas.append(_Persona(key, name, role, quote, description, goals, frustrations,
                                      demographics, colour))
        return key

    def stage(self, key: str, name: Text, description: Text = "", *,
              colour: Optional[str] = None, width: float = 1.0) -> str:
        colour = colour or STAGE_PALETTE[len(self.stages) % len(STAGE_PALETTE)]
        self.stages.append(_Stage(key, name, description, colour, width))
        return key

    def lane(self, key: str, kind: LaneKind, title: Text, *, height: float = 1.0,
             colour: Optional[str] = None) -> str:
        self.lanes.append(_Lane(key, kind, title, colour or LANE_COLOURS[kind], height))
        return key

    def cell(self, lane: str, stage: str, *cards: C) -> list[str]:
        """Put ``cards`` (in this order) into one cell; returns their ids."""
        start = sum(1 for ln, st, _, _ in self.cards if ln == lane and st == stage)
        for i, card in enumerate(cards):
            self.cards.append((lane, stage, start + i, card))
        return [card_id(stage, card.key) for card in cards]

    def curve(self, lane: str, persona: str, points: Iterable[tuple[str, int, Text]],
              variant: CurveVariant = CurveVariant.AS_IS) -> None:
        """``points``: (stage key, value, short label or "") per stage."""
        self.curves.append(_Curve(lane, persona, variant, list(points)))

    def metric(self, lane: str, key: str, name: Text, *, unit: Text = "", higher_is_better: bool = True,
               values: Mapping[str, Num], targets: Mapping[str, Num]) -> None:
        self.metrics.append(_Metric(key, lane, name, unit, higher_is_better, values, targets))

    def connect(self, key: str, source: str, target: str, style: ConnectorStyle = ConnectorStyle.FLOW,
                label: Text = "") -> None:
        """Join two cards, given as ``"<stage key>/<card key>"``."""
        self.connectors.append(_Connector(key, source, target, style, label))

    # -- output ------------------------------------------------------------------------
    def build(self, lang: Language) -> JourneyMap:
        """The template in one language; raises ``ValueError`` if the description is unsound."""
        description, _, instructions = tr(self.description, lang).partition("\n")
        if self.instructions is not None:
            description, instructions = tr(self.description, lang), tr(self.instructions, lang)
        doc = JourneyMap(
            id=f"tpl-{self.id}", title=tr(self.title, lang), description=description.strip(),
            instructions=instructions.strip(), author=AUTHOR, language=lang, created=FIXED_TIME, modified=FIXED_TIME,
            personas=[Persona(id=f"p-{p.key}", name=tr(p.name, lang), role=tr(p.role, lang),
                              quote=tr(p.quote, lang), description=tr(p.description, lang),
                              goals=[tr(g, lang) for g in p.goals],
                              frustrations=[tr(f, lang) for f in p.frustrations],
                              demographics=tr(p.demographics, lang), colour=p.colour)
                      for p in self.personas],
            stages=[Stage(id=f"s-{s.key}", name=tr(s.name, lang), description=tr(s.description, lang),
                          colour=s.colour, width=s.width) for s in self.stages],
            lanes=[Lane(id=f"l-{ln.key}", kind=ln.kind, title=tr(ln.title, lang), colour=ln.colour,
                        height=ln.height) for ln in self.lanes],
            cards=[Card(id=card_id(stage, c.key), lane_id=f"l-{lane}", stage_id=f"s-{stage}", order=order,
                        text=tr(c.text, lang), channel=c.channel, evidence=c.evidence,
                        source=tr(c.source, lang), tags=[tr(t, lang) for t in c.tags],
                        personas=[f"p-{key}" for key in c.personas])
                   for lane, stage, order, c in self.cards],
            curves=[Curve(id=f"cv-{cv.persona}-{cv.variant.value.replace('_', '-')}", lane_id=f"l-{cv.lane}",
                          persona_id=f"p-{cv.persona}", variant=cv.variant,
                          points=[CurvePoint(stage_id=f"s-{st}", value=v, label=tr(label, lang))
                                  for st, v, label in cv.points])
                    for cv in self.curves],
            connectors=[Connector(id=f"cn-{cn.key}", from_card=_ref(cn.source), to_card=_ref(cn.target),
                                  style=cn.style, label=tr(cn.label, lang)) for cn in self.connectors],
            metrics=[Metric(id=f"m-{m.key}", lane_id=f"l-{m.lane}", name=tr(m.name, lang),
                            unit=tr(m.unit, lang), higher_is_better=m.higher_is_better,
                            values={f"s-{k}": num(v, lang) for k, v in m.values.items()},
                            targets={f"s-{k}": num(v, lang) for k, v in m.targets.items()})
                     for m in self.metrics],
        )
        self._check(doc)
        return doc

    def _check(self, doc: JourneyMap) -> None:
        problems = [str(p) for p in integrity_problems(doc)]
        for lane in doc.lanes:
            for stage in doc.stages:
                if lane.kind in CARD_LANE_KINDS and not self.empty and not any(
                        c.lane_id == lane.id and c.stage_id == stage.id for c in doc.cards):
                    problems.append(f"empty cell {lane.id} x {stage.id}")
        if self.empty and doc.cards:
            problems.append("an empty template holds cards")
        for cv in doc.curves:
            if len(cv.points) != len(doc.stages):
                problems.append(f"{cv.id} has {len(cv.points)} points for {len(doc.stages)} stages")
        if problems:
            raise ValueError(f"template {self.id!r} ({doc.language.value}): " + "; ".join(problems))


def card_id(stage: str, key: str) -> str:
    return f"c-{stage}-{key}"


def _ref(where: str) -> str:
    stage, _, key = where.partition("/")
    return card_id(stage, key)
