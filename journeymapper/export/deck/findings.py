"""Journey-check findings in the map's language, for the deck's findings slide.

analysis.check words its messages in English (the editor translates them through Qt);
the deck is made without Qt, so the Danish wording of each rule lives here, filled from
the same ``params``. A test keeps it word for word the same as the editor's translation.
"""

from __future__ import annotations

from journeymapper.analysis.check import Finding, format_message
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
    "loop": "Kunderne kan ende i en løkke: {cards}.",
    "mostly-assumed": "{share} af kortene er antaget, ikke observeret: kunderejsekortet bygger mest på gætværk.",
}
_VARIANTS = {"as-is": "nuværende", "to-be": "fremtidige"}


def finding_text(finding: Finding, language: Language) -> str:
    """The finding in ``language``; its numbers and lists were already written in the deck's
    language by ``check(doc, language)``."""
    if language is not Language.DA or finding.rule not in _DA:
        return finding.message
    params = dict(finding.params)
    if "variant" in params:
        params["variant"] = _VARIANTS.get(params["variant"], params["variant"])
    try:
        return format_message(_DA[finding.rule], params)
    except (KeyError, IndexError):
        return finding.message


def finding_where(finding: Finding, doc: JourneyMap) -> str:
    """The stage (or persona) a finding is about; empty for the whole map."""
    for key in ("stage", "persona", "metric"):
        if finding.params.get(key):
            return finding.params[key]
    stages = {s.id: s.name for s in doc.stages}
    return next((stages[i] for i in finding.ids if i in stages), "")
