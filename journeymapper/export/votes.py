"""Dot votes in the PDF: the dots on a card (at the rectangles the layout gave them, so the PDF and
the canvas agree) and the appendix section listing the top-voted items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymapper.analysis.priorities import ranked
from journeymapper.export.ops import Ops, colour
from journeymapper.export.table_cells import cell
from journeymapper.layout.geometry import CardBox
from journeymapper.layout.style import LayoutStyle
from journeymapper.model import JourneyMap, Language

if TYPE_CHECKING:  # the appendix's page flow (appendix.py imports this module)
    from journeymapper.export.appendix import _Flow

#: How many of the most-voted cards the appendix lists.
TOP_VOTED = 10

_WORDS: dict[str, dict[Language, str]] = {
    "title": {Language.EN: "Top-voted items", Language.DA: "Flest stemmer"},
    "votes": {Language.EN: "Votes", Language.DA: "Stemmer"},
    "card": {Language.EN: "Card", Language.DA: "Kort"},
    "lane": {Language.EN: "Lane", Language.DA: "Række"},
    "stage": {Language.EN: "Stage", Language.DA: "Fase"},
    "note": {Language.EN: "The {count} cards with the most dot votes from the workshop.",
             Language.DA: "De {count} kort med flest prikstemmer fra workshoppen."},
}


def draw_vote_dots(o: Ops, box: CardBox, style: LayoutStyle) -> None:
    """The card's dots, and the count when there are more votes than the rows hold."""
    if not box.vote_dots:
        return
    o.c.setFillColor(colour(style.vote_dot_colour))
    for dot in box.vote_dots:
        o.c.ellipse(dot.x, dot.y, dot.right, dot.bottom, stroke=0, fill=1)
    o.forget()
    if box.vote_label is not None:
        o.text((box.vote_label,))


def add_top_voted_section(flow: _Flow, doc: JourneyMap, lang: Language) -> None:
    """Votes, card, lane and stage of the most-voted cards; nothing at all for a map without votes."""

    top = ranked(doc, kinds=None, voted_only=True, limit=TOP_VOTED)
    if not top:
        return

    def w(key: str) -> str:
        return _WORDS[key][lang]

    flow.heading(w("title"), 14, needs=60 * flow.k)
    flow.note(w("note").format(count=len(top)))
    rows = [[cell(str(item.votes), True), cell(item.text), cell(item.lane_title), cell(item.stage_name)]
            for item in top]
    flow.table([w("votes"), w("card"), w("lane"), w("stage")], (9, 51, 20, 20), rows)
