"""An almost empty map: one stage, one lane."""

from __future__ import annotations

from journeymapper.model import LaneKind
from tools.templates.builder import T, Template


def describe() -> Template:
    m = Template(
        "blank",
        T("Blank map", "Tomt kunderejsekort"),
        T("", ""),
        empty=True,
        instructions=T("One stage and one lane: build your own map from scratch.",
                       "Én fase og én række: byg dit eget kunderejsekort helt fra bunden."))
    m.stage("stage-1", T("Stage 1", "Fase 1"))
    m.lane("notes", LaneKind.TEXT, T("Notes", "Noter"))
    return m
