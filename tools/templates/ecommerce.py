"""The default template: the seed's five stages of a modern e-commerce journey, with its metrics."""

from __future__ import annotations

from journeymapper.model import Channel, CurveVariant, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

GA = T("Google Analytics, Q3", "Google Analytics, 3. kvartal")
INTERVIEWS = T("Customer interviews (8)", "Kundeinterviews (8)")
SURVEY = T("Post-purchase survey (n=412)", "Spørgeskema efter køb (n=412)")
FUNNEL = T("Kissmetrics funnel report", "Kissmetrics-tragtrapport")
RECORDINGS = T("Session recordings (40)", "Sessionsoptagelser (40)")
MAIL = T("E-mail platform report", "Rapport fra e-mailplatformen")
SUPPORT = T("Customer service tickets, Q3", "Henvendelser til kundeservice, 3. kvartal")
REVIEWS = T("Trustpilot reviews", "Anmeldelser på Trustpilot")
ADS = T("Ad platform report", "Rapport fra annonceplatformen")
WORKSHOP = T("Team workshop", "Workshop i teamet")
QUICK_WIN = T("quick win", "quick win")


def describe() -> Template:
    m = Template(
        "ecommerce",
        T("E-commerce customer journey", "Kunderejse i e-handel"),
        T("The five stages of a modern online shopper's journey, from awareness to advocacy, with the "
          "key journey metrics.\n"
          "Customers rarely move in a straight line: they stall, leave for weeks and come back. Replace "
          "the example with your own research, mark what you have seen and what you assume, and note "
          "the source of every card.",
          "De fem faser i en moderne onlinekundes rejse – fra bevidsthed til anbefaling – med de vigtigste "
          "nøgletal.\n"
          "Kunderne bevæger sig sjældent i en lige linje: de går i stå, forsvinder i ugevis og kommer "
          "tilbage. Erstat eksemplet med din egen research, markér, hvad du har set, og hvad du antager, "
          "og notér kilden på hvert kort."))

    m.persona(
        "sara", "Sara Holm",
        role=T("Considered online shopper", "Den velovervejede onlinekunde"),
        quote=T("I'd rather spend ten more minutes reading up than buy the wrong thing.",
                "Jeg bruger hellere ti minutter mere på at læse op på det end at købe det forkerte."),
        description=T(
            "Shops online several times a month, mostly on her phone in the evening. Researches anything "
            "costing more than €50 and trusts other customers' reviews more than the shop's own words.",
            "Handler på nettet flere gange om måneden, mest på mobilen om aftenen. Undersøger alt, "
            "der koster mere end 400 kr., og stoler mere på andre kunders anmeldelser end på "
            "butikkens egne ord."),
        goals=[T("Find the right product without spending whole evenings on it",
                 "Finde det rigtige produkt uden at bruge hele aftener på det"),
               T("Pay a fair price and know when it arrives",
                 "Betale en fair pris og vide, hvornår varen kommer"),
               T("Easy returns if it isn't right", "Nem returnering, hvis det ikke passer")],
        frustrations=[T("Shipping costs that only appear at checkout",
                        "Fragtpriser, der først dukker op ved betalingen"),
                      T("Having to create an account to buy",
                        "At skulle oprette en konto for at kunne handle"),
                      T("Newsletters that ignore what she already bought",
                        "Nyhedsbreve, der ikke tager højde for, hvad hun allerede har købt")],
        demographics=T("34, project manager, lives in a flat in town with her partner and their son (4)",
                       "34 år, projektleder, bor i lejlighed i byen med sin kæreste og deres søn på 4"))

    m.stage("awareness", T("Awareness", "Bevidsthed"),
            T("The customer notices a need and meets the brand for the first time — in a search, on "
              "social media or through a friend.",
              "Kunden bliver opmærksom på et behov og møder brandet for første gang – i en søgning, på "
              "sociale medier eller gennem en ven."))
    m.stage("consideration", T("Consideration", "Overvejelse"),
            T("The customer compares products, prices and shops, often over several visits and days.",
              "Kunden sammenligner produkter, priser og butikker – ofte over flere besøg og dage."))
    m.stage("purchase", T("Purchase", "Køb"),
            T("The customer decides, fills the basket and completes checkout.",
              "Kunden beslutter sig, lægger varer i kurven og gennemfører betalingen."))
    m.stage("retention", T("Retention", "Fastholdelse"),
            T("Delivery, first use and after-sales contact decide whether the customer comes back.",
              "Levering, første brug og kontakten efter købet afgør, om kunden kommer igen."))
    m.stage("advocacy", T("Advocacy", "Anbefaling"),
            T("Satisfied customers review, recommend and buy again: loyal fans and advocates.",
              "Tilfredse kunder anmelder, anbefaler og køber igen: loyale fans og ambassadører."))

    m.lane("goals", LaneKind.GOALS, T("Goals", "Mål"))
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"))
    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Berøringspunkter"))
    m.lane("thoughts", LaneKind.THOUGHTS, T("Thoughts", "Tanker"))
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    m.cell("goals", "awareness", C("understand-options", T("Find out what could solve my problem",
                                                           "Finde ud af, hvad der kan løse mit problem"),
                                   O, INTERVIEWS))
    m.cell("goals", "consideration",
           C("right-choice", T("Be sure I pick the right product at the right price",
                               "Være sikker på, at jeg vælger det rigtige produkt til den rigtige pris"),
             O, INTERVIEWS))
    m.cell("goals", "purchase", C("pay-safely", T("Pay quickly and safely, with no surprises",
                                                  "Betale hurtigt og sikkert – uden overraskelser"),
                                  O, INTERVIEWS))
    m.cell("goals", "retention", C("enjoy-product", T("Get the item on time and get good use of it",
                                                      "Få varen til tiden og få glæde af den"), O, SURVEY))
    m.cell("goals", "advocacy",
           C("be-valued", T("Be recognised and rewarded as a regular customer",
                            "Blive genkendt og belønnet som fast kunde"), A, INTERVIEWS))

    m.cell("actions", "awareness",
           C("googles-problem", T("Googles the problem, not a product",
                                  "Googler problemet – ikke et bestemt produkt"), O, GA),
           C("saves-post", T("Saves a post she saw on Instagram",
                             "Gemmer et opslag fra Instagram"), A, INTERVIEWS))
    m.cell("actions", "consideration",
           C("compares-tabs", T("Opens 3–5 product pages in tabs and compares",
                                "Åbner 3–5 produktsider i faner og sammenligner"), O, RECORDINGS),
           C("reads-reviews", T("Reads customer reviews and the returns policy",
                                "Læser kundeanmeldelser og returbetingelser"), O, INTERVIEWS))
    m.cell("actions", "purchase",
           C("looks-for-code", T("Adds to basket, then looks for a discount code",
                                 "Lægger varen i kurven og leder efter en rabatkode"), O, FUNNEL),
           C("pays", T("Pays by card or mobile wallet",
                       "Betaler med MobilePay eller kort"),
             O, T("Shop platform sales statistics", "Salgsstatistik fra webshoppen")))
    m.cell("actions", "retention",
           C("tracks-parcel", T("Tracks the parcel and unpacks", "Følger pakken og pakker ud"), O, SURVEY),
           C("asks-service", T("Contacts customer service with a question",
                               "Kontakter kundeservice med et spørgsmål"), O, SUPPORT))
    m.cell("actions", "advocacy",
           C("writes-review", T("Writes a review after a reminder",
                                "Skriver en anmeldelse efter en påmindelse"), O, REVIEWS),
           C("recommends", T("Recommends the shop to a friend",
                             "Anbefaler butikken til en veninde"), A, SURVEY))

    tp = "touchpoints"
    m.cell(tp, "awareness",
           C("search-results", T("Google search results", "Søgeresultater på Google"), O, GA, Channel.SEARCH),
           C("buying-guide", T("Blog post and buying guide", "Blogindlæg og købsguide"), O, GA, Channel.WEB),
           C("instagram-ad", T("Instagram ad", "Annonce på Instagram"), O, ADS, Channel.SOCIAL))
    m.cell(tp, "consideration",
           C("product-page", T("Product page with reviews",
                               "Produktside med anmeldelser"), O, GA, Channel.WEB),
           C("retargeting-ad", T("Retargeting ad", "Retargeting-annonce"), O, ADS, Channel.ADS),
           C("chatbot", T("Chatbot on the product page",
                          "Chatbot på produktsiden"), O, T("Chatbot logs", "Chatbot-log"), Channel.CHAT))
    m.cell(tp, "purchase",
           C("checkout", T("Basket and checkout", "Kurv og betaling"), O, FUNNEL, Channel.WEB),
           C("order-confirmation", T("Order confirmation e-mail",
                                     "Ordrebekræftelse på e-mail"), O, MAIL, Channel.EMAIL))
    m.cell(tp, "retention",
           C("shipping-updates", T("Shipping updates by e-mail and text",
                                   "Forsendelsesbeskeder på e-mail og sms"), O, MAIL, Channel.EMAIL),
           C("customer-service", T("Customer service by phone and chat",
                                   "Kundeservice på telefon og chat"), O, SUPPORT, Channel.PHONE),
           C("newsletter", T("Newsletter", "Nyhedsbrev"), O, MAIL, Channel.EMAIL))
    m.cell(tp, "advocacy",
           C("review-request", T("Review request e-mail",
                                 "E-mail med opfordring til at anmelde"), O, MAIL, Channel.EMAIL),
           C("trustpilot", T("Trustpilot profile", "Profil på Trustpilot"), O, REVIEWS, Channel.WEB),
           C("word-of-mouth", T("Word of mouth", "Mund-til-mund"), A, SURVEY, Channel.WORD_OF_MOUTH))

    m.cell("thoughts", "awareness", C("worth-it", T("“Is this actually worth the money?”",
                                                    "»Er det egentlig pengene værd?«"), O, INTERVIEWS))
    m.cell("thoughts", "consideration",
           C("cheaper-elsewhere",
             T("“Which one suits me best — and can I get it cheaper elsewhere?”",
               "»Hvilken passer bedst til mig – og kan jeg få den billigere et andet sted?«"),
             O, INTERVIEWS))
    m.cell("thoughts", "purchase", C("shipping-cost", T("“What will shipping cost, and when will it arrive?”",
                                                        "»Hvad koster fragten, og hvornår kommer den?«"),
                                     O, INTERVIEWS))
    m.cell("thoughts", "retention", C("right-choice", T("“Did I make the right choice?”",
                                                        "»Traf jeg det rigtige valg?«"), A, INTERVIEWS))
    m.cell("thoughts", "advocacy", C("tell-sister",
                                     T("“They treated me well — I'll tell my sister.”",
                                       "»De behandlede mig godt – det vil jeg fortælle min søster.«"),
                                     O, SURVEY))

    pain = "pain-points"
    m.cell(pain, "awareness",
           C("slow-blog", T("Blog pages load slowly on mobile (4.8 s)",
                            "Blogsiderne indlæses langsomt på mobilen (4,8 sek.)"),
             O, "Google PageSpeed Insights"),
           C("ad-mismatch",
             T("Landing pages don't match the ads, so visitors leave at once",
               "Landingssiderne matcher ikke annoncerne, så de besøgende forlader siden med "
                              "det samme"),
             O, GA))
    m.cell(pain, "consideration",
           C("few-reviews", T("Too few reviews on new products",
                              "For få anmeldelser på nye produkter"), O, INTERVIEWS),
           C("hard-to-compare", T("Specifications are hard to compare",
                                  "Specifikationerne er svære at sammenligne"), O, RECORDINGS))
    m.cell(pain, "purchase",
           C("late-shipping-cost", T("Shipping cost only shown at checkout",
                                     "Fragtprisen vises først ved betalingen"), O, FUNNEL),
           C("forced-account", T("Account required before paying",
                                 "Krav om at oprette konto før betaling"), O, RECORDINGS))
    m.cell(pain, "retention",
           C("no-tracking", T("No tracking link for two days after dispatch",
                              "Intet sporingslink de første to dage efter afsendelse"), O, SUPPORT),
           C("phone-queue", T("Long phone queues on Mondays",
                              "Lang ventetid i telefonen om mandagen"), O, SUPPORT))
    m.cell(pain, "advocacy",
           C("generic-newsletter", T("Newsletters ignore what she already bought",
                                     "Nyhedsbrevene tager ikke højde for, hvad hun allerede har købt"),
             O, INTERVIEWS),
           C("no-referral-reward", T("Nothing in it for customers who recommend us",
                                     "Kunder, der anbefaler os, får intet ud af det"), A, WORKSHOP))

    opp = "opportunities"
    m.cell(opp, "awareness",
           C("fast-guides", T("Speed up blog pages and link every guide to the products",
                              "Gør blogsiderne hurtigere, og link fra hver guide til produkterne"),
             P, WORKSHOP),
           C("matching-landing", T("One landing page per ad campaign",
                                   "Én landingsside pr. annoncekampagne"), P, WORKSHOP))
    m.cell(opp, "consideration",
           C("comparison-table", T("Comparison table across models",
                                   "Sammenligningstabel på tværs af modeller"), P, WORKSHOP),
           C("ask-first-buyers", T("Ask the first buyers of new products for a review",
                                   "Bed de første købere af nye produkter om en anmeldelse"),
             P, WORKSHOP, tags=[QUICK_WIN]))
    m.cell(opp, "purchase",
           C("delivery-upfront", T("Show shipping price and delivery date on the product page",
                                   "Vis fragtpris og leveringsdato allerede på produktsiden"),
             P, WORKSHOP, tags=[QUICK_WIN]),
           C("guest-checkout", T("Guest checkout without an account",
                                 "Køb som gæst uden konto"), P, WORKSHOP))
    m.cell(opp, "retention",
           C("tips-email", T("Tracking link at once, then a tips e-mail after two weeks",
                             "Sporingslink med det samme og en e-mail med gode råd efter to uger"),
             P, WORKSHOP),
           C("chatbot-faq", T("Let the chatbot answer the ten most common questions",
                              "Lad chatbotten svare på de ti hyppigste spørgsmål"), P, SUPPORT))
    m.cell(opp, "advocacy",
           C("personal-offers", T("Personal offers based on purchase history",
                                  "Personlige tilbud ud fra købshistorikken"), P, WORKSHOP),
           C("referral", T("Referral programme: give €15, get €15",
                           "Henvisningsprogram: giv 100 kr., få 100 kr."), P, WORKSHOP))

    m.curve("emotions", "sara", [
        ("awareness", 1, T("Curious", "Nysgerrig")),
        ("consideration", -1, T("Unsure", "Usikker")),
        ("purchase", -2, T("Annoyed by shipping cost", "Irriteret over fragten")),
        ("retention", 1, T("Relieved", "Lettet")),
        ("advocacy", 2, T("Satisfied", "Tilfreds")),
    ])
    m.curve("emotions", "sara", [
        ("awareness", 2, ""), ("consideration", 1, ""),
        ("purchase", 1, T("No surprises", "Ingen overraskelser")),
        ("retention", 2, ""), ("advocacy", 3, T("Proud to recommend", "Stolt af at anbefale")),
    ], variant=CurveVariant.TO_BE)

    k = "kpis"
    m.metric(k, "conversion-rate", T("Conversion rate", "Konverteringsrate"), unit="%",
             values={"consideration": 6.8, "purchase": 1.9, "retention": 3.1},
             targets={"consideration": 8.0, "purchase": 2.5, "retention": 4.0})
    m.metric(k, "bounce-rate", T("Bounce rate", "Afvisningsrate"), unit="%", higher_is_better=False,
             values={"awareness": 62, "consideration": 38}, targets={"awareness": 50, "consideration": 30})
    m.metric(k, "time-on-page", T("Time on page", "Tid på siden"), unit=T("s", "sek."),
             values={"awareness": 48, "consideration": 95}, targets={"awareness": 90, "consideration": 120})
    m.metric(k, "cart-abandonment", T("Cart abandonment rate", "Opgivelse af indkøbskurv"), unit="%",
             higher_is_better=False, values={"purchase": 72}, targets={"purchase": 60})
    m.metric(k, "customer-lifetime-value", T("Customer lifetime value", "Kundens levetidsværdi"),
             unit=T("€", "kr."), values={"retention": T(240.0, 1800.0), "advocacy": T(410.0, 3100.0)},
             targets={"retention": T(280.0, 2100.0), "advocacy": T(480.0, 3600.0)})
    m.metric(k, "customer-satisfaction", T("Customer satisfaction (CSAT)", "Kundetilfredshed (CSAT)"),
             unit="%", values={"purchase": 81, "retention": 76, "advocacy": 90},
             targets={"purchase": 88, "retention": 85, "advocacy": 92})
    return m
