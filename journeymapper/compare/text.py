"""A diff in the map's words: headings per kind and one line per difference (English or Danish)."""

from __future__ import annotations

import json
from typing import Any

from journeymapper.compare.diff import KIND_ORDER, Diff, Entry, FieldChange
from journeymapper.compare.snapshot import shorten
from journeymapper.model import Language

_HEADINGS: dict[Language, dict[str, str]] = {
    Language.EN: {"map": "Map", "stage": "Stages", "lane": "Lanes", "persona": "Personas", "card": "Cards",
                  "point": "Emotion curve points", "curve": "Emotion curves", "connector": "Connectors",
                  "metric": "KPIs", "asset": "Images", "conflict": "Merge conflicts"},
    Language.DA: {"map": "Kunderejsekortet", "stage": "Faser", "lane": "Rækker", "persona": "Personaer", "card": "Kort",
                  "point": "Punkter på følelseskurver", "curve": "Følelseskurver", "connector": "Forbindelser",
                  "metric": "KPI'er", "asset": "Billeder", "conflict": "Flettekonflikter"},
}
_PHRASES: dict[Language, dict[str, str]] = {
    Language.EN: {"added": "{label} added", "added_in": "{label} added in {where}",
                  "removed": "{label} removed", "removed_from": "{label} removed from {where}",
                  "changed": "{label}: {fields}", "renamed": "{old} renamed to {new}",
                  "moved": "{label} moved from {before} to {after}", "none": "none",
                  "value_at": "value at {stage}", "target_at": "target at {stage}",
                  "position": "position {n}", "same": "No differences.",
                  "summary": "{added} added, {removed} removed, {changed} changed, {moved} moved"},
    Language.DA: {"added": "{label} tilføjet", "added_in": "{label} tilføjet i {where}",
                  "removed": "{label} fjernet", "removed_from": "{label} fjernet fra {where}",
                  "changed": "{label}: {fields}", "renamed": "{old} omdøbt til {new}",
                  "moved": "{label} flyttet fra {before} til {after}", "none": "intet",
                  "value_at": "værdi i {stage}", "target_at": "målværdi i {stage}",
                  "position": "plads {n}", "same": "Ingen forskelle.",
                  "summary": "{added} tilføjet, {removed} fjernet, {changed} ændret, {moved} flyttet"},
}
_FIELD_NAMES: dict[Language, dict[str, str]] = {Language.DA: {
    "text": "tekst", "colour": "farve", "tags": "tags", "channel": "kanal", "evidence": "grundlag",
    "source": "kilde", "personas": "personaer", "image": "billede", "votes": "stemmer", "name": "navn",
    "title": "titel", "description": "beskrivelse", "notes": "noter", "width": "bredde", "height": "højde",
    "kind": "type", "label": "etiket", "style": "stil", "unit": "enhed", "role": "rolle", "quote": "citat",
    "goals": "mål", "frustrations": "frustrationer", "demographics": "demografi", "photo": "foto",
    "client": "opdragsgiver", "author": "forfatter", "language": "sprog", "emotion_scale": "følelsesskala",
    "instructions": "vejledning", "visible": "synlig", "value": "værdi", "higher_is_better": "højere er bedre",
}}
_MARKS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
_NAME_FIELDS = {"name", "title"}


def summary(changes: Diff, language: Language = Language.EN) -> str:
    counts = {c: sum(1 for e in changes.entries if e.change == c) for c in _MARKS}
    return _PHRASES[language]["summary"].format(**counts)


def sections(changes: Diff, language: Language = Language.EN) -> list[tuple[str, list[tuple[Entry, str]]]]:
    """(heading, [(entry, its line)]) per kind of item, in the order a reader meets them."""
    result: list[tuple[str, list[tuple[Entry, str]]]] = []
    for kind in KIND_ORDER:
        entries = [e for e in changes.entries if e.kind == kind]
        if entries:
            result.append((_HEADINGS[language][kind], [(e, describe(e, changes, language)) for e in entries]))
    return result


def report(changes: Diff, language: Language = Language.EN) -> list[str]:
    """The whole diff as indented lines with a mark per change (+ added, - removed, ~ changed, > moved)."""
    if changes.same:
        return [_PHRASES[language]["same"]]
    lines: list[str] = []
    for heading, items in sections(changes, language):
        lines.append(heading)
        lines.extend(f"  {_MARKS[entry.change]} {line}" for entry, line in items)
    return lines


def describe(entry: Entry, changes: Diff, language: Language = Language.EN, longest: int = 40) -> str:
    """One line for ``entry``; texts longer than ``longest`` characters are shortened."""
    words = _PHRASES[language]
    label = _quoted(entry.label) if entry.kind not in ("point", "connector", "curve") else entry.label
    where = next((f.new or f.old for f in entry.fields if f.field == "cell"), None)
    if entry.change in ("added", "removed"):
        value = next((f for f in entry.fields if f.field == "value"), None)
        if value is not None:
            label = f"{label} ({_value(value.new if entry.change == 'added' else value.old, words, longest)})"
        key = entry.change + ("_in" if entry.change == "added" else "_from") if where else entry.change
        return words[key].format(label=label, where=where)
    if entry.change == "moved":
        return words["moved"].format(label=label, before=_place(entry.before, words),
                                     after=_place(entry.after, words))
    if entry.kind in ("stage", "lane", "persona", "metric") and [f.field for f in entry.fields] in (
            ["name"], ["title"]):
        change = entry.fields[0]
        return words["renamed"].format(old=_quoted(str(change.old), longest), new=_quoted(str(change.new), longest))
    if entry.kind == "point":
        return words["changed"].format(label=label, fields="; ".join(
            f"{_value(f.old, words, longest)} → {_value(f.new, words, longest)}" if f.field == "value"
            else f"{f.field} {_value(f.old, words, longest)} → {_value(f.new, words, longest)}"
            for f in entry.fields))
    fields = "; ".join(_field(f, changes, words, language, longest) for f in entry.fields)
    return fields if entry.kind == "map" else words["changed"].format(label=label, fields=fields)


def _field(change: FieldChange, changes: Diff, words: dict[str, str], language: Language, longest: int) -> str:
    group, dot, stage_id = change.field.partition(".")
    if dot and group in ("values", "targets"):
        name = words["value_at" if group == "values" else "target_at"].format(
            stage=changes.names.get(stage_id, stage_id))
    else:
        name = _FIELD_NAMES.get(language, {}).get(change.field, change.field.replace("_", " "))
    return f"{name} {_value(change.old, words, longest)} → {_value(change.new, words, longest)}"


def _value(value: Any, words: dict[str, str], longest: int = 40) -> str:
    if value is None or value == "" or value == []:
        return words["none"]
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return _quoted(value, longest)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return shorten(", ".join(value), longest + 20)
    return shorten(json.dumps(value, ensure_ascii=False), longest + 20)


def _place(text: Any, words: dict[str, str]) -> str:
    text = str(text)
    if text.startswith("position "):
        return words["position"].format(n=text.split()[-1])
    head, sep, tail = text.rpartition(", position ")
    return f"{head}, {words['position'].format(n=tail)}" if sep else text


def _quoted(text: str, longest: int = 40) -> str:
    return f"“{shorten(text, longest)}”"
