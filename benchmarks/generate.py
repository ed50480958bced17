"""Realistic, deterministic journey maps of N cards for the benchmarks.

``generate(n, seed)`` builds a map the way a long workshop leaves one: 12 lanes
(ten card lanes plus an emotions and a KPI lane), ``max(5, n // 400)`` stages,
a few personas with as-is and to-be curves, KPIs with values and targets,
connectors (forward flow, back loops, optional branches, pain point to
opportunity links) and card texts of realistic lengths in English, Danish,
Greek and Russian. The same ``n`` and ``seed`` always give the same document
(ids, texts and timestamps included), so a saved file is byte-identical.

``python -m benchmarks.generate N [FILE]`` writes one as a .jmap file.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from journeymapper.model import (
    Card,
    Channel,
    Connector,
    ConnectorStyle,
    Curve,
    CurvePoint,
    CurveVariant,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
)

#: The sizes the issue asks for.
SIZES = (500, 5_000, 20_000)
DEFAULT_SEED = 20_240

# -- vocabulary: short phrases people write on sticky notes, per language ------------------------

def _vocabulary(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_WORDS = {
    "en": _vocabulary(
        "customer wants to compare prices quickly before buying online store asks friends reads reviews gets "
        "frustrated when delivery is late checkout shipping cost appears only at the end account required "
        "password reset email confirmation never arrives support chat waits twenty minutes mobile app crashes "
        "on payment page finds the product through search ads newsletter discount code does not work returns "
        "form is hard to find staff cannot see the order history invoice missing VAT number warehouse picks "
        "the wrong size courier leaves the parcel with a neighbour trusts recommendations from other parents "
        "unclear stock status in the shop opening hours"
    ),
    "da": _vocabulary(
        "kunden vil sammenligne priser hurtigt før købet i webshoppen spørger venner læser anmeldelser bliver "
        "frustreret når leveringen er forsinket fragtprisen vises først ved betalingen kræver en konto "
        "nulstilling af adgangskode bekræftelsesmail kommer aldrig frem supporten svarer efter tyve minutter "
        "appen går ned på betalingssiden finder varen gennem søgning rabatkoden virker ikke returformularen "
        "er svær at finde medarbejderen kan ikke se ordrehistorikken fakturaen mangler CVR-nummer lageret "
        "sender den forkerte størrelse pakken står hos naboen åbningstider"
    ),
    "el": _vocabulary(
        "ο πελάτης θέλει να συγκρίνει τιμές γρήγορα πριν από την αγορά στο ηλεκτρονικό κατάστημα ρωτά φίλους "
        "διαβάζει κριτικές απογοητεύεται όταν η παράδοση καθυστερεί το κόστος αποστολής εμφανίζεται μόνο στο "
        "τέλος απαιτείται λογαριασμός το email επιβεβαίωσης δεν φτάνει ποτέ η υποστήριξη απαντά μετά από "
        "είκοσι λεπτά η εφαρμογή κολλάει στη σελίδα πληρωμής ο κωδικός έκπτωσης δεν λειτουργεί η φόρμα "
        "επιστροφής είναι δύσκολο να βρεθεί η αποθήκη στέλνει λάθος μέγεθος"
    ),
    "ru": _vocabulary(
        "клиент хочет быстро сравнить цены перед покупкой в интернет магазине спрашивает друзей читает отзывы "
        "расстраивается когда доставка опаздывает стоимость доставки видна только в конце нужен аккаунт "
        "письмо с подтверждением не приходит поддержка отвечает через двадцать минут приложение падает на "
        "странице оплаты промокод не работает форму возврата трудно найти сотрудник не видит историю заказов "
        "склад отправляет не тот размер курьер оставляет посылку у соседа"
    ),
}
#: Share of cards written in each language (a Danish team with international research material).
_LANGUAGE_WEIGHTS = (("en", 0.55), ("da", 0.3), ("el", 0.075), ("ru", 0.075))

_STAGE_NAMES = ("Awareness", "Research", "Consideration", "Comparison", "Purchase", "Delivery", "Unboxing",
                "Onboarding", "First use", "Support", "Renewal", "Advocacy", "Opdagelse", "Overvejelse",
                "Køb", "Levering", "Ενημέρωση", "Αγορά", "Поиск", "Покупка")

#: (kind, title, share of the cards) for the 12 lanes, top to bottom.
LANES: tuple[tuple[LaneKind, str, float], ...] = (
    (LaneKind.GOALS, "Goals", 0.06),
    (LaneKind.TOUCHPOINTS, "Touchpoints", 0.18),
    (LaneKind.ACTIONS, "Customer actions", 0.18),
    (LaneKind.THOUGHTS, "Thoughts and quotes", 0.12),
    (LaneKind.EMOTIONS, "Emotions", 0.0),
    (LaneKind.PAIN_POINTS, "Pain points", 0.12),
    (LaneKind.OPPORTUNITIES, "Opportunities", 0.10),
    (LaneKind.KPIS, "KPIs", 0.0),
    (LaneKind.ACTIONS, "Frontstage staff", 0.08),
    (LaneKind.BACKSTAGE, "Backstage", 0.08),
    (LaneKind.TOUCHPOINTS, "Partner touchpoints", 0.04),
    (LaneKind.TEXT, "Notes", 0.04),
)

_PERSONAS = (
    ("Sara Holm", "Considered online shopper", "#2E86C1"),
    ("Mikkel Juhl", "Busy parent buying on the go", "#C0392B"),
    ("Ελένη Παπαδοπούλου", "First-time customer abroad", "#8E44AD"),
    ("Иван Петров", "Small business buyer", "#16A085"),
    ("Anne Berg", "Loyal repeat customer", "#D35400"),
    ("Jonas Friis", "Price hunter", "#27AE60"),
)

_KPIS = (
    ("Visitors", "visitors", True),
    ("Conversion rate", "%", True),
    ("Customer satisfaction", "", True),
    ("Average handling time", "min", False),
    ("Orders", "orders", True),
    ("Return rate", "%", False),
)

_TIMESTAMP = datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)


def stage_count(n: int) -> int:
    return max(5, n // 400)


def _sentence(rnd: random.Random, words: int) -> str:
    language = rnd.choices([lang for lang, _ in _LANGUAGE_WEIGHTS], [w for _, w in _LANGUAGE_WEIGHTS])[0]
    pool = _WORDS[language]
    text = " ".join(rnd.choice(pool) for _ in range(words))
    return text[0].upper() + text[1:]


def _card_text(rnd: random.Random) -> str:
    """3 to ~60 words, most 6 to 20 (a sticky note, sometimes a quote or a longer note)."""
    words = max(2, min(60, int(rnd.lognormvariate(2.45, 0.55))))
    text = _sentence(rnd, words)
    if words > 30 and rnd.random() < 0.5:  # longer notes get a second paragraph
        cut = text.rfind(" ", 0, len(text) // 2)
        text = text[:cut] + ".\n" + text[cut + 1:]
    return text


def generate(n: int, seed: int = DEFAULT_SEED) -> JourneyMap:
    """A map of exactly ``n`` cards (``n`` >= 0), the same for the same ``n`` and ``seed``."""
    rnd = random.Random(f"{seed}-{n}")
    n_stages = stage_count(n)
    stages = [Stage(id=f"s{i:03d}", name=f"{_STAGE_NAMES[i % len(_STAGE_NAMES)]} {i // len(_STAGE_NAMES) + 1}"
                    if i >= len(_STAGE_NAMES) else _STAGE_NAMES[i],
                    description=_sentence(rnd, rnd.randint(4, 14)) if rnd.random() < 0.6 else "",
                    width=rnd.choice((1.0, 1.0, 1.0, 1.25, 1.5)))
              for i in range(n_stages)]
    lanes = [Lane(id=f"l{i:02d}", kind=kind, title=title) for i, (kind, title, _) in enumerate(LANES)]
    n_personas = min(len(_PERSONAS), 3 + n // 5_000)
    personas = [Persona(id=f"p{i}", name=name, role=role, colour=colour,
                        quote=_sentence(rnd, rnd.randint(8, 20)), description=_sentence(rnd, rnd.randint(20, 50)),
                        goals=[_sentence(rnd, rnd.randint(5, 12)) for _ in range(3)],
                        frustrations=[_sentence(rnd, rnd.randint(5, 12)) for _ in range(3)],
                        demographics=_sentence(rnd, rnd.randint(6, 14)))
                for i, (name, role, colour) in enumerate(_PERSONAS[:n_personas])]

    card_lanes = [(lane, share) for lane, (_, _, share) in zip(lanes, LANES, strict=True) if share > 0]
    # Some stages hold more than others (workshops dwell on purchase and support).
    stage_weights = [rnd.uniform(0.5, 1.5) for _ in stages]
    orders: dict[tuple[str, str], int] = {}
    cards: list[Card] = []
    channels = list(Channel)
    evidence = (Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED)
    for i in range(n):
        lane = rnd.choices([lane for lane, _ in card_lanes], [share for _, share in card_lanes])[0]
        stage = rnd.choices(stages, stage_weights)[0]
        key = (lane.id, stage.id)
        order = orders.get(key, 0)
        orders[key] = order + 1
        cards.append(Card(
            id=f"c{i:05d}", lane_id=lane.id, stage_id=stage.id, order=order, text=_card_text(rnd),
            channel=rnd.choice(channels) if lane.kind is LaneKind.TOUCHPOINTS else None,
            evidence=rnd.choices(evidence, (0.45, 0.4, 0.15))[0],
            tags=rnd.sample(("mobile", "b2b", "returns", "pricing", "trust", "speed"), rnd.randint(0, 2)),
            source=rnd.choice(("", "", "Interviews (8)", "Survey 2024", "Support tickets", "Analytics")),
            personas=[p.id for p in personas if rnd.random() < 0.15],
            colour=rnd.choice(("#FFF59D", "#FFCC80")) if rnd.random() < 0.03 else None,
        ))

    emotions = next(lane for lane in lanes if lane.kind is LaneKind.EMOTIONS)
    kpis = next(lane for lane in lanes if lane.kind is LaneKind.KPIS)
    curves: list[Curve] = []
    for persona in personas:
        for variant in (CurveVariant.AS_IS, CurveVariant.TO_BE):
            lift = 0 if variant is CurveVariant.AS_IS else 1
            points = [CurvePoint(stage_id=s.id, value=max(-3, min(3, rnd.randint(-3, 2) + lift)),
                                 label=_sentence(rnd, rnd.randint(1, 4)) if rnd.random() < 0.4 else "")
                      for s in stages if rnd.random() < 0.9]
            curves.append(Curve(id=f"cv-{persona.id}-{variant.value}", lane_id=emotions.id, persona_id=persona.id,
                                variant=variant, points=points))
    metrics: list[Metric] = []
    for i, (name, unit, higher) in enumerate(_KPIS):
        level = rnd.uniform(20, 80) if unit != "visitors" else 100_000.0
        values: dict[str, float] = {}
        targets: dict[str, float] = {}
        for s in stages:
            if rnd.random() < 0.8:
                level = level * rnd.uniform(0.45, 0.95) if unit in ("visitors", "orders") else rnd.uniform(20, 80)
                values[s.id] = round(level, 1)
                if rnd.random() < 0.6:
                    targets[s.id] = round(level * rnd.uniform(0.9, 1.2), 1)
        metrics.append(Metric(id=f"m{i}", lane_id=kpis.id, name=name, unit=unit, higher_is_better=higher,
                              values=values, targets=targets))

    connectors = _connectors(rnd, cards, lanes, stages, n)
    return JourneyMap(
        id=f"map-bench-{n}", title=f"Benchmark journey, {n:,} cards",
        description="A generated map the size of a long workshop, for the benchmarks.",
        client="Benchmark A/S", author="benchmarks/generate.py", created=_TIMESTAMP, modified=_TIMESTAMP,
        personas=personas, stages=stages, lanes=lanes, cards=cards, curves=curves, connectors=connectors,
        metrics=metrics,
    )


def _connectors(rnd: random.Random, cards: list[Card], lanes: list[Lane], stages: list[Stage],
                n: int) -> list[Connector]:
    """About n / 8 connectors: forward flow, back loops, optional branches, pain point -> opportunity."""
    kind = {lane.id: lane.kind for lane in lanes}
    stage_pos = {s.id: i for i, s in enumerate(stages)}
    flow_by_stage: list[list[str]] = [[] for _ in stages]
    pains_by_stage: list[list[str]] = [[] for _ in stages]
    opps_by_stage: list[list[str]] = [[] for _ in stages]
    for card in cards:
        k, s = kind[card.lane_id], stage_pos[card.stage_id]
        if k in (LaneKind.TOUCHPOINTS, LaneKind.ACTIONS):
            flow_by_stage[s].append(card.id)
        elif k is LaneKind.PAIN_POINTS:
            pains_by_stage[s].append(card.id)
        elif k is LaneKind.OPPORTUNITIES:
            opps_by_stage[s].append(card.id)
    out: list[Connector] = []
    seen: set[tuple[str, str]] = set()

    def add(a: str, b: str, style: ConnectorStyle, label: str = "") -> None:
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            out.append(Connector(id=f"k{len(out):05d}", from_card=a, to_card=b, style=style, label=label))

    budget = max(1, n // 8)
    last = len(stages) - 1
    for _ in range(budget * 4):
        if len(out) >= budget:
            break
        roll = rnd.random()
        s = rnd.randrange(len(stages))
        if roll < 0.6 and s < last and flow_by_stage[s] and flow_by_stage[s + 1]:
            add(rnd.choice(flow_by_stage[s]), rnd.choice(flow_by_stage[s + 1]), ConnectorStyle.FLOW,
                "" if rnd.random() < 0.8 else _sentence(rnd, rnd.randint(1, 4)))
        elif roll < 0.72 and s > 0 and flow_by_stage[s]:
            back = rnd.randrange(max(0, s - 3), s)  # a loop back up to three stages
            if flow_by_stage[back]:
                add(rnd.choice(flow_by_stage[s]), rnd.choice(flow_by_stage[back]), ConnectorStyle.BACK,
                    rnd.choice(("Tries again", "Prøver igen", "", "Returns")))
        elif roll < 0.8 and s + 2 <= last and flow_by_stage[s] and flow_by_stage[s + 2]:
            add(rnd.choice(flow_by_stage[s]), rnd.choice(flow_by_stage[s + 2]), ConnectorStyle.OPTIONAL,
                rnd.choice(("Skips", "Springer over", "")))
        elif pains_by_stage[s] and opps_by_stage[s]:
            add(rnd.choice(pains_by_stage[s]), rnd.choice(opps_by_stage[s]), ConnectorStyle.FLOW)
    return out


def write(n: int, path: Path, seed: int = DEFAULT_SEED) -> Path:
    """Save the map of ``n`` cards to ``path`` (atomically, as the app does)."""
    from journeymapper import io

    io.save(generate(n, seed), path)
    return path


def main(argv: Optional[list[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or not args[0].isdigit():
        print("usage: python -m benchmarks.generate N [FILE]", file=sys.stderr)
        return 2
    n = int(args[0])
    path = Path(args[1]) if len(args) > 1 else Path(f"bench-{n}.jmap")
    write(n, path)
    print(f"{path}: {n} cards, {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
