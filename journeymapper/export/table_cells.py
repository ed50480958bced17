"""The cells of the appendix's tables: plain paragraphs, each drawn as typed (never as markup).

Apart from appendix.py so that the sections it gathers (top-voted cards, changes since another map)
can build rows without importing the appendix that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    colour: Optional[str] = None
    small: bool = False


@dataclass(frozen=True)
class Cell:
    paras: tuple[Para, ...]
    #: Evidence marker before the text: (fill or None, stroke).
    marker: Optional[tuple[Optional[str], str]] = None


def cell(text: str, bold: bool = False, colour: Optional[str] = None) -> Cell:
    return Cell((Para(text, bold, colour),))


__all__ = ["Cell", "Para", "cell"]
