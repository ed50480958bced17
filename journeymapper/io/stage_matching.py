"""Step names of an analytics export matched to the map's stages.

Exports name funnel steps their own way ("1. Awareness", "Step 2 – Køb"). A step is
matched, in this order, by: what the user chose (``explicit``), what the map remembers
for this source (``remembered``, from ``JourneyMap.stage_mappings``), then by name —
exactly (ignoring case and spacing, as every import does), then without a leading
number and punctuation, then also ignoring accents — or, with ``by="order"``, the
n-th step to the n-th stage. What matches nothing is left for the user to pick.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Optional

from journeymapper.model import JourneyMap

#: How a step found its stage; all but "exact" are worth remembering for the next import.
EXACT, NUMBER, FOLDED, ORDER, REMEMBERED, CHOSEN, SKIPPED = (
    "exact", "number", "folded", "order", "remembered", "chosen", "skipped")
MATCH_MODES = ("name", "order")
#: Longest source and step names kept in ``stage_mappings`` (the model's limits).
MAX_SOURCE, MAX_STEP = 200, 500

_LEADING_NUMBER = re.compile(r"^\s*(?:(?:step|trin)\s*)?\d+\s*[.):\-–—_/#]*\s*", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s]+")


@dataclass(frozen=True)
class StepMatch:
    """The stage a step goes to (None: unmatched or skipped) and how it was found."""

    stage_id: Optional[str]
    how: Optional[str]

    @property
    def remember(self) -> bool:
        return self.stage_id is not None and self.how not in (EXACT, None)


def norm(name: str) -> str:
    """Case-folded with spaces collapsed: the plain, "exact" match every import uses."""
    return re.sub(r"\s+", " ", name.replace("\ufeff", "")).strip().casefold()


def without_number(name: str) -> str:
    """"1. Awareness" -> "awareness"; "Step 2 - Buy" -> "buy"."""
    stripped = _LEADING_NUMBER.sub("", name, count=1)
    return norm(stripped) if stripped.strip() else norm(name)


def folded(name: str) -> str:
    """Also without accents and punctuation: "Købsbeslutning!" -> "kobsbeslutning"."""
    text = unicodedata.normalize("NFKD", without_number(name).replace("ø", "o").replace("æ", "ae"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def find_stage(doc: JourneyMap, text: str) -> Optional[str]:
    """A stage named by the user (its name at any of the three levels, or its id)."""
    text = text.strip()
    for key in (norm, without_number, folded):
        for stage in doc.stages:
            if key(stage.name) == key(text):
                return stage.id
    return next((s.id for s in doc.stages if s.id == text), None)


def match_steps(doc: JourneyMap, steps: Iterable[str], *, by: str = "name",
                explicit: Optional[Mapping[str, Optional[str]]] = None,
                remembered: Optional[Mapping[str, str]] = None) -> dict[str, StepMatch]:
    """Each distinct step (in order of first appearance) and its match.

    ``explicit`` maps a step name to a stage id, or to None to skip the step;
    ``remembered`` maps step names to stage ids (stale ids are ignored).
    """
    if by not in MATCH_MODES:
        raise ValueError(f"match stages by {' or '.join(MATCH_MODES)}, not {by!r}")
    stage_ids = {s.id for s in doc.stages}
    chosen = {norm(k): v for k, v in (explicit or {}).items()}
    kept = {norm(k): v for k, v in (remembered or {}).items() if v in stage_ids}
    levels = [(how, key, _first_by(doc, key)) for how, key in
              ((EXACT, norm), (NUMBER, without_number), (FOLDED, folded))]
    by_id = {s.id.casefold(): s.id for s in doc.stages}
    result: dict[str, StepMatch] = {}
    ordered = list(dict.fromkeys(steps))
    for position, step in enumerate(ordered):
        key = norm(step)
        if key in chosen:
            stage = chosen[key]
            result[step] = StepMatch(stage, CHOSEN if stage in stage_ids else SKIPPED)
            continue
        if key in kept:
            result[step] = StepMatch(kept[key], REMEMBERED)
            continue
        if by == "order":
            stage = doc.stages[position].id if position < len(doc.stages) else None
            result[step] = StepMatch(stage, ORDER if stage else None)
            continue
        result[step] = StepMatch(None, None)
        for how, level_key, table in levels:
            found = table.get(level_key(step))
            if found is not None:
                result[step] = StepMatch(found, how)
                break
        else:
            if key in by_id:  # a stage's id, as the long format has always allowed
                result[step] = StepMatch(by_id[key], EXACT)
    return result


def _first_by(doc: JourneyMap, key: Callable[[str], str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for stage in doc.stages:
        table.setdefault(key(stage.name), stage.id)
    return table


def remembered_for(doc: JourneyMap, source: str) -> dict[str, str]:
    return dict(doc.stage_mappings.get(source_key(source), {}))


def source_key(source: str) -> str:
    return " ".join(source.split())[:MAX_SOURCE] or "CSV"


def updated_mappings(doc: JourneyMap, source: str,
                     matches: Mapping[str, StepMatch]) -> Optional[dict[str, dict[str, str]]]:
    """The map's ``stage_mappings`` with this import's non-obvious matches added (and matches of
    stages since deleted left out), or None when nothing new is to be remembered."""
    key = source_key(source)
    stage_ids = {s.id for s in doc.stages}
    before = doc.stage_mappings.get(key, {})
    mine = dict(before)
    for step, match in matches.items():
        if match.remember and match.stage_id is not None and len(step.strip()) <= MAX_STEP:
            mine[step.strip()] = match.stage_id
    if mine == before:
        return None
    result = {k: {step: sid for step, sid in v.items() if sid in stage_ids} for k, v in doc.stage_mappings.items()}
    result[key] = {step: sid for step, sid in mine.items() if sid in stage_ids}
    return result
