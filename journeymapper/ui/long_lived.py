"""An open map's objects live as long as its window: Python's cycle collector need not walk them.

A full collection walks every object the collector tracks. With a 5,000-card map open that is about
150,000 objects, and the collection, which comes every so many edits, stopped the editor for about
90 ms in the middle of a drag or a drop (more on bigger maps). Once a window has its map, everything
alive is moved out of the collector's sight (``gc.freeze``: no time, and objects freed by reference
counting are freed as ever). When a window is gone, all is handed back, so the closed map's reference
cycles are freed, and what the windows left open hold is set aside again.

The youngest generation is also collected less often: an edit on a big map allocates thousands of
short-lived objects, so at Python's default (a collection every 700 more allocations than frees) nearly
every drop or undo paid for a collection that walked the current layout's large tables (~0.9 ms each
on 5,000 cards). With 5,000 none came in 80 edits; the cyclic garbage waiting meanwhile is small.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Allocations (less frees) between collections of the youngest generation (Python's default: 700).
YOUNG_THRESHOLD = 5_000
#: The same until the first map is shown: the Qt modules and the first window make little garbage either.
STARTING_THRESHOLD = 100_000


@contextmanager
def loading() -> Iterator[None]:
    """Start-up's imports: they make next to no garbage, and what they load lives as long as the process.
    No collections meanwhile (at Python's default they were ~100 collections, one of them full, ≈ 40 to
    60 ms of start-up), then what was loaded is kept out of later ones, and until a map is shown the
    youngest generation is collected only every :data:`STARTING_THRESHOLD` allocations."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        young, *older = gc.get_threshold()
        gc.set_threshold(max(young, STARTING_THRESHOLD), *older)
        if was_enabled:
            gc.enable()


def map_shown() -> None:
    """A window now holds its map and scene: keep them out of later collections."""
    young, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD if young == STARTING_THRESHOLD else max(young, YOUNG_THRESHOLD), *older)
    gc.freeze()


def window_gone(windows_left: int) -> None:
    """A window was destroyed: let the collector free what it held."""
    gc.unfreeze()
    if windows_left:
        gc.collect()  # a pause the user expects as a window closes, not in the next drag
        gc.freeze()
