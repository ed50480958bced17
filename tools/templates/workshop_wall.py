"""An empty wall chart with big cells, to print large and fill with sticky notes."""

from __future__ import annotations

from journeymapper.model import LaneKind
from tools.templates.builder import T, Template


def describe() -> Template:
    m = Template(
        "workshop-wall",
        T("Workshop wall", "Workshopvæg"),
        T("An empty map with large cells, made to be printed big and filled with sticky notes in a "
          "workshop.\n"
          "Print it on A1 or A0 and put it on the wall. Write one idea per sticky note, start with the "
          "customer's actions, then add touchpoints, thoughts and feelings, and finish with pain points "
          "and opportunities. Type the result in afterwards and mark what you have seen and what you "
          "assume.",
          "Et tomt kunderejsekort med store felter, lavet til at blive printet stort og fyldt med post-its i en "
          "workshop.\n"
          "Print det i A1 eller A0, og hæng det op på væggen. Skriv én idé pr. post-it. Start med "
          "kundens handlinger, tilføj berøringspunkter, tanker og følelser, og slut med smertepunkter og "
          "muligheder. Skriv resultatet ind bagefter, og markér, hvad du har set, og hvad du antager."),
        empty=True)
    m.stage("before", T("Before", "Før"),
            T("How does the customer discover the need, and why do they choose us?",
              "Hvordan opdager kunden behovet, og hvad får kunden til at vælge os?"), width=1.5)
    m.stage("during", T("During", "Under"),
            T("What happens while they buy or use the service?",
              "Hvad sker der, mens kunden køber eller bruger ydelsen?"), width=1.5)
    m.stage("after", T("After", "Efter"),
            T("What happens afterwards: delivery, support, returns, coming back?",
              "Hvad sker der bagefter: levering, support, returnering, genkøb?"), width=1.5)
    m.lane("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Berøringspunkter"), height=2.0)
    m.lane("actions", LaneKind.ACTIONS, T("Actions", "Handlinger"), height=2.0)
    m.lane("thoughts", LaneKind.THOUGHTS, T("Thoughts", "Tanker"), height=2.0)
    m.lane("emotions", LaneKind.EMOTIONS, T("Emotions", "Følelser"), height=2.0)
    m.lane("pain-points", LaneKind.PAIN_POINTS, T("Pain points", "Smertepunkter"), height=3.0)
    m.lane("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Muligheder"), height=3.0)
    return m
