"""Counted nouns: "1 stage", "3 stages", through Qt's %n forms.

Source texts mark the plural the way Qt's documentation does ("%n stage(s)"); a language file
gives each language its own singular and plural forms (Danish: "%n fase" / "%n faser"). English
has no language file, so :func:`counted` turns the marker into the English forms itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeymapper.model import JourneyMap


def counted(text: str, n: int) -> str:
    """``text`` from ``tr("%n thing(s) …", "", n)``; an untranslated "(s)" becomes "" or "s"."""
    return text.replace("(s)", "" if n == 1 else "s")


def map_counts(doc: JourneyMap) -> str:
    """"5 stages, 8 lanes, 1 card"."""
    t = QCoreApplication.translate
    stages, lanes, cards = len(doc.stages), len(doc.lanes), len(doc.cards)
    return t("MapCounts", "{stages}, {lanes}, {cards}").format(
        stages=counted(t("MapCounts", "%n stage(s)", "", stages), stages),
        lanes=counted(t("MapCounts", "%n lane(s)", "", lanes), lanes),
        #: Cards on the map (Danish "kort" here means cards, the map is a "kunderejsekort").
        cards=counted(t("MapCounts", "%n card(s)", "", cards), cards))


__all__ = ["counted", "map_counts"]
