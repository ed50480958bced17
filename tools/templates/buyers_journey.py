"""The classic three-stage buyer's journey (1978): awareness, consideration, decision."""

from __future__ import annotations

from journeymapper.model import Channel, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

GA = T("Google Analytics, Q3", "Google Analytics, 3. kvartal")
INTERVIEWS = T("Customer interviews (6)", "Kundeinterviews (6)")
CRM = T("CRM data, last 12 months", "CRM-data, seneste 12 måneder")
SALES = T("Interviews with sales advisers", "Interviews med salgsrådgivere")
ADS = T("Ad platform report", "Rapport fra annonceplatformen")
WORKSHOP = T("Sales and marketing workshop", "Workshop med salg og marketing")


def describe() -> Template:
    m = Template(
        "buyers-journey",
        T("Buyer's journey (3 stages)", "Købsrejse (3 faser)"),
        T("The classic buyer's journey from 1978 — awareness, consideration, decision — here for a "
          "homeowner replacing an oil boiler with a heat pump.\n"
          "The model is linear; real buyers jump back and forth. Use it to plan content and sales "
          "conversations for each stage rather than as a description of behaviour.",
          "Den klassiske købsrejse fra 1978 – bevidsthed, overvejelse og beslutning – her for en husejer, "
          "der skifter oliefyret ud med en varmepumpe.\n"
          "Modellen er lineær, men virkelige købere springer frem og tilbage. Brug den til at planlægge "
          "indhold og salgsdialog i hver fase snarere end som en beskrivelse af adfærd."))

    m.persona(
        "henrik", "Henrik Lund",
        role=T("Homeowner facing a big, rare purchase",
               "Husejer foran en stor beslutning, man sjældent træffer"),
        quote=T("I don't want to be sold to. I want to understand what I'm buying.",
                "Jeg vil ikke have noget solgt. Jeg vil forstå, hvad jeg køber."),
        description=T(
            "Lives in a 1970s house with an oil boiler near the end of its life. Reads a lot before he "
            "calls anyone, and asks neighbours and colleagues what they did.",
            "Bor i et parcelhus fra 1970'erne med et oliefyr, der er ved at være slidt op. Læser meget, før "
            "han ringer til nogen, og spørger naboer og kolleger, hvad de har gjort."),
        goals=[T("Lower heating bills", "En lavere varmeregning"),
               T("A solution that lasts 15 years", "En løsning, der holder i 15 år"),
               T("Get the subsidy right", "Få styr på tilskuddet")],
        frustrations=[T("Technical jargon he doesn't understand (SCOP, kW)",
                        "Teknisk fagsprog, han ikke forstår (SCOP, kW)"),
                      T("Installers who never call back", "Installatører, der aldrig ringer tilbage"),
                      T("Quotes that can't be compared", "Tilbud, der ikke kan sammenlignes")],
        demographics=T("52, IT project manager, married, two teenagers, 140 m² house in a suburb",
                       "52 år, it-projektleder, gift, to teenagere, hus på 140 m² i en forstad"))

    m.stage("awareness", T("Awareness", "Bevidsthed"),
            T("The buyer realises there is a problem and starts to understand it.",
              "Køberen indser, at der er et problem, og begynder at forstå det."))
    m.stage("consideration", T("Consideration", "Overvejelse"),
            T("The buyer explores possible solutions, weighs options and shops around.",
              "Køberen undersøger mulige løsninger, vejer mulighederne op mod hinanden og ser sig om."))
    m.stage("decision", T("Decision", "Beslutning"),
            T("With one or two solutions left, the buyer picks the best place to buy.",
              "Med en eller to løsninger tilbage vælger køberen det bedste sted at købe."))

    m.lane("goals", LaneKind.GOALS, T("Goals", "Mål"))
    m.lane("questions", LaneKind.THOUGHTS, T("Questions the buyer asks", "Køberens spørgsmål"))
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"))
    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Berøringspunkter"))
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Content and sales opportunities",
                                                      "Muligheder for indhold og salg"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    m.cell("goals", "awareness", C("understand-bill",
                                   T("Understand why the heating bill is so high, and what the options are",
                                     "Forstå, hvorfor varmeregningen er så høj, og hvilke muligheder der er"),
                                   O, INTERVIEWS))
    m.cell("goals", "consideration",
           C("right-type", T("Choose the right type of heat pump and an installer he can trust",
                             "Vælge den rigtige type varmepumpe og en installatør, han kan stole på"),
             O, INTERVIEWS))
    m.cell("goals", "decision",
           C("clear-quote", T("Sign a clear fixed-price quote with the subsidy included",
                              "Skrive under på et klart tilbud til fast pris med tilskuddet regnet med"),
             O, SALES))

    q = "questions"
    m.cell(q, "awareness",
           C("boiler-dying", T("“Is the boiler about to give up, and what is it really costing me?”",
                               "»Er oliefyret ved at stå af, og hvad koster det mig egentlig?«"),
             O, INTERVIEWS),
           C("possible-here", T("“Can my house even have a heat pump?”",
                                "»Kan mit hus overhovedet få en varmepumpe?«"), O, SALES))
    m.cell(q, "consideration",
           C("which-type", T("“Air-to-water or ground source?”",
                             "»Luft til vand eller jordvarme?«"), O, SALES),
           C("noise", T("“What do the neighbours say about the noise?”",
                        "»Hvad siger naboerne om støjen?«"), O, INTERVIEWS))
    m.cell(q, "decision", C("fair-price", T("“Is this price fair, and what happens if it breaks down?”",
                                            "»Er prisen rimelig, og hvad sker der, hvis den går i stykker?«"),
                            O, SALES))

    m.cell("actions", "awareness",
           C("compares-bills", T("Compares this year's oil bill with last year's",
                                 "Sammenligner årets olieregning med sidste års"), O, INTERVIEWS),
           C("googles", T("Googles “replace oil boiler”", "Googler »udskiftning af oliefyr«"), O, GA))
    m.cell("actions", "consideration",
           C("uses-calculator", T("Uses a savings calculator and reads guides",
                                  "Bruger en besparelsesberegner og læser guides"), O, GA),
           C("asks-neighbours", T("Asks neighbours who have switched",
                                  "Spørger naboer, der har skiftet"), O, INTERVIEWS))
    m.cell("actions", "decision",
           C("books-visits", T("Books three site visits and collects quotes",
                               "Booker tre besigtigelser og indhenter tilbud"), O, CRM),
           C("signs", T("Applies for the subsidy and signs", "Søger tilskud og skriver under"), O, CRM))

    tp = "touchpoints"
    m.cell(tp, "awareness",
           C("search-guides", T("Search results and energy guides",
                                "Søgeresultater og energiguides"), O, GA, Channel.SEARCH),
           C("facebook-ad", T("Facebook ad: “Say goodbye to your oil boiler”",
                              "Facebook-annonce: »Sig farvel til oliefyret«"), O, ADS, Channel.SOCIAL))
    m.cell(tp, "consideration",
           C("calculator", T("Savings calculator on the website",
                             "Besparelsesberegner på hjemmesiden"), O, GA, Channel.WEB),
           C("type-guide", T("Guide: air-to-water or ground source",
                             "Guide: luft til vand eller jordvarme"), O, GA, Channel.WEB),
           C("neighbours", T("Neighbours and the local Facebook group",
                             "Naboer og den lokale Facebookgruppe"), A, INTERVIEWS, Channel.WORD_OF_MOUTH))
    m.cell(tp, "decision",
           C("booking-call", T("Phone call to book a site visit",
                               "Opkald for at booke en besigtigelse"), O, CRM, Channel.PHONE),
           C("site-visit", T("Site visit by an energy adviser",
                             "Besigtigelse ved en energirådgiver"), O, CRM, Channel.OTHER),
           C("quote-email", T("Quote by e-mail", "Tilbud på e-mail"), O, CRM, Channel.EMAIL))

    pain = "pain-points"
    m.cell(pain, "awareness", C("unaware-option",
                                T("Doesn't know a heat pump can work in an older house",
                                  "Ved ikke, at en varmepumpe også kan bruges i et ældre hus"),
                                O, INTERVIEWS))
    m.cell(pain, "consideration",
           C("jargon", T("Guides full of jargon; the calculator asks for figures he doesn't have",
                         "Guides fyldt med fagsprog – beregneren spørger om tal, han ikke har"),
             O, INTERVIEWS))
    m.cell(pain, "decision",
           C("slow-quote", T("Waits nine days for a quote", "Venter ni dage på et tilbud"), O, CRM),
           C("incomparable", T("Quotes include different things and can't be compared",
                               "Tilbuddene indeholder forskellige ting og kan ikke sammenlignes"),
             O, INTERVIEWS))

    opp = "opportunities"
    m.cell(opp, "awareness", C("house-check",
                               T("Article: “Can my house have a heat pump?” with a two-minute check",
                                 "Artikel: »Kan mit hus få en varmepumpe?« med et tjek på to minutter"),
                               P, WORKSHOP))
    m.cell(opp, "consideration",
           C("simple-calculator", T("A calculator that only needs last year's oil consumption",
                                    "En beregner, der kun skal bruge sidste års olieforbrug"), P, WORKSHOP),
           C("local-stories", T("Customer stories from the same area",
                                "Kundehistorier fra samme område"), P, WORKSHOP))
    m.cell(opp, "decision",
           C("fast-quote", T("Quote within 48 hours: fixed price, subsidy included",
                             "Tilbud inden for 48 timer: fast pris og tilskuddet regnet med"), P, SALES),
           C("checklist", T("Checklist for comparing quotes from other installers",
                            "Tjekliste til at sammenligne med andre installatørers tilbud"), P, WORKSHOP))

    m.curve("emotions", "henrik", [
        ("awareness", -1, T("Worried about the bill", "Bekymret for regningen")),
        ("consideration", -2, T("Overwhelmed", "Overvældet")),
        ("decision", 1, T("Relieved", "Lettet")),
    ])

    k = "kpis"
    m.metric(k, "guide-visits", T("Organic visits to guides", "Organiske besøg på guides"),
             unit=T("per month", "pr. md."), values={"awareness": 3200}, targets={"awareness": 4500})
    m.metric(k, "calculator-completion", T("Calculator completion rate", "Andel gennemførte beregninger"),
             unit="%", values={"consideration": 23}, targets={"consideration": 35})
    m.metric(k, "quote-requests", T("Quote requests", "Tilbudsforespørgsler"), unit=T("per month", "pr. md."),
             values={"consideration": 85}, targets={"consideration": 120})
    m.metric(k, "time-to-quote", T("Time to quote", "Tid til tilbud"), unit=T("days", "dage"),
             higher_is_better=False, values={"decision": 9}, targets={"decision": 2})
    m.metric(k, "quote-acceptance", T("Quote acceptance rate", "Andel accepterede tilbud"), unit="%",
             values={"decision": 28}, targets={"decision": 35})
    return m
