"""Upgrading files written by older versions, one version step at a time.

``MIGRATIONS[n]`` turns a raw version-``n`` document (the parsed JSON dict) into a
version ``n + 1`` one. Loading runs every step from the file's version up to
``CURRENT_VERSION``; the file itself is never rewritten by loading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 2

Raw = dict[str, Any]


def _v1_to_v2(raw: Raw) -> Raw:
    """Version 2 adds optional fields only (stage notes, card votes, template instructions, stage
    mappings, conflict records), each with an empty default: a version-1 map is a valid version-2 map.
    Curve gaps need no step: a curve could always leave a stage without a point."""
    return raw


#: version -> function upgrading a raw document of that version to the next one.
MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {1: _v1_to_v2}

#: The first version whose fields a document uses decides the version written (see io.format).
FIRST_VERSION = 1


def migrate(raw: Raw, version: int) -> Raw:
    """Run every step from ``version`` to ``CURRENT_VERSION``; the caller checked the range."""
    for step in range(version, CURRENT_VERSION):
        raw = MIGRATIONS[step](raw)
        raw["version"] = step + 1
    return raw
