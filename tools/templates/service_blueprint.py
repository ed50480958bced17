"""A service blueprint: customer actions, frontstage, backstage and support processes."""

from __future__ import annotations

from journeymapper.model import Channel, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

BOOKINGS = T("Booking system data, spring season", "Data fra bookingsystemet, forårssæsonen")
OBSERVATION = T("Observation in the workshop (3 days)", "Observation på værkstedet (3 dage)")
INTERVIEWS = T("Customer interviews (7)", "Kundeinterviews (7)")
STAFF = T("Staff interviews (5)", "Interviews med medarbejdere (5)")
REVIEWS = T("Google reviews", "Google-anmeldelser")
COMPLAINTS = T("Complaints log, Q2", "Klagelog, 2. kvartal")
WORKSHOP = T("Blueprint workshop with staff", "Blueprint-workshop med medarbejderne")


def describe() -> Template:
    m = Template(
        "service-blueprint",
        T("Service blueprint: bike repair", "Service blueprint: cykelreparation"),
        T("A service blueprint of a bike workshop, from online booking to the next service, with "
          "frontstage, backstage and support processes.\n"
          "Read it top down: the customer's actions; the line of interaction; what staff and systems "
          "do in front of the customer; the line of visibility; what happens behind the scenes; the line "
          "of internal interaction; and the systems and partners that support it all.",
          "Et service blueprint for et cykelværksted – fra onlinebooking til næste service – med "
          "det, kunden ser, det, der sker bag kulisserne, og støtteprocesserne.\n"
          "Læs det oppefra og ned: kundens handlinger; interaktionslinjen; det, medarbejdere og systemer "
          "gør foran kunden; synlighedslinjen; det, der sker bag kulisserne; den interne "
          "interaktionslinje; og de systemer og samarbejdspartnere, der understøtter det hele."))

    m.persona(
        "camilla", "Camilla Nørgaard",
        role=T("Year-round cycle commuter", "Cykelpendler hele året"),
        quote=T("I need my bike back fast, and no surprises on the bill.",
                "Jeg skal have min cykel hurtigt tilbage – og ingen overraskelser på regningen."),
        description=T(
            "Cycles 12 km to work every day, all year. Has no car, so a bike in the workshop means the "
            "bus and longer days.",
            "Cykler 12 km på arbejde hver dag, hele året. Har ingen bil, så en cykel på værksted betyder "
            "bus og længere dage."),
        goals=[T("Get the bike back the same day", "Få cyklen tilbage samme dag"),
               T("Know the price before work starts", "Kende prisen, før arbejdet går i gang")],
        frustrations=[T("Being without a bike for days", "At være uden cykel i flere dage"),
                      T("Bills she doesn't understand", "Regninger, hun ikke forstår")],
        demographics=T("38, nurse, lives in Copenhagen, no car",
                       "38 år, sygeplejerske, bor i København, ingen bil"))

    m.stage("book", T("Book", "Booking"),
            T("Chooses a service and a time online.", "Vælger service og tidspunkt online."))
    m.stage("drop-off", T("Drop off", "Aflevering"),
            T("Hands in the bike and explains the problem.", "Afleverer cyklen og forklarer problemet."))
    m.stage("repair", T("Repair", "Reparation"),
            T("The bike is repaired; extra work needs her approval.",
              "Cyklen repareres; ekstra arbejde kræver hendes godkendelse."))
    m.stage("collect", T("Collect and pay", "Afhentning og betaling"),
            T("Picks up the bike, pays and rides off.", "Henter cyklen, betaler og cykler videre."))
    m.stage("after", T("Afterwards", "Bagefter"),
            T("Rides, and is reminded of the next service.", "Cykler og bliver mindet om næste service."))

    m.lane("evidence", LaneKind.TEXT, T("Physical evidence", "Fysiske spor"))
    m.lane("customer", LaneKind.ACTIONS, T("Customer actions", "Kundens handlinger"))
    m.lane("frontstage", LaneKind.TOUCHPOINTS,
           T("Frontstage (below the line of interaction)", "Frontstage (under interaktionslinjen)"))
    m.lane("backstage", LaneKind.BACKSTAGE,
           T("Backstage (below the line of visibility)", "Bag kulisserne (under synlighedslinjen)"))
    m.lane("support", LaneKind.BACKSTAGE,
           T("Support processes (below the line of internal interaction)",
             "Støtteprocesser (under den interne interaktionslinje)"), colour="#EAEDED")
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("fail-points", LaneKind.PAIN_POINTS, T("Fail points and waits", "Fejlpunkter og ventetid"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    ev = "evidence"
    m.cell(ev, "book", C("booking-page", T("Booking page and confirmation e-mail",
                                           "Bookingside og bekræftelse på e-mail"), O, OBSERVATION))
    m.cell(ev, "drop-off", C("repair-tag", T("Front desk; repair tag on the handlebar",
                                             "Skranken og et reparationsmærke på styret"), O, OBSERVATION))
    m.cell(ev, "repair", C("photo-sms", T("Text message with a photo of the worn chain and a price",
                                          "Sms med foto af den slidte kæde og en pris"), O, OBSERVATION))
    m.cell(ev, "collect", C("receipt", T("Clean bike and an itemised receipt",
                                         "Ren cykel og en specificeret kvittering"), O, OBSERVATION))
    m.cell(ev, "after", C("reminder", T("Follow-up e-mail with a service reminder",
                                        "Opfølgende e-mail med servicepåmindelse"), O, STAFF))

    cu = "customer"
    m.cell(cu, "book", C("chooses-package", T("Chooses a service package and a drop-off time",
                                              "Vælger servicepakke og afleveringstidspunkt"), O, BOOKINGS))
    m.cell(cu, "drop-off", C("describes-noise",
                             T("Drops the bike off on the way to work and describes the rattling noise",
                               "Afleverer cyklen på vej til arbejde og beskriver den raslende lyd"),
                             O, OBSERVATION))
    m.cell(cu, "repair", C("approves", T("Approves extra work by replying to the text",
                                         "Godkender ekstra arbejde ved at svare på sms'en"), O, BOOKINGS))
    m.cell(cu, "collect", C("pays-rides", T("Collects, pays and test-rides",
                                            "Henter, betaler og prøvekører"), O, OBSERVATION))
    m.cell(cu, "after", C("books-again", T("Gets a reminder and books again in spring",
                                           "Får en påmindelse og booker igen til foråret"), A, BOOKINGS))

    fr = "frontstage"
    m.cell(fr, "book", C("online-booking", T("Online booking showing available times",
                                             "Onlinebooking med ledige tider"), O, BOOKINGS, Channel.WEB))
    m.cell(fr, "drop-off", C("mechanic-check", T("The mechanic checks the bike with the customer",
                                                 "Mekanikeren gennemgår cyklen sammen med kunden"),
                             O, OBSERVATION, Channel.STORE))
    m.cell(fr, "repair", C("approval-sms", T("Text: quote for extra work, reply YES",
                                             "Sms: tilbud på ekstra arbejde – svar JA"),
                           O, STAFF, Channel.PHONE))
    m.cell(fr, "collect", C("desk-explains", T("Front desk explains the work and takes payment",
                                               "Skranken forklarer arbejdet og tager imod betaling"),
                            O, OBSERVATION, Channel.STORE))
    m.cell(fr, "after", C("care-email", T("E-mail with care tips and the next service date",
                                          "E-mail med plejeråd og dato for næste service"),
                          O, STAFF, Channel.EMAIL))

    bs = "backstage"
    m.cell(bs, "book", C("plans-day", T("The workshop manager plans the day's jobs",
                                        "Værkføreren planlægger dagens opgaver"), O, STAFF))
    m.cell(bs, "drop-off", C("registers-job", T("The mechanic registers the job and faults",
                                                "Mekanikeren registrerer opgaven og fejlene"), O, STAFF))
    m.cell(bs, "repair", C("repairs", T("Repairs, and orders parts if they are missing",
                                        "Reparerer og bestiller dele, hvis de mangler"), O, OBSERVATION))
    m.cell(bs, "collect", C("final-check", T("Final check and wash", "Sluttjek og vask"), O, OBSERVATION))
    m.cell(bs, "after", C("closes-job", T("Job closed; notes about the customer saved",
                                          "Opgaven lukkes, og noter om kunden gemmes"), O, STAFF))

    su = "support"
    m.cell(su, "book", C("capacity-sync", T("Booking system linked to workshop capacity",
                                            "Bookingsystem koblet til værkstedets kapacitet"), O, STAFF))
    m.cell(su, "drop-off",
           C("workshop-system", T("Workshop management system", "Værkstedssystem"), O, STAFF))
    m.cell(su, "repair", C("parts-supplier", T("Parts supplier with next-day delivery",
                                               "Reservedelsleverandør med levering næste dag"), O, STAFF))
    m.cell(su, "collect", C("pos", T("Payment terminal and till system",
                                     "Betalingsterminal og kassesystem"), O, STAFF))
    m.cell(su, "after", C("crm", T("Customer database and automatic e-mails",
                                   "Kundedatabase og automatiske e-mails"), O, STAFF))

    fp = "fail-points"
    m.cell(fp, "book", C("no-times", T("No available times for the next five days in high season",
                                       "Ingen ledige tider de næste fem dage i højsæsonen"), O, BOOKINGS))
    m.cell(fp, "drop-off", C("morning-queue", T("Queue at the desk from 8 to 9 am",
                                                "Kø ved skranken kl. 8–9"), O, OBSERVATION))
    m.cell(fp, "repair", C("silent-delay",
                           T("Waiting for parts adds 1–2 days, and nobody tells the customer",
                             "Ventetid på dele giver 1–2 dage ekstra, uden at kunden får besked"),
                           O, COMPLAINTS))
    m.cell(fp, "collect", C("bill-surprise",
                            T("The price is higher than booked, and the extra work is unclear",
                              "Prisen er højere end bestilt, og det ekstra arbejde er uklart"),
                            O, REVIEWS))
    m.cell(fp, "after", C("late-reminder", T("The reminder comes too late in the season",
                                             "Påmindelsen kommer for sent på sæsonen"), A, STAFF))

    op = "opportunities"
    m.cell(op, "book", C("quick-fix-slots", T("Keep daily slots for quick fixes",
                                              "Hold tider fri hver dag til hurtige reparationer"),
                         P, WORKSHOP))
    m.cell(op, "drop-off", C("early-drop", T("Drop off in a locked rack before opening",
                                             "Aflevering i et aflåst cykelstativ før åbningstid"),
                             P, WORKSHOP))
    m.cell(op, "repair", C("delay-sms", T("Automatic text when parts delay the job",
                                          "Automatisk sms, når dele forsinker opgaven"), P, WORKSHOP))
    m.cell(op, "collect", C("itemised-approval", T("Put the itemised price in the approval text",
                                                   "Skriv den specificerede pris i godkendelses-sms'en"),
                            P, WORKSHOP))
    m.cell(op, "after", C("february-reminder", T("Spring check reminder in February",
                                                 "Påmindelse om forårstjek i februar"), P, WORKSHOP))

    m.curve("emotions", "camilla", [
        ("book", 1, T("Easy", "Nemt")),
        ("drop-off", -1, T("Stressed in the queue", "Stresset i køen")),
        ("repair", -2, T("Left in the dark", "Ved ikke, hvad der sker")),
        ("collect", -1, T("Surprised by the bill", "Overrasket over prisen")),
        ("after", 1, T("Happy to ride", "Glad for at cykle")),
    ])

    k = "kpis"
    m.metric(k, "online-booking-share", T("Share of bookings made online", "Andel bookinger online"),
             unit="%",
             values={"book": 46}, targets={"book": 70})
    m.metric(k, "desk-wait", T("Queue time at the desk", "Ventetid ved skranken"), unit=T("min", "min."),
             higher_is_better=False, values={"drop-off": 11}, targets={"drop-off": 3})
    m.metric(k, "turnaround", T("Turnaround time", "Gennemløbstid"), unit=T("hours", "timer"),
             higher_is_better=False, values={"repair": 50}, targets={"repair": 24})
    m.metric(k, "first-time-fix", T("First-time fix rate", "Løst i første forsøg"), unit="%",
             values={"collect": 91}, targets={"collect": 97})
    m.metric(k, "customer-satisfaction", T("Customer satisfaction", "Kundetilfredshed"), unit="/5",
             values={"collect": 4.1, "after": 4.3}, targets={"collect": 4.5, "after": 4.6})
    m.metric(k, "rebooking", T("Rebooked within 12 months", "Genbooket inden for 12 måneder"), unit="%",
             values={"after": 38}, targets={"after": 55})
    return m
