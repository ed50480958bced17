"""B2B software: from free trial to paid subscription to expansion."""

from __future__ import annotations

from journeymapper.model import Channel, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

MIXPANEL = T("Mixpanel, trial cohort Q3", "Mixpanel, prøvekohorte 3. kvartal")
INTERVIEWS = T("Customer interviews (9)", "Kundeinterviews (9)")
CRM = T("CRM notes on won and lost deals", "CRM-noter om vundne og tabte aftaler")
SUPPORT = T("Support tickets, Q3", "Supporthenvendelser, 3. kvartal")
MAIL = T("E-mail platform report", "Rapport fra e-mailplatformen")
CS = T("Customer success team", "Customer success-teamet")
WORKSHOP = T("Product and sales workshop", "Workshop med produkt og salg")
QUICK_WIN = T("quick win", "quick win")


def describe() -> Template:
    m = Template(
        "saas-onboarding",
        T("SaaS onboarding: trial to expansion", "SaaS-onboarding: fra prøveperiode til udvidelse"),
        T("A B2B software journey from free trial to paid plan to expansion, seen by the champion who "
          "brings the tool in and the CFO who signs.\n"
          "The critical moments are the first value in the product and getting the rest of the team "
          "to use it before the trial ends.",
          "En B2B-softwarerejse fra gratis prøveperiode over betalt abonnement til udvidelse – set fra "
          "den ildsjæl, der henter værktøjet ind, og den økonomidirektør, der skriver under.\n"
          "De afgørende øjeblikke er den første værdi i produktet og at få resten af teamet med, før "
          "prøveperioden udløber."))

    m.persona(
        "line", "Line Kjær",
        role=T("Operations manager and internal champion", "Driftschef og intern fortaler"),
        quote=T("If my team won't use it, I've wasted everyone's time.",
                "Hvis mit team ikke vil bruge det, har jeg spildt alles tid."),
        description=T(
            "Runs a team of twelve planners who live in spreadsheets. Found the tool herself and has to "
            "prove its worth before the trial ends.",
            "Leder et team på tolv planlæggere, der lever i regneark. Har selv fundet værktøjet og skal "
            "bevise, at det er pengene værd, før prøveperioden udløber."),
        goals=[T("One shared overview of all projects", "Ét fælles overblik over alle projekter"),
               T("Less time chasing status updates", "Mindre tid på at jagte statusopdateringer")],
        frustrations=[T("Tools that need a consultant to set up",
                        "Værktøjer, der kræver en konsulent at sætte op"),
                      T("Colleagues who quietly go back to Excel",
                        "Kolleger, der stille og roligt går tilbage til Excel")],
        demographics=T("41, operations manager in a 200-person engineering firm",
                       "41 år, driftschef i en ingeniørvirksomhed med 200 ansatte"))
    m.persona(
        "peter", "Peter Munk",
        role=T("CFO, signs the contract", "Økonomidirektør, skriver under på aftalen"),
        quote=T("Show me what it saves, and what it costs when we grow.",
                "Vis mig, hvad det sparer, og hvad det koster, når vi vokser."),
        description=T("Approves every new subscription. Cares about total cost, contract terms and "
                      "data security, not features.",
                      "Godkender alle nye abonnementer. Går op i samlede omkostninger, aftalevilkår og "
                      "datasikkerhed – ikke i funktioner."),
        goals=[T("Predictable costs", "Forudsigelige omkostninger")],
        frustrations=[T("Per-seat prices that creep up", "Priser pr. bruger, der langsomt kryber op")],
        demographics=T("56, CFO", "56 år, økonomidirektør"))

    m.stage("sign-up", T("Sign-up", "Oprettelse"),
            T("Finds the tool and starts a 14-day trial.",
              "Finder værktøjet og starter en prøveperiode på 14 dage."))
    m.stage("first-value", T("First value", "Første værdi"),
            T("Builds the first real plan and sees the point.",
              "Bygger den første rigtige plan og ser pointen."))
    m.stage("adoption", T("Team adoption", "Teamet tager det i brug"),
            T("Invites colleagues and moves work over.", "Inviterer kolleger og flytter arbejdet over."))
    m.stage("purchase", T("Trial to paid", "Fra prøve til betalt"),
            T("Builds the business case and gets the CFO to sign.",
              "Laver business casen og får økonomidirektøren til at skrive under."))
    m.stage("expansion", T("Expansion and renewal", "Udvidelse og fornyelse"),
            T("More teams join; the contract is renewed.", "Flere teams kommer med, og aftalen fornyes."))

    m.lane("goals", LaneKind.GOALS, T("Goals", "Mål"))
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"))
    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Berøringspunkter"))
    m.lane("thoughts", LaneKind.THOUGHTS, T("Thoughts", "Tanker"))
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"))
    m.lane("backstage", LaneKind.BACKSTAGE, T("Behind the scenes: sales and customer success",
                                              "Bag kulisserne: salg og customer success"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    g = "goals"
    m.cell(g, "sign-up", C("quick-fit", T("See quickly whether the tool fits how we work",
                                          "Hurtigt se, om værktøjet passer til vores måde at arbejde på"),
                           O, INTERVIEWS, personas=["line"]))
    m.cell(g, "first-value", C("real-project", T("Plan one real project in the tool this week",
                                                 "Planlægge ét rigtigt projekt i værktøjet i denne uge"),
                               O, INTERVIEWS, personas=["line"]))
    m.cell(g, "adoption", C("no-nagging", T("Get the team using it without nagging",
                                            "Få teamet til at bruge det uden at skulle presse på"),
                            O, INTERVIEWS, personas=["line"]))
    m.cell(g, "purchase",
           C("approval", T("Get approval with a clear business case",
                           "Få godkendelse med en klar business case"), O, CRM, personas=["line"]),
           C("no-lock-in", T("A predictable price and no lock-in",
                             "En forudsigelig pris og ingen binding"), O, CRM, personas=["peter"]))
    m.cell(g, "expansion", C("roll-out", T("Roll out to the other departments",
                                           "Udrulle til de andre afdelinger"), A, CS, personas=["line"]))

    a = "actions"
    m.cell(a, "sign-up", C("skips-wizard",
                           T("Signs up with her work e-mail and skips the setup wizard",
                             "Opretter sig med sin arbejdsmail og springer opsætningsguiden over"),
                           O, MIXPANEL))
    m.cell(a, "first-value", C("imports-sheet", T("Imports a spreadsheet and builds the first board",
                                                  "Importerer et regneark og bygger den første tavle"),
                               O, MIXPANEL))
    m.cell(a, "adoption", C("invites", T("Invites six colleagues; three log in",
                                         "Inviterer seks kolleger – tre logger ind"), O, MIXPANEL))
    m.cell(a, "purchase",
           C("forwards-quote",
             T("Books a sales call and forwards the quote to the CFO",
               "Booker et salgsmøde og sender tilbuddet videre til "
                                                "økonomidirektøren"),
             O, CRM))
    m.cell(a, "expansion", C("asks-sso", T("Adds two teams and asks about single sign-on",
                                           "Tilføjer to teams og spørger til single sign-on"), O, CRM))

    tp = "touchpoints"
    m.cell(tp, "sign-up",
           C("pricing-page", T("Pricing page and sign-up form",
                               "Prisside og tilmeldingsformular"), O, MIXPANEL, Channel.WEB),
           C("welcome-email", T("Welcome e-mail", "Velkomstmail"), O, MAIL, Channel.EMAIL))
    m.cell(tp, "first-value",
           C("checklist", T("In-app checklist and templates",
                            "Tjekliste og skabeloner i produktet"), O, MIXPANEL, Channel.APP),
           C("support-chat", T("Chat with support", "Chat med support"), O, SUPPORT, Channel.CHAT))
    m.cell(tp, "adoption",
           C("invitations", T("Invitation e-mails to colleagues",
                              "Invitationsmails til kolleger"), O, MAIL, Channel.EMAIL),
           C("webinar", T("Webinar: getting your team started",
                          "Webinar: kom i gang med teamet"), O, CS, Channel.WEB))
    m.cell(tp, "purchase",
           C("sales-call", T("Sales call and quote", "Salgsmøde og tilbud"), O, CRM, Channel.PHONE),
           C("trial-ending", T("Trial-ending e-mails (7, 3 and 1 days before)",
                               "Mails om udløb af prøveperioden (7, 3 og 1 dag før)"),
             O, MAIL, Channel.EMAIL))
    m.cell(tp, "expansion",
           C("business-review", T("Quarterly business review with customer success",
                                  "Kvartalsvis statusmøde med customer success"), O, CS, Channel.OTHER),
           C("add-team-prompt", T("In-app prompt: add another team",
                                  "Besked i produktet: tilføj endnu et team"), O, MIXPANEL, Channel.APP))

    th = "thoughts"
    m.cell(th, "sign-up", C("another-tool", T("“Another tool. Will anyone actually use it?”",
                                              "»Endnu et værktøj. Vil nogen overhovedet bruge det?«"),
                            O, INTERVIEWS))
    m.cell(th, "first-value", C("quicker", T("“Oh, this is quicker than our spreadsheet.”",
                                             "»Nå, det er faktisk hurtigere end vores regneark.«"),
                                O, INTERVIEWS))
    m.cell(th, "adoption", C("why-not", T("“Why haven't the others logged in?”",
                                          "»Hvorfor har de andre ikke logget ind?«"), O, INTERVIEWS))
    m.cell(th, "purchase", C("justify", T("“Can I justify the price to Peter?”",
                                          "»Kan jeg forsvare prisen over for Peter?«"), O, CRM))
    m.cell(th, "expansion",
           C("one-overview",
             T("“If the other teams join, we finally get one overview.”",
               "»Hvis de andre teams kommer med, får vi endelig ét samlet "
                                                "overblik.«"),
             A, CS))

    pain = "pain-points"
    m.cell(pain, "sign-up", C("long-wizard",
                              T("The setup wizard asks nine questions before showing the product",
                                "Opsætningsguiden stiller ni spørgsmål, før man ser produktet"),
                              O, MIXPANEL))
    m.cell(pain, "first-value", C("import-encoding", T("Import breaks special characters (æ, ø, å)",
                                                       "Importen fejler på æ, ø og å"), O, SUPPORT))
    m.cell(pain, "adoption", C("spam", T("Invitations land in colleagues' spam folders",
                                         "Invitationerne havner i kollegernes spamfilter"), O, SUPPORT))
    m.cell(pain, "purchase",
           C("trial-too-short",
             T("The trial ends before the team is active, and the per-seat price is unclear",
               "Prøveperioden slutter, før teamet er aktivt, og prisen pr. bruger er uklar"),
             O, CRM))
    m.cell(pain, "expansion", C("no-sso",
                                T("No single sign-on on the standard plan, so IT says no",
                                  "Ingen single sign-on på standardplanen, så it-afdelingen siger nej"),
                                O, CRM))

    bs = "backstage"
    m.cell(bs, "sign-up", C("lead-scoring", T("The lead is scored and routed in the CRM",
                                              "Leadet scores og fordeles i CRM-systemet"), O, CRM))
    m.cell(bs, "first-value", C("usage-emails", T("Onboarding e-mails triggered by usage",
                                                  "Onboardingmails udløst af brugerens aktivitet"), O, MAIL))
    m.cell(bs, "adoption", C("activation-signals", T("Customer success watches activation signals",
                                                     "Customer success holder øje med aktiveringssignaler"),
                             A, CS))
    m.cell(bs, "purchase", C("roi-sheet", T("Sales prepares the quote and an ROI calculation",
                                            "Salg udarbejder tilbud og ROI-beregning"), O, CRM))
    m.cell(bs, "expansion", C("health-score", T("Health score and renewal forecast",
                                                "Health score og prognose for fornyelse"), O, CS))

    op = "opportunities"
    m.cell(op, "sign-up", C("sample-project", T("Let users jump straight into a sample project",
                                                "Lad brugerne springe direkte til et eksempelprojekt"),
                            P, WORKSHOP))
    m.cell(op, "first-value", C("fix-import", T("Fix the import, and offer an Excel import template",
                                                "Ret importen, og tilbyd en importskabelon til Excel"),
                                P, WORKSHOP, tags=[QUICK_WIN]))
    m.cell(op, "adoption", C("invite-link", T("Invite colleagues with a shareable link",
                                              "Invitér kolleger med et link, der kan deles"), P, WORKSHOP))
    m.cell(op, "purchase",
           C("extend-trial", T("Extend the trial automatically for active teams",
                               "Forlæng automatisk prøveperioden for aktive teams"), P, WORKSHOP),
           C("one-page-case", T("A one-page business case for the CFO",
                                "En business case på én side til økonomidirektøren"),
             P, WORKSHOP, personas=["peter"]))
    m.cell(op, "expansion", C("sso-add-on", T("Single sign-on as an add-on to the standard plan",
                                              "Single sign-on som tilkøb til standardplanen"), P, CRM))

    m.curve("emotions", "line", [
        ("sign-up", 0, T("Sceptical", "Skeptisk")),
        ("first-value", 2, T("Aha!", "Aha!")),
        ("adoption", -2, T("Frustrated", "Frustreret")),
        ("purchase", -1, T("Under pressure", "Under pres")),
        ("expansion", 2, T("Proud", "Stolt")),
    ])

    k = "kpis"
    m.metric(k, "activation-rate", T("Activation rate", "Aktiveringsrate"), unit="%",
             values={"first-value": 34}, targets={"first-value": 50})
    m.metric(k, "time-to-value", T("Time to first value", "Tid til første værdi"), unit=T("days", "dage"),
             higher_is_better=False, values={"first-value": 3.5}, targets={"first-value": 2.0})
    m.metric(k, "weekly-active-users",
             T("Weekly active users per account", "Ugentligt aktive brugere pr. konto"),
             values={"adoption": 3, "expansion": 9}, targets={"adoption": 6, "expansion": 15})
    m.metric(k, "trial-conversion", T("Trial-to-paid conversion", "Konvertering fra prøve til betalt"),
             unit="%", values={"purchase": 14}, targets={"purchase": 20})
    m.metric(k, "net-revenue-retention", T("Net revenue retention", "Net revenue retention (NRR)"),
             unit="%", values={"expansion": 104}, targets={"expansion": 115})
    m.metric(k, "churn", T("Monthly churn", "Månedligt frafald (churn)"), unit="%", higher_is_better=False,
             values={"expansion": 2.1}, targets={"expansion": 1.2})
    return m
