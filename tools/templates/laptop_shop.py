"""A worked example, step by step: a price-conscious buyer and a laptop shop."""

from __future__ import annotations

from journeymapper.model import Channel, ConnectorStyle, LaneKind
from tools.templates.builder import A, C, O, P, T, Template

GA = T("Google Analytics, Q3", "Google Analytics, 3. kvartal")
SEARCH_CONSOLE = "Google Search Console"
INTERVIEWS = T("Customer interviews (8)", "Kundeinterviews (8)")
RECORDINGS = T("Session recordings (40)", "Sessionsoptagelser (40)")
FUNNEL = T("Kissmetrics funnel report", "Kissmetrics-tragtrapport")
MAIL = T("E-mail platform report", "Rapport fra e-mailplatformen")
CRM = T("CRM data, last 12 months", "CRM-data, seneste 12 måneder")
SUPPORT = T("Customer service tickets, Q3", "Henvendelser til kundeservice, 3. kvartal")
PRICE_CHECK = T("Price check against 4 competitors", "Pristjek mod 4 konkurrenter")
WORKSHOP = T("Team workshop", "Workshop i teamet")
QUICK_WIN = T("quick win", "quick win")


def describe() -> Template:
    m = Template(
        "laptop-shop",
        T("Laptop shop: a researching buyer", "Computerbutik: en køber, der undersøger først"),
        T("A price-conscious buyer's path to a new Dell laptop, search by search, from the first Google "
          "search to loyal fan.\n"
          "The classic example of a non-linear journey: the customer goes back to compare prices, "
          "validates the choice with reviews and buys from the shop he recognises.",
          "En prisbevidst købers vej til en ny bærbar fra Dell, søgning for søgning – fra den første "
          "Google-søgning til loyal fan.\n"
          "Et klassisk eksempel på en kunderejse, der ikke er lineær: kunden går tilbage og sammenligner "
          "priser, får valget bekræftet af anmeldelser og køber i den butik, han kender."))

    m.persona(
        "mikkel", "Mikkel Bach",
        role=T("Price-conscious buyer who researches first",
               "Prisbevidst køber, der undersøger tingene først"),
        quote=T("I don't buy anything until I've read the reviews and found the best price.",
                "Jeg køber ikke noget, før jeg har læst anmeldelserne og fundet den bedste pris."),
        description=T(
            "Needs a new laptop for his studies and freelance work. Spends up to two weeks on research, "
            "keeps a shortlist in a note on his phone and always looks for a coupon code before paying.",
            "Skal bruge en ny bærbar til studiet og sit freelancearbejde. Bruger op til to uger på research, "
            "har en kortliste i en note på mobilen og leder altid efter en rabatkode, før han betaler."),
        goals=[T("Get the most laptop for the money", "Få mest mulig computer for pengene"),
               T("Be sure the model is reliable before he buys",
                 "Være sikker på, at modellen er pålidelig, før han køber"),
               T("Buy from a shop he trusts", "Købe i en butik, han har tillid til")],
        frustrations=[T("Prices that change from shop to shop and from day to day",
                        "Priser, der svinger fra butik til butik og fra dag til dag"),
                      T("Reviews that are really advertising", "Anmeldelser, der i virkeligheden er reklame"),
                      T("Coupon sites full of codes that don't work",
                        "Kuponsider fyldt med koder, der ikke virker")],
        demographics=T("27, master's student and part-time freelance designer; budget around €900",
                       "27 år, kandidatstuderende og freelancedesigner ved siden af; "
                       "budget omkring 7.000 kr."))

    m.stage("search", T("Searches for new laptops", "Søger efter nye bærbare"),
            T("Awareness. Googles “new Windows laptops” and lands on the shop's blog post about newly "
              "launched laptops.",
              "Bevidsthed. Googler »nye Windows bærbare computere« og lander på butikkens blogindlæg om "
              "nyligt lancerede bærbare."))
    m.stage("shortlist", T("Narrows down to Dell", "Indsnævrer til Dell"),
            T("Consideration. Uses the blog post to list laptops from several brands, then focuses on "
              "Dell, which he has heard a lot about.",
              "Overvejelse. Bruger blogindlægget til at lave en liste over bærbare fra flere mærker og "
              "fokuserer så på Dell, som han har hørt meget godt om."))
    m.stage("compare", T("Compares prices", "Sammenligner priser"),
            T("Consideration. Searches “new Dell Windows laptops”, compares prices and picks a model.",
              "Overvejelse. Søger på »nye Dell Windows bærbare computere«, sammenligner priser og vælger "
              "en model."))
    m.stage("validate", T("Reads reviews", "Læser anmeldelser"),
            T("Consideration. Needs validation: searches “Dell [model] laptop reviews” and finds the "
              "shop's in-depth review.",
              "Overvejelse. Har brug for at få valget bekræftet: søger på »Dell [model] bærbar anmeldelser« "
              "og finder butikkens dybdegående anmeldelse."))
    m.stage("deal", T("Hunts for a deal", "Jagter det bedste tilbud"),
            T("Purchase. Wants the best deal: searches “Dell [model] laptop coupon codes” and finds a "
              "coupon.",
              "Køb. Vil have den bedste pris: søger på »Dell [model] bærbar rabatkoder« og finder en "
              "rabatkode."))
    m.stage("buy", T("Buys online", "Køber online"),
            T("Purchase. Searches “buy Dell [model] laptop online”, recognises the shop from earlier "
              "good experiences (brand equity) and buys there.",
              "Køb. Søger på »køb Dell [model] bærbar online«, genkender butikken fra tidligere gode "
              "oplevelser (brand equity) og køber dér."))
    m.stage("follow-up", T("Hears from the shop", "Hører fra butikken"),
            T("Retention. A few weeks later the shop e-mails to ask how it's going and offers tips for "
              "the new laptop.",
              "Fastholdelse. Et par uger senere skriver butikken og spørger til oplevelsen og giver gode "
              "råd om den nye computer."))
    m.stage("advocate", T("Becomes a fan", "Bliver fan"),
            T("Advocacy. Personal e-mails and exclusive offers bring him back; he recommends the shop "
              "to friends.",
              "Anbefaling. Personlige e-mails og eksklusive tilbud får ham til at komme igen, og han "
              "anbefaler butikken til sine venner."))

    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Berøringspunkter"))
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"))
    m.lane("thoughts", LaneKind.THOUGHTS, T("Thoughts", "Tanker"))
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=1.5)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"))
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"))
    m.lane("kpis", LaneKind.KPIS, T("KPIs", "KPI'er"), height=1.5)

    tp = "touchpoints"
    m.cell(tp, "search",
           C("google-search", T("Google: “new Windows laptops”",
                                "Google: »nye Windows bærbare computere«"),
             O, SEARCH_CONSOLE, Channel.SEARCH),
           C("blog-post", T("Blog post: newly launched laptops",
                            "Blogindlæg: nyligt lancerede bærbare"), O, GA, Channel.WEB))
    m.cell(tp, "shortlist",
           C("brand-list", T("The blog post's list of models by brand",
                             "Blogindlæggets liste over modeller pr. mærke"), O, GA, Channel.WEB),
           C("friends-on-dell", T("Friends and forums praise Dell",
                                  "Venner og fora roser Dell"), A, INTERVIEWS, Channel.WORD_OF_MOUTH))
    m.cell(tp, "compare",
           C("dell-search", T("Google: “new Dell Windows laptops”",
                              "Google: »nye Dell Windows bærbare computere«"),
             O, SEARCH_CONSOLE, Channel.SEARCH),
           C("price-comparison", T("Dell category page and price comparison sites",
                                   "Dell-kategorisiden og prissammenligningssider"), O, GA, Channel.WEB))
    m.cell(tp, "validate",
           C("review-search", T("Google: “Dell [model] laptop reviews”",
                                "Google: »Dell [model] bærbar anmeldelser«"),
             O, SEARCH_CONSOLE, Channel.SEARCH),
           C("in-depth-review", T("The shop's in-depth review on the blog",
                                  "Butikkens dybdegående anmeldelse på bloggen"), O, GA, Channel.WEB))
    m.cell(tp, "deal",
           C("coupon-search", T("Google: “Dell [model] laptop coupon codes”",
                                "Google: »Dell [model] bærbar rabatkoder«"),
             O, SEARCH_CONSOLE, Channel.SEARCH),
           C("coupon-site", T("Coupon site", "Kuponside"), O, FUNNEL, Channel.WEB))
    m.cell(tp, "buy",
           C("buy-search", T("Google: “buy Dell [model] laptop online”, where he recognises the shop",
                             "Google: »køb Dell [model] bærbar online«, hvor han genkender butikken"),
             O, SEARCH_CONSOLE, Channel.SEARCH),
           C("checkout", T("Product page and checkout", "Produktside og betaling"), O, FUNNEL, Channel.WEB),
           C("order-confirmation", T("Order confirmation", "Ordrebekræftelse"), O, MAIL, Channel.EMAIL))
    m.cell(tp, "follow-up", C("tips-email", T("E-mail: “How is your new laptop?” with usage tips",
                                              "E-mail: »Hvordan går det med din nye computer?« med gode råd"),
                              O, MAIL, Channel.EMAIL))
    m.cell(tp, "advocate",
           C("personal-offers", T("Personal e-mails and exclusive offers",
                                  "Personlige e-mails og eksklusive tilbud"), O, MAIL, Channel.EMAIL),
           C("word-of-mouth", T("Recommends the shop to friends and colleagues",
                                "Anbefaler butikken til venner og kolleger"), A, CRM, Channel.WORD_OF_MOUTH))

    m.cell("actions", "search", C("reads-blog", T("Searches broadly and reads the post on new models",
                                                  "Søger bredt og læser indlægget om nye modeller"), O, GA))
    m.cell("actions", "shortlist", C("lists-models",
                                     T("Notes models from several brands, then keeps only Dell",
                                       "Skriver modeller fra flere mærker ned og beholder kun Dell"),
                                     O, INTERVIEWS))
    m.cell("actions", "compare", C("compares-shops",
                                   T("Compares prices in four shops and picks a model",
                                     "Sammenligner priser i fire butikker og vælger en model"),
                                   O, INTERVIEWS))
    m.cell("actions", "validate", C("reads-review", T("Reads the in-depth review to the end",
                                                      "Læser den dybdegående anmeldelse til ende"), O, GA))
    m.cell("actions", "deal", C("tries-codes", T("Tries three coupon codes; one works",
                                                 "Prøver tre rabatkoder – én virker"), A, INTERVIEWS))
    m.cell("actions", "buy", C("buys", T("Clicks the shop he recognises and buys",
                                         "Klikker på den butik, han kender, og køber"), O, FUNNEL))
    m.cell("actions", "follow-up", C("uses-tips", T("Replies to the e-mail and tries the battery tips",
                                                    "Svarer på mailen og prøver rådene om batteriet"),
                                     O, MAIL))
    m.cell("actions", "advocate",
           C("buys-accessories",
             T("Buys a dock and a bag; tells two colleagues",
               "Køber en dockingstation og en taske og fortæller to kolleger om butikken"),
             A, CRM))

    th = "thoughts"
    m.cell(th, "search", C("whats-new", T("“So many new models — what's actually new?”",
                                          "»Der er kommet mange nye modeller – hvad er egentlig nyt?«"),
                           O, INTERVIEWS))
    m.cell(th, "shortlist", C("hears-dell", T("“Everyone says good things about Dell.”",
                                              "»Alle siger godt om Dell.«"), O, INTERVIEWS))
    m.cell(th, "compare", C("why-cheaper", T("“Why is the same model €120 cheaper over there?”",
                                             "»Hvorfor er den samme model 900 kr. billigere derovre?«"),
                            O, INTERVIEWS))
    m.cell(th, "validate", C("will-it-last", T("“Will it last five years?”",
                                               "»Holder den i fem år?«"), O, INTERVIEWS))
    m.cell(th, "deal", C("no-full-price", T("“I'm not paying full price if there's a code.”",
                                            "»Jeg betaler ikke fuld pris, hvis der findes en kode.«"),
                         O, INTERVIEWS))
    m.cell(th, "buy", C("know-this-shop", T("“I know this shop — their review was good.”",
                                            "»Den butik kender jeg – deres anmeldelse var god.«"),
                        O, INTERVIEWS))
    m.cell(th, "follow-up", C("they-remember", T("“Nice that they remember me.”",
                                                 "»Rart, at de husker mig.«"), A, INTERVIEWS))
    m.cell(th, "advocate",
           C("buy-here-again", T("“They look after me. I'll buy here again.”",
                                 "»De passer på mig. Her handler jeg igen.«"), A, INTERVIEWS))

    pain = "pain-points"
    m.cell(pain, "search", C("no-product-links", T("The blog post doesn't link to the laptops it mentions",
                                                   "Blogindlægget linker ikke til de computere, det nævner"),
                             O, RECORDINGS))
    m.cell(pain, "shortlist", C("no-saved-list", T("No way to save a shortlist on the site",
                                                   "Ingen mulighed for at gemme en kortliste på sitet"),
                                O, INTERVIEWS))
    m.cell(pain, "compare",
           C("price-higher",
             T("The shop's price is higher than on comparison sites, and there is no price match",
               "Butikkens pris er højere end på prissammenligningssiderne, og der er ingen prismatch"),
             O, PRICE_CHECK))
    m.cell(pain, "validate", C("review-hidden", T("The review is hard to find from the product page",
                                                  "Anmeldelsen er svær at finde fra produktsiden"),
                               O, RECORDINGS))
    m.cell(pain, "deal", C("leaves-for-codes",
                           T("Leaves the shop to hunt for codes; expired codes on coupon sites",
                             "Forlader butikken for at lede efter koder – udløbne koder på kuponsiderne"),
                           O, FUNNEL))
    m.cell(pain, "buy", C("coupon-errors", T("Unclear error messages in the coupon field",
                                             "Uklare fejlbeskeder i rabatkodefeltet"), O, SUPPORT))
    m.cell(pain, "follow-up", C("generic-tips", T("The tips are generic, not about his model",
                                                  "Rådene er generelle og handler ikke om hans model"),
                                A, WORKSHOP))
    m.cell(pain, "advocate", C("irrelevant-offers", T("Offers for products he already owns",
                                                      "Tilbud på produkter, han allerede har"),
                               O, INTERVIEWS))

    opp = "opportunities"
    m.cell(opp, "search", C("link-products", T("Link every laptop in the post to its product page",
                                               "Link hver computer i indlægget til dens produktside"),
                            P, WORKSHOP, tags=[QUICK_WIN]))
    m.cell(opp, "shortlist", C("compare-button", T("“Compare” button and saved lists",
                                                   "»Sammenlign«-knap og gemte lister"), P, WORKSHOP))
    m.cell(opp, "compare", C("price-match", T("Show price history and a price-match promise",
                                              "Vis prishistorik og et løfte om prismatch"), P, WORKSHOP))
    m.cell(opp, "validate", C("review-on-product", T("Show the in-depth review on the product page",
                                                     "Vis den dybdegående anmeldelse på produktsiden"),
                              P, WORKSHOP, tags=[QUICK_WIN]))
    m.cell(opp, "deal", C("own-code",
                          T("Offer our own newsletter discount so he needn't leave",
                            "Tilbyd vores egen nyhedsbrevsrabat, så han ikke behøver at forlade sitet"),
                          P, WORKSHOP))
    m.cell(opp, "buy", C("review-stars",
                         T("Show review stars in search results (structured data)",
                           "Vis stjerner fra anmeldelser i søgeresultaterne (strukturerede data)"),
                         P, WORKSHOP))
    m.cell(opp, "follow-up", C("model-tips",
                               T("Tips for his exact model, plus a request for a review",
                                 "Råd til netop hans model – og en opfordring til at anmelde den"),
                               P, WORKSHOP))
    m.cell(opp, "advocate", C("accessory-offers", T("Exclusive accessory offers based on what he bought",
                                                    "Eksklusive tilbud på tilbehør ud fra det, han har købt"),
                              P, CRM))

    m.curve("emotions", "mikkel", [
        ("search", 1, T("Curious", "Nysgerrig")),
        ("shortlist", 1, ""),
        ("compare", -2, T("Price shock", "Prischok")),
        ("validate", 2, T("Reassured", "Beroliget")),
        ("deal", 0, T("Hunting", "På jagt")),
        ("buy", 1, T("Confident", "Tryg")),
        ("follow-up", 3, T("Pleasantly surprised", "Positivt overrasket")),
        ("advocate", 2, T("Loyal", "Loyal")),
    ])

    k = "kpis"
    m.metric(k, "bounce-rate", T("Bounce rate", "Afvisningsrate"), unit="%", higher_is_better=False,
             values={"search": 58, "compare": 41}, targets={"search": 45, "compare": 35})
    m.metric(k, "time-on-page", T("Time on page", "Tid på siden"), unit=T("s", "sek."),
             values={"search": 75, "validate": 210}, targets={"search": 120, "validate": 240})
    m.metric(k, "conversion-rate", T("Conversion rate", "Konverteringsrate"), unit="%",
             values={"buy": 2.2, "advocate": 3.4}, targets={"buy": 3.0, "advocate": 5.0})
    m.metric(k, "cart-abandonment", T("Cart abandonment rate", "Opgivelse af indkøbskurv"), unit="%",
             higher_is_better=False, values={"deal": 74, "buy": 61}, targets={"deal": 60, "buy": 55})
    m.metric(k, "customer-satisfaction", T("Customer satisfaction", "Kundetilfredshed"), unit="/5",
             values={"follow-up": 4.4, "advocate": 4.6}, targets={"follow-up": 4.6, "advocate": 4.7})
    m.metric(k, "customer-lifetime-value", T("Customer lifetime value", "Kundens levetidsværdi"),
             unit=T("€", "kr."), values={"advocate": T(1150.0, 8600.0)},
             targets={"advocate": T(1400.0, 10500.0)})

    flow, back, optional = ConnectorStyle.FLOW, ConnectorStyle.BACK, ConnectorStyle.OPTIONAL
    m.connect("search-to-blog", "search/google-search", "search/blog-post", flow)
    m.connect("blog-to-list", "search/blog-post", "shortlist/brand-list", flow)
    m.connect("list-to-dell-search", "shortlist/brand-list", "compare/dell-search", flow)
    m.connect("dell-search-to-prices", "compare/dell-search", "compare/price-comparison", flow)
    m.connect("prices-to-review-search", "compare/price-comparison", "validate/review-search", flow)
    m.connect("review-search-to-review", "validate/review-search", "validate/in-depth-review", flow)
    m.connect("review-to-coupon-search", "validate/in-depth-review", "deal/coupon-search", flow)
    m.connect("coupon-back-to-prices", "deal/coupon-search", "compare/price-comparison", back,
              T("checks the price again with the code", "tjekker prisen igen med koden"))
    m.connect("coupon-to-buy-search", "deal/coupon-search", "buy/buy-search", flow)
    m.connect("buy-search-to-checkout", "buy/buy-search", "buy/checkout", flow)
    m.connect("checkout-to-tips", "buy/checkout", "follow-up/tips-email", flow,
              T("a few weeks later", "et par uger senere"))
    m.connect("tips-to-offers", "follow-up/tips-email", "advocate/personal-offers", flow)
    m.connect("offers-to-word-of-mouth", "advocate/personal-offers", "advocate/word-of-mouth", optional)
    return m
