"""Store and online together: a sports retailer's customer across store, web, app and e-mail."""

from __future__ import annotations

from journeymapper.model import Channel, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

INTERVIEWS = T("Customer interviews (10)", "Kundeinterviews (10)")
STORE_OBS = T("Store observations (2 stores)", "Observationer i butikken (2 butikker)")
STAFF = T("Interviews with store staff", "Interviews med butikspersonale")
APP = T("App analytics, Q3", "Appstatistik, 3. kvartal")
GA = T("Google Analytics, Q3", "Google Analytics, 3. kvartal")
STOCK = T("Stock count audit, September", "Lageroptælling, september")
LOYALTY = T("Loyalty club data", "Data fra kundeklubben")
MAIL = T("E-mail platform report", "Rapport fra e-mailplatformen")
WORKSHOP = T("Omnichannel workshop", "Omnikanal-workshop")
QUICK_WIN = T("quick win", "quick win")


def describe() -> Template:
    m = Template(
        "omnichannel-retail",
        T("Omnichannel retail: store and online", "Omnikanal i detailhandlen: butik og online"),
        T("One customer moving freely between store, web shop, app and e-mail, from inspiration to "
          "returns and loyalty.\n"
          "The map shows where the channels hand over to each other, and where they drop the customer "
          "because stock, customer data or returns live in separate systems.",
          "Én kunde, der bevæger sig frit mellem butik, webshop, app og e-mail – fra inspiration til "
          "returnering og loyalitet.\n"
          "Kunderejsekortet viser, hvor kanalerne giver kunden videre til hinanden, og hvor de taber hende, fordi "
          "lager, kundedata eller returneringer ligger i hver sit system."))

    m.persona(
        "maria", "Maria Jensen",
        role=T("Hobby runner who mixes store and app", "Motionsløber, der blander butik og app"),
        quote=T("I want to try them on in the store, but I don't want to queue or carry boxes home.",
                "Jeg vil prøve skoene i butikken, men jeg gider ikke stå i kø eller slæbe æsker hjem."),
        description=T(
            "Runs three times a week and is training for a half marathon. Uses the chain's app for her "
            "loyalty points, checks stock online and prefers to try shoes on in person.",
            "Løber tre gange om ugen og træner til et halvmaraton. Bruger kædens app til bonuspoint, tjekker "
            "lagerstatus online og vil helst prøve skoene på i butikken."),
        goals=[T("The right shoe for her feet and distance", "Den rigtige sko til mine fødder og distance"),
               T("Never a wasted trip to the store", "Aldrig tage forgæves i butikken"),
               T("Points wherever she shops", "Optjene point, uanset hvor hun handler")],
        frustrations=[T("Online stock that doesn't match the shelf",
                        "Lagerstatus online, der ikke passer med hylden"),
                      T("Store staff who can't see her online order",
                        "Personale i butikken, der ikke kan se hendes onlineordre"),
                      T("Returning an online order in store is a hassle",
                        "Det er besværligt at returnere en onlineordre i butikken")],
        demographics=T("31, teacher, lives in Odense, member of the loyalty club",
                       "31 år, lærer, bor i Odense, medlem af kundeklubben"))

    m.stage("inspire", T("Inspiration", "Inspiration"),
            T("Sees new running shoes in her feeds and inbox.",
              "Ser nye løbesko i sine feeds og sin indbakke."))
    m.stage("research", T("Research", "Undersøgelse"),
            T("Compares models online and checks stock in her local store.",
              "Sammenligner modeller online og tjekker lagerstatus i sin lokale butik."))
    m.stage("buy", T("Purchase", "Køb"),
            T("Tries on and gets advice in store, pays in the app.",
              "Prøver skoene og får rådgivning i butikken, betaler i appen."))
    m.stage("get", T("Delivery and collection", "Levering og afhentning"),
            T("Orders a second pair for click & collect.", "Bestiller endnu et par til click & collect."))
    m.stage("use", T("Use, returns and loyalty", "Brug, returnering og loyalitet"),
            T("Runs in them, returns one pair, joins the running club.",
              "Løber i dem, returnerer det ene par og melder sig ind i løbeklubben."))

    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints and channels", "Berøringspunkter og kanaler"))
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"))
    m.lane("thoughts", LaneKind.THOUGHTS, T("Thoughts", "Tanker"))
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"))
    m.lane("backstage", LaneKind.BACKSTAGE, T("Behind the scenes", "Bag kulisserne"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    tp = "touchpoints"
    m.cell(tp, "inspire",
           C("club-post", T("Instagram post from a running club",
                            "Instagramopslag fra en løbeklub"), A, INTERVIEWS, Channel.SOCIAL),
           C("season-newsletter", T("Newsletter: this season's running shoes",
                                    "Nyhedsbrev: sæsonens nye løbesko"), O, MAIL, Channel.EMAIL))
    m.cell(tp, "research",
           C("web-filters", T("Web shop filters and reviews",
                              "Webshoppens filtre og anmeldelser"), O, GA, Channel.WEB),
           C("app-stock", T("App: stock in my store", "App: lagerstatus i min butik"), O, APP, Channel.APP))
    m.cell(tp, "buy",
           C("gait-analysis", T("Gait analysis on the store treadmill",
                                "Løbeanalyse på butikkens løbebånd"), O, STORE_OBS, Channel.STORE),
           C("app-payment", T("Pays in the app to use her points",
                              "Betaler i appen for at bruge sine point"), O, APP, Channel.APP))
    m.cell(tp, "get",
           C("ready-push", T("Push: your order is ready", "Push: din ordre er klar"), O, APP, Channel.PUSH),
           C("pickup-counter", T("Click & collect counter in store",
                                 "Click & collect-disken i butikken"), O, STORE_OBS, Channel.STORE))
    m.cell(tp, "use",
           C("how-are-they", T("E-mail: how are the new shoes?",
                               "E-mail: hvordan går det med de nye sko?"), O, MAIL, Channel.EMAIL),
           C("returns-desk", T("Returns desk in store",
                               "Returdisken i butikken"), O, STORE_OBS, Channel.STORE),
           C("app-chat", T("Chat in the app", "Chat i appen"), O, APP, Channel.CHAT))

    ac = "actions"
    m.cell(ac, "inspire", C("saves-post", T("Saves a post about a new model",
                                            "Gemmer et opslag om en ny model"), A, INTERVIEWS))
    m.cell(ac, "research", C("checks-stock",
                             T("Compares three models online and checks her store's stock",
                               "Sammenligner tre modeller online og tjekker lageret i sin butik"),
                             O, INTERVIEWS))
    m.cell(ac, "buy", C("tries-on", T("Tries on, gets advice, buys in the app",
                                      "Prøver skoene, får rådgivning og køber i appen"), O, STORE_OBS))
    m.cell(ac, "get",
           C("orders-colour", T("Orders a second colour for collection",
                                "Bestiller en anden farve til afhentning"), O, APP),
           C("collects", T("Collects in store after work", "Henter i butikken efter arbejde"), O, STORE_OBS))
    m.cell(ac, "use",
           C("returns-pair", T("Runs 100 km in them; returns the other pair in store",
                               "Løber 100 km i dem og returnerer det andet par i butikken"), O, LOYALTY),
           C("joins-club", T("Joins the store's running club",
                             "Melder sig ind i butikkens løbeklub"), A, LOYALTY))

    th = "thoughts"
    m.cell(th, "inspire", C("long-runs", T("“They look light. Would they work for my long runs?”",
                                           "»De ser lette ud. Mon de passer til mine lange ture?«"),
                            O, INTERVIEWS))
    m.cell(th, "research", C("my-size", T("“Do they actually have my size in the store?”",
                                          "»Har de overhovedet min størrelse i butikken?«"), O, INTERVIEWS))
    m.cell(th, "buy", C("why-app",
                        T("“Great advice, but why do I need the app to get my points?”",
                          "»God rådgivning, men hvorfor skal jeg bruge appen for at få mine point?«"),
                        O, INTERVIEWS))
    m.cell(th, "get", C("really-ready", T("“Is it really ready, or will I be waiting at the counter?”",
                                          "»Er den virkelig klar, eller skal jeg stå og vente ved disken?«"),
                        O, INTERVIEWS))
    m.cell(th, "use", C("shop-again", T("“Easy return. I'll shop here again.”",
                                        "»Nem returnering. Her handler jeg igen.«"), A, INTERVIEWS))

    pain = "pain-points"
    m.cell(pain, "inspire", C("wrong-range", T("The newsletter shows shoes her store doesn't stock",
                                               "Nyhedsbrevet viser sko, som hendes butik ikke fører"),
                              O, MAIL))
    m.cell(pain, "research",
           C("stock-wrong", T("Online stock is wrong one time in eight",
                              "Lagerstatus online er forkert hver ottende gang"), O, STOCK))
    m.cell(pain, "buy",
           C("points-need-app", T("Points in store only with the app at the till",
                                  "Point i butikken kun med appen ved kassen"), O, STORE_OBS),
           C("no-home-delivery", T("The store can't order a missing size for home delivery",
                                   "Butikken kan ikke bestille en manglende størrelse til levering hjemme"),
             O, STAFF))
    m.cell(pain, "get", C("push-too-early",
                          T("The “ready” push arrives before the parcel is on the shelf",
                            "Push om, at ordren er klar, kommer, før pakken står på hylden"),
                          O, STORE_OBS))
    m.cell(pain, "use", C("order-number", T("Returning an online order in store needs the order number",
                                            "Returnering af en onlineordre i butikken kræver ordrenummeret"),
                          O, STAFF))

    bs = "backstage"
    m.cell(bs, "inspire",
           C("central-campaigns",
             T("Campaigns planned centrally, not per store range",
               "Kampagner planlægges centralt uden hensyn til butikkernes "
                                                   "sortiment"),
             O, STAFF))
    m.cell(bs, "research", C("stock-sync", T("Stock synced to the web shop every four hours",
                                             "Lagerstatus synkroniseres til webshoppen hver fjerde time"),
                             O, STAFF))
    m.cell(bs, "buy",
           C("separate-records", T("Till and web shop keep separate customer records",
                                   "Kassesystem og webshop har hver sit kunderegister"), O, STAFF))
    m.cell(bs, "get", C("picking-between", T("Staff pick click & collect orders between customers",
                                             "Personalet plukker click & collect-ordrer mellem kunderne"),
                        O, STORE_OBS))
    m.cell(bs, "use", C("manual-returns", T("Returns booked by hand in the ERP system",
                                            "Returneringer bogføres manuelt i ERP-systemet"), O, STAFF))

    op = "opportunities"
    m.cell(op, "inspire", C("local-newsletter", T("Newsletter content based on her store's range",
                                                  "Nyhedsbrev ud fra hendes butiks sortiment"), P, WORKSHOP))
    m.cell(op, "research", C("reserve-try-on", T("Real-time stock and “reserve to try on”",
                                                 "Lagerstatus i realtid og »reservér til prøvning«"),
                             P, WORKSHOP))
    m.cell(op, "buy",
           C("one-profile", T("One customer profile across till, web and app",
                              "Én kundeprofil på tværs af kasse, web og app"), P, WORKSHOP),
           C("endless-aisle", T("Order a missing size in store for home delivery",
                                "Bestil en manglende størrelse i butikken til levering hjemme"), P, STAFF))
    m.cell(op, "get", C("scan-then-push", T("Send the push when staff scan the parcel onto the shelf",
                                            "Send push, når personalet scanner pakken ind på hylden"),
                        P, WORKSHOP, tags=[QUICK_WIN]))
    m.cell(op, "use",
           C("qr-returns", T("Returns with a QR code from the app",
                             "Returnering med QR-kode fra appen"), P, WORKSHOP),
           C("club-loyalty", T("Running club events as part of the loyalty club",
                               "Løbeklubbens arrangementer som en del af kundeklubben"), P, LOYALTY))

    m.curve("emotions", "maria", [
        ("inspire", 1, T("Inspired", "Inspireret")),
        ("research", -1, T("Unsure about stock", "I tvivl om lageret")),
        ("buy", 2, T("Well advised", "Godt rådgivet")),
        ("get", -1, T("Waiting at the counter", "Venter ved disken")),
        ("use", 2, T("Loyal", "Loyal")),
    ])

    k = "kpis"
    m.metric(k, "stock-accuracy", T("Stock accuracy", "Lagerpræcision"), unit="%",
             values={"research": 88}, targets={"research": 98})
    m.metric(k, "store-conversion", T("Store conversion rate", "Konverteringsrate i butikken"), unit="%",
             values={"buy": 23}, targets={"buy": 28})
    m.metric(k, "identified-purchases", T("Purchases with loyalty ID", "Køb med medlemsnummer"), unit="%",
             values={"buy": 41, "use": 55}, targets={"buy": 65, "use": 70})
    m.metric(k, "click-collect-share", T("Click & collect share of online orders",
                                         "Click & collect-andel af onlineordrer"), unit="%",
             values={"get": 32}, targets={"get": 40})
    m.metric(k, "pickup-wait", T("Wait at pick-up", "Ventetid ved afhentning"), unit=T("min", "min."),
             higher_is_better=False, values={"get": 6}, targets={"get": 2})
    m.metric(k, "return-rate", T("Return rate", "Returprocent"), unit="%", higher_is_better=False,
             values={"use": 14}, targets={"use": 11})
    return m
