"""Caps that make hostile input cheap to refuse, and that every write keeps to.

One set of limits for reading and for writing: a map the editor, an import or a save would make
bigger than a loader accepts is refused before anything is written (a file that can never be opened
again is lost work).
"""

from __future__ import annotations

from typing import Optional

from journeymapper.text import problem

#: No real map comes near this; images are the bulk of a big one.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A valid map nests about five levels; anything deeper than this is refused.
MAX_DEPTH = 32
#: Digits in one JSON integer literal.
MAX_INT_DIGITS = 18


def _mb(size: float) -> str:
    return f"{size / 1048576:.1f} MB"


def read_size_problem(size: int) -> Optional[str]:
    """Why a file of ``size`` bytes is not read as a map, or None when it may be."""
    if size <= MAX_FILE_BYTES:
        return None
    return problem("the file is {size}, more than the {mb} MB a map may be", size=_mb(size),
                   mb=MAX_FILE_BYTES // 1048576)


def write_size_problem(size: int) -> Optional[str]:
    """Why a map of ``size`` bytes is not written (it could never be opened again), or None."""
    if size <= MAX_FILE_BYTES:
        return None
    return problem("the map would be {size}, {over} over the {mb} MB limit for a map file; nothing was written",
                   size=_mb(size), over=_mb(size - MAX_FILE_BYTES), mb=MAX_FILE_BYTES // 1048576)
