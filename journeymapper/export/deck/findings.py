"""Journey-check findings in the map's language, for the deck's findings slide.

analysis.check words its messages in English (the editor translates them through Qt);
the deck is made without Qt, so the Danish wording of each rule lives here, filled from
the same ``params``.
"""

from __future__ import annotations

import re

from journeymapper.analysis.check import Finding
from journeymapper.model import JourneyMap, Language

_DA: dict[str, str] = {
    "broken-reference": "{path}: {problem}",
    "stage-without-touchpoint": "Fasen »{stage}« har intet berøringspunkt.",
    "stage-without-emotion": "Fasen »{stage}« har intet punkt på nogen følelseskurve.",
    "curve-missing-stages": "Den {variant} følelseskurve for »{persona}« har intet punkt i {stages}.",
    "persona-without-curve": "Personaen »{persona}« har ingen følelseskurve.",
    "pain-without-opportunity": ("Smertepunktet »{card}« i fasen »{stage}« har ingen mulighed "
                                 "i samme fase eller forbundet med sig."),
    "emotion-dip": ("Den {variant} følelseskurve for »{persona}« falder til {value} i fasen "
                    "»{stage}«, men der er intet smertepunkt dér."),
    "kpi-below-target": "KPI'en »{metric}« når ikke sin målværdi i fasen »{stage}«: {value} mod {target}.",
    "funnel-drop": "Tragten »{metric}« mister {lost} af kunderne fra »{previous}« til »{stage}«.",
    "dead-end": "Kortet »{card}« i fasen »{stage}« fører ingen steder hen, selv om kunderejsen fortsætter.",
    "unreachable-card": "Ingen kunderejse når kortet »{card}« i fasen »{stage}«.",
    "loop": "Kunderne kan gå i ring: {cards}.",
    "mostly-assumed": "{share} af kortene er antaget, ikke observeret: kortet er mest gætværk.",
}
_QUOTED = re.compile(r'"([^"]*)"')
_VARIANTS = {"as-is": "nuværende", "to-be": "fremtidige"}


def _danish_percent(text: str) -> str:
    return text[:-1].replace(".", ",") + " %" if text.endswith("%") else text


_DECIMAL = re.compile(r"(\d)\.(\d)")


def finding_text(finding: Finding, language: Language) -> str:
    text = _danish(finding) if language is Language.DA else finding.message
    return text[:-1] if text.endswith("..") else text  # a unit's own period ends the sentence ("120 sek.")


def _danish(finding: Finding) -> str:
    if finding.rule not in _DA:
        return finding.message
    params = dict(finding.params)
    if "variant" in params:
        params["variant"] = _VARIANTS.get(params["variant"], params["variant"])
    for key in ("lost", "share"):
        if key in params:
            params[key] = _danish_percent(params[key])
    for key in ("value", "target"):
        if key in params:
            params[key] = _DECIMAL.sub(r"\1,\2", params[key])
    for key in ("stages", "cards"):
        if key in params:
            params[key] = _QUOTED.sub(r"»\1«", params[key])
    try:
        return _DA[finding.rule].format(**params)
    except (KeyError, IndexError):
        return finding.message


def finding_where(finding: Finding, doc: JourneyMap) -> str:
    """The stage (or persona) a finding is about; empty for the whole map."""
    for key in ("stage", "persona", "metric"):
        if finding.params.get(key):
            return finding.params[key]
    stages = {s.id: s.name for s in doc.stages}
    return next((stages[i] for i in finding.ids if i in stages), "")
