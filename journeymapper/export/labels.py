"""The words the PDF itself prints (section names, table headings), in the map's language."""

from __future__ import annotations

from journeymapper.model import Evidence, Language

_WORDS: dict[str, dict[Language, str]] = {
    "kind": {Language.EN: "Customer journey map", Language.DA: "Kunderejsekort"},
    "cover": {Language.EN: "Cover", Language.DA: "Forside"},
    "map": {Language.EN: "Journey map", Language.DA: "Kunderejsekort"},
    "personas": {Language.EN: "Personas", Language.DA: "Personaer"},
    "persona": {Language.EN: "Persona", Language.DA: "Persona"},
    "appendix": {Language.EN: "Appendix", Language.DA: "Bilag"},
    "cards": {Language.EN: "Cards", Language.DA: "Kort"},
    "kpis": {Language.EN: "KPIs", Language.DA: "KPI'er"},
    "client": {Language.EN: "Client", Language.DA: "Opdragsgiver"},
    "author": {Language.EN: "Author", Language.DA: "Forfatter"},
    "date": {Language.EN: "Date", Language.DA: "Dato"},
    "goals": {Language.EN: "Goals", Language.DA: "Mål"},
    "frustrations": {Language.EN: "Frustrations", Language.DA: "Frustrationer"},
    "demographics": {Language.EN: "Demographics", Language.DA: "Demografi"},
    "about": {Language.EN: "About", Language.DA: "Om"},
    "stage": {Language.EN: "Stage", Language.DA: "Fase"},
    "lane": {Language.EN: "Lane", Language.DA: "Række"},
    "card": {Language.EN: "Card", Language.DA: "Kort"},
    "evidence": {Language.EN: "Evidence", Language.DA: "Grundlag"},
    "source": {Language.EN: "Source", Language.DA: "Kilde"},
    "metric": {Language.EN: "KPI", Language.DA: "KPI"},
    "higher_better": {Language.EN: "higher is better", Language.DA: "højere er bedre"},
    "lower_better": {Language.EN: "lower is better", Language.DA: "lavere er bedre"},
    "continued": {Language.EN: "continued", Language.DA: "fortsat"},
    "no_cards": {Language.EN: "The journey map has no cards.", Language.DA: "Kunderejsekortet har ingen kort."},
    "no_kpis": {Language.EN: "The journey map has no KPIs.", Language.DA: "Kunderejsekortet har ingen KPI'er."},
    "funnel": {Language.EN: "Funnel: {metric}", Language.DA: "Tragt: {metric}"},
    "of_previous": {Language.EN: "{share} of the previous stage", Language.DA: "{share} af forrige fase"},
    "lost": {Language.EN: "{share} lost", Language.DA: "{share} tabt"},
    "overall": {Language.EN: "{share} of the first stage", Language.DA: "{share} af første fase"},
    "page": {Language.EN: "Page {n} of {total}", Language.DA: "Side {n} af {total}"},
    "sheet": {Language.EN: "Sheet {name} of {cols} × {rows}", Language.DA: "Ark {name} af {cols} × {rows}"},
    "sheet_short": {Language.EN: "Sheet {name}", Language.DA: "Ark {name}"},
    "sheet_help": {
        Language.EN: "Row {row}, column {col}. Trim at the crop marks; overlap {overlap} mm, "
                     "align the registration targets.",
        Language.DA: "Række {row}, kolonne {col}. Skær ved skæremærkerne; overlap {overlap} mm, "
                     "ret pasmærkerne ind.",
    },
    "stages_range": {Language.EN: "Stages {first}–{last} of {total}",
                     Language.DA: "Faser {first}–{last} af {total}"},
    "stage_one": {Language.EN: "Stage {first} of {total}", Language.DA: "Fase {first} af {total}"},
    "scale": {Language.EN: "Scale {percent}%", Language.DA: "Skala {percent}\u00a0%"},
    "lanes_range": {Language.EN: "Lanes {first}–{last}", Language.DA: "Rækker {first}–{last}"},
    "lane_one": {Language.EN: "Lane {first}", Language.DA: "Række {first}"},
    "overview_pages": {Language.EN: "The map over {count} pages: each box is a page, by its number.",
                       Language.DA: "Kunderejsekortet på {count} sider: hver boks er en side med sit nummer."},
    "overview_sheets": {Language.EN: "The poster's {count} sheets, by their labels.",
                        Language.DA: "Plakatens {count} ark med deres mærker."},
    "continues": {Language.EN: "p. {n}", Language.DA: "s. {n}"},
    "legend": {Language.EN: "Legend", Language.DA: "Signaturforklaring"},
    "flow": {Language.EN: "Next step", Language.DA: "Næste trin"},
    "optional": {Language.EN: "Optional step", Language.DA: "Valgfrit trin"},
    "back": {Language.EN: "Going back", Language.DA: "Går tilbage"},
    "good": {Language.EN: "On target", Language.DA: "Når målværdien"},
    "bad": {Language.EN: "Misses the target", Language.DA: "Under målværdien"},
    "neutral": {Language.EN: "No target", Language.DA: "Ingen målværdi"},
    "missing": {Language.EN: "Not measured", Language.DA: "Ikke målt"},
    # The PowerPoint deck (export/deck)
    "overview": {Language.EN: "Overview", Language.DA: "Overblik"},
    "greeked": {Language.EN: "The card texts are on the stage slides that follow.",
                Language.DA: "Kortenes tekst står på fasernes dias herefter."},
    "stage_continued": {Language.EN: "{name} (continued)", Language.DA: "{name} (fortsat)"},
    "kpi": {Language.EN: "KPI", Language.DA: "KPI"},
    "value": {Language.EN: "Value", Language.DA: "Værdi"},
    "target": {Language.EN: "Target", Language.DA: "Målværdi"},
    "status": {Language.EN: "Status", Language.DA: "Status"},
    "meets_target": {Language.EN: "meets target", Language.DA: "når målværdien"},
    "misses_target": {Language.EN: "misses target", Language.DA: "når ikke målværdien"},
    "no_target": {Language.EN: "no target", Language.DA: "ingen målværdi"},
    "not_measured": {Language.EN: "not measured", Language.DA: "ikke målt"},
    "kpis_page": {Language.EN: "KPIs ({n} of {total})", Language.DA: "KPI'er ({n} af {total})"},
    "check": {Language.EN: "Journey check", Language.DA: "Kunderejsetjek"},
    "check_page": {Language.EN: "Journey check ({n} of {total})", Language.DA: "Kunderejsetjek ({n} af {total})"},
    "what": {Language.EN: "What", Language.DA: "Hvad"},
    "where": {Language.EN: "Where", Language.DA: "Hvor"},
    "more_findings": {Language.EN: "… and {n} more: run the journey check in Journey Mapper.",
                      Language.DA: "… og {n} mere: kør kunderejsetjekket i Journey Mapper."},
    "cut_notes": {Language.EN: "Cut on the slide, in full:", Language.DA: "Afkortet på diaset, i fuld længde:"},
    "votes": {Language.EN: "Top-voted cards", Language.DA: "Kort med flest stemmer"},
    "votes_header": {Language.EN: "Votes", Language.DA: "Stemmer"},
    "font_note": {Language.EN: "Set in Noto Sans (install it for the intended look). Made with Journey Mapper.",
                  Language.DA: "Sat med Noto Sans (installér skrifttypen for det tilsigtede udseende). "
                               "Lavet med Journey Mapper."},
}

_CHANNELS: dict[Language, dict[str, str]] = {
    Language.EN: {"web": "Web", "search": "Search", "social": "Social media", "email": "Email", "ads": "Ads",
                  "store": "Store", "phone": "Phone", "chat": "Chat", "push": "Push", "app": "App",
                  "word_of_mouth": "Word of mouth", "other": "Other"},
    Language.DA: {"web": "Web", "search": "Søgning", "social": "Sociale medier", "email": "E-mail",
                  "ads": "Annoncer", "store": "Butik", "phone": "Telefon", "chat": "Chat", "push": "Push",
                  "app": "App", "word_of_mouth": "Mund til mund", "other": "Andet"},
}


def channel_label(channel: str, language: Language) -> str:
    return _CHANNELS[language].get(channel, channel)

_EVIDENCE: dict[Language, dict[Evidence, str]] = {
    Language.EN: {Evidence.OBSERVED: "Observed", Evidence.ASSUMED: "Assumed",
                  Evidence.PROPOSED: "Proposed"},
    Language.DA: {Evidence.OBSERVED: "Observeret", Evidence.ASSUMED: "Antaget",
                  Evidence.PROPOSED: "Foreslået"},
}


def word(key: str, language: Language, **values: object) -> str:
    """The phrase ``key`` in ``language`` with ``{name}`` fields filled from ``values``."""
    text = _WORDS[key][language]
    return text.format(**values) if values else text


_NOUNS: dict[Language, dict[str, tuple[str, str]]] = {
    Language.EN: {"stage": ("stage", "stages"), "lane": ("lane", "lanes"), "card": ("card", "cards"),
                  "persona": ("persona", "personas")},
    Language.DA: {"stage": ("fase", "faser"), "lane": ("række", "rækker"), "card": ("kort", "kort"),
                  "persona": ("persona", "personaer")},
}


def counted(noun: str, count: int, language: Language) -> str:
    """"1 stage", "5 stages" (or the Danish)."""
    one, many = _NOUNS[language][noun]
    return f"{count} {one if count == 1 else many}"


def evidence_label(evidence: Evidence, language: Language) -> str:
    return _EVIDENCE[language][evidence]
