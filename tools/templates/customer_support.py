"""Customer support: from the problem to the resolution and the follow-up."""

from __future__ import annotations

from journeymapper.model import Channel, CurveVariant, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

INTERVIEWS = T("Customer interviews (8)", "Kundeinterviews (8)")
CALLS = T("Call recordings (25)", "Optagede opkald (25)")
TICKETS = T("Support tickets, Q3", "Supporthenvendelser, 3. kvartal")
CHATBOT = T("Chatbot logs", "Chatbot-log")
AGENTS = T("Interviews with agents", "Interviews med medarbejdere i kundeservice")
TELEPHONY = T("Telephony statistics", "Telefonistatistik")
SURVEY = T("Satisfaction survey after closed cases", "Tilfredshedsmåling efter lukkede sager")
NOC = T("Network operations centre", "Driftscentret")
WORKSHOP = T("Customer service workshop", "Workshop med kundeservice")


def describe() -> Template:
    m = Template(
        "customer-support",
        T("Customer support: problem to resolution", "Kundeservice: fra problem til løsning"),
        T("A broadband customer's journey from the moment the connection fails to the resolution and the "
          "follow-up, with the as-is and the hoped-for experience.\n"
          "Use it to find where customers repeat themselves, wait without news or have to chase a "
          "compensation they are entitled to.",
          "En bredbåndskundes rejse fra det øjeblik, forbindelsen svigter, til løsningen og opfølgningen – "
          "med oplevelsen, som den er, og som den bør være.\n"
          "Brug det til at finde de steder, hvor kunderne skal gentage sig selv, venter uden at høre noget "
          "eller selv må jagte en kompensation, de har krav på."))

    m.persona(
        "jakob", "Jakob Sørensen",
        role=T("Works from home and depends on his connection",
               "Arbejder hjemmefra og er afhængig af forbindelsen"),
        quote=T("Just tell me what's wrong and when it will work again.",
                "Bare fortæl mig, hvad der er galt, og hvornår det virker igen."),
        description=T(
            "Works from home three days a week with video meetings all day. Technically able, but has no "
            "patience with scripts that ask him to restart the router he has already restarted.",
            "Arbejder hjemme tre dage om ugen med videomøder hele dagen. Teknisk kompetent, men har ingen "
            "tålmodighed med manuskripter, der beder ham genstarte den router, han allerede har genstartet."),
        goals=[T("Get back online fast", "Hurtigt komme på nettet igen"),
               T("Know the cause and when it will be fixed", "Kende årsagen, og hvornår det er løst"),
               T("Explain the problem only once", "Kun forklare problemet én gang")],
        frustrations=[T("Long phone queues", "Lange telefonkøer"),
                      T("Being asked the same questions again", "At blive stillet de samme spørgsmål igen"),
                      T("No news after the call", "Ingen nyheder efter opkaldet")],
        demographics=T("44, consultant, lives with his family in a terraced house, fibre customer (3 years)",
                       "44 år, konsulent, bor med sin familie i rækkehus, fiberkunde i 3 år"))

    m.stage("problem", T("Problem occurs", "Problemet opstår"),
            T("The connection drops in the middle of the working day.",
              "Forbindelsen forsvinder midt i arbejdsdagen."))
    m.stage("self-help", T("Looks for help", "Søger selv hjælp"),
            T("Tries to solve it himself with the website, app and chatbot.",
              "Prøver selv at løse det med hjemmesiden, appen og chatbotten."))
    m.stage("contact", T("Contacts support", "Kontakter kundeservice"),
            T("Calls customer service and explains the problem.",
              "Ringer til kundeservice og forklarer problemet."))
    m.stage("resolution", T("Resolution", "Løsning"),
            T("A technician finds and fixes the fault.", "En tekniker finder og udbedrer fejlen."))
    m.stage("follow-up", T("Follow-up", "Opfølgning"),
            T("The case is closed; survey and bill follow.",
              "Sagen lukkes; tilfredshedsmåling og regning følger."))

    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Berøringspunkter"))
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"))
    m.lane("thoughts", LaneKind.THOUGHTS, T("Thoughts", "Tanker"))
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"))
    m.lane("backstage", LaneKind.BACKSTAGE, T("Behind the scenes: agents and systems",
                                              "Bag kulisserne: medarbejdere og systemer"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    tp = "touchpoints"
    m.cell(tp, "problem", C("router-light", T("The router's light blinks red",
                                              "Routerens lampe blinker rødt"), O, INTERVIEWS, Channel.OTHER))
    m.cell(tp, "self-help",
           C("status-page", T("Service status page", "Driftsstatus på hjemmesiden"), O, TICKETS, Channel.WEB),
           C("help-article", T("Help article: restart your router",
                               "Hjælpeartikel: genstart din router"), O, TICKETS, Channel.WEB),
           C("chatbot", T("Chatbot in the app", "Chatbot i appen"), O, CHATBOT, Channel.CHAT))
    m.cell(tp, "contact",
           C("phone-menu", T("Phone queue and voice menu",
                             "Telefonkø og talemenu"), O, TELEPHONY, Channel.PHONE),
           C("first-line", T("First-line agent", "Medarbejder i første linje"), O, CALLS, Channel.PHONE))
    m.cell(tp, "resolution",
           C("technician", T("Technician visit", "Teknikerbesøg"), O, TICKETS, Channel.OTHER),
           C("case-texts", T("Text updates on the case",
                             "Sms-opdateringer om sagen"), O, TICKETS, Channel.PHONE))
    m.cell(tp, "follow-up",
           C("survey-email", T("Satisfaction survey by e-mail",
                               "Tilfredshedsmåling på e-mail"), O, SURVEY, Channel.EMAIL),
           C("next-bill", T("Next bill", "Næste regning"), O, TICKETS, Channel.EMAIL))

    ac = "actions"
    m.cell(ac, "problem", C("tethers",
                            T("Restarts the router and uses his phone's hotspot to finish a meeting",
                              "Genstarter routeren og deler net fra mobilen for at gøre mødet færdigt"),
                            O, INTERVIEWS))
    m.cell(ac, "self-help", C("follows-article", T("Checks the status page and follows the help article",
                                                   "Tjekker driftsstatus og følger hjælpeartiklen"),
                              O, CHATBOT))
    m.cell(ac, "contact",
           C("explains",
             T("Waits, explains, and restarts the router again when asked",
               "Venter, forklarer og genstarter routeren igen, da han bliver bedt om "
                                          "det"),
             O, CALLS))
    m.cell(ac, "resolution", C("stays-home", T("Stays home for the technician's time window",
                                               "Bliver hjemme i teknikerens tidsvindue"), O, INTERVIEWS))
    m.cell(ac, "follow-up", C("checks-bill", T("Answers the survey and checks the bill",
                                               "Svarer på målingen og tjekker regningen"), A, SURVEY))

    th = "thoughts"
    m.cell(th, "problem", C("not-now", T("“Not now. I have a client meeting at ten.”",
                                         "»Ikke nu. Jeg har kundemøde klokken ti.«"), O, INTERVIEWS))
    m.cell(th, "self-help", C("all-fine", T("“It says everything is fine. It isn't.”",
                                            "»Der står, at alt er fint. Det er det ikke.«"), O, INTERVIEWS))
    m.cell(th, "contact", C("twice", T("“I've already done that. Why am I saying this twice?”",
                                       "»Det har jeg allerede gjort. Hvorfor skal jeg sige det to gange?«"),
                            O, CALLS))
    m.cell(th, "resolution", C("finally", T("“Finally, someone who knows what he's doing.”",
                                            "»Endelig en, der ved, hvad han laver.«"), O, INTERVIEWS))
    m.cell(th, "follow-up", C("compensation", T("“Do I get anything back for the days without internet?”",
                                                "»Får jeg noget for de dage, hvor nettet ikke virkede?«"),
                              O, INTERVIEWS))

    pain = "pain-points"
    m.cell(pain, "problem", C("no-warning", T("No proactive message about the outage",
                                              "Ingen proaktiv besked om nedbruddet"), O, INTERVIEWS))
    m.cell(pain, "self-help",
           C("status-wrong", T("The status page shows no fault in his area",
                               "Driftsstatus viser ingen fejl i hans område"), O, TICKETS),
           C("chatbot-loop", T("The chatbot keeps sending him back to the same article",
                               "Chatbotten sender ham tilbage til den samme artikel"), O, CHATBOT))
    m.cell(pain, "contact", C("queue-no-history", T("23 minutes in the queue; the agent can't see the chat",
                                                    "23 minutter i kø – medarbejderen kan ikke se chatten"),
                              O, TELEPHONY))
    m.cell(pain, "resolution", C("four-hour-window", T("The technician's time window is four hours",
                                                       "Teknikerens tidsvindue er på fire timer"),
                                 O, TICKETS))
    m.cell(pain, "follow-up", C("claim-yourself", T("The customer has to claim compensation himself",
                                                    "Kunden skal selv søge om kompensation"), O, TICKETS))

    bs = "backstage"
    m.cell(bs, "problem", C("monitoring", T("Network monitoring detects the fault at the street cabinet",
                                            "Netovervågningen opdager fejlen i gadeskabet"), O, NOC))
    m.cell(bs, "self-help", C("manual-status", T("The status page is updated by hand",
                                                 "Driftsstatus opdateres manuelt"), O, NOC))
    m.cell(bs, "contact", C("script", T("The agent follows a troubleshooting script",
                                        "Medarbejderen følger en fast fejlsøgningsguide"), O, AGENTS))
    m.cell(bs, "resolution", C("escalation", T("The case is escalated to field service; a technician is sent",
                                               "Sagen eskaleres til feltservice, og en tekniker sendes ud"),
                               O, AGENTS))
    m.cell(bs, "follow-up", C("auto-survey", T("The case is closed and the survey sent automatically",
                                               "Sagen lukkes, og målingen sendes automatisk"), O, AGENTS))

    op = "opportunities"
    m.cell(op, "problem", C("proactive-text", T("Proactive text when monitoring detects a fault",
                                                "Proaktiv sms, når overvågningen opdager en fejl"),
                            P, WORKSHOP))
    m.cell(op, "self-help",
           C("live-status", T("Status page fed directly from monitoring",
                              "Driftsstatus direkte fra overvågningen"), P, WORKSHOP),
           C("bot-handover", T("The chatbot hands over to a person, with the history",
                               "Chatbotten giver videre til en medarbejder – med hele historikken"),
             P, WORKSHOP))
    m.cell(op, "contact", C("call-back",
                            T("Offer a call-back and skip steps the customer has already done",
                              "Tilbyd at ringe op, og spring de trin over, kunden allerede har gjort"),
                            P, WORKSHOP))
    m.cell(op, "resolution", C("one-hour-window", T("One-hour window and live tracking of the technician",
                                                    "Tidsvindue på én time og live-sporing af teknikeren"),
                               P, WORKSHOP))
    m.cell(op, "follow-up", C("auto-compensation", T("Automatic compensation on the next bill",
                                                     "Automatisk kompensation på næste regning"),
                              P, WORKSHOP))

    m.curve("emotions", "jakob", [
        ("problem", -2, T("Stressed", "Stresset")),
        ("self-help", -2, ""),
        ("contact", -3, T("Angry", "Vred")),
        ("resolution", 1, T("Relieved", "Lettet")),
        ("follow-up", -1, T("Let down", "Skuffet")),
    ])
    m.curve("emotions", "jakob", [
        ("problem", -1, T("Warned by text", "Varslet på sms")),
        ("self-help", 0, ""),
        ("contact", 1, T("Heard", "Hørt")),
        ("resolution", 2, ""),
        ("follow-up", 2, T("Treated fairly", "Retfærdigt behandlet")),
    ], variant=CurveVariant.TO_BE)

    k = "kpis"
    m.metric(k, "self-service-rate", T("Resolved by self-service", "Andel løst via selvbetjening"), unit="%",
             values={"self-help": 18}, targets={"self-help": 35})
    m.metric(k, "wait-time", T("Average wait time", "Gennemsnitlig ventetid"), unit=T("min", "min."),
             higher_is_better=False, values={"contact": 23}, targets={"contact": 3})
    m.metric(k, "first-contact-resolution", T("First contact resolution", "Løst ved første henvendelse"),
             unit="%", values={"contact": 62}, targets={"contact": 80})
    m.metric(k, "time-to-resolution", T("Time to resolution", "Tid til løsning"), unit=T("hours", "timer"),
             higher_is_better=False, values={"resolution": 31}, targets={"resolution": 8})
    m.metric(k, "customer-satisfaction", T("Customer satisfaction (CSAT)", "Kundetilfredshed (CSAT)"),
             unit="%", values={"follow-up": 61}, targets={"follow-up": 80})
    m.metric(k, "repeat-contacts",
             T("Repeat contacts within 7 days", "Gentagne henvendelser inden for 7 dage"),
             unit="%", higher_is_better=False, values={"follow-up": 27}, targets={"follow-up": 10})
    return m
