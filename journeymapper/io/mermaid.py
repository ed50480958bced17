"""Mermaid ``journey`` diagrams, read into a map and written from one.

Reading: ``title`` is the map's title; each ``section`` a stage (a repeated section name is a new
stage, in order); each task (``Task name: score: Actor, Actor``) a card in an Actions lane that
keeps the task's score; each actor a persona, whose emotion point in a stage is the mean score of
its tasks there, scaled from Mermaid's 1–5 onto the map's emotion scale. The syntax is accepted
as Mermaid's own parser (journey.jison) accepts it: keywords in any case, any indentation and
spacing around colons, ``%%`` and ``#`` comments, ``accTitle``/``accDescr``, a front-matter
block; a line it cannot read is a :class:`MermaidError` naming the line.

Writing: stages as sections, the Actions (else Touchpoints) lane's cards as tasks, each card's
score (or its stage's emotion value) as the score, personas as actors. Characters that would end
a task early (``:``, ``#``, ``;``, ``,`` in an actor, ``%%``, newlines) are written as look-alikes
that reading turns back, so what is written reads back the same.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from journeymapper.io.files import read_capped
from journeymapper.model import (
    LANE_COLOURS,
    MAX_TEXT,
    Card,
    Curve,
    CurvePoint,
    CurveVariant,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    Persona,
    Stage,
    new_id,
)
from journeymapper.text import problem

#: Larger files are refused: a journey diagram is a page of text.
MAX_BYTES = 5 * 1024 * 1024
MAX_LINES = 100_000
SUFFIXES = (".mmd", ".mermaid")
LANE_TITLES = {Language.EN: ("Actions", "Emotions"), Language.DA: ("Handlinger", "Følelser")}
#: Title of the stage for tasks written before any section.
FIRST_STAGE = {Language.EN: "Journey", Language.DA: "Rejse"}
PERSONA_COLOURS = ("#2E86C1", "#C0392B", "#27AE60", "#8E44AD", "#D68910", "#17A589", "#566573")
#: What would end a task line early, and what it is written as (reading turns these back).
_ESCAPES = {":": "\u2236", "#": "\uff03", ";": "\uff1b"}
#: In an actor's name a comma would start the next actor.
_ACTOR_ESCAPES = {**_ESCAPES, ",": "\u201a"}
#: Keeps "%%" and a leading keyword from being read as a comment or a keyword; after a look-alike
#: it says the look-alike was in the text itself (so every text reads back exactly).
_JOINER = "\u2060"
_KEYWORD = re.compile(r"^(journey|title|section|accTitle|accDescr)(\s|:|\{|$)", re.IGNORECASE)
MIN_SCORE, MAX_SCORE = 1, 5


class MermaidError(Exception):
    """A diagram that cannot be read; the message is one line naming the file and line."""

    def __init__(self, source: str, reason: str, line: Optional[int] = None) -> None:
        super().__init__(f"{source}, line {line}: {reason}" if line else f"{source}: {reason}")
        self.source, self.reason, self.line = source, reason, line


@dataclass
class Task:
    name: str
    score: float
    actors: list[str] = field(default_factory=list)


@dataclass
class Section:
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Journey:
    title: str = ""
    sections: list[Section] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------------

def _unescape(text: str, actor: bool = False) -> str:
    marks = {v: k for k, v in (_ACTOR_ESCAPES if actor else _ESCAPES).items()}
    pattern = "([" + "".join(marks) + "])(" + _JOINER + ")?"
    text = re.sub(pattern, lambda m: m.group(1) if m.group(2) else marks[m.group(1)], text)
    return " ".join(text.replace(_JOINER, "").split())


def _without_comment(line: str) -> str:
    """The line without a ``#`` or ``%%`` comment (``%%{...}%%`` directives go too)."""
    cut = len(line)
    for mark in ("#", "%%"):
        at = line.find(mark)
        if at >= 0:
            cut = min(cut, at)
    return line[:cut]


def parse_journey(text: str, source: str = "diagram") -> Journey:
    lines = text.removeprefix("\ufeff").splitlines()
    if len(lines) > MAX_LINES:
        raise MermaidError(source, problem("the diagram has more than {n} lines", n=MAX_LINES))
    journey = Journey()
    number, started, front_title = 0, False, ""
    if lines and lines[0].strip() == "---":  # front matter: "title:" inside is the diagram's title
        for number in range(1, len(lines)):
            if lines[number].strip() == "---":
                break
            key, _, value = lines[number].partition(":")
            if key.strip().casefold() == "title":
                front_title = value.strip().strip("\"'")
        else:
            raise MermaidError(source, problem("the front matter (---) is not closed"), 1)
        number += 1
    in_description = False
    for index in range(number, len(lines)):
        row = index + 1
        raw = lines[index]
        if in_description:
            in_description = "}" not in raw
            continue
        for statement in _without_comment(raw).split(";"):
            statement = statement.strip()
            if not statement:
                continue
            if not started:
                first, _, statement = statement.partition(" ")
                if first.casefold() != "journey":
                    raise MermaidError(source, problem('not a Mermaid journey diagram (it must begin with "journey")'),
                                       row)
                started = True
                statement = statement.strip()  # Mermaid reads "journey title X" on one line too
                if not statement:
                    continue
            in_description = _statement(journey, statement, source, row) or in_description
    if not started:
        raise MermaidError(source, problem('not a Mermaid journey diagram (it must begin with "journey")'))
    journey.title = journey.title or front_title
    return journey


def _statement(journey: Journey, statement: str, source: str, row: int) -> bool:
    """Read one statement into ``journey``; True when a multi-line accDescr { begins."""
    keyword = statement.split(None, 1)[0].casefold() if statement.split() else ""
    rest = statement[len(keyword):].strip() if keyword else ""
    if keyword == "title":
        journey.title = _unescape(rest)[:MAX_TEXT]
        return False
    if re.match(r"acc(title|descr)\s*:", statement, re.IGNORECASE):
        return False
    if re.match(r"accdescr\s*\{", statement, re.IGNORECASE):
        return "}" not in statement
    if keyword == "section":
        if ":" in rest:
            raise MermaidError(source, problem("a section name cannot hold a colon"), row)
        journey.sections.append(Section(_unescape(rest)[:MAX_TEXT]))
        return False
    name, colon, data = statement.partition(":")
    if not colon or not name.strip():
        raise MermaidError(source, problem('cannot read {line}: a task is written "Task name: 5: Actor, Actor"',
                                           line=_quote(statement)), row)
    score_text, _, actors = data.partition(":")
    try:
        score = float(score_text.strip())
    except ValueError:
        raise MermaidError(source, problem("the score {score} of task {task} is not a number (1 to 5)",
                                           score=_quote(score_text.strip()), task=_quote(name.strip())), row) from None
    if score != score or abs(score) > 1e6:
        raise MermaidError(source, problem("the score of task {task} is not a number (1 to 5)",
                                           task=_quote(name.strip())), row)
    if not journey.sections:
        journey.sections.append(Section(""))
    people = [_unescape(a, actor=True)[:200] for a in actors.split(",")]
    journey.sections[-1].tasks.append(Task(_unescape(name)[:MAX_TEXT], score, [p for p in people if p]))
    return False


def _quote(text: str, width: int = 40) -> str:
    return '"' + (text if len(text) <= width else text[: width - 1] + "…") + '"'


def read_journey_file(path: Union[str, Path]) -> Journey:
    path = Path(path)
    try:
        data = read_capped(path, MAX_BYTES)  # regular files only: a pipe or a device is refused unread
    except OSError as e:
        raise MermaidError(path.name, problem("cannot read the file ({reason})", reason=e.strerror or e)) from e
    if len(data) > MAX_BYTES:
        raise MermaidError(path.name, problem("the file is larger than {mb} MB", mb=MAX_BYTES // (1024 * 1024)))
    if b"\x00" in data:
        raise MermaidError(path.name, problem("the file holds binary data, not a Mermaid diagram"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_journey(text, path.name)


# -- to a map --------------------------------------------------------------------------------

def _emotion(score: float, low: int, high: int) -> int:
    clamped = min(max(score, MIN_SCORE), MAX_SCORE)
    return round(low + (clamped - MIN_SCORE) / (MAX_SCORE - MIN_SCORE) * (high - low))


def to_map(journey: Journey, language: Language = Language.EN) -> JourneyMap:
    actions_title, emotions_title = LANE_TITLES[language]
    doc = JourneyMap(title=journey.title or "Untitled journey", language=language)
    actions = Lane(id=new_id("l-"), kind=LaneKind.ACTIONS, title=actions_title,
                   colour=LANE_COLOURS[LaneKind.ACTIONS])
    doc.lanes.append(actions)
    personas: dict[str, Persona] = {}
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)  # (persona, stage) -> scores
    for section in journey.sections:
        stage = Stage(id=new_id("s-"), name=section.name or FIRST_STAGE[language])
        doc.stages.append(stage)
        for order, task in enumerate(section.tasks):
            ids = []
            for actor in dict.fromkeys(task.actors):
                if actor not in personas:
                    personas[actor] = Persona(id=new_id("p-"), name=actor,
                                              colour=PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)])
                ids.append(personas[actor].id)
                scores[(personas[actor].id, stage.id)].append(task.score)
            doc.cards.append(Card(id=new_id("card-"), lane_id=actions.id, stage_id=stage.id, order=order,
                                  text=task.name, personas=ids,
                                  score=round(min(max(task.score, MIN_SCORE), MAX_SCORE))))
    doc.personas = list(personas.values())
    if personas:
        emotions = Lane(id=new_id("l-"), kind=LaneKind.EMOTIONS, title=emotions_title,
                        colour=LANE_COLOURS[LaneKind.EMOTIONS])
        doc.lanes.append(emotions)
        low, high = doc.emotion_scale.min, doc.emotion_scale.max
        for persona in doc.personas:
            points = [CurvePoint(stage_id=s.id, value=_emotion(sum(v) / len(v), low, high))
                      for s in doc.stages if (v := scores.get((persona.id, s.id)))]
            doc.curves.append(Curve(id=new_id("curve-"), lane_id=emotions.id, persona_id=persona.id,
                                    points=points))
    return doc


def load_journey(path: Union[str, Path], language: Language = Language.EN) -> JourneyMap:
    """A Mermaid journey file as a new map (validated like a loaded one)."""
    doc = to_map(read_journey_file(path), language)
    return JourneyMap.model_validate(doc.model_dump())


# -- writing ---------------------------------------------------------------------------------

def _escape(text: str, actor: bool = False) -> str:
    table = _ACTOR_ESCAPES if actor else _ESCAPES
    marks = set(table.values())
    text = " ".join(text.split()).replace(_JOINER, "")
    text = "".join(table.get(ch) or (ch + _JOINER if ch in marks else ch) for ch in text)
    text = text.replace("%%", f"%{_JOINER}%")
    return _JOINER + text if _KEYWORD.match(text) else text


def _task_lane(doc: JourneyMap) -> Optional[Lane]:
    for kind in (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS):
        lane = next((ln for ln in doc.lanes if ln.kind is kind), None)
        if lane is not None:
            return lane
    return None


def _stage_score(doc: JourneyMap, stage_id: str, persona_ids: list[str]) -> Optional[int]:
    """The stage's emotion on Mermaid's 1–5: the mean of the as-is curves' points there (of the
    card's personas when it names any)."""
    low, high = doc.emotion_scale.min, doc.emotion_scale.max
    curves = [c for c in doc.curves if c.variant is CurveVariant.AS_IS]
    if persona_ids and any(c.persona_id in persona_ids for c in curves):
        curves = [c for c in curves if c.persona_id in persona_ids]
    values = [p.value for c in curves for p in c.points if p.stage_id == stage_id]
    if not values or high <= low:
        return None
    mean = sum(values) / len(values)
    return round(MIN_SCORE + (mean - low) / (high - low) * (MAX_SCORE - MIN_SCORE))


def write_journey(doc: JourneyMap) -> str:
    lane = _task_lane(doc)
    names = {p.id: p.name for p in doc.personas}
    # A map whose cards name no persona (most templates): each stage's curves give the actors.
    by_stage = not any(c.personas for c in doc.cards if lane is not None and c.lane_id == lane.id)
    in_stage: dict[str, list[str]] = defaultdict(list)
    for curve in doc.curves:
        for point in curve.points:
            if by_stage and curve.persona_id in names and curve.persona_id not in in_stage[point.stage_id]:
                in_stage[point.stage_id].append(curve.persona_id)
    out = ["journey", f"    title {_escape(doc.title) or 'Journey'}"]
    for stage in doc.stages:
        out.append(f"    section {_escape(stage.name) or '-'}")
        cards = sorted((c for c in doc.cards if lane is not None and c.lane_id == lane.id
                        and c.stage_id == stage.id), key=lambda c: c.order)
        for card in cards:
            people = [p for p in card.personas if p in names] or in_stage[stage.id]
            score = card.score or _stage_score(doc, stage.id, card.personas) or 3
            actors = ", ".join(_escape(names[p], actor=True) for p in people)
            out.append(f"      {_escape(card.text) or '-'}: {score}" + (f": {actors}" if actors else ""))
    return "\n".join(out) + "\n"
